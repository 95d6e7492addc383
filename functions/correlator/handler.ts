// First: JSON.parse exact for escaped keys before any module parses (functions/shared/json-parse.ts).
import '../shared/json-parse-install';
import type { EventBridgeEvent } from 'aws-lambda';
import { startAwsFunction } from '../adapters/aws-platform';
import { createSfnEngine } from '../adapters/sfn-engine';
import { createActivityStore } from '../data/activity';
import { createWaitStore } from '../data/waits';
import { fromEventBridge } from '../shared/bus-event';
import { Logger } from '../shared/logger';
import { observed } from '../shared/observability';
import { getPlatform } from '../shared/platform';
import { type CorrelatorDeps, correlateEvent } from './correlator';

// Deployed: the Platform from this function's environment at cold start. Every event is recorded (DynamoDB); only
// one that an execution waits for resumes it, so Step Functions is loaded on the first resume, not at cold start.
await startAwsFunction([], { engine: createSfnEngine });

const logger = new Logger({ serviceName: 'correlator' });

/** The correlator's dependencies from the platform; the supervisor uses the same for registerWait. */
export const correlatorDeps = (): CorrelatorDeps => {
  const { db, engine, clock, metrics } = getPlatform();
  return {
    activity: createActivityStore({ db, clock }),
    waits: createWaitStore({ db, clock }),
    engine,
    clock,
    log: (message, details) => logger.info(message, details),
    metrics,
  };
};

const lambdaHandler = async (event: EventBridgeEvent<string, unknown>) =>
  correlateEvent(correlatorDeps(), fromEventBridge(event));

/** EventBridge target for every bus event (async invoke: thrown errors are retried, then go to the DLQ). */
export const handler = observed(lambdaHandler, logger).onError(async (request) => {
  logger.error('correlation failed', { error: request.error as Error, eventId: request.event?.id });
});

// First: JSON.parse exact for escaped keys before any module parses (functions/shared/json-parse.ts).
import '../shared/json-parse-install';
import type { EventBridgeEvent } from 'aws-lambda';
import { startAwsFunction } from '../adapters/aws-platform';
import { createSfnEngine } from '../adapters/sfn-engine';
import { createSubscriptionStore } from '../data/subscriptions';
import { fromEventBridge } from '../shared/bus-event';
import { Logger } from '../shared/logger';
import { observed } from '../shared/observability';
import { getPlatform } from '../shared/platform';
import { BuiltInStart, createDispatcher, type Dispatcher } from './dispatcher';
import { createStartGuard, runRecorded } from './start-guard';
import { createCachedSubscriptionIndex } from './subscription-cache';

// Deployed: the Platform from this function's environment, and the SDKs of its main path, at cold start.
await startAwsFunction(['engine'], { engine: createSfnEngine });

const logger = new Logger({ serviceName: 'dispatcher' });

let dispatcher: Dispatcher | undefined;
const getDispatcher = (): Dispatcher => {
  if (!dispatcher) {
    const { db, engine, clock, metrics } = getPlatform();
    dispatcher = createDispatcher({
      subscriptions: createCachedSubscriptionIndex(createSubscriptionStore({ db, clock })),
      engine,
      expressGuard: createStartGuard({ db, clock, runStarted: runRecorded(db) }),
      log: (message, details) => logger.info(message, details),
      metrics,
      clock,
    });
  }
  return dispatcher;
};

/** Rebuilds dependencies from the platform on next use (tests and the local runtime swap platforms). */
export const resetDispatcher = (): void => {
  dispatcher = undefined;
};

const lambdaHandler = async (
  event: EventBridgeEvent<string, unknown> & { builtIn?: unknown; event?: EventBridgeEvent<string, unknown> },
) => {
  if (event.builtIn !== undefined && event.event) {
    const run = await getDispatcher().startBuiltIn(
      fromEventBridge(event.event),
      BuiltInStart.parse(event.builtIn),
    );
    return { eventId: event.event.id, matched: 1, started: run.alreadyStarted ? 0 : 1 };
  }
  const result = await getDispatcher().dispatch(fromEventBridge(event));
  return { eventId: result.eventId, matched: result.matched, started: result.runs.length };
};

/** EventBridge target (async invoke): a thrown error is retried by Lambda, then sent to the on-failure destination. */
export const handler = observed(lambdaHandler, logger).onError(async (request) => {
  logger.error('dispatch failed', { error: request.error as Error, eventId: request.event?.id });
});

// First: JSON.parse exact for escaped keys before any module parses (functions/shared/json-parse.ts).
import '../shared/json-parse-install';
import type { MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';
import { SupervisorPayload } from '../../statemachines/contracts';
import { publisherSdk, publisherVia } from '../adapters/aws-bus';
import { leanPutEvents } from '../adapters/aws-lean/put-events';
import { startAwsFunctionWith } from '../adapters/aws-platform-core';
import { lambdaAgentTasksFromEnv } from '../adapters/lambda-agents';
import { createSfnEngine } from '../adapters/sfn-engine';
import { classifyError } from '../agents/runner';
import { createCorrelator } from '../correlator/correlator';
import { createActivityStore } from '../data/activity';
import { createWaitStore } from '../data/waits';
import { NonRetriableError } from '../shared/errors';
import { Logger } from '../shared/logger';
import { observed } from '../shared/observability';
import { getPlatform, type Platform } from '../shared/platform';
import { relativeWaitDeadline } from './relative-wait';
import { createSupervisor, ExecutionStatusChange, type Supervisor, type WaitRegistrar } from './supervisor';

// Deployed: the Platform from this function's environment at cold start, with the adapters the supervisor uses: the
// bus (through the lean PutEvents client, so no EventBridge package is loaded where it serves) and Step Functions
// (loaded on first use: approvals and waits resume executions). It sends no mail and decrypts nothing.
await startAwsFunctionWith({ bus: publisherVia(leanPutEvents), engine: createSfnEngine }, [
  publisherSdk(leanPutEvents),
]);

const logger = new Logger({ serviceName: 'supervisor' });

/** waitFor registration is the correlator's: store the wait, then resume at once if the event already arrived. */
export const correlatorRegistrar = (platform: Platform): WaitRegistrar => {
  const correlator = createCorrelator({
    activity: createActivityStore(platform),
    waits: createWaitStore(platform),
    engine: platform.engine,
    clock: platform.clock,
  });
  return { registerWait: (payload) => correlator.registerWait(payload) };
};

let built: { platform: Platform; supervisor: Supervisor } | undefined;
const supervisorFor = (platform: Platform): Supervisor => {
  if (built?.platform !== platform) {
    built = {
      platform,
      supervisor: createSupervisor({
        ...platform,
        waits: correlatorRegistrar(platform),
        // ai.task: the agents in this process where the platform has them (local), else their functions (AWS).
        agentTasks: platform.agentTasks ?? lambdaAgentTasksFromEnv(),
      }),
    };
  }
  return built.supervisor;
};

const logContext: MiddlewareObj<unknown> = {
  before: (request) => {
    const e = (request.event ?? {}) as {
      op?: string;
      context?: { tenantId?: string; runId?: string };
      meta?: { tenantId?: string; runId?: string };
    };
    logger.appendKeys({
      op: e.op,
      tenantId: e.context?.tenantId ?? e.meta?.tenantId,
      runId: e.context?.runId ?? e.meta?.runId,
    });
  },
  after: () => logger.resetKeys(),
  onError: (request) => {
    logger.warn('supervisor task failed', {
      errorName: request.error?.name,
      errorMessage: request.error?.message,
    });
    logger.resetKeys();
  },
};

const STATUS_CHANGE = 'Step Functions Execution Status Change';

/** The stack's 5-minute rule (and the local runtime) sends this to close Express runs past their deadline. */
export const SWEEP_EXPRESS_RUNS = { op: 'sweepExpressRuns' } as const;

const handle = async (event: unknown): Promise<unknown> => {
  const envelope = (event ?? {}) as { 'detail-type'?: unknown; detail?: unknown; op?: unknown };
  if (envelope.op === SWEEP_EXPRESS_RUNS.op) return supervisorFor(getPlatform()).sweepExpressRuns();
  if (envelope['detail-type'] === STATUS_CHANGE) {
    const change = ExecutionStatusChange.safeParse(envelope.detail);
    if (!change.success) throw new NonRetriableError('Invalid execution status change event');
    return supervisorFor(getPlatform()).reconcileExecution(change.data);
  }
  const parsed = SupervisorPayload.safeParse(event);
  if (!parsed.success) {
    throw new NonRetriableError(
      `Invalid supervisor payload: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ')}`,
    );
  }
  const supervisor = supervisorFor(getPlatform());
  const payload = parsed.data;
  switch (payload.op) {
    case 'start':
      return supervisor.start(payload);
    case 'requestApproval':
      return supervisor.requestApproval(payload);
    case 'registerWait':
      return supervisor.registerWait(payload);
    case 'relativeDeadline':
      return relativeWaitDeadline(payload);
    case 'businessDeadline':
      return supervisor.businessDeadline(payload);
    case 'finish':
      return supervisor.finish(payload);
    case 'fail':
      return supervisor.fail(payload);
    case 'route':
      return supervisor.route(payload);
  }
};

/**
 * Throttling, 5xx and timeouts leave as RetriableError, the name the supervisor states' Retry matches (every op is
 * idempotent); a raw SDK error would skip the retry and fail the run, even at "Finish run".
 */
const lambdaHandler = async (event: unknown, _context: Context): Promise<unknown> => {
  try {
    return await handle(event);
  } catch (error) {
    throw classifyError(error);
  }
};

export const handler = observed(lambdaHandler, logger).use(logContext);

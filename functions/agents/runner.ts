import { createHash } from 'node:crypto';
import type { MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';
import type * as z from 'zod';
import * as zc from 'zod/v4/core';
import {
  type ActionInput,
  type ActionName,
  type ActionOutput,
  type ActionSpec,
  type AgentName,
  getAction,
  withoutNullOptionals,
} from '../../statemachines/catalogue';
import { AgentTaskPayload, ERRORS, type TaskMeta, taskUnit } from '../../statemachines/contracts';
import { withIdempotency } from '../data/idempotency';
import { createLogRepository } from '../data/logs';
import { VersionConflictError } from '../data/repository';
import { ConflictError, HttpError, NonRetriableError, RetriableError } from '../shared/errors';
import { Logger } from '../shared/logger';
import type { MetricsPort } from '../shared/metrics';
import { observed } from '../shared/observability';
import { getPlatform, type Platform } from '../shared/platform';
import type { Clock, Database } from '../shared/ports';
import { runWithCause } from '../shared/task-context';
import { invalidInput, issuesText } from './invalid-input';
import { shapeOutput, type TaskOutput } from './output-shape';

/**
 * The shared agent runner: every agent Lambda is `makeAgentHandler(area, createExecutors)`. For each task it
 * parses the AgentTaskPayload, checks that the action belongs to the area, validates the input with the catalogue
 * schema, skips side effects in dry runs (returning a would-be output), runs side-effecting actions at most once
 * per (execution, step, item) with a stored result, shapes the output to the catalogue keys (null when absent)
 * and classifies errors so the state machine's Retry/Catch do the right thing.
 */

/** For an executor that holds its own claim (SelfDeduplicating): its lock, and the run log's word on a takeover. */
export interface TaskControl {
  readonly lockSeconds?: number | undefined;
  readonly onInterrupted: () => Promise<void>;
}

export type Executor<A extends ActionName> = (
  input: ActionInput<A>,
  meta: TaskMeta,
  task?: TaskControl,
) => Promise<ActionOutput<A>>;
export type Executors = { readonly [A in ActionName]?: Executor<A> };
/** Would-be outputs for dry runs of side-effecting actions (a neutral placeholder is built when absent). */
export type DryRunPreviews = {
  readonly [A in ActionName]?: (
    input: ActionInput<A>,
    meta: TaskMeta,
  ) => Promise<ActionOutput<A>> | ActionOutput<A>;
};

export interface RunnerDeps {
  readonly db: Database;
  readonly clock: Clock;
  /** How long the step's idempotency lock lasts: until this invocation cannot be running any more. */
  readonly lockSeconds?: number;
  readonly logger?: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** StepDuration per action: the time the agent took for the step (failures included). */
  readonly metrics?: MetricsPort;
}

export interface RunAgentTaskRequest {
  readonly area: AgentName;
  readonly executors: Executors;
  readonly previews?: DryRunPreviews;
  readonly selfDeduplicating?: SelfDeduplicating;
  readonly deps: RunnerDeps;
  readonly payload: unknown;
}

export { shapeOutput, type TaskOutput };

/** `<executionId>#<stepId>#<itemIndex>`: the unit of work a Step Functions retry repeats. */
export const taskIdempotencyKey = (action: string, meta: TaskMeta): string => `${taskUnit(meta)}#${action}`;

/** A bus event id stable across retries of one task, so consumers can drop a duplicate publish. */
export const taskEventId = (meta: TaskMeta, eventName: string): string =>
  createHash('sha256')
    .update(`${meta.tenantId}#${taskUnit(meta)}#${eventName}`)
    .digest('hex')
    .slice(0, 32);

/** An entity id stable across retries of one task, so a retry finds what an attempt that failed later created. */
export const taskEntityId = (meta: TaskMeta, prefix: string): string =>
  `${prefix}_${createHash('sha256')
    .update(`${meta.tenantId}#${taskUnit(meta)}`)
    .digest('hex')
    .slice(0, 26)}`;

export const runAgentTask = async (request: RunAgentTaskRequest): Promise<TaskOutput> => {
  const { area, executors, deps } = request;
  const parsed = AgentTaskPayload.safeParse(request.payload);
  if (!parsed.success) throw new NonRetriableError(`Invalid task payload: ${issuesText(parsed.error)}`);
  const { action, meta } = parsed.data;

  const spec = getAction(action);
  if (!spec) throw new NonRetriableError(`Unknown action "${action}"`);
  if (spec.performer.kind !== 'agent' || spec.performer.agent !== area) {
    throw new NonRetriableError(`Action "${action}" is not performed by the ${area} agent`);
  }
  const executor = executors[action as ActionName] as
    | ((input: unknown, meta: TaskMeta, task: TaskControl) => Promise<unknown>)
    | undefined;
  if (!executor) throw new NonRetriableError(`The ${area} agent does not implement "${action}"`);

  // null in an optional input is "not given"; in a required one it is refused, naming the step and the input
  const given = withoutNullOptionals(spec.input, parsed.data.input);
  const input = spec.input.safeParse(given);
  if (!input.success) throw invalidInput(action, meta.stepId, parsed.data.input, input.error);

  if (meta.dryRun && spec.sideEffect) {
    const preview = request.previews?.[action as ActionName] as
      | ((input: unknown, meta: TaskMeta) => unknown)
      | undefined;
    const wouldBe = preview ? await preview(input.data, meta) : placeholderOutput(spec, input.data);
    deps.logger?.info('dry run: action not performed', { action, stepId: meta.stepId, runId: meta.runId });
    return shapeOutput(spec, wouldBe);
  }

  const started = performance.now();
  const timed = () =>
    deps.metrics?.record(
      'StepDuration',
      performance.now() - started,
      { action },
      { tenantId: meta.tenantId, workflowId: meta.workflowId, runId: meta.runId, stepId: meta.stepId },
    );
  try {
    const run = () =>
      runWithCause({ workflowId: meta.workflowId, runId: meta.runId }, () =>
        executor(input.data, meta, {
          lockSeconds: deps.lockSeconds,
          onInterrupted: () => sayInterrupted(deps, action, meta),
        }),
      );
    const ids = { action, stepId: meta.stepId, runId: meta.runId };
    const result =
      spec.sideEffect && !request.selfDeduplicating?.includes(action as ActionName)
        ? await withIdempotency(
            deps.db,
            {
              tenantId: meta.tenantId,
              key: taskIdempotencyKey(action, meta),
              clock: deps.clock,
              ...(deps.lockSeconds !== undefined ? { lockSeconds: deps.lockSeconds } : {}),
              onReplay: () => deps.logger?.info('replayed stored result', ids),
              onInterrupted: () => sayInterrupted(deps, action, meta),
              onResultNotStored: (error) =>
                deps.logger?.warn('task done but its result was not stored', {
                  ...ids,
                  errorMessage: error instanceof Error ? error.message : String(error),
                }),
            },
            run,
          )
        : await run();
    timed();
    return shapeOutput(spec, result);
  } catch (error) {
    timed();
    const classified = classifyError(error);
    deps.logger?.warn('task failed', {
      action,
      stepId: meta.stepId,
      runId: meta.runId,
      errorName: classified.name,
      errorMessage: classified.message,
    });
    throw classified;
  }
};

/**
 * An earlier attempt of this step stopped without recording its result (its process was killed, or it ran out of
 * time): it may already have acted, and this attempt acts again. Said in the run's log rather than done silently.
 */
const sayInterrupted = async (deps: RunnerDeps, action: string, meta: TaskMeta): Promise<void> => {
  deps.logger?.warn('earlier attempt interrupted', { action, stepId: meta.stepId, runId: meta.runId });
  const again =
    action === 'http.request'
      ? 'The request is sent again with the same Idempotency-Key: a service that honours the header acts once, another may act twice.'
      : action === 'notify.slack'
        ? 'The message is sent again: Slack does not de-duplicate, so it may show twice.'
        : 'It runs again; what it had done is found again where the action records it.';
  await createLogRepository({ db: deps.db, clock: deps.clock })
    .append(meta.tenantId, {
      runId: meta.runId,
      workflowId: meta.workflowId,
      stepId: meta.stepId,
      level: 'warn',
      message: `An earlier attempt of this step (${action}) stopped before its result was recorded, so it may already have acted. ${again}`,
    })
    .catch(() => undefined);
};

const placeholderFor = (schema: z.ZodType): unknown => {
  switch (schema._zod.def.type) {
    case 'string':
      return 'dry-run';
    case 'number':
    case 'int':
      return 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
    case 'record':
      return {};
    default:
      return null;
  }
};

/**
 * A neutral would-be output: values echoed from the input where an input field has the output key's name and type
 * (`invoiceId`, `leadId`, `name` …), otherwise `"dry-run"` strings, zeros and empty collections.
 */
export const placeholderOutput = (spec: ActionSpec, input: unknown = {}): TaskOutput => {
  const given = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(spec.output.shape).map(([k, s]) => {
      const schema = s as z.ZodType;
      const echoed = given[k] !== undefined && schema.safeParse(given[k]).success;
      return [k, echoed ? given[k] : placeholderFor(schema)];
    }),
  );
};

const RETRIABLE_AWS_ERRORS = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'TransactionConflictException',
  'TransactionInProgressException',
  'InternalServerError',
  'InternalFailure',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'ModelNotReadyException',
  'ModelTimeoutException',
  'TimeoutError',
  'AbortError',
  'RequestTimeout',
  'RequestTimeoutException',
]);
const RETRIABLE_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
]);

/**
 * Maps any failure to the error names Retry/Catch match: RetriableError (throttling, 5xx, timeouts, concurrent
 * modification), NonRetriableError (bad input, not found, missing integration, other 4xx) or ConflictError (a
 * booking overlaps, a uniqueness rule refused the write).
 */
export const classifyError = (error: unknown): Error => {
  if (error instanceof NonRetriableError || error instanceof RetriableError) return error;
  if (error instanceof VersionConflictError) return new RetriableError(error.message, { cause: error });
  if (error instanceof ConflictError) {
    const conflict = new ConflictError(error.message);
    conflict.name = ERRORS.conflict;
    return conflict;
  }
  if (error instanceof HttpError) {
    return error.statusCode === 429 || error.statusCode >= 500
      ? new RetriableError(error.message, { cause: error })
      : new NonRetriableError(error.message, { cause: error });
  }
  if (error instanceof zc.$ZodError) return new NonRetriableError(issuesText(error), { cause: error });
  const e = (error ?? {}) as {
    name?: string;
    message?: string;
    code?: string;
    $retryable?: unknown;
    $metadata?: { httpStatusCode?: number };
    cause?: { code?: string };
  };
  const message = e.message ?? String(error);
  const status = e.$metadata?.httpStatusCode;
  if (
    (e.name && RETRIABLE_AWS_ERRORS.has(e.name)) ||
    e.$retryable ||
    (status !== undefined && (status === 429 || status >= 500)) ||
    (e.code && RETRIABLE_NETWORK_CODES.has(e.code)) ||
    (e.cause?.code && RETRIABLE_NETWORK_CODES.has(e.cause.code)) ||
    (error instanceof TypeError && message === 'fetch failed')
  ) {
    return new RetriableError(`${e.name ?? 'Error'}: ${message}`, { cause: error });
  }
  if (status !== undefined && status >= 400) {
    return new NonRetriableError(`${e.name ?? 'Error'}: ${message}`, { cause: error });
  }
  // Unknown failures are retried a bounded number of times (the catalogue policy): effects are idempotent.
  return new RetriableError(`${e.name ?? 'Error'}: ${message}`, { cause: error });
};

/**
 * Side-effecting actions whose executor acts at most once per task unit by its own records (found again by a retry
 * or a duplicate): the runner does not wrap them in an idempotency record (a claim and a completion write).
 */
export type SelfDeduplicating = readonly ActionName[];

export interface AgentParts {
  readonly executors: Executors;
  readonly previews?: DryRunPreviews;
  readonly selfDeduplicating?: SelfDeduplicating;
}

/** What `create<Area>Agent` returns, either bare executors or executors with dry-run previews, as AgentParts. */
export const toAgentParts = (made: Executors | AgentParts): AgentParts =>
  'executors' in made ? (made as AgentParts) : { executors: made as Executors };

export interface AgentHandlerOptions {
  /** Events that are not agent tasks (e.g. a scheduled `{ op: "detectOverdue" }`); undefined = not handled. */
  readonly onOtherEvent?: (
    event: Record<string, unknown>,
    platform: Platform,
  ) => Promise<unknown> | undefined;
}

const logTaskContext = (logger: Logger): MiddlewareObj<unknown> => ({
  before: (request) => {
    const meta = (request.event as { meta?: Partial<TaskMeta> } | null)?.meta;
    logger.appendKeys({ tenantId: meta?.tenantId, runId: meta?.runId, stepId: meta?.stepId });
  },
  after: () => logger.resetKeys(),
  onError: () => logger.resetKeys(),
});

/** Clock skew allowed between this function and the next attempt's. */
export const LOCK_MARGIN_SECONDS = 5;

/**
 * A step's lock lasts as long as the invocation holding it can (Lambda ends it at its timeout), so an attempt that
 * died with its sandbox (timeout, crash) stops blocking the retry once its time is up, not 15 minutes later.
 */
const lockFor = (context: Context | undefined): { lockSeconds?: number } => {
  const remaining =
    typeof context?.getRemainingTimeInMillis === 'function' ? context.getRemainingTimeInMillis() : 0;
  return remaining > 0 ? { lockSeconds: Math.ceil(remaining / 1000) + LOCK_MARGIN_SECONDS } : {};
};

/** The Lambda handler of an agent area; executors are built once per platform (cold start). */
export const makeAgentHandler = (
  area: AgentName,
  create: (platform: Platform) => Executors | AgentParts,
  options: AgentHandlerOptions = {},
) => {
  const logger = new Logger({ serviceName: `agent-${area}` });
  let built: { platform: Platform; parts: AgentParts } | undefined;
  const partsFor = (platform: Platform): AgentParts => {
    if (built?.platform !== platform) built = { platform, parts: toAgentParts(create(platform)) };
    return built.parts;
  };

  const lambdaHandler = async (event: unknown, context: Context): Promise<unknown> => {
    const platform = getPlatform();
    const record = (typeof event === 'object' && event !== null ? event : {}) as Record<string, unknown>;
    if (!('action' in record) && options.onOtherEvent) {
      const handled = options.onOtherEvent(record, platform);
      if (handled) return handled;
    }
    const parts = partsFor(platform);
    return runAgentTask({
      area,
      executors: parts.executors,
      ...(parts.previews ? { previews: parts.previews } : {}),
      ...(parts.selfDeduplicating ? { selfDeduplicating: parts.selfDeduplicating } : {}),
      deps: {
        db: platform.db,
        clock: platform.clock,
        logger,
        metrics: platform.metrics,
        ...lockFor(context),
      },
      payload: event,
    });
  };

  return observed(lambdaHandler, logger).use(logTaskContext(logger));
};

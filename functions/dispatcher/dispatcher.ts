import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import '../../statemachines/zod-kit';
import type { ExecutionInput } from '../../statemachines/contracts';
import type { BusEvent } from '../../statemachines/events';
import { toEventBridgeShape } from '../../statemachines/patterns';
import { type StoredSubscription, webhookEventType } from '../data/subscriptions';
import { RetriableError } from '../shared/errors';
import { currentEvent } from '../shared/event-upgrades';
import type { MetricsPort } from '../shared/metrics';
import type { Clock, WorkflowEngine } from '../shared/ports';
import { causingWorkflow } from '../shared/task-context';
import type { StartGuard } from './start-guard';
import type { SubscriptionIndex, SubscriptionIndexes } from './subscription-cache';

/**
 * The dispatcher: one bus event -> the enabled workflows subscribed to (tenant, event type) whose filter
 * matches -> one execution each. Static EventBridge rules route by event type to here, so the number of
 * workflows is not bounded by the bus's rule limits.
 *
 * Exactly once per (event, workflow): Standard executions get a deterministic name (a second start is a no-op),
 * Express starts are guarded by a conditional write. Throttled calls are retried by the AWS SDK (AWS_RETRY in
 * functions/shared/retry.ts: 3 attempts), never again here; whatever still fails is thrown (after every other start
 * was attempted) so the Lambda's async retries and its on-failure destination keep the event.
 */

/** Concurrent StartExecution calls per event (a popular event type can match many workflows). */
export const START_CONCURRENCY = 10;

export interface DispatcherDeps {
  /** The subscribers of (tenant, event type), indexed by their patterns (createCachedSubscriptionIndex). */
  readonly subscriptions: SubscriptionIndexes;
  readonly engine: Pick<WorkflowEngine, 'startExecution'>;
  readonly expressGuard: StartGuard;
  readonly log?: (message: string, details: Record<string, unknown>) => void;
  /** Fan-out (runs one event started) and lag (event time to dispatch), per event type. */
  readonly metrics?: MetricsPort;
  /** For the lag. @default the system clock */
  readonly clock?: Clock;
}

export interface StartedRun {
  readonly workflowId: string;
  readonly executionName: string;
  readonly executionArn: string | undefined;
  readonly alreadyStarted: boolean;
}

export interface DispatchResult {
  readonly eventId: string;
  /** Subscribers of the event's tenant and type(s). */
  readonly candidates: number;
  /** Of those, the ones whose pattern was matched in full (the index ruled the others out). */
  readonly tested: number;
  readonly matched: number;
  /** Matching workflows not started because the event came from one of their own runs. */
  readonly selfTriggered: number;
  readonly runs: StartedRun[];
}

/** Thrown when some starts failed after retries; the event is redelivered (successful starts de-duplicate). */
export class DispatchError extends Error {
  readonly failures: readonly { workflowId: string; error: unknown }[];
  constructor(eventId: string, failures: readonly { workflowId: string; error: unknown }[]) {
    super(
      `Dispatch of event ${eventId} failed for ${failures.length} workflow(s): ${failures
        .map(
          (f) =>
            `${f.workflowId} (${f.error instanceof Error ? `${f.error.name}: ${f.error.message}` : String(f.error)})`,
        )
        .join(', ')}`,
    );
    this.name = 'DispatchError';
    this.failures = failures;
  }
}

/** What a built-in workflow's trigger rule sends the dispatcher besides the event (infra built-in-workflows.ts). */
export const BuiltInStart = /* @__PURE__ */ (() =>
  z.object({
    stateMachineArn: z.string().check(z.minLength(1)),
    workflowId: z.string().check(z.minLength(1)),
    workflowType: z.enum(['STANDARD', 'EXPRESS']),
    triggerType: z.enum(['event', 'webhook']),
  }))();
export type BuiltInStart = z.infer<typeof BuiltInStart>;

const MAX_EXECUTION_NAME = 80;

/** `<workflowId>-<sha256(eventId)[0..16]>`, at most 80 characters: the same event never starts a workflow twice. */
export const executionNameFor = (eventId: string, workflowId: string): string => {
  const suffix = createHash('sha256').update(eventId).digest('hex').slice(0, 16);
  const safeId = workflowId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, MAX_EXECUTION_NAME - suffix.length - 1);
  return `${safeId}-${suffix}`;
};

/** The event types whose subscribers see this event: its own and, for webhook events, `webhook:<source>`. */
export const subscribedTypes = (event: BusEvent): string[] => {
  const webhook = event.detail.webhook;
  const source =
    typeof webhook === 'object' && webhook !== null ? (webhook as Record<string, unknown>).source : undefined;
  return typeof source === 'string' && source !== ''
    ? [event.detailType, webhookEventType(source)]
    : [event.detailType];
};

export const executionInputFor = (event: BusEvent, subscription: StoredSubscription): ExecutionInput => ({
  trigger: event.detail,
  context: {
    tenantId: event.detail.tenantId,
    workflowId: subscription.workflowId,
    workflowVersion: subscription.workflowVersion,
    triggerType: subscription.eventType.startsWith('webhook:') ? 'webhook' : 'event',
    eventId: event.id,
  },
});

const byWorkflowId = (a: StoredSubscription, b: StoredSubscription) =>
  a.workflowId < b.workflowId ? -1 : a.workflowId > b.workflowId ? 1 : 0;

/**
 * The matching subscriptions over the event's types, one per workflow: a workflow subscribed under two of them
 * (its event type and `webhook:<source>`) is judged by the first type's subscription only. Each type's matches in
 * workflow id order (the order of its subscriber list).
 */
const matchAll = (indexes: readonly SubscriptionIndex[], tenantId: string, shaped: unknown) => {
  let candidates = 0;
  let tested = 0;
  const matching: StoredSubscription[] = [];
  indexes.forEach((index, i) => {
    const earlier = indexes.slice(0, i);
    const hidden = (workflowId: string) => earlier.some((e) => e.has(workflowId));
    if (earlier.length === 0) candidates += index.size;
    else for (const id of index.workflowIds()) if (!hidden(id)) candidates += 1;
    const result = index.match(shaped);
    tested += result.tested;
    const own = result.matches.filter((s) => s.tenantId === tenantId && !hidden(s.workflowId));
    matching.push(...own.sort(byWorkflowId));
  });
  return { candidates, tested, matching };
};

const runLimited = async <T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) => {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
};

export const createDispatcher = (deps: DispatcherDeps) => {
  const start = async (event: BusEvent, subscription: StoredSubscription): Promise<StartedRun> => {
    const tenantId = event.detail.tenantId;
    const executionName = executionNameFor(event.id, subscription.workflowId);
    const request = {
      stateMachineArn: subscription.stateMachineArn,
      name: executionName,
      input: executionInputFor(event, subscription),
    };
    if (subscription.workflowType === 'STANDARD') {
      const result = await deps.engine.startExecution(request);
      return { workflowId: subscription.workflowId, executionName, ...result };
    }
    const claim = await deps.expressGuard.claim(tenantId, executionName);
    if (claim === 'alreadyStarted') {
      return {
        workflowId: subscription.workflowId,
        executionName,
        executionArn: undefined,
        alreadyStarted: true,
      };
    }
    if (claim === 'inProgress') {
      throw new RetriableError(`Express start ${executionName} is being attempted by another delivery`);
    }
    try {
      const result = await deps.engine.startExecution(request);
      await deps.expressGuard.markStarted(tenantId, executionName, result.executionArn);
      return { workflowId: subscription.workflowId, executionName, ...result };
    } catch (error) {
      await deps.expressGuard.release(tenantId, executionName).catch(() => undefined);
      throw error;
    }
  };

  return {
    /**
     * A built-in workflow's trigger rule fired (the stack deploys one rule per built-in): starts it under the name
     * the event gives, like a subscription match, so a duplicated event starts one run.
     */
    async startBuiltIn(published: BusEvent, builtIn: BuiltInStart): Promise<StartedRun> {
      const event = currentEvent(published);
      return start(event, {
        tenantId: event.detail.tenantId,
        eventType: builtIn.triggerType === 'webhook' ? `webhook:${event.detailType}` : event.detailType,
        workflowId: builtIn.workflowId,
        workflowVersion: 1,
        pattern: {},
        stateMachineArn: builtIn.stateMachineArn,
        workflowType: builtIn.workflowType,
        updatedAt: event.time,
      });
    },

    async dispatch(published: BusEvent): Promise<DispatchResult> {
      // A replayed or redriven event of an older contract is matched and started in today's shape.
      const event = currentEvent(published);
      const tenantId = event.detail.tenantId;
      const indexes = await Promise.all(
        subscribedTypes(event).map((type) => deps.subscriptions.indexFor(tenantId, type)),
      );
      const { candidates, tested, matching } = matchAll(indexes, tenantId, toEventBridgeShape(event));
      // A run's own events never start its workflow again: that loop would not end.
      const cause = causingWorkflow(event.detailType, event.detail);
      const matched = matching.filter((s) => s.workflowId !== cause);
      const selfTriggered = matching.length - matched.length;
      const runs: StartedRun[] = [];
      const failures: { workflowId: string; error: unknown }[] = [];
      await runLimited(matched, START_CONCURRENCY, async (subscription) => {
        try {
          runs.push(await start(event, subscription));
        } catch (error) {
          failures.push({ workflowId: subscription.workflowId, error });
        }
      });
      deps.log?.('dispatched', {
        eventId: event.id,
        tenantId,
        type: event.detailType,
        candidates,
        tested,
        matched: matched.length,
        selfTriggered,
        started: runs.filter((r) => !r.alreadyStarted).length,
        failed: failures.length,
      });
      const started = runs.filter((r) => !r.alreadyStarted).length;
      const lag = (deps.clock?.now() ?? new Date()).getTime() - Date.parse(event.time);
      const ids = { tenantId, eventId: event.id };
      deps.metrics?.record('DispatchFanOut', started, { event: event.detailType }, ids);
      if (Number.isFinite(lag))
        deps.metrics?.record('DispatchLag', Math.max(0, lag), { event: event.detailType }, ids);
      if (failures.length > 0) throw new DispatchError(event.id, failures);
      return { eventId: event.id, candidates, tested, matched: matched.length, selfTriggered, runs };
    },
  };
};

export type Dispatcher = ReturnType<typeof createDispatcher>;

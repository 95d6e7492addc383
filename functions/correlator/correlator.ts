import type { z } from 'zod';
import type { SupervisorRegisterWait } from '../../statemachines/contracts';
import type { BusEvent } from '../../statemachines/events';
import type { ActivityStore } from '../data/activity';
import { fieldSetKey, matchesFromDetail, type PendingWait, type WaitStore } from '../data/waits';
import { currentEvent } from '../shared/event-upgrades';
import type { MetricsPort } from '../shared/metrics';
import type { Clock, WorkflowEngine } from '../shared/ports';

/**
 * The correlator sees every bus event except a run's own events nothing awaits (their publisher records those:
 * functions/data/routed-publisher.ts). It records the event in the activity feed (and the look-back index),
 * then resumes the executions waiting for it: waits are keyed by (tenant, event, correlation values), a wait is
 * claimed with a conditional delete so exactly one correlator resumes it, and the execution gets
 * SendTaskSuccess { event, eventId, receivedAt }.
 *
 * No lost wake-up: the correlator writes the look-back entry before it reads the waits, and registration
 * stores the wait before it reads the look-back (both strongly consistent), so whichever comes second sees
 * the other. When both see each other, the claim decides.
 */

export type RegisterWaitPayload = z.infer<typeof SupervisorRegisterWait>;

export interface CorrelatorDeps {
  readonly activity: ActivityStore;
  readonly waits: WaitStore;
  readonly engine: Pick<WorkflowEngine, 'sendTaskSuccess'>;
  readonly clock: Clock;
  readonly log?: (message: string, details: Record<string, unknown>) => void;
  /** Counts runs from their lifecycle events (once: only the first delivery of an event is counted). */
  readonly metrics?: MetricsPort;
}

/** The output a resumed `waitFor` task receives (the compiler reads `$.event` into steps.<id>.event). */
export interface WaitForOutput {
  readonly event: Record<string, unknown>;
  readonly eventId: string;
  readonly receivedAt: string;
}

export interface CorrelationResult {
  readonly eventId: string;
  /** False when the event had already been recorded (duplicate delivery). */
  readonly recorded: boolean;
  readonly resumed: number;
  /** Waits whose token had timed out or vanished, removed. */
  readonly cleanedUp: number;
}

export type RegisterWaitResult =
  | { readonly status: 'waiting'; readonly expiresAt: string }
  | { readonly status: 'resumed'; readonly eventId: string };

/** Step Functions errors meaning the token can no longer be used: the wait is obsolete. */
const DEAD_TOKEN = new Set(['TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken']);

type ResumeOutcome = 'resumed' | 'lost' | 'cleanedUp';

const resume = async (
  deps: CorrelatorDeps,
  wait: PendingWait,
  output: WaitForOutput,
): Promise<ResumeOutcome> => {
  const expired = new Date(wait.expiresAt).getTime() <= deps.clock.now().getTime();
  if (!(await deps.waits.claim(wait))) return 'lost';
  if (expired) {
    // States.Timeout has already taken the other branch: nothing to resume.
    deps.log?.('expired wait removed', { runId: wait.runId, stepId: wait.stepId });
    return 'cleanedUp';
  }
  try {
    // Before the run can move on: its next wait's look-back must not take this event again.
    await deps.waits.markConsumed(wait, output.eventId);
    // Throttling is retried by the AWS SDK (functions/shared/retry.ts); what still fails puts the wait back.
    await deps.engine.sendTaskSuccess(wait.taskToken, output);
    deps.log?.('wait resumed', { runId: wait.runId, stepId: wait.stepId, eventId: output.eventId });
    return 'resumed';
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (DEAD_TOKEN.has(name)) {
      deps.log?.('dead task token removed', { runId: wait.runId, stepId: wait.stepId, error: name });
      return 'cleanedUp';
    }
    // Not delivered: put the wait back so the redelivered event (or a later one) resumes it.
    await deps.waits.restore(wait);
    throw error;
  }
};

const distinctFieldSets = (sets: readonly string[][]): string[][] => [
  ...new Map(sets.map((fields) => [fieldSetKey(fields), fields] as const)).values(),
];

/** Records one bus event and resumes every execution waiting for it. Safe to run twice for the same event. */
export const correlateEvent = async (
  deps: CorrelatorDeps,
  published: BusEvent,
): Promise<CorrelationResult> => {
  const event = currentEvent(published);
  const tenantId = event.detail.tenantId;
  const recorded = await deps.activity.record(event);
  // A redelivery resumes only waits that were pending when the event was first recorded: a wait registered later
  // already looked back and saw it (and must not take it if its run consumed it before).
  const firstRecordedAt = recorded ? undefined : (await deps.activity.get(tenantId, event.id))?.receivedAt;
  const output: WaitForOutput = {
    event: event.detail,
    eventId: event.id,
    receivedAt: deps.clock.now().toISOString(),
  };
  let resumed = 0;
  let cleanedUp = 0;
  const failures: unknown[] = [];
  // After recording: a wait stored before this query is found below, one stored after it looks back and finds
  // the entry indexRecent writes before the waits are searched (a declared set is searched even with none pending).
  const interest = await deps.waits.interest(tenantId, event.detailType);
  const fieldSets = distinctFieldSets([...interest.waiting, ...interest.declared]);
  await deps.activity.indexRecent(event, fieldSets);
  for (const fields of fieldSets) {
    for (const match of matchesFromDetail(event.detail, fields))
      for (const wait of await deps.waits.find(tenantId, event.detailType, match)) {
        if (firstRecordedAt !== undefined && wait.registeredAt > firstRecordedAt) continue;
        try {
          const outcome = await resume(deps, wait, output);
          if (outcome === 'resumed') resumed++;
          if (outcome === 'cleanedUp') cleanedUp++;
        } catch (error) {
          failures.push(error);
        }
      }
  }
  if (failures.length > 0) {
    const first = failures[0];
    throw failures.length === 1 && first instanceof Error
      ? first
      : new AggregateError(failures, `${failures.length} waits could not be resumed for event ${event.id}`);
  }
  return { eventId: event.id, recorded, resumed, cleanedUp };
};

/**
 * Stores a `waitFor` step's task token (called by the supervisor's registerWait task), then looks back for the
 * awaited event since the run started: a reply that beat the bookkeeping resumes the execution at once.
 */
export const registerWait = async (
  deps: CorrelatorDeps,
  payload: RegisterWaitPayload,
): Promise<RegisterWaitResult> => {
  const { context } = payload;
  const now = deps.clock.now();
  const wait: PendingWait = {
    tenantId: context.tenantId,
    event: payload.event,
    match: payload.match,
    taskToken: payload.taskToken,
    workflowId: context.workflowId,
    runId: context.runId,
    stepId: payload.stepId,
    runStartedAt: context.startedAt,
    registeredAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + payload.timeoutSeconds * 1000).toISOString(),
  };
  await deps.waits.register(wait);
  const earlier = await deps.activity.recentMatching(
    context.tenantId,
    payload.event,
    payload.match,
    context.startedAt,
  );
  // An event that resumed an earlier wait of this run (the first of two replies) is not delivered twice.
  const consumed =
    earlier.length > 0 ? await deps.waits.consumedBy(context.tenantId, context.runId) : undefined;
  const first = earlier.find((e) => !consumed?.has(e.eventId));
  if (first) {
    const output = { event: first.detail, eventId: first.eventId, receivedAt: first.receivedAt };
    if ((await resume(deps, wait, output)) === 'resumed')
      return { status: 'resumed', eventId: first.eventId };
    // Otherwise a correlator claimed it meanwhile (and resumes the run) or the token is dead.
  }
  return { status: 'waiting', expiresAt: wait.expiresAt };
};

export const createCorrelator = (deps: CorrelatorDeps) => ({
  correlate: (event: BusEvent) => correlateEvent(deps, event),
  registerWait: (payload: RegisterWaitPayload) => registerWait(deps, payload),
});
export type Correlator = ReturnType<typeof createCorrelator>;

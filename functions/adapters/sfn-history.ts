import type { HistoryEvent } from '@aws-sdk/client-sfn';
import type { ExecutionStatus, TimelineEntry } from '../shared/ports';

/**
 * An execution's history events (GetExecutionHistory, or the same events from CloudWatch Logs for Express) as the
 * run timeline: one entry per state visited.
 */

export const parseJson = (text: string | undefined): unknown => {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

const STATE_TYPES: Record<string, string> = {
  Task: 'Task',
  Choice: 'Choice',
  Pass: 'Pass',
  Wait: 'Wait',
  Map: 'Map',
  Parallel: 'Parallel',
  Succeed: 'Succeed',
  Fail: 'Fail',
};

const stateKind = (eventType: string, suffix: 'StateEntered' | 'StateExited'): string | undefined => {
  if (!eventType.endsWith(suffix)) return undefined;
  const kind = eventType.slice(0, -suffix.length);
  return STATE_TYPES[kind];
};

const FAILURE_DETAILS = [
  'taskFailedEventDetails',
  'taskTimedOutEventDetails',
  'taskStartFailedEventDetails',
  'taskSubmitFailedEventDetails',
  'lambdaFunctionFailedEventDetails',
  'lambdaFunctionTimedOutEventDetails',
  'lambdaFunctionScheduleFailedEventDetails',
  'lambdaFunctionStartFailedEventDetails',
  'activityFailedEventDetails',
  'activityTimedOutEventDetails',
  'activityScheduleFailedEventDetails',
] as const;

const failureOf = (event: HistoryEvent): { error: string; cause?: string } | undefined => {
  for (const key of FAILURE_DETAILS) {
    const details = event[key] as { error?: string; cause?: string } | undefined;
    if (details)
      return {
        error: details.error ?? event.type ?? 'Error',
        ...(details.cause ? { cause: details.cause } : {}),
      };
  }
  return undefined;
};

const stepIdFromParameters = (parameters: string | undefined): string | undefined => {
  const p = parseJson(parameters) as Record<string, unknown> | undefined;
  if (!p || typeof p !== 'object') return undefined;
  const payload = (p.Payload ?? p) as Record<string, unknown>;
  const meta = payload.meta as Record<string, unknown> | undefined;
  const id = meta?.stepId ?? payload.stepId;
  return typeof id === 'string' && id !== '_run' ? id : undefined;
};

interface OpenEntry {
  name: string;
  type: string;
  input: unknown;
  startedAt: string;
  stepId?: string;
  scheduled: number;
  waiting: boolean;
  error?: { error: string; cause?: string };
  output?: unknown;
  endedAt?: string;
  status?: TimelineEntry['status'];
}

/** Turns an execution history (oldest first) into one entry per state visited. */
export const historyToTimeline = (
  events: readonly HistoryEvent[],
  executionStatus?: ExecutionStatus,
): TimelineEntry[] => {
  const byId = new Map<number, HistoryEvent>();
  const entryByEnteredId = new Map<number, OpenEntry>();
  const entries: OpenEntry[] = [];
  const openByName = new Map<string, OpenEntry[]>();

  /** The state an event belongs to: follow previousEventId back to its StateEntered event. */
  const owner = (event: HistoryEvent): OpenEntry | undefined => {
    let current: HistoryEvent | undefined = event;
    for (let guard = 0; current && guard < 10_000; guard++) {
      const entry = current.id !== undefined ? entryByEnteredId.get(current.id) : undefined;
      if (entry) return entry;
      current = current.previousEventId !== undefined ? byId.get(current.previousEventId) : undefined;
    }
    return undefined;
  };

  for (const event of events) {
    if (event.id !== undefined) byId.set(event.id, event);
    const type = event.type ?? '';
    const at = event.timestamp ? new Date(event.timestamp).toISOString() : '';
    const entered = stateKind(type, 'StateEntered');
    if (entered && event.stateEnteredEventDetails) {
      const entry: OpenEntry = {
        name: event.stateEnteredEventDetails.name ?? '',
        type: entered,
        input: parseJson(event.stateEnteredEventDetails.input),
        startedAt: at,
        scheduled: 0,
        waiting: entered === 'Wait',
      };
      entries.push(entry);
      if (event.id !== undefined) entryByEnteredId.set(event.id, entry);
      openByName.set(entry.name, [...(openByName.get(entry.name) ?? []), entry]);
      continue;
    }
    const exited = stateKind(type, 'StateExited');
    if (exited && event.stateExitedEventDetails) {
      const name = event.stateExitedEventDetails.name ?? '';
      const open = openByName.get(name) ?? [];
      const entry = owner(event) ?? open[0];
      if (entry) {
        openByName.set(
          name,
          open.filter((e) => e !== entry),
        );
        entry.output = parseJson(event.stateExitedEventDetails.output);
        entry.endedAt = at;
        entry.status = entry.type === 'Fail' ? 'failed' : 'succeeded';
      }
      continue;
    }
    if (type === 'TaskScheduled') {
      const entry = owner(event);
      if (entry) {
        entry.scheduled++;
        const details = event.taskScheduledEventDetails;
        entry.waiting = (details?.resource ?? '').endsWith('.waitForTaskToken');
        const stepId = stepIdFromParameters(details?.parameters);
        if (stepId) entry.stepId = stepId;
      }
      continue;
    }
    if (type === 'TaskSucceeded' || type === 'LambdaFunctionSucceeded') {
      const entry = owner(event);
      if (entry) {
        entry.waiting = false;
        delete entry.error;
      }
      continue;
    }
    const failure = failureOf(event);
    if (failure) {
      const entry = owner(event);
      if (entry) {
        entry.error = failure;
        entry.waiting = false;
      }
    }
  }

  const ended = executionStatus !== undefined && executionStatus !== 'RUNNING';
  return entries.map((e): TimelineEntry => {
    // A caught error leaves its state without a StateExited event: still open, with the error.
    const status: TimelineEntry['status'] =
      e.status ?? (e.error || ended ? 'failed' : e.waiting ? 'waiting' : 'running');
    return {
      name: e.name,
      type: e.type,
      status,
      startedAt: e.startedAt,
      ...(e.stepId ? { stepId: e.stepId } : {}),
      ...(e.input !== undefined ? { input: e.input } : {}),
      ...(e.output !== undefined ? { output: e.output } : {}),
      ...(e.error && status === 'failed' ? { error: e.error } : {}),
      ...(e.endedAt ? { endedAt: e.endedAt } : {}),
      ...(e.scheduled > 1 ? { retries: e.scheduled - 1 } : {}),
    };
  });
};

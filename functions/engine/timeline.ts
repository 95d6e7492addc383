import type { TimelineEntry } from '../shared/ports';
import type { EngineHost, Execution, MutableTimelineEntry } from './execution';

/** An execution's timeline as callers see it: tasks blocked on a timer or a token show as `waiting`. */
export const timelineOf = (e: Execution): TimelineEntry[] => {
  const waiting = new Map(e.waitingStates);
  return e.timeline.map((t) => {
    let status = t.status;
    const w = waiting.get(t.name) ?? 0;
    if (status === 'running' && w > 0) {
      status = 'waiting';
      waiting.set(t.name, w - 1);
    }
    const { topLevel: _topLevel, action: _action, parameters: _parameters, ...entry } = t;
    return structuredClone({ ...entry, status }) as TimelineEntry;
  });
};

/** Turns the library's event log into the execution's timeline (and the engine's state events). */
export const consumeEvents = async (
  host: EngineHost,
  e: Execution,
  events: AsyncGenerator<unknown>,
): Promise<void> => {
  const { states } = e.machine.prepared;
  const openEntry = (name: string, index: number | undefined): MutableTimelineEntry | undefined => {
    for (let i = e.timeline.length - 1; i >= 0; i--) {
      const t = e.timeline[i];
      if (t && t.name === name && t.itemIndex === index && t.endedAt === undefined) return t;
    }
    return undefined;
  };
  for await (const raw of events) {
    const ev = raw as {
      type: string;
      index?: number;
      state?: { name: string; type: string; input: unknown; output?: unknown };
      Error?: string;
      Cause?: unknown;
    };
    if (!ev.state) continue;
    const info = states.get(ev.state.name);
    const at = host.now();
    const base = {
      executionArn: e.arn,
      name: e.name,
      stateName: ev.state.name,
      stateType: info?.type ?? ev.state.type,
      stepId: info?.stepId,
      action: info?.action,
      at,
    };
    switch (ev.type) {
      case 'StateEntered': {
        const entry: MutableTimelineEntry = {
          name: ev.state.name,
          type: info?.type ?? ev.state.type,
          status: 'running',
          input: ev.state.input,
          startedAt: at,
          topLevel: info?.topLevel ?? false,
        };
        if (info?.stepId) entry.stepId = info.stepId;
        if (info?.action) entry.action = info.action;
        if (ev.index !== undefined) entry.itemIndex = ev.index;
        e.timeline.push(entry);
        if (entry.topLevel) host.notifyChange();
        host.emit({ type: 'StateEntered', ...base });
        break;
      }
      case 'StateExited': {
        // The library also reports a caught failure as exited; that entry is already closed as failed.
        const entry = openEntry(ev.state.name, ev.index);
        if (!entry) break;
        entry.status = 'succeeded';
        entry.output = ev.state.output;
        entry.endedAt = at;
        applyRetries(e, entry);
        host.emit({ type: 'StateSucceeded', ...base });
        break;
      }
      case 'StateFailed': {
        const entry = openEntry(ev.state.name, ev.index);
        const error = {
          error: ev.Error ?? 'States.TaskFailed',
          cause:
            typeof ev.Cause === 'string'
              ? ev.Cause
              : ev.Cause instanceof Error
                ? ev.Cause.message
                : JSON.stringify(ev.Cause ?? ''),
        };
        if (entry) {
          entry.status = 'failed';
          entry.error = error;
          entry.endedAt = at;
          applyRetries(e, entry);
        }
        host.emit({ type: 'StateFailed', ...base, error });
        break;
      }
      default:
        break;
    }
  }
  // States the library abandoned (stopped execution, sibling branch failed) never exit.
  const at = host.now();
  for (const entry of e.timeline) {
    if (entry.endedAt !== undefined) continue;
    entry.status = 'failed';
    entry.error = { error: 'States.Aborted', cause: 'The state was interrupted before it finished' };
    entry.endedAt = at;
  }
};

/** Retry counts and the task payload the task runner reported for the state that just ended. */
const applyRetries = (e: Execution, entry: MutableTimelineEntry): void => {
  const report = e.retries.get(entry.name)?.shift();
  if (!report) return;
  if (report.retries > 0) entry.retries = report.retries;
  if (report.parameters !== undefined) entry.parameters = report.parameters;
};

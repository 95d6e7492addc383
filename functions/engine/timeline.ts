import type { TimelineEntry } from '../shared/ports';
import type { ExecutionView } from './execution';

/**
 * An execution's timeline as callers see it: tasks blocked on a timer or a token show as `waiting`. Each entry is a
 * copy unless `copy` is false: then its input and output are the engine's own (every state's input can hold the
 * whole execution input, so copies of a long run's entries grow with its square), for a caller that only reads them.
 */
export const timelineOf = (e: ExecutionView, copy = true): TimelineEntry[] => {
  const waiting = new Map(e.waitingStates ?? []);
  return e.timeline.map((t) => {
    let status = t.status;
    const w = waiting.get(t.name) ?? 0;
    if (status === 'running' && w > 0) {
      status = 'waiting';
      waiting.set(t.name, w - 1);
    }
    const { topLevel: _topLevel, action: _action, parameters: _parameters, order: _order, ...entry } = t;
    return copy ? (structuredClone({ ...entry, status }) as TimelineEntry) : { ...entry, status };
  });
};

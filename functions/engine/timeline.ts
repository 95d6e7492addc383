import type { TimelineEntry } from '../shared/ports';
import type { ExecutionView } from './execution';

/** An execution's timeline as callers see it: tasks blocked on a timer or a token show as `waiting`. */
export const timelineOf = (e: ExecutionView): TimelineEntry[] => {
  const waiting = new Map(e.waitingStates ?? []);
  return e.timeline.map((t) => {
    let status = t.status;
    const w = waiting.get(t.name) ?? 0;
    if (status === 'running' && w > 0) {
      status = 'waiting';
      waiting.set(t.name, w - 1);
    }
    const { topLevel: _topLevel, action: _action, parameters: _parameters, order: _order, ...entry } = t;
    return structuredClone({ ...entry, status }) as TimelineEntry;
  });
};

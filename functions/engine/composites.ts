import type { TaskSpec } from './asl-types';
import { TaskError } from './execution';
import { recordEvents } from './history';
import type { Frame, Interpreter, Visit } from './interpreter';
import { runIterations } from './iterations';
import type { DistributedMaps } from './map-run';
import type { CompositeRunners, TaskRunner } from './task-runner';

/**
 * The engine's Parallel and Map states. Parallel runs every branch at once; an inline Map runs its iterations
 * in the execution (at most 40 at a time, as Step Functions' inline mode); a Distributed Map starts child
 * executions through a Map Run (map-run.ts).
 */

/** Step Functions' inline Map runs at most 40 iterations at once, whatever MaxConcurrency says. */
export const INLINE_MAX_CONCURRENCY = 40;

const itemsOf = (params: Record<string, unknown>, stateName: string): unknown[] => {
  const items = 'items' in params ? params.items : params.p;
  if (!Array.isArray(items)) {
    throw new TaskError(
      'States.Runtime',
      `An error occurred while executing the state '${stateName}'. The ItemsPath field does not point to a JSON array.`,
    );
  }
  return items;
};

export const createCompositeRunners = (
  interpreter: Interpreter,
  tasks: TaskRunner,
  distributed: DistributedMaps,
): CompositeRunners => ({
  async parallel(frame: Frame, spec: TaskSpec, params: Record<string, unknown>, visit: Visit) {
    const branches = spec.branches ?? [];
    const redo = visit.redo;
    visit.redo = undefined;
    recordEvents(frame.e, 1); // ParallelStateStarted
    try {
      const out = await runIterations(
        interpreter,
        frame,
        {
          count: branches.length,
          scopeOf: (i) => branches[i] ?? { startAt: '', states: {} },
          inputOf: async () => params.p,
          concurrency: branches.length,
          indexed: false,
          eventsPerIteration: 0,
          path: visit.order,
        },
        redo,
        (e, stateName, wait) => tasks.blockedOn(e, stateName, wait),
        (trace) => {
          visit.nested = trace;
        },
      );
      recordEvents(frame.e, 1); // ParallelStateSucceeded
      return out;
    } catch (error) {
      if (!frame.signal.aborted) recordEvents(frame.e, 1); // ParallelStateFailed
      throw error;
    }
  },

  async map(frame: Frame, spec: TaskSpec, params: Record<string, unknown>, visit: Visit) {
    const map = spec.map;
    if (!map) throw new Error(`invariant: Map state "${spec.name}" without its spec`);
    if (map.distributed) return distributed.run(frame, spec, map, params, visit);
    const items = itemsOf(params, spec.name);
    const redo = visit.redo;
    visit.redo = undefined;
    const configured = typeof params.maxConcurrency === 'number' ? params.maxConcurrency : map.maxConcurrency;
    const concurrency =
      configured && configured > 0 ? Math.min(configured, INLINE_MAX_CONCURRENCY) : INLINE_MAX_CONCURRENCY;
    const selector = map.itemSelector;
    recordEvents(frame.e, 1); // MapStateStarted
    try {
      const out = await runIterations(
        interpreter,
        frame,
        {
          count: items.length,
          scopeOf: () => map.processor,
          inputOf: async (index) =>
            selector !== undefined && typeof selector === 'object' && selector !== null
              ? interpreter.evaluate(
                  selector,
                  params.p,
                  interpreter.contextFor(frame.e, spec.name, visit.enteredAt, {
                    Index: index,
                    Value: items[index],
                  }),
                )
              : items[index],
          concurrency,
          indexed: true,
          eventsPerIteration: 2,
          path: visit.order,
        },
        redo,
        (e, stateName, wait) => tasks.blockedOn(e, stateName, wait),
        (trace) => {
          visit.nested = trace;
        },
      );
      recordEvents(frame.e, 1); // MapStateSucceeded
      return out;
    } catch (error) {
      if (!frame.signal.aborted) recordEvents(frame.e, 1); // MapStateFailed
      throw error;
    }
  },
});

import { type EngineClock, VirtualClock } from '../../functions/engine/clock';
import {
  LocalEngine,
  type LocalEngineOptions,
  type TaskInvocation,
} from '../../functions/engine/local-engine';

/** A LocalEngine on a virtual clock whose tasks are plain functions by resource ARN, for the engine's tests. */

export const FN = 'arn:aws:lambda:us-east-1:000000000000:function:worker';
export const SUPERVISOR = 'arn:aws:lambda:us-east-1:000000000000:function:supervisor';
export const START = new Date('2026-03-02T09:00:00.000Z');
export const DAY = 86_400_000;

export type Fn = (payload: Record<string, unknown>, call: TaskInvocation) => unknown;

export const setup = <C extends EngineClock = VirtualClock>(
  fns: Record<string, Fn> = {},
  clock: C = new VirtualClock(START) as unknown as C,
  options: Pick<
    LocalEngineOptions,
    'functionTimeouts' | 'onEvent' | 'maxFinishedExecutions' | 'finishedExecutions'
  > = {},
) => {
  const calls: TaskInvocation[] = [];
  const engine = new LocalEngine({
    clock,
    random: () => 1,
    ...options,
    invoke: async (call) => {
      calls.push(call);
      const fn = fns[call.resource];
      if (!fn) throw new Error(`no function ${call.resource}`);
      return fn(call.payload as Record<string, unknown>, call);
    },
  });
  const register = (definition: unknown, name = 'wf', type: 'STANDARD' | 'EXPRESS' = 'STANDARD') => {
    const arn = engine.stateMachineArn(name);
    engine.registerStateMachine(arn, definition, type);
    return arn;
  };
  return { engine, calls, clock, register };
};

export const task = (next: string | undefined, extra: Record<string, unknown> = {}) => ({
  Type: 'Task',
  Resource: FN,
  ...(next ? { Next: next } : { End: true }),
  ...extra,
});

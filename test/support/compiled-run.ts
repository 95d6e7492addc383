import { StateMachine } from 'aws-local-stepfunctions';
import type { AslDefinition } from '../../statemachines/compile';
import { compileWorkflow, placeholderResolver } from '../../statemachines/compile';
import type { WorkflowDefinition } from '../../statemachines/schema';

/**
 * Runs a compiled workflow in aws-local-stepfunctions with every Task stubbed by state name.
 *
 * The library has no task tokens and fills the context object only with Execution.Input/StartTime, so we pass a
 * custom `context` holding what the compiled machine reads: Execution.Id/Name, State.RetryCount,
 * State.EnteredTime and Task.Token (a fixed token: callbacks are answered by the stub of the callback task).
 * Wait states are overridden to 0 ms and retry pauses to 0 ms.
 */

// aws-local-stepfunctions 3 uses Promise.withResolvers (Node >= 22) for Task timeouts; Node 20 lacks it.
if (typeof (Promise as { withResolvers?: unknown }).withResolvers !== 'function') {
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (value: T) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

export type EventLog =
  ReturnType<StateMachine['run']>['eventLogs'] extends AsyncGenerator<infer E> ? E : never;

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type Stub = (input: JsonValue) => unknown;

export class TaskError extends Error {
  constructor(name: string, message = name) {
    super(message);
    this.name = name;
  }
}

export const LOCAL_CONTEXT = {
  Execution: {
    Id: 'arn:aws:states:us-east-1:000000000000:execution:dynaris-t1-wf:run-1',
    Name: 'run-1',
  },
  State: { RetryCount: 0, EnteredTime: '2026-01-05T10:00:00.000Z' },
  Task: { Token: 'local-task-token' },
};

export const runContext = (overrides: Record<string, unknown> = {}) => ({
  tenantId: 't1',
  workflowId: 'wf',
  workflowVersion: 1,
  workflowName: 'Test workflow',
  runId: 'run-1',
  triggerType: 'event',
  dryRun: false,
  needsApproval: false,
  timezone: 'UTC',
  startedAt: '2026-01-05T10:00:00.000Z',
  ...overrides,
});

export interface RunOptions {
  trigger?: Record<string, unknown>;
  context?: Record<string, unknown>;
  stubs?: Record<string, Stub>;
}

export interface RunResult {
  status: 'SUCCEEDED' | 'FAILED';
  output: unknown;
  error?: { name: string; message: string };
  /** Inputs each Task received, by state name, in call order. */
  calls: Record<string, unknown[]>;
  /** Names of the states entered, in order (nested ones included). */
  entered: string[];
  events: EventLog[];
  definition: AslDefinition;
}

const waitStateNames = (def: AslDefinition): string[] => {
  const names: string[] = [];
  const visit = (states: AslDefinition['States']) => {
    for (const [name, s] of Object.entries(states)) {
      if (s.Type === 'Wait') names.push(name);
      if (s.Type === 'Parallel') for (const b of s.Branches) visit(b.States);
      if (s.Type === 'Map') visit(s.ItemProcessor.States);
    }
  };
  visit(def.States);
  return names;
};

const taskStateNames = (def: AslDefinition): string[] => {
  const names: string[] = [];
  const visit = (states: AslDefinition['States']) => {
    for (const [name, s] of Object.entries(states)) {
      if (s.Type === 'Task' || s.Type === 'Parallel' || s.Type === 'Map') names.push(name);
      if (s.Type === 'Parallel') for (const b of s.Branches) visit(b.States);
      if (s.Type === 'Map') visit(s.ItemProcessor.States);
    }
  };
  visit(def.States);
  return names;
};

export const runDefinition = async (
  definition: AslDefinition,
  options: RunOptions = {},
): Promise<RunResult> => {
  const calls: Record<string, unknown[]> = {};
  const context = runContext(options.context);
  const defaults: Record<string, Stub> = {
    'Start run': () => context,
    'Finish run': () => ({ ok: true }),
    'Finish rejected run': () => ({ ok: true }),
    'Record failure': () => ({ ok: true }),
  };
  const stubs = { ...defaults, ...options.stubs };
  const handlers: Record<string, (input: JsonValue) => Promise<JsonValue>> = {};
  for (const name of taskStateNames(definition)) {
    const stub = stubs[name];
    if (!stub) continue;
    handlers[name] = async (input) => {
      calls[name] = [...(calls[name] ?? []), structuredClone(input)];
      return (await stub(input)) as JsonValue;
    };
  }
  const retryIntervalOverrides = Object.fromEntries(taskStateNames(definition).map((n) => [n, 0]));
  const waitTimeOverrides = Object.fromEntries(waitStateNames(definition).map((n) => [n, 0]));
  const machine = new StateMachine(definition as never, {
    validationOptions: { checkArn: true, checkPaths: true },
  });
  const execution = machine.run(
    {
      trigger: (options.trigger ?? {}) as JsonValue,
      context: { tenantId: 't1', workflowId: 'wf', triggerType: 'event' },
    },
    {
      overrides: { taskResourceLocalHandlers: handlers, waitTimeOverrides, retryIntervalOverrides },
      context: structuredClone(LOCAL_CONTEXT),
    },
  );
  const events: EventLog[] = [];
  const collecting = (async () => {
    for await (const event of execution.eventLogs) events.push(event);
  })();
  let result: RunResult;
  try {
    const output = await execution.result;
    result = { status: 'SUCCEEDED', output, calls, entered: [], events, definition };
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause as { name?: string; message?: string } | undefined;
    result = {
      status: 'FAILED',
      output: undefined,
      error: { name: cause?.name ?? String(error), message: cause?.message ?? '' },
      calls,
      entered: [],
      events,
      definition,
    };
  }
  await collecting;
  result.entered = events.flatMap((e) => (e.type === 'StateEntered' ? [e.state.name] : []));
  return result;
};

export const runWorkflow = (def: WorkflowDefinition, options: RunOptions = {}): Promise<RunResult> =>
  runDefinition(compileWorkflow(def, { resolver: placeholderResolver }).definition, options);

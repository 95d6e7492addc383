import { StateMachine } from 'aws-local-stepfunctions';
import type { z } from 'zod';
import { shapeOutput } from '../../functions/agents/output-shape';
import { businessDeadline } from '../../statemachines/business-days';
import { getAction } from '../../statemachines/catalogue';
import {
  type AslDefinition,
  type AslState,
  type AslStateMachine,
  CALLBACK_RESOURCE,
  compileWorkflow,
  DYNAMODB_PUT_ITEM,
  EVENTBRIDGE_PUT_EVENTS,
  placeholderResolver,
} from '../../statemachines/compile';
import type { WorkflowDefinition } from '../../statemachines/schema';
import { DEFAULT_BUSINESS_HOURS } from '../../statemachines/working-week';

/**
 * Runs a compiled workflow in aws-local-stepfunctions with every Task answered by a local stub (never AWS).
 *
 * Task tokens: the library has no callback pattern and fills the context object only with Execution.Input and
 * StartTime, so `$$.Task.Token` (and `$$.Execution.Id`, `$$.State.RetryCount`, `$$.State.EnteredTime`) would not
 * resolve. We pass a custom `context` run option holding them; the library merges it into the context object of
 * the execution and of every Map iteration and Parallel branch. A callback task (`.waitForTaskToken`) is then an
 * ordinary task whose stub plays the other side: returning a value = SendTaskSuccess with that output, throwing a
 * TaskError('ApprovalRejected', cause) = SendTaskFailure, throwing TaskError('States.Timeout') = the TimeoutSeconds
 * elapsing.
 *
 * Wait states are overridden to 0 ms and retry pauses to 0 ms.
 */

export type EventLog =
  ReturnType<StateMachine['run']>['eventLogs'] extends AsyncGenerator<infer E> ? E : never;

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
// biome-ignore lint/suspicious/noExplicitAny: stubs read task payloads freely; the tests assert on what they return
export type TaskInput = any;
export type Stub = (input: TaskInput) => unknown;

/** A task failure with a Step Functions error name (matched by Retry and Catch) and a cause. */
export class TaskError extends Error {
  constructor(name: string, cause = name) {
    super(cause);
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

/** A value of the shape of a zod schema: what an agent returns (every declared key present). */
export const sampleOf = (schema: z.core.$ZodType): JsonValue => {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'object': {
      const shape = (schema as unknown as { shape: Record<string, z.core.$ZodType> }).shape;
      return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, sampleOf(v)]));
    }
    case 'string':
      return 'sample';
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'record':
      return {};
    case 'nullable':
      return sampleOf(def.innerType as z.core.$ZodType);
    case 'enum':
      return Object.values(def.entries as Record<string, string>)[0] ?? null;
    default:
      return null;
  }
};

export const sampleOutput = (action: string): JsonValue => {
  const spec = getAction(action);
  if (!spec) throw new Error(`no such action ${action}`);
  return sampleOf(spec.output);
};

/** What a Task state does, from its Resource and Parameters. */
export type TaskKind =
  | { kind: 'supervisor'; op: string }
  | { kind: 'action'; action: string }
  | { kind: 'registerWait'; stepId: string; event: string }
  | { kind: 'requestApproval'; stepId: string };

export const classifyTask = (state: AslState): TaskKind | undefined => {
  if (state.Type !== 'Task') return undefined;
  const params = (state.Parameters ?? {}) as Record<string, unknown>;
  if (state.Resource === DYNAMODB_PUT_ITEM) return { kind: 'action', action: 'log' };
  if (state.Resource === EVENTBRIDGE_PUT_EVENTS) return { kind: 'action', action: 'events.emit' };
  if (state.Resource === CALLBACK_RESOURCE) {
    const payload = params.Payload as Record<string, unknown>;
    if (payload.op === 'registerWait')
      return { kind: 'registerWait', stepId: String(payload.stepId), event: String(payload.event) };
    return { kind: 'requestApproval', stepId: String(payload.stepId) };
  }
  if (typeof params.action === 'string') return { kind: 'action', action: params.action };
  return { kind: 'supervisor', op: String(params.op) };
};

/** Every state of a definition with its name, nested ones included. */
const everyState = (machine: AslStateMachine): [string, AslState][] =>
  Object.entries(machine.States).flatMap(([name, s]): [string, AslState][] => [
    [name, s],
    ...(s.Type === 'Parallel' ? s.Branches.flatMap(everyState) : []),
    ...(s.Type === 'Map' ? everyState(s.ItemProcessor) : []),
  ]);

export interface RunOptions {
  trigger?: Record<string, unknown>;
  /** Overrides of the ExecutionContext the "Start run" stub returns. */
  context?: Record<string, unknown>;
  /** Stubs by state name (highest priority). */
  stubs?: Record<string, Stub>;
  /** Stubs by action name, for every task performing it. */
  actions?: Record<string, Stub>;
  /** Answers registerWait callbacks: return the correlator's output, or throw TaskError('States.Timeout'). */
  waits?: Stub;
  /** Answers requestApproval callbacks (step approvals and the "_run" gate). Default: approved. */
  approvals?: Stub;
}

export interface TaskCall {
  state: string;
  task: TaskKind;
  input: TaskInput;
}

export interface RunResult {
  status: 'SUCCEEDED' | 'FAILED';
  output: TaskInput;
  error?: { name: string; message: string };
  /** Every task invocation (retries included), in order; for callback tasks the input is the Lambda payload. */
  calls: TaskCall[];
  /** Inputs received by the state `name`, in order. */
  inputsOf: (name: string) => TaskInput[];
  /** Inputs received by the tasks performing `action`. */
  inputsOfAction: (action: string) => TaskInput[];
  /** Names of the states entered, in order (nested ones included). */
  entered: string[];
  events: EventLog[];
  definition: AslDefinition;
}

export const APPROVED = {
  approved: true,
  by: 'owner@acme.test',
  at: '2026-01-05T11:00:00.000Z',
  comment: null,
};

export const runDefinition = async (
  definition: AslDefinition,
  options: RunOptions = {},
): Promise<RunResult> => {
  const calls: TaskCall[] = [];
  const context = runContext(options.context);
  const states = everyState(definition);
  const fallback = (task: TaskKind): Stub => {
    switch (task.kind) {
      case 'supervisor':
        if (task.op === 'businessDeadline')
          return (input) => {
            const p = input as { from: string; businessDays: number };
            const r = businessDeadline(p.from, p.businessDays, {
              timeZone: 'UTC',
              businessHours: DEFAULT_BUSINESS_HOURS,
            });
            if (!r.ok) throw new Error(r.message);
            return { until: r.until, seconds: r.seconds };
          };
        return task.op === 'start' ? () => context : () => ({ ok: true });
      case 'action': {
        const stub = options.actions?.[task.action];
        const spec = getAction(task.action);
        // An agent's answer reaches the state machine through the runner, which returns every declared key.
        if (stub && spec?.performer.kind === 'agent')
          return async (input) => shapeOutput(spec, await stub(input));
        if (stub) return stub;
        if (task.action === 'events.emit')
          return () => ({ Entries: [{ EventId: 'e-1' }], FailedEntryCount: 0 });
        if (task.action === 'log') return () => ({ SdkHttpMetadata: { HttpStatusCode: 200 } });
        return () => sampleOutput(task.action);
      }
      case 'registerWait':
        return (
          options.waits ??
          (() => ({ event: { tenantId: 't1' }, eventId: 'evt-1', receivedAt: '2026-01-06T10:00:00.000Z' }))
        );
      case 'requestApproval':
        return options.approvals ?? (() => APPROVED);
    }
  };
  const handlers: Record<string, (input: JsonValue) => Promise<JsonValue>> = {};
  for (const [name, state] of states) {
    const task = classifyTask(state);
    if (!task) continue;
    const stub = options.stubs?.[name] ?? fallback(task);
    // A callback task invokes the supervisor with { FunctionName, Payload }: the stub sees what the Lambda gets.
    const callback = task.kind === 'registerWait' || task.kind === 'requestApproval';
    handlers[name] = async (raw) => {
      const input = callback ? (raw as { Payload: JsonValue }).Payload : raw;
      calls.push({ state: name, task, input: structuredClone(input) });
      return (await stub(input)) as JsonValue;
    };
  }
  const retryIntervalOverrides = Object.fromEntries(
    states.filter(([, s]) => 'Retry' in s).map(([n]) => [n, 0]),
  );
  const waitTimeOverrides = Object.fromEntries(
    states.filter(([, s]) => s.Type === 'Wait').map(([n]) => [n, 0]),
  );
  const machine = new StateMachine(definition as never, { validationOptions: { noValidate: true } });
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
  let status: RunResult['status'] = 'SUCCEEDED';
  let output: TaskInput;
  let error: RunResult['error'];
  try {
    output = await execution.result;
  } catch (thrown) {
    status = 'FAILED';
    const cause = (thrown as { cause?: { name?: string; message?: string } }).cause;
    error = { name: cause?.name ?? String(thrown), message: cause?.message ?? '' };
  }
  await collecting;
  return {
    status,
    output,
    ...(error ? { error } : {}),
    calls,
    inputsOf: (name) => calls.filter((c) => c.state === name).map((c) => c.input),
    inputsOfAction: (action) =>
      calls.filter((c) => c.task.kind === 'action' && c.task.action === action).map((c) => c.input),
    entered: events.flatMap((e) => (e.type === 'StateEntered' ? [e.state.name] : [])),
    events,
    definition,
  };
};

export const runWorkflow = (def: WorkflowDefinition, options: RunOptions = {}): Promise<RunResult> =>
  runDefinition(compileWorkflow(def, { resolver: placeholderResolver }).definition, options);

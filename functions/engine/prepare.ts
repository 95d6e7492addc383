/**
 * Rewrites a state machine definition so that aws-local-stepfunctions runs it with the engine in control of
 * everything the library lacks or does on real time:
 *  - every Task's Parameters are wrapped (`{ p: <Parameters>, t: <TimeoutSecondsPath> }`) and the engine's task
 *    handler does Retry, TimeoutSeconds and task tokens itself (on the engine clock);
 *  - Wait states become Tasks on WAIT_RESOURCE, so waits sleep on the engine clock (virtual or real);
 *  - context paths the library does not provide (`$$.Task.Token`, `$$.State.RetryCount`, `$$.State.EnteredTime`,
 *    `$$.State.Name`, `$$.Execution.StartTime`) become markers that the task handler substitutes.
 * The original definition is kept for description; the rewritten one is only ever handed to the library.
 */

export type AslState = { Type: string } & Record<string, unknown>;

export interface AslDefinition {
  StartAt: string;
  States: Record<string, AslState>;
  Comment?: string;
  Version?: string;
  TimeoutSeconds?: number;
  [key: string]: unknown;
}

export interface Retrier {
  readonly ErrorEquals: readonly string[];
  readonly IntervalSeconds?: number;
  readonly MaxAttempts?: number;
  readonly BackoffRate?: number;
  readonly MaxDelaySeconds?: number;
  readonly JitterStrategy?: 'NONE' | 'FULL';
}

export interface TaskSpec {
  readonly name: string;
  /** The original Resource, or WAIT_RESOURCE for a rewritten Wait state. */
  readonly resource: string;
  readonly timeoutSeconds: number | undefined;
  readonly retry: readonly Retrier[];
  readonly wait?: { seconds?: number; timestamp?: string; secondsPath?: boolean; timestampPath?: boolean };
}

export interface StateInfo {
  readonly name: string;
  /** Type as written (a rewritten Wait is still `Wait`). */
  readonly type: string;
  readonly topLevel: boolean;
  /** Workflow step id, when the state belongs to a step (see stepIdOfState). */
  readonly stepId: string | undefined;
  /** Catalogue action, or the step kind for control states that belong to a step. */
  readonly action: string | undefined;
}

export interface PreparedMachine {
  readonly original: AslDefinition;
  readonly definition: AslDefinition;
  readonly tasks: ReadonlyMap<string, TaskSpec>;
  readonly states: ReadonlyMap<string, StateInfo>;
  /** The top-level TimeoutSeconds (enforced by the engine on its clock). */
  readonly timeoutSeconds: number | undefined;
}

export const WAIT_RESOURCE = 'arn:dynaris:local:wait';

export const MARKERS = {
  taskToken: '@@dynaris:$$.Task.Token@@',
  retryCount: '@@dynaris:$$.State.RetryCount@@',
  enteredTime: '@@dynaris:$$.State.EnteredTime@@',
  startTime: '@@dynaris:$$.Execution.StartTime@@',
} as const;

const CONTEXT_MARKERS: Record<string, string> = {
  '$$.Task.Token': MARKERS.taskToken,
  '$$.State.RetryCount': MARKERS.retryCount,
  '$$.State.EnteredTime': MARKERS.enteredTime,
  '$$.Execution.StartTime': MARKERS.startTime,
};

/**
 * Seconds the library's own Task timer is given (it defaults to 60 s and runs on real time). Just below the
 * setTimeout limit; the engine enforces the real TimeoutSeconds itself.
 */
const LIBRARY_TASK_TIMEOUT_SECONDS = 2_147_483;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Replaces `"x.$": "$$.Task.Token"`-style entries by `"x": <marker>` (recursively). */
const rewriteContextPaths = (value: unknown, stateName: string): unknown => {
  if (Array.isArray(value)) return value.map((v) => rewriteContextPaths(v, stateName));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key.endsWith('.$') && typeof v === 'string') {
      const marker = CONTEXT_MARKERS[v];
      if (marker) {
        out[key.slice(0, -2)] = marker;
        continue;
      }
      if (v === '$$.State.Name') {
        out[key.slice(0, -2)] = stateName;
        continue;
      }
    }
    out[key] = rewriteContextPaths(v, stateName);
  }
  return out;
};

/** Substitutes markers in a task payload with this attempt's values. */
export const substituteMarkers = (
  value: unknown,
  values: { taskToken?: string; retryCount: number; enteredTime: string; startTime: string },
): unknown => {
  if (typeof value === 'string') {
    switch (value) {
      case MARKERS.taskToken:
        return values.taskToken ?? value;
      case MARKERS.retryCount:
        return values.retryCount;
      case MARKERS.enteredTime:
        return values.enteredTime;
      case MARKERS.startTime:
        return values.startTime;
      default:
        return value;
    }
  }
  if (Array.isArray(value)) return value.map((v) => substituteMarkers(v, values));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = substituteMarkers(v, values);
    return out;
  }
  return value;
};

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * The workflow step a state belongs to. The compiler states it explicitly in the agent payload
 * (`meta.stepId`), in supervisor payloads (`Payload.stepId`), or in the state's Comment as `step:<id>`.
 */
export const stepIdOfState = (state: AslState): string | undefined => {
  const params = isRecord(state.Parameters) ? state.Parameters : undefined;
  const meta = params && isRecord(params.meta) ? params.meta : undefined;
  const fromMeta = str(meta?.stepId);
  if (fromMeta) return fromMeta;
  const payload = params && isRecord(params.Payload) ? params.Payload : undefined;
  const fromPayload = str(payload?.stepId);
  if (fromPayload && !fromPayload.startsWith('_')) return fromPayload;
  const comment = str(state.Comment);
  const m = comment ? /(?:^|[\s[(])step:\s*([a-z0-9][a-z0-9_-]{0,63})/.exec(comment) : null;
  return m?.[1];
};

/** What a state does, in workflow terms: the catalogue action for tasks, the step kind for the rest. */
export const actionOfState = (state: AslState): string | undefined => {
  const params = isRecord(state.Parameters) ? state.Parameters : undefined;
  const resource = str(state.Resource) ?? '';
  if (state.Type === 'Task') {
    const action = str(params?.action);
    if (action) return action;
    const payload = params && isRecord(params.Payload) ? params.Payload : undefined;
    switch (str(payload?.op) ?? str(params?.op)) {
      case 'route':
        return 'ai.task';
      case 'registerWait':
        return 'waitFor';
      case 'requestApproval':
        return 'approval';
      case undefined:
        break;
      default:
        return undefined;
    }
    if (resource.startsWith('arn:aws:states:::dynamodb:')) return 'log';
    if (resource.startsWith('arn:aws:states:::events:putEvents')) return 'events.emit';
    return undefined;
  }
  switch (state.Type) {
    case 'Wait':
      return 'wait';
    case 'Choice':
      return 'if';
    case 'Parallel':
      return 'parallel';
    case 'Map':
      return 'forEach';
    default:
      return undefined;
  }
};

const rewriteWait = (name: string, state: AslState): { state: AslState; spec: TaskSpec } => {
  const params: Record<string, unknown> = { 'p.$': '$' };
  const wait: NonNullable<TaskSpec['wait']> = {};
  if (typeof state.Seconds === 'number') {
    wait.seconds = state.Seconds;
  } else if (typeof state.Timestamp === 'string') {
    wait.timestamp = state.Timestamp;
  } else if (typeof state.SecondsPath === 'string') {
    params['seconds.$'] = state.SecondsPath;
    wait.secondsPath = true;
  } else if (typeof state.TimestampPath === 'string') {
    params['timestamp.$'] = state.TimestampPath;
    wait.timestampPath = true;
  }
  const rewritten: AslState = {
    Type: 'Task',
    Resource: WAIT_RESOURCE,
    Parameters: params,
    TimeoutSeconds: LIBRARY_TASK_TIMEOUT_SECONDS,
  };
  for (const key of ['Comment', 'InputPath', 'OutputPath', 'Next', 'End'] as const) {
    if (key in state) rewritten[key] = state[key];
  }
  return {
    state: rewritten,
    spec: { name, resource: WAIT_RESOURCE, timeoutSeconds: undefined, retry: [], wait },
  };
};

const rewriteTask = (name: string, state: AslState): { state: AslState; spec: TaskSpec } => {
  const { Retry, TimeoutSeconds, TimeoutSecondsPath, HeartbeatSeconds, HeartbeatSecondsPath, ...rest } =
    state;
  const params: Record<string, unknown> = {};
  if ('Parameters' in state) params.p = rewriteContextPaths(state.Parameters, name);
  else params['p.$'] = '$';
  if (typeof TimeoutSecondsPath === 'string') params['t.$'] = TimeoutSecondsPath;
  void HeartbeatSeconds;
  void HeartbeatSecondsPath;
  const rewritten: AslState = {
    ...rest,
    Type: 'Task',
    Parameters: params,
    TimeoutSeconds: LIBRARY_TASK_TIMEOUT_SECONDS,
  };
  return {
    state: rewritten,
    spec: {
      name,
      resource: String(state.Resource),
      timeoutSeconds: typeof TimeoutSeconds === 'number' ? TimeoutSeconds : undefined,
      retry: Array.isArray(Retry) ? (Retry as Retrier[]) : [],
    },
  };
};

export class DefinitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidDefinition';
  }
}

/**
 * @param stateNames step id -> name of the state that performs it (CompiledWorkflow.stateNames); labels Wait,
 * Choice, Map and Parallel states, which carry no step id of their own.
 */
export const prepareDefinition = (
  input: unknown,
  stateNames: Readonly<Record<string, string>> = {},
): PreparedMachine => {
  const stepOfState = new Map(Object.entries(stateNames).map(([stepId, stateName]) => [stateName, stepId]));
  if (!isRecord(input) || typeof input.StartAt !== 'string' || !isRecord(input.States)) {
    throw new DefinitionError('A state machine definition needs StartAt and States');
  }
  const original = structuredClone(input) as AslDefinition;
  const tasks = new Map<string, TaskSpec>();
  const states = new Map<string, StateInfo>();

  const rewriteMachine = (machine: AslDefinition, topLevel: boolean): AslDefinition => {
    if (!(machine.StartAt in machine.States)) {
      throw new DefinitionError(`StartAt "${machine.StartAt}" is not a state`);
    }
    const out: Record<string, AslState> = {};
    for (const [name, state] of Object.entries(machine.States)) {
      if (states.has(name)) throw new DefinitionError(`State name "${name}" is used more than once`);
      states.set(name, {
        name,
        type: state.Type,
        topLevel,
        stepId: stepOfState.get(name) ?? stepIdOfState(state),
        action: actionOfState(state),
      });
      if (state.Type === 'Task') {
        const r = rewriteTask(name, state);
        tasks.set(name, r.spec);
        out[name] = r.state;
      } else if (state.Type === 'Wait') {
        const r = rewriteWait(name, state);
        tasks.set(name, r.spec);
        out[name] = r.state;
      } else if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
        out[name] = {
          ...state,
          Branches: (state.Branches as AslDefinition[]).map((b) => rewriteMachine(b, false)),
        };
      } else if (state.Type === 'Map') {
        const key = isRecord(state.ItemProcessor) ? 'ItemProcessor' : 'Iterator';
        const inner = state[key];
        if (!isRecord(inner)) throw new DefinitionError(`Map state "${name}" has no ItemProcessor`);
        out[name] = { ...state, [key]: rewriteMachine(inner as AslDefinition, false) };
      } else {
        out[name] = state;
      }
    }
    const { TimeoutSeconds: _timeout, ...rest } = machine;
    return { ...rest, States: out };
  };

  const definition = rewriteMachine(original, true);
  return {
    original,
    definition,
    tasks,
    states,
    timeoutSeconds: typeof original.TimeoutSeconds === 'number' ? original.TimeoutSeconds : undefined,
  };
};

import { type AslState, isRecord, type Retrier, type TaskSpec } from './asl-types';

/**
 * How each state is rewritten so that aws-local-stepfunctions only does the data processing (paths, Parameters,
 * ResultSelector, intrinsic functions, Choice rules) while the engine does everything involving time, callbacks,
 * Retry, Catch, Map and Parallel:
 *  - Tasks keep their Parameters wrapped as `{ p: <Parameters>, t: <TimeoutSecondsPath>, h: <HeartbeatSecondsPath> }`;
 *  - Wait, Map and Parallel states become Tasks on the engine's own resources (so time and iterations are the
 *    engine's), keeping InputPath, ResultSelector, ResultPath and OutputPath for the library to apply;
 *  - Retry and Catch are removed (the engine applies them with Step Functions' matching rules);
 *  - `$$.Task.Token` and `$$.State.RetryCount` in Task Parameters become markers the task runner fills per attempt,
 *    and `$$.Execution.Input/StartTime` read the engine's values (the library would give its own run's).
 */

export const WAIT_RESOURCE = 'arn:dynaris:local:wait';
export const MAP_RESOURCE = 'arn:dynaris:local:map';
export const PARALLEL_RESOURCE = 'arn:dynaris:local:parallel';

export const MARKERS = {
  taskToken: '@@dynaris:$$.Task.Token@@',
  retryCount: '@@dynaris:$$.State.RetryCount@@',
} as const;

const TASK_MARKERS: Record<string, string> = {
  '$$.Task.Token': MARKERS.taskToken,
  '$$.State.RetryCount': MARKERS.retryCount,
};

/** Context fields the engine provides under its own names (the library overwrites Execution.Input/StartTime). */
export const ENGINE_CONTEXT = { input: 'DynarisInput', startTime: 'DynarisStartTime' } as const;
const EXECUTION_FIELD = /\$\$\.Execution\.(Input|StartTime)(?![A-Za-z0-9_])/g;

/**
 * Seconds the library's own Task timer is given (it defaults to 60 s and runs on real time). Just below the
 * setTimeout limit; the engine enforces the real TimeoutSeconds itself.
 */
const LIBRARY_TASK_TIMEOUT_SECONDS = 2_147_483;

const isPathKey = (key: string): boolean => key.endsWith('.$') || key.endsWith('Path') || key === 'Variable';

/** Every path or intrinsic reading `$$.Execution.Input|StartTime` reads the engine's context fields instead. */
export const rewriteExecutionPaths = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(rewriteExecutionPaths);
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] =
      typeof v === 'string' && isPathKey(key)
        ? v.replace(EXECUTION_FIELD, (_m, field: string) =>
            field === 'Input'
              ? `$$.Execution.${ENGINE_CONTEXT.input}`
              : `$$.Execution.${ENGINE_CONTEXT.startTime}`,
          )
        : rewriteExecutionPaths(v);
  }
  return out;
};

/** Replaces `"x.$": "$$.Task.Token"`-style entries by `"x": <marker>`, and `$$.State.Name` by the name (recursively). */
const rewriteTaskContext = (value: unknown, stateName: string): unknown => {
  if (Array.isArray(value)) return value.map((v) => rewriteTaskContext(v, stateName));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key.endsWith('.$') && typeof v === 'string') {
      const marker = TASK_MARKERS[v];
      if (marker) {
        out[key.slice(0, -2)] = marker;
        continue;
      }
      if (v === '$$.State.Name') {
        out[key.slice(0, -2)] = stateName;
        continue;
      }
    }
    out[key] = rewriteTaskContext(v, stateName);
  }
  return out;
};

/** Substitutes markers in a task payload with this attempt's values. */
export const substituteMarkers = (
  value: unknown,
  values: { taskToken?: string; retryCount: number },
): unknown => {
  if (typeof value === 'string') {
    if (value === MARKERS.taskToken) return values.taskToken ?? value;
    if (value === MARKERS.retryCount) return values.retryCount;
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => substituteMarkers(v, values));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = substituteMarkers(v, values);
    return out;
  }
  return value;
};

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const retriers = (state: AslState): Retrier[] =>
  Array.isArray(state.Retry) ? (state.Retry as Retrier[]) : [];

/** The fields the library applies around an engine resource: paths, result processing and the transition. */
const KEPT = ['Comment', 'InputPath', 'ResultSelector', 'ResultPath', 'OutputPath', 'Next', 'End'] as const;

/**
 * `parameters` undefined: the library hands the handler the effective input itself (any JSON value, a number
 * included, which a `$` path cannot select); the task runner then treats it as `p`.
 */
const engineTask = (
  state: AslState,
  resource: string,
  parameters: Record<string, unknown> | undefined,
): AslState => {
  const out: AslState = {
    Type: 'Task',
    Resource: resource,
    ...(parameters ? { Parameters: parameters } : {}),
    TimeoutSeconds: LIBRARY_TASK_TIMEOUT_SECONDS,
  };
  for (const key of KEPT) if (key in state) out[key] = state[key];
  return rewriteExecutionPaths(out) as AslState;
};

export const rewriteTask = (name: string, state: AslState): { state: AslState; spec: TaskSpec } => {
  const params: Record<string, unknown> = {};
  if ('Parameters' in state) params.p = rewriteTaskContext(state.Parameters, name);
  else params['p.$'] = '$';
  if (typeof state.TimeoutSecondsPath === 'string') params['t.$'] = state.TimeoutSecondsPath;
  if (typeof state.HeartbeatSecondsPath === 'string') params['h.$'] = state.HeartbeatSecondsPath;
  const raw = Object.keys(params).length === 1 && 'p.$' in params;
  return {
    state: engineTask(state, String(state.Resource), raw ? undefined : params),
    spec: {
      name,
      kind: 'task',
      resource: String(state.Resource),
      timeoutSeconds: num(state.TimeoutSeconds),
      heartbeatSeconds: num(state.HeartbeatSeconds),
      retry: retriers(state),
    },
  };
};

export const rewriteWait = (name: string, state: AslState): { state: AslState; spec: TaskSpec } => {
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
  const raw = Object.keys(params).length === 1;
  return {
    state: engineTask(state, WAIT_RESOURCE, raw ? undefined : params),
    spec: {
      name,
      kind: 'wait',
      resource: WAIT_RESOURCE,
      timeoutSeconds: undefined,
      heartbeatSeconds: undefined,
      retry: [],
      wait,
    },
  };
};

/** A Parallel state as a Task on the engine's Parallel runner; its branches are prepared by the caller. */
export const rewriteParallel = (
  name: string,
  state: AslState,
): { state: AslState; spec: Omit<TaskSpec, 'branches'> } => ({
  state: engineTask(state, PARALLEL_RESOURCE, undefined),
  spec: {
    name,
    kind: 'parallel',
    resource: PARALLEL_RESOURCE,
    timeoutSeconds: undefined,
    heartbeatSeconds: undefined,
    retry: retriers(state),
  },
});

/**
 * A Map state as a Task on the engine's Map runner. Everything the Map evaluates against its effective input is
 * passed in the Parameters for the library to evaluate: the items (ItemsPath), the dynamic concurrency and failure
 * tolerance, and the ItemReader / ItemBatcher / ResultWriter parameters.
 */
export const rewriteMap = (
  name: string,
  state: AslState,
): { state: AslState; spec: Omit<TaskSpec, 'map'> } => {
  const params: Record<string, unknown> = { 'p.$': '$' };
  if (typeof state.ItemsPath === 'string') params['items.$'] = state.ItemsPath;
  if (typeof state.MaxConcurrencyPath === 'string') params['maxConcurrency.$'] = state.MaxConcurrencyPath;
  if (typeof state.ToleratedFailurePercentagePath === 'string')
    params['toleratedPercentage.$'] = state.ToleratedFailurePercentagePath;
  if (typeof state.ToleratedFailureCountPath === 'string')
    params['toleratedCount.$'] = state.ToleratedFailureCountPath;
  const reader = isRecord(state.ItemReader) ? state.ItemReader : undefined;
  if (reader && 'Parameters' in reader) params.reader = reader.Parameters;
  const batcher = isRecord(state.ItemBatcher) ? state.ItemBatcher : undefined;
  if (batcher && 'BatchInput' in batcher) params.batchInput = batcher.BatchInput;
  if (typeof batcher?.MaxItemsPerBatchPath === 'string')
    params['maxItemsPerBatch.$'] = batcher.MaxItemsPerBatchPath;
  if (typeof batcher?.MaxInputBytesPerBatchPath === 'string')
    params['maxInputBytesPerBatch.$'] = batcher.MaxInputBytesPerBatchPath;
  const writer = isRecord(state.ResultWriter) ? state.ResultWriter : undefined;
  if (writer && 'Parameters' in writer) params.writer = writer.Parameters;
  const raw = Object.keys(params).length === 1;
  return {
    state: engineTask(state, MAP_RESOURCE, raw ? undefined : params),
    spec: {
      name,
      kind: 'map',
      resource: MAP_RESOURCE,
      timeoutSeconds: undefined,
      heartbeatSeconds: undefined,
      retry: retriers(state),
    },
  };
};

/** Pass, Choice, Succeed and Fail: only the execution context paths change. */
export const rewriteOther = (state: AslState): AslState => {
  const { Catch: _catch, Retry: _retry, ...rest } = state;
  return rewriteExecutionPaths(rest) as AslState;
};

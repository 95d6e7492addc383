import { evaluateIntrinsic, query, RuntimeError, STRING, testRule } from './asl-lean-rules';

/**
 * Stands in for aws-local-stepfunctions (~49 KB minified, with MD5/SHA hashing, Lambda calls, Map, Parallel, Wait,
 * Retry and event logs) in the bundle of the api-dry-run function (infra/constructs/function.ts
 * FUNCTION_BUNDLE_ALIASES). That function runs only compiled definitions, and the engine asks the library for the
 * data processing of one state at a time (functions/engine/mini.ts, prepare-states.ts): Task (with a local handler),
 * Pass, Choice, Succeed and Fail, without Retry or Catch, paths being reference paths, intrinsics those the compiler
 * writes (States.Format, Array, ArrayContains, ArrayLength, Base64Decode, JsonMerge, StringToJson). For those this module answers
 * what aws-local-stepfunctions 3.0 answers, its errors' names and messages and its quirks included (a Pass whose
 * Result is falsy passes its input; ResultPath replaces only the first `$.`); anything else fails naming itself
 * instead of answering differently. test/unit/engine-asl-lean.test.ts compares both on generated states, and
 * test/integration/engine/dry-run-bundled.test.ts dry-runs every template and random workflows with the bundle.
 */

export interface StateMachineOptions {
  readonly validationOptions?: { readonly noValidate?: boolean };
}

export interface RunOptions {
  readonly overrides?: {
    readonly taskResourceLocalHandlers?: Readonly<Record<string, (input: never) => Promise<unknown>>>;
  };
  readonly context?: Record<string, unknown>;
}

type State = Record<string, unknown>;
interface Definition {
  readonly StartAt: string;
  readonly States: Readonly<Record<string, State>>;
}

/** The library's ExecutionError: the run failed with `cause`. */
export class ExecutionError extends Error {
  constructor(caught: Error) {
    super(`Execution has failed with the following error: ${caught.message}`, { cause: caught });
    this.name = 'ExecutionError';
  }
}

class FailStateError extends RuntimeError {
  constructor(name = 'FailStateError', message = 'Execution failed because of a Fail state') {
    super(message);
    this.name = name;
  }
}

class NamedRuntimeError extends RuntimeError {
  constructor(name: string) {
    super(name);
    this.name = name;
  }
}

const refuse = (what: string): never => {
  throw new Error(`${what}: this function's stand-in for aws-local-stepfunctions runs only compiled states`);
};

const isPlainObj = (value: unknown): value is Record<string, unknown> =>
  !!value && Object.getPrototypeOf(value) === Object.prototype;

/**
 * The library's copy of the input, kept: States.JsonMerge assigns into its first argument, a path's object, which
 * may be one the engine still holds (a nested forEach's `$.outer`, a parallel branch's steps); engine-asl-lean's
 * tests check the input given is unchanged.
 */
const cloneJSON = (value: unknown): unknown => {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneJSON);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneJSON(v)]));
};

/** The library's setJSONPath: `value` placed at `path` (`a.b[0]`) in a copy of `obj`, creating what is missing. */
const setPath = (obj: unknown, path: string, value: unknown): unknown => {
  const segments: (string | number)[] = [];
  let current = '';
  let i = 0;
  while (i < path.length) {
    const ch = path[i] as string;
    if (ch === '.') {
      if (current.length > 0) segments.push(current);
      current = '';
      i++;
    } else if (ch === '[') {
      if (current.length > 0) segments.push(current);
      current = '';
      i++;
      const quote = path[i];
      if (quote === '"' || quote === "'") {
        i++;
        while (i < path.length && path[i] !== quote) current += path[i++];
        i++;
        segments.push(current);
      } else {
        while (i < path.length && path[i] !== ']') current += path[i++];
        segments.push(Number.parseInt(current, 10));
      }
      current = '';
      i++;
    } else {
      current += ch;
      i++;
    }
  }
  if (current.length > 0) segments.push(current);
  const at = (target: unknown, rest: readonly (string | number)[]): unknown => {
    if (rest.length === 0) return value;
    const [head, ...tail] = rest as [string | number, ...(string | number)[]];
    if (typeof head === 'number') {
      const arr: unknown[] = Array.isArray(target) ? [...target] : [];
      arr[head] = at(arr[head] !== undefined ? arr[head] : null, tail);
      return arr;
    }
    const o: Record<string, unknown> =
      typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...target } : {};
    o[head] = at(o[head] !== undefined ? o[head] : null, tail);
    return o;
  };
  return at(obj, segments);
};

/** The library's processPayloadTemplate: `.$` keys read a path or call an intrinsic function. */
const payload = (template: unknown, json: unknown, context: unknown): unknown => {
  if (typeof template !== 'object' || template === null) return template;
  if (Array.isArray(template)) return template.map((v) => payload(v, json, context));
  return Object.fromEntries(
    Object.entries(template).map(([key, value]) => {
      let name = key;
      let resolved: unknown = value;
      if (Array.isArray(value)) resolved = value.map((v) => payload(v, json, context));
      if (isPlainObj(value)) resolved = payload(value, json, context);
      if (key.endsWith('.$') && typeof value === 'string') {
        name = key.replace('.$', '');
        resolved = value.startsWith('$')
          ? query(value, json, context)
          : evaluateIntrinsic(value, json, context);
      }
      return [name, resolved];
    }),
  );
};

const selectPath = (path: unknown, value: unknown, context: unknown): unknown =>
  path === undefined ? value : path === null ? {} : query(path as string, value, context);

interface Step {
  readonly result: unknown;
  readonly next: string;
  readonly end: boolean;
}

const after = (state: State, result: unknown): Step => ({
  result,
  next: 'Next' in state ? (state.Next as string) : '',
  end: 'End' in state ? (state.End as boolean) : false,
});

type Handlers = NonNullable<RunOptions['overrides']>['taskResourceLocalHandlers'];

/** The state's own work (the library's <Type>StateAction.execute), on its processed input. */
const act = async (
  name: string,
  state: State,
  processed: unknown,
  context: Record<string, unknown>,
  handlers: Handlers,
): Promise<Step> => {
  switch (state.Type) {
    case 'Task': {
      const handler = handlers?.[name];
      if (!handler) return refuse(`Task "${name}" has no local handler (${String(state.Resource)})`);
      // The library times a Task out after TimeoutSeconds (60 by default) or a TimeoutSecondsPath; the engine gives
      // it ~24 days (prepare-states.ts) and enforces the real timeout itself, its stub Tasks answer at once.
      if (!state.TimeoutSeconds && 'TimeoutSecondsPath' in state)
        refuse(`Task "${name}" has a TimeoutSecondsPath`);
      const result = await Promise.race([(handler as (input: unknown) => Promise<unknown>)(processed)]);
      return after(state, result);
    }
    case 'Pass':
      return after(state, state.Result ? state.Result : processed);
    case 'Succeed':
      return { result: processed, next: '', end: true };
    case 'Choice': {
      const matched = (state.Choices as State[]).find((rule) => testRule(rule, processed, context));
      if (matched) return { result: processed, next: matched.Next as string, end: false };
      if (state.Default) return { result: processed, next: state.Default as string, end: false };
      throw new NamedRuntimeError('States.NoChoiceMatched');
    }
    case 'Fail': {
      const error = state.ErrorPath
        ? query(state.ErrorPath as string, processed, context, { constraint: STRING })
        : state.Error;
      const cause = state.CausePath
        ? query(state.CausePath as string, processed, context, { constraint: STRING })
        : state.Cause;
      throw new FailStateError(error as string | undefined, cause as string | undefined);
    }
    default:
      return refuse(`State "${name}" is a ${String(state.Type)} state`);
  }
};

/** The library's StateExecutor.execute<Type>State: one more asynchronous step around the action. */
const perform = async (
  name: string,
  state: State,
  processed: unknown,
  context: Record<string, unknown>,
  handlers: Handlers,
): Promise<Step> => {
  const step = await act(name, state, processed, context, handlers);
  return step;
};

/**
 * One state of the machine, as the library's StateExecutor runs it without Retry and Catch. Its asynchronous steps
 * are the library's, one for one (perform, act, the race around a Task's handler): the engine runs parallel
 * branches side by side, and the order in which their steps end (a dry run's step list) follows these steps.
 */
const runState = async (
  name: string,
  state: State,
  input: unknown,
  context: Record<string, unknown>,
  handlers: Handlers,
): Promise<Step> => {
  if ('Retry' in state || 'Catch' in state)
    refuse(`State "${name}" has Retry or Catch (the engine's to apply)`);
  const rawInput = cloneJSON(input);
  let processed = input;
  if ('InputPath' in state) processed = selectPath(state.InputPath, processed, context);
  if ('Parameters' in state) processed = payload(state.Parameters, processed, context);
  const step = await perform(name, state, processed, context, handlers);
  let result = step.result;
  if ('ResultSelector' in state) result = payload(state.ResultSelector, result, context);
  if ('ResultPath' in state) {
    const path = state.ResultPath as string | null | undefined;
    if (path === null) result = rawInput;
    else if (path !== undefined) {
      if (!isPlainObj(rawInput)) throw new NamedRuntimeError('States.ResultPathMatchFailure');
      result = setPath(rawInput, path.replace('$.', ''), result);
    }
  }
  if ('OutputPath' in state) result = selectPath(state.OutputPath, result, context);
  return { ...step, result };
};

/** aws-local-stepfunctions' StateMachine for the states above: `run(input).result` is the last state's output. */
export class StateMachine {
  private readonly definition: Definition;

  constructor(definition: unknown, options?: StateMachineOptions) {
    if (!options?.validationOptions?.noValidate) refuse('Validating a definition (noValidate is not set)');
    this.definition = definition as Definition;
  }

  run(input: unknown, options?: RunOptions): { readonly result: Promise<unknown> } {
    // The library races the run against its abort and timeout signals: the same asynchronous step.
    return { result: Promise.race([this.execute(input, options)]) };
  }

  private async execute(input: unknown, options: RunOptions | undefined): Promise<unknown> {
    const given = options?.context ?? {};
    const context = {
      ...given,
      Execution: {
        ...(given.Execution as Record<string, unknown> | undefined),
        Input: input,
        StartTime: new Date().toISOString(),
      },
    };
    let name = this.definition.StartAt;
    let current = cloneJSON(input);
    try {
      for (;;) {
        const state = this.definition.States[name] as State;
        const step = await runState(
          name,
          state,
          current,
          context,
          options?.overrides?.taskResourceLocalHandlers,
        );
        current = step.result;
        name = step.next;
        if (step.end) return current;
      }
    } catch (error) {
      throw new ExecutionError(error as Error);
    }
  }
}

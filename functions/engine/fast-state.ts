import type { AslState } from './asl-types';
import { MISS, type Miss } from './miss';

/**
 * Task and Pass states evaluated without aws-local-stepfunctions when all they use is the common subset: plain
 * reference paths (`$`, `$.a.b-c`, `$.list[0]`, `$$.Execution.Id`) and `States.Format` over such paths,
 * literals and `States.Base64Decode('literal')` (constant: the compiler's way to write parentheses), in InputPath, Parameters, ResultSelector, ResultPath and OutputPath. The result is the library's, to
 * the byte (test/unit/engine-fast-state.test.ts compares both on generated inputs); what the subset does not
 * cover goes to the library, which stays the reference:
 *  - a state with any other field, path form or intrinsic is never compiled here;
 *  - a path that selects nothing, is applied to a null or other falsy document (`$` on null: AWS's States.Runtime),
 *    or walks through anything but objects and arrays (or a Format argument of another type) gives MISS, and the caller lets the library evaluate that part: its value or its own error.
 * Why: jsonpath-plus throws and catches an Error for every scalar it returns, so each state cost about a
 * millisecond and a 10,000-item Distributed Map took minutes.
 */

export { MISS } from './miss';

type Json = unknown;
type Evaluator = (input: Json, context: Json) => Json | Miss;

const SIMPLE_PATH = /^\$(\$?)((?:\.[A-Za-z_][A-Za-z0-9_-]*|\[\d+\])*)$/;
const SEGMENT = /\.([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]/g;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A reference path of the subset, or undefined. */
export const compilePath = (path: string): Evaluator | undefined => {
  const match = SIMPLE_PATH.exec(path);
  if (!match) return undefined;
  const fromContext = match[1] === '$';
  const segments: (string | number)[] = [];
  for (const m of (match[2] ?? '').matchAll(SEGMENT)) {
    segments.push(m[1] !== undefined ? m[1] : Number(m[2]));
  }
  // The library's run adds its own Execution.Input and StartTime: whole objects holding them stay its job.
  if (fromContext && (segments.length === 0 || (segments[0] === 'Execution' && segments.length === 1))) {
    return undefined;
  }
  return (input, context) => {
    let node: unknown = fromContext ? context : input;
    // A path applied to a null (or other falsy) document: AWS fails the state with States.Runtime ("Unable to
    // apply Path transformation to null or empty input"), and jsonpath-plus selects nothing from a falsy document
    // (so the library fails it too). Its error is the library's to raise.
    if (!node) return MISS;
    for (const segment of segments) {
      if (typeof segment === 'number') {
        if (!Array.isArray(node) || segment >= node.length) return MISS;
        node = node[segment];
      } else {
        if (!isPlainObject(node) || !Object.hasOwn(node, segment)) return MISS;
        node = node[segment];
      }
    }
    // jsonpath-plus (wrap: false) answers "nothing" for undefined and unwraps nothing else.
    return node === undefined ? MISS : node;
  };
};

/** The library's argument split for intrinsic functions (quotes and parentheses respected). */
const splitArguments = (args: string): string[] => {
  const out: string[] = [];
  let partial = '';
  let parens = 0;
  let quoted = false;
  for (let i = 0; i < args.length; i++) {
    const char = args[i] as string;
    if (char === '(') parens++;
    else if (char === ')') parens--;
    if (char === "'" && partial[partial.length - 1] !== '\\') quoted = !quoted;
    if ((char === ',' && parens === 0 && !quoted) || i === args.length - 1) {
      if (i === args.length - 1) partial += char;
      out.push(partial.trim());
      partial = '';
    } else {
      partial += char;
    }
  }
  return out;
};

const FORMAT = /^States\.Format\((.*)\)$/s;
/** `States.Base64Decode('literal')`, which the compiler writes for characters a Format template cannot hold. */
const BASE64_LITERAL = /^States\.Base64Decode\('([^']*)'\)$/;
const BASE64_MAX = 10_000;

/** The library's value of a nested `States.Base64Decode('literal')` (a constant), or undefined for it to evaluate. */
const decodedLiteral = (arg: string): string | undefined => {
  const literal = BASE64_LITERAL.exec(arg)?.[1];
  if (literal === undefined || literal.length > BASE64_MAX) return undefined;
  try {
    return atob(literal); // Format removes backslashes from its whole result
  } catch {
    return undefined; // not Base64: the library's error
  }
};
const FORMAT_ARGUMENT_TYPES = new Set(['string', 'number', 'boolean']);

/** `States.Format('...{}...', $.path | 'literal' | number | true | false | null, ...)`, or undefined. */
const compileFormat = (expression: string): Evaluator | undefined => {
  const inner = FORMAT.exec(expression)?.[1];
  if (inner === undefined || inner.includes('\\')) return undefined;
  const [template, ...rest] = splitArguments(inner);
  if (!template?.startsWith("'") || !template.endsWith("'") || template.length < 2) return undefined;
  const text = template.slice(1, -1);
  if (text.includes("'")) return undefined;
  const args: Evaluator[] = [];
  for (const arg of rest) {
    if (arg.startsWith('States')) {
      const decoded = decodedLiteral(arg);
      if (decoded === undefined) return undefined;
      args.push(() => decoded);
      continue;
    }
    if (arg.startsWith("'")) {
      if (!arg.endsWith("'") || arg.length < 2 || arg.slice(1, -1).includes("'")) return undefined;
      const literal = arg.slice(1, -1);
      args.push(() => literal);
    } else if (arg.startsWith('$')) {
      const path = compilePath(arg);
      if (!path) return undefined;
      args.push(path);
    } else {
      let literal: unknown;
      try {
        literal = JSON.parse(arg);
      } catch {
        return undefined;
      }
      if (literal !== null && !FORMAT_ARGUMENT_TYPES.has(typeof literal)) return undefined;
      args.push(() => literal);
    }
  }
  if ((text.match(/\{\}/g)?.length ?? 0) !== args.length) return undefined;
  return (input, context) => {
    const values: unknown[] = [];
    for (const arg of args) {
      const value = arg(input, context);
      if (value === MISS || (value !== null && !FORMAT_ARGUMENT_TYPES.has(typeof value))) return MISS;
      values.push(value);
    }
    let i = 0;
    return text.replace(/\{\}/g, () => String(values[i++])).replaceAll('\\', '');
  };
};

/** A payload template (Parameters, ResultSelector) of the subset, or undefined. */
export const compileTemplate = (template: unknown): Evaluator | undefined => {
  if (typeof template !== 'object' || template === null) return () => template;
  if (Array.isArray(template)) {
    const items = template.map(compileTemplate);
    if (items.some((item) => item === undefined)) return undefined;
    return (input, context) => {
      const out: unknown[] = [];
      for (const item of items as Evaluator[]) {
        const value = item(input, context);
        if (value === MISS) return MISS;
        out.push(value);
      }
      return out;
    };
  }
  const fields: [string, Evaluator][] = [];
  for (const [key, value] of Object.entries(template)) {
    const dollar = key.indexOf('.$');
    if (dollar >= 0) {
      if (dollar !== key.length - 2 || typeof value !== 'string') return undefined;
      const evaluator = value.startsWith('$') ? compilePath(value) : compileFormat(value);
      if (!evaluator) return undefined;
      fields.push([key.slice(0, -2), evaluator]);
    } else {
      const evaluator = compileTemplate(value);
      if (!evaluator) return undefined;
      fields.push([key, evaluator]);
    }
  }
  return (input, context) => {
    const out: Record<string, unknown> = {};
    for (const [key, evaluator] of fields) {
      const value = evaluator(input, context);
      if (value === MISS) return MISS;
      out[key] = value;
    }
    return out;
  };
};

const RESULT_PATH = /^\$((?:\.[A-Za-z_][A-Za-z0-9_-]*)+)$/;

/** The library's ResultPath: a copy-on-write set through plain objects, replacing anything else on the way. */
const compileResultPath = (path: string): ((raw: Json, result: Json) => Json) | undefined => {
  const match = RESULT_PATH.exec(path);
  if (!match) return undefined;
  const segments = (match[1] as string).slice(1).split('.');
  const set = (target: unknown, at: number, result: unknown): unknown => {
    if (at === segments.length) return result;
    const copy = isPlainObject(target) ? { ...target } : {};
    const key = segments[at] as string;
    const existing = copy[key];
    copy[key] = set(existing !== undefined ? existing : null, at + 1, result);
    return copy;
  };
  return (raw, result) => {
    if (!isPlainObject(raw)) {
      const error = new Error('States.ResultPathMatchFailure');
      error.name = 'States.ResultPathMatchFailure';
      throw error;
    }
    return set(raw, 0, result);
  };
};

/** Whole-value paths: absent (identity), null (`{}`), or a reference path of the subset. */
const compileSelection = (state: AslState, field: string): Evaluator | null | undefined => {
  if (!(field in state)) return (input) => input;
  const path = state[field];
  if (path === null) return () => ({});
  return typeof path === 'string' ? compilePath(path) : undefined;
};

const TASK_FIELDS = new Set([
  'Type',
  'Resource',
  'Parameters',
  'InputPath',
  'ResultSelector',
  'ResultPath',
  'OutputPath',
  'TimeoutSeconds',
  'Comment',
  'Next',
  'End',
]);
const PASS_FIELDS = new Set([
  'Type',
  'Parameters',
  'InputPath',
  'ResultPath',
  'OutputPath',
  'Result',
  'Comment',
  'Next',
  'End',
]);

/** A state's evaluation around its task handler; `undefined` parts fall back to the library. */
export interface FastState {
  /** The effective input (InputPath, then Parameters), or MISS. */
  readonly input: Evaluator;
  /** The state's result from its effective input: the task handler's, or the Pass state's Result. */
  readonly result: 'task' | ((effective: Json) => Json);
  /** ResultSelector, or MISS. */
  readonly select: Evaluator;
  /** ResultPath applied to the raw input. */
  readonly place: (raw: Json, result: Json) => Json;
  /** OutputPath, or MISS. */
  readonly output: Evaluator;
  /** The next state, or null at the end of the scope. */
  readonly next: string | null;
  /** The ResultSelector template and the OutputPath, for the library to evaluate after a MISS. */
  readonly resultSelector: object | undefined;
  readonly outputPath: string | null | undefined;
}

/** A Task or Pass state of the subset, or undefined (the library runs it). */
export const compileFastState = (state: AslState): FastState | undefined => {
  const allowed = state.Type === 'Task' ? TASK_FIELDS : state.Type === 'Pass' ? PASS_FIELDS : undefined;
  if (!allowed || Object.keys(state).some((key) => !allowed.has(key))) return undefined;
  const next = typeof state.Next === 'string' ? state.Next : state.End === true ? null : undefined;
  if (next === undefined) return undefined;
  const inputPath = compileSelection(state, 'InputPath');
  const parameters = 'Parameters' in state ? compileTemplate(state.Parameters) : (input: Json) => input;
  const selector =
    'ResultSelector' in state ? compileTemplate(state.ResultSelector) : (result: Json) => result;
  const outputPath = compileSelection(state, 'OutputPath');
  let place: FastState['place'] | undefined;
  if (!('ResultPath' in state)) place = (_raw, result) => result;
  else if (state.ResultPath === null) place = (raw) => raw;
  else if (typeof state.ResultPath === 'string') place = compileResultPath(state.ResultPath);
  if (!inputPath || !parameters || !selector || !outputPath || !place) return undefined;
  const staticResult = state.Result;
  return {
    input: (input, context) => {
      const selected = inputPath(input, context);
      return selected === MISS ? MISS : parameters(selected, context);
    },
    // The library's Pass returns Result only when it is truthy.
    result: state.Type === 'Task' ? 'task' : (effective) => (staticResult ? staticResult : effective),
    select: selector,
    place,
    output: outputPath,
    next,
    resultSelector: 'ResultSelector' in state ? (state.ResultSelector as object) : undefined,
    outputPath: 'OutputPath' in state ? (state.OutputPath as string | null) : undefined,
  };
};

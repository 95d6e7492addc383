import { JSONPath } from './jsonpath-lean';

/**
 * What the api-dry-run function's stand-in for aws-local-stepfunctions (asl-lean.ts) evaluates besides paths: Choice
 * rules and the intrinsic functions the compiler writes, each as aws-local-stepfunctions 3.0 evaluates it, errors
 * (name and message) included. test/unit/engine-asl-lean.test.ts compares both on generated states.
 */

/** aws-local-stepfunctions' RuntimeError: an error a state raises, with its Step Functions name. */
export class RuntimeError extends Error {
  retryable = true;
  catchable = true;
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'RuntimeError';
  }
  get isRetryable(): boolean {
    return this.retryable;
  }
  get isCatchable(): boolean {
    return this.catchable;
  }
}

export class StatesRuntimeError extends RuntimeError {
  constructor(message = 'States.Runtime') {
    super(message);
    this.name = 'States.Runtime';
    this.retryable = false;
    this.catchable = false;
  }
}

type Constraint = (path: string, value: unknown) => void;

const isPlainObj = (value: unknown): value is Record<string, unknown> =>
  !!value && Object.getPrototypeOf(value) === Object.prototype;

const RFC3339 =
  /^\d{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(\.\d+)?(Z|(\+|-)([01][0-9]|2[0-3]):([0-5][0-9]))$/;
const isRfc3339 = (value: unknown): boolean => RFC3339.test(value as string);

const expected =
  (what: string, test: (value: unknown) => boolean): Constraint =>
  (path, value) => {
    if (!test(value))
      throw new StatesRuntimeError(
        `Path expression '${path}' evaluated to ${JSON.stringify(value)}, but expected ${what}`,
      );
  };
export const STRING = expected('a string', (v) => typeof v === 'string');
const NUMBER = expected('a number', (v) => typeof v === 'number');
const BOOLEAN = expected('a boolean', (v) => typeof v === 'boolean');
const TIMESTAMP = expected(
  'a timestamp conforming to the RFC3339 profile',
  (v) => typeof v === 'string' && isRfc3339(v),
);

/** The library's jsonPathQuery: the value at a reference path (`$$` reads the context), which must be defined. */
export const query = (
  path: string,
  json: unknown,
  context: unknown,
  options: { readonly constraint?: Constraint; readonly mayBeUndefined?: boolean } = {},
): unknown => {
  const value = path.startsWith('$$')
    ? JSONPath({ path: path.slice(1), json: context ?? null, wrap: false })
    : JSONPath({ path, json, wrap: false });
  if (!options.mayBeUndefined && value === undefined)
    throw new StatesRuntimeError(`Path expression '${path}' does not point to a value`);
  options.constraint?.(path, value);
  return value;
};

/**
 * StringMatches as the library's wildcard-match 2 (`separator: false`) reads it: `*` is any run of characters but line
 * ends, `?` one, a backslash makes the next character literal (a last one is dropped); the whole string must match.
 * Matched without a regular expression: the usual wildcard scan, going back only to the last `*`, which is exact here
 * because neither wildcard takes a line end (each one of the string is a literal one of the pattern, in order).
 */
const ANY = 0;
const STAR = 1;
const isLineEnd = (c: string | undefined): boolean =>
  c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
const wildcard = (pattern: string): ((sample: unknown) => boolean) => {
  const tokens: (string | typeof ANY | typeof STAR)[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\') {
      if (i < pattern.length - 1) tokens.push(pattern[++i] as string);
    } else tokens.push(c === '?' ? ANY : c === '*' ? STAR : c);
  }
  return (sample) => {
    if (typeof sample !== 'string')
      throw new TypeError(`Sample must be a string, but ${typeof sample} given`);
    let t = 0;
    let i = 0;
    let starT = -1;
    let starI = -1;
    while (i < sample.length) {
      const token = tokens[t];
      const c = sample[i];
      if (token === STAR) {
        starT = t++;
        starI = i;
      } else if (token !== undefined && (token === ANY ? !isLineEnd(c) : token === c)) {
        t++;
        i++;
      } else if (starT >= 0 && !isLineEnd(sample[starI])) {
        t = starT + 1;
        i = ++starI;
      } else {
        return false;
      }
    }
    while (tokens[t] === STAR) t++;
    return t === tokens.length;
  };
};

type Rule = Record<string, unknown>;
type Compare = (a: never, b: never) => boolean;
const COMPARE: Record<string, Compare> = {
  Equals: (a, b) => a === b,
  LessThan: (a, b) => a < b,
  GreaterThan: (a, b) => a > b,
  LessThanEquals: (a, b) => a <= b,
  GreaterThanEquals: (a, b) => a >= b,
};
const KIND: Record<string, Constraint> = { String: STRING, Numeric: NUMBER, Boolean: BOOLEAN };
const COMPARISON =
  /^(String|Numeric|Boolean|Timestamp)(Equals|LessThan|GreaterThan|LessThanEquals|GreaterThanEquals)(Path)?$/;
const IS = { IsNumeric: 'number', IsString: 'string', IsBoolean: 'boolean' } as const;

/** The first operator of a rule, in the library's order of tests (And, Or, Not, comparisons, then the Is tests). */
const comparisons = (kind: string, ops: readonly string[]) =>
  ops.flatMap((op) => [`${kind}${op}`, `${kind}${op}Path`]);
const ORDER = [
  'And',
  'Or',
  'Not',
  ...comparisons('String', Object.keys(COMPARE)),
  'StringMatches',
  ...comparisons('Numeric', Object.keys(COMPARE)),
  ...comparisons('Boolean', ['Equals']),
  ...comparisons('Timestamp', Object.keys(COMPARE)),
  'IsNull',
  'IsPresent',
  'IsNumeric',
  'IsString',
  'IsBoolean',
  'IsTimestamp',
];

/** One Choice rule's answer for `input`, as the library's ChoiceStateAction.testChoiceRule gives it. */
export const testRule = (rule: Rule, input: unknown, context: unknown): boolean => {
  const op = ORDER.find((key) => key in rule);
  if (op === undefined) return false;
  const operand = rule[op];
  if (op === 'And') return (operand as Rule[]).every((r) => testRule(r, input, context));
  if (op === 'Or') return (operand as Rule[]).some((r) => testRule(r, input, context));
  if (op === 'Not') return !testRule(operand as Rule, input, context);
  const variable = rule.Variable as string;
  if (op === 'IsPresent')
    return !!operand && query(variable, input, context, { mayBeUndefined: true }) !== undefined;
  const value = query(variable, input, context);
  if (op === 'IsNull') return !!operand && value === null;
  if (op === 'IsTimestamp') return !!operand && isRfc3339(value);
  if (op in IS) return !!operand && typeof value === IS[op as keyof typeof IS];
  if (op === 'StringMatches') return wildcard(operand as string)(value);
  const [, kind, comparison, byPath] = COMPARISON.exec(op) as unknown as [string, string, string, string?];
  const compare = COMPARE[comparison] as (a: unknown, b: unknown) => boolean;
  if (kind === 'Timestamp') {
    const other = byPath ? query(operand as string, input, context, { constraint: TIMESTAMP }) : operand;
    const a = new Date(value as string);
    const b = new Date(other as string);
    return comparison === 'Equals' ? a.getTime() === b.getTime() : compare(a, b);
  }
  const other = byPath
    ? query(operand as string, input, context, { constraint: KIND[kind] as Constraint })
    : operand;
  return compare(value, other);
};

interface Intrinsic {
  readonly name: string;
  /** Allowed types of each argument; the last one repeats when `variadic`. */
  readonly types: readonly (readonly string[])[];
  readonly exact?: number;
  readonly min?: number;
  readonly variadic?: boolean;
  readonly run: (...args: never[]) => unknown;
}

const typeOk = (type: string, v: unknown): boolean =>
  type === 'any' ||
  (type === 'null'
    ? v === null
    : type === 'array'
      ? Array.isArray(v)
      : type === 'object'
        ? isPlainObj(v)
        : typeof v === type);

/** The library's isEqualJSON: deep equality of JSON values, arrays in order, objects by their keys. */
const equalJson = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => equalJson(v, b[i]));
  }
  const aObj = a as Record<string, unknown>;
  const bObj = b as Record<string, unknown>;
  const aKeys = Object.keys(aObj);
  if (aKeys.length !== Object.keys(bObj).length) return false;
  return aKeys.every((k) => Object.hasOwn(bObj, k) && equalJson(aObj[k], bObj[k]));
};

/** The intrinsic functions the compiler writes (statemachines/compile), with the library's argument checks. */
const INTRINSICS: Record<string, Intrinsic> = {
  'States.Format': {
    name: 'States.Format',
    min: 1,
    types: [['string'], ['string', 'boolean', 'number', 'null']],
    variadic: true,
    run: (template: string, ...values: unknown[]) => {
      if ((template.match(/\{\}/g)?.length ?? 0) !== values.length)
        throw new StatesRuntimeError(
          'Number of arguments in States.Format do not match the occurrences of {}',
        );
      let i = 0;
      return template.replace(/\{\}/g, () => values[i++] as string);
    },
  },
  'States.StringToJson': {
    name: 'States.StringToJson',
    exact: 1,
    types: [['string']],
    run: (text: string) => JSON.parse(text),
  },
  'States.Array': {
    name: 'States.Array',
    types: [['any']],
    variadic: true,
    run: (...args: unknown[]) => args,
  },
  'States.ArrayContains': {
    name: 'States.ArrayContains',
    exact: 2,
    types: [['array'], ['any']],
    run: (array: unknown[], value: unknown) => array.some((element) => equalJson(element, value)),
  },
  'States.ArrayLength': {
    name: 'States.ArrayLength',
    exact: 1,
    types: [['array']],
    run: (array: unknown[]) => array.length,
  },
  'States.Base64Decode': {
    name: 'States.Base64Decode',
    exact: 1,
    types: [['string']],
    run: (text: string) => {
      if (text.length > 1e4)
        throw new StatesRuntimeError(
          'Intrinsic function States.Base64Decode cannot decode a Base64 string with more than 10,000 characters',
        );
      return atob(text);
    },
  },
  'States.JsonMerge': {
    name: 'States.JsonMerge',
    exact: 3,
    types: [['object'], ['object'], ['boolean']],
    run: (a: object, b: object, deep: boolean) => {
      if (deep)
        throw new StatesRuntimeError(
          'Deep merge option is not supported in States.JsonMerge. Third argument must be set to false instead of true',
        );
      return Object.assign(a, b);
    },
  },
};

const checkArguments = (f: Intrinsic, args: unknown[]): void => {
  const n = args.length;
  if (f.exact !== undefined && n !== f.exact)
    throw new StatesRuntimeError(
      `Intrinsic function ${f.name} expects exactly ${f.exact} arguments, but received ${n}`,
    );
  if (f.min !== undefined && n < f.min)
    throw new StatesRuntimeError(
      `Intrinsic function ${f.name} expects at least ${f.min} arguments, but received ${n}`,
    );
  const fixed = f.variadic ? f.types.length - 1 : f.types.length;
  for (let i = 0; i < n; i++) {
    if (i >= fixed && !f.variadic) break;
    const types = f.types[Math.min(i, f.types.length - 1)] as readonly string[];
    const arg = args[i];
    if (i < fixed && arg === undefined) break;
    if (!types.some((t) => typeOk(t, arg)))
      throw new StatesRuntimeError(
        `Intrinsic function ${f.name} expected argument ${i + 1} to be of type ${types.map((t) => `'${t}'`).join(' | ')}, but received ${typeof arg}`,
      );
  }
};

/** An argument as the library parses it: a quoted string, a path's value, or JSON. */
const parseArgument = (arg: string, input: unknown, context: unknown): unknown => {
  if (arg[0] === "'") return arg.slice(1, arg.lastIndexOf("'"));
  if (arg[0] === '$') return query(arg, input, context);
  return JSON.parse(arg);
};

/** An intrinsic function call (`States.Format('{}', $.a)`) evaluated as the library evaluates it. */
export const evaluateIntrinsic = (call: string, input: unknown, context: unknown): unknown => {
  const open = call.indexOf('(');
  const name = call.slice(0, open);
  const f = INTRINSICS[name];
  if (!f)
    throw new Error(
      `Intrinsic function ${name} is not one the compiler writes: this function's stand-in for aws-local-stepfunctions evaluates only ${Object.keys(INTRINSICS).join(', ')}`,
    );
  const text = call.slice(open + 1, call.length - 1);
  const raw: string[] = [];
  let partial = '';
  let parens = 0;
  let quotes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '(') parens++;
    else if (c === ')') parens--;
    if (c === "'" && partial[partial.length - 1] !== '\\') quotes = quotes === 1 ? 0 : 1;
    if ((c === ',' && parens === 0 && quotes === 0) || i === text.length - 1) {
      if (i === text.length - 1) partial += c;
      partial = partial.trim();
      raw.push(
        partial.startsWith('States') ? JSON.stringify(evaluateIntrinsic(partial, input, context)) : partial,
      );
      partial = '';
    } else {
      partial += c;
    }
  }
  const args = raw.map((arg) => parseArgument(arg, input, context));
  checkArguments(f, args);
  const result = f.run(...(args as never[]));
  return typeof result === 'string' ? result.replaceAll('\\', '') : result;
};

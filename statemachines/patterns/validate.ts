import { patternComplexity, TOO_COMPLEX_MESSAGE, WILDCARD_COMPLEXITY_LIMIT } from './complexity';
import { parseCidr } from './ip';
import {
  describe,
  isOperator,
  isPlainObject,
  join,
  MAX_PATTERN_LENGTH,
  NUMERIC_LIMIT,
  OPERATORS,
  type PatternProblem,
} from './shape';
import { checkWildcard } from './wildcard';

/**
 * Every reason EventBridge would refuse the pattern, each with the path of the offending part
 * (`detail.lead.status[0].prefix`). Empty when the pattern is valid. An empty top-level pattern is accepted
 * here and matches every event (a trigger with no filter); empty nested objects are refused.
 */
export const validatePattern = (pattern: unknown): PatternProblem[] => {
  const problems: PatternProblem[] = [];
  if (!isPlainObject(pattern)) {
    problems.push({ path: '', message: `a pattern must be a JSON object, not ${describe(pattern)}` });
    return problems;
  }
  const length = JSON.stringify(pattern).length;
  if (length > MAX_PATTERN_LENGTH) {
    problems.push({
      path: '',
      message: `the pattern is ${length} characters of JSON; EventBridge allows at most ${MAX_PATTERN_LENGTH}`,
    });
  }
  validateObject(pattern, '', problems);
  if (problems.length === 0 && patternComplexity(pattern) > WILDCARD_COMPLEXITY_LIMIT)
    problems.push({ path: '', message: TOO_COMPLEX_MESSAGE });
  return problems;
};

const validateObject = (pattern: Record<string, unknown>, path: string, problems: PatternProblem[]): void => {
  for (const [key, value] of Object.entries(pattern)) {
    const at = join(path, key);
    if (key === '$or') {
      validateOr(value, at, problems);
    } else if (Array.isArray(value)) {
      validateMatchers(value, at, problems);
    } else if (isPlainObject(value)) {
      if (Object.keys(value).length === 0)
        problems.push({ path: at, message: 'a nested pattern must not be empty' });
      else validateObject(value, at, problems);
    } else {
      problems.push({
        path: at,
        message: `must be an array of values to match (e.g. [${JSON.stringify(value) ?? 'null'}]) or a nested object, not ${describe(value)}`,
      });
    }
  }
};

const validateOr = (value: unknown, path: string, problems: PatternProblem[]): void => {
  if (!Array.isArray(value) || value.length < 2) {
    problems.push({ path, message: '$or must be an array of at least 2 patterns' });
    return;
  }
  value.forEach((sub, i) => {
    if (!isPlainObject(sub) || Object.keys(sub).length === 0) {
      problems.push({
        path: join(path, i),
        message: 'each $or alternative must be a non-empty object pattern',
      });
    } else {
      validateObject(sub, join(path, i), problems);
    }
  });
};

const validateMatchers = (matchers: readonly unknown[], path: string, problems: PatternProblem[]): void => {
  if (matchers.length === 0) {
    problems.push({ path, message: 'an array of values to match must not be empty' });
    return;
  }
  matchers.forEach((m, i) => {
    const at = join(path, i);
    if (Array.isArray(m)) problems.push({ path: at, message: 'nested arrays are not allowed in a pattern' });
    else if (isPlainObject(m)) validateOperator(m, at, problems);
  });
};

const validateOperator = (
  matcher: Record<string, unknown>,
  path: string,
  problems: PatternProblem[],
): void => {
  const keys = Object.keys(matcher);
  if (keys.length !== 1) {
    problems.push({
      path,
      message:
        keys.length === 0
          ? 'an empty object is not a matcher; use one operator such as {"prefix": "…"}'
          : `a matcher holds exactly one operator, found ${keys.map((k) => `"${k}"`).join(', ')}`,
    });
    return;
  }
  const op = keys[0] as string;
  const operand = matcher[op];
  const at = join(path, op);
  const problem = (message: string) => problems.push({ path: at, message });
  if (!isOperator(op)) {
    problem(`unknown operator "${op}"; expected one of ${OPERATORS.join(', ')}`);
    return;
  }
  switch (op) {
    case 'prefix':
    case 'suffix':
      if (typeof operand === 'string') return;
      if (isPlainObject(operand) && Object.keys(operand).length === 1 && 'equals-ignore-case' in operand) {
        if (typeof operand['equals-ignore-case'] !== 'string') {
          problems.push({
            path: join(at, 'equals-ignore-case'),
            message: `must be a string, not ${describe(operand['equals-ignore-case'])}`,
          });
        }
        return;
      }
      problem(`${op} takes a string or {"equals-ignore-case": "…"}, not ${describe(operand)}`);
      return;
    case 'equals-ignore-case':
      if (typeof operand !== 'string') problem(`equals-ignore-case takes a string, not ${describe(operand)}`);
      return;
    case 'wildcard':
      if (typeof operand !== 'string') problem(`wildcard takes a string, not ${describe(operand)}`);
      else checkWildcard(operand, at, problems);
      return;
    case 'exists':
      if (typeof operand !== 'boolean') problem(`exists takes true or false, not ${describe(operand)}`);
      return;
    case 'cidr':
      if (typeof operand !== 'string')
        problem(`cidr takes a string such as "10.0.0.0/24", not ${describe(operand)}`);
      else if (!parseCidr(operand))
        problem(`"${operand}" is not a valid IPv4 or IPv6 CIDR block (address/prefix length)`);
      return;
    case 'numeric':
      validateNumeric(operand, at, problems);
      return;
    case 'anything-but':
      validateAnythingBut(operand, at, problems);
      return;
  }
};

const LOWER = new Set(['>', '>=']);
const UPPER = new Set(['<', '<=']);

const validateNumeric = (operand: unknown, path: string, problems: PatternProblem[]): void => {
  const problem = (message: string) => problems.push({ path, message });
  if (!Array.isArray(operand) || operand.length === 0) {
    problem('numeric takes an array such as [">", 0, "<=", 5]');
    return;
  }
  if (operand.length !== 2 && operand.length !== 4) {
    problem('numeric takes one comparison [op, number] or a range [">"|">=", low, "<"|"<=", high]');
    return;
  }
  const pairs: [unknown, unknown][] = [];
  for (let i = 0; i < operand.length; i += 2) pairs.push([operand[i], operand[i + 1]]);
  let ok = true;
  pairs.forEach(([op, bound], n) => {
    if (typeof op !== 'string' || !['=', '<', '<=', '>', '>='].includes(op)) {
      problems.push({
        path: join(path, n * 2),
        message: `unknown numeric operator ${JSON.stringify(op)}; use =, <, <=, > or >=`,
      });
      ok = false;
    }
    if (typeof bound !== 'number' || !Number.isFinite(bound)) {
      problems.push({ path: join(path, n * 2 + 1), message: `must be a number, not ${describe(bound)}` });
      ok = false;
    } else if (Math.abs(bound) > NUMERIC_LIMIT) {
      problems.push({
        path: join(path, n * 2 + 1),
        message: `${bound} is out of range: numeric matching allows values between -5.0e9 and 5.0e9`,
      });
      ok = false;
    }
  });
  if (!ok || pairs.length === 1) return;
  const [[op1, b1], [op2, b2]] = pairs as [[string, number], [string, number]];
  if (op1 === '=' || op2 === '=') {
    problem('"=" cannot be combined with another comparison');
    return;
  }
  const lower = LOWER.has(op1) ? b1 : LOWER.has(op2) ? b2 : undefined;
  const upper = UPPER.has(op1) ? b1 : UPPER.has(op2) ? b2 : undefined;
  if (lower === undefined || upper === undefined) {
    problem('a numeric range needs one lower bound (> or >=) and one upper bound (< or <=)');
  } else if (lower >= upper) {
    problem(`the range is empty: the lower bound ${lower} must be less than the upper bound ${upper}`);
  }
};

const validateAnythingBut = (operand: unknown, path: string, problems: PatternProblem[]): void => {
  const problem = (message: string) => problems.push({ path, message });
  if (typeof operand === 'string') return;
  if (typeof operand === 'number') {
    if (!Number.isFinite(operand)) problem('anything-but takes a finite number');
    return;
  }
  if (Array.isArray(operand)) {
    if (operand.length === 0) problem('anything-but must not be an empty array');
    else if (!operand.every((v) => typeof v === 'string') && !operand.every((v) => typeof v === 'number')) {
      problem('an anything-but list must contain only strings or only numbers');
    }
    return;
  }
  if (!isPlainObject(operand)) {
    problem(`anything-but takes a string, a number, a list or an operator object, not ${describe(operand)}`);
    return;
  }
  const keys = Object.keys(operand);
  if (keys.length !== 1) {
    problem('anything-but takes exactly one of prefix, suffix, equals-ignore-case or wildcard');
    return;
  }
  const op = keys[0] as string;
  const inner = operand[op];
  const at = join(path, op);
  switch (op) {
    case 'prefix':
    case 'suffix':
    case 'equals-ignore-case':
    case 'wildcard': {
      const values = Array.isArray(inner) ? inner : [inner];
      const needsText = op === 'prefix' || op === 'suffix';
      if (values.length === 0 || !values.every((v) => typeof v === 'string' && (!needsText || v !== ''))) {
        problems.push({
          path: at,
          message: `anything-but ${op} takes a${needsText ? ' non-empty' : ''} string or a non-empty list of${needsText ? ' non-empty' : ''} strings`,
        });
      } else if (op === 'wildcard') {
        values.forEach((v, i) => {
          checkWildcard(v as string, Array.isArray(inner) ? join(at, i) : at, problems);
        });
      }
      return;
    }
    default:
      problems.push({
        path: at,
        message: `unknown operator "${op}" inside anything-but; expected prefix, suffix, equals-ignore-case or wildcard`,
      });
  }
};

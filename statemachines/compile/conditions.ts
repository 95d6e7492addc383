import { parseReference } from '../references';
import type { Comparison, Condition } from '../schema';
import type { AslChoiceRule } from './asl';
import type { PathOf } from './templates';

/**
 * Conditions to Choice rules. Every comparison is guarded with IsPresent (and a type test), so a missing field or a
 * value of another type makes the comparison false instead of failing the run with States.Runtime. `not` of a
 * comparison on a missing field is therefore true. `exists` means present and not null (agents return null for
 * absent keys).
 *
 * `contains` means "the text contains it" on text and "the list holds it" on a list. A Choice rule cannot look
 * inside a list, so an if step with `contains` first runs list-contains.ts's probe (a Choice and a Pass computing
 * States.ArrayContains into the state data); the rule here reads that flag, false when the probe did not run.
 */

const ISO_TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** An ISO date or date-time as the RFC 3339 profile Step Functions compares (`T`, seconds, `Z` or an offset). */
export const asRfc3339 = (text: string): string | undefined => {
  const m = ISO_TIMESTAMP.exec(text.trim());
  if (!m) return undefined;
  const [, date, hh = '00', mm = '00', ss = '00', fraction = '', zone = 'Z'] = m;
  const offset =
    zone.toUpperCase() === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const result = `${date}T${hh}:${mm}:${ss}${fraction}${offset}`;
  return Number.isNaN(Date.parse(result)) ? undefined : result;
};

/** StringMatches treats `*` as a wildcard; a literal `*` or `\` takes a backslash. */
export const escapeStringMatches = (text: string): string => text.replace(/[\\*]/g, (c) => `\\${c}`);

type Scalar = string | number | boolean | null;

const equals = (variable: string, value: Scalar): AslChoiceRule => {
  if (value === null) return { Variable: variable, IsNull: true };
  if (typeof value === 'boolean')
    return {
      And: [
        { Variable: variable, IsBoolean: true },
        { Variable: variable, BooleanEquals: value },
      ],
    };
  if (typeof value === 'number')
    return {
      And: [
        { Variable: variable, IsNumeric: true },
        { Variable: variable, NumericEquals: value },
      ],
    };
  return {
    And: [
      { Variable: variable, IsString: true },
      { Variable: variable, StringEquals: value },
    ],
  };
};

const ORDER = {
  gt: 'GreaterThan',
  gte: 'GreaterThanEquals',
  lt: 'LessThan',
  lte: 'LessThanEquals',
} as const;

const ordered = (variable: string, op: keyof typeof ORDER, value: number | string): AslChoiceRule => {
  const suffix = ORDER[op];
  if (typeof value === 'number')
    return {
      And: [
        { Variable: variable, IsNumeric: true },
        { Variable: variable, [`Numeric${suffix}`]: value },
      ],
    };
  const timestamp = asRfc3339(value);
  if (timestamp)
    return {
      And: [
        { Variable: variable, IsTimestamp: true },
        { Variable: variable, [`Timestamp${suffix}`]: timestamp },
      ],
    };
  return {
    And: [
      { Variable: variable, IsString: true },
      { Variable: variable, [`String${suffix}`]: value },
    ],
  };
};

const matches = (variable: string, pattern: string): AslChoiceRule => ({
  And: [
    { Variable: variable, IsString: true },
    { Variable: variable, StringMatches: pattern },
  ],
});

const guarded = (variable: string, test: AslChoiceRule): AslChoiceRule => ({
  And: [{ Variable: variable, IsPresent: true }, test],
});

/** Where the flag "the list at this comparison's path holds its value" is, for each `contains` (list-contains.ts). */
export type ListFlagOf = (c: Comparison) => string | undefined;

const flagIsTrue = (flag: string): AslChoiceRule => ({
  And: [
    { Variable: flag, IsPresent: true },
    { Variable: flag, BooleanEquals: true },
  ],
});

const containsRule = (value: string | number, variable: string, flag: string | undefined): AslChoiceRule => {
  const text =
    typeof value === 'string'
      ? guarded(variable, matches(variable, `*${escapeStringMatches(value)}*`))
      : undefined;
  // A number is never in text; without a probe (conditionRule alone) it is never in a list either.
  const never = {
    And: [{ Variable: variable, IsPresent: true }, { Not: { Variable: variable, IsPresent: true } }],
  };
  if (flag === undefined) return text ?? never;
  return text ? { Or: [text, flagIsTrue(flag)] } : flagIsTrue(flag);
};

const comparisonRule = (c: Comparison, pathOf: PathOf, listFlag?: ListFlagOf): AslChoiceRule => {
  const variable = pathOf(parseReference(c.path));
  if (c.exists !== undefined) {
    const present = guarded(variable, { Not: { Variable: variable, IsNull: true } });
    return c.exists ? present : { Not: present };
  }
  if (c.eq !== undefined) return guarded(variable, equals(variable, c.eq));
  if (c.ne !== undefined) return guarded(variable, { Not: equals(variable, c.ne) });
  for (const op of ['gt', 'gte', 'lt', 'lte'] as const) {
    const value = c[op];
    if (value !== undefined) return guarded(variable, ordered(variable, op, value));
  }
  if (c.contains !== undefined) return containsRule(c.contains, variable, listFlag?.(c));
  if (c.startsWith !== undefined)
    return guarded(variable, matches(variable, `${escapeStringMatches(c.startsWith)}*`));
  if (c.in !== undefined) {
    const options = c.in.map((v) => equals(variable, v));
    return guarded(variable, options.length === 1 && options[0] ? options[0] : { Or: options });
  }
  throw new Error(`invariant: comparison on "${c.path}" has no operator`);
};

export const conditionRule = (condition: Condition, pathOf: PathOf, listFlag?: ListFlagOf): AslChoiceRule => {
  if ('all' in condition) return { And: condition.all.map((c) => conditionRule(c, pathOf, listFlag)) };
  if ('any' in condition) return { Or: condition.any.map((c) => conditionRule(c, pathOf, listFlag)) };
  if ('not' in condition) return { Not: conditionRule(condition.not, pathOf, listFlag) };
  return comparisonRule(condition, pathOf, listFlag);
};

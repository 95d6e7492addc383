import { parseReference } from '../references';
import type { Comparison, Condition, IfStep, Step } from '../schema';
import { walkSteps } from '../schema';
import type { AslState } from './asl';
import type { ListFlagOf } from './conditions';
import type { KnownText } from './known-text';
import { humanizePath, type StateNamer } from './names';
import { intrinsicString, type PathOf } from './templates';

/**
 * `contains` on a list: "the list holds this value". A Choice rule compares one value through a reference path (no
 * JSONPath filters), so before the if step's Choice each `contains` gets a probe: a Choice that goes on only when
 * the path holds a non-empty list (present, not text, with an element 0), then a Pass whose Parameters compute
 * `States.ArrayContains(list, value)` into `$.lists.<step id>.c<n>.holds`. The if step's rule reads that flag
 * (conditions.ts), false when the probe skipped the Pass. A missing field, null, text, a number or an empty list
 * never reaches the intrinsic, so the run never fails with States.Runtime there; on text `contains` keeps its
 * meaning (StringMatches), on a list it is membership (deep equality, as Step Functions compares). A path known to
 * hold text (known-text.ts) gets no probe: its rule is the text test alone (conditions.ts).
 */

/** The state data key under which probes leave their flags (beside trigger, context and steps). */
export const LIST_FLAGS_KEY = 'lists';

/** The `contains` comparisons of a condition, in the order the rule meets them. */
export const containsComparisons = (condition: Condition): Comparison[] => {
  if ('all' in condition) return condition.all.flatMap(containsComparisons);
  if ('any' in condition) return condition.any.flatMap(containsComparisons);
  if ('not' in condition) return containsComparisons(condition.not);
  return condition.contains === undefined ? [] : [condition];
};

/** The `contains` comparisons of a condition that need a probe: those on a path not known to hold text. */
export const probedComparisons = (condition: Condition, knownText: KnownText): Comparison[] =>
  containsComparisons(condition).filter((c) => !knownText(c.path));

/** One probe: its comparison and its two state names, the list test (the step's entry for the first probe) and the Pass. */
export interface ProbeNames {
  readonly comparison: Comparison;
  readonly test: string;
  readonly compute: string;
}

const literal = (value: string | number): string =>
  typeof value === 'string' ? `"${value}"` : String(value);

/**
 * Probe state names for every if step with `contains` on a path not known to hold text, handed out after the steps'
 * own names so those never change. A step's entry (where the steps before it lead) is its first probe.
 */
export const probeStateNames = (
  steps: readonly Step[],
  namer: StateNamer,
  knownText: KnownText,
): Map<Step, ProbeNames[]> => {
  const probes = new Map<Step, ProbeNames[]>();
  for (const { step } of walkSteps(steps)) {
    if (!('if' in step)) continue;
    const names = probedComparisons(step.if, knownText).map((c) => {
      const subject = humanizePath(c.path);
      return {
        comparison: c,
        test: namer.unique(`Is ${subject.toLowerCase()} a list?`),
        compute: namer.unique(`Does ${subject.toLowerCase()} hold ${literal(c.contains ?? '')}?`),
      };
    });
    if (names.length) probes.set(step, names);
  }
  return probes;
};

/** The value as an intrinsic argument; text with escapes goes through States.Format, which unescapes it. */
const intrinsicValue = (value: string | number): string => {
  if (typeof value === 'number') return JSON.stringify(value);
  const text = intrinsicString(value);
  return text.startsWith("'") && text !== `'${value}'` ? `States.Format(${text})` : text;
};

export interface CompiledProbes {
  /** The probe states, to add to the scope. */
  readonly states: Record<string, AslState>;
  /** The flag of each `contains` comparison, for conditionRule. */
  readonly flagOf: ListFlagOf;
}

/** The probes of one if step (probeStateNames'), the last leading to `decision` (the step's Choice). */
export const compileProbes = (
  step: IfStep,
  names: readonly ProbeNames[],
  pathOf: PathOf,
  decision: string,
): CompiledProbes => {
  const states: Record<string, AslState> = {};
  const flags = new Map<Comparison, string>();
  names.forEach((probe, i) => {
    const c = probe.comparison;
    if (c.contains === undefined) throw new Error(`invariant: step "${step.id}" probe ${i} has no contains`);
    const after = names[i + 1]?.test ?? decision;
    const list = pathOf(parseReference(c.path));
    const result = `$.${LIST_FLAGS_KEY}.${step.id}.c${i}`;
    flags.set(c, `${result}.holds`);
    states[probe.test] = {
      Type: 'Choice',
      Choices: [
        {
          And: [
            { Variable: list, IsPresent: true },
            { Not: { Variable: list, IsString: true } },
            { Variable: `${list}[0]`, IsPresent: true },
          ],
          Next: probe.compute,
        },
      ],
      Default: after,
    };
    states[probe.compute] = {
      Type: 'Pass',
      Parameters: { 'holds.$': `States.ArrayContains(${list}, ${intrinsicValue(c.contains)})` },
      ResultPath: result,
      Next: after,
    };
  });
  return { states, flagOf: (c) => flags.get(c) };
};

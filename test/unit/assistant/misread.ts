import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { validateSchedule } from '../../../statemachines/schedule';
import type { Step } from '../../../statemachines/schema';
import type { Case } from './table/case';

const WEEKDAYS: Readonly<Record<string, number>> = { SUN: 1, MON: 2, TUE: 3, WED: 4, THU: 5, FRI: 6, SAT: 7 };
const MONTHS: Readonly<Record<string, number>> = {
  JAN: 1,
  FEB: 2,
  MAR: 3,
  APR: 4,
  MAY: 5,
  JUN: 6,
  JUL: 7,
  AUG: 8,
  SEP: 9,
  OCT: 10,
  NOV: 11,
  DEC: 12,
};

/** A cron field's values as a sorted list of numbers, names and ranges spelt out (`MON-FRI` is `2,3,4,5,6`). */
const cronField = (field: string, names: Readonly<Record<string, number>>, all: number): string => {
  if (field === '*' || field === '?') return field;
  const values = new Set<string>();
  for (const part of field.split(',')) {
    const named = part.replace(/[A-Z]{3}/g, (name) => String(names[name] ?? name));
    const range = /^(\d+)-(\d+)$/.exec(named);
    if (range && Number(range[1]) <= Number(range[2]))
      for (let n = Number(range[1]); n <= Number(range[2]); n++) values.add(String(n));
    else values.add(/^\d+$/.test(named) ? String(Number(named)) : named);
  }
  if (all > 0 && values.size === all && [...values].every((v) => /^\d+$/.test(v))) return '*';
  return [...values].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b)).join(',');
};

/** `cron(0 9 ? * MON-FRI *)` is `cron(0 9 ? * 2-6 *)`, and every day is `* ?` whichever field holds the `?`. */
const sameCron = (expression: string): string => {
  const [minute = '', hour = '', day = '', month = '', weekday = '', year = ''] = expression
    .trim()
    .split(/\s+/);
  let [d, w] = [cronField(day, {}, 0), cronField(weekday, WEEKDAYS, 7)];
  if ((d === '*' && w === '?') || (d === '?' && w === '*')) [d, w] = ['*', '?'];
  return [cronField(minute, {}, 0), cronField(hour, {}, 0), d, cronField(month, MONTHS, 12), w, year].join(
    ' ',
  );
};

const SECONDS = { W: 604_800, D: 86_400, H: 3_600, M: 60, S: 1 } as const;

/** An ISO duration by its length: PT48H and P2D, P1W and P7D are the same wait. */
const sameDuration = (duration: string): string => {
  const parts = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration);
  if (!parts || duration === 'P' || duration.endsWith('T')) return duration;
  const [, w = '0', d = '0', h = '0', m = '0', s = '0'] = parts;
  const total =
    Number(w) * SECONDS.W + Number(d) * SECONDS.D + Number(h) * SECONDS.H + Number(m) * SECONDS.M + Number(s);
  if (total % SECONDS.D === 0) return `P${total / SECONDS.D}D`;
  if (total % SECONDS.H === 0) return `PT${total / SECONDS.H}H`;
  return total % SECONDS.M === 0 ? `PT${total / SECONDS.M}M` : `PT${total}S`;
};

const VALUE = String.raw`(?:"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null)`;
const ANY_OF = new RegExp(String.raw`\(([\w.$<>\[\]-]+) eq (${VALUE})((?: or \1 eq ${VALUE})+)\)`, 'g');
const ONE_OF = /( in )(\[[^\]]*\])/g;

/** `(x eq "a" or x eq "b")` is `x in ["a","b"]`, whatever the order of the values. */
const sameChoices = (outline: string): string =>
  outline
    .replace(ANY_OF, (_all, path: string, first: string, rest: string) => {
      const values = [
        first,
        ...[...rest.matchAll(new RegExp(` or [^ ]+ eq (${VALUE})`, 'g'))].map((m) => m[1]),
      ];
      return `${path} in [${values.join(',')}]`;
    })
    .replace(ONE_OF, (all, sep: string, list: string) => {
      try {
        const values = (JSON.parse(list) as unknown[]).map((v) => JSON.stringify(v)).sort();
        return `${sep}[${values.join(',')}]`;
      } catch {
        return all;
      }
    });

/**
 * The bench's rule (bench/assistant/accuracy.ts): two outlines that say the same thing in other spellings are equal.
 * Durations by length (PT48H is P2D, P1W is P7D), a choice of values however written (`x in ["a","b"]` is
 * `(x eq "a" or x eq "b")`), and step ids not compared (`steps.find.count` is `steps.today.count`).
 */
export const sameSteps = (outline: string): string =>
  sameChoices(outline)
    .replace(/\bP(?=\d|T\d)[\dWDTHMS]+\b/g, sameDuration)
    .replace(/\bsteps\.[\w-]+\./g, 'steps.<id>.');

/** Triggers by meaning: a cron expression's days and months however spelt, a rate by its length. */
export const sameTrigger = (trigger: string): string =>
  trigger
    .replace(/\bcron\(([^)]*)\)/g, (_all, expression: string) => `cron(${sameCron(expression)})`)
    .replace(/\brate\((\d+) (minutes?|hours?|days?)\)/g, (_all, n: string, unit: string) => {
      const minutes = Number(n) * (unit.startsWith('day') ? 1440 : unit.startsWith('hour') ? 60 : 1);
      return `rate(${minutes} minutes)`;
    });

/** Each case whose workflow is not the expected one (refusals included); steps compared after `steps` (the bench's rule). */
export const misread = (cases: readonly Case[], steps: (outline: string) => string = sameSteps): string[] =>
  cases.flatMap(([prompt, trigger, expected]) => {
    const result = parsePrompt(prompt);
    if (!result.ok) return [`${prompt} → refused: ${result.problems.join('; ')}`];
    const got = outlineOf(result.definition);
    return sameTrigger(got.trigger) === sameTrigger(trigger) && steps(got.steps) === steps(expected)
      ? []
      : [`${prompt} → ${got.trigger} || ${got.steps}`];
  });

/**
 * Each must-refuse request that came back as a workflow, or whose refusal does not quote what it must (compared
 * without case): [request, quoted].
 */
export const notRefused = (rows: readonly (readonly [request: string, quoted: string])[]): string[] =>
  rows.flatMap(([prompt, quoted]) => {
    const result = parsePrompt(prompt);
    if (result.ok) return [`${prompt} → a workflow`];
    const said = result.problems.join(' ');
    return said.toLowerCase().includes(quoted.toLowerCase())
      ? []
      : [`${prompt} → ${result.problems.join('; ')}`];
  });

/** Each request whose trigger outline is not the expected one, or whose schedule EventBridge Scheduler would refuse. */
export const triggersOf = (rows: readonly (readonly [request: string, trigger: string])[]): string[] =>
  rows.flatMap(([prompt, trigger]) => {
    const result = parsePrompt(prompt);
    if (!result.ok) return [`${prompt} → refused: ${result.problems.join('; ')}`];
    const t = result.definition.trigger;
    const invalid = t.type === 'schedule' ? validateSchedule(t).map((p) => p.message) : ['not a schedule'];
    const got = outlineOf(result.definition).trigger;
    return got === trigger && invalid.length === 0 ? [] : [`${prompt} → ${got} ${invalid.join('; ')}`];
  });

/** The steps the parser reads from a prompt; a refusal fails the test with its problems. */
export const stepsOf = (prompt: string): readonly Step[] => {
  const result = parsePrompt(prompt);
  if (!result.ok) throw new Error(`${prompt} → refused: ${result.problems.join('; ')}`);
  return result.definition.steps;
};

/** An action step's input (empty for any other step). */
export const inputOf = (step: Step | undefined): Record<string, unknown> =>
  step && 'input' in step ? (step.input as Record<string, unknown>) : {};

/**
 * The input of the step `id` (a forEach's own steps included) in the workflow the parser reads from a prompt;
 * undefined when it refuses or has no such action step.
 */
export const inputIn = (prompt: string, id: string): Record<string, unknown> | undefined => {
  const result = parsePrompt(prompt);
  if (!result.ok) return undefined;
  const flat = result.definition.steps.flatMap((s) => ('forEach' in s ? [s, ...s.forEach.steps] : [s]));
  const step = flat.find((s) => s.id === id);
  return step && 'input' in step ? (step.input as Record<string, unknown>) : undefined;
};

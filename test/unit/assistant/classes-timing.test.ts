import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  CONDITION_TEXT_CLASS,
  SCHEDULE_CLASS,
  SCHEDULE_REFUSALS,
  WAIT_AFTER_CLASS,
  WAIT_AFTER_REFUSALS,
} from './classes/conditions-waits-schedules';
import type { Case } from './table/case';

/**
 * Session 24's classes (conditions on text and numbers, negative waits after their trigger, recurring schedules in
 * time zones), generated from their slots: every wording of a group must come back as its outline (PT48H is P2D),
 * and each class's refusals must quote what they refuse.
 */

const days = (outline: string): string =>
  outline.replace(/\bPT(\d+)H\b/g, (all, h: string) => (Number(h) % 24 === 0 ? `P${Number(h) / 24}D` : all));

const misreadings = (cases: readonly Case[]): string[] =>
  cases.flatMap(([prompt, trigger, steps]) => {
    const result = parsePrompt(prompt);
    if (!result.ok) return [`${prompt} → refused: ${result.problems.join('; ')}`];
    const got = outlineOf(result.definition);
    return got.trigger === trigger && days(got.steps) === days(steps)
      ? []
      : [`${prompt} → ${got.trigger} || ${got.steps}`];
  });

describe.each([
  [
    'conditions on text and numbers, every test × where it stands × unless × otherwise × and/or',
    CONDITION_TEXT_CLASS,
  ],
  ['negative waits after their trigger, every pronoun, we or thing × duration × order', WAIT_AFTER_CLASS],
  ['recurring schedules, every days × time × time zone × order, and rates', SCHEDULE_CLASS],
] as const)('%s', (_title, groups) => {
  it.each([...groups])(
    'GIVEN every wording built on "%s" WHEN parsed THEN each comes back as its outline',
    (_group, cases) => {
      expect(misreadings(cases)).toStrictEqual([]);
    },
  );
});

describe.each([
  [
    'waits until a deadline, on what nothing records, counted from another moment, or for two things',
    WAIT_AFTER_REFUSALS,
  ],
  ['schedules Scheduler cannot run as said, and zones that are not one place', SCHEDULE_REFUSALS],
] as const)('%s', (_title, cases) => {
  it.each(cases)('GIVEN "%s" WHEN parsed THEN it is refused, quoting "%s"', (prompt, quoted) => {
    const result = parsePrompt(prompt);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems.join('\n')).toContain(quoted);
  });
});

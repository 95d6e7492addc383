import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { CONDITION_CLASS } from './classes/conditions';
import { EVENT_CLASS } from './classes/events';
import { LIST_CLASS } from './classes/lists';
import { NEGATIVE_WAIT_CLASS, UNTRACKED_WAITS } from './classes/negative-waits';
import { RECORD_CLASS } from './classes/records';
import { REPORT_CLASS } from './classes/reports';
import type { Case } from './table/case';

/**
 * Whole classes of requests, generated from their grammar's slots (test/unit/assistant/classes/): every wording of a
 * group must come back as its outline. A group fails listing each wording that did not, with what it got.
 */

const sameDurations = (outline: string): string =>
  outline.replace(/\bPT(\d+)H\b/g, (all, h: string) => (Number(h) % 24 === 0 ? `P${Number(h) / 24}D` : all));

const misread = (cases: readonly Case[]): string[] =>
  cases.flatMap(([prompt, trigger, steps]) => {
    const result = parsePrompt(prompt);
    if (!result.ok) return [`${prompt} → refused: ${result.problems.join('; ')}`];
    const got = outlineOf(result.definition);
    return got.trigger === trigger && sameDurations(got.steps) === sameDurations(steps)
      ? []
      : [`${prompt} → ${got.trigger} || ${got.steps}`];
  });

describe('negative waits, every subject × negated verb × duration × clause order × action', () => {
  it.each([...NEGATIVE_WAIT_CLASS])(
    'GIVEN every wording built on "%s" WHEN parsed THEN each is a waitFor with its timeout and the action on timeout',
    (_group, cases) => {
      expect(misread(cases)).toStrictEqual([]);
    },
  );

  it.each(UNTRACKED_WAITS)(
    'GIVEN "%s" (nothing records it) WHEN parsed THEN it is refused, naming why',
    (prompt, quoted) => {
      const result = parsePrompt(prompt);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.problems.join('\n')).toContain(quoted);
    },
  );
});

describe('conditions on a number, every record × comparison × amount × otherwise wording', () => {
  it.each([...CONDITION_CLASS])(
    'GIVEN every wording built on "%s" WHEN parsed THEN each is an if on the typed field with its else branch',
    (_group, cases) => {
      expect(misread(cases)).toStrictEqual([]);
    },
  );
});

describe('lists of actions, every trigger × ordered triple of actions × wording × joint', () => {
  it.each([...LIST_CLASS])(
    'GIVEN every triple of actions after "%s" WHEN parsed THEN each comes back as its three steps in order',
    (_group, cases) => {
      expect(misread(cases)).toStrictEqual([]);
    },
  );
});

describe('scheduled reports, every noun × schedule × destination × order', () => {
  it.each([...REPORT_CLASS])(
    'GIVEN every wording of a "%s" WHEN parsed THEN each is the schedule, a summary and its delivery',
    (_group, cases) => {
      expect(misread(cases)).toStrictEqual([]);
    },
  );
});

describe('event triggers, every event phrase × introducing word × order', () => {
  it.each([...EVENT_CLASS])(
    'GIVEN every wording of %s WHEN parsed THEN each starts on that event with its action',
    (_group, cases) => {
      expect(misread(cases)).toStrictEqual([]);
    },
  );
});

describe('creating a record as an action, every trigger × wording × follow-up × joint', () => {
  it.each([...RECORD_CLASS])(
    'GIVEN every request to "%s" WHEN parsed THEN each creates the lead, then does what follows',
    (_group, cases) => {
      expect(misread(cases)).toStrictEqual([]);
    },
  );
});

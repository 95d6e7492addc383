import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  LEARNER_AT_LEAST_CLASS,
  LEARNER_COMPARISON_CLASS,
  LEARNER_OTHERWISE_CLASS,
  LEARNER_RECORD_CASES,
  LEARNER_SCHEDULE_CLASS,
  LEARNER_WAIT_CLASS,
} from './classes/learner-forms';
import {
  LEARNER_ACTION_CLASS,
  LEARNER_ACTION_REFUSALS,
  LEARNER_REMINDER_CASES,
  LEARNER_TRIGGER_CLASS,
  LEARNER_TRIGGER_REFUSALS,
} from './classes/learners';
import { misread as misreadAfter } from './misread';
import type { Case } from './table/case';

/** Steps compared exactly (no duration rule). */
const misread = (cases: readonly Case[]) => misreadAfter(cases, (steps) => steps);

/**
 * Requests written in English as a second language (classes/learners.ts): every wording of a group must come back
 * as its outline; the learner forms of verbs no event says must be refused, never read as another event.
 */

const CLASSES: readonly [title: string, groups: ReadonlyMap<string, readonly Case[]>, then: string][] = [
  [
    'event verbs in every inflection, tense, aspect and voice × subject with odd or no article × introducing word × order',
    LEARNER_TRIGGER_CLASS,
    'each starts on the event its verb says',
  ],
  [
    'schedules with local clock times, zones said "hour of", days "except", "every 15 of the month"',
    LEARNER_SCHEDULE_CLASS,
    'each is its cron in its time zone',
  ],
  [
    'comparisons said "superior to", "inferior at", "superior or equal to" × numbers with local thousands separators × frame',
    LEARNER_COMPARISON_CLASS,
    'each is an if on the lead value with its operator and the whole number',
  ],
  [
    'the other branch said "in other case", "in the contrary case", "Other sources:"',
    LEARNER_OTHERWISE_CLASS,
    'each is an if with its else branch',
  ],
  ['"N days or more", "N 000 or more"', LEARNER_AT_LEAST_CLASS, 'each is an at-least test'],
  [
    'actions said with false friends and calques × event with a lead × second action before or after',
    LEARNER_ACTION_CLASS,
    "each is the catalogue's action of that meaning, in its place",
  ],
  [
    'waits said "wait until N days", "after more N days", "N days after", "in the N days after his inscription", "does not make booking" × duration × trigger',
    LEARNER_WAIT_CLASS,
    'each is its wait or its waitFor with the timeout and the action on timeout',
  ],
  [
    'records in relative clauses: "which have no answer since N days", "which have an invoice in delay"',
    new Map([['records', LEARNER_RECORD_CASES]]),
    'each finds the records and does the action for each',
  ],
  [
    'reminders "remembered" or "relaunched" on a late invoice',
    new Map([['reminders', LEARNER_REMINDER_CASES]]),
    'each sends the payment reminder',
  ],
];

describe('requests written in English as a second language', () => {
  for (const [title, groups, then] of CLASSES)
    describe(title, () => {
      it.each([...groups])(`GIVEN every wording built on "%s" WHEN parsed THEN ${then}`, (_name, cases) => {
        expect(misread(cases)).toStrictEqual([]);
      });
    });

  it.each([...LEARNER_TRIGGER_REFUSALS, ...LEARNER_ACTION_REFUSALS].map((p) => [p]))(
    'GIVEN a learner verb whose object fits no event or action, "%s", WHEN parsed THEN it is refused',
    (prompt) => {
      const result = parsePrompt(prompt);
      expect(result.ok ? outlineOf(result.definition) : 'refused').toBe('refused');
    },
  );
});

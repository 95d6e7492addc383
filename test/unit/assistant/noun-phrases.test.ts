import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { NOUN_PHRASE_CLASS, NOUN_PHRASE_REFUSALS } from './classes/noun-phrases';
import { misread } from './misread';

/** Events said of a record as a noun phrase and a verb, read part by part (session 30, h8). */

describe('events said of a record, every determiner or possessive × name × head by role × verb form × joint × action', () => {
  it.each([...NOUN_PHRASE_CLASS])(
    'GIVEN every event "%s" WHEN parsed THEN each starts on the event the head and the verb mean and does the action',
    (_group, cases) => {
      expect(misread(cases)).toStrictEqual([]);
    },
  );
});

describe('noun phrases that pick some records out, and verbs no event says', () => {
  it.each(NOUN_PHRASE_REFUSALS)(
    'GIVEN "%s" WHEN parsed THEN it is refused, quoting "%s"',
    (prompt, quoted) => {
      const result = parsePrompt(prompt);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.problems.join('\n').toLowerCase()).toContain(quoted.toLowerCase());
    },
  );
});

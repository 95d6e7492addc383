import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  APPOSITION_CLASS,
  APPOSITION_REMINDER_CLASS,
  GIVEN_TIME_CLASS,
  QUOTE_CLASS,
  STILL_UNPAID_CLASS,
  SURROUNDINGS_REFUSED,
  ZONE_WORDS_CLASS,
} from './classes/surroundings';
import { misread } from './misread';

describe("what surrounds the parts of a request is read in the grammars' words (grammar/surroundings.ts)", () => {
  it('GIVEN a teammate (5) × a role before or after the name (5) × an action to them × a trigger or a schedule WHEN parsed THEN each notifies the team', () => {
    expect(misread([...APPOSITION_CLASS, ...APPOSITION_REMINDER_CLASS])).toStrictEqual([]);
  });

  it('GIVEN a message text with a time, a day, a condition or a verb inside (4) × said without quotes or in any quote marks (6) × a message WHEN parsed THEN the text is the message, never a schedule or a step', () => {
    expect(misread(QUOTE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN time given or going by ("give them 10 days, then", "and a week go by with nothing", "nothing has come in after") × record awaited × span WHEN parsed THEN each waits for what the record awaits, with its timeout', () => {
    expect(misread([...GIVEN_TIME_CLASS, ...STILL_UNPAID_CLASS])).toStrictEqual([]);
  });

  it('GIVEN "school day", zone nicknames ("Gulf time", "Jo\'burg") and "their time" with the one place the request names WHEN parsed THEN the days and zone are those meant', () => {
    expect(misread(ZONE_WORDS_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "their time" with no place named, or time given to do what no event tracks WHEN parsed THEN it is refused quoting it, never a workflow in UTC or a plain delay', () => {
    const wrong = SURROUNDINGS_REFUSED.flatMap(([prompt, quoted]) => {
      const result = parsePrompt(prompt);
      return !result.ok && result.problems.join('\n').includes(quoted) ? [] : [prompt];
    });
    expect(wrong).toStrictEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  ADDRESS_CLASS,
  FRAMING_CLASS,
  FRAMING_REFUSED,
  LETTERED_LIST_CLASS,
  MESSAGE_TEXT_CLASS,
  MONTH_DAYS_REFUSED,
  MONTH_LIST_CLASS,
  NEGATIVE_WAIT_CLASS,
  REGION_CODE_CLASS,
  REGION_CODE_REFUSED,
} from './classes/shapes-s31';
import { misread } from './misread';

/** Each request that was not refused quoting its words. */
const notRefused = (rows: readonly (readonly [string, string])[]): string[] =>
  rows.flatMap(([prompt, quoted]) => {
    const result = parsePrompt(prompt);
    if (!result.ok)
      return result.problems.join('\n').toLowerCase().includes(quoted.toLowerCase())
        ? []
        : [`${prompt} → refused without quoting "${quoted}": ${result.problems.join('; ')}`];
    const o = outlineOf(result.definition);
    return [`${prompt} → ${o.trigger} || ${o.steps}`];
  });

describe('shapes of session 31: waits as time given, lettered lists, months, region codes, addresses, the words around a request', () => {
  it('GIVEN a negative wait said as a grant of time or a state ("give it 7 days", "still unpaid 14 days after we issue it", "not rebooked within 3 days", "if we hear nothing back") × 14 forms × 4 durations × 2 actions WHEN parsed THEN each waits for the event and acts on the timeout', () => {
    expect(NEGATIVE_WAIT_CLASS.length).toBe(112);
    expect(misread(NEGATIVE_WAIT_CLASS)).toStrictEqual([]);
  });

  it('GIVEN steps marked (a)/(b)/(c), a)/b)/c), (i)/(ii)/(iii) or (1)/(2)/(3) × separator × last joint × order WHEN parsed THEN every step comes back in order, the last one too', () => {
    expect(LETTERED_LIST_CLASS.length).toBe(72);
    expect(misread(LETTERED_LIST_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a day with a list of months ("the 1st of January, April, July and October", "On 1 January, 1 April, …", "In January and July on the 1st") × 4 lists × 3 days × 4 forms × 2 times WHEN parsed THEN one cron with that day and those months', () => {
    expect(MONTH_LIST_CLASS.length).toBe(96);
    expect(misread(MONTH_LIST_CLASS)).toStrictEqual([]);
  });

  it('GIVEN different days in different months WHEN parsed THEN each is refused, never one day for all', () => {
    expect(notRefused(MONTH_DAYS_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a zone said by a city’s code in capitals ("HK time", "LA time") WHEN parsed THEN the schedule runs in that city’s zone; a country’s two-letter code ("AU time", "JP time") is refused quoting it', () => {
    expect(misread(REGION_CODE_CLASS)).toStrictEqual([]);
    expect(notRefused(REGION_CODE_REFUSED)).toStrictEqual([]);
    expect(
      misread([
        [
          'Every Monday at 9am Atlantic time, notify the team',
          'cron(0 9 ? * MON *) America/Halifax',
          'notify.team',
        ],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN an address after a name or a role, set off by a dash, a colon, angle brackets or parentheses × notify or email WHEN parsed THEN the message goes to that address', () => {
    expect(ADDRESS_CLASS.length).toBe(40);
    const wrong = ADDRESS_CLASS.flatMap(([prompt, step, address]) => {
      const result = parsePrompt(prompt);
      if (!result.ok) return [`${prompt} → refused: ${result.problems.join('; ')}`];
      const ok =
        outlineOf(result.definition).steps === step &&
        JSON.stringify(result.definition.steps).includes(address);
      return ok ? [] : [`${prompt} → ${JSON.stringify(result.definition.steps)}`];
    });
    expect(wrong).toStrictEqual([]);
  });

  it('GIVEN a greeting before a dash or colon ("Hi! Quick one - "), a reason that ends in "otherwise", a sign-off ("Cheers, Mark (office manager)") × 3 rules WHEN parsed THEN the workflow is the rule alone', () => {
    expect(FRAMING_CLASS.length).toBe(180);
    expect(misread(FRAMING_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a restriction in the words around a request ("Hi! VIP clients only - …") WHEN parsed THEN it is refused quoting it', () => {
    expect(notRefused(FRAMING_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN the text of a message without quotes, with a comma or a date in it ("saying thanks, we really appreciate your business", "letting them know the office is closed on Friday 25 December") WHEN parsed THEN it is the one email, never a second schedule or a recipient', () => {
    expect(misread(MESSAGE_TEXT_CLASS)).toStrictEqual([]);
  });
});

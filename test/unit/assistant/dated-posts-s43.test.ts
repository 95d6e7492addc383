import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Session 43 (a42), issue 16: after the colon that opens a post's words ("post in slack:", "slack everyone:"), times
 * and clauses after a comma are the message's, not a second schedule, until an action verb starts a step; a day
 * by its name with a year ("on Christmas Eve 2026") runs once; a keep-alive's "so the site doesn't go to sleep" is
 * its purpose, never a condition.
 */

const POSTS: readonly Case[] = [
  [
    'On 19 Dec 2026 at 5pm post in slack: dress rehearsal for the Nutcracker tomorrow 10am, all teachers in by 9:15',
    'at(2026-12-19T17:00:00)',
    'notify.slack',
  ],
  [
    'On 3 March 2027 at 8am post in slack: fire drill at 11am, everyone out by 11:05',
    'at(2027-03-03T08:00:00)',
    'notify.slack',
  ],
  [
    'every friday at 4pm post in #crew: site closes at 3 on monday, back at 7 tuesday',
    'cron(0 16 ? * FRI *)',
    'notify.slack',
  ],
  [
    "On New Year's Eve 2026 at 3pm slack everyone: office closes at 4, happy new year",
    'at(2026-12-31T15:00:00)',
    'notify.slack',
  ],
  [
    'On Christmas Eve 2026 at 10am post a merry xmas msg to the whole team on slack',
    'at(2026-12-24T10:00:00)',
    'notify.slack',
  ],
  ['On Halloween 2027 at 9am post in slack: costumes welcome', 'at(2027-10-31T09:00:00)', 'notify.slack'],
  // without a year, the day every year (session 38)
  ['every Christmas Eve at 10am post a merry xmas message in slack', 'cron(0 10 24 12 ? *)', 'notify.slack'],
  // a step said after the post's words is a step
  [
    'On 3 March 2027 at 8am post in slack: fire drill at 11am, then email me',
    'at(2027-03-03T08:00:00)',
    'notify.slack; notify.team',
  ],
];

const KEEP_ALIVE: readonly Case[] = [
  [
    'every 30 mins hit https://book.brightbroom.com.au/api/ping so the booking site doesnt go to sleep',
    'rate(30 minutes)',
    'http.request',
  ],
  [
    "every 15 mins ping https://api.example.com/health so our app doesn't go to sleep",
    'rate(15 minutes)',
    'http.request',
  ],
];

describe('dated posts and keep-alives (session 43)', () => {
  it("GIVEN times and clauses inside a post's words after its colon, or a named day with its year WHEN parsed THEN one schedule and the whole text posted", () => {
    expect(misread(POSTS)).toStrictEqual([]);
    const result = parsePrompt(POSTS[0]?.[0] ?? '');
    const step = result.ok ? result.definition.steps[0] : undefined;
    expect(step && 'input' in step ? step.input : undefined).toStrictEqual({
      text: 'dress rehearsal for the Nutcracker tomorrow 10am, all teachers in by 9:15',
    });
  });

  it("GIVEN a URL hit so a site doesn't go to sleep WHEN parsed THEN the request on its schedule", () => {
    expect(misread(KEEP_ALIVE)).toStrictEqual([]);
  });

  it('GIVEN a second timed step after the post, or a purpose that is a wish the workflow cannot keep WHEN parsed THEN refused', () => {
    expect(
      notRefused([
        [
          'On 3 March 2027 at 8am post in slack: fire drill at 11am, and send the team an email at 10',
          'two different times',
        ],
        [
          "every 15 mins ping https://api.example.com/health so the customers don't get charged twice",
          'twice',
        ],
      ]),
    ).toStrictEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { validateWorkflow } from '../../../statemachines/validate';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Session 40 (a17), issue 16: the words of a scheduled post are its text, never the schedule or whom it is for.
 * "post in slack: …" (quoted or not) keeps its words in its clause; a time or a day said inside a message ("remind
 * the team to confirm weekend arrival times", "post that the office closes at 1pm") that contradicts the schedule
 * said before it is what the message says. Twins: a piece in those words that adds to the schedule still reads, a
 * recurring piece there ("every friday") or a contradiction before the words stays refused.
 */

const textOf = (prompt: string): unknown => {
  const result = parsePrompt(prompt);
  if (!result.ok) throw new Error(`${prompt} → refused: ${result.problems.join('; ')}`);
  expect(validateWorkflow(result.definition).valid).toBe(true);
  const step = result.definition.steps[0];
  return step && 'input' in step ? step.input : undefined;
};

const POSTED: readonly (readonly [Case, Record<string, unknown>])[] = [
  [
    [
      "April 1st 2027 9am post in slack: '2 weeks to tax day, get those returns out!!'",
      'at(2027-04-01T09:00:00)',
      'notify.slack',
    ],
    { text: '2 weeks to tax day, get those returns out!' },
  ],
  [
    [
      "On 2 January 2027 at 9:00 post in slack: 'Happy new year, the space is open again!'",
      'at(2027-01-02T09:00:00)',
      'notify.slack',
    ],
    { text: 'Happy new year, the space is open again!' },
  ],
  [
    [
      'send a message in slack on 18 December 2026 at 4pm: "Merry Christmas all, centre closed until 5th Jan"',
      'at(2026-12-18T16:00:00)',
      'notify.slack',
    ],
    { text: 'Merry Christmas all, centre closed until 5th Jan' },
  ],
  [
    [
      'Every Thursday 10am post in slack: newsletter bits due to Hannah by Friday lunchtime',
      'cron(0 10 ? * THU *)',
      'notify.slack',
    ],
    { text: 'newsletter bits due to Hannah by Friday lunchtime' },
  ],
  [
    ['every monday at 9 post in #ops: timesheets are due', 'cron(0 9 ? * MON *)', 'notify.slack'],
    { text: 'timesheets are due', channel: '#ops' },
  ],
  [
    ['when a lead comes in post in slack: new lead arrived', 'lead.created', 'notify.slack'],
    { text: 'new lead arrived' },
  ],
];

const SAID_INSIDE: readonly (readonly [Case, Record<string, unknown>])[] = [
  [
    [
      'Every Friday 4pm AEST remind the team to confirm weekend supplier arrival times',
      'cron(0 16 ? * FRI *) Australia/Sydney',
      'notify.team',
    ],
    { text: 'Reminder: confirm weekend supplier arrival times' },
  ],
  [
    ['every day at 8 remind the team to lock up at 6', 'cron(0 8 * * ? *)', 'notify.team'],
    { text: 'Reminder: lock up at 6' },
  ],
  [
    [
      'every monday at 9 post in #ops that the friday meeting is at 3pm',
      'cron(0 9 ? * MON *)',
      'notify.slack',
    ],
    { text: 'the friday meeting is at 3pm', channel: '#ops' },
  ],
  [
    ['every weekday at 9 post in slack that we open at 10 today', 'cron(0 9 ? * MON-FRI *)', 'notify.slack'],
    { text: 'we open at 10 today' },
  ],
];

/** A piece after "to …" that adds to the schedule is still the schedule's. */
const STILL_SCHEDULE: readonly Case[] = [
  ['remind Sam to send the newsletter every Friday at 4', 'cron(0 16 ? * FRI *)', 'notify.team'],
  ['every friday remind the team to submit hours at 4pm', 'cron(0 16 ? * FRI *)', 'notify.team'],
  ['every friday at 4 send Sam a reminder to book the monday standup', 'cron(0 16 ? * FRI *)', 'notify.team'],
  ['when a lead comes in post that in slack', 'lead.created', 'notify.slack'],
];

const STILL_REFUSED: readonly (readonly [string, string])[] = [
  ['every monday at 9 remind the team to send timesheets every friday', 'two different days'],
  ['every Monday at 9 remind the team at 10 to send timesheets', 'two different times'],
];

describe("a scheduled post's words (session 40)", () => {
  it('GIVEN "post in slack: …" or "…at 4pm: ⟦quote⟧", quoted or not WHEN parsed THEN the words after the colon are the post, never a clause of their own or whom it is for', () => {
    expect(misread(POSTED.map(([c]) => c))).toStrictEqual([]);
    for (const [[prompt], input] of POSTED) expect(textOf(prompt)).toStrictEqual(input);
  });

  it('GIVEN a day or a time inside the message that contradicts the schedule said before it WHEN parsed THEN it is what the message says', () => {
    expect(misread(SAID_INSIDE.map(([c]) => c))).toStrictEqual([]);
    for (const [[prompt], input] of SAID_INSIDE) expect(textOf(prompt)).toStrictEqual(input);
  });

  it('GIVEN a piece after "to …" that adds to the schedule, or "post that" alone WHEN parsed THEN it is read as before', () => {
    expect(misread(STILL_SCHEDULE)).toStrictEqual([]);
  });

  it('GIVEN a recurring piece inside the message, or two times before it WHEN parsed THEN it is refused as two schedules', () => {
    expect(notRefused(STILL_REFUSED)).toStrictEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import type { Step } from '../../../statemachines/schema';
import { validateWorkflow } from '../../../statemachines/validate';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Session 43 (a42), issue 16: a scheduled message "of/with today's X" first finds the X. A day's bookings in a
 * trade's words with a list word after the booking noun ("lesson timetable", "job sheet", "clean list"), records
 * posted in a channel ("post all unpaid invoices in slack #accounts"), the people on file as a list ("our student
 * list") and new people of a trade from a period ("new members from the past week") are a find and ONE message.
 */

const stepsOf = (prompt: string): readonly Step[] => {
  const result = parsePrompt(prompt);
  if (!result.ok) throw new Error(`${prompt} → refused: ${result.problems.join('; ')}`);
  expect(validateWorkflow(result.definition).valid).toBe(true);
  return result.definition.steps;
};
const inputOf = (step: Step | undefined): Record<string, unknown> =>
  step && 'input' in step ? (step.input as Record<string, unknown>) : {};

/** [case, the find's input]. */
const LISTS: readonly (readonly [Case, Record<string, unknown>])[] = [
  [
    [
      "Every weekday at 7.30am post today's lesson timetable in the #staff channel",
      'cron(30 7 ? * MON-FRI *)',
      'calendar.find; notify.slack',
    ],
    { day: 'today' },
  ],
  [
    [
      "every weekday at 7am email me today's clean list",
      'cron(0 7 ? * MON-FRI *)',
      'calendar.find; notify.team',
    ],
    { day: 'today' },
  ],
  [
    [
      "Mondays at 8 post this week's tee times in #pro-shop",
      'cron(0 8 ? * MON *)',
      'calendar.find; notify.slack',
    ],
    { day: 'this-week' },
  ],
  [
    [
      "every weekday at 7 post the day's job sheet in #crew",
      'cron(0 7 ? * MON-FRI *)',
      'calendar.find; notify.slack',
    ],
    { day: 'today' },
  ],
  [
    [
      "every day at 5pm email the front desk tomorrow's treatment schedule",
      'cron(0 17 * * ? *)',
      'calendar.find; notify.team',
    ],
    { day: 'tomorrow' },
  ],
  [
    [
      "Fridays at 4 send Nurse Jo the list of next week's appointments",
      'cron(0 16 ? * FRI *)',
      'calendar.find; notify.team',
    ],
    { day: 'next-7-days' },
  ],
  [
    [
      'weekdays 8am email sandra@pristinepros.com the list of tommorows jobs',
      'cron(0 8 ? * MON-FRI *)',
      'calendar.find; email.send',
    ],
    { day: 'tomorrow' },
  ],
  [
    [
      'Every day at noon post yesterdays new leads in slack',
      'cron(0 12 * * ? *)',
      'crm.findLeads; notify.slack',
    ],
    { createdIn: 'yesterday' },
  ],
  [
    [
      'Mondays 9am eastern: post all unpaid invoices in slack #accounts',
      'cron(0 9 ? * MON *) America/New_York',
      'invoice.find; notify.slack',
    ],
    { status: 'unpaid' },
  ],
  [
    [
      'every morning at 9 post all open invoices to the accounts channel',
      'cron(0 9 * * ? *)',
      'invoice.find; notify.slack',
    ],
    { status: 'open' },
  ],
  [
    [
      'every monday email me the students who joined this week',
      'cron(0 9 ? * MON *)',
      'crm.findLeads; notify.team',
    ],
    { createdIn: 'this-week' },
  ],
  [
    [
      'every friday post the new donors from this week in #fundraising',
      'cron(0 9 ? * FRI *)',
      'crm.findLeads; notify.slack',
    ],
    { createdIn: 'this-week' },
  ],
  [
    [
      'every monday post our members list in #committee',
      'cron(0 9 ? * MON *)',
      'crm.findLeads; notify.slack',
    ],
    {},
  ],
  [
    [
      'every friday send the volunteer list to kate@helpinghands.org',
      'cron(0 9 ? * FRI *)',
      'crm.findLeads; email.send',
    ],
    {},
  ],
  [
    ['every monday email the client list to the office', 'cron(0 9 ? * MON *)', 'crm.findLeads; notify.team'],
    { status: 'customer' },
  ],
  // a role of ours as whom it goes to ("leads" here are people of the crew, never the CRM's)
  [
    [
      'every weekday at 6.30am send the crew leads todays job list',
      'cron(30 6 ? * MON-FRI *)',
      'calendar.find; notify.team',
    ],
    { day: 'today' },
  ],
  [
    [
      "every weekday at 6.30am email the crew leads the list of today's jobs",
      'cron(30 6 ? * MON-FRI *)',
      'calendar.find; notify.team',
    ],
    { day: 'today' },
  ],
  [
    [
      'every weekday at 6.30am send the site supervisors todays job list',
      'cron(30 6 ? * MON-FRI *)',
      'calendar.find; notify.team',
    ],
    { day: 'today' },
  ],
];

/** The people on file kept as a file: [case, the find's input]. */
const SAVED: readonly (readonly [Case, Record<string, unknown>])[] = [
  [
    [
      'first monday of every month at 10am save a copy of our student list to a file',
      'cron(0 10 ? * 2#1 *)',
      'crm.findLeads; files.create',
    ],
    {},
  ],
  [
    [
      'every night at midnight back up the members list to a file',
      'cron(0 0 * * ? *)',
      'crm.findLeads; files.create',
    ],
    {},
  ],
  [
    [
      'every sunday night back up our client list to a file',
      'cron(0 20 ? * SUN *)',
      'crm.findLeads; files.create',
    ],
    { status: 'customer' },
  ],
];

/**
 * Near-misses that keep their reading: each one's own message, content sent to many, records sent to each ("post each
 * overdue invoice in #collections", a post per invoice, is scheduled-lists-s41's).
 */
const TWINS: readonly Case[] = [
  [
    'Sundays at 7pm email all our members (customers) this weeks timetable',
    'cron(0 19 ? * SUN *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'every monday send the new members a welcome pack',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  // the list's people as whom each message goes to: a message to each of them
  [
    'every monday send our members list the newsletter',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
];

describe('scheduled lists of what was found (session 43)', () => {
  it("GIVEN a day's bookings in a trade's words, records posted in a channel or the people on file as a list WHEN parsed THEN one find and one message carrying its text", () => {
    expect(misread(LISTS.map(([c]) => c))).toStrictEqual([]);
    for (const [[prompt], input] of LISTS) {
      const [find, message] = stepsOf(prompt);
      expect(inputOf(find)).toStrictEqual(input);
      const said = inputOf(message);
      expect(String(said.text ?? said.body)).toContain(`{{steps.${find?.id}.text}}`);
    }
  });

  it('GIVEN a named person with a title before "the list of" WHEN parsed THEN the message goes to that member', () => {
    const [, message] = stepsOf("Saturdays 8am send Coach Mia the list of today's classes");
    expect(inputOf(message)).toMatchObject({
      member: 'Coach Mia',
      text: expect.stringContaining("Today's classes"),
    });
  });

  it('GIVEN the people on file saved or backed up to a file WHEN parsed THEN a find whose text is the file', () => {
    expect(misread(SAVED.map(([c]) => c))).toStrictEqual([]);
    for (const [[prompt], input] of SAVED) {
      const [find, file] = stepsOf(prompt);
      expect(inputOf(find)).toStrictEqual(input);
      expect(inputOf(file).content).toBe(`{{steps.${find?.id}.text}}`);
    }
  });

  it('GIVEN records sent to each of many people or "each" said WHEN parsed THEN the loop, as before', () => {
    expect(misread(TWINS)).toStrictEqual([]);
  });

  it('GIVEN "the list" with nothing found before it, or people of a day who may be booked WHEN parsed THEN refused, never a message saying "the list"', () => {
    expect(
      notRefused([
        ['every day at 9 post the list in slack', 'the list'],
        ['every day at 9 send me the full list', 'the full list'],
        ['every friday send Coach Mia the list', 'the list'],
        // today's patients may be those booked today: not the leads created today
        ["every morning send me the list of today's patients", 'send me the list of'],
        // a list of the people to each of them is a message to each, not read here
        ['every monday email our client list the new offer', 'email our client list the new offer'],
        // a list of bookings to each of many people: never a find, or a report, for every one of them
        ["every monday email the new leads the list of today's classes", "the list of today's classes"],
        [
          "every monday at 9 send all leads tagged vip the list of this week's classes",
          "the list of this week's classes",
        ],
      ]),
    ).toStrictEqual([]);
  });
});

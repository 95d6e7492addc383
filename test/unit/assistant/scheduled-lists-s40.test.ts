import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import type { Step } from '../../../statemachines/schema';
import { validateWorkflow } from '../../../statemachines/validate';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Session 40 (a17), issue 16: a scheduled message whose content is a set of records ("post today's events in slack",
 * "email me the leads that came in this week", "how many new leads we got today", "save today's booking list as a
 * file") is a find and ONE message (or file) carrying the found records, never the message alone. Records no finder
 * reads stay refused, quoted. And a reminder to the team or a role "on slack" is a Slack post, as "notify the team on
 * Slack" is; a named person keeps their own message.
 */

const stepsOf = (prompt: string): readonly Step[] => {
  const result = parsePrompt(prompt);
  if (!result.ok) throw new Error(`${prompt} → refused: ${result.problems.join('; ')}`);
  expect(validateWorkflow(result.definition).valid).toBe(true);
  return result.definition.steps;
};
const inputOf = (step: Step | undefined): unknown => (step && 'input' in step ? step.input : undefined);

const DAY_LISTS: readonly (readonly [Case, string])[] = [
  [
    [
      "each morning at half 7 post today's events in slack (irish time)",
      'cron(30 7 * * ? *) Europe/Dublin',
      'calendar.find; notify.slack',
    ],
    'today',
  ],
  [
    [
      "Every Monday at 8:30am Perth time post this week's weddings in slack",
      'cron(30 8 ? * MON *) Australia/Perth',
      'calendar.find; notify.slack',
    ],
    'this-week',
  ],
  [
    [
      'every day at 7am (UK) post the list of todays show rounds in slack',
      'cron(0 7 * * ? *) Europe/London',
      'calendar.find; notify.slack',
    ],
    'today',
  ],
  [
    ["every morning post tomorrow's weddings in #events", 'cron(0 9 * * ? *)', 'calendar.find; notify.slack'],
    'tomorrow',
  ],
  [
    ["each morning at 8 send Orla today's weddings", 'cron(0 8 * * ? *)', 'calendar.find; notify.team'],
    'today',
  ],
  [
    [
      "every day at 7 send the team the list of tomorrow's parties",
      'cron(0 7 * * ? *)',
      'calendar.find; notify.team',
    ],
    'tomorrow',
  ],
  [
    [
      'every sunday night at 8 Denver time, post the week ahead (all appointments for the next 7 days) to #scheduling',
      'cron(0 20 ? * SUN *) America/Denver',
      'calendar.find; notify.slack',
    ],
    'next-7-days',
  ],
  [
    [
      'every sunday at 6pm post the week ahead to #scheduling',
      'cron(0 18 ? * SUN *)',
      'calendar.find; notify.slack',
    ],
    'next-7-days',
  ],
  [
    [
      'every sunday post all appointments for the next 7 days to #scheduling',
      'cron(0 9 ? * SUN *)',
      'calendar.find; notify.slack',
    ],
    'next-7-days',
  ],
  [
    [
      'every morning at 7.45 send the cleaners (cleaning@sparkleclean.sg) the rooms that are booked today',
      'cron(45 7 * * ? *)',
      'calendar.find; email.send',
    ],
    'today',
  ],
  [
    [
      'every evening email me the courts booked for tomorrow',
      'cron(0 18 * * ? *)',
      'calendar.find; notify.team',
    ],
    'tomorrow',
  ],
  [
    ['every morning post the rooms booked today in #ops', 'cron(0 9 * * ? *)', 'calendar.find; notify.slack'],
    'today',
  ],
  [
    [
      'every monday 9am email me this weeks site visits, me = events@oakfieldbarn.com',
      'cron(0 9 ? * MON *)',
      'calendar.find; email.send',
    ],
    'this-week',
  ],
];

const LEAD_LISTS: readonly (readonly [Case, string])[] = [
  [
    [
      'sunday 6pm email me (owner@brightstarts.example.com) all the new enquiries from this week',
      'cron(0 18 ? * SUN *)',
      'crm.findLeads; email.send',
    ],
    'this-week',
  ],
  [
    [
      'sunday 9pm NY time email me the leads that came in this week - kayla@bkcowork.com',
      'cron(0 21 ? * SUN *) America/New_York',
      'crm.findLeads; email.send',
    ],
    'this-week',
  ],
  [
    [
      'every evening email me owner@example.com the leads that came in today',
      'cron(0 18 * * ? *)',
      'crm.findLeads; email.send',
    ],
    'today',
  ],
];

const COUNTED: readonly (readonly [Case, string])[] = [
  [
    [
      'every 2 hours post in slack how many new leads we got today',
      'rate(2 hours)',
      'crm.findLeads; notify.slack',
    ],
    'today',
  ],
  [
    [
      'every friday at 5 email me how many enquiries came in this week',
      'cron(0 17 ? * FRI *)',
      'crm.findLeads; notify.team',
    ],
    'this-week',
  ],
  [
    [
      "each evening tell the team on slack how many leads we've had today",
      'cron(0 18 * * ? *)',
      'crm.findLeads; notify.slack',
    ],
    'today',
  ],
  [
    [
      'every hour post in #sales how many new leads came in today',
      'rate(1 hour)',
      'crm.findLeads; notify.slack',
    ],
    'today',
  ],
];

const SAVED: readonly Case[] = [
  [
    "every evening at 8pm save today's booking list as a file in the daily-bookings folder",
    'cron(0 20 * * ? *)',
    'calendar.find; files.create',
  ],
  [
    "every friday at 5 export this week's bookings to a file in the exports folder",
    'cron(0 17 ? * FRI *)',
    'calendar.find; files.create',
  ],
  ["each night store tomorrow's appointments in a file", 'cron(0 20 * * ? *)', 'calendar.find; files.create'],
];

/** Near misses: a loop stays a loop, a summary stays the report, a thing named stays the message's thing. */
const TWINS: readonly Case[] = [
  [
    'every sunday email all appointments for the next 7 days a reminder',
    'cron(0 9 ? * SUN *)',
    'calendar.find; forEach[email.send]',
  ],
  ["every morning email me today's bookings summary", 'cron(0 9 * * ? *)', 'report.summarize; notify.team'],
  [
    'Sundays at 7pm email all our members (customers) this weeks timetable',
    'cron(0 19 ? * SUN *)',
    'crm.findLeads; forEach[email.send]',
  ],
  ['every morning at 9 post the events reminder in slack', 'cron(0 9 * * ? *)', 'notify.slack'],
];

/** Records no finder reads, or a list with nowhere to go: refused, quoting them. */
const REFUSED: readonly (readonly [string, string])[] = [
  ['every monday post in slack how many new members joined this week', 'how many new members joined'],
  ["every morning post today's deliveries count in slack", "today's deliveries count"],
  ["every evening save today's bookings to the crm", "today's bookings"],
  ['every day at 9 post in slack how many leads are tagged hot', 'how many leads are tagged hot'],
  [
    'every monday post in slack how many new leads came in last month',
    'how many new leads came in last month',
  ],
  ['every friday remind staff who missed training to book a session', 'who missed training'],
  ["every friday email me this week's bookings, me = sam", 'me = sam'],
];

describe('scheduled messages carrying records (session 40)', () => {
  it("GIVEN a day's bookings in a trade's words (events, weddings, show rounds, the week ahead) WHEN parsed THEN calendar.find for that day and one message with its text", () => {
    expect(misread(DAY_LISTS.map(([c]) => c))).toStrictEqual([]);
    for (const [[prompt], day] of DAY_LISTS) {
      const [find, message] = stepsOf(prompt);
      expect(inputOf(find)).toStrictEqual({ day });
      expect(JSON.stringify(inputOf(message))).toContain('{{steps.find-bookings.text}}');
    }
  });

  it('GIVEN the leads of a day or week sent to "me" with an address in brackets or after a dash WHEN parsed THEN crm.findLeads for that period, emailed to the address', () => {
    expect(misread(LEAD_LISTS.map(([c]) => c))).toStrictEqual([]);
    for (const [[prompt], createdIn] of LEAD_LISTS) {
      const [find, email] = stepsOf(prompt);
      expect(inputOf(find)).toStrictEqual({ createdIn });
      expect(inputOf(email)).toMatchObject({ body: expect.stringContaining('{{steps.find-leads.text}}') });
    }
  });

  it('GIVEN "how many (new) leads we got today" posted or sent WHEN parsed THEN crm.findLeads for that period and one message with the count and the list', () => {
    expect(misread(COUNTED.map(([c]) => c))).toStrictEqual([]);
    for (const [[prompt], createdIn] of COUNTED) {
      const [find, message] = stepsOf(prompt);
      expect(inputOf(find)).toStrictEqual({ createdIn });
      expect(inputOf(message)).toMatchObject({
        text: expect.stringMatching(/\{\{steps\.find-leads\.count\}\}[\s\S]*\{\{steps\.find-leads\.text\}\}/),
      });
    }
  });

  it("GIVEN a day's bookings saved as a file WHEN parsed THEN calendar.find and a file whose content is the found list", () => {
    expect(misread(SAVED)).toStrictEqual([]);
    expect(inputOf(stepsOf(SAVED[0]?.[0] ?? '')[1])).toMatchObject({
      content: '{{steps.find-bookings.text}}',
      folder: 'daily-bookings',
    });
  });

  it('GIVEN a loop over the bookings, a summary, or a thing of the week named WHEN parsed THEN the loop, the report or the message, as before', () => {
    expect(misread(TWINS)).toStrictEqual([]);
  });

  it('GIVEN records no finder reads, or a list with nowhere to go WHEN parsed THEN it is refused, quoting them', () => {
    expect(notRefused(REFUSED)).toStrictEqual([]);
  });
});

const SLACK_REMINDERS: readonly (readonly [Case, Record<string, unknown>])[] = [
  [
    [
      'each morning at 6:30 central time remind the opener on slack to check the heating and the ratios',
      'cron(30 6 * * ? *) America/Chicago',
      'notify.slack',
    ],
    { text: 'For the opener: Reminder: check the heating and the ratios' },
  ],
  [
    [
      'mon wed fri at noon remind the team on slack to post a story on insta',
      'cron(0 12 ? * MON,WED,FRI *)',
      'notify.slack',
    ],
    { text: 'Reminder: post a story on insta' },
  ],
  [
    ['every friday remind the front desk in slack to check the diary', 'cron(0 9 ? * FRI *)', 'notify.slack'],
    { text: 'For the front desk: Reminder: check the diary' },
  ],
  [
    ['each morning remind me on slack to open the safe', 'cron(0 9 * * ? *)', 'notify.slack'],
    { text: 'Reminder: open the safe' },
  ],
  [
    [
      'remind staff every friday at 3pm on slack to fill in their timesheets',
      'cron(0 15 ? * FRI *)',
      'notify.slack',
    ],
    { text: 'Reminder: fill in their timesheets' },
  ],
  [
    [
      'every weekday at 5.30pm remind closing staff to do the register check & lock up (post in slack pls)',
      'cron(30 17 ? * MON-FRI *)',
      'notify.slack',
    ],
    { text: 'For the closing staff: Reminder: do the register check and lock up' },
  ],
  [
    ['every friday slack reminder to submit timesheets', 'cron(0 9 ? * FRI *)', 'notify.slack'],
    { text: 'Reminder: submit timesheets' },
  ],
];

const OTHER_REMINDERS: readonly (readonly [Case, Record<string, unknown>])[] = [
  [
    ['every friday remind Sam on slack to send the newsletter', 'cron(0 9 ? * FRI *)', 'notify.team'],
    { text: 'Reminder: send the newsletter', member: 'Sam', via: 'slack' },
  ],
  [
    ['every monday remind the team to send timesheets', 'cron(0 9 ? * MON *)', 'notify.team'],
    { text: 'Reminder: send timesheets' },
  ],
  [
    ['every friday remind the team by email to send timesheets', 'cron(0 9 ? * FRI *)', 'notify.team'],
    { text: 'Reminder: send timesheets', via: 'email' },
  ],
  [
    ['every friday remind the team in #general to send timesheets', 'cron(0 9 ? * FRI *)', 'notify.slack'],
    { text: 'Reminder: send timesheets', channel: '#general' },
  ],
  [
    ['every friday remind staff to fill in timesheets', 'cron(0 9 ? * FRI *)', 'notify.team'],
    { text: 'Reminder: fill in timesheets' },
  ],
  [
    ['every friday remind staff by email to fill in timesheets', 'cron(0 9 ? * FRI *)', 'notify.team'],
    { text: 'Reminder: fill in timesheets', via: 'email' },
  ],
];

describe('reminders to the team on Slack (session 40)', () => {
  it('GIVEN the team, a role or me reminded "on/in slack" WHEN parsed THEN one Slack post, whom it is for in its text', () => {
    expect(misread(SLACK_REMINDERS.map(([c]) => c))).toStrictEqual([]);
    for (const [[prompt], input] of SLACK_REMINDERS) expect(inputOf(stepsOf(prompt)[0])).toStrictEqual(input);
  });

  it('GIVEN a named person on slack, no channel, email, or a #channel WHEN parsed THEN their message, the team message, or the channel post, as before', () => {
    expect(misread(OTHER_REMINDERS.map(([c]) => c))).toStrictEqual([]);
    for (const [[prompt], input] of OTHER_REMINDERS) expect(inputOf(stepsOf(prompt)[0])).toStrictEqual(input);
  });
});

import { describe, expect, it } from 'vitest';
import { inputOf, misread, notRefused, stepsOf } from './misread';
import type { Case } from './table/case';

/**
 * Session 44 (a48), issue 16: on a schedule, records said in a trade's nouns with a window ("what's booked for the
 * next 7 days", "tonight's dinner bookings", "today's inspections", "the next 7 days of viewings", "overdue rent",
 * "every overdue deposit") are the find of that record; then one delivery of the list ("send Thandi …", "email the
 * kitchen with …", "post them to slack", "… emailed to reception@…", "save … to a file") or a loop when the action is
 * for each ("for every overdue deposit send the reminder"). A report's second delivery may be said in the passive
 * ("saved as a file … and emailed to sam@…"). Phrasings of sets 41–43 and of other trades.
 */

/** A window's bookings, sent once: [case, the day calendar.find is given]. */
const BOOKED: readonly (readonly [Case, string])[] = [
  [
    [
      'sunday nights 8pm tell Liam whats booked for the next 7 days',
      'cron(0 20 ? * SUN *)',
      'calendar.find; notify.team',
    ],
    'next-7-days',
  ],
  [
    [
      "each morning at 7 let Dmitri know what's booked for today",
      'cron(0 7 * * ? *)',
      'calendar.find; notify.team',
    ],
    'today',
  ],
  [
    [
      'at 15:00 every day italian time - email the kitchen cucina@villarosa.it with tonights dinner bookings',
      'cron(0 15 * * ? *) Europe/Rome',
      'calendar.find; email.send',
    ],
    'today',
  ],
  [
    [
      "every morning at 9 email the kitchen with tonight's bookings",
      'cron(0 9 * * ? *)',
      'calendar.find; notify.team',
    ],
    'today',
  ],
  [
    [
      "every sunday at 6pm email the groomers with tomorrow's appointments",
      'cron(0 18 ? * SUN *)',
      'calendar.find; notify.team',
    ],
    'tomorrow',
  ],
  [
    [
      'every night at 2am save the next 7 days of bookings to a file in the backups folder',
      'cron(0 2 * * ? *)',
      'calendar.find; files.create',
    ],
    'next-7-days',
  ],
  [
    [
      'every monday at 8 post the next seven days of viewings in #lettings',
      'cron(0 8 ? * MON *)',
      'calendar.find; notify.slack',
    ],
    'next-7-days',
  ],
  [
    [
      "each weekday at 7:30am joburg time send Thandi today's inspections",
      'cron(30 7 ? * MON-FRI *) Africa/Johannesburg',
      'calendar.find; notify.team',
    ],
    'today',
  ],
  [
    ["every evening at 8 send Marta tomorrow's fittings", 'cron(0 20 * * ? *)', 'calendar.find; notify.team'],
    'tomorrow',
  ],
  [
    [
      "every friday at 4 email the office the coming week's tastings",
      'cron(0 16 ? * FRI *)',
      'calendar.find; notify.team',
    ],
    'next-7-days',
  ],
  [
    [
      'each weekday 8am email me the list of valuations for today',
      'cron(0 8 ? * MON-FRI *)',
      'calendar.find; notify.team',
    ],
    'today',
  ],
  [
    [
      'daily at 6am NZ time check tommorows bookings and put them in slack',
      'cron(0 6 * * ? *) Pacific/Auckland',
      'calendar.find; notify.slack',
    ],
    'tomorrow',
  ],
  [
    [
      "every day at 7am: today's bookings posted in #kitchen",
      'cron(0 7 * * ? *)',
      'calendar.find; notify.slack',
    ],
    'today',
  ],
];

/** Invoices and leads sent once, or acted on each. */
const RECORDS: readonly Case[] = [
  ['every monday 9am send me the list of overdue rent', 'cron(0 9 ? * MON *)', 'invoice.find; notify.team'],
  [
    'every friday at 3 send the accounts team the list of unpaid deposits',
    'cron(0 15 ? * FRI *)',
    'invoice.find; notify.team',
  ],
  [
    'Each day at 4pm for every overdue deposit send the reminder and add a note to the guest',
    'cron(0 16 * * ? *)',
    'invoice.find; forEach[invoice.sendReminder; crm.addNote]',
  ],
  [
    'every day at 10 find the overdue deposits and chase each one',
    'cron(0 10 * * ? *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    'Every hour check for overdue invoices and post them to slack',
    'rate(1 hour)',
    'invoice.find; notify.slack',
  ],
  [
    'every monday at 9 get the unpaid invoices and share them in #finance',
    'cron(0 9 ? * MON *)',
    'invoice.find; notify.slack',
  ],
  [
    "every morning check today's appointments and post them in #reception",
    'cron(0 9 * * ? *)',
    'calendar.find; notify.slack',
  ],
  [
    'friday 4pm - list of new clients who joined this week emailed to reception@cedarvet.com',
    'cron(0 16 ? * FRI *)',
    'crm.findLeads; email.send',
  ],
  [
    'every friday 4pm - list of new members who joined this week emailed to office@climbhub.com',
    'cron(0 16 ? * FRI *)',
    'crm.findLeads; email.send',
  ],
  [
    'every friday at 6: the list of overdue invoices emailed to accounts@harbourlaw.com',
    'cron(0 18 ? * FRI *)',
    'invoice.find; email.send',
  ],
];

/** Reports delivered twice, the second in the passive, or to the GM. */
const REPORTS: readonly Case[] = [
  [
    "1st of the month at 9: last month's report, saved as a file in the reports folder and emailed to sam@maplekeyproperties.ca",
    'cron(0 9 1 * ? *)',
    'report.summarize; files.create; email.send',
  ],
  [
    'every friday: a summary of the week, posted in #team and emailed to sam@northfield.ca',
    'cron(0 9 ? * FRI *)',
    'report.summarize; notify.slack; email.send',
  ],
  [
    "every monday at 8: last week's summary, saved as a pdf in the reports folder and emailed to the MD",
    'cron(0 8 ? * MON *)',
    'report.summarize; files.create; notify.team',
  ],
  [
    'every night at 11 summarise the day, save it as a file (night audit folder) and email it to the GM at gm@harbourviewhotel.com',
    'cron(0 23 * * ? *)',
    'report.summarize; files.create; email.send',
  ],
  ['every night at 2am email me a summary', 'cron(0 2 * * ? *)', 'report.summarize; notify.team'],
  [
    'Every Friday at 5pm: summary of this week, emailed to me and posted in #all-hands',
    'cron(0 17 ? * FRI *)',
    'report.summarize; notify.team; notify.slack',
  ],
  [
    'Every Friday at 5pm: summary of this week, posted in #ops and emailed to me',
    'cron(0 17 ? * FRI *)',
    'report.summarize; notify.slack; notify.team',
  ],
];

/** Twins that stay as they were: "each" is a post each; records after what one of ours is asked to do are words. */
const TWINS: readonly Case[] = [
  [
    'every hour check for overdue invoices and post each one to slack',
    'rate(1 hour)',
    'invoice.find; forEach[notify.slack]',
  ],
  [
    'every day at 5 post each overdue invoice in #ar',
    'cron(0 17 * * ? *)',
    'invoice.find; forEach[notify.slack]',
  ],
  [
    'mon-fri at 10.30 remind whoever is on the desk to chase any unpaid deposits',
    'cron(30 10 ? * MON-FRI *)',
    'notify.team',
  ],
  [
    "every sunday at 8pm perth time send a message to the #rostering slack channel reminding everyone to check next week's shifts",
    'cron(0 20 ? * SUN *) Australia/Perth',
    'notify.slack',
  ],
  [
    'every monday remind clients to pay their overdue invoices',
    'cron(0 9 ? * MON *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  ['every night at 11 email me a summary', 'cron(0 23 * * ? *)', 'report.summarize; notify.team'],
];

/** Must refuse: a window no finder names, records no finder keeps, a list to each of its own people. */
const REFUSED: readonly (readonly [string, string])[] = [
  ["every monday at 9 post last year's festival bookings to #events", "last year's festival bookings"],
  ["every monday at 9 email me yesterday's appointments", "yesterday's appointments"],
  [
    "every monday at 9 post the bookings from last year's festival to #events",
    "the bookings from last year's",
  ],
  ["every day at 5 email me tonight's staff rota", "tonight's staff rota"],
  ["every day at 4pm email the kitchen with tonight's staff rota", 'staff rota'],
  ["every day at 8 email the chef with today's orders", "today's orders"],
  ['every monday email me the list of overdue orders', 'overdue orders'],
  ["every day at 7 email the guests with today's bookings", 'the guests'],
  ["every day at 6pm send every guest tomorrow's bookings", "tomorrow's bookings"],
  ["every morning at 8 today's appointments sent to each patient", "today's appointments"],
  ["every friday tell Liam what's booked for last month", 'last month'],
  ['every sunday send Liam the next 30 days of bookings', 'the next 30 days of bookings'],
];

describe('scheduled finds said in the trade’s words (session 44)', () => {
  it("GIVEN a window's bookings in a trade's words (what's booked for the next 7 days, tonight's dinner bookings, today's inspections) sent to someone, a channel or a file WHEN parsed THEN calendar.find for that day and one delivery", () => {
    expect(misread(BOOKED.map(([c]) => c))).toStrictEqual([]);
    for (const [[prompt], day] of BOOKED) expect(inputOf(stepsOf(prompt)[0]).day, prompt).toBe(day);
  });

  it('GIVEN overdue rent or deposits, invoices or bookings posted as "them", or a list said before "emailed to" WHEN parsed THEN one find and one message, or a loop when the action is for each', () => {
    expect(misread(RECORDS)).toStrictEqual([]);
    const [find, post] = stepsOf('Every hour check for overdue invoices and post them to slack');
    expect(inputOf(find)).toStrictEqual({ status: 'overdue' });
    expect(String(inputOf(post).text)).toContain(`{{steps.${find?.id}.text}}`);
  });

  it('GIVEN a report saved and then emailed, both in the passive, or emailed to the GM WHEN parsed THEN each delivery, in the order said', () => {
    expect(misread(REPORTS)).toStrictEqual([]);
  });

  it('GIVEN "each" said, or records after what one of ours is asked to do WHEN parsed THEN a post each, or the reminder alone', () => {
    expect(misread(TWINS)).toStrictEqual([]);
  });

  it('GIVEN a time gone by, records no finder keeps or a list sent to each of its people WHEN parsed THEN refused, quoting it', () => {
    expect(notRefused(REFUSED)).toStrictEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { inputOf, misread, notRefused, stepsOf } from './misread';
import type { Case } from './table/case';

/**
 * Session 44 (a48), issue 16, with scheduled-finds-s44: the find takes what picks the records out — people who came
 * in via a source within a window ("the guests that came in via booking.com this week"), one customer's invoices by
 * address, payers ("everyone who owes us money", "tenants in arrears", "the overdue accounts"), a tag — and the
 * schedule may be "the night before" tomorrow's bookings. Records picked so and sent to us, an address or a channel
 * with nothing else said are one list; "each" or "every … in #channel" stays a message each.
 */

/** People of a source who came in within a window; one customer's invoices; the evening before tomorrow's bookings. */
const WINDOWS: readonly (readonly [Case, Record<string, unknown>])[] = [
  [
    [
      'fridays 10am - email all the guests that came in via booking.com this week inviting them to book direct next time (10% off)',
      'cron(0 10 ? * FRI *)',
      'crm.findLeads; forEach[email.send]',
    ],
    { source: 'booking.com', createdIn: 'this-week' },
  ],
  [
    [
      'every monday email the patients who came in through google this week a feedback form',
      'cron(0 9 ? * MON *)',
      'crm.findLeads; forEach[email.send]',
    ],
    { source: 'google', createdIn: 'this-week' },
  ],
  [
    [
      'every friday at 10 email all the members who joined via the open day this week a welcome pack',
      'cron(0 10 ? * FRI *)',
      'crm.findLeads; forEach[email.send]',
    ],
    { source: 'open day', createdIn: 'this-week' },
  ],
  [
    [
      'each monday 10am find all the unpaid invoices for Paws & Claws Rescue (accounts@pawsclaws.org.au) and send a reminder for each',
      'cron(0 10 ? * MON *)',
      'invoice.find; forEach[invoice.sendReminder]',
    ],
    { status: 'unpaid', customerEmail: 'accounts@pawsclaws.org.au' },
  ],
  [
    [
      'every friday chase all unpaid invoices for Harbour Cafe (accounts@harbourcafe.com.au)',
      'cron(0 9 ? * FRI *)',
      'invoice.find; forEach[invoice.sendReminder]',
    ],
    { status: 'unpaid', customerEmail: 'accounts@harbourcafe.com.au' },
  ],
  [
    [
      "6pm the night before: send every guest who's arriving tomorrow a reminder with the parking details",
      'cron(0 18 * * ? *)',
      'calendar.find; forEach[email.send]',
    ],
    { day: 'tomorrow', withAttendee: true },
  ],
  [
    [
      'at 5 the evening before, email everyone booked tomorrow a reminder',
      'cron(0 17 * * ? *)',
      'calendar.find; forEach[email.send]',
    ],
    { day: 'tomorrow', withAttendee: true },
  ],
  [
    [
      'the afternoon before at 3pm, remind everyone booked tomorrow',
      'cron(0 15 * * ? *)',
      'calendar.find; forEach[email.send]',
    ],
    { day: 'tomorrow', withAttendee: true },
  ],
];

/** Must refuse: "the night before" nothing of tomorrow; a customer by name alone. */
const WINDOW_REFUSED: readonly (readonly [string, string])[] = [
  ['6pm the night before: email me a summary', 'before'],
  ['every friday chase all overdue invoices for the Smith family', 'for the Smith'],
];

describe('scheduled finds by source and window, customer, or the evening before (session 44)', () => {
  it("GIVEN people who came in via a source within a window, one customer's invoices by address, or a time the night before tomorrow's bookings WHEN parsed THEN the find takes each and the schedule runs daily", () => {
    expect(misread(WINDOWS.map(([c]) => c))).toStrictEqual([]);
    for (const [[prompt], input] of WINDOWS) expect(inputOf(stepsOf(prompt)[0]), prompt).toStrictEqual(input);
  });

  it('GIVEN "the night before" with nothing of tomorrow, or a customer by name alone WHEN parsed THEN refused, quoting it', () => {
    expect(notRefused(WINDOW_REFUSED)).toStrictEqual([]);
  });
});

/** Records picked by who they are (payers, a tag, a state) sent to us, an address or a channel: one list. */
const PICKED: readonly Case[] = [
  [
    'every monday at 9 email me a list of everyone who owes us money',
    'cron(0 9 ? * MON *)',
    'invoice.find; notify.team',
  ],
  ['every week send me all the tenants in arrears', 'cron(0 9 ? * MON *)', 'invoice.find; notify.team'],
  [
    'every monday post the list of tenants in arrears to #lettings',
    'cron(0 9 ? * MON *)',
    'invoice.find; notify.slack',
  ],
  [
    'every monday 8am send the office a list of members whose fees are overdue',
    'cron(0 8 ? * MON *)',
    'invoice.find; notify.team',
  ],
  ['each monday send me every lead tagged hot', 'cron(0 9 ? * MON *)', 'crm.findLeads; notify.team'],
  ['every day at 10 send me the overdue accounts', 'cron(0 10 * * ? *)', 'invoice.find; notify.team'],
  [
    'every day at 10 email the unpaid clients a reminder',
    'cron(0 10 * * ? *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    'every day at 9 save the list of overdue invoices as a csv in the finance folder',
    'cron(0 9 * * ? *)',
    'invoice.find; files.create',
  ],
  [
    "every night at 10 back up today's bookings to a file in the archive folder",
    'cron(0 22 * * ? *)',
    'calendar.find; files.create',
  ],
  ["every sunday evening email me what's on next week", 'cron(0 18 ? * SUN *)', 'calendar.find; notify.team'],
  [
    'every day at noon tell the kitchen how many covers we have tonight',
    'cron(0 12 * * ? *)',
    'calendar.find; notify.team',
  ],
  [
    "every sunday at 8pm send the vets tomorrow's surgeries",
    'cron(0 20 ? * SUN *)',
    'calendar.find; notify.team',
  ],
];

/** Each one said, or posted per record in a channel: a message each, as before. */
const PICKED_EACH: readonly Case[] = [
  [
    'every monday 9am post every overdue invoice in #collections',
    'cron(0 9 ? * MON *)',
    'invoice.find; forEach[notify.slack]',
  ],
  ['every day post each new lead in #sales', 'cron(0 9 * * ? *)', 'crm.findLeads; forEach[notify.slack]'],
  [
    'every monday email all the clients with overdue invoices',
    'cron(0 9 ? * MON *)',
    'invoice.find; forEach[email.send]',
  ],
];

describe('records picked by who they are, sent as one list (session 44)', () => {
  it('GIVEN payers, tenants in arrears, leads by tag or accounts by invoice state sent to us, an address or a channel, or a list saved or backed up WHEN parsed THEN one find and one delivery', () => {
    expect(misread(PICKED)).toStrictEqual([]);
  });

  it('GIVEN "each", "every … in #channel" or the records as whom it goes to WHEN parsed THEN a message for each, as before', () => {
    expect(misread(PICKED_EACH)).toStrictEqual([]);
    expect(
      notRefused([["every day at 7 email the guests what's booked for today", 'the guests']]),
    ).toStrictEqual([]);
  });
});

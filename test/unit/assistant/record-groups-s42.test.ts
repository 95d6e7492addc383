import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread } from './misread';
import type { Case } from './table/case';

/**
 * Issue #16 (session 42, a33): groups of records read from the parts of the clause that selects them. A quantifier
 * and a group that gets a message on a schedule is sent it, one each; whom we wrote to and who never replied is a
 * find by silence, its length said as when we wrote ("10 days ago") or as the silence ("in 3 weeks"); "still" adds
 * nothing a find could test; people who joined or came in on a day are a find by when they came in; people found and
 * posted in a channel are one post listing them. From sets 31–37 (the "many" rows) and phrasings of other trades.
 */

/** A group that gets a message on a schedule: a find, and the message to each. */
const GROUP_GETS: readonly Case[] = [
  [
    'wednesdays 10am - everyone we emailed over a week ago who never replied gets a friendly nudge email',
    'cron(0 10 ? * WED *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'every thursday at 4pm anyone we emailed 10 days ago who never replied gets a last chance email',
    'cron(0 16 ? * THU *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'every tuesday at 9 all the tenants we wrote to over a week ago who never got back to us get a follow up email',
    'cron(0 9 ? * TUE *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'every monday at 8 every member still on status new gets our welcome pack email',
    'cron(0 8 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'every wednesday at 10 all leads tagged vip get our newsletter',
    'cron(0 10 ? * WED *)',
    'crm.findLeads; forEach[email.send]',
  ],
];

/** Whom we wrote to and who never replied, said from our side or theirs: the leads with no reply for that long. */
const SILENT: readonly Case[] = [
  [
    'every friday at 10, anyone we emailed and havent heard back from in 2 weeks - send them a nudge',
    'cron(0 10 ? * FRI *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'fridays 3pm: every patient we emailed and haven’t heard back from in 3 weeks gets a recall reminder',
    'cron(0 15 ? * FRI *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'sunday 6pm: anyone we emailed who hasn’t replied in a week gets a nudge email',
    'cron(0 18 ? * SUN *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'once a week (wed 9am) find leads we emailed 7+ days ago that never replied and send each a follow up',
    'cron(0 9 ? * WED *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'every monday email all the members we emailed and haven’t heard back from in 10 days',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
];

/** "still", "who's got", "tomoz", "joined yesterday": the selecting clause's other words. */
const SELECTORS: readonly Case[] = [
  [
    'every monday 9am send a payment reminder to everyone who still has an unpaid subs invoice',
    'cron(0 9 ? * MON *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    'every monday at 10am send a check-in email to all the leads still marked "new"',
    'cron(0 10 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'every evening at 6 email everybody whos got a booking tomoz to remind them',
    'cron(0 18 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'every day at 9 find leads that came in yesterday and email them',
    'cron(0 9 * * ? *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'every morning at 8 find the pupils who joined yesterday and email them the timetable',
    'cron(0 8 * * ? *)',
    'crm.findLeads; forEach[email.send]',
  ],
];

/** A day's people found ("yesterday's new leads"): the people who came in then, never a report of the day. */
const DAYS_PEOPLE: readonly Case[] = [
  [
    'Each day at 10 find yesterday’s new leads and book a follow-up call for each one',
    'cron(0 10 * * ? *)',
    'crm.findLeads; forEach[calendar.schedule]',
  ],
  [
    'Each day at 10 find yesterday’s new leads and book a follow-up call with each of them',
    'cron(0 10 * * ? *)',
    'crm.findLeads; forEach[calendar.schedule]',
  ],
  [
    'every friday grab this week’s new members and email them the welcome pack',
    'cron(0 9 ? * FRI *)',
    'crm.findLeads; forEach[email.send]',
  ],
];

/** People found and posted in a channel: one post with the list. */
const POSTED: readonly Case[] = [
  [
    'each morning at 9 find members that joined yesterday and post them in #welcome',
    'cron(0 9 * * ? *)',
    'crm.findLeads; notify.slack',
  ],
  [
    'every morning at 8 find the students that signed up yesterday and post them in #new-starters',
    'cron(0 8 * * ? *)',
    'crm.findLeads; notify.slack',
  ],
  // invoices too since session 44 (was a post each)
  [
    'every monday at 9 get the overdue invoices and post them in #ar',
    'cron(0 9 ? * MON *)',
    'invoice.find; notify.slack',
  ],
];

/** Twins: a time is never the group, an event's record is the event's, "each one" stays a post each. */
const TWINS: readonly Case[] = [
  [
    'every monday everyone gets the weekly summary email',
    'cron(0 9 ? * MON *)',
    'report.summarize; notify.team',
  ],
  [
    'every monday at 9 the sales team gets a summary email',
    'cron(0 9 ? * MON *)',
    'report.summarize; notify.team',
  ],
  [
    'every day at 9 find the new leads and post each one in #sales',
    'cron(0 9 * * ? *)',
    'crm.findLeads; forEach[notify.slack]',
  ],
];

/** Must stay refused: no length for the silence, a group on an event. */
const REFUSED: readonly string[] = [
  'every monday email everyone we emailed who never replied',
  'when a new lead comes in every lead tagged vip gets a welcome email',
];

describe('groups of records by their selecting clause (session 42)', () => {
  it('GIVEN a group that gets, receives or should get a message on a schedule WHEN parsed THEN the find and an email to each', () => {
    expect(misread(GROUP_GETS)).toStrictEqual([]);
  });

  it('GIVEN whom we wrote to who never replied, the length said as when we wrote or as the silence WHEN parsed THEN the leads with no reply for that long', () => {
    expect(misread(SILENT)).toStrictEqual([]);
  });

  it('GIVEN "still", "who’s got", "tomoz" or "joined yesterday" in the selecting clause WHEN parsed THEN the find reads the state, the day or when they came in', () => {
    expect(misread(SELECTORS)).toStrictEqual([]);
  });

  it('GIVEN a day’s people found ("yesterday’s new leads", "this week’s new members") WHEN parsed THEN the leads that came in then, each acted on (was a report of the day)', () => {
    expect(misread(DAYS_PEOPLE)).toStrictEqual([]);
  });

  it('GIVEN people or invoices found and posted in a channel WHEN parsed THEN one post listing them', () => {
    expect(misread(POSTED)).toStrictEqual([]);
  });

  it('GIVEN a time before "everyone gets", a team that gets a report or "each one" WHEN parsed THEN unchanged: a report, a post each', () => {
    expect(misread(TWINS)).toStrictEqual([]);
  });

  it('GIVEN a silence with no length or a group on an event WHEN parsed THEN refused', () => {
    expect(REFUSED.filter((p) => parsePrompt(p).ok)).toStrictEqual([]);
  });
});

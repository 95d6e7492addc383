import { describe, expect, it } from 'vitest';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Session 39 (issue #16, development sets 23–28): waits said in sequences, a plain wait whose outcome names what it
 * awaits, and a wait said first with no comma. Beside waits-s39.test.ts (booking moments, outcomes said short).
 */

/** A sequence said with waits and a day counted from its start ("a last one on day 7"), and "another one". */
const SEQUENCE_DAYS: readonly Case[] = [
  [
    'New lead - welcome email now, another one 3 days later with class recommendations, and a last one on day 7 saying their trial is ending',
    'lead.created',
    'email.send; wait(P3D); email.send; wait(P4D); email.send',
  ],
  [
    'New lead - welcome email now, another one three days later with class recommendations, and a last one on day 7 saying their trial is ending',
    'lead.created',
    'email.send; wait(P3D); email.send; wait(P4D); email.send',
  ],
  [
    'When a new lead comes in, send a welcome email, then another email 3 days later, then a last email on day 7',
    'lead.created',
    'email.send; wait(P3D); email.send; wait(P4D); email.send',
  ],
  [
    'When a new lead comes in, send a welcome email, wait 3 days, send another email, then on day 7 send a last one',
    'lead.created',
    'email.send; wait(P3D); email.send; wait(P4D); email.send',
  ],
  [
    'When a lead is added, send them a welcome email now, a reminder 2 days later, and a last one on day 5',
    'lead.created',
    'email.send; wait(P2D); email.send; wait(P3D); email.send',
  ],
  [
    'When a new lead comes in, send a welcome email, a week later another one, and a final one on day 14',
    'lead.created',
    'email.send; wait(P7D); email.send; wait(P7D); email.send',
  ],
  [
    'When someone books, send a confirmation, 2 days later a reminder, and on the 5th day a feedback email',
    'booking.created',
    'email.send; wait(P2D); email.send; wait(P3D); email.send',
  ],
  [
    'When an invoice is overdue, send a reminder, 5 days later another one, then on day 10 tell Pieter',
    'invoice.overdue',
    'invoice.sendReminder; wait(P5D); invoice.sendReminder; wait(P5D); notify.team',
  ],
  [
    'For new leads could you set this up: send a welcome email, wait 2 days, then send another email',
    'lead.created',
    'email.send; wait(P2D); email.send',
  ],
];

/** Near misses: a day counted alone (a timeline, or a schedule's day of the month), one more with no wait. */
const SEQUENCE_TWINS: readonly Case[] = [
  [
    'When a new lead comes in, send a welcome email. On day 3 send tips. On day 7 email them that the trial is ending',
    'lead.created',
    'email.send; wait(P3D); email.send; wait(P4D); email.send',
  ],
  ['On day 1 of each month send the team a report', 'cron(0 9 1 * ? *)', 'report.summarize; notify.team'],
  ['When a lead replies, send another one', 'email.received', 'email.send'],
];
const SEQUENCE_REFUSED: readonly (readonly [string, string])[] = [
  // day 2 is before the 3 days already waited: no wait goes back in time, and the step is never dropped
  [
    'When a new lead comes in, send a welcome email, 3 days later another one, and a last one on day 2',
    'day 2',
  ],
  [
    'When a new lead comes in, send a welcome email, 3 days later a tips email, and on day 3 a last one',
    'day 3',
  ],
];

describe('a sequence said with waits and days counted from its start (session 39)', () => {
  it('GIVEN "now", "another one 3 days later", "a last one on day 7" (or "on the 5th day") WHEN parsed THEN the waits between the steps, day 7 counted from the start', () => {
    expect(misread(SEQUENCE_DAYS)).toStrictEqual([]);
  });

  it('GIVEN days said alone (a timeline), a day of the month, or "another one" with no wait WHEN parsed THEN read as before', () => {
    expect(misread(SEQUENCE_TWINS)).toStrictEqual([]);
  });

  it('GIVEN a day at or before the time already waited WHEN parsed THEN it is refused, quoting the day, never dropped', () => {
    expect(notRefused(SEQUENCE_REFUSED)).toStrictEqual([]);
  });
});

/** A plain wait whose outcome says what it awaits ("wait 3 days, if they replied …"), and "if they don't tag …". */
const PLAIN_WAIT_OUTCOMES: readonly Case[] = [
  [
    'on new lead: email them, wait 3 days, if they replied tag hot, if not send one more email',
    'lead.created',
    'email.send; waitFor(email.received,P3D,event:[crm.updateLead],timeout:[email.send])',
  ],
  // the first branch was dropped: the reply tagged no one
  [
    'When a lead is added, email them, wait 3 days, if they reply tag them hot, otherwise send another email',
    'lead.created',
    'email.send; waitFor(email.received,P3D,event:[crm.updateLead],timeout:[email.send])',
  ],
  // a test of the trigger's invoice as it was when sent (never paid then), not a wait for the payment
  [
    "When an invoice is sent, wait 7 days. if it's paid thank them, if not send a reminder",
    'invoice.created',
    'waitFor(invoice.paid,P7D,event:[email.send],timeout:[invoice.sendReminder])',
  ],
  [
    'When a form is submitted, wait 2 days, if they booked tell Sam, if not email them the link',
    'form.submitted',
    'waitFor(booking.created,P2D,event:[notify.team],timeout:[email.send])',
  ],
  [
    "new lead: send intro email, then wait up to 5 days for a reply. if they reply book a 30 min consult, if they don't tag them cold",
    'lead.created',
    'email.send; waitFor(email.received,P5D,event:[calendar.schedule],timeout:[crm.updateLead])',
  ],
  [
    "When we email a lead, if they reply within 3 days tell Sam, if they don't mark them as lost",
    'email.sent[message]',
    'waitFor(email.received,P3D,event:[notify.team],timeout:[crm.updateLead])',
  ],
];

/** Near misses: a test of the lead after a plain wait, "if they don't book" as the awaited, a negative wait. */
const PLAIN_WAIT_TWINS: readonly Case[] = [
  [
    'When a lead is added, email them, wait 3 days. if the lead is qualified tag them hot',
    'lead.created',
    'email.send; wait(P3D); if(trigger.lead.status eq "qualified")[crm.updateLead]',
  ],
  [
    "When someone books, if they don't book a call within 3 days email them",
    'booking.created',
    'waitFor(booking.created,P3D,timeout:[email.send])',
  ],
  [
    "When a lead is added, email them, wait 3 days, then if they haven't replied send another email",
    'lead.created',
    'email.send; waitFor(email.received,P3D,timeout:[email.send])',
  ],
];

describe('a plain wait whose outcome says what it awaits (session 39)', () => {
  it('GIVEN "wait 3 days, if they replied X, if not Y" (a reply, a payment, a booking) WHEN parsed THEN one wait for it with X on its event and Y on its timeout', () => {
    expect(misread(PLAIN_WAIT_OUTCOMES)).toStrictEqual([]);
  });

  it('GIVEN a test of the lead after a plain wait, or a wait for a booking said negatively WHEN parsed THEN read as before', () => {
    expect(misread(PLAIN_WAIT_TWINS)).toStrictEqual([]);
  });
});

/** "N days after <event> <action>" with no comma, and a booking made said with a word for its kind. */
const SPAN_FIRST: readonly Case[] = [
  [
    'ten days after a new donor is added send them an impact update email',
    'lead.created',
    'wait(P10D); email.send',
  ],
  [
    '2 hrs after a class booking comes in send them the pre-class tips email',
    'booking.created',
    'wait(PT2H); email.send',
  ],
  [
    '3 days after a new candidate registers send them a check in email',
    'lead.created',
    'wait(P3D); email.send',
  ],
  ['3 days after an invoice is paid send them a review request', 'invoice.paid', 'wait(P3D); email.send'],
  // the booking made, not its end (was a wait until the class ended, then 2 hours)
  [
    '2 hours after a class booking comes in, send them the tips email',
    'booking.created',
    'wait(PT2H); email.send',
  ],
];

/** Near misses: after the booking itself (its end), and an event with a qualifier left as written. */
const SPAN_FIRST_TWINS: readonly Case[] = [
  ['2 hours after a class, send them the tips email', 'booking.created', 'wait(until+PT2H); email.send'],
  ['2 days after an appointment, email them', 'booking.created', 'wait(until+P2D); email.send'],
];
const SPAN_FIRST_REFUSED: readonly (readonly [string, string])[] = [
  ['10 days after a new lead from google is added send them an email', 'what starts the workflow'],
  ['2 days after a session booking, email them', '2 days after a session booking'],
];

describe('a wait said first, before its event and action with no comma (session 39)', () => {
  it('GIVEN "ten days after a new donor is added send them …", "2 hrs after a class booking comes in send them …" WHEN parsed THEN the event, the wait, the action', () => {
    expect(misread(SPAN_FIRST)).toStrictEqual([]);
  });

  it('GIVEN a time after the booking itself WHEN parsed THEN the wait until it ends, then that long', () => {
    expect(misread(SPAN_FIRST_TWINS)).toStrictEqual([]);
  });

  it('GIVEN an event with a qualifier and no comma, or a booking of a kind with no verb WHEN parsed THEN it is refused', () => {
    expect(notRefused(SPAN_FIRST_REFUSED)).toStrictEqual([]);
  });
});

describe('the person said first with no article (session 39, set 28)', () => {
  it('GIVEN "cand gets tagged \'placed\' -> 4 weeks later email them", "lead gets tagged …" WHEN parsed THEN the tag added starts the run, then the wait', () => {
    expect(
      misread([
        [
          "cand gets tagged 'placed' -> 4 weeks later email them to see how the new job is going",
          'lead.updated {"lead.tags":["placed"]}',
          'wait(P28D); email.send',
        ],
        [
          "lead gets tagged 'placed' -> 4 weeks later email them",
          'lead.updated {"lead.tags":["placed"]}',
          'wait(P28D); email.send',
        ],
        ['new lead is added -> email them', 'lead.created', 'email.send'],
      ]),
    ).toStrictEqual([]);
    // not a person: left as written
    expect(notRefused([['lead time is added -> email them', 'lead time is added']])).toStrictEqual([]);
  });
});

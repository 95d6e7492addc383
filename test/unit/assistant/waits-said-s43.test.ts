import { describe, expect, it } from 'vitest';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Waits as people say them (issue #16, session 43; sets 38–40): time given, then what did not come said as a state
 * asked ("give them 7 days → not paid by then?", "wait 5 days, still unpaid?"); a new person who has not replied
 * counted from when they arrived; business days said first; a time before any booking; a reminder posted in Slack.
 */

const STATE_ASKED: readonly Case[] = [
  [
    'Invoice issued → give them 7 days → not paid by then? send a reminder',
    'invoice.created',
    'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder])',
  ],
  [
    'invoice created -> give them 14 days, still not paid? send a reminder',
    'invoice.created',
    'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder])',
  ],
  [
    'new tenancy invoice → allow 10 days → still unpaid? let Precious know',
    'invoice.created',
    'waitFor(invoice.paid,P10D,timeout:[notify.team])',
  ],
  [
    'after we send a payment reminder wait 5 days, still unpaid? tell the boss (Karen)',
    'email.sent {"kind":["invoice-reminder"]}',
    'waitFor(invoice.paid,P5D,timeout:[notify.team])',
  ],
  [
    'new patient form lead → email the intake pack → give them 2 business days → not booked by then? remind reception',
    'form.submitted',
    'email.send; waitFor(booking.created,2BD,timeout:[notify.team])',
  ],
  [
    'new client added -> send welcome email -> wait 4 days -> still not replied? email them again',
    'lead.created',
    'email.send; waitFor(email.received,P4D,timeout:[email.send])',
  ],
];

/** No time given, a date instead of a time, nothing to match the payment by, a state with no event. */
const STATE_NOT_SO: readonly (readonly [string, string])[] = [
  // no time given: refused whichever words are quoted ("not paid by then", or how long to wait for the payment)
  ['Invoice issued → not paid by then? send a reminder', ''],
  ['invoice created -> give them 14 days, still not paid by the 5th? send a reminder', 'by the 5th'],
  ['when a booking is made wait 2 days, still unpaid? tell Jo', 'nothing to recognise the payment by'],
  ['wait 5 days, still not signed? tell Jo', 'signed'],
];

const NEW_NOT_REPLIED: readonly Case[] = [
  [
    'if a new lead hasnt replied within 3 business days get Dave to give them a ring',
    'lead.created',
    'waitFor(email.received,3BD,timeout:[notify.team])',
  ],
  [
    "if a new client hasn't answered within 48 hours, get Sarah to ring them",
    'lead.created',
    'waitFor(email.received,P2D,timeout:[notify.team])',
  ],
  [
    'if a new enquiry gets no answer in 2 days tell Priya',
    'lead.created',
    'waitFor(email.received,P2D,timeout:[notify.team])',
  ],
];

/** Without "new", or gone quiet (a conversation to go quiet in): from the email we sent, as before. */
const FROM_OUR_EMAIL: readonly Case[] = [
  [
    "if a customer hasn't replied within 3 days tell Dave",
    'email.sent[message]',
    'waitFor(email.received,P3D,timeout:[notify.team])',
  ],
  [
    'If a new lead goes quiet for 10 days, tag them as dormant',
    'email.sent[message]',
    'waitFor(email.received,P10D,timeout:[crm.updateLead])',
  ],
];

const SAID_FIRST: readonly Case[] = [
  [
    '3 working days after a new enquiry comes in remind Tom to ring them',
    'lead.created',
    'wait(3BD); notify.team',
  ],
  [
    '2 working days after a new patient is added send them the medical history form',
    'lead.created',
    'wait(2BD); email.send',
  ],
  [
    '48 hrs before any booking post a reminder in slack so the teacher can prep',
    'booking.created',
    'wait(until-PT48H); notify.slack',
  ],
  [
    'an hour before any appointment post a message in #reception',
    'booking.created',
    'wait(until-PT1H); notify.slack',
  ],
];

const SAID_FIRST_NOT_SO: readonly (readonly [string, string])[] = [
  ['3 working days after the 5th remind Tom', 'after'],
  ['the morning of any booking post in slack', 'the morning of any booking'],
  ['the night before any class post a reminder in slack', 'the night before any class'],
];

/** "a reminder" posted in Slack is the post, never a second email to the customer. */
const SLACK_REMINDER: readonly Case[] = [
  ['when a job is booked, send a reminder to slack', 'booking.created', 'notify.slack'],
  ['when a booking is made, post a reminder in slack', 'booking.created', 'notify.slack'],
  [
    'when a job is booked, send them a reminder and post in slack',
    'booking.created',
    'email.send; notify.slack',
  ],
];

/** A booking's end said with a contraction, a wait counted again from the step before, time given to do something. */
const MORE_SAID: readonly Case[] = [
  [
    "2 days after the job's done, email the client asking for a google review pls",
    'booking.created',
    'wait(until+P2D); email.send',
  ],
  [
    "a day after the clean's finished, ask the customer for a review",
    'booking.created',
    'wait(until+P1D); email.send',
  ],
  [
    'new lead → send the welcome email, then another 5 days later send the trial email',
    'lead.created',
    'email.send; wait(P5D); email.send',
  ],
  [
    'new lead → send the welcome email, a further 3 days on send the trial email',
    'lead.created',
    'email.send; wait(P3D); email.send',
  ],
  [
    'when a new lead arrives give them up to a week to book a meeting. if they book tell Ahmed, if not send them a nudge',
    'lead.created',
    'waitFor(booking.created,P7D,event:[notify.team],timeout:[email.send])',
  ],
  [
    'when an invoice is sent give them 14 days to pay. if they pay send a thank you, if not tell Raj',
    'invoice.created',
    'waitFor(invoice.paid,P14D,event:[email.send],timeout:[notify.team])',
  ],
  [
    'new tenant enquiry → email them the viewing slots → give them 3 days to reply. if they reply tag them hot, if not tell Sam',
    'lead.created',
    'email.send; waitFor(email.received,P3D,event:[crm.updateLead],timeout:[notify.team])',
  ],
];

/** No booking to end, a wait from a booking the run does not have, nothing the catalogue can wait for. */
const MORE_NOT_SO: readonly (readonly [string, string])[] = [
  ["2 days after the invoice's done, email the client", "the invoice's done"],
  [
    'new lead → send the welcome email, then another 5 days after the booking send the trial email',
    'another',
  ],
  ['when a new lead arrives give them up to a week to sign the contract. if they sign tell Ahmed', 'sign'],
];

/** What the message after a wait carries: "with the brochure", "+ next steps", "+ link to …". */
const CARRIED_AFTER_WAIT: readonly Case[] = [
  [
    'new lead - email them straight away, then 2 days later send the second email with the brochure',
    'lead.created',
    'email.send; wait(P2D); email.send',
  ],
  ['new tenant → email them with the welcome pack', 'lead.created', 'email.send'],
  [
    'After a client meeting finishes wait an hour, then email them a thank you + next steps',
    'booking.created',
    'wait(until+PT1H); email.send',
  ],
  [
    '2 hours after a tour finishes, email the guests a thank you + link to leave us a google review',
    'booking.created',
    'wait(until+PT2H); email.send',
  ],
];

/** Words past what a message carries that could pick records stay the readers' (a filter, a test) or refused. */
const CARRIED_NOT_SO: readonly (readonly [string, string])[] = [
  ['when a viewing ends email them a thank you + next steps for their offer', 'next steps for their offer'],
];

/** "a week after the invoice is issued": the time from the event is a wait, never dropped into the event's words. */
const SPAN_FROM_EVENT: readonly Case[] = [
  ['a week after the invoice is issued, email the client', 'invoice.created', 'wait(P7D); email.send'],
  [
    'a fortnight after the invoice is issued, send the final reminder',
    'invoice.created',
    'wait(P14D); invoice.sendReminder',
  ],
  ['a day after the invoice is sent, send a reminder', 'invoice.created', 'wait(P1D); invoice.sendReminder'],
  ['an hour after the invoice is issued, email the client', 'invoice.created', 'wait(PT1H); email.send'],
  [
    'a week after someone signs up, send them the getting started guide',
    'lead.created',
    'wait(P7D); email.send',
  ],
];

/** Who is given time, what they have not booked, "before it", a colleague asked to call. */
const GIVEN_AND_BEFORE: readonly Case[] = [
  [
    'give new leads 3 days to reply, otherwise flag them to Tom',
    'lead.created',
    'waitFor(email.received,P3D,timeout:[notify.team])',
  ],
  [
    'when an invoice is sent, give all customers 14 days to pay, then send a reminder',
    'invoice.created',
    'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder])',
  ],
  [
    'new member joins → wait a week → not booked a class yet? send them the timetable',
    'lead.created',
    'waitFor(booking.created,P7D,timeout:[email.send])',
  ],
  [
    'new patient booking → 48 hours before it, email them the intake form',
    'booking.created',
    'wait(until-PT48H); email.send',
  ],
  [
    'quote emailed → no reply in 3 working days → get Priya to call',
    'email.sent[message]',
    'waitFor(email.received,3BD,timeout:[notify.team])',
  ],
  ['when a new lead comes in, ask Tom to ring.', 'lead.created', 'notify.team'],
];

const GIVEN_AND_BEFORE_NOT_SO: readonly (readonly [string, string])[] = [
  ["new enquiry → give them 3 days → haven't signed the lease? email them", 'signed'],
  ['when an invoice is created, 3 days before it, email them', 'does not start from a booking'],
];

describe('waits as people say them (session 43)', () => {
  it('GIVEN time given to new people, a class not booked, "before it", a colleague to call WHEN parsed THEN that wait and step', () => {
    expect(misread(GIVEN_AND_BEFORE)).toStrictEqual([]);
    expect(notRefused(GIVEN_AND_BEFORE_NOT_SO)).toStrictEqual([]);
  });

  it('GIVEN "a week after" an event said first WHEN parsed THEN the wait, then the step (was: the step at once)', () => {
    expect(misread(SPAN_FROM_EVENT)).toStrictEqual([]);
  });

  it('GIVEN what a message after a wait carries WHEN parsed THEN it is the message, never a step of its own', () => {
    expect(misread(CARRIED_AFTER_WAIT)).toStrictEqual([]);
    expect(notRefused(CARRIED_NOT_SO)).toStrictEqual([]);
    expect(
      misread([
        [
          'new lead → email them with the brochure for leads over 10k',
          'lead.created',
          'if(trigger.lead.value gt 10000)[email.send]',
        ],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN a contraction, "another N days after that", time given to do something WHEN parsed THEN the wait it says', () => {
    expect(misread(MORE_SAID)).toStrictEqual([]);
  });

  it('GIVEN no booking to end, another wait from a booking, a signature WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(MORE_NOT_SO)).toStrictEqual([]);
  });

  it('GIVEN time given then a state asked ("not paid by then?", "still unpaid?") WHEN parsed THEN a wait for what the state names, acting on its timeout', () => {
    expect(misread(STATE_ASKED)).toStrictEqual([]);
  });

  it('GIVEN a state asked with no time, a date, nothing to match or no event WHEN parsed THEN it is refused, quoted', () => {
    expect(notRefused(STATE_NOT_SO)).toStrictEqual([]);
  });

  it('GIVEN a new person who has not replied WHEN parsed THEN the wait starts when they arrive (lead.created)', () => {
    expect(misread(NEW_NOT_REPLIED)).toStrictEqual([]);
  });

  it('GIVEN no "new", or a new lead gone quiet WHEN parsed THEN the wait starts from the email we sent', () => {
    expect(misread(FROM_OUR_EMAIL)).toStrictEqual([]);
  });

  it('GIVEN business days or any booking said first WHEN parsed THEN the wait after or before that event', () => {
    expect(misread(SAID_FIRST)).toStrictEqual([]);
  });

  it("GIVEN a time after a date or a part of any booking's day WHEN parsed THEN it is refused, quoted", () => {
    expect(notRefused(SAID_FIRST_NOT_SO)).toStrictEqual([]);
  });

  it('GIVEN a reminder posted in Slack WHEN parsed THEN one Slack post, and an email only when one is asked for', () => {
    expect(misread(SLACK_REMINDER)).toStrictEqual([]);
  });
});

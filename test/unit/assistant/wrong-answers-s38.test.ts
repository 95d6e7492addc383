import { describe, expect, it } from 'vitest';
import { misread } from './misread';
import type { Case } from './table/case';

/** Session 38, issue #16: classes of development rows that came back as a wrong workflow (not a refusal). */

const SENT = 'email.sent[message]';

/** "We email clients a reminder. If they don't reply …": what we already send starts the wait; it is not sent again. */
const SENT_ALREADY: readonly Case[] = [
  [
    "We email clients a rebook reminder. If they don't reply in 3 days, send a second one",
    SENT,
    'waitFor(email.received,P3D,timeout:[email.send])',
  ],
  [
    "we email customers a renewal reminder. if they don't answer within 5 days, notify me",
    SENT,
    'waitFor(email.received,P5D,timeout:[notify.team])',
  ],
  [
    "When we email a parent the progress report and they don't answer within a week, ask the tutor to phone them",
    SENT,
    'waitFor(email.received,P7D,timeout:[notify.team])',
  ],
  [
    "When I email a client the newsletter and they don't respond in 4 days, send a follow-up",
    SENT,
    'waitFor(email.received,P4D,timeout:[email.send])',
  ],
  [
    "We email out the term invoices. If one isn't paid 10 days after it's sent, send a reminder",
    'invoice.created',
    'waitFor(invoice.paid,P10D,timeout:[invoice.sendReminder])',
  ],
  [
    "We send invoices by email. If one isn't paid in 14 days, send a reminder",
    'invoice.created',
    'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder])',
  ],
];

/** Twins: a trigger of its own ("when someone books", "after booking.") keeps the message as the first step. */
const SENT_AS_STEP: readonly Case[] = [
  [
    "When someone books a consult and we send the engagement letter, if they don't write back in 5 days let Paula know",
    'booking.created',
    'email.send; waitFor(email.received,P5D,timeout:[notify.team])',
  ],
  [
    "When a lead is created, we email them a welcome. If they don't reply in 3 days, send a follow-up",
    'lead.created',
    'email.send; waitFor(email.received,P3D,timeout:[email.send])',
  ],
  [
    "we send the pre-arrival form after booking. if they don't fill it in within 3 days, email them again",
    'booking.created',
    'email.send; waitFor(form.submitted,P3D,timeout:[email.send])',
  ],
  [
    "we send the intake questionnaire after booking, and if they don't fill it in within 2 days, remind them",
    'booking.created',
    'email.send; waitFor(form.submitted,P2D,timeout:[email.send])',
  ],
  [
    "If a guest hasn't confirmed their appointment 24 hours after booking, send them a reminder",
    'booking.created',
    'waitFor(email.received,P1D,timeout:[email.send])',
  ],
];

/** "the owner" the business writes to (a pet's, a home's, told about our policy) is the client, not our owner. */
const CLIENT_OWNERS: readonly Case[] = [
  [
    'When an appointment is booked we email the owner the pre-visit instructions. If there is no reply in 24 hrs flag it to the nurse on duty',
    'booking.created',
    'email.send; waitFor(email.received,P1D,timeout:[notify.team])',
  ],
  [
    'when a boarding stay gets cancelled: email the owner about our cancellation policy, log a note, and let Jen know',
    'booking.cancelled',
    'email.send; crm.addNote; notify.team',
  ],
  ['When a booking is cancelled, email the owner about our refund policy', 'booking.cancelled', 'email.send'],
  ["When a booking is made, email the pet's owner the care instructions", 'booking.created', 'email.send'],
  [
    'When a booking is made, email the owner of the pet the care instructions',
    'booking.created',
    'email.send',
  ],
  ['When a booking is made we email the owner their care instructions', 'booking.created', 'email.send'],
];

/** Twins: the owner told, summarised to or alerted stays ours (a team notification). */
const OUR_OWNER: readonly Case[] = [
  [
    'Booking cancelled: email the attendee, add a CRM note, and alert the owner',
    'booking.cancelled',
    'email.send; crm.addNote; notify.team',
  ],
  ['When a booking is cancelled, email the owner', 'booking.cancelled', 'notify.team'],
  ['When an invoice is paid, tell the owner about it', 'invoice.paid', 'notify.team'],
  ['When a lead replies, notify the owner of the account', 'email.received', 'notify.team'],
  [
    'Every Saturday at 10 in the morning, email the owner a summary',
    'cron(0 10 ? * SAT *)',
    'report.summarize; notify.team',
  ],
  [
    'Every day at 5 we send the owner the daily summary',
    'cron(0 17 * * ? *)',
    'report.summarize; notify.team',
  ],
];

const MON = 'cron(0 9 ? * MON *)';
const SAT = 'cron(0 9 ? * SAT *)';

/** One message to two destinations, the second said with its channel: both, in the order said. */
const TWO_DESTINATIONS: readonly Case[] = [
  [
    `Every Monday at 9 a summary by email to dana@x.com and to #partners on slack`,
    MON,
    'report.summarize; email.send; notify.slack',
  ],
  [
    'Every Monday at 9 send the weekly report by email to dana@x.com and to #partners',
    MON,
    'report.summarize; email.send; notify.slack',
  ],
  [
    'every saturday 9am, send a report on slack and by email to gm@x.com',
    SAT,
    'report.summarize; notify.slack; email.send',
  ],
  [
    'every friday at 5, a recap to #ops on slack and by email to gm@x.com',
    'cron(0 17 ? * FRI *)',
    'report.summarize; notify.slack; email.send',
  ],
  [
    'Every Monday at 9 send a summary to #partners and to dana@x.com',
    MON,
    'report.summarize; notify.slack; email.send',
  ],
];

/** Twins: one destination stays one step. */
const ONE_DESTINATION: readonly Case[] = [
  ['Every Monday at 9 a summary by email to dana@x.com', MON, 'report.summarize; email.send'],
  ['Every Monday at 9 a summary to #partners on slack', MON, 'report.summarize; notify.slack'],
];

/** A list names each step once: the receipt saved is no email, the answer sent is drafted, the signer no recipient. */
const ONCE_EACH: readonly Case[] = [
  [
    'When an invoice is paid: save a receipt as a file, email the receipt to the donor, and post it in #finance',
    'invoice.paid',
    'files.create; email.send; notify.slack',
  ],
  [
    'When an invoice is paid: save the receipt as a file and email it to the customer',
    'invoice.paid',
    'files.create; email.send',
  ],
  [
    'When an invoice is paid: save a receipt as a file and post it in #finance',
    'invoice.paid',
    'files.create; notify.slack',
  ],
  [
    'When someone emails the office with a question, answer it from our knowledge base (opening times, mass times etc) and send them the reply',
    'email.received',
    'knowledge.search; email.draft; email.send',
  ],
  [
    'When a customer emails us a question, answer it using our FAQ and send them the answer',
    'email.received',
    'knowledge.search; email.draft; email.send',
  ],
  [
    'When someone emails the office, reply from our knowledge base and then send it',
    'email.received',
    'knowledge.search; email.draft; email.send',
  ],
  ['When a new donor signs up, send them a welcome email from the treasurer', 'lead.created', 'email.send'],
  ['When an invoice is paid, send the customer a thank you note from me', 'invoice.paid', 'email.send'],
  [
    'september 1 at 9am every year, email all the office staff to start booking furnace tune ups. email is office@brightsideheating.com',
    'cron(0 9 1 9 ? *)',
    'email.send',
  ],
  [
    'every monday at 9 email the bookkeeper a summary. The address is books@x.com',
    MON,
    'report.summarize; email.send',
  ],
  [
    'When an invoice is paid, if its over £1,000 send a personal thank you email from the CEO and post it in #bigwins on slack, otherwise just send the standard thank you email',
    'invoice.paid',
    'if(trigger.invoice.totalCents gt 100000)[email.send; notify.slack]else[email.send]',
  ],
];

/** Twins: an answer not said to be sent is sent as it is; a message from someone we are sent, and a team told, stay. */
const ONCE_EACH_TWINS: readonly Case[] = [
  [
    'When someone emails the office with a question, answer it from our knowledge base',
    'email.received',
    'knowledge.search; email.send',
  ],
  [
    'When someone emails the office, draft a reply from our FAQ and send it',
    'email.received',
    'knowledge.search; email.draft; email.send',
  ],
  ['When a lead comes in, email me the message from the CEO', 'lead.created', 'notify.team'],
  [
    'When an invoice is paid, send a thank you email from the CEO and tell the team',
    'invoice.paid',
    'email.send; notify.team',
  ],
];

/** A person on Slack ("slack Tom", "the treasurer (Graham)", a summary "sent to Jo on slack"): a team message to them. */
const PERSON_ON_SLACK: readonly Case[] = [
  ['When an email comes in, slack Tom', 'email.received', 'notify.team'],
  ['When an email comes in, slack Priya about it', 'email.received', 'notify.team'],
  ['Whenever an invoice is paid, tell the treasurer (Graham) on slack', 'invoice.paid', 'notify.team'],
  ['each Monday at 9am a summary of last week sent to Jo on slack', MON, 'report.summarize; notify.team'],
  ['each Monday at 9am send a summary of last week to Jo on slack', MON, 'report.summarize; notify.team'],
  // one person's role on Slack is a team message by Slack too (session 42 decision, docs/assistant.md)
  ['When an email comes in from a lead, notify the owner on Slack', 'email.received', 'notify.team'],
];

/** Twins: a channel, Slack itself, the team, me and a desk stay a post to Slack. */
const POST_TO_SLACK: readonly Case[] = [
  ['When an invoice is paid, post it in #finance', 'invoice.paid', 'notify.slack'],
  ['When an invoice is paid, post it to slack', 'invoice.paid', 'notify.slack'],
  ['When an email comes in, slack the team', 'email.received', 'notify.slack'],
  ['When an email comes in, slack me', 'email.received', 'notify.slack'],
  ['When an email comes in from a lead, notify the front desk on Slack', 'email.received', 'notify.slack'],
  ['Every Monday at 9 a summary to #partners on slack', MON, 'report.summarize; notify.slack'],
  ['Ping the team on Slack Mon-Fri at 8:30', 'cron(30 8 ? * MON-FRI *)', 'notify.slack'],
  [
    'Post a summary to Slack Mondays & Thursdays at 9 am Eastern time',
    'cron(0 9 ? * MON,THU *) America/New_York',
    'report.summarize; notify.slack',
  ],
];

describe('wrong answers of session 38 (issue #16): each class read right, its twins unchanged', () => {
  it('GIVEN a message we already send, then a wait for its reply or payment WHEN parsed THEN the sent message is the trigger and no step sends it again', () => {
    expect(misread(SENT_ALREADY)).toStrictEqual([]);
  });

  it('GIVEN the same message after a trigger of its own (a booking, a new lead) WHEN parsed THEN it stays the first step', () => {
    expect(misread(SENT_AS_STEP)).toStrictEqual([]);
  });

  it('GIVEN an owner we write to (we email the owner …, a pet’s owner, about our policy) WHEN parsed THEN the email goes to the client', () => {
    expect(misread(CLIENT_OWNERS)).toStrictEqual([]);
  });

  it('GIVEN the owner alerted, told or sent a summary WHEN parsed THEN the team is notified as before', () => {
    expect(misread(OUR_OWNER)).toStrictEqual([]);
  });

  it('GIVEN one message to an address and a channel, the second said with its channel ("and to #partners on slack", "on slack and by email to …") WHEN parsed THEN both deliveries, in the order said', () => {
    expect(misread(TWO_DESTINATIONS)).toStrictEqual([]);
    expect(misread(ONE_DESTINATION)).toStrictEqual([]);
  });

  it('GIVEN a list naming a receipt saved, an answer then its sending, or an email signed by someone WHEN parsed THEN each step once, with no extra email or team notification', () => {
    expect(misread(ONCE_EACH)).toStrictEqual([]);
  });

  it('GIVEN an answer not said to be sent again, a draft then its sending, a message from someone sent to me, a team told WHEN parsed THEN they read as before', () => {
    expect(misread(ONCE_EACH_TWINS)).toStrictEqual([]);
  });

  it('GIVEN a person named on Slack (slacked, a role with the name in brackets, a summary sent to them) WHEN parsed THEN a team message to that member by Slack; GIVEN a channel, Slack, the team, me or a desk THEN a Slack post as before', () => {
    expect(misread(PERSON_ON_SLACK)).toStrictEqual([]);
    expect(misread(POST_TO_SLACK)).toStrictEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread } from './misread';
import type { Case } from './table/case';

/**
 * Wrong readings as classes (issue #16, session 42): a note or tag a record "should get" / "needs" had been sent
 * to the person as an email; "a summary of this week's numbers" summarised twice and "last month's numbers" not at
 * all; "email the player" (a trade's word for the booking's person) told the team.
 */

const RECORD_GOT: readonly Case[] = [
  ['every new lead should get a note saying assigned to BDC – Tasha', 'lead.created', 'crm.addNote'],
  ["every new lead needs a note on it saying 'DBS check needed'", 'lead.created', 'crm.addNote'],
  ['each new client should get a note saying intake call pending', 'lead.created', 'crm.addNote'],
  [
    'when a new enquiry comes in they should get a note saying came from the website',
    'lead.created',
    'crm.addNote',
  ],
  ['every new member needs a tag saying junior', 'lead.created', 'crm.updateLead'],
  ['every new lead should get the vip tag', 'lead.created', 'crm.updateLead'],
];

/** Twins: what they get is a message, so it is sent to them. */
const STILL_SENT: readonly Case[] = [
  ['every new lead should get a welcome email', 'lead.created', 'email.send'],
  ['every new lead needs an email saying thanks for reaching out', 'lead.created', 'email.send'],
  ['when a customer pays, the customer should get a thank you note', 'invoice.paid', 'email.send'],
  ['when an invoice is paid they should get a receipt', 'invoice.paid', 'email.send'],
];

const NUMBERS: readonly Case[] = [
  [
    "saturday 6pm, post a summary of this week's numbers in slack",
    'cron(0 18 ? * SAT *)',
    'report.summarize; notify.slack',
  ],
  [
    "every friday at 5 post a summary of the week's figures to slack",
    'cron(0 17 ? * FRI *)',
    'report.summarize; notify.slack',
  ],
  [
    "first working day of each month, 9am, post last month's numbers to slack",
    'cron(0 9 1W * ? *)',
    'report.summarize; notify.slack',
  ],
  ["on the 1st at 8am email me last month's figures", 'cron(0 8 1 * ? *)', 'report.summarize; notify.team'],
  ['every monday at 8 email me last weeks numbers', 'cron(0 8 ? * MON *)', 'report.summarize; notify.team'],
  [
    "every morning at 7 post yesterday's numbers in #sales",
    'cron(0 7 * * ? *)',
    'report.summarize; notify.slack',
  ],
];

/** Twins: numbers that are no period's figures stay what they were. */
const NOT_NUMBERS: readonly Case[] = [
  ['when a lead comes in, email them their booking numbers', 'lead.created', 'email.send'],
];

const THEIR_PERSON: readonly Case[] = [
  [
    '24 hours before each net booking email the player a reminder',
    'booking.created',
    'wait(until-PT24H); email.send',
  ],
  ['2 days before each fitting email the bride a reminder', 'booking.created', 'wait(until-P2D); email.send'],
  [
    'an hour before each lesson email the rider a reminder',
    'booking.created',
    'wait(until-PT1H); email.send',
  ],
];

/** Twins: one of ours by role, and the players as a group on Slack. */
const OURS: readonly Case[] = [
  [
    '24 hours before each net booking email the coach a reminder',
    'booking.created',
    'wait(until-PT24H); notify.team',
  ],
  [
    'tues and thurs at 5pm remind the players in slack about training tonight',
    'cron(0 17 ? * TUE,THU *)',
    'notify.slack',
  ],
];

/** One person of ours on Slack is a team message by Slack (session 42 decision): a role, a name, "me (Tom)", "her". */
const ONE_OF_OURS: readonly Case[] = [
  ['When an invoice gets paid let the service manager know on slack', 'invoice.paid', 'notify.team'],
  ['when a job is booked tell the site supervisor on slack', 'booking.created', 'notify.team'],
  [
    "when an email comes in with 'urgent' in the subject ping the on-call bookkeeper on slack",
    'email.received',
    'if(trigger.subject contains "urgent")[notify.team]',
  ],
  ['when a new registration comes in, tell the club secretary on slack', 'lead.created', 'notify.team'],
  ['when a customer replies tell their salesperson in slack', 'email.received', 'notify.team'],
  ['if any of the automations fail, message me (Tom) on slack', 'workflow.failed', 'notify.team'],
  ['new lead -> let me (Carla) know on slack', 'lead.created', 'notify.team'],
  [
    'any new lead tagged fleet goes straight to Priya - slack her',
    'lead.created {"lead.tags":["fleet"]}',
    'notify.team',
  ],
  ['when a booking is cancelled ping him on slack', 'booking.cancelled', 'notify.team'],
];

/** Twins: a desk, a department, a group, a bare "me" or a channel is a post; "to me (Gemma)" in a heading as before. */
const POSTED: readonly Case[] = [
  ['when a new lead comes in tell the car desk on slack', 'lead.created', 'notify.slack'],
  ['when a booking comes in let dispatch know on slack', 'booking.created', 'notify.slack'],
  [
    'If the invoice is still outstanding after 3 weeks, notify accounting on Slack',
    'invoice.created',
    'waitFor(invoice.paid,P21D,timeout:[notify.slack])',
  ],
  ['when a job is booked tell the techs on slack', 'booking.created', 'notify.slack'],
  ['when a booking comes in tell the front desk on slack', 'booking.created', 'notify.slack'],
  ['new lead -> ping me on slack', 'lead.created', 'notify.slack'],
  [
    'every monday at 9 remind the coaches on slack to send the team sheets',
    'cron(0 9 ? * MON *)',
    'notify.slack',
  ],
  [
    'quarterly VAT reminder to me (Gemma) - 9am on the 1st of jan, apr, jul and oct',
    'cron(0 9 1 1,4,7,10 ? *)',
    'notify.team',
  ],
];

/** Their emails answered: what starts it is the email coming in; what is sent from the knowledge base is found there. */
const FROM_THE_KB: readonly Case[] = [
  ['answer customer emails using our knowledge base', 'email.received', 'knowledge.search; email.send'],
  ['respond to all incoming client emails using our FAQ', 'email.received', 'knowledge.search; email.send'],
  [
    'reply to parent emails with an AI draft from the knowledge base and send it',
    'email.received',
    'knowledge.search; email.draft; email.send',
  ],
  [
    'every morning at 8 post the daily specials from our knowledge base to #sales',
    'cron(0 8 * * ? *)',
    'knowledge.search; notify.slack',
  ],
  [
    'when a guest books, send them the house rules from our knowledge base',
    'booking.created',
    'knowledge.search; email.send',
  ],
  ['new lead → email them the price list from the faq', 'lead.created', 'knowledge.search; email.send'],
];

/** Twins: no knowledge base named, nothing searched. */
const NO_KB: readonly Case[] = [
  ['every morning at 8 post the daily specials to #sales', 'cron(0 8 * * ? *)', 'notify.slack'],
  ['when a lead comes in, send them the brochure', 'lead.created', 'email.send'],
];

/** A wait after what we emailed follows up on our messages (never our replies); no wait, every email as before. */
const AFTER_WE_EMAIL: readonly Case[] = [
  [
    'a week after we email a lead, remind Hannah on slack to chase them',
    'email.sent[message]',
    'wait(P7D); notify.team',
  ],
  [
    'two days after we email a customer their proposal, remind me to call them',
    'email.sent[message]',
    'wait(P2D); notify.team',
  ],
  ['when we send an email to a client, add a note', 'email.sent', 'crm.addNote'],
];

/** A wait said after a step is counted from there ("give it another 3 days" after "wait 48h" is 3 days, not 1). */
const WAIT_FROM_THERE: readonly Case[] = [
  [
    'after we email a lead wait 48h for a reply. no reply = send the second email, then give it another 3 days and if still nothing mark them lost',
    'email.sent[message]',
    'waitFor(email.received,P2D,timeout:[email.send; waitFor(email.received,P3D,timeout:[crm.updateLead])])',
  ],
  [
    "If a lead doesn't reply within 2 days send a follow-up, then wait another 3 days and if still nothing mark them lost",
    'email.sent[message]',
    'waitFor(email.received,P2D,timeout:[email.send; waitFor(email.received,P3D,timeout:[crm.updateLead])])',
  ],
  [
    'after we email a lead wait 2 days for a reply. no reply = send the second email, then wait 3 more days and if there is still no reply mark them lost',
    'email.sent[message]',
    'waitFor(email.received,P2D,timeout:[email.send; waitFor(email.received,P3D,timeout:[crm.updateLead])])',
  ],
];

/** Twins: a second deadline said from the start ("by day 7") is still counted from the start. */
const FROM_THE_START: readonly Case[] = [
  [
    "If a lead doesn't reply within 2 days send a follow-up, and if they still don't reply after 5 more days mark them lost",
    'email.sent[message]',
    'waitFor(email.received,P2D,timeout:[email.send; waitFor(email.received,P5D,timeout:[crm.updateLead])])',
  ],
];

/** Where a lead came from is never a tag it carries: refused (or every lead, for "internet"), never a tag filter. */
const WHERE_FROM: readonly string[] = [
  'new zillow lead comes in -> send my intro email right away',
  'new facebook lead -> email them',
  'new google lead comes in, notify Sam',
  'a new thumbtack lead comes in, email them our rates',
];

/** Twins: a word that picks some out is still their tag. */
const STILL_TAGGED: readonly Case[] = [
  ['new vip lead -> email them', 'lead.created {"lead.tags":["vip"]}', 'email.send'],
  ['new trial member -> email them', 'lead.created {"lead.tags":["trial"]}', 'email.send'],
  ['new distributor lead comes in -> email them', 'lead.created {"lead.tags":["distributor"]}', 'email.send'],
];

/** A day's bookings of a kind said in two of the trade's words are found and sent as one list. */
const TWO_WORD_BOOKINGS: readonly Case[] = [
  [
    "Saturdays 8am Perth time, post today's test drive bookings in #sales",
    'cron(0 8 ? * SAT *) Australia/Perth',
    'calendar.find; notify.slack',
  ],
  [
    "every friday email me next week's site visit bookings",
    'cron(0 9 ? * FRI *)',
    'calendar.find; notify.team',
  ],
  [
    "every morning at 7 email the techs today's site visit bookings",
    'cron(0 7 * * ? *)',
    'calendar.find; notify.team',
  ],
];

/** Twins: a summary of the bookings, and the week ahead with its bracket, as before. */
const NOT_TWO_WORDS: readonly Case[] = [
  [
    "every friday at 4 email me today's bookings summary",
    'cron(0 16 ? * FRI *)',
    'report.summarize; notify.team',
  ],
  [
    'every sunday night at 8 Denver time, post the week ahead (all appointments for the next 7 days) to #scheduling',
    'cron(0 20 ? * SUN *) America/Denver',
    'calendar.find; notify.slack',
  ],
];

/** "for each" closing a step in a loop: that step is done for every item found, inside the loop. */
const FOR_EACH: readonly Case[] = [
  [
    '1st of the month 9am - go through all overdue invoices, send each one a reminder and post a line in slack for each',
    'cron(0 9 1 * ? *)',
    'invoice.find; forEach[invoice.sendReminder; notify.slack]',
  ],
  [
    'every morning go through the overdue invoices, send each a reminder and post in slack for each one',
    'cron(0 9 * * ? *)',
    'invoice.find; forEach[invoice.sendReminder; notify.slack]',
  ],
];

/** Twins: a summary after the loop, or a list, is one message after it. */
const AFTER_THE_LOOP: readonly Case[] = [
  [
    'every morning at 9 find the overdue invoices, send each one a reminder and post a summary in slack',
    'cron(0 9 * * ? *)',
    'invoice.find; forEach[invoice.sendReminder]; report.summarize; notify.slack',
  ],
  [
    'every friday find the new leads, email each a welcome and post a list in slack',
    'cron(0 9 ? * FRI *)',
    'crm.findLeads; forEach[email.send]; notify.slack',
  ],
];

describe('wrong readings read as classes (session 42)', () => {
  it('GIVEN a note or tag a record should get or needs WHEN parsed THEN it is put on the record, never emailed', () => {
    expect(misread(RECORD_GOT)).toStrictEqual([]);
    const result = parsePrompt("every new lead needs a note on it saying 'DBS check needed'");
    const step = result.ok ? result.definition.steps[0] : undefined;
    expect(step && 'input' in step ? step.input : undefined).toMatchObject({ text: 'DBS check needed' });
  });

  it('GIVEN a message they should get or receive WHEN parsed THEN it is still sent to them', () => {
    expect(misread(STILL_SENT)).toStrictEqual([]);
  });

  it("GIVEN a period's numbers or figures, with or without 'a summary of' WHEN parsed THEN one summary, then the message", () => {
    expect(misread(NUMBERS)).toStrictEqual([]);
    expect(misread(NOT_NUMBERS)).toStrictEqual([]);
  });

  it("GIVEN a trade's word for the booking's person WHEN emailed THEN the email goes to them; a staff role or a group on Slack stays ours", () => {
    expect(misread(THEIR_PERSON)).toStrictEqual([]);
    expect(misread(OURS)).toStrictEqual([]);
  });

  it('GIVEN one person of ours on Slack (a role, a name, "me (Tom)", "her") WHEN parsed THEN a team message by Slack; a desk, a group, a bare "me" or a channel stays a post', () => {
    expect(misread(ONE_OF_OURS)).toStrictEqual([]);
    expect(misread(POSTED)).toStrictEqual([]);
    const result = parsePrompt('When an invoice gets paid let the service manager know on slack');
    const step = result.ok ? result.definition.steps[0] : undefined;
    expect(step && 'input' in step ? step.input : undefined).toMatchObject({ via: 'slack' });
    expect(step && 'input' in step ? String(step.input?.text) : '').toMatch(/^For the service manager: /);
  });

  it('GIVEN their emails to answer or a thing sent from the knowledge base WHEN parsed THEN the email received starts it and the knowledge base is searched first', () => {
    expect(misread(FROM_THE_KB)).toStrictEqual([]);
    expect(misread(NO_KB)).toStrictEqual([]);
    expect(parsePrompt('answer the phone').ok).toBe(false);
  });

  it('GIVEN a wait after we email someone WHEN parsed THEN it starts on the messages we sent', () => {
    expect(misread(AFTER_WE_EMAIL)).toStrictEqual([]);
  });

  it('GIVEN a wait said after a step, before "if still nothing" WHEN parsed THEN the time given is counted from that step', () => {
    expect(misread(WAIT_FROM_THERE)).toStrictEqual([]);
    expect(misread(FROM_THE_START)).toStrictEqual([]);
  });

  it('GIVEN where a lead came from said before it ("a zillow lead", "an internet lead") WHEN parsed THEN never a tag filter', () => {
    for (const prompt of WHERE_FROM) {
      const result = parsePrompt(prompt);
      expect(result.ok ? JSON.stringify(result.definition.trigger) : '').not.toMatch(/lead\.tags/);
    }
    expect(
      misread([['new internet lead comes in -> shoot them a thank you email', 'lead.created', 'email.send']]),
    ).toStrictEqual([]);
    expect(misread(STILL_TAGGED)).toStrictEqual([]);
  });

  it("GIVEN a day's bookings of a kind in two words WHEN parsed THEN they are found and sent as one list", () => {
    expect(misread(TWO_WORD_BOOKINGS)).toStrictEqual([]);
    expect(misread(NOT_TWO_WORDS)).toStrictEqual([]);
  });

  it('GIVEN "for each" closing a step after a loop WHEN parsed THEN the step is inside the loop; a summary or a list after it stays after', () => {
    expect(misread(FOR_EACH)).toStrictEqual([]);
    expect(misread(AFTER_THE_LOOP)).toStrictEqual([]);
  });
});

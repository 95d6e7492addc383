import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * What a message says, and to whom (issue #16, session 44; sets 41–43): once a message's verb and recipient are read,
 * what follows ("with this month's X", "thanking them", "confirming X", "+ remind them X", "tell them they can …",
 * "ask them to …") is that one message's content, in any trade. A second action has its own verb and object; words
 * that could change who, when or which records stay for the readers.
 */

const CONTENT_AFTER_THE_PEOPLE: readonly Case[] = [
  [
    "every friday at 4pm email every member tagged squad with this week's training times",
    'cron(0 16 ? * FRI *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    "when a lesson is booked email the student with the studio's parking instructions",
    'booking.created',
    'email.send',
  ],
  [
    'when a repair job is booked send the customer a confirmation email with drop off times (8-10am) and the loan car info',
    'booking.created',
    'email.send',
  ],
  [
    'on 1 March 2027 at 9am send an email to team@harbourdental.example with the easter opening hours',
    'at(2027-03-01T09:00:00)',
    'email.send',
  ],
];

const WHAT_IT_DOES: readonly Case[] = [
  ['when a form is submitted reply to the applicant thanking them', 'form.submitted', 'email.send'],
  [
    'when a booking is made email the client confirming the date and thanking them',
    'booking.created',
    'email.send',
  ],
  [
    'every weekday at 5pm post in #kitchen reminding whoever is on close to clean the fryers',
    'cron(0 17 ? * MON-FRI *)',
    'notify.slack',
  ],
];

const MORE_OF_THE_SAME_MESSAGE: readonly Case[] = [
  [
    'when a class is cancelled email the parent confirming the cancellation + remind them the credit stays on their account',
    'booking.cancelled',
    'email.send',
  ],
  [
    'when a tour is booked email the family a confirmation, and remind them to bring walking boots',
    'booking.created',
    'email.send',
  ],
  [
    "when an invoice is paid email the client a receipt and tell them we'll post the certificate",
    'invoice.paid',
    'email.send',
  ],
  [
    "when a patient books, email them saying we got it and we'll call to confirm",
    'booking.created',
    'email.send',
  ],
  [
    'when a job is finished send the customer a thank you and ask if we can use photos of the job',
    'booking.created',
    'wait(until); email.send',
  ],
  [
    'when a class is paid for, send the receipt/thank you email, then post in #sales',
    'invoice.paid',
    'email.send; notify.slack',
  ],
];

const ASKED_OR_TOLD: readonly Case[] = [
  ['when a viewing is booked, ask the applicant to bring photo id', 'booking.created', 'email.send'],
  [
    'when a booking is cancelled, tell the client they can rebook online or over the phone',
    'booking.cancelled',
    'email.send',
  ],
  ['when a lead comes in, ask Priya to call them back', 'lead.created', 'notify.team'],
  ['when an invoice is created, ask accounts to double check the VAT', 'invoice.created', 'notify.team'],
];

const THE_OWNER: readonly Case[] = [
  [
    'when a new booking comes in send the owner a welcome email w/ the clinic address',
    'booking.created',
    'email.send',
  ],
  ['when a grooming appointment is booked, email the owner a reminder', 'booking.created', 'email.send'],
  ['when a booking is made tell the owner', 'booking.created', 'notify.team'],
  ['when a booking is cancelled, email the owner too', 'booking.cancelled', 'notify.team'],
  ['when a lead replies, email the owner', 'email.received', 'notify.team'],
  [
    'When an invoice is overdue for more than 60 days, email the owner',
    'invoice.overdue',
    'if(trigger.daysOverdue gt 60)[notify.team]',
  ],
];

const WHOM_IT_GOES_TO: readonly Case[] = [
  [
    'every monday at 9 send each tenant a heads up about the fire alarm test',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  ["When an invoice gets raised, email a copy to whoever it's made out to", 'invoice.created', 'email.send'],
  ["when an invoice is paid email whoever it's for a thank you", 'invoice.paid', 'email.send'],
  ['when a lead comes in send me (Sam) a message on slack', 'lead.created', 'notify.team'],
  ['when a lead comes in drop Sam an email', 'lead.created', 'notify.team'],
  ['when a lead comes in shoot Priya a quick email', 'lead.created', 'notify.team'],
  ['when a lead comes in drop them an email', 'lead.created', 'email.send'],
  [
    'each monday 8am uk time, ping Dr Patel to sign off the rota',
    'cron(0 8 ? * MON *) Europe/London',
    'notify.team',
  ],
];

describe('what follows a message and its recipient', () => {
  it('GIVEN "with" + a definite thing after the people it goes to WHEN parsed THEN it is what the message carries', () => {
    expect(misread(CONTENT_AFTER_THE_PEOPLE)).toStrictEqual([]);
  });

  it('GIVEN "thanking them", "confirming …", "reminding whoever …" after it WHEN parsed THEN it is the message', () => {
    expect(misread(WHAT_IT_DOES)).toStrictEqual([]);
  });

  it('GIVEN "+ / and remind / tell them …" after a message to them WHEN parsed THEN it is one message', () => {
    expect(misread(MORE_OF_THE_SAME_MESSAGE)).toStrictEqual([]);
    const result = parsePrompt(MORE_OF_THE_SAME_MESSAGE[1]?.[0] ?? '');
    expect(result.ok && JSON.stringify(result.definition)).toContain('walking boots');
  });

  it('GIVEN "ask / tell" someone something WHEN parsed THEN the record\'s person is emailed and a colleague told', () => {
    expect(misread(ASKED_OR_TOLD)).toStrictEqual([]);
  });

  it("GIVEN whom a message goes to in the trade's words WHEN parsed THEN the record's person is emailed and ours told", () => {
    expect(misread(WHOM_IT_GOES_TO)).toStrictEqual([]);
  });

  it('GIVEN "the owner" WHEN emailed on a booking THEN they are who booked; told, on a lead or an invoice, one of ours', () => {
    expect(misread(THE_OWNER)).toStrictEqual([]);
  });
});

describe('content never swallows a step, a wait or a test', () => {
  it('GIVEN a second action, a wait or a condition after the message WHEN parsed THEN it stays its own', () => {
    expect(
      misread([
        [
          'when a lead comes in email them and then tag them vip',
          'lead.created',
          'email.send; crm.updateLead',
        ],
        [
          'when a booking is made email them with the details, then create an invoice for £50',
          'booking.created',
          'email.send; invoice.create',
        ],
        [
          'when a booking is made email the guest confirming the booking + remind them 2 days later',
          'booking.created',
          'email.send; wait(P2D); email.send',
        ],
        [
          "when a booking is made email them with the details unless they're tagged staff",
          'booking.created',
          'if(not trigger.lead.tags contains "staff")[email.send]',
        ],
        [
          "when a booking is made email the guest the details and tell the team we're full",
          'booking.created',
          'email.send; notify.team',
        ],
        [
          'when a lead comes in, ask the manager to approve a discount, then email them the offer',
          'lead.created',
          'approval; email.send',
        ],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN words that pick records or say a time in the content WHEN parsed THEN it is refused, quoted', () => {
    expect(
      notRefused([
        ['when a lead comes in email them with a 2 day wait', 'with a 2 day wait'],
        ['every monday email everyone with the vip tag', 'with the vip tag'],
        ['when a booking is made, email the guest with the details tomorrow', 'tomorrow'],
        ['when a lead comes in, notify the team and ask them to call the lead', 'ask them to call the lead'],
        ['when a lead comes in tell Sam it needs approval', 'approval'],
        [
          "overdue invoice - get Marcus to approve before the reminder goes out. if he says no just tell him it wasn't sent",
          "tell … it wasn't sent",
        ],
      ]),
    ).toStrictEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * What a message contains, said after the message and whom it goes to (issue #16, sets 35–37): "with the amount",
 * "that registrations are open", "reminding them about …", "asking for …", "+ the link to …" are the message's text,
 * in any trade. Words in it that could change who, when or which records ("over $500", "tomorrow", "only if",
 * "that are unpaid") leave it to the readers, who refuse it, quoted.
 */

const WITH_WHAT_IT_CARRIES: readonly Case[] = [
  [
    'When we raise a new invoice, message Tom the treasurer on Slack with the amount',
    'invoice.created',
    'notify.team',
  ],
  [
    'when an invoice is paid, post in #accounts with the amount and the client name',
    'invoice.paid',
    'notify.slack',
  ],
  [
    'when a class is booked, email them with the studio address and parking info',
    'booking.created',
    'email.send',
  ],
  ['when a patient books, email them with directions to the clinic', 'booking.created', 'email.send'],
  [
    'when a lead is marked lost, send them a goodbye email with a 15% off voucher',
    'lead.updated {"changes.status.to":["lost"]}',
    'email.send',
  ],
  [
    'When a lead gets marked as lost send them an email with code COMEBACK10 for 10% off the next order',
    'lead.updated {"changes.status.to":["lost"]}',
    'email.send',
  ],
];

const THAT_IT_SAYS: readonly Case[] = [
  [
    'on 1st Aug 2026 at 9am post in slack that registrations for the new season are open',
    'at(2026-08-01T09:00:00)',
    'notify.slack',
  ],
  ['every friday at 4 post in slack that the timesheets are due', 'cron(0 16 ? * FRI *)', 'notify.slack'],
  ['every monday at 8 post in #crew that the van needs fuel', 'cron(0 8 ? * MON *)', 'notify.slack'],
];

const ASKING_REMINDING: readonly Case[] = [
  [
    'every monday 7pm send the committee a slack msg reminding them about the fixtures meeting',
    'cron(0 19 ? * MON *)',
    'notify.slack',
  ],
  ['when a new tenant is added, email them asking for their bank details', 'lead.created', 'email.send'],
  [
    'when a vet appointment is cancelled, email them asking if they want to rebook',
    'booking.cancelled',
    'email.send',
  ],
  ['when a lead comes in email them asking for one', 'lead.created', 'email.send'],
];

const PLUS_INSIDE: readonly Case[] = [
  [
    'Customer pays their repair invoice -> email them a thank you + the link to leave us a google review g.page/r/parkside-auto/review',
    'invoice.paid',
    'email.send',
  ],
  ['new booking -> email them a confirmation + the link to our parking map', 'booking.created', 'email.send'],
];

const TO_THE_READER: readonly Case[] = [
  [
    "booking cancelled → email the customer, sorry to see you cancel, here's the link to rebook: bookings.kingsroadvw.co.uk",
    'booking.cancelled',
    'email.send',
  ],
  [
    "when a booking is made, email the guest, thanks for booking, here's our parking map",
    'booking.created',
    'email.send',
  ],
  ['when a lead comes in, email them, your quote is on its way', 'lead.created', 'email.send'],
];

const textOf = (prompt: string): string => {
  const result = parsePrompt(prompt);
  if (!result.ok) throw new Error(`refused: ${result.problems.join('; ')}`);
  return JSON.stringify(result.definition);
};

describe('what a message contains, said after it', () => {
  it('GIVEN "with" + what a message carries WHEN parsed THEN it is one message carrying it', () => {
    expect(misread(WITH_WHAT_IT_CARRIES)).toStrictEqual([]);
  });

  it('GIVEN "that" + a clause with its own subject after a channel WHEN parsed THEN it is what the post says', () => {
    expect(misread(THAT_IT_SAYS)).toStrictEqual([]);
    expect(textOf('every friday at 4 post in slack that the timesheets are due')).toContain(
      'the timesheets are due',
    );
  });

  it('GIVEN "reminding them about / asking for" after the message WHEN parsed THEN it is the message', () => {
    expect(misread(ASKING_REMINDING)).toStrictEqual([]);
  });

  it('GIVEN "+ the link …" after a message noun WHEN parsed THEN it is inside that message, not a step', () => {
    expect(misread(PLUS_INSIDE)).toStrictEqual([]);
  });
});

describe('words to the reader after a comma', () => {
  it('GIVEN the message\'s words after "email the customer," WHEN parsed THEN they are its text', () => {
    expect(misread(TO_THE_READER)).toStrictEqual([]);
    expect(
      textOf(
        "booking cancelled → email the customer, sorry to see you cancel, here's the link to rebook: bookings.kingsroadvw.co.uk",
      ),
    ).toContain('bookings.kingsroadvw.co.uk');
  });

  it('GIVEN a time or a step after the words WHEN parsed THEN it is refused, never one message', () => {
    expect(
      notRefused([
        ['when a booking is made, email the guest, thanks for booking, then tag them booked', 'for booking'],
        ["when a booking is made, email the guest, we'll see you tomorrow", "we'll see you tomorrow"],
      ]),
    ).toStrictEqual([]);
  });
});

describe('content that could change who, when or which records', () => {
  it('GIVEN a comparison, a time or a test in it WHEN parsed THEN it is refused, quoted', () => {
    expect(
      notRefused([
        [
          'When we raise a new invoice, message Tom on Slack with the amount over $500',
          'with the amount over $500',
        ],
        [
          'when a booking is made, message Jo on slack with the details tomorrow',
          'with the details tomorrow',
        ],
        ['when a new lead comes in, email them with a budget over 5k', 'with a budget over 5k'],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN "only if" after the content WHEN parsed THEN the test is kept, not made the message', () => {
    expect(
      misread([
        [
          "when an invoice is paid, email them with the receipt only if it's over $100",
          'invoice.paid',
          'if(trigger.invoice.totalCents gt 10000)[email.send]',
        ],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN a second step after the "that" clause or the message WHEN parsed THEN it stays a step of its own', () => {
    expect(
      misread([
        [
          'when a booking is made, message Jo on slack that it is booked, then tag them booked',
          'booking.created',
          'notify.team; crm.updateLead',
        ],
        [
          'new booking -> email them a confirmation + a note in the crm',
          'booking.created',
          'email.send; crm.addNote',
        ],
        [
          'when a lead comes in, email them a welcome, then a reminder 2 days later',
          'lead.created',
          'email.send; wait(P2D); email.send',
        ],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN the message\'s words said inside the trigger ("when they email us with …") WHEN parsed THEN they are not its text', () => {
    expect(
      notRefused([['when they email us with a quote request, tag them quote', 'with a quote request']]),
    ).toStrictEqual([]);
  });
});

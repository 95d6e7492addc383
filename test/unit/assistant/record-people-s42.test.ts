import { describe, expect, it } from 'vitest';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Issue #16 (session 42, a33): whom a message goes to, said with an article and a word for a person. The record's
 * own person in any trade's word ("the player", "the golfer", "the swimmer", "the person who booked it") is the
 * workflow's person; a staff role ("the treasurer", "the club secretary", "the coach") is one of ours; a word neither
 * side holds decides nothing and is refused, quoted, where the workflow has a person it could be. From set 37's
 * "24 hours before each net booking email the player a reminder" (a team message) and phrasings of other trades.
 */

/** The record's person in the trade's word: an email to them. */
const THEIRS: readonly Case[] = [
  [
    '24 hours before each net booking email the player a reminder',
    'booking.created',
    'wait(until-PT24H); email.send',
  ],
  [
    '2 hours before each tee time booking email the golfer a reminder',
    'booking.created',
    'wait(until-PT2H); email.send',
  ],
  [
    'the day before each swim lesson send the swimmer a reminder',
    'booking.created',
    'wait(until-P1D); email.send',
  ],
  [
    '24 hours before each booking send the couple a reminder',
    'booking.created',
    'wait(until-PT24H); email.send',
  ],
  ['when a booking is made send the rider a confirmation', 'booking.created', 'email.send'],
  ['when a booking is made send the patron a confirmation', 'booking.created', 'email.send'],
  ['when a booking is cancelled email the attendee a sorry note', 'booking.cancelled', 'email.send'],
  ['when a new lead comes in email the homeowner a welcome', 'lead.created', 'email.send'],
  [
    'When a Typeform response comes in, send the respondent a thank you email',
    'form.submitted {"source":["typeform"]}',
    'email.send',
  ],
  ['when a booking is made email the person who booked it a confirmation', 'booking.created', 'email.send'],
  [
    '24 hours before each booking email the person who booked it a reminder',
    'booking.created',
    'wait(until-PT24H); email.send',
  ],
  ['when a booking is made email whoever made the booking a confirmation', 'booking.created', 'email.send'],
];

/** A staff role or a name: one of ours, on every trigger. */
const OURS: readonly Case[] = [
  ['when a booking is made email the treasurer a heads up', 'booking.created', 'notify.team'],
  ['when a booking is made email the club secretary a heads up', 'booking.created', 'notify.team'],
  ['when a booking is made send the chairman a note', 'booking.created', 'notify.team'],
  ['when a new lead comes in email the coach a heads up', 'lead.created', 'notify.team'],
  [
    '24 hours before each booking email the coach a reminder',
    'booking.created',
    'wait(until-PT24H); notify.team',
  ],
  ['when a booking is made send the groundsman a note', 'booking.created', 'notify.team'],
  [
    'Two hours before every tour kicks off send our guide Jack a heads up',
    'booking.created',
    'wait(until-PT2H); notify.team',
  ],
  ['when an invoice is paid send the owner a heads up', 'invoice.paid', 'notify.team'],
  ['every friday send the treasurer a reminder to run the subs report', 'cron(0 9 ? * FRI *)', 'notify.team'],
];

/** With no person of the workflow's own, a group named with an article stays ours, as before. */
const NO_PERSON: readonly Case[] = [
  ['every friday remind the volunteers to confirm the rota', 'cron(0 9 ? * FRI *)', 'notify.team'],
  [
    'tues and thurs at 5pm remind the players in slack about training tonight',
    'cron(0 17 ? * TUE,THU *)',
    'notify.slack',
  ],
];

/** A word neither side holds, where the workflow has a person it could be: refused, quoted. */
const UNDECIDED: readonly (readonly [string, string])[] = [
  ['when a booking is made send the flurbist a confirmation', 'the flurbist'],
  ['24 hours before each booking remind the flurbist', 'the flurbist'],
  ['when a booking is made send the volunteers a reminder', 'the volunteers'],
  ['when a new lead comes in email the wibbler a welcome', 'the wibbler'],
  ['2 hours before every tour send the guide a heads up', 'the guide'],
];

/** The thing sent, a time, a message's own words: never whom it goes to. */
const NOT_WHOM: readonly Case[] = [
  ['when a booking is made send the confirmation the same day', 'booking.created', 'email.send'],
  ['when a booking is made email the customer the booking details', 'booking.created', 'email.send'],
  [
    "When a lead's status is changed to customer, kindly send the onboarding mail to the client",
    'lead.updated {"changes.status.to":["customer"]}',
    'email.send',
  ],
  [
    "after an order's paid, wait 10 days then email the customer asking for a review",
    'invoice.paid',
    'wait(P10D); email.send',
  ],
];

describe('the record’s person in the trade’s word (session 42)', () => {
  it('GIVEN a message to "the player", "the golfer", "the respondent" or "the person who booked it" WHEN parsed THEN an email to the workflow’s person', () => {
    expect(misread(THEIRS)).toStrictEqual([]);
  });

  it('GIVEN a message to a staff role ("the treasurer", "the club secretary", "the coach") or a name WHEN parsed THEN a message to the team', () => {
    expect(misread(OURS)).toStrictEqual([]);
  });

  it('GIVEN a schedule with no person of its own WHEN a group is reminded THEN it stays the team’s message', () => {
    expect(misread(NO_PERSON)).toStrictEqual([]);
  });

  it('GIVEN a word for a person neither staff nor customer, where the workflow has a person WHEN parsed THEN refused, quoting it', () => {
    expect(notRefused(UNDECIDED)).toStrictEqual([]);
  });

  it('GIVEN the thing sent, a time or the words of the message after "the" WHEN parsed THEN never read as whom it goes to', () => {
    expect(misread(NOT_WHOM)).toStrictEqual([]);
  });
});

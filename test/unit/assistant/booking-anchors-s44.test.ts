import { describe, expect, it } from 'vitest';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Times relative to a booking said in the trade's nouns (issue #16, session 44; sets 41–43): a booking keeps its
 * start and end (docs/data-model.md), said as "arrival", "check in time", "their stay", "departure", "discharge",
 * "the end of the session", "it"; an offset before or after one is a wait until that time, and a time counted from a
 * date no record keeps is refused, quoted. Waits in a chain keep what comes after them.
 */

/** The booking's start, said by the trade's noun for it, with a time before or after it. */
const START_SAID: readonly Case[] = [
  [
    'a day before arrival email the guest directions + check-in info',
    'booking.created',
    'wait(until-P1D); email.send',
  ],
  [
    "3 hrs after check in time send a quick 'settling in ok?' email",
    'booking.created',
    'wait(until+PT3H); email.send',
  ],
  [
    'two days before arrival, email the guest the parking instructions',
    'booking.created',
    'wait(until-P2D); email.send',
  ],
  [
    'an hour after check-in, email the guest the wifi details',
    'booking.created',
    'wait(until+PT1H); email.send',
  ],
  [
    '2 hours before the start of the class, notify the instructor',
    'booking.created',
    'wait(until-PT2H); notify.team',
  ],
  [
    'day before each viewing send the applicant a reminder email',
    'booking.created',
    'wait(until-P1D); email.send',
  ],
  [
    'day before each appointment send the patient a reminder email',
    'booking.created',
    'wait(until-P1D); email.send',
  ],
  [
    'email the guest 14 days before their stay to remind them the balance is due',
    'booking.created',
    'wait(until-P14D); email.send',
  ],
  [
    'email the tenant 3 days before the viewing to confirm the time',
    'booking.created',
    'wait(until-P3D); email.send',
  ],
  [
    'when a booking is made, email the guest the directions a day before arrival',
    'booking.created',
    'wait(until-P1D); email.send',
  ],
];

/** The booking's end, said by the trade's noun for it, with a time after it. */
const END_SAID: readonly Case[] = [
  [
    '3 days after departure, email them a link to our review page',
    'booking.created',
    'wait(until+P3D); email.send',
  ],
  ['the day after checkout email the guest a thank you', 'booking.created', 'wait(until+P1D); email.send'],
  [
    'a day after discharge, email the client the recovery notes',
    'booking.created',
    'wait(until+P1D); email.send',
  ],
  [
    'an hour after the end of the session, email the client the recording',
    'booking.created',
    'wait(until+PT1H); email.send',
  ],
  [
    '2 days before departure remind the guest about late checkout',
    'booking.created',
    'wait(until-P2D); email.send',
  ],
  [
    "When a guest checks out (end of the booking) add a note 'stayed' to their record and then email them the receipt",
    'booking.created',
    'wait(until); crm.addNote; email.send',
  ],
  [
    'When a guest checks out (end of their stay) email them the receipt',
    'booking.created',
    'wait(until); email.send',
  ],
];

/** "it" ending its clause, after a booking's trigger: that booking, counted from its end. */
const AFTER_IT: readonly Case[] = [
  [
    'when an appt is booked, send the family our condolence email 10 days after it',
    'booking.created',
    'wait(until+P10D); email.send',
  ],
  [
    'when someone books a session, email them the recording link a day after it',
    'booking.created',
    'wait(until+P1D); email.send',
  ],
];

/** Waits in a chain: a step said after the wait with its verb left out, a colleague told, a wait said after the trigger. */
const CHAINS: readonly Case[] = [
  [
    "New lead: send the welcome email, wait 5 days, send the 'how to apply' guide, wait another 5 days then a final check in email",
    'lead.created',
    'email.send; wait(P5D); email.send; wait(P5D); email.send',
  ],
  [
    'when a lead comes in, send the welcome email, wait 5 days, then a check in email',
    'lead.created',
    'email.send; wait(P5D); email.send',
  ],
  [
    'invoice overdue: send the reminder, then wait a week and if still not paid let the manager know',
    'invoice.overdue',
    'invoice.sendReminder; waitFor(invoice.paid,P7D,timeout:[notify.team])',
  ],
  [
    'invoice overdue: wait a week, if still not paid let Karen know',
    'invoice.overdue',
    'waitFor(invoice.paid,P7D,timeout:[notify.team])',
  ],
  [
    'after someone books wait 10 mins then send them the upsell email (breakfast, parking, late checkout)',
    'booking.created',
    'wait(PT10M); email.send',
  ],
  [
    'when someone books wait 10 mins then send them the upsell email',
    'booking.created',
    'wait(PT10M); email.send',
  ],
];

/**
 * The same moments said in other words: glossed as the end of the booking, "following", "in advance of", "they've
 * checked out", a booking's moment as a heading, the trade's show or callout, a review asked as "ask them to leave
 * us a review".
 */
const SAID_OTHERWISE: readonly Case[] = [
  [
    'day after the customer picks their car up from service (end of the booking) email a quick 3 question survey',
    'booking.created',
    'wait(until+P1D); email.send',
  ],
  [
    '2 hours after the dog is collected (end of the appointment), email the client the aftercare notes',
    'booking.created',
    'wait(until+PT2H); email.send',
  ],
  ['2 days following checkout, email them a review link', 'booking.created', 'wait(until+P2D); email.send'],
  [
    'the day following their stay, email the guest a discount code',
    'booking.created',
    'wait(until+P1D); email.send',
  ],
  [
    'email them a reminder 2 days in advance of their appointment',
    'booking.created',
    'wait(until-P2D); email.send',
  ],
  ["once they've checked out, email them a thank you", 'booking.created', 'wait(until); email.send'],
  ['check-out: email them the receipt', 'booking.created', 'wait(until); email.send'],
  [
    '2 hours after the callout, email the customer the invoice link',
    'booking.created',
    'wait(until+PT2H); email.send',
  ],
  [
    'email the client 2 hours after discharge with the aftercare sheet',
    'booking.created',
    'wait(until+PT2H); email.send',
  ],
  [
    'After checkout wait 7 days then ask them to leave us a review on Tripadvisor',
    'booking.created',
    'wait(until+P7D); email.send',
  ],
  [
    'when a job is done, ask the customer to write a google review',
    'booking.created',
    'wait(until); email.send',
  ],
];

/** Must-refuse twins: no booking to count from, a date no record keeps, a wait leading nowhere, a title left out. */
const NOT_SO: readonly (readonly [string, string])[] = [
  ['a week before their birthday, email them a coupon', 'no record keeps birthday dates'],
  ['2 days before the lease ends, email the tenant', 'no record keeps lease dates'],
  ['email the tenant 60 days before their lease ends', '60 days before their lease ends'],
  ['the day after their anniversary, send them a card', 'no record keeps anniversary dates'],
  ['3 days before the deadline, remind the team', 'no record keeps deadline dates'],
  ['every monday at 9, email the drivers a day before arrival', 'does not start from a booking'],
  [
    'when a delivery is scheduled, email the warehouse 2 hours before arrival of the van',
    'arrival of the van',
  ],
  ['when a lead comes in, send them the guide 3 days after it', '"after it"'],
  ['when an invoice is sent, email them 10 days after it', '"after it"'],
  ['check in with the client 2 days after the job', 'check in with the client'],
  ['a day after check out with the receptionist, email them', 'check out with the receptionist'],
  ['the day after the van is returned (end of the hire), email the customer', 'end of the hire'],
  ['when a lead comes in, send the welcome email and wait 3 days', 'nothing to do after it'],
  ['turn the heating on in room 4 an hour before check-in', 'an hour before check-in'],
  [
    'when an appt titled Euthanasia is booked, send the family our condolence email 10 days after it',
    'titled Euthanasia',
  ],
];

describe('times relative to a booking said in the trade nouns (session 44)', () => {
  it("GIVEN a time before or after a booking's start said as arrival, check-in or the booking's noun WHEN parsed THEN it is a wait until that long from its start", () => {
    expect(misread(START_SAID)).toEqual([]);
  });
  it("GIVEN a time after a booking's end said as departure, checkout, discharge or the end of the session WHEN parsed THEN it is a wait until that long after its end", () => {
    expect(misread(END_SAID)).toEqual([]);
  });
  it('GIVEN "10 days after it" after a booking trigger WHEN parsed THEN it is counted from the end of that booking', () => {
    expect(misread(AFTER_IT)).toEqual([]);
  });
  it('GIVEN waits in a chain WHEN parsed THEN the step or the timeout branch after each wait is kept', () => {
    expect(misread(CHAINS)).toEqual([]);
  });
  it('GIVEN the moment glossed, said with "following", "in advance of", as a heading or in another trade noun WHEN parsed THEN the same wait', () => {
    expect(misread(SAID_OTHERWISE)).toEqual([]);
  });
  it('GIVEN a time from a date no record keeps, no booking to count from or a wait leading nowhere WHEN parsed THEN it is refused, quoted', () => {
    expect(notRefused(NOT_SO)).toEqual([]);
  });
});

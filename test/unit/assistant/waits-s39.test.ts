import { describe, expect, it } from 'vitest';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/** Session 39 (issue #16, development sets 26–28): waits people write that the parser refused. */

/** A booking's own time said with "til", "it's over", a client's booking, or restated in brackets. */
const BOOKING_MOMENTS: readonly Case[] = [
  [
    "after a client's appointment is over (wait till it ends) email them our feedback survey link",
    'booking.created',
    'wait(until); email.send',
  ],
  ["After a customer's session ends, email them a thank you", 'booking.created', 'wait(until); email.send'],
  ["once someone's class is over, send them the feedback form", 'booking.created', 'wait(until); email.send'],
  [
    "once someone's class ends (wait till it's over) email them the timetable",
    'booking.created',
    'wait(until); email.send',
  ],
  [
    'After someone books a class, wait til the class is over then email them asking how it went',
    'booking.created',
    'wait(until); email.send',
  ],
  [
    "When a client books a session, wait 'til it's over, then email them the survey",
    'booking.created',
    'wait(until); email.send',
  ],
  [
    "once an interview is booked, wait till it's over and then ask the consultant for feedback",
    'booking.created',
    'wait(until); notify.team',
  ],
  [
    "When a client books, wait until it's done and then ask the trainer how it went",
    'booking.created',
    'wait(until); notify.team',
  ],
  [
    'For each new interview booking, wait til the interview starts then ask the recruiter to give feedback',
    'booking.created',
    'wait(until); notify.team',
  ],
];

/** Near misses: the booking made or cancelled (no wait), another record's state, someone not ours. */
const BOOKING_MOMENT_TWINS: readonly Case[] = [
  ["after a client's appointment is booked, email them the intake form", 'booking.created', 'email.send'],
  ["after a client's appointment is cancelled, email them", 'booking.cancelled', 'email.send'],
  ["after a client's invoice is paid, email them", 'invoice.paid', 'email.send'],
];
const BOOKING_MOMENT_REFUSED: readonly (readonly [string, string])[] = [
  ["When a client books, wait till it's paid then email them", "it's paid"],
  ["When a lead is added, wait til it's over then email them", 'does not start from a booking'],
  // the client is the booking's person, not one of ours to message
  [
    "When a client books, wait till it's over then ask the client for feedback",
    'ask the client for feedback',
  ],
];

describe('waits until a booking’s own time, as sets 26–28 wrote them (session 39)', () => {
  it('GIVEN "wait til/till it’s over", "a client’s appointment is over", or the moment restated in brackets WHEN parsed THEN a booking made, one wait until its start or end, then the action', () => {
    expect(misread(BOOKING_MOMENTS)).toStrictEqual([]);
  });

  it('GIVEN a client’s booking made or cancelled, or an invoice paid WHEN parsed THEN no wait until a booking’s time', () => {
    expect(misread(BOOKING_MOMENT_TWINS)).toStrictEqual([]);
  });

  it('GIVEN a moment no booking has, a run with no booking, or a client asked for feedback WHEN parsed THEN it is refused, quoting it', () => {
    expect(notRefused(BOOKING_MOMENT_REFUSED)).toStrictEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  BOOKED_TITLE_CLASS,
  BOOKED_TITLE_TWINS,
  PAID_REMINDER_CLASS,
  PAID_REMINDER_TWINS,
} from './classes/steps-s36';
import { misread } from './misread';

describe('a reminder after a paid invoice', () => {
  it('GIVEN "when an invoice is paid, wait 6 months and send an oil change reminder" in many trades WHEN parsed THEN it is an email to the customer, while on an overdue invoice a reminder is still the payment reminder', () => {
    expect([...misread(PAID_REMINDER_CLASS), ...misread(PAID_REMINDER_TWINS)]).toStrictEqual([]);
  });
});

describe('a booking made for a named service, and the list of what to bring', () => {
  it('GIVEN "when an appointment is booked for a "state inspection", email them the list of what to bring" WHEN parsed THEN the booking title is tested and one email is sent, never a report, and with no title every booking gets it', () => {
    expect([...misread(BOOKED_TITLE_CLASS), ...misread(BOOKED_TITLE_TWINS)]).toStrictEqual([]);
  });
});

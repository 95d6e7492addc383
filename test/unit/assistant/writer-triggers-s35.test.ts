import { describe, expect, it } from 'vitest';
import { LEAD_STATUS_WORDS } from '../../../functions/assistant/grammar/statuses';
import { STATUS_WORDS } from '../../../functions/assistant/grammar/writer-triggers';
import {
  ARRIVING_RECORD_CLASS,
  BOOKING_LEFTOVER_REFUSED,
  CONTRACTED_CLASS,
  FILE_KIND_CLASS,
  FRONTED_SCOPE_CLASS,
  HYPHENED_TIME_CLASS,
  MARKED_CLASS,
  MARKED_MORE_CLASS,
  MARKED_REFUSED,
  MONTH_LIST_CLASS,
  MONTH_LIST_REFUSED,
  PAID_CLASS,
  PAID_REFUSED,
  PAID_WHOSE_CLASS,
  PERSON_EMAIL_CLASS,
  TERSE_STATUS_CLASS,
  THROUGH_FORM_CLASS,
  THROUGH_FORM_OTHERS,
  WEBHOOK_PROSE_CLASS,
  WEBHOOK_PROSE_REFUSED,
} from './classes/writer-triggers-s35';
import { misread, notRefused } from './misread';

describe('triggers as fresh writers say them (session 35): classes with must-refuse twins', () => {
  it('GIVEN the user as the actor of a status change ("when I mark a lead as lost", "if we move a patient to qualified") × person × verb × status WHEN parsed THEN the change to that status; a word that is no status, or a record with no status ("a booking as lost"), is refused', () => {
    expect(MARKED_CLASS.length).toBe(240);
    expect(misread(MARKED_CLASS)).toStrictEqual([]);
    expect(notRefused(MARKED_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN the status words written out for the ReDoS rule WHEN compared with the statuses leads have THEN they are the same words, longest first', () => {
    const keys = Object.keys(LEAD_STATUS_WORDS).sort((a, b) => b.length - a.length || a.localeCompare(b));
    expect(STATUS_WORDS.split('|').sort((a, b) => b.length - a.length || a.localeCompare(b))).toStrictEqual(
      keys,
    );
    expect(STATUS_WORDS.split('|').map((w) => w.length)).toStrictEqual(keys.map((w) => w.length));
  });

  it('GIVEN a status change said tersely ("lead updated to qualified", "when status changes to customer") WHEN parsed THEN the change to that status, never every update tested for it', () => {
    expect(misread(TERSE_STATUS_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a contracted trigger ("a lead\'s created", "a client\'s paid", "a reservation\'s cancelled") WHEN parsed THEN the event the verb names, "\'s" read as "is" or, before a person\'s own verb, "has"', () => {
    expect(misread(CONTRACTED_CLASS)).toStrictEqual([]);
  });

  it('GIVEN what a trade is paid for or a payment\'s name with the verb of paying ("a stay is paid", "the deposit goes overdue", "a payment for the job comes in") WHEN parsed THEN that invoice paid or overdue; people we pay and a booking that is late are refused, never an invoice', () => {
    expect(PAID_CLASS.length).toBe(82);
    expect(misread(PAID_CLASS)).toStrictEqual([]);
    expect(notRefused(PAID_REFUSED)).toStrictEqual([]);
    expect(misread(PAID_WHOSE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a webhook said as prose ("Calendly booking webhook comes in", "Stripe tells us … (webhook)", "our lock (Schlage) sends a webhook that …", "we get a webhook from X every time …", "Booking.com") WHEN parsed THEN a webhook from that sender; a device with no name, or no webhook said, is refused', () => {
    expect(WEBHOOK_PROSE_CLASS.length).toBe(56);
    expect(misread(WEBHOOK_PROSE_CLASS)).toStrictEqual([]);
    expect(notRefused(WEBHOOK_PROSE_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN days of the year listed with commas only ("Jan 1, Apr 1, Jul 1, Oct 1 at 9am") WHEN parsed THEN one schedule over those months; different days in different months are refused', () => {
    expect(misread(MONTH_LIST_CLASS)).toStrictEqual([]);
    expect(notRefused(MONTH_LIST_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN the records a rule is for said before their event ("Only for invoices above $3k: when they go overdue") or a file with the trade\'s word for it ("a new listing doc is uploaded") WHEN parsed THEN the event with the test, the file event', () => {
    expect(misread(FRONTED_SCOPE_CLASS)).toStrictEqual([]);
    expect(misread(FILE_KIND_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a lead\'s status word in brackets after a booking\'s event ("a booking cancels (lost)") or a lead\'s source before a booking verb ("a lead from avvo books a call") WHEN parsed THEN refused quoting the words, never a test of the booking\'s status or a new lead whose source is "avvo books a"', () => {
    expect(notRefused(BOOKING_LEFTOVER_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a schedule and a hyphened word ending in "time" ("the check-in time", "the pick-up time") WHEN parsed THEN the schedule with no time zone, never the unknown zone "in"', () => {
    expect(misread(HYPHENED_TIME_CLASS)).toStrictEqual([]);
  });

  it('GIVEN something done through a form ("someone asks a question through the website chat form") or an email said with our person\'s noun ("a guest email comes in", "a patient emails a question") WHEN parsed THEN the form\'s submission, the email received; the verbs other events are read by keep their event', () => {
    expect(misread(THROUGH_FORM_CLASS)).toStrictEqual([]);
    expect(misread(THROUGH_FORM_OTHERS)).toStrictEqual([]);
    expect(misread(PERSON_EMAIL_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a payment\'s name arriving ("a deposit comes in", "payment\'s received"), a booking we get or that lands ("we get a new booking", "a booking request comes in"), or the user changing "the status of a lead" WHEN parsed THEN the invoice paid, the booking made, the status change', () => {
    expect(misread(ARRIVING_RECORD_CLASS)).toStrictEqual([]);
    expect(misread(MARKED_MORE_CLASS)).toStrictEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  ANY_REMINDER_CLASS,
  ANY_REMINDER_REFUSED,
  ASAP_ACTION_CLASS,
  ATTACHMENTS_INBOUND_CLASS,
  ATTACHMENTS_REFUSED,
  BOOKING_NOTES_CLASS,
  BOOKING_NOTES_REFUSED,
  DASHED_TEST_CLASS,
  DASHED_TEST_REFUSED,
  FORM_ANSWER_SAID_CLASS,
  FORM_ANSWER_SAID_REFUSED,
  FORM_NAME_CLASS,
  NOT_IN_CURRENCY_CLASS,
  NOT_IN_CURRENCY_REFUSED,
  PERSON_TAGGED_CLASS,
  PERSON_TAGGED_REFUSED,
  WORD_OR_WORD_CLASS,
} from './classes/trade-conditions-s44';
import { misread, notRefused } from './misread';

describe("conditions said in the trade's words: a record's field, a verb, a value (session 44, issue 16)", () => {
  it("GIVEN a booking's notes said as notes, comments, description or special requests with mention/say/include WHEN parsed THEN booking.notes contains the word", () => {
    expect(misread(BOOKING_NOTES_CLASS)).toStrictEqual([]);
  });

  it('GIVEN notes of a lead or an invoice, notes compared with a number, or an "or" with a tag WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(BOOKING_NOTES_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "says urgent or leak" right before the action, or "or asap" WHEN parsed THEN both words tested, never the second dropped', () => {
    expect(misread(WORD_OR_WORD_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "asap" said of the action WHEN parsed THEN no test: the action as before', () => {
    expect(misread(ASAP_ACTION_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "the form is called X", "the form name is X", "it\'s called X" WHEN parsed THEN the form\'s name tested (a filter with no other branch), never its answer "name"', () => {
    expect(misread(FORM_NAME_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a form\'s answer said bare ("species is rabbit") or as answered ("answered yes to dinner") WHEN parsed THEN the field of that name', () => {
    expect(misread(FORM_ANSWER_SAID_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a thing of theirs with its article, a long question, or a label on a booking WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(FORM_ANSWER_SAID_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN an inbound email said to have attachments WHEN parsed THEN its first attachment tested (the list is always there, empty or not)', () => {
    expect(misread(ATTACHMENTS_INBOUND_CLASS)).toStrictEqual([]);
  });

  it('GIVEN attachments of a form, a booking or a lead WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(ATTACHMENTS_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN reminders sent for an invoice said with no number ("any reminders", "had reminders", "no reminders") WHEN parsed THEN reminderCount above 0, or 0', () => {
    expect(misread(ANY_REMINDER_CLASS)).toStrictEqual([]);
  });

  it('GIVEN reminders of a lead, or "we chased it" WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(ANY_REMINDER_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN the person a booking or an email is from or for in the trade\'s word ("from a guest tagged vip", "the tenant is tagged …") WHEN parsed THEN the lead\'s tags', () => {
    expect(misread(PERSON_TAGGED_CLASS)).toStrictEqual([]);
  });

  it('GIVEN the tag of a person no record of the event carries WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(PERSON_TAGGED_REFUSED)).toStrictEqual([]);
  });

  it("GIVEN the trigger noun's test ended by a dash or an arrow before the action WHEN parsed THEN the test, then the actions", () => {
    expect(misread(DASHED_TEST_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a dash with no action after it WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(DASHED_TEST_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a currency said as what the invoice is not in ("it\'s not in EUR", "it isn\'t in euros") WHEN parsed THEN the currency is not that one', () => {
    expect(misread(NOT_IN_CURRENCY_CLASS)).toStrictEqual([]);
  });

  it('GIVEN the currency of a lead WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(NOT_IN_CURRENCY_REFUSED)).toStrictEqual([]);
  });
});

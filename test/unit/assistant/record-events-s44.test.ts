import { describe, expect, it } from 'vitest';
import {
  ADDED_AS_CLASS,
  AWAITING_CLASS,
  BARE_COMPOUND_CLASS,
  BOOKED_FOR_CLASS,
  COMES_THROUGH_CLASS,
  CONTRACTED_CLASS,
  DIARY_CLASS,
  MONEY_OVERDUE_CLASS,
  MONEY_PAID_CLASS,
  MONEY_SAID_CLASS,
  MONEY_TWINS_REFUSED,
  PERSON_MONEY_CLASS,
  SHAPES_TWINS_REFUSED,
} from './classes/record-events-s44';
import { misread, notRefused } from './misread';

describe("a record's event read from its noun and its verb (session 44, issue 16)", () => {
  it('GIVEN what a trade calls the money an invoice asks for ("rent", "the bond", "school fees", "a tenant\'s rent") × going overdue, being late, falling past due or missed × any shape (when, an arrow, once, a question) WHEN parsed THEN the invoice overdue starts it', () => {
    expect(misread(MONEY_OVERDUE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN the same money × being paid, settled, received, coming in or clearing WHEN parsed THEN the invoice paid starts it', () => {
    expect(misread(MONEY_PAID_CLASS)).toStrictEqual([]);
  });

  it('GIVEN such an event with what the trade does next ("= send the guest the payment reminder") WHEN parsed THEN the event and its steps', () => {
    expect(misread(MONEY_SAID_CLASS)).toStrictEqual([]);
  });

  it('GIVEN money with no event verb, a verb that is no payment ("goes up", "is raised"), "goes overdue" of a thing that is not money, a picking word, two records in one trigger or a payment tool\'s own payment WHEN parsed THEN refused, never a guessed event', () => {
    expect(notRefused(MONEY_TWINS_REFUSED)).toStrictEqual([]);
  });
});

describe("a record's event said in the trade's shapes (session 44, issue 16)", () => {
  it('GIVEN a record\'s participle contracted ("a form\'s submitted", "a booking\'s cancelled") with the action right after it WHEN parsed THEN that record\'s event', () => {
    expect(misread(CONTRACTED_CLASS)).toStrictEqual([]);
  });

  it('GIVEN someone added, created or entered as a (new) guest, member, patient, pupil, tenant or volunteer WHEN parsed THEN a new lead starts it', () => {
    expect(misread(ADDED_AS_CLASS)).toStrictEqual([]);
  });

  it('GIVEN what a trade books, booked "for a …" as a question or a header WHEN parsed THEN the booking made', () => {
    expect(misread(BOOKED_FOR_CLASS)).toStrictEqual([]);
  });

  it('GIVEN what a trade books, put in the diary or on the calendar WHEN parsed THEN the booking made', () => {
    expect(misread(DIARY_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a thing people send coming through a channel named with its page ("through the website form") WHEN parsed THEN that channel\'s event', () => {
    expect(misread(COMES_THROUGH_CLASS)).toStrictEqual([]);
  });

  it("GIVEN something's waiting, sitting waiting, awaiting or pending approval or sign-off WHEN parsed THEN an approval requested", () => {
    expect(misread(AWAITING_CLASS)).toStrictEqual([]);
  });

  it('GIVEN two person\'s nouns and no determiner ("student applicant added", "patient family signs up") WHEN parsed THEN a new lead; a verb before the people stays the action', () => {
    expect(misread(BARE_COMPOUND_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a person who pays what the trade calls the money ("their term fees", "the deposit", "their rent"), or enquires, or an event said before "can you …" WHEN parsed THEN that event', () => {
    expect(misread(PERSON_MONEY_CLASS)).toStrictEqual([]);
  });

  it('GIVEN someone added as a status, to a spreadsheet, something approved, a reminder or an invoice put in the diary, a thing coming through no channel, a picked payment, an enquiry about something, or an enquiry said only by where it came from WHEN parsed THEN refused', () => {
    expect(notRefused(SHAPES_TWINS_REFUSED)).toStrictEqual([]);
  });
});

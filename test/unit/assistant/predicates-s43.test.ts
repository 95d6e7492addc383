import { describe, expect, it } from 'vitest';
import {
  ANY_BUT_CLASS,
  ANY_BUT_REFUSED,
  DAYS_LATE_CLASS,
  DAYS_LATE_REFUSED,
  UP_TO_RANGE_CLASS,
} from './classes/comparisons-s43';
import {
  ANSWER_NAMED_CLASS,
  ANSWER_NAMED_REFUSED,
  BILLED_NAME_CLASS,
  BILLED_NAME_REFUSED,
  CURRENCY_NAME_CLASS,
  CURRENCY_NAME_REFUSED,
  HAS_OR_LACKS_CLASS,
  HAS_OR_LACKS_REFUSED,
  LEAD_ON_FILE_CLASS,
  LEAD_ON_FILE_REFUSED,
  MONEY_NOUN_CLASS,
  MONEY_NOUN_REFUSED,
  PLACE_NOUN_CLASS,
  PLACE_NOUN_REFUSED,
  REMINDER_COUNT_CLASS,
  REMINDER_COUNT_REFUSED,
  SENDER_DOMAIN_CLASS,
  SENDER_DOMAIN_REFUSED,
  VERB_SWAPPED_CLASS,
} from './classes/predicates-s43';
import { misread, notRefused } from './misread';

describe('what a condition tests, read from its parts (session 43)', () => {
  it('GIVEN money said in the trade\'s noun ("the fee", "the case value", "the job is worth") WHEN parsed THEN the lead\'s value or the invoice\'s total tested', () => {
    expect(misread(MONEY_NOUN_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a part of the total, or a fee of a booking or an email WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(MONEY_NOUN_REFUSED)).toStrictEqual([]);
  });

  it("GIVEN a booking's address, venue or location WHEN parsed THEN its location tested", () => {
    expect(misread(PLACE_NOUN_CLASS)).toStrictEqual([]);
  });

  it('GIVEN the address of a lead or an invoice, which keep none WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(PLACE_NOUN_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "the customer is Dublin City Council" of an invoice WHEN parsed THEN the name on the invoice tested', () => {
    expect(misread(BILLED_NAME_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a kind of customer, or the customer of a lead WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(BILLED_NAME_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a currency said as its name ("in euro") WHEN parsed THEN the invoice\'s currency tested', () => {
    expect(misread(CURRENCY_NAME_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "they\'ve already had 2 or more reminders", "we\'ve sent 3 reminders" WHEN parsed THEN the invoice\'s reminder count tested', () => {
    expect(misread(REMINDER_COUNT_CLASS)).toStrictEqual([]);
  });

  it('GIVEN the reminders of a lead WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(REMINDER_COUNT_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "linked to a student in the crm", "from a customer we already have" WHEN parsed THEN the lead of the invoice, booking or email tested there or not', () => {
    expect(misread(LEAD_ON_FILE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN linked to no person, or a lead linked WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(LEAD_ON_FILE_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "from anything @abrsm.ac.uk", "from an address ending in @uscis.gov" WHEN parsed THEN the sender\'s address tested', () => {
    expect(misread(SENDER_DOMAIN_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a sender with no address or domain WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(SENDER_DOMAIN_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a form\'s answer named by its name (\'field "hire" = yes\', "service = end of tenancy") WHEN parsed THEN that answer tested', () => {
    expect(misread(ANSWER_NAMED_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a bare word with "is", or an answer of a booking WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(ANSWER_NAMED_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a verb broken off and another said ("forward... er, alert") WHEN parsed THEN the second verb\'s step only', () => {
    expect(misread(VERB_SWAPPED_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "without a phone number", "they\'ve got the planning tag" WHEN parsed THEN the field tested there or not, the tag tested', () => {
    expect(misread(HAS_OR_LACKS_CLASS)).toStrictEqual([]);
  });

  it('GIVEN lacking what no record keeps ("without notice") WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(HAS_OR_LACKS_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "an overdue invoice is more than 30 days late", "more than a week overdue" WHEN parsed THEN the overdue event and its days overdue tested', () => {
    expect(misread(DAYS_LATE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN another event of an overdue invoice, or a span in months WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(DAYS_LATE_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a currency of a lead WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(CURRENCY_NAME_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "anything other than referral", "anything but lost" WHEN parsed THEN the field is not that value', () => {
    expect(misread(ANY_BUT_CLASS)).toStrictEqual([]);
  });

  it('GIVEN any but several values WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(ANY_BUT_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a range said with "up to" between its bounds ("£100 up to £499") WHEN parsed THEN both bounds tested', () => {
    expect(misread(UP_TO_RANGE_CLASS)).toStrictEqual([]);
  });
});

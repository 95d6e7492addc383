import { describe, expect, it } from 'vitest';
import {
  MONEY_OVERDUE_CLASS,
  MONEY_PAID_CLASS,
  MONEY_SAID_CLASS,
  MONEY_TWINS_REFUSED,
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

import { describe, expect, it } from 'vitest';
import {
  ACCEPTED_THING_REFUSED,
  CONFIRMED_BOOKING_CLASS,
  EMAILS_ADDRESS_CLASS,
  FORM_AMOUNT_CLASS,
  MY_STEP_CLASS,
  MY_STEP_TWIN_CLASS,
  OCCURRENCE_REFUSED,
  OCCURRENCE_TWIN_CLASS,
  OWN_ADDRESS_CLASS,
  READ_STEP_CLASS,
  REPLY_KIND_REFUSED,
  REPLY_WORDS_CLASS,
  TWO_STATUS_CLASS,
  TWO_STATUS_REFUSED,
  UNREAD_STEP_REFUSED,
} from './classes/precision-s34';
import { misread, notRefused } from './misread';

describe('precision (session 34): the wrong workflows known on main, as classes, each with its twins', () => {
  it('GIVEN a step with when it runs, how it reaches someone or what it sends said in words nothing reads ("email them next week", "let Sam know by phone", "send them flowers", "tag them with their source") × trigger WHEN parsed THEN it is refused quoting them, never sent at once, by email or as a tag named after the field; the same steps said in words the catalogue reads stay read', () => {
    expect(UNREAD_STEP_REFUSED.length).toBe(106);
    expect(notRefused(UNREAD_STEP_REFUSED)).toStrictEqual([]);
    expect(misread(READ_STEP_CLASS)).toStrictEqual([]);
  });

  it('GIVEN which occurrence of a person’s events starts it ("books their second session", "pays for the first time", "makes another purchase") × who × action WHEN parsed THEN it is refused quoting the words, never run on every one; the event without the ordinal, and "hasn’t booked their first appointment" in a wait, stay read', () => {
    expect(OCCURRENCE_REFUSED.length).toBe(108);
    expect(notRefused(OCCURRENCE_REFUSED)).toStrictEqual([]);
    expect(misread(OCCURRENCE_TWIN_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a step the writer does with the reminder in brackets ("thank them personally (notify me)", "call them (remind us)") × trigger × step × bracket WHEN parsed THEN only the reminder, never the step as an email as well; a reminder joined with "and" stays a second step', () => {
    expect(MY_STEP_CLASS.length).toBe(100);
    expect(misread(MY_STEP_CLASS)).toStrictEqual([]);
    expect(misread(MY_STEP_TWIN_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a person leaving with two statuses in brackets ("a client cancels (lost or cold)") × who × verb × bracket WHEN parsed THEN the change to the status both words name, never a new lead tested for either; two different statuses are refused', () => {
    expect(TWO_STATUS_CLASS.length).toBe(75);
    expect(misread(TWO_STATUS_CLASS)).toStrictEqual([]);
    expect(notRefused(TWO_STATUS_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a form compared with an amount and no field named ("a form comes in over $500") WHEN parsed THEN its amount is compared, never a field named "over"', () => {
    expect(misread(FORM_AMOUNT_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a quote, proposal, estimate, offer or contract not accepted in a hurried line ("quote not accepted in a week → follow up") × negation × duration × action WHEN parsed THEN it is refused, never a booking awaited for its confirmation; a booking not confirmed stays awaited as before', () => {
    expect(ACCEPTED_THING_REFUSED.length).toBe(80);
    expect(notRefused(ACCEPTED_THING_REFUSED)).toStrictEqual([]);
    expect(misread(CONFIRMED_BOOKING_CLASS)).toStrictEqual([]);
  });

  it('GIVEN what a reply carries said as a kind of reply ("replies with a question", "responds asking for a discount") × who × kind × action WHEN parsed THEN it is refused, never every reply (nor a note added for "with a note"); the words a reply contains stay tested', () => {
    expect(REPLY_KIND_REFUSED.length).toBe(36);
    expect(notRefused(REPLY_KIND_REFUSED)).toStrictEqual([]);
    expect(misread(REPLY_WORDS_CLASS)).toStrictEqual([]);
  });

  it('GIVEN someone writing to one of our addresses ("a customer emails hello@ourshop.com") × who × address × action WHEN parsed THEN the email that arrives at that address, never a test of their own address; a lead’s email said as a field stays a test', () => {
    expect(EMAILS_ADDRESS_CLASS.length).toBe(18);
    expect(misread(EMAILS_ADDRESS_CLASS)).toStrictEqual([]);
    expect(misread(OWN_ADDRESS_CLASS)).toStrictEqual([]);
  });
});

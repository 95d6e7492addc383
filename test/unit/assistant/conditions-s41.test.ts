import { describe, expect, it } from 'vitest';
import {
  FORM_PRESENCE_CLASS,
  FORM_PRESENCE_REFUSED,
  HAS_IN_IT_CLASS,
  MODIFIER_TAG_CLASS,
  WEBSITE_LEAD_REFUSED,
} from './classes/conditions-checks-s41';
import {
  CURRENCY_CODE_CLASS,
  CURRENCY_CODE_REFUSED,
  FORM_MESSAGE_CLASS,
  FORM_MESSAGE_REFUSED,
  GOES_TO_CLASS,
  GOES_TO_OTHERS_GET_CLASS,
  GOES_TO_REFUSED,
  PRESENCE_ARROW_CLASS,
  PRESENCE_ARROW_OTHER,
  PRESENCE_ARROW_REFUSED,
  REPLY_EMAIL_CLASS,
  REPLY_EMAIL_REFUSED,
  REST_TO_CLASS,
  SKIP_CLASS,
  SKIP_REFUSED,
  WHO_HANDLES_CLASS,
  WHO_HANDLES_REFUSED,
} from './classes/conditions-s41';
import { misread, notRefused } from './misread';

describe('conditions said as routing, skipping and checks (session 41)', () => {
  it('GIVEN a currency by its code ("if its in NZD", "paid in CAD tell Chloe") WHEN parsed THEN the invoice\'s currency tested', () => {
    expect(misread(CURRENCY_CODE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a currency of a lead, or "in a folder" WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(CURRENCY_CODE_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "tell Chloe, she handles the canadian account" WHEN parsed THEN Chloe told, the reason left out', () => {
    expect(misread(WHO_HANDLES_CLASS)).toStrictEqual([]);
  });

  it('GIVEN what the colleague will do, or a step after "she handles it" WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(WHO_HANDLES_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "a reply email arrives" WHEN parsed THEN the email received, never an email sent', () => {
    expect(misread(REPLY_EMAIL_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "when we send a reply email" WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(REPLY_EMAIL_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "leads tagged commercial go to Tom, everything else to Rachel" WHEN parsed THEN the test, Tom told, Rachel told otherwise', () => {
    expect(misread(GOES_TO_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "tell Tom, the rest to Rachel" WHEN parsed THEN the other branch read, never taken for who Tom is', () => {
    expect(misread(REST_TO_CLASS)).toStrictEqual([]);
  });

  it('GIVEN no other branch, a team, or a step for the others WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(GOES_TO_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "the message mentions wholesale" on a form submitted WHEN parsed THEN the form\'s message field tested, never dropped', () => {
    expect(misread(FORM_MESSAGE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN the message of a new lead WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(FORM_MESSAGE_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "no email on the booking -> …. has an email -> …" or "if there\'s an email …" WHEN parsed THEN the presence tested, the second arrow the other branch', () => {
    expect(misread(PRESENCE_ARROW_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "if there\'s a new lead" WHEN parsed THEN the event, as before', () => {
    expect(misread(PRESENCE_ARROW_OTHER)).toStrictEqual([]);
  });

  it("GIVEN an email from a client, or a presence in the trigger's words WHEN parsed THEN refused, quoted", () => {
    expect(notRefused(PRESENCE_ARROW_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "skip the walk-ins (source walk-in), everyone else gets …" or "only send X if …" WHEN parsed THEN the step under the test', () => {
    expect(misread(SKIP_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a skip with no field said, or "only" with no test WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(SKIP_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "the company name has Trust or Pty in it" WHEN parsed THEN each word tested on the field', () => {
    expect(misread(HAS_IN_IT_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "a new website lead" WHEN parsed THEN refused, quoted, never a tag nobody gave them', () => {
    expect(notRefused(WEBSITE_LEAD_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "a new VIP lead" WHEN parsed THEN the tag filters, as before', () => {
    expect(misread(MODIFIER_TAG_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "… go straight to Victor, everyone else gets the standard welcome email" WHEN parsed THEN Victor told, the others emailed otherwise', () => {
    expect(misread(GOES_TO_OTHERS_GET_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "if they left a phone number" on a form submitted WHEN parsed THEN the form\'s phone answer tested', () => {
    expect(misread(FORM_PRESENCE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "if they left a message" WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(FORM_PRESENCE_REFUSED)).toStrictEqual([]);
  });
});

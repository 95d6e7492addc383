import { describe, expect, it } from 'vitest';
import { PHONE_GIVEN_CLASS, PRESENCE_REFUSED, PRESENCE_SAID_CLASS } from './classes/presence-said-s39';
import { misread, notRefused } from './misread';

describe('a field there or not, said by what they gave or left (session 39, sets 25–28)', () => {
  it('GIVEN "if they left / gave us / provided a phone number …, if not …" WHEN parsed THEN a step tests that the lead\'s phone exists, with both branches', () => {
    expect(misread(PHONE_GIVEN_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "with no attendee email", "there\'s no email on it", "if they gave an email" on a form, "if we know who it is" on a reply WHEN parsed THEN exists on the field that record carries, complementary tests one step', () => {
    expect(misread(PRESENCE_SAID_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a field the trigger does not carry, or attachments WHEN parsed THEN refused, quoting the words', () => {
    expect(notRefused(PRESENCE_REFUSED)).toStrictEqual([]);
  });
});

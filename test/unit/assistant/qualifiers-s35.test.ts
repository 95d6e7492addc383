import { describe, expect, it } from 'vitest';
import {
  BOOKED_NAME_CLASS,
  QUALIFIER_REFUSALS,
  QUALIFIER_TWINS,
  REPLY_WITH_WORDS_CLASS,
  SETTLED_STATE_CLASS,
  TEXT_IN_IT_CLASS,
} from './classes/qualifiers-s35';
import { misread, notRefused } from './misread';

describe('conditions said as a description of the record', () => {
  it('GIVEN "replies with STOP or unsubscribe" for any sender, reply verb and list of words WHEN parsed THEN the reply is tested for each word, never left out', () => {
    expect(misread(REPLY_WITH_WORDS_CLASS)).toStrictEqual([]);
  });

  it('GIVEN what was booked named in capitals after "the" or quoted WHEN parsed THEN the booking title is tested for that name', () => {
    expect(misread(BOOKED_NAME_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a text "has X in it", a cancellation\'s reason that mentions X WHEN parsed THEN that field is tested for X (the reason as booking.cancelled carries it)', () => {
    expect(misread(TEXT_IN_IT_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "the buyer is already qualified" in any trade\'s noun WHEN parsed THEN the lead\'s status is tested', () => {
    expect(misread(SETTLED_STATE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a reply said by its kind, a booking not named, a reply with no words WHEN parsed THEN refused quoting it, or read with no test', () => {
    expect([...notRefused(QUALIFIER_REFUSALS), ...misread(QUALIFIER_TWINS)]).toStrictEqual([]);
  });
});

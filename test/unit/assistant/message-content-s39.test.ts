import { describe, expect, it } from 'vitest';
import { ASKING_CLASS, ASKING_TWINS_KEPT, LIMIT_TWINS_REFUSED } from './classes/message-content-s39';
import { misread, notRefused } from './misread';

describe('what a message says, around the clauses that are instructions (session 39, sets 26–28)', () => {
  it('GIVEN a message × "reminding him to …", "asking if …", "inviting them to …" WHEN parsed THEN one message, its words read as what it asks', () => {
    expect(misread(ASKING_CLASS)).toStrictEqual([]);
  });

  it('GIVEN what the message asks × "but not on Sundays", "only for VIPs", "unless they already paid", "at 9am", "2 days later" WHEN parsed THEN refused quoting the limit, never taken as the message\'s words', () => {
    expect(notRefused(LIMIT_TWINS_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a condition or a second action after what the message asks WHEN parsed THEN the condition and the action kept', () => {
    expect(misread(ASKING_TWINS_KEPT)).toStrictEqual([]);
  });
});

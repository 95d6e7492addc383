import { describe, expect, it } from 'vitest';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * "the 2nd one", "the second one" after a message (issue #16, set 35): the message before, again, or with what it
 * carries a second email with those words; never a person called "the second one".
 */

const SECOND_ONE: readonly Case[] = [
  [
    'new lead → welcome email, then 2 days later send the 2nd one',
    'lead.created',
    'email.send; wait(P2D); email.send',
  ],
  [
    'when a lead comes in, email them a welcome, then a week later send the second one',
    'lead.created',
    'email.send; wait(P7D); email.send',
  ],
  [
    "new lead → welcome email, then 2 days later send the 2nd one with this month's specials",
    'lead.created',
    'email.send; wait(P2D); email.send',
  ],
  [
    'when a member joins, email them the welcome pack, then a week later send the second one with the training times',
    'lead.created',
    'email.send; wait(P7D); email.send',
  ],
];

describe('the second one, after a message', () => {
  it('GIVEN "send the 2nd/second one" after an email WHEN parsed THEN a second email, never a team member', () => {
    expect(misread(SECOND_ONE)).toStrictEqual([]);
  });

  it('GIVEN what it carries could choose records ("with a budget over 5k") WHEN parsed THEN it is refused, quoted', () => {
    expect(
      notRefused([
        [
          'new lead → welcome email, then 2 days later send the 2nd one with a budget over 5k',
          'with a budget over 5k',
        ],
      ]),
    ).toStrictEqual([]);
  });
});

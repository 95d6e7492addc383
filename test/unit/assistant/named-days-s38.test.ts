import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/** A day of the year by its name, on the same date each year: its month and day. */
const FIXED_DAYS: readonly Case[] = [
  ['every Christmas Eve at 10am post merry christmas in #general', 'cron(0 10 24 12 ? *)', 'notify.slack'],
  ['Every christmas eve at 4pm notify the team', 'cron(0 16 24 12 ? *)', 'notify.team'],
  ['On Christmas Eve at 10am post a reminder in #general', 'cron(0 10 24 12 ? *)', 'notify.slack'],
  ['every year on Christmas Day at 8 notify the team', 'cron(0 8 25 12 ? *)', 'notify.team'],
  ['each Boxing Day at 9 notify the team', 'cron(0 9 26 12 ? *)', 'notify.team'],
  ["every New Year's Day at 9 post happy new year in #general", 'cron(0 9 1 1 ? *)', 'notify.slack'],
  ['on new years eve at 6pm notify the team', 'cron(0 18 31 12 ? *)', 'notify.team'],
  ['every Halloween at 9 post a reminder in #general', 'cron(0 9 31 10 ? *)', 'notify.slack'],
  ["every Valentine's Day at 9 post a reminder in #general", 'cron(0 9 14 2 ? *)', 'notify.slack'],
  ["every St Patrick's Day at noon notify the team", 'cron(0 12 17 3 ? *)', 'notify.team'],
];

/** A named day that moves from year to year: no cron expression holds it, so it is refused by name. */
const MOVING_DAYS = [
  ['every Easter at 9 post happy easter in #general', 'every Easter'],
  ['every Thanksgiving at 9 post a reminder in #general', 'every Thanksgiving'],
  ["on Mother's Day at 10am post a reminder in #general", "Mother's Day"],
  ['each Good Friday at 9 notify the team', 'Good Friday'],
  ['every year on Black Friday at 8 notify the team', 'Black Friday'],
  ['every Diwali at 9 post a greeting in #general', 'every Diwali'],
] as const;

/**
 * Twins: a named day that is what a message says or a thing's name, never the schedule; "the start of each quarter";
 * and words before "post" that a schedule piece split ("2026 ⟨at 4pm⟩ post") are no kind of message.
 */
const TWINS: readonly Case[] = [
  ['every December 20th at 9am post a Christmas message in #general', 'cron(0 9 20 12 ? *)', 'notify.slack'],
  ['every 24 December at 10am notify the team', 'cron(0 10 24 12 ? *)', 'notify.team'],
  ['each 1 March at 9 post a reminder in #finance', 'cron(0 9 1 3 ? *)', 'notify.slack'],
  ['every 3 days notify me', 'rate(3 days)', 'notify.team'],
  ['Every Monday at 9 post the Christmas Fair update in #general', 'cron(0 9 ? * MON *)', 'notify.slack'],
  ['at the start of each quarter post a reminder in #finance', 'cron(0 9 1 1,4,7,10 ? *)', 'notify.slack'],
  [
    'on the first day of every quarter at 8 post a reminder in #finance',
    'cron(0 8 1 1,4,7,10 ? *)',
    'notify.slack',
  ],
  ['Every Friday at 5pm post a quick celebration message in #wins', 'cron(0 17 ? * FRI *)', 'notify.slack'],
];

/** Words a schedule reader did not read, left before "post": refused quoting them, never dropped. */
const UNREAD_BEFORE_POST = [
  ['every Foo Day at 10am post hello in #general', 'Foo Day'],
  ['every blah at 10am post in #general', 'blah'],
] as const;

/** A named day that is part of a thing's name ("the christmas card list"): no schedule on that day. */
const NAMES_OF_THINGS = [
  'email everyone on the christmas card list a greeting',
  'every Monday email everyone on the christmas party list',
  'each christmas hamper order gets a note',
];
const scheduledOnTheDay = (prompt: string): boolean => {
  const result = parsePrompt(prompt);
  return (
    result.ok &&
    result.definition.trigger.type === 'schedule' &&
    / 12 \? \*$/.test(result.definition.trigger.cron ?? '')
  );
};

describe('days of the year said by name (session 38, a2)', () => {
  it('GIVEN a day on the same date each year by its name ("every Christmas Eve", "on New Year\'s Day") WHEN parsed THEN the schedule runs on that month and day, never every day', () => {
    expect(misread(FIXED_DAYS)).toStrictEqual([]);
  });

  it('GIVEN a day that moves each year ("every Easter", "Thanksgiving", "Mother\'s Day") WHEN parsed THEN it is refused naming the day', () => {
    expect(notRefused(MOVING_DAYS)).toStrictEqual([]);
  });

  it('GIVEN words no schedule reader read before "post" with a time between them WHEN parsed THEN they are refused quoted, never taken for the kind of message', () => {
    expect(notRefused(UNREAD_BEFORE_POST)).toStrictEqual([]);
  });

  it('GIVEN a named day in the name of a thing ("on the christmas card list") WHEN parsed THEN no schedule runs on that day', () => {
    expect(NAMES_OF_THINGS.filter(scheduledOnTheDay)).toStrictEqual([]);
  });

  it('GIVEN the twins (a Christmas message, the Christmas Fair, the start of each quarter, a celebration message) WHEN parsed THEN they read as the words say', () => {
    expect(misread(TWINS)).toStrictEqual([]);
  });
});

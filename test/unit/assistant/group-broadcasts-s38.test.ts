import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread } from './misread';
import type { Case } from './table/case';

const FIND_EACH_EMAIL = 'crm.findLeads; forEach[email.send]';

/** The tag the workflow's lead finder filters by, or what came back instead. */
const tagFound = (prompt: string): string => {
  const result = parsePrompt(prompt);
  if (!result.ok) return `refused: ${result.problems.join('; ')}`;
  const find = result.definition.steps.find((s) => 'action' in s && s.action === 'crm.findLeads');
  return find && 'input' in find
    ? String((find.input as { tag?: unknown }).tag)
    : outlineOf(result.definition).steps;
};

/** "everyone tagged X", "anyone with the tag X": the leads with the tag, each sent the message (never the team). */
const TAGGED_ANYONE: readonly Case[] = [
  ['every Monday at 9 email everyone tagged volunteer a reminder', 'cron(0 9 ? * MON *)', FIND_EACH_EMAIL],
  [
    'Every Friday at 4pm email everybody tagged "choir" the rehearsal notes',
    'cron(0 16 ? * FRI *)',
    FIND_EACH_EMAIL,
  ],
  [
    'on the 1st of every month email anyone tagged member the newsletter',
    'cron(0 9 1 * ? *)',
    FIND_EACH_EMAIL,
  ],
  [
    'every Tuesday at 11 send everyone with the tag trustee a thank you email',
    'cron(0 11 ? * TUE *)',
    FIND_EACH_EMAIL,
  ],
];

/** A group of people a business keeps as contacts, sent a message on a schedule: the leads tagged with the noun. */
const ROLE_GROUPS: readonly Case[] = [
  [
    'every December 20th send a Christmas message to all the volunteers',
    'cron(0 9 20 12 ? *)',
    FIND_EACH_EMAIL,
  ],
  [
    'every December 20th email all our volunteers a Christmas message',
    'cron(0 9 20 12 ? *)',
    FIND_EACH_EMAIL,
  ],
  ['every Monday at 8 send an email to all exhibitors', 'cron(0 8 ? * MON *)', FIND_EACH_EMAIL],
  ['on the last day of each month email all the players the fixtures', 'cron(0 9 L * ? *)', FIND_EACH_EMAIL],
];

/** The run started by hand, said first ("Run manually:", "I want to be able to run this whenever I like:"). */
const BY_HAND: readonly Case[] = [
  ['Run manually: email all leads tagged choir about practice moving to the hall', 'manual', FIND_EACH_EMAIL],
  ['Run it manually: email everyone tagged vip a reminder', 'manual', FIND_EACH_EMAIL],
  [
    'I want to be able to run this whenever I like: email everyone tagged "choir" about practice moving',
    'manual',
    FIND_EACH_EMAIL,
  ],
  ['run it whenever I want - email all leads tagged vip a reminder', 'manual', FIND_EACH_EMAIL],
];

/**
 * Twins: a reminder to a group stays one of ours; a group in a Slack channel is the channel; a group a booking names
 * is no tag; one picked out by what they did stays refused; the team is the team.
 */
const TWINS: readonly Case[] = [
  [
    'every day at 5 remind the volunteers in #volunteers to log their hours',
    'cron(0 17 * * ? *)',
    'notify.slack',
  ],
  ['every Monday at 9 remind all volunteers about the rota', 'cron(0 9 ? * MON *)', 'notify.team'],
  ['every Monday at 9 email the team a reminder', 'cron(0 9 ? * MON *)', 'notify.team'],
  [
    'On 24 December at 4pm post a happy christmas message to all the volunteers in our slack',
    'cron(0 16 24 12 ? *)',
    'notify.slack',
  ],
];
const STILL_REFUSED = [
  'every Monday at 9 email all attendees the agenda',
  'every Monday email all the attendees',
];
/** Session 40 (a18): the people a booking names, booked in a period, are that period's bookings, each emailed. */
const BOOKED_IN_A_PERIOD: readonly Case[] = [
  [
    'every Monday email all the volunteers who are booked this week',
    'cron(0 9 ? * MON *)',
    'calendar.find; forEach[email.send]',
  ],
];

describe('messages to a group on a schedule or by hand (session 38, a2)', () => {
  it('GIVEN "everyone tagged X" (everybody, anyone, with the tag) × schedules WHEN parsed THEN the leads with the tag are each emailed, never the team', () => {
    expect(misread(TAGGED_ANYONE)).toStrictEqual([]);
    expect(tagFound(TAGGED_ANYONE[0]?.[0] ?? '')).toBe('volunteer');
  });

  it('GIVEN a group kept as contacts ("all the volunteers", "all exhibitors") sent a message on a schedule WHEN parsed THEN the leads tagged with its noun are each emailed, never every lead', () => {
    expect(misread(ROLE_GROUPS)).toStrictEqual([]);
    expect(ROLE_GROUPS.map(([p]) => tagFound(p))).toStrictEqual([
      'volunteer',
      'volunteer',
      'exhibitor',
      'player',
    ]);
  });

  it('GIVEN the run started by hand said first ("Run manually:", "run this whenever I like:") WHEN parsed THEN the trigger is manual, never the leads named after it', () => {
    expect(misread(BY_HAND)).toStrictEqual([]);
  });

  it('GIVEN the twins (a reminder to the volunteers, the team, a group in Slack) WHEN parsed THEN they read as before', () => {
    expect(misread(TWINS)).toStrictEqual([]);
  });

  it("GIVEN a group picked out by what they did, or named with no period WHEN parsed THEN it stays refused; the people booked in a period are that period's bookings, each emailed", () => {
    expect(STILL_REFUSED.filter((p) => parsePrompt(p).ok)).toStrictEqual([]);
    expect(misread(BOOKED_IN_A_PERIOD)).toStrictEqual([]);
  });
});

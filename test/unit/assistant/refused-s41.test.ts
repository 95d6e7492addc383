import { describe, expect, it } from 'vitest';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Issue #16 class 5 (session 41): a step said not to happen ("… but never email new leads automatically") had been
 * read as a second email; keeping count of something ("track my clients macros") was dropped and the rest built; a
 * learner's "the resume of yesterday" lost its summary.
 */

const REFUSED = [
  [
    'every new lead should get the welcome email but never email new leads automatically',
    'never email new leads',
  ],
  ['when a lead comes in, send the welcome email but never email them automatically', 'never email them'],
  ["When an invoice is paid, thank the customer but don't send them a receipt", "don't send them a receipt"],
  ['new client: send the welcome pack, and never email them on weekends', 'never email them on weekends'],
  ['can you track my clients macros and send them a weekly meal plan based on their weigh ins', 'track'],
  ['every week monitor our clients weights and email them a plan', 'monitor'],
  ["every monday calculate each client's BMI and email it to them", 'calculate'],
] as const;

const READ: readonly Case[] = [
  [
    'All the days at 7 of the morning, send to me the resume of yesterday by mail',
    'cron(0 7 * * ? *)',
    'report.summarize; notify.team',
  ],
  [
    'every day at 7 send me the resume of today by mail',
    'cron(0 7 * * ? *)',
    'report.summarize; notify.team',
  ],
  ['every monday send me the resume of last week', 'cron(0 9 ? * MON *)', 'report.summarize; notify.team'],
  // twin: a wait on what they do not do, read as before
  [
    "When a lead replies, if they don't reply in 2 days email them",
    'email.received',
    'waitFor(email.received,P2D,timeout:[email.send])',
  ],
];

describe('steps said not to happen, and what no step does (session 41)', () => {
  it('GIVEN a step said with never / don\'t, or "track / monitor / calculate" something WHEN parsed THEN refused, quoting it', () => {
    expect(notRefused(REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "the resume of yesterday / today / last week" or a wait on what they do not do WHEN parsed THEN a summary, or the wait as before', () => {
    expect(misread(READ)).toStrictEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  ANYWHERE_CLASS,
  DASH_CORRECTION_CLASS,
  OVERDUE_SINCE_CLASS,
  ZERO_CLOCK_CLASS,
} from './classes/products-s37-a2';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/** A point of the day in words no schedule reader has, in a schedule that names no time: [request, quoted]. */
const UNREAD_POINTS = [
  ['At sunrise every day, post a good-morning message in #general', 'At sunrise'],
  ['At dusk every day, post a message in #general', 'At dusk'],
  ['At teatime every Friday, post a message in #team', 'At teatime'],
  ['At the crack of dawn every day, post a message in #general', 'At the crack of dawn'],
  ['At sundown each weekday, email me a summary', 'At sundown'],
] as const;

/**
 * A test of a received email's text that no reader read: [request, what the refusal quotes]. ("an enquiry email
 * mentions refund" is read since session 45, the text tested: condition-branches-s45.test.ts.)
 */
const UNREAD_TEXT_TESTS = [['When a website enquiry email mentions refund, notify me', 'refund']] as const;

/** Twins that must not change: a bare 1–6 is still the afternoon, "as well" no correction, a place with a time said. */
const TWINS: readonly Case[] = [
  ['Daily at 6 post a summary to #ops', 'cron(0 18 * * ? *)', 'report.summarize; notify.slack'],
  ['Every day at 18:00 post a summary to #ops', 'cron(0 18 * * ? *)', 'report.summarize; notify.slack'],
  ['Daily at 7am UTC post a summary to #ops', 'cron(0 7 * * ? *) UTC', 'report.summarize; notify.slack'],
  [
    'When a lead is added, tag them hot as well, and email them',
    'lead.created',
    'crm.updateLead; email.send',
  ],
  [
    'When an email comes in and it says urgent, post it in #support',
    'email.received',
    'if(trigger.text contains "urgent")[notify.slack]',
  ],
  ['Every day at 9 post a message in #general at the office', 'cron(0 9 * * ? *)', 'notify.slack'],
  [
    'When a new email mentions refund, notify Sophie',
    'email.received',
    'if(trigger.text contains "refund")[notify.team]',
  ],
  [
    "If an invoice isn't paid within 7 days, send a reminder",
    'invoice.created',
    'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder])',
  ],
];

describe('silent mistakes of the development sets, as classes (session 37, a2)', () => {
  it('GIVEN a clock with a leading zero ("06:00", "05.15") × days × actions WHEN parsed THEN the hour is as written, never the afternoon', () => {
    expect(misread(ZERO_CLOCK_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a word said to be "somewhere in" or "anywhere in" a message WHEN parsed THEN the text test holds the word alone', () => {
    expect(misread(ANYWHERE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a correction joined by a dash ("text me—well, slack me", "#sales—sorry, #ops") WHEN parsed THEN the corrected step alone, never a comparison with the words or both steps', () => {
    expect(misread(DASH_CORRECTION_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a schedule that names no time and "at" a point of the day no reader knows ("at sunrise", "at teatime") WHEN parsed THEN it is refused quoting it, never run at the default hour', () => {
    expect(notRefused(UNREAD_POINTS)).toStrictEqual([]);
  });

  it('GIVEN an invoice still unpaid some time "after it goes overdue" (becomes, falls, turns) WHEN parsed THEN the wait starts when it fell overdue, never when it was created', () => {
    expect(misread(OVERDUE_SINCE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a received email\'s text tested in words no reader read ("an enquiry email mentions refund") WHEN parsed THEN it is refused quoting the test, never run for every email', () => {
    expect(notRefused(UNREAD_TEXT_TESTS)).toStrictEqual([]);
  });

  it('GIVEN the twins (a bare 6, "18:00", "as well", a place after a time said, a text test read, an unpaid invoice counted from its creation) WHEN parsed THEN they read as before', () => {
    expect(misread(TWINS)).toStrictEqual([]);
  });
});

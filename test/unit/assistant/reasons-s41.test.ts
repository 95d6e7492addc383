import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * What is said around the steps of a run started by hand or on a schedule (issue #16, sets 21–34): why it is asked
 * ("for the monday morning meeting", "that intake is closed"), who "me" is ("- me = jenny@…"), what the message says
 * after the people found ("… tagged vip that spots are filling up"), and the leads "we haven't heard back from in 30
 * days". None of it may choose the records or the time.
 */

const REASONS: readonly Case[] = [
  [
    'manual run - summarize this week and post it to slack for the monday morning meeting',
    'manual',
    'report.summarize; notify.slack',
  ],
  [
    "When I run it manually, summarize this week and post it to slack for friday's team huddle",
    'manual',
    'report.summarize; notify.slack',
  ],
  [
    'when i run it, mark every enquiry tagged "sept-2025-intake" as lost pls, that intake is closed',
    'manual',
    'crm.findLeads; forEach[crm.updateLead]',
  ],
  [
    'Every Monday, email every lead tagged summer-promo the last call, since the promo is over now',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
];

const MY_ADDRESS: readonly Case[] = [
  [
    'whenever I hit run, email me a summary of the last 30 days - me = jenny@happydays.example.com',
    'manual',
    'report.summarize; email.send',
  ],
  [
    'Every Friday email me the week summary (me: sam@shop.example)',
    'cron(0 9 ? * FRI *)',
    'report.summarize; email.send',
  ],
];

const TAGGED_THAT: readonly Case[] = [
  [
    'button to email every customer tagged "winter tires" that it\'s time to swap over',
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'I\'d like a button: email everyone tagged "holiday boarding" that spots are filling up',
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'Every Monday email everyone tagged vip that there are 3 seats left',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
];

const NOT_HEARD_FROM: readonly Case[] = [
  [
    "when i run it: find every lead we haven't heard back from in 30 days and draft a personal catch-up email for each",
    'manual',
    'crm.findLeads; forEach[email.draft]',
  ],
  [
    "When I run it manually, email every lead that hasn't replied in 2 weeks the new offer",
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    "Every Monday, email every client we haven't heard from in 2 weeks a check-in",
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
];

const definitionOf = (prompt: string) => {
  const result = parsePrompt(prompt);
  if (!result.ok) throw new Error(`refused: ${result.problems.join('; ')}`);
  return result.definition;
};

describe('why it is asked, said after the steps', () => {
  it('GIVEN a meeting it is for, or a reason said of something already named, WHEN parsed THEN the steps are read without it', () => {
    expect(misread(REASONS)).toStrictEqual([]);
  });

  it('GIVEN "every day at 5 … for the monday morning meeting" WHEN parsed THEN the meeting\'s day is not when it runs', () => {
    expect(
      outlineOf(
        definitionOf('Every day at 5pm, summarize today and post it to slack for the monday morning meeting'),
      ).trigger,
    ).toBe('cron(0 17 * * ? *)');
  });

  it('GIVEN the reason said as a test ("if that intake is closed") WHEN parsed THEN it is refused, quoted', () => {
    expect(
      notRefused([
        [
          'when i run it, mark every enquiry tagged "sept-2025-intake" as lost, if that intake is closed',
          'if that intake is closed',
        ],
      ]),
    ).toStrictEqual([]);
  });
});

describe('who "me" is, said after the message', () => {
  it('GIVEN "email me … - me = jenny@…" WHEN parsed THEN the email goes to that address', () => {
    expect(misread(MY_ADDRESS)).toStrictEqual([]);
    expect(
      definitionOf(
        'whenever I hit run, email me a summary of the last 30 days - me = jenny@happydays.example.com',
      ).steps[1],
    ).toMatchObject({ action: 'email.send', input: { to: 'jenny@happydays.example.com' } });
  });
});

describe('what the message says, after the people found by their tag', () => {
  it('GIVEN "… tagged X that it\'s time …", "… that spots are filling up" WHEN parsed THEN it is what the email says', () => {
    expect(misread(TAGGED_THAT)).toStrictEqual([]);
  });

  it('GIVEN "… tagged vip that we met at the expo" (who they are) WHEN parsed THEN it is refused, never the message', () => {
    expect(
      notRefused([
        [
          'Every Monday email every lead tagged vip that we met at the expo the offer',
          'that we met at the expo',
        ],
      ]),
    ).toStrictEqual([]);
  });
});

describe('the leads we have not heard from, on a run started by hand', () => {
  it('GIVEN "every lead we haven\'t heard back from in 30 days" or "that hasn\'t replied in 2 weeks" WHEN parsed THEN the leads found are those with no reply for that long', () => {
    expect(misread(NOT_HEARD_FROM)).toStrictEqual([]);
    expect(
      definitionOf(
        "when i run it: find every lead we haven't heard back from in 30 days and draft a personal catch-up email for each",
      ).steps[0],
    ).toMatchObject({ action: 'crm.findLeads', input: { noReplyFor: 'P30D' } });
  });

  it('GIVEN a run given a person and "if they haven\'t replied in 3 days" WHEN parsed THEN it waits for that person\'s reply, no find', () => {
    expect(
      outlineOf(
        definitionOf("When I run it with their email, send them the offer if they haven't replied in 3 days"),
      ).steps,
    ).toBe('waitFor(email.received,P3D,timeout:[email.send])');
  });
});

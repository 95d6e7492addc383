import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { inputIn, misread } from './misread';
import type { Case } from './table/case';

/**
 * A recipient said twice is one message (issue #16 class 2, session 41): "I want to know about it. email me (Dan)"
 * told the writer twice; "email it to me, owner@x.com" and "send me a summary … -> jana@x.com" told the team and
 * emailed the address; "cc Mark (mark@x.com)" after an email was a second message; "Payroll reminder - on the 25th …
 * email payroll@…" and "daily wrap-up at 5.30pm: summarise the day" made the heading a step of its own.
 */

const ONCE: readonly Case[] = [
  [
    'If any of our automations fail I want to know about it. email me (Dan)',
    'workflow.failed',
    'notify.team',
  ],
  ['when a lead replies I want to know about it. email me', 'email.received', 'notify.team'],
  ["If a workflow fails I'd like to know. ping me on slack", 'workflow.failed', 'notify.slack'],
  [
    'every friday 5pm summarise the week and email it to me, owner@tinytots.example.co.uk',
    'cron(0 17 ? * FRI *)',
    'report.summarize; email.send',
  ],
  [
    'every friday at 4pm summarise the week and send it to me, boss@firm.com',
    'cron(0 16 ? * FRI *)',
    'report.summarize; email.send',
  ],
  [
    'every friday summarise the week and send it to Sam, sam@x.com',
    'cron(0 9 ? * FRI *)',
    'report.summarize; email.send',
  ],
  [
    "every monday 9am send me a summary of last week's activity -> jana@spreeblick.example",
    'cron(0 9 ? * MON *)',
    'report.summarize; email.send',
  ],
  [
    'every day at 6pm send me a recap of the day -> ops@studio.com',
    'cron(0 18 * * ? *)',
    'report.summarize; email.send',
  ],
  ['new lead -> email me -> sam@x.com', 'lead.created', 'email.send'],
  [
    "When a new premium invoice is raised, email the client to let them know it's on its way, cc Mark (mark@harbourib.co.uk)",
    'invoice.created',
    'email.send',
  ],
  [
    'When an invoice is paid, email the client a thank you and cc accounts@firm.com',
    'invoice.paid',
    'email.send',
  ],
  [
    'Payroll reminder - on the 25th of every month at 10am (Sydney time) email payroll@brightledger.com.au to run the pays',
    'cron(0 10 25 * ? *) Australia/Sydney',
    'email.send',
  ],
  [
    'daily wrap-up at 5.30pm London time: summarise the day and send it to Hamish',
    'cron(30 17 * * ? *) Europe/London',
    'report.summarize; notify.team',
  ],
  [
    'Weekly wrap-up - every friday at 5pm summarise the week and email it to me',
    'cron(0 17 ? * FRI *)',
    'report.summarize; notify.team',
  ],
];

/** Twins: a heading that is the step, a heading that picks records out, a cc without an address, two people. */
const AS_BEFORE: readonly Case[] = [
  ['Weekly report - every monday at 9', 'cron(0 9 ? * MON *)', 'report.summarize'],
  ['Welcome email - when a new lead comes in', 'lead.created', 'email.send'],
  ['when a booking is made, email the client, cc me', 'booking.created', 'email.send; notify.team'],
  ['when a lead comes in, email Sam, Jo and Ann', 'lead.created', 'notify.team; notify.team; notify.team'],
];

describe('a recipient said twice is one message (session 41)', () => {
  it('GIVEN "I want to know. email me", "me, address", "-> address", "cc Name (address)" or a heading that names the message WHEN parsed THEN one message', () => {
    expect(misread(ONCE)).toStrictEqual([]);
  });

  it('GIVEN the address after "me" or a cc with an address WHEN parsed THEN the email goes there, the cc on the email', () => {
    expect(
      inputIn(
        'every friday 5pm summarise the week and email it to me, owner@tinytots.example.co.uk',
        'send-email',
      )?.to,
    ).toBe('owner@tinytots.example.co.uk');
    expect(
      inputIn(
        "When a new premium invoice is raised, email the client to let them know it's on its way, cc Mark (mark@harbourib.co.uk)",
        'send-email',
      )?.cc,
    ).toStrictEqual(['mark@harbourib.co.uk']);
  });

  it('GIVEN a heading that is the step, a cc without an address or several people WHEN parsed THEN as before', () => {
    expect(misread(AS_BEFORE)).toStrictEqual([]);
    const wrapUp = parsePrompt(
      'daily wrap-up at 5.30pm London time: summarise the day and send it to Hamish',
    );
    expect(wrapUp.ok && outlineOf(wrapUp.definition).steps).toBe('report.summarize; notify.team');
  });
});

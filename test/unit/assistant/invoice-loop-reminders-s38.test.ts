import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { validateWorkflow } from '../../../statemachines/validate';
import { misread } from './misread';
import type { Case } from './table/case';

/**
 * Session 38 (a5), issue 16: a reminder to each of several found invoices is the invoice's own reminder
 * (invoice.sendReminder with the item's id), however the invoices are named again ("every one", "each overdue
 * invoice", "every unpaid invoice's customer", "for each invoice"). Twins: leads get an email, a message of our own
 * words stays an email, the list stays one message, and a narrower status than the find's is not read.
 */

const REMINDERS: readonly Case[] = [
  [
    '1st of each month: pull the unpaid invoices, get my ok, then send every one a reminder',
    'cron(0 9 1 * ? *)',
    'invoice.find; approval; forEach[invoice.sendReminder]',
  ],
  [
    'Every day find the overdue invoices and send every one a reminder',
    'cron(0 9 * * ? *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    'Every Monday, find overdue invoices and chase each overdue invoice',
    'cron(0 9 ? * MON *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    "Every Friday find the unpaid invoices and remind every unpaid invoice's customer",
    'cron(0 9 ? * FRI *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    'Every Monday find overdue invoices and send a payment reminder for each one',
    'cron(0 9 ? * MON *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    'Every day find the overdue invoices and send a payment reminder for every late invoice',
    'cron(0 9 * * ? *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    'Every day find the unpaid invoices and send a reminder for each invoice',
    'cron(0 9 * * ? *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
];

const TWINS: readonly Case[] = [
  [
    'Every Monday find the new leads and send every one a reminder',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'Every Monday find the new leads and send each a reminder',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'Every Monday find unpaid invoices and email each customer our new bank details',
    'cron(0 9 ? * MON *)',
    'invoice.find; forEach[email.send]',
  ],
  [
    "Every Monday find unpaid invoices and email every invoice's customer our new bank details",
    'cron(0 9 ? * MON *)',
    'invoice.find; forEach[email.send]',
  ],
];

/** The reminders that do not go out for the invoice the loop is on. */
const notPerItem = (cases: readonly Case[]): string[] =>
  cases.flatMap(([prompt]) => {
    const result = parsePrompt(prompt);
    if (!result.ok) return [`${prompt} → refused`];
    const loop = result.definition.steps.find((s) => 'forEach' in s);
    const step = loop && 'forEach' in loop ? loop.forEach.steps[0] : undefined;
    const ok =
      step !== undefined &&
      'action' in step &&
      step.input?.invoiceId === '{{item.id}}' &&
      validateWorkflow(result.definition).valid;
    return ok ? [] : [`${prompt} → ${JSON.stringify(result.definition.steps)}`];
  });

describe('a reminder to each found invoice (session 38)', () => {
  it('GIVEN invoices found and "send every one a reminder", "chase each overdue invoice", "remind every unpaid invoice\'s customer" or "a reminder for each invoice" WHEN parsed THEN invoice.sendReminder for each, with the item\'s id', () => {
    expect(misread(REMINDERS)).toStrictEqual([]);
    expect(notPerItem(REMINDERS)).toStrictEqual([]);
  });

  it("GIVEN leads found, or a message in our own words to each invoice's customer WHEN parsed THEN an email for each, never the invoice reminder", () => {
    expect(misread(TWINS)).toStrictEqual([]);
  });

  it('GIVEN the list of unpaid invoices emailed to me WHEN parsed THEN one message, no loop', () => {
    const result = parsePrompt('Every Monday email the list of unpaid invoices to me');
    expect(result.ok && result.definition.steps.some((s) => 'forEach' in s)).toBe(false);
    expect(result.ok && result.definition.steps.length).toBe(2);
  });

  it('GIVEN unpaid invoices found and "chase every overdue invoice" (a narrower status) WHEN parsed THEN it is refused', () => {
    for (const prompt of [
      'Every day find the unpaid invoices and chase every overdue invoice',
      'Every day find the unpaid invoices and send a payment reminder for each overdue invoice',
    ])
      expect(parsePrompt(prompt).ok).toBe(false);
  });
});

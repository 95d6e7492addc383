import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import type { Step } from '../../../statemachines/schema';
import { validateWorkflow } from '../../../statemachines/validate';
import { misread } from './misread';
import type { Case } from './table/case';

/**
 * Session 41 (a25), issue 16: a list sent with a report ("summary of last week plus the list of unpaid invoices") or
 * after the clause that found it ("find the overdue invoices and email me the list") is one message carrying the
 * find's text, never a message per record.
 */

const stepsOf = (prompt: string): readonly Step[] => {
  const result = parsePrompt(prompt);
  if (!result.ok) throw new Error(`${prompt} → refused: ${result.problems.join('; ')}`);
  expect(validateWorkflow(result.definition).valid).toBe(true);
  return result.definition.steps;
};
const textOf = (step: Step | undefined): string => {
  const input = step && 'input' in step ? (step.input as Record<string, unknown>) : {};
  return String(input.text ?? input.body);
};

/** A report and a list in one message: [case, the list's heading in the text]. */
const REPORT_PLUS_LIST: readonly (readonly [Case, string])[] = [
  [
    [
      'Mondays at 9 - summary of last week plus the list of unpaid invoices, into #team',
      'cron(0 9 ? * MON *)',
      'report.summarize; invoice.find; notify.slack',
    ],
    'Unpaid invoices:\n{{steps.find-invoices.text}}',
  ],
  [
    [
      'weekdays 17:00 - post the summary of the day plus how many bookings we have tomorrow in #team',
      'cron(0 17 ? * MON-FRI *)',
      'report.summarize; calendar.find; notify.slack',
    ],
    'Booked tomorrow ({{steps.find-bookings.count}}):\n{{steps.find-bookings.text}}',
  ],
  [
    [
      'every friday at 5 email me a recap of the week along with the list of new leads from this week',
      'cron(0 17 ? * FRI *)',
      'report.summarize; crm.findLeads; notify.team',
    ],
    'New leads from this week:\n{{steps.find-leads.text}}',
  ],
  [
    [
      'every monday send Kate the weekly report plus the list of overdue invoices',
      'cron(0 9 ? * MON *)',
      'report.summarize; invoice.find; notify.team',
    ],
    'Overdue invoices:\n{{steps.find-invoices.text}}',
  ],
];

/** Records found in one clause, then "the list" sent in the next: one message, never one per record. */
const THE_LIST_SENT: readonly Case[] = [
  [
    'every monday at 9 find the overdue invoices and email me the list',
    'cron(0 9 ? * MON *)',
    'invoice.find; notify.team',
  ],
  [
    'every monday at 9 find the overdue invoices, then post the list in #accounts',
    'cron(0 9 ? * MON *)',
    'invoice.find; notify.slack',
  ],
  [
    'every friday at 5 get the new leads from this week and send the whole list to sales@acme.test',
    'cron(0 17 ? * FRI *)',
    'crm.findLeads; email.send',
  ],
];

describe('lists sent with a report or after their find (session 41)', () => {
  it('GIVEN a summary "plus" / "along with" the list of records or how many are booked WHEN parsed THEN the report, the find and one message carrying both texts', () => {
    expect(misread(REPORT_PLUS_LIST.map(([c]) => c))).toStrictEqual([]);
    for (const [[prompt], list] of REPORT_PLUS_LIST) {
      const steps = stepsOf(prompt);
      expect(textOf(steps[2])).toBe(`{{steps.summary.summary}}\n\n${list}`);
    }
  });

  it('GIVEN records found, then "the list" emailed or posted in the next clause WHEN parsed THEN the find and one message with its text', () => {
    expect(misread(THE_LIST_SENT)).toStrictEqual([]);
    for (const [prompt] of THE_LIST_SENT) {
      const [find, message] = stepsOf(prompt);
      expect(textOf(message)).toContain(`{{steps.${find?.id}.text}}`);
    }
  });
});

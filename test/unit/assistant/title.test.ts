import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';

const nameOf = (prompt: string): string => {
  const result = parsePrompt(prompt);
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.definition.name;
};

describe('the name the assistant gives a workflow', () => {
  it.each([
    [
      'Hi team, when a new lead comes in please send them our welcome email and let Priya know on Slack, thanks so much! Regards, Maria',
      'New lead: send email, notify team',
    ],
    [
      'When an invoice is sent, payment not received within 7 days, send a reminder',
      'New invoice: no payment in 1 week: send invoice reminder',
    ],
    [
      'When a new lead comes in and its value is more than 10k, notify the team; otherwise add a note',
      'New lead: if value > 10000: notify team; else add note',
    ],
    [
      'Every Monday at 9, send the team a summary of last week on Slack',
      'Mondays at 09:00: summarize activity, post to Slack',
    ],
    [
      'Every hour, remind the customers with overdue invoices',
      'Every hour: find invoices, for each: send invoice reminder',
    ],
    ['When Stripe sends a webhook, notify the team on Slack', 'Stripe webhook: post to Slack'],
  ])('GIVEN "%s" WHEN parsed THEN the name is the title "%s", not the request', (prompt, title) => {
    expect(nameOf(prompt)).toBe(title);
  });

  it('GIVEN a request whose steps are many WHEN parsed THEN the name stays within 80 characters, cut on a word', () => {
    const name = nameOf(
      'When a new lead comes in, send a welcome email, add a note, tag them hot, book a call with them, notify the team, post it in #sales and create an invoice for 100 EUR',
    );
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name).toMatch(/^New lead: send email, add note, update lead, .*…$/);
  });
});

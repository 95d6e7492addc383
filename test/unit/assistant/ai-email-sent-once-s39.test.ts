import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';

const answer = (prompt: string): string => {
  const result = parsePrompt(prompt);
  if (!result.ok) return `refused: ${result.problems.join('; ')}`;
  const o = outlineOf(result.definition);
  return `${o.trigger} || ${o.steps}`;
};

describe('an AI-written email followed by "then send it" (grammar/actions-message.ts)', () => {
  it.each([
    [
      'new lead: write them a personal follow up email with AI then send it',
      'lead.created || email.draft; email.send',
    ],
    ['new lead: write them a follow up email with AI and send it', 'lead.created || email.draft; email.send'],
    [
      'new lead: write a follow up email with AI, then send it to them',
      'lead.created || email.draft; email.send',
    ],
    [
      'new lead: write a personalised welcome email and send it out',
      'lead.created || email.draft; email.send',
    ],
    [
      'new lead: write a personalised welcome email and send it right away',
      'lead.created || email.draft; email.send',
    ],
    [
      'new lead: use AI to write them a follow up email then send it',
      'lead.created || email.draft; email.send',
    ],
    [
      'Mondays 8am: find all new leads (status new) that havent replied in 3 days and write each one a personal follow up email with AI then send it',
      'cron(0 8 ? * MON *) || crm.findLeads; forEach[email.draft; email.send]',
    ],
  ])('GIVEN "%s" WHEN parsed THEN the email is sent once, not twice', (prompt, expected) => {
    expect(answer(prompt)).toBe(expected);
  });

  it.each([
    // someone else, a channel or a colleague's approval after it: the later step stays
    [
      'new lead: write them a follow up email with AI then send it to sam@acme.com',
      /; email\.send; email\.send$/,
    ],
    ['new lead: write them a follow up email with AI then send it to #sales', /; notify\.slack$/],
    [
      'new lead: write them a follow up email with AI then send it to me for approval',
      /; approval; email\.send$/,
    ],
    // a plain draft is sent by the "send it" alone
    [
      'new lead: draft a follow up email with AI, then send it to them',
      /^lead\.created \|\| email\.draft; email\.send$/,
    ],
    ['new lead: draft an email and send it', /^lead\.created \|\| email\.draft; email\.send$/],
  ])('GIVEN the near miss "%s" WHEN parsed THEN the send it names is kept', (prompt, shape) => {
    expect(answer(prompt)).toMatch(shape);
  });
});

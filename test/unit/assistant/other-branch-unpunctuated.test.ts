import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';

/** The other branch said with no punctuation before it, as voice notes and hurried chat say it. */
const TESTS = [
  ['when a lead signs up if the deal is worth more than 5000', 'lead.created', 'trigger.lead.value gt 5000'],
  [
    'when an invoice is created if the amount is under 200',
    'invoice.created',
    'trigger.invoice.totalCents lt 20000',
  ],
] as const;
const OTHERS = [
  'everyone else',
  'everything else',
  'for everything else',
  'anyone else',
  'everybody else just',
];
const FIRSTS = [
  ['post it in #big-deals', 'notify.slack'],
  ['email the team', 'notify.team'],
] as const;
const SECONDS = [
  ['add a note', 'crm.addNote'],
  ['tag them small', 'crm.updateLead'],
] as const;

describe('the other branch said with no punctuation', () => {
  it('GIVEN a test, a first step, "everyone else" / "for everything else" / … and a second step with no comma × tests × steps WHEN parsed THEN the second step is the other branch, never a step of the first', () => {
    const wrong: string[] = [];
    for (const [head, event, test] of TESTS)
      for (const [first, firstAction] of FIRSTS)
        for (const other of OTHERS)
          for (const [second, secondAction] of SECONDS) {
            if (event === 'invoice.created' && secondAction === 'crm.updateLead') continue;
            const prompt = `${head} ${first} ${other} ${second}`;
            const result = parsePrompt(prompt);
            const expected = `${event} || if(${test})[${firstAction}]else[${secondAction}]`;
            const o = result.ok ? outlineOf(result.definition) : undefined;
            const got = o ? `${o.trigger} || ${o.steps}` : 'refused';
            if (got !== expected) wrong.push(`${prompt}\n  got ${got}`);
          }
    expect(wrong).toStrictEqual([]);
  });

  it('GIVEN a branch word the readers do not place WHEN it is left over THEN the request is refused quoting it, never built with the branch dropped', () => {
    const result = parsePrompt(
      'when a lead signs up if the deal is worth more than 5000 post it in #big-deals the rest of them a note',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join(' ')).toMatch(/the rest/);
  });
});

import { describe, expect, it } from 'vitest';
import { explainWorkflow } from '../../../functions/assistant/explain';
import { parsePrompt } from '../../../functions/assistant/parser';

const read = (prompt: string) => {
  const r = parsePrompt(prompt);
  if (!r.ok) throw new Error(r.problems.join('; '));
  return r.definition;
};

describe('business days as the language writes them (session 38)', () => {
  it('GIVEN "wait 3 business days" and "within 2 working days" WHEN parsed THEN the definition holds { businessDays }, never the parser’s own P3BD mark', () => {
    expect(
      read('When a new lead is added, wait 3 business days then send a reminder email').steps[0],
    ).toStrictEqual({
      id: 'wait',
      wait: { businessDays: 3 },
    });
    const def = read("When an invoice is created, if it isn't paid within 2 working days, send a reminder");
    expect(def.steps[0]).toMatchObject({ waitFor: { event: 'invoice.paid', timeout: { businessDays: 2 } } });
    expect(JSON.stringify(def)).not.toContain('BD"');
  });

  it('GIVEN a business-day wait WHEN titled and explained THEN both say business days in words', () => {
    const def = read(
      "When a new lead comes in, email them, and if they don't reply within 3 business days, send a follow-up",
    );
    expect(def.name).toBe('New lead: send email, no reply in 3 business days: send email');
    expect(explainWorkflow(def)).toContain('Wait up to 3 business days for email.received');
  });
});

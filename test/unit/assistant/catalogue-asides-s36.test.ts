import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { BRANCH_ASIDES, CATALOGUE_ASIDES } from './classes/catalogue-asides-s36';
import { misread } from './misread';
import type { Case } from './table/case';

/** Each request read as its rule alone: the piece that carried a step or a branch was dropped. */
const readAlone = (rows: readonly Case[]): string[] =>
  rows.flatMap(([prompt, trigger, steps]) => {
    const result = parsePrompt(prompt);
    if (!result.ok) return [];
    const o = outlineOf(result.definition);
    return o.trigger === trigger && o.steps === steps ? [prompt] : [];
  });

describe('the context rule audited as a whole (session 36): no verb of the catalogue is ever set aside', () => {
  const parts = 4;
  for (let part = 0; part < parts; part++)
    it(`GIVEN every verb of the catalogue said of someone ("Right now Karen calls them.", "(Tara usually texts them)", "— our groomer tags them too —", "Karen invoices them: when …", "ok so heres what we do now by hand. the front desk books them.") before, inside or after a rule from any trade (part ${part + 1} of ${parts}) WHEN parsed THEN the rule is never read alone: the step is read or the request refused quoting it`, () => {
      expect(CATALOGUE_ASIDES.length).toBeGreaterThan(800);
      const rows = CATALOGUE_ASIDES.filter((_, i) => i % parts === part);
      expect(readAlone(rows)).toStrictEqual([]);
    });

  it('GIVEN a branch word in a sentence or a parenthesis around the rule ("Instead the front desk does it.", "(unless they are VIPs)", "Otherwise Karen handles them.") WHEN parsed THEN the rule is never read alone', () => {
    expect(readAlone(BRANCH_ASIDES)).toStrictEqual([]);
  });

  it('GIVEN background a business says of itself with no step in it ("We use Jobber for scheduling.", "Right now we do it all by hand.", "(we get a lot of these)") WHEN parsed THEN the rule is still read and the background said back', () => {
    expect(
      misread([
        [
          'We use Jobber for scheduling. When a new lead comes in, email them the price list.',
          'lead.created',
          'email.send',
        ],
        [
          'Right now we do it all by hand. When an invoice is paid, send the customer a thank you email.',
          'invoice.paid',
          'email.send',
        ],
        [
          'When the intake form is submitted (we get a lot of these), create a lead.',
          'form.submitted',
          'crm.createLead',
        ],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN a last sentence about us that restricts the rule ("We don\'t work weekends.", "We never text after 8pm.") after a rule or a schedule WHEN parsed THEN it is refused quoting it, never dropped in silence', () => {
    for (const request of [
      "When a new lead comes in, email them the price list. We don't work weekends.",
      "Every day at 9, email me a summary. We don't work weekends.",
      'When a booking is made, email the client a confirmation. We never text after 8pm.',
    ]) {
      const result = parsePrompt(request);
      expect(result.ok, request).toBe(false);
      expect(!result.ok && result.problems.join(' '), request).toMatch(/We (?:don't work|never text)/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { BRACKET_PRODUCT, BRACKET_REFUSALS, EXAMPLES_PRODUCT } from './classes/brackets';
import { misread } from './misread';

describe("the writer's own words in brackets (grammar/glosses.ts)", () => {
  const PARTS = 12;
  const size = Math.ceil(BRACKET_PRODUCT.length / PARTS);
  it.each(
    Array.from(
      { length: PARTS },
      (_, k) => [k + 1, BRACKET_PRODUCT.slice(k * size, (k + 1) * size)] as const,
    ),
  )(
    'GIVEN a trigger in trade words glossed in brackets (6) × a joint (4) × an action, glossed or naming who a role is (6) × a second action (2) × framing (3) × typed or lower case (2), part %i of 12, WHEN parsed THEN the gloss is read for the phrase it follows',
    (_, cases) => {
      expect(BRACKET_PRODUCT.length).toBe(1728);
      expect(misread(cases)).toStrictEqual([]);
    },
  );

  it('GIVEN examples of a record in brackets ("(runbooks, SOPs etc)", "(such as contracts or briefs)") × an action (3) WHEN parsed THEN they are framing', () => {
    expect(misread(EXAMPLES_PRODUCT)).toStrictEqual([]);
  });

  it('GIVEN a glossed phrase that carries a restriction (a kind, a source, an amount, a place, a number, "only") or a bracket that reads as nothing WHEN parsed THEN the request stays refused', () => {
    expect(BRACKET_REFUSALS.filter((prompt) => parsePrompt(prompt).ok)).toStrictEqual([]);
  });

  it('GIVEN a gloss read for the words before it WHEN parsed THEN the result says so, quoting both', () => {
    const result = parsePrompt(
      'When a prospect signs (lead status -> customer), create an invoice for the onboarding fee, $1,500',
    );
    expect(result.ok && result.notes).toContain(
      '"(lead status -> customer)" read as your words for "When a prospect signs"',
    );
  });

  it('GIVEN a request that reads as written WHEN it has a bracket THEN it is read as written, never through the bracket', () => {
    const result = parsePrompt('When a lead comes in (source: webinar), email them');
    expect(result.ok && result.notes.some((n) => n.includes('read as your words'))).toBe(false);
  });
});

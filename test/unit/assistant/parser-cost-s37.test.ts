import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { ADVERSARIAL_HEADS, ADVERSARIAL_RUNS, atTheBound, COUNTED_RUNS } from './adversarial';

describe('the worst requests at the 2,000-character bound', () => {
  const runs = [...ADVERSARIAL_RUNS, ...COUNTED_RUNS];
  it('GIVEN runs of clause starts, headings, bullets, quotes, brackets, conjunctions and numbers with units, in any order, after any head WHEN parsed THEN the parser answers, a workflow or a refusal that says why, and never throws', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ADVERSARIAL_HEADS),
        fc.array(fc.constantFrom(...runs), { minLength: 1, maxLength: 4 }),
        (head, mixed) => {
          const result = parsePrompt(atTheBound(head, mixed.join('')));
          if (result.ok) expect(result.definition.steps.length).toBeGreaterThan(0);
          else expect(result.problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 30 },
    );
  }, 180_000);
});

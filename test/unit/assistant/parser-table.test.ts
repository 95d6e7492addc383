import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { validateWorkflow } from '../../../statemachines/validate';
import { REFUSALS, TABLE } from './table';

describe('the assistant parser on the development table', () => {
  for (const [cls, cases] of Object.entries(TABLE)) {
    describe(cls, () => {
      it.each(cases)(
        'GIVEN "%s" WHEN parsed THEN the trigger, conditions and ordered steps are as expected',
        (prompt, trigger, steps) => {
          const result = parsePrompt(prompt);
          if (!result.ok) throw new Error(`refused: ${result.problems.join('; ')}`);
          expect(outlineOf(result.definition)).toStrictEqual({ trigger, steps });
          expect(validateWorkflow(result.definition).issues).toStrictEqual([]);
        },
      );
    });
  }

  it.each(REFUSALS)(
    'GIVEN "%s" WHEN parsed THEN it is refused, quoting what was not understood',
    (prompt, quoted) => {
      const result = parsePrompt(prompt);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.problems.join('\n')).toContain(quoted);
    },
  );

  it('GIVEN the development table WHEN counted THEN it holds at least 150 requests of our own', () => {
    const count = Object.values(TABLE).reduce((n, cases) => n + cases.length, 0);
    expect(count).toBeGreaterThanOrEqual(150);
  });
});

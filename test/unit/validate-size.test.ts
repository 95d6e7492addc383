import { describe, expect, it } from 'vitest';
import { MAX_STEPS } from '../../statemachines/limits';
import { validateWorkflow } from '../../statemachines/validate';

const workflow = (steps: unknown[]) => ({ name: 'Big', trigger: { type: 'manual' }, steps });

describe('a workflow over the step limit', () => {
  it('GIVEN one step more than the limit, some nested WHEN validated THEN the only issue is the step count at $.steps', () => {
    const log = (id: string) => ({ id, action: 'log', input: { message: 'hi' } });
    const nested = { id: 'branch', if: { path: 'trigger.x', exists: true }, then: [log('inner')] };
    const steps = [nested, ...Array.from({ length: MAX_STEPS - 1 }, (_, i) => log(`s${i}`))];
    expect(validateWorkflow(workflow(steps))).toStrictEqual({
      valid: false,
      issues: [
        {
          path: '$.steps',
          code: 'too-many-steps',
          message: `the workflow has ${MAX_STEPS + 1} steps; the limit is ${MAX_STEPS}`,
        },
      ],
      warnings: [],
    });
  });

  it('GIVEN 20,000 broken steps WHEN validated THEN it is refused on the step count alone, without checking (and listing) every step', () => {
    const steps = Array.from({ length: 20_000 }, (_, i) => ({ id: `s${i}`, action: 'nope' }));
    const report = validateWorkflow(workflow(steps));
    expect(report.valid).toBe(false);
    expect(report.issues.map((i) => i.code)).toStrictEqual(['too-many-steps']);
  });

  it('GIVEN exactly the limit WHEN validated THEN the step count is no issue', () => {
    const steps = Array.from({ length: MAX_STEPS }, (_, i) => ({
      id: `s${i}`,
      action: 'log',
      input: { message: 'hi' },
    }));
    expect(validateWorkflow(workflow(steps), { checkLimits: false }).issues).toStrictEqual([]);
  });
});

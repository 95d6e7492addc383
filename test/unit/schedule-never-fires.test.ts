import { describe, expect, it } from 'vitest';
import { validateSchedule } from '../../statemachines/schedule';
import { validateWorkflow } from '../../statemachines/validate';

describe('a cron that can never fire', () => {
  it.each([
    ['0 9 30 2 ? *', '30 February'],
    ['0 9 31 4,6,9,11 ? *', '31st of 30-day months'],
    ['0 9 29 2 ? 2027', '29 February in a year that is not leap'],
    ['0 9 31W 4 ? *', 'weekday nearest 31 April'],
  ])('GIVEN cron %s (%s) WHEN validated THEN it is refused on the cron field', (cron) => {
    const problems = validateSchedule({ cron });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'cron' });
    expect(problems[0]?.message).toMatch(/never fires/);
  });

  it.each([
    '0 9 29 2 ? *',
    '0 9 29 2 ? 2028',
    '0 9 ? 2 5#5 *',
    '0 9 L 2 ? *',
    '0 9 LW * ? *',
    '0 9 ? * 6L 2199',
  ])('GIVEN cron %s, which fires on some date WHEN validated THEN it is accepted', (cron) => {
    expect(validateSchedule({ cron })).toStrictEqual([]);
  });

  it('GIVEN a workflow scheduled on 30 February WHEN saved THEN validation names $.trigger.cron', () => {
    const report = validateWorkflow({
      name: 'Never',
      trigger: { type: 'schedule', cron: '0 9 30 2 ? *' },
      steps: [{ id: 'a', action: 'log', input: { message: 'hi' } }],
    });
    expect(report.valid).toBe(false);
    expect(report.issues.map((i) => [i.path, i.code])).toStrictEqual([['$.trigger.cron', 'bad-cron']]);
  });
});

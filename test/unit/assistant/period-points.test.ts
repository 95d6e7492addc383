import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { validateSchedule } from '../../../statemachines/schedule';
import { PERIOD_POINT_CLASS, UNPLACED_PERIOD_CLASS } from './classes/period-points';

describe('points of a period said as a schedule (grammar/schedule-pieces.ts, restrictions.ts)', () => {
  it('GIVEN month end, quarter end, year end or the end of the week × four ways to say each × where the time stands × two actions WHEN parsed THEN each is the last day of the month, of March/June/September/December, the 31st of December or Friday, valid for EventBridge Scheduler, never daily or the 1st', () => {
    const wrong = PERIOD_POINT_CLASS.flatMap(([prompt, trigger, steps]) => {
      const result = parsePrompt(prompt);
      if (!result.ok) return [`${prompt} → refused: ${result.problems.join('; ')}`];
      const o = outlineOf(result.definition);
      const t = result.definition.trigger;
      const invalid = t.type === 'schedule' ? validateSchedule(t) : [{ message: 'not a schedule' }];
      return o.trigger === trigger && o.steps === steps && invalid.length === 0
        ? []
        : [`${prompt} → ${o.trigger} || ${o.steps} ${invalid.map((p) => p.message).join('; ')}`];
    });
    expect(PERIOD_POINT_CLASS.length).toBe(112);
    expect(wrong).toStrictEqual([]);
  });

  it('GIVEN a point of a period no reader places ("Mid-month", "Close of month", "Every week\'s end", "At half-term", "Every payday") with a clock time WHEN parsed THEN each is refused quoting it, never a daily schedule', () => {
    const passed = UNPLACED_PERIOD_CLASS.flatMap(([prompt, quoted]) => {
      const result = parsePrompt(prompt);
      if (!result.ok)
        return result.problems.join('\n').toLowerCase().includes(quoted.toLowerCase())
          ? []
          : [`${prompt} → refused without quoting "${quoted}": ${result.problems.join('; ')}`];
      const o = outlineOf(result.definition);
      return [`${prompt} → ${o.trigger} || ${o.steps}`];
    });
    expect(passed).toStrictEqual([]);
  });
});

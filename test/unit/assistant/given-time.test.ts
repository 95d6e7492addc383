import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { GIVEN_TIME_CLASS } from './classes/given-time';

/** Durations compared by length, not spelling: PT48H is P2D. */
const days = (outline: string): string =>
  outline.replace(/\bPT(\d+)H\b/g, (all, h: string) => (Number(h) % 24 === 0 ? `P${Number(h) / 24}D` : all));

describe('a negative wait said as time given or going by (grammar/surroundings.ts)', () => {
  it('GIVEN time given to pay, reply or rebook ("Give them 48 hours to rebook. If they don\'t, …", "ten days pass without payment") × three triggers × six durations in digits or words × four ways to say it × two actions WHEN parsed THEN each waits for the event with that timeout', () => {
    const wrong = GIVEN_TIME_CLASS.flatMap(([prompt, trigger, steps]) => {
      const result = parsePrompt(prompt);
      if (!result.ok) return [`${prompt} → refused: ${result.problems.join('; ')}`];
      const o = outlineOf(result.definition);
      return o.trigger === trigger && days(o.steps) === steps
        ? []
        : [`${prompt} → ${o.trigger} || ${o.steps}`];
    });
    expect(GIVEN_TIME_CLASS.length).toBe(144);
    expect(wrong).toStrictEqual([]);
  });
});

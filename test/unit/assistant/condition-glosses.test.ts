import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { CONDITION_GLOSS_CLASS } from './classes/condition-glosses';

describe('a field named in a gloss (grammar/condition-atom.ts)', () => {
  it('GIVEN a field in the business\'s words with the catalogue\'s name in brackets ("their budget (lead value)", "their deal size (i.e. value)") × four glosses × three comparisons × two joints WHEN parsed THEN each tests the lead\'s value', () => {
    const wrong = CONDITION_GLOSS_CLASS.flatMap(([prompt, trigger, steps]) => {
      const result = parsePrompt(prompt);
      if (!result.ok) return [`${prompt} → refused: ${result.problems.join('; ')}`];
      const o = outlineOf(result.definition);
      return o.trigger === trigger && o.steps === steps ? [] : [`${prompt} → ${o.trigger} || ${o.steps}`];
    });
    expect(CONDITION_GLOSS_CLASS.length).toBe(96);
    expect(wrong).toStrictEqual([]);
  });
});

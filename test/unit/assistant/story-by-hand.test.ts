import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';

const answer = (prompt: string) => {
  const result = parsePrompt(prompt);
  if (!result.ok) return `refused: ${result.problems.join('; ')}`;
  const o = outlineOf(result.definition);
  return `${o.trigger} || ${o.steps}`;
};

describe('how the work was done before, said as a story after the rule', () => {
  it.each([
    'Every morning, go through clients who still owe us money and remind them - we used to do this by hand',
    'Every Friday at 4pm, find clients who still owe us money and remind them - we used to do this by hand',
  ])('GIVEN "%s" WHEN parsed THEN the story is no manner of sending and the rule is read', (prompt) => {
    expect(answer(prompt)).not.toMatch(/^refused/);
    expect(answer(prompt)).toBe(answer(prompt.replace(' - we used to do this by hand', '')));
  });

  it('GIVEN a step that really is to be done by hand WHEN parsed THEN it is still refused, quoting it', () => {
    expect(answer('When a new lead comes in, send them the welcome pack by hand')).toMatch(
      /^refused: .*by hand/,
    );
  });
});

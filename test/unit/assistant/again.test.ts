import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { AGAIN_PRODUCT, AGAIN_REFUSALS, ANOTHER_AFTER_OURS } from './classes/again';
import { misread } from './misread';

/** Each twin not refused, or refused without quoting the part it must quote. */
const notRefused = (twins: typeof AGAIN_REFUSALS): string[] =>
  twins.flatMap(([prompt, quoted]) => {
    const result = parsePrompt(prompt);
    const said = result.ok ? '' : result.problems.join('\n').toLowerCase();
    return said.includes(quoted.toLowerCase()) ? [] : [`${prompt} → ${result.ok ? 'read' : said}`];
  });

describe('the same message again: "send it again", "resend it", "send another one" after a wait', () => {
  it('GIVEN a message, a wait and its repetition in every wording, and each twin one word away WHEN parsed THEN the message is repeated on timeout and every twin is refused, quoted', () => {
    expect([
      ...misread([...AGAIN_PRODUCT, ...ANOTHER_AFTER_OURS]),
      ...notRefused(AGAIN_REFUSALS),
    ]).toStrictEqual([]);
  });

  it('GIVEN the repeated step WHEN parsed THEN it says the same as the first, under its own id', () => {
    const result = parsePrompt(
      "When a new lead comes in, email them our brochure. If they don't reply within 3 days, send it again",
    );
    const [first, wait] = result.ok ? result.definition.steps : [];
    const again = wait && 'onTimeout' in wait ? wait.onTimeout?.[0] : undefined;
    expect(again && 'input' in again ? again.input : undefined).toStrictEqual(
      first && 'input' in first ? first.input : null,
    );
    expect(again?.id).not.toBe(first?.id);
  });
});

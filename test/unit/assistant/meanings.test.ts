import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { MEANINGS_CLASS, MEANINGS_REFUSALS } from './classes/meanings';
import { misread } from './misread';

/** Actions, record tests and many records said by their meaning in a trade's words (session 31, h8). */

describe('being told as a wish, a status as a move, a trade booking, a tax, a place or currency of the record, many records in trade words', () => {
  it.each([...MEANINGS_CLASS])(
    'GIVEN every request of "%s" WHEN parsed THEN each is the workflow its meaning says',
    (_group, cases) => {
      expect(misread(cases)).toStrictEqual([]);
    },
  );
});

describe('places and values no field of the record holds, taxes the invoice cannot take, questions', () => {
  it.each(MEANINGS_REFUSALS)('GIVEN "%s" WHEN parsed THEN it is refused, quoting "%s"', (prompt, quoted) => {
    const result = parsePrompt(prompt);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems.join('\n').toLowerCase()).toContain(quoted.toLowerCase());
  });
});

import { describe, expect, it } from 'vitest';
import { numberSequencesInDigits } from '../../../functions/assistant/grammar/number-words';
import { parsePrompt } from '../../../functions/assistant/parser';

/** Number words said one after another are one number ("fifteen hundred" was read as 15, "eighty five" as "80 5"). */
const AMOUNTS: readonly [string, number][] = [
  ['eighty five', 85],
  ['fifteen hundred', 1500],
  ['one thousand five hundred', 1500],
  ['two hundred and fifty', 250],
  ['twenty five thousand', 25000],
  ['nine hundred ninety nine', 999],
  ['three thousand', 3000],
];

describe('number words said as one number', () => {
  it('GIVEN every amount in words × currency word WHEN an invoice is asked for THEN its price is that number', () => {
    for (const [words, value] of AMOUNTS)
      for (const currency of ['pounds', 'euros', 'dollars']) {
        const result = parsePrompt(
          `When a lead is marked as won, create an invoice for ${words} ${currency}`,
        );
        expect(result.ok, `${words} ${currency}`).toBe(true);
        if (!result.ok) continue;
        expect(JSON.stringify(result.definition.steps), `${words} ${currency}`).toContain(
          `"unitPriceCents":${value * 100}`,
        );
      }
  });

  it('GIVEN words that are two numbers or not a number WHEN read THEN they are left as they are', () => {
    for (const text of [
      'at seven thirty',
      'one forty nine',
      'between nine and five',
      'three one-hour calls',
      'twenty twenty',
    ])
      expect(numberSequencesInDigits(text)).toBe(text);
    expect(numberSequencesInDigits('within forty eight hours')).toBe('within 48 hours');
  });
});

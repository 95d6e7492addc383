import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { LABELS_CLASS, NOT_LABELS, WANTS_CLASS } from './classes/labels';
import { misread } from './misread';

describe('a label around the request is read as a label (grammar/labels.ts)', () => {
  // in four parts: the 710 rows took 33-43 s at load 15 in one test, against the 30 s limit (session 31)
  const quarter = Math.ceil(LABELS_CLASS.length / 4);
  it.each([1, 2, 3, 4])(
    'GIVEN a client name (8) × a label form before, after or in a parenthesis (14) × a request (5), and headers with no name (part %i of 4) WHEN parsed THEN each is the request without its label',
    (part) => {
      expect(LABELS_CLASS.length).toBeGreaterThan(500);
      expect(misread(LABELS_CLASS.slice((part - 1) * quarter, part * quarter))).toStrictEqual([]);
    },
  );

  it('GIVEN "X wants …", "X would like us to …", "The client (X) wants us to …" WHEN parsed THEN each is what is wanted', () => {
    expect(misread(WANTS_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a "label" that says which records, a zone, an amount or a tag WHEN parsed THEN it is refused quoting it, never dropped as a label', () => {
    const wrong = NOT_LABELS.flatMap(([prompt, quoted]) => {
      const result = parsePrompt(prompt);
      return !result.ok && result.problems.join('\n').includes(quoted) ? [] : [prompt];
    });
    expect(wrong).toStrictEqual([]);
  });

  it('GIVEN a label read past WHEN parsed THEN the note says which words were read as a label', () => {
    const result = parsePrompt('Bloom Bakery account — when a new lead comes in, send them a welcome email');
    expect(result.ok && result.notes.some((n) => n.includes('"Bloom Bakery account" as a label'))).toBe(true);
  });
});

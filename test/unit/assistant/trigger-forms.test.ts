import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  ANAPHOR_PRODUCT,
  LABEL_AFTER_PRODUCT,
  LABEL_PRODUCT,
  NOT_TRIGGERS,
  SUBJECT_PRODUCT,
} from './classes/trigger-forms';
import { misread } from './misread';

describe('the trigger as a label, an anaphor or the subject (grammar/trigger-forms.ts)', () => {
  const PARTS = 4;
  const size = Math.ceil(LABEL_PRODUCT.length / PARTS);
  it.each(
    Array.from({ length: PARTS }, (_, k) => [k + 1, LABEL_PRODUCT.slice(k * size, (k + 1) * size)] as const),
  )(
    'GIVEN a label naming a record and its state, or the event as a noun (15) × a joint (7) × an action (3) × a second action (2) × framing (2), part %i of 4, WHEN parsed THEN the label is the trigger and the actions keep their order',
    (_, cases) => {
      expect(LABEL_PRODUCT.length).toBe(1260);
      expect(misread(cases)).toStrictEqual([]);
    },
  );

  it('GIVEN the actions, then a dash or an arrow, then the label (15 × 3 × 3) WHEN parsed THEN the label is the trigger', () => {
    expect(misread(LABEL_AFTER_PRODUCT)).toStrictEqual([]);
  });

  it('GIVEN a statement introducing a record (7) × "when/whenever/each time/as soon as/once" (5) × an anaphor for it × an action (3) × a second action (2) WHEN parsed THEN the anaphor is the record and the statement is context', () => {
    expect(ANAPHOR_PRODUCT.length).toBe(210);
    expect(misread(ANAPHOR_PRODUCT)).toStrictEqual([]);
  });

  it('GIVEN a quantified record as the subject (6 × 2) × what should be done to it (5) × framing (2) WHEN parsed THEN the record is the trigger and what is done its action', () => {
    expect(misread(SUBJECT_PRODUCT)).toStrictEqual([]);
  });

  it('GIVEN a label naming no event, a statement introducing nothing the catalogue records, an anaphor with nothing before it, or a subject with no event WHEN parsed THEN each is refused', () => {
    expect(NOT_TRIGGERS.filter((prompt) => parsePrompt(prompt).ok)).toStrictEqual([]);
  });

  it('GIVEN a statement that only introduces the record WHEN parsed THEN it is said back as context, never dropped in silence', () => {
    const result = parsePrompt(
      'We get enquiries through the website form. Whenever a new one comes in, email me',
    );
    expect(result.ok && result.notes.join(' ')).toContain('We get enquiries through the website form');
  });
});

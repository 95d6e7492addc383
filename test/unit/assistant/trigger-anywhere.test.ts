import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { EVENT_AFTER_PRODUCT, NOT_ARRIVALS, TRAILING_RECORD_PRODUCT } from './classes/trigger-anywhere';
import { misread } from './misread';

describe('the trigger said where the actions are (grammar/trigger-anywhere.ts)', () => {
  const PARTS = 8;
  const size = Math.ceil(TRAILING_RECORD_PRODUCT.length / PARTS);
  it.each(
    Array.from(
      { length: PARTS },
      (_, k) => [k + 1, TRAILING_RECORD_PRODUCT.slice(k * size, (k + 1) * size)] as const,
    ),
  )(
    'GIVEN an action, whom it is for at its end or before its object (8) × whom (6) × what they do (5) × a second action (3) × framing (3), part %i of 8, WHEN parsed THEN the event is the trigger and the actions keep their order',
    (_, cases) => {
      expect(TRAILING_RECORD_PRODUCT.length).toBe(2160);
      expect(misread(cases)).toStrictEqual([]);
    },
  );

  it('GIVEN an action, then a joint (":", "—", "->", "→"), then an event as a clause of its own WHEN parsed THEN the event is the trigger', () => {
    expect(misread(EVENT_AFTER_PRODUCT)).toStrictEqual([]);
  });

  it('GIVEN whom it is for said with what they did before or did not do ("everyone who booked last week", "whoever has not paid") WHEN parsed THEN it is refused, never read as an arrival', () => {
    expect(NOT_ARRIVALS.filter((prompt) => parsePrompt(prompt).ok)).toStrictEqual([]);
  });

  it('GIVEN a schedule and whom an action is for WHEN parsed THEN the schedule stays the trigger', () => {
    const result = parsePrompt('Every Monday at 9, email the joining details to anyone who signs up');
    expect(result.ok && result.definition.trigger.type).not.toBe('event');
  });
});

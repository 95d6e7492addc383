import { describe, expect, it } from 'vitest';
import { ADVERB_PRODUCT } from './classes/deliveries';
import { misread } from './misread';

describe('several deliveries in a row, the first said with an adverb', () => {
  it('GIVEN "…, automatically email me, then post it in #sales" in every trigger, adverb and pair of deliveries WHEN parsed THEN every delivery is a step, in order', () => {
    expect(misread(ADVERB_PRODUCT)).toStrictEqual([]);
  });
});

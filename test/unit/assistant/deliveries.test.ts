import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { ADVERB_PRODUCT, DELIVERY_PRODUCT, DELIVERY_REFUSALS } from './classes/deliveries';
import { misread } from './misread';

describe('several deliveries in a row, the first said with an adverb', () => {
  it('GIVEN "…, automatically email me, then post it in #sales" in every trigger, adverb and pair of deliveries WHEN parsed THEN every delivery is a step, in order', () => {
    expect(misread(ADVERB_PRODUCT)).toStrictEqual([]);
  });
});

/** Each twin not refused, or refused without quoting the part it must quote. */
const notRefused = (twins: typeof DELIVERY_REFUSALS): string[] =>
  twins.flatMap(([prompt, quoted]) => {
    const result = parsePrompt(prompt);
    const said = result.ok ? '' : result.problems.join('\n').toLowerCase();
    return said.includes(quoted.toLowerCase()) ? [] : [`${prompt} → ${result.ok ? 'read' : said}`];
  });

describe('several deliveries of one report: a list of whom, "both", "as well as", emailed, DMed, saved', () => {
  it('GIVEN every schedule, report, list of whom and way of sending or saving it, and each twin one word away WHEN parsed THEN the report is followed by one delivery per one named, in order, and every twin is refused, quoted', () => {
    expect([...misread(DELIVERY_PRODUCT), ...notRefused(DELIVERY_REFUSALS)]).toStrictEqual([]);
  });
});

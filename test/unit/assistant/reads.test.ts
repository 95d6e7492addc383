import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  DAY_LIST_REFUSALS,
  DAY_LISTS,
  EACH_POSTED,
  NO_REPLY_FINDS,
  READS_PRODUCT,
  READS_REFUSALS,
} from './classes/reads';
import { misread } from './misread';

/** Each twin not refused, or refused without quoting the part it must quote. */
const notRefused = (twins: readonly (readonly [prompt: string, quoted: string])[]): string[] =>
  twins.flatMap(([prompt, quoted]) => {
    const result = parsePrompt(prompt);
    const said = result.ok ? '' : result.problems.join('\n').toLowerCase();
    return said.includes(quoted.toLowerCase()) ? [] : [`${prompt} → ${result.ok ? 'read' : said}`];
  });

describe('what a step reads said as a noun, and whom a find picks said as what we did to them', () => {
  it("GIVEN a day's bookings in a trade's nouns, a list posted to a channel, and everyone we emailed who never replied WHEN parsed THEN each is its report or its find, and every twin is refused, quoted", () => {
    expect([...misread([...READS_PRODUCT, ...EACH_POSTED]), ...notRefused(READS_REFUSALS)]).toStrictEqual([]);
  });

  it("GIVEN a day's bookings in a trade's nouns sent or posted (\"email me today's appointments\", \"send me the day's consult schedule\") WHEN parsed THEN the day's bookings are found and sent in one message, never an activity report (session 38)", () => {
    expect(misread(DAY_LISTS)).toStrictEqual([]);
  });

  it('GIVEN "post today\'s schedule in #frontdesk" WHEN parsed THEN it is refused, quoting the words read as a verb', () => {
    expect(notRefused(DAY_LIST_REFUSALS)).toStrictEqual([]);
  });

  it('GIVEN "everyone we emailed N days ago who never replied" WHEN parsed THEN the find keeps the leads with no reply for N days', () => {
    const wrong = NO_REPLY_FINDS.flatMap(([prompt, days]) => {
      const result = parsePrompt(prompt);
      const find = result.ok ? result.definition.steps[0] : undefined;
      const input = find && 'input' in find ? JSON.stringify(find.input) : 'none';
      return input === JSON.stringify({ noReplyFor: `P${days}D` }) ? [] : [`${prompt} → ${input}`];
    });
    expect(wrong).toStrictEqual([]);
  });
});

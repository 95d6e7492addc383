import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';

/**
 * Words that name a member of every JavaScript object ("constructor", "toString", "valueOf"…) are words like any
 * other. The grammar's tables are plain objects, so looking a word up in one found Object.prototype's function: the
 * spelling table turned "constructor" into "function Object() { [native code] }" anywhere in a request, the number
 * words and the time zone names likewise, and "send them an email saying constructor" drafted an email whose body was
 * that text. Every member name, in every place a word can stand, must come back as written or be refused by name.
 */

const MEMBERS = [...Object.getOwnPropertyNames(Object.prototype), 'Constructor', 'CONSTRUCTOR'];

const FRAMES: readonly ((w: string) => string)[] = [
  (w) => `every monday at 9am ${w} time send a slack message to #sales saying hi`,
  (w) => `when a lead is created send them an email saying ${w}`,
  (w) => `when a lead is created and its source is ${w} send a slack message to #sales saying hi`,
  (w) => `when a ${w} is created send a slack message to #sales saying hi`,
  (w) => `every day at 9 am in ${w} send a slack message to #ops saying hi`,
  (w) => `when a lead is created ${w} send them an email`,
  (w) => `when a lead is created wait ${w} then send them an email`,
  (w) => `when a lead is created wait ${w} days then send them an email`,
  (w) => `when a lead is created wait ${w}-${w} hours then send them an email`,
  (w) => `when a lead is created tag them ${w}`,
  (w) => `when a lead is created send ${w} an email`,
  (w) => `when a lead is created post in #${w} saying hi`,
  (w) => `${w}`,
  (w) => `when a new ${w} lead arrives email them`,
  (w) => `when a lead's ${w} changes send a slack message to #sales saying hi`,
  (w) => `every ${w} send a slack message to #sales saying hi`,
  (w) => `when a lead is created assign them to ${w}`,
  (w) => `when an invoice over ${w} thousand pounds is paid post in #finance saying paid`,
  (w) => `if a lead doesn't reply in ${w} days send them a reminder email`,
];

describe('words that name members of every object', () => {
  it('GIVEN a request holding constructor, toString, __proto__ or another member name of every object WHEN parsed THEN no JavaScript value of the runtime shows in the draft or the refusal, and nothing throws', () => {
    const leaks: string[] = [];
    for (const member of MEMBERS)
      for (const frame of FRAMES) {
        const prompt = frame(member);
        const out = JSON.stringify(parsePrompt(prompt));
        if (/native code|\[object |function \w*\(/.test(out)) leaks.push(`${prompt} => ${out.slice(0, 200)}`);
      }
    expect(leaks).toStrictEqual([]);
  }, 180_000);

  it('GIVEN an email to say "constructor" WHEN parsed THEN its body is that word', () => {
    const result = parsePrompt('when a lead is created send them an email saying constructor');
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).toContain('"body":"constructor"');
  });
});

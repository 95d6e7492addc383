import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';

/**
 * Class 9 of sealed sets 29/30 (disclosed, session 33): a time or a date in the words of a scheduled message is what
 * the message says, never a second schedule ("email all members to tell them the studio is closed on Monday" was
 * refused as "two different days"). The words that open a message's text are one list (split.ts SAID_OPENER), read
 * alike by the split, the message reader and the schedule scan. Crossed: schedule × recipients × opener × text with
 * a date or time × surface; each must give the answer of the same request without the message's words.
 */
const HEADS = [
  'Every Friday at 5pm, ',
  'Every Monday at 9am ',
  'Each weekday at 7:30am, ',
  'every day at 8pm ',
];
const WHOM = ['all members', 'every member', 'all the customers'];
const OPENERS = [
  ' saying ',
  ' telling them ',
  ' to tell them that ',
  ' letting them know ',
  ' to let them know that ',
  ' reminding them ',
  ' to remind them that ',
  ': ',
];
const TEXTS = [
  'the studio is closed on Monday',
  'classes start at 7am next week',
  'the shop closes at 3pm on Christmas Eve',
  'the pool reopens on Saturday 24 January at 10am',
];
const surfaces = (s: string): string[] => [`${s}.`, s.toLowerCase()];

const outline = (prompt: string): string => {
  const r = parsePrompt(prompt);
  if (!r.ok) return `refused: ${r.problems.join('; ')}`;
  const o = outlineOf(r.definition);
  return `${o.trigger} || ${o.steps}`;
};

describe('GIVEN a scheduled message whose words name a day or a time', () => {
  it('WHEN the words follow "saying", "to tell them that", "reminding them", a colon … THEN the schedule is the one said before, and the answer is that of the request without the words', () => {
    const wrong: string[] = [];
    for (const head of HEADS)
      for (const whom of WHOM) {
        const bare = outline(`${head}email ${whom}.`);
        expect(bare).not.toMatch(/^refused/);
        for (const opener of OPENERS)
          for (const text of TEXTS)
            for (const said of surfaces(`${head}email ${whom}${opener}${text}`)) {
              const got = outline(said);
              if (got !== bare) wrong.push(`${said}\n    got ${got}\n    not ${bare}`);
            }
      }
    expect(wrong).toEqual([]);
  });

  it('WHEN the message is about something on a day ("to remind them about the class on Monday") THEN that day is no second schedule', () => {
    for (const head of HEADS) {
      const bare = outline(`${head}email all members.`);
      expect(outline(`${head}email all members to remind them about the class on Monday.`)).toBe(bare);
    }
  });

  it('WHEN a second day or time is said outside the words of a message (the must-refuse twins) THEN the request is still refused', () => {
    const twins = [
      ', and on Thursday at 11am email them again',
      ', and every Thursday at 11 notify me',
      ' to tell them the studio is closed, and every Thursday at 11 notify me',
      ' about the class, and on Thursday at 11am notify me',
      ': every Thursday at 11 send me a report',
    ];
    const read: string[] = [];
    for (const head of HEADS)
      for (const whom of WHOM)
        for (const twin of twins)
          for (const said of surfaces(`${head}email ${whom}${twin}`))
            if (parsePrompt(said).ok) read.push(`${said} → ${outline(said)}`);
    expect(read).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  BRACKET_TAG_CLASS,
  EACH_FOUND_CLASS,
  GO_OVER_CLASS,
  GO_OVER_TWINS,
  MARK_VERB_TWINS,
  NAMED_MARK_CLASS,
  PEOPLE_REFUSALS,
  QUOTED_NOTE_CLASS,
  QUOTED_NOTE_TEXTS,
  REPORT_TO_PEOPLE_CLASS,
  REPORT_TO_PEOPLE_TWINS,
  SENT_TO_ME_CLASS,
} from './classes/people-s35';
import { misread } from './misread';

const noteTextOf = (prompt: string): unknown => {
  const result = parsePrompt(prompt);
  if (!result.ok) return result.problems;
  const [step] = result.definition.steps;
  return step && 'action' in step ? step.input?.text : step;
};

describe('people and quoted texts inside the steps', () => {
  it('GIVEN a note whose text is quoted right after "note", in any trigger and wording WHEN parsed THEN it is one note', () => {
    expect(misread(QUOTED_NOTE_CLASS)).toStrictEqual([]);
  });

  it("GIVEN a note whose text is quoted WHEN parsed THEN the note says that text, never the trigger's", () => {
    const wrong = QUOTED_NOTE_TEXTS.filter(([prompt, text]) => noteTextOf(prompt) !== text);
    expect(wrong.map(([prompt]) => `${prompt} → ${JSON.stringify(noteTextOf(prompt))}`)).toStrictEqual([]);
  });

  it('GIVEN a team member named Mark after a verb that addresses a person WHEN parsed THEN Mark is told; "Mark them as …" stays the verb', () => {
    expect([...misread(NAMED_MARK_CLASS), ...misread(MARK_VERB_TWINS)]).toStrictEqual([]);
  });

  it('GIVEN the people found with their tag in brackets ("(tag: vip)") WHEN parsed THEN the find takes that tag; two tags are refused, quoted', () => {
    const tagged = parsePrompt('Every Monday at 9: email every client (tag: vip) the new price list');
    expect(tagged.ok && tagged.definition.steps[0]).toMatchObject({ input: { tag: 'vip' } });
    const refused = PEOPLE_REFUSALS.filter(([prompt, quoted]) => {
      const r = parsePrompt(prompt);
      return r.ok || !r.problems.join(' ').includes(quoted);
    });
    expect([...misread(BRACKET_TAG_CLASS), ...refused.map(([p]) => p)]).toStrictEqual([]);
  });

  it('GIVEN "… and email each guest" after the records found, in any trade\'s noun WHEN parsed THEN every step is for each record found, in one loop', () => {
    expect(misread(EACH_FOUND_CLASS)).toStrictEqual([]);
  });

  it('GIVEN records found and sent "to me" WHEN parsed THEN each is a message to us, never an email to the person of each record', () => {
    expect(misread(SENT_TO_ME_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a report sent to many people ("send our clients a weekly report") WHEN parsed THEN it is written once and emailed to each of them; sent to us it stays ours', () => {
    expect([...misread(REPORT_TO_PEOPLE_CLASS), ...misread(REPORT_TO_PEOPLE_TWINS)]).toStrictEqual([]);
  });

  it('GIVEN a meeting booked "to go over the property" WHEN parsed THEN it is the meeting; "the value goes over 500" stays a comparison', () => {
    expect([...misread(GO_OVER_CLASS), ...misread(GO_OVER_TWINS)]).toStrictEqual([]);
  });
});

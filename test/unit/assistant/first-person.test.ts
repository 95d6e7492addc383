import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  APPROVAL_CLASS,
  FIRST_PERSON_REFUSED,
  FIRST_PERSON_TWINS,
  KNOWLEDGE_CLASS,
} from './classes/first-person';
import { misread } from './misread';

describe('first person (session 34): approval and knowledge steps said in the writer’s own voice', () => {
  it('GIVEN an approval said in the first person after a send or a draft ("…, but let me approve it first", "run it by me before it goes out", "send it once I’ve approved it", "run it by Sam first") × rule WHEN parsed THEN an approval step before the send, after the draft, and the draft sent once approved only when the request says it goes out; a statement in a sentence of its own ("I’ll approve it first.") and "run it by email" are refused', () => {
    expect(APPROVAL_CLASS.length).toBe(90);
    expect(misread(APPROVAL_CLASS)).toStrictEqual([]);
    const workflows = FIRST_PERSON_REFUSED.flatMap(([prompt, quoted]) => {
      const result = parsePrompt(prompt);
      if (result.ok) return [`${prompt} → a workflow`];
      return result.problems.join(' ').includes(quoted) ? [] : [`${prompt} → ${result.problems.join('; ')}`];
    });
    expect(workflows).toStrictEqual([]);
  });

  it('GIVEN the business’s own documents a step reads ("use our pricing doc to draft a reply", "draft a reply based on our FAQ", "look the answer up in the price list") × trigger × documents × shape WHEN parsed THEN the knowledge base is searched before the step; "let me know", a template and a document sent to them stay what they were', () => {
    expect(KNOWLEDGE_CLASS.length).toBe(126);
    expect(misread(KNOWLEDGE_CLASS)).toStrictEqual([]);
    expect(misread(FIRST_PERSON_TWINS)).toStrictEqual([]);
  });
});

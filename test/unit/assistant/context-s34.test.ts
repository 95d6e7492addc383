import { describe, expect, it } from 'vitest';
import {
  CONTEXT_CLASS,
  CONTEXT_REFUSED,
  CONTEXT_STEPS,
  MAPPED_CLASS,
  MAPPING_REFUSED,
} from './classes/context-s34';
import { misread, notRefused } from './misread';

describe('context (session 34): sentences that state context or a mapping, not a step', () => {
  it('GIVEN what is done today by hand, how things tend not to be, who the business is or a mapping of words no step uses ("Right now we email the engagement letter manually.", "tbh most new leads never book.", "We\'re a 3-person team.", "Retainer paid = client signed.") × rule × before or after it WHEN parsed THEN the rule alone is read; a practice that could be a step ("We send the client a survey.") is refused quoting it, never added as a step, and the same sentences tied to the rule, asking or in notation are refused', () => {
    expect(CONTEXT_CLASS.length).toBe(96);
    expect(misread(CONTEXT_CLASS)).toStrictEqual([]);
    expect(notRefused(CONTEXT_REFUSED)).toStrictEqual([]);
    expect(misread(CONTEXT_STEPS)).toStrictEqual([]);
  });

  it('GIVEN a mapping whose side the rule uses ("Invoice paid = retainer signed. When a retainer is signed, …", "PL = prospective lead.") WHEN parsed THEN the rule is read in the other side\'s words; a side named some other way ("the client has signed") is refused', () => {
    expect(misread(MAPPED_CLASS)).toStrictEqual([]);
    expect(notRefused(MAPPING_REFUSED)).toStrictEqual([]);
  });
});

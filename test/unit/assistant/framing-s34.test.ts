import { describe, expect, it } from 'vitest';
import {
  ASKED_FRAME_CLASS,
  ASKED_FRAME_REFUSED,
  FLAGGED_CLASS,
  HEADING_CLASS,
  WISH_FRAME_CLASS,
} from './classes/framing-s34';
import { misread, notRefused } from './misread';

describe('framing (session 34): the rule asked for inside a question, a request, a heading or a "should"', () => {
  it('GIVEN a frame that asks for the rule ("Is it possible for the system to …?", "Looking for a way to …", "Wondering if we can …", "Could we have the system …") × rule × typed or lower case WHEN parsed THEN the rule inside it is read; the same frames around a question about the system ("Looking for a way to export our leads."), a question with no rule or records that never happen ("Big invoices should be flagged to Sam.") are refused, a question about the system saying it is one', () => {
    expect(ASKED_FRAME_CLASS.length).toBe(216);
    expect(misread(ASKED_FRAME_CLASS)).toStrictEqual([]);
    expect(misread(WISH_FRAME_CLASS)).toStrictEqual([]);
    expect(notRefused(ASKED_FRAME_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN records said with "should be flagged to" someone ("New leads should be flagged to Sam.") × records × recipient × capitalised or not WHEN parsed THEN when they come to be, that one is told, never a tag named "flag"', () => {
    expect(misread(FLAGGED_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a heading naming the records and a wish before the steps ("For intake forms we need to: 1. … 2. …") × heading × wish × list WHEN parsed THEN the steps are read for those records; none comes back wrong', () => {
    const missed = misread(HEADING_CLASS);
    expect(missed.filter((m) => !m.includes('→ refused'))).toStrictEqual([]);
    // "For new form submissions we have to: …" is still refused (quoting the heading), never a wrong workflow
    expect(missed.length).toBeLessThanOrEqual(2);
  });
});

import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import type { Refusal } from './classes/comparisons-s32';
import {
  NONE_UNSAID_REFUSED,
  POSITIVE_TWIN_CLASS,
  REPLY_THEN_NONE_CLASS,
  TERSE_NO_REPLY_CLASS,
  TERSE_NO_REPLY_GROUPS,
  TERSE_UNPAID_CLASS,
} from './classes/terse-absence';
import { misread } from './misread';

/** Each must-refuse request that came back as a workflow, or whose refusal does not quote what it must. */
const notRefused = (rows: readonly Refusal[]): string[] =>
  rows.flatMap(([prompt, quoted]) => {
    const result = parsePrompt(prompt);
    if (result.ok) return [`${prompt} → a workflow`];
    return result.problems.join(' ').toLowerCase().includes(quoted)
      ? []
      : [`${prompt} → ${result.problems.join('; ')}`];
  });

describe('absence said tersely (session 34): the wait read with the action on its timeout, never reversed', () => {
  it('GIVEN the class of terse absences WHEN generated THEN 8 wordings × 3 messages × 4 spans × 4 joints × 3 actions', () => {
    expect(TERSE_NO_REPLY_GROUPS.size).toBe(8);
    expect(TERSE_NO_REPLY_CLASS.length).toBe(1152);
  });

  it.each([...TERSE_NO_REPLY_GROUPS])(
    'GIVEN a message we send and the absence of a reply said tersely as "%s" × message × span × joint × action WHEN parsed THEN the message, then a wait for the reply whose timeout runs the action',
    (_wording, rows) => {
      expect(misread(rows)).toStrictEqual([]);
    },
  );

  it('GIVEN an invoice left unpaid said with the duration first ("10 days unpaid →", "10 days with no payment:") × wording × joint × action WHEN parsed THEN a wait for the payment whose timeout runs the action', () => {
    expect(misread(TERSE_UNPAID_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a reply said first with no time and its absence after it with one ("if they reply, notify me; if none within 3 days, send a follow-up") WHEN parsed THEN one wait of that time whose event and timeout run each, never a week’s wait with a second nested in it', () => {
    expect(misread(REPLY_THEN_NONE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "none" with nothing awaited or sent before it WHEN parsed THEN it is refused quoting it; GIVEN a reply awaited within a time THEN the action stays on the event', () => {
    expect(notRefused(NONE_UNSAID_REFUSED)).toStrictEqual([]);
    expect(misread(POSITIVE_TWIN_CLASS)).toStrictEqual([]);
  });
});

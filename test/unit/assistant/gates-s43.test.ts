import { describe, expect, it } from 'vitest';
import {
  APPROVED_STEP_CLASS,
  APPROVED_WORD_KEPT,
  BATCH_CLASS,
  BEFORE_NAMED_CLASS,
  GATE_TWINS_REFUSED,
  LABELLED_OUTCOMES_CLASS,
  MINE_BEFORE_OUT_CLASS,
  MINE_FIRST_CLASS,
} from './classes/gates-s43';
import { misread, notRefused } from './misread';

describe('approvals as people say them: the approval before the step it gates (session 43, issue 16)', () => {
  it('GIVEN a draft then "but let me approve it before it goes out" (check / OK / sign it off; goes out / is sent / gets sent) WHEN parsed THEN the draft, the approval, then its send', () => {
    expect(misread(MINE_BEFORE_OUT_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a send then "but I want to approve it first" or "let me check it before it goes out" WHEN parsed THEN the approval before that send', () => {
    expect(misread(MINE_FIRST_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "ask me to approve before the reminders go out, then remind …" WHEN parsed THEN the approval, then the step named after "then"', () => {
    expect(misread(BEFORE_NAMED_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "send reminders for all the … but only once X approves the batch / the list" WHEN parsed THEN the list found, one approval, then each one', () => {
    expect(misread(BATCH_CLASS)).toStrictEqual([]);
  });

  it('GIVEN the outcomes said as labels ("Ruth approves: … she rejects: …") or an aside about the approver ("Dara is our practice manager …") WHEN parsed THEN the approval with its reject branch, the aside never blocking', () => {
    expect(misread(LABELLED_OUTCOMES_CLASS)).toStrictEqual([]);
  });

  it('GIVEN what is approved said as a gerund ("approve sending a final reminder"), "to ok the … email first", a chaser or final demand WHEN parsed THEN the approval, then that step (never the approval alone)', () => {
    expect(misread(APPROVED_STEP_CLASS)).toStrictEqual([]);
  });

  it('GIVEN an approval with no approver nor step, "he approves:" with no one named, "the approved suppliers list", a sentence about someone asked for nothing WHEN parsed THEN refused, quoting it', () => {
    expect(notRefused(GATE_TWINS_REFUSED)).toStrictEqual([]);
    expect(misread(APPROVED_WORD_KEPT)).toStrictEqual([]);
  });
});

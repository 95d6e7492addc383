import { describe, expect, it } from 'vitest';
import {
  CLAUSE_TWINS_KEPT,
  CLAUSE_TWINS_REFUSED,
  HAS_TO_APPROVE_CLASS,
  HAS_TO_FIRST_CLASS,
  NEEDS_THEIR_OK_CLASS,
  TITLED_STEP_CLASS,
  UNTIL_APPROVED_CLASS,
} from './classes/approvals-clause-s38';
import { misread, notRefused } from './misread';

describe('an approval said as a clause of its own (session 38, sets 26–28)', () => {
  it('GIVEN "New bookings need Raj\'s approval" or "any invoice … that gets created needs Helen to approve it" opening the request WHEN parsed THEN that trigger, then the approval, its "if he says no" the rejection', () => {
    expect(misread(NEEDS_THEIR_OK_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "Aroha has to approve each one" × "if yes …, if no …" or "then …" WHEN parsed THEN the approval, its yes after it and its no its rejection', () => {
    expect(misread(HAS_TO_APPROVE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a step × "but Peter has to sign off before anything goes out" or "but the partner has to approve it first" WHEN parsed THEN the approval before the step', () => {
    expect(misread(HAS_TO_FIRST_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "but nobody should email them X until Siobhan has approved it" WHEN parsed THEN the approval just before the email it guards', () => {
    expect(misread(UNTIL_APPROVED_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "-> Coach Ben approves it ->" between a draft and "send" WHEN parsed THEN drafted, approved, sent', () => {
    expect(misread(TITLED_STEP_CLASS)).toStrictEqual([]);
  });

  it('GIVEN near-misses (the approved quote, an approval said after its step, a pronoun opening, a one-off) WHEN parsed THEN kept as before or refused quoting the clause', () => {
    expect(misread(CLAUSE_TWINS_KEPT)).toStrictEqual([]);
    expect(notRefused(CLAUSE_TWINS_REFUSED)).toStrictEqual([]);
  });
});

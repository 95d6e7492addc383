import { describe, expect, it } from 'vitest';
import {
  AI_DRAFT_APPROVED_CLASS,
  AI_DRAFT_CLASS,
  APPROVAL_ALONE_CLASS,
  APPROVED_OR_NOT_CLASS,
  NO_APPROVAL_REFUSED,
  REJECTED_CLASS,
} from './classes/approver-side';
import { misread, notRefused } from './misread';

describe('approvals said from the approver’s side and drafts the AI writes (session 35)', () => {
  it('GIVEN a draft the AI writes ("have AI draft …", "AI writes a personal reply") × how the writer approves it ("I approve, then it’s sent", "I need to approve it before it goes out") WHEN parsed THEN drafted, approved, sent', () => {
    expect(misread(AI_DRAFT_APPROVED_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a draft the AI writes, sent at once ("and it gets sent straight away") or not at all WHEN parsed THEN a draft, sent only when the request says so', () => {
    expect(misread(AI_DRAFT_CLASS)).toStrictEqual([]);
  });

  it('GIVEN an approval asked for × its rejection said by the approver ("if I reject it", "if it is not approved", "if the manager rejects it") × a step WHEN parsed THEN that step is the approval’s own other branch, and the guarded step follows it', () => {
    expect(misread(REJECTED_CLASS)).toStrictEqual([]);
    // its twin: an approval with no rejection said stays one
    expect(misread(APPROVAL_ALONE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "If he approves, X; if not, Y", "If approved, X, otherwise Y", "Once approved, X. If rejected, Y" after an approval WHEN parsed THEN X after the approval and Y its other branch', () => {
    expect(misread(APPROVED_OR_NOT_CLASS)).toStrictEqual([]);
    // its twins: a rejection with no approval asked for, or someone else declining, is refused, quoted
    expect(notRefused(NO_APPROVAL_REFUSED)).toStrictEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  AMOUNT_FIRST_CLASS,
  AMOUNT_FIRST_REFUSED,
  APPROVALS_SAID_KEPT,
  APPROVALS_SAID_REFUSED,
  APPROVED_THING_CLASS,
  APPROVED_THING_REFUSED,
  NAMED_GATE_CLASS,
  NEEDS_FROM_CLASS,
  OUTCOMES_CLASS,
  OVERDUE_OPENING_CLASS,
  STEP_BEFORE_CLASS,
  STEP_OF_ITS_OWN_CLASS,
} from './classes/approvals-s40';
import { misread, notRefused } from './misread';

describe('approvals in any words: an approver and an approval verb gate a step (session 40, sets 26–31)', () => {
  it('GIVEN "before any overdue (fee) reminder goes out (to a family)" × someone\'s approval in six shapes WHEN parsed THEN the overdue invoice starts it, approved before the reminder', () => {
    expect(misread(OVERDUE_OPENING_CLASS)).toStrictEqual([]);
  });

  it('GIVEN an approval (an address, a name, a role, "compliance (Lerato)") × "before <the step>" WHEN parsed THEN the approval, then that step', () => {
    expect(misread(NAMED_GATE_CLASS)).toStrictEqual([]);
    expect(misread(NEEDS_FROM_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a step × "but Lukas approves it first", "but only after Julie approves it", "but Margaret has to approve it before it is sent" WHEN parsed THEN the approval before the step', () => {
    expect(misread(STEP_BEFORE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN their approval as a step ("Peter needs to approve it and then it gets emailed", "-> manager approves offering a place ->") WHEN parsed THEN the approval, then the step after it (the approved email sent once)', () => {
    expect(misread(STEP_OF_ITS_OWN_CLASS)).toStrictEqual([]);
  });

  it('GIVEN an approval × "approved = …, rejected = …" (":", "→", "if approved") WHEN parsed THEN approved goes on to the step and rejected is its onReject branch', () => {
    expect(misread(OUTCOMES_CLASS)).toStrictEqual([]);
  });

  it('GIVEN an address as the approver WHEN parsed THEN the approval is asked of that address', () => {
    const result = parsePrompt(
      'when an enquiry form is submitted get approval from ops@thegranary.ie before emailing the couple a confirmation',
    );
    expect(result.ok && result.definition.steps[0]).toMatchObject({
      approval: { approvers: ['ops@thegranary.ie'] },
    });
  });

  it('GIVEN near-misses (an approval with nothing to gate, "approved" as a record\'s state or inside a message, outcomes with none asked, a reminder not said overdue) WHEN parsed THEN refused, quoting the part, or kept with no approval', () => {
    expect(notRefused(APPROVALS_SAID_REFUSED)).toStrictEqual([]);
    expect(misread(APPROVALS_SAID_KEPT)).toStrictEqual([]);
  });

  it('GIVEN an invoice said with its amount before what it is for ("raise the £300 deposit invoice", "invoice for the €200 deposit") × trigger WHEN parsed THEN the invoice is created (with no currency, or an unknown word before "invoice", refused)', () => {
    expect(misread(AMOUNT_FIRST_CLASS)).toStrictEqual([]);
    expect(notRefused(AMOUNT_FIRST_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "ask the owner to approve a 10% discount" (a refund, a waiver) × who is asked WHEN parsed THEN one approval whose message names what is approved; a test hidden in it ("a discount for leads over 10k") is refused, quoted', () => {
    expect(misread(APPROVED_THING_CLASS)).toStrictEqual([]);
    expect(notRefused(APPROVED_THING_REFUSED)).toStrictEqual([]);
    const result = parsePrompt(
      'When a booking is cancelled, ask the owner to approve a £20 refund, then email the guest',
    );
    expect(result.ok && result.definition.steps[0]).toMatchObject({
      approval: { message: expect.stringMatching(/^Approve a £20 refund\? /) },
    });
  });
});

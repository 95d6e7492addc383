import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  APPROVAL_PHRASE_CLASS,
  APPROVAL_TWINS_KEPT,
  APPROVAL_TWINS_REFUSED,
  APPROVAL_UNREAD_REFUSED,
  ASK_WHETHER_CLASS,
  BEFORE_REMINDER_CLASS,
  CHECK_SAID_CLASS,
  FOUND_THEN_APPROVED_CLASS,
  ONCE_THEY_APPROVE_CLASS,
  SENT_TO_ME_CLASS,
  SWALLOWED_CLASS,
  THEIR_OK_CLASS,
  THEY_APPROVE_STEP_CLASS,
  UNANSWERED_CLASS,
} from './classes/approvals-s38';
import { misread, notRefused } from './misread';

describe('approvals as the population says them (session 38, sets 23–25)', () => {
  it('GIVEN a step × an approval asked of someone else before it ("but have Jen approve it first", "get Dave\'s OK first", "check with the partner first") WHEN parsed THEN the approval, then the step', () => {
    expect(misread(THEIR_OK_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a draft × "Deirdre approves it, then send it" or "→ the manager OKs it →" WHEN parsed THEN drafted, approved, sent', () => {
    expect(misread(THEY_APPROVE_STEP_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a yes/no question to the approver ("ask me whether to book them in; if I say yes …, if I say no …", "ask Fr Tom if …, and if he says yes …") WHEN parsed THEN an approval whose yes is the step and whose no is its other branch', () => {
    expect(misread(ASK_WHETHER_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a draft "sent to me to approve" or "forwarded to me for my OK", with or without "if I reject it" WHEN parsed THEN drafted, approved (rejection its branch), sent', () => {
    expect(misread(SENT_TO_ME_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "Before any overdue reminder goes out, ask me first" as the opening words, or "draft a reminder but ask me before sending it" WHEN parsed THEN the overdue invoice starts it, approved before the reminder (a reminder drafted with none asked stays refused)', () => {
    expect(misread(BEFORE_REMINDER_CLASS)).toStrictEqual([]);
  });

  it('GIVEN records found × one approval before what is done for each (its rejection said after) WHEN parsed THEN the search, one approval, then the loop', () => {
    expect(misread(FOUND_THEN_APPROVED_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a draft × the writer\'s check in other words ("look it over", "OK every reply before its sent", "before it goes") WHEN parsed THEN drafted, approved, sent', () => {
    expect(misread(CHECK_SAID_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a step × an approval said after it that its reader used to swallow ("make an invoice …, but get my OK first before its created", "draft a reply but ask me before sending it") WHEN parsed THEN the approval before the step (a draft approved, then sent)', () => {
    expect(misread(SWALLOWED_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a step × someone else\'s approval said after it ("once the partner approves it", "only after Dave signs off", "it needs sign-off from the partner first") or asked of a role ("ask the bookkeeper to approve it") WHEN parsed THEN the approval before the step', () => {
    expect(misread(ONCE_THEY_APPROVE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN an approval asked × "if she doesn\'t respond in 2 days, …" WHEN parsed THEN the approval times out after 2 days into that branch (no wait for the lead\'s reply)', () => {
    const wrong = UNANSWERED_CLASS.flatMap(([prompt, steps, timeout]) => {
      const result = parsePrompt(prompt);
      if (!result.ok) return [`${prompt} → refused: ${result.problems.join('; ')}`];
      const [approval] = result.definition.steps;
      const got = `${outlineOf(result.definition).steps} ${approval && 'approval' in approval ? approval.approval.timeout : ''}`;
      return got === `${steps} ${timeout}` ? [] : [`${prompt} → ${got}`];
    });
    expect(wrong).toStrictEqual([]);
  });

  it('GIVEN a step × an approval phrase after it ("after approval", "subject to approval", "with the partner\'s approval", "once it\'s approved", "after I approve", "it has to be approved first") WHEN parsed THEN the approval before the step; an approval in words no reader takes is refused, quoted', () => {
    expect(misread(APPROVAL_PHRASE_CLASS)).toStrictEqual([]);
    expect(notRefused(APPROVAL_UNREAD_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN near-misses (no overdue reminder, "approve the invoice", "the quote is approved", "if approved" with none asked, a customer asked) WHEN parsed THEN refused, quoting the part, or kept with no approval (a form tool named is the source)', () => {
    expect(notRefused(APPROVAL_TWINS_REFUSED)).toStrictEqual([]);
    expect(misread(APPROVAL_TWINS_KEPT)).toStrictEqual([]);
  });
});

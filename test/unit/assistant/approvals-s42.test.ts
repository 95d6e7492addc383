import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  APPROVAL_TWINS_KEPT,
  APPROVAL_TWINS_REFUSED,
  APPROVER_TIME_CLASS,
  ASK_WHETHER_CLASS,
  GATE_BEFORE_CLASS,
  GIVEN_TO_THEM,
  IF_THEY_CLASS,
  LISTED_CLASS,
  MINE_CLASS,
  NOT_OURS_REFUSED,
  ONCE_THEN_CLASS,
  OURS_CLASS,
  OUTCOMES_CLASS,
  SENT_FOR_APPROVAL_CLASS,
  STEP_CLASS,
  TEAM_AND_THING_CLASS,
  THEIR_NOUN_CLASS,
} from './classes/approvals-s42';
import { misread, notRefused } from './misread';

describe('approvals read from their parts, whatever the trade (session 42, sets 29–37)', () => {
  it('GIVEN who approves (a name with what is said of them, an accented name, a bare role, "the GM") × its verb ("must sign it off", "has to give the nod", "must say yes") × "before we <step>" WHEN parsed THEN the approval, then that step', () => {
    expect(misread(GATE_BEFORE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN the approval as a noun they give ("get the GM\'s sign off before …", "wait for Ciarán\'s OK, then …") WHEN parsed THEN the approval, then the step', () => {
    expect(misread(THEIR_NOUN_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "once Jess approves, …" between a list found and what is done to each, or "…, but only once Jan has ok\'d it" after the step WHEN parsed THEN approved once, before the step (the batch, not each record)', () => {
    expect(misread(ONCE_THEN_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "ask X whether we should Y" × its answer ("if yes send it", "yes = …", "if he approves, …", "If so, …") × a no branch WHEN parsed THEN the approval, Y (what "it" names), and the no branch its onReject', () => {
    expect(misread(ASK_WHETHER_CLASS)).toStrictEqual([]);
  });

  it('GIVEN their approval as a step ("Rob signs it off", "chair gives it the nod") × "then it goes to #board" or a step WHEN parsed THEN the approval between the steps', () => {
    expect(misread(STEP_CLASS)).toStrictEqual([]);
  });

  it('GIVEN an outcome said after its step ("tell the salesperson if he says no"), a message named alone ("rejected: polite no thanks email") or rejected said first WHEN parsed THEN each is its own branch', () => {
    expect(misread(OUTCOMES_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "if the GM says yes, …" or "…, but only if Jess approves" with no approval asked before WHEN parsed THEN the approval gates the step (after one asked, "if Jess approves" is its outcome)', () => {
    expect(misread(IF_THEY_CLASS)).toStrictEqual([]);
  });

  it('GIVEN the approval as a step of a list ("-> Greg to approve ->", "approval from the owner needed before …", "manager approval needed before …") WHEN parsed THEN the approval, then the step', () => {
    expect(misread(LISTED_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a team alone ("finance has to approve"), what is approved said ("has to OK the refund before …"), an accented name run past, a draft sent to me then to a list WHEN parsed THEN the approval before the step it gates', () => {
    expect(misread(TEAM_AND_THING_CLASS)).toStrictEqual([]);
  });

  it('GIVEN the writer approving a batch ("I\'ll approve the list, then email each one"), "let me approve before anything goes out, then …", "only once I\'ve said yes", "ask me whether to …; if I say yes, <a step of its own>" WHEN parsed THEN one approval before the step', () => {
    expect(misread(MINE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN the approver\'s time to answer ("- give them 2 days, then …", "within 2 days before …") WHEN parsed THEN the approval times out then, and no wait for the lead\'s reply is made (time given to the lead after an email still is one)', () => {
    expect(misread(APPROVER_TIME_CLASS)).toStrictEqual([]);
    expect(misread([GIVEN_TO_THEM])).toStrictEqual([]);
    const result = parsePrompt(
      'when a new lead comes in, compliance needs to tick it off - give them 2 days, then email them the welcome pack',
    );
    expect(result.ok && result.definition.steps[0]).toMatchObject({ approval: { timeout: 'P2D' } });
  });

  it('GIVEN anyone of ours named by what they do ("our lead engineer", "the site surveyor", "the board") × an approval verb WHEN parsed THEN the approval; the record\'s own people, someone outside, a machine or a thing ("the client", "the bank", "the server") stay refused', () => {
    expect(misread(OURS_CLASS)).toStrictEqual([]);
    expect(notRefused(NOT_OURS_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a draft sent to someone to approve ("send it to the GM for approval", "it goes to the editor for approval"), or "once approved by the practice manager, …" WHEN parsed THEN the approval before the step', () => {
    expect(misread(SENT_FOR_APPROVAL_CLASS)).toStrictEqual([]);
  });

  it('GIVEN near-misses (an approval said as an event, a question about them, "approved" as what is sent, a role told, a name with its role doing something else) WHEN parsed THEN refused, quoting the part, or kept with no approval', () => {
    expect(notRefused(APPROVAL_TWINS_REFUSED)).toStrictEqual([]);
    expect(misread(APPROVAL_TWINS_KEPT)).toStrictEqual([]);
  });

  it('GIVEN a name said with its role ("Greg (sales mgr) has to approve") WHEN parsed THEN the approval message asks for the next steps and names no role as an address', () => {
    const result = parsePrompt(
      'when a new lead comes in Greg (sales mgr) has to approve before we email them the price list',
    );
    expect(result.ok && result.definition.steps[0]).toMatchObject({
      approval: { message: expect.stringMatching(/^Approve the next steps\? /) },
    });
    expect(
      result.ok && 'approval' in result.definition.steps[0]! && result.definition.steps[0].approval.approvers,
    ).toBe(undefined);
  });
});

import { describe, expect, it } from 'vitest';
import {
  ASKING_CLASS,
  ASKING_TWINS_KEPT,
  CHOOSING_BRACKETS_REFUSED,
  CONDITION_BRACKETS_KEPT,
  CONTENT_BRACKET_CLASS,
  DM_CLASS,
  DM_FIELDS_TWINS_KEPT,
  DM_FIELDS_TWINS_REFUSED,
  FIELDS_POSTED_CLASS,
  GUESS_BRACKET_CLASS,
  LIMIT_BRACKETS_REFUSED,
  LIMIT_TWINS_REFUSED,
  PURPOSE_GOES_ON_CLASS,
  PURPOSE_GOES_ON_REFUSED,
  PURPOSE_GOES_ON_TWINS_KEPT,
  SLACK_TOLD_CLASS,
  SLACK_TOLD_TWINS_REFUSED,
} from './classes/message-content-s39';
import { misread, notRefused } from './misread';

describe('what a message says, around the clauses that are instructions (session 39, sets 26–28)', () => {
  it('GIVEN a message × "reminding him to …", "asking if …", "inviting them to …" WHEN parsed THEN one message, its words read as what it asks', () => {
    expect(misread(ASKING_CLASS)).toStrictEqual([]);
  });

  it('GIVEN what the message asks × "but not on Sundays", "only for VIPs", "unless they already paid", "at 9am", "2 days later" WHEN parsed THEN refused quoting the limit, never taken as the message\'s words', () => {
    expect(notRefused(LIMIT_TWINS_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a condition or a second action after what the message asks WHEN parsed THEN the condition and the action kept', () => {
    expect(misread(ASKING_TWINS_KEPT)).toStrictEqual([]);
  });

  it('GIVEN a step × a guess in brackets ("(probably a PT package)", "(maybe a trial class)") WHEN parsed THEN the step as without it', () => {
    expect(misread(GUESS_BRACKET_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a message × what it holds in brackets ("(first week $20)", "(lights, AC, till, doors)") WHEN parsed THEN the message, no condition and no time zone read from it', () => {
    expect(misread(CONTENT_BRACKET_CLASS)).toStrictEqual([]);
  });

  it('GIVEN brackets that could say who, when or whether ("(only for VIPs)", "(probably only the VIPs)", "(10 min early)", "(tomorrow)") WHEN parsed THEN refused quoting them; "(if they are tagged vip)" still the condition', () => {
    expect(notRefused(LIMIT_BRACKETS_REFUSED)).toStrictEqual([]);
    expect(notRefused(CHOOSING_BRACKETS_REFUSED)).toStrictEqual([]);
    expect(misread(CONDITION_BRACKETS_KEPT)).toStrictEqual([]);
  });

  it('GIVEN "send Liam a DM on slack" or "a direct message" × two triggers × two members WHEN parsed THEN the member\'s Slack message', () => {
    expect(misread(DM_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "post their name and email in #new-business" and other field lists before where they go WHEN parsed THEN one Slack post, the fields its words', () => {
    expect(misread(FIELDS_POSTED_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a condition, a second action or a limit after the DM or the fields WHEN parsed THEN the condition and the action kept, the limit refused', () => {
    expect(misread(DM_FIELDS_TWINS_KEPT)).toStrictEqual([]);
    expect(notRefused(DM_FIELDS_TWINS_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a message\'s purpose × "and" a verb no grammar reads ("and put the heaters on", "and charge the tablets") WHEN parsed THEN one message, that verb more of what it asks', () => {
    expect(misread(PURPOSE_GOES_ON_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a step of ours after "and", a limit, or "then" or a comma before the verb WHEN parsed THEN the step kept, the rest refused', () => {
    expect(misread(PURPOSE_GOES_ON_TWINS_KEPT)).toStrictEqual([]);
    expect(notRefused(PURPOSE_GOES_ON_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a Slack post × "reminding them …" or "telling them …" WHEN parsed THEN one post, "them" whom its text speaks to; a limit after it refused', () => {
    expect(misread(SLACK_TOLD_CLASS)).toStrictEqual([]);
    expect(notRefused(SLACK_TOLD_TWINS_REFUSED)).toStrictEqual([]);
  });
});

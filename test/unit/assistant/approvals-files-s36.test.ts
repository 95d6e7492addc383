import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  APPROVAL_STEP_CLASS,
  APPROVAL_TWINS,
  ASKED_BEFORE_CLASS,
  BEFORE_SENT_CLASS,
  FOLDER_CLASS,
  FOLDER_TWIN_CLASS,
  KNOWLEDGE_ANSWER_CLASS,
  KNOWLEDGE_TWIN_CLASS,
} from './classes/approvals-files-s36';
import { misread } from './misread';

/** The twins that came back as a workflow, or refused without quoting what was not understood. */
const notRefused = (twins: readonly (readonly [string, string])[]): string[] =>
  twins.flatMap(([prompt, quoted]) => {
    const result = parsePrompt(prompt);
    return !result.ok && result.problems.join(' ').includes(quoted) ? [] : [prompt];
  });

describe('approvals, knowledge answers and folders as fresh writers say them (session 36)', () => {
  it('GIVEN a new record × a draft the AI writes × "→ I approve it → send", ", let me approve it, then send" WHEN parsed THEN the draft, my approval, then the draft sent', () => {
    expect(misread(APPROVAL_STEP_CLASS)).toStrictEqual([]);
  });

  it('GIVEN an overdue invoice × "ask me before any reminder goes out" WHEN parsed THEN my approval, then the reminder', () => {
    expect(misread(ASKED_BEFORE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a new invoice (with or without its test) × "I want to approve it before it\'s emailed to the customer" WHEN parsed THEN my approval, then the email', () => {
    expect(misread(BEFORE_SENT_CLASS)).toStrictEqual([]);
  });

  it('GIVEN the approval said as a condition, with nothing after it, asked of someone else, or "send" after no draft WHEN parsed THEN it is refused, quoting it', () => {
    expect(notRefused(APPROVAL_TWINS)).toStrictEqual([]);
  });

  it('GIVEN "if an email asks about our warranty" × "have AI answer it using the knowledge base" WHEN parsed THEN the topic is tested without "our", the knowledge base searched and the answer emailed; with no documents named it stays an AI task', () => {
    expect(misread(KNOWLEDGE_ANSWER_CLASS)).toStrictEqual([]);
    expect(misread(KNOWLEDGE_TWIN_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a file uploaded to a folder named × a step WHEN parsed THEN the trigger tests that folder (never left out); "a folder" and a folder tested in a condition stay as they were', () => {
    expect(misread(FOLDER_CLASS)).toStrictEqual([]);
    expect(misread(FOLDER_TWIN_CLASS)).toStrictEqual([]);
  });
});

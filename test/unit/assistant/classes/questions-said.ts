import type { Case } from '../table/case';
import { cross } from './comparisons-s32';

/**
 * Session 35 (h5), issue 16's miss class 12: the question a knowledge look-up answers, said as what starts it ("a
 * customer emails a question", "someone asks a question through the contact form"): the email or form that brings
 * it, then the search and the answer. "a customer emails a question" was a new lead tested for lead.email = "s a
 * question" (wrong). Rows are [request, trigger outline, steps outline].
 */
export const QUESTION_ASKED_CLASS: readonly Case[] = [
  ...cross(
    [
      'When a customer emails a question, ',
      'When a patient emails us an enquiry, ',
      'When someone asks a question by email, ',
      'When a parent emails us with a question, ',
    ],
    [
      'look it up in our FAQ and email back the answer.',
      'search the knowledge base and reply with the answer.',
    ],
  ).map((r): Case => [r, 'email.received', 'knowledge.search; email.send']),
  ...cross(
    [
      'When someone asks a question through the contact form, ',
      'When a client sends a question via the website chat form, ',
    ],
    ['look it up in our FAQ and answer by email.', 'search the knowledge base and reply with the answer.'],
  ).map((r): Case => [r, 'form.submitted', 'knowledge.search; email.send']),
];

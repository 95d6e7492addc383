import { describe, expect, it } from 'vitest';
import { QUESTION_ASKED_CLASS } from './classes/questions-said';
import { misread } from './misread';

describe('a question asked as what starts a knowledge look-up (session 35)', () => {
  it('GIVEN "a customer emails a question", "someone asks a question through the contact form" × a look-up and an answer WHEN parsed THEN the email or form that brings it, the search, the answer (never a new lead tested on its address)', () => {
    expect(misread(QUESTION_ASKED_CLASS)).toStrictEqual([]);
  });
});

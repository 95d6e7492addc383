import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  NOBODY_REPLIED_CLASS,
  OUR_REPLY_REFUSED,
  WAIT_FOR_PAYMENT_CLASS,
  WAIT_FOR_REPLY_CLASS,
} from './classes/waits-said';
import { misread } from './misread';

describe('a wait said before its outcome, and nobody replying (session 35): one wait for the event', () => {
  it('GIVEN "wait 7 days for payment" × how its outcome is said ("; if paid", ". If they pay,") × a step × the other branch WHEN parsed THEN one wait for the payment whose event and timeout run each, never a test of the trigger’s old invoice; its twin for a reply stays one wait too', () => {
    expect(misread(WAIT_FOR_PAYMENT_CLASS)).toStrictEqual([]);
    expect(misread(WAIT_FOR_REPLY_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "if nobody’s replied in 1 day", "if no one has answered within 1 day" after a message we send × a step WHEN parsed THEN a wait for their reply whose timeout runs the step', () => {
    expect(misread(NOBODY_REPLIED_CLASS)).toStrictEqual([]);
  });

  it('GIVEN our own reply awaited ("we don’t reply within 4 hours") WHEN parsed THEN it is refused, quoting it, never read as their reply awaited', () => {
    const built = OUR_REPLY_REFUSED.filter(([prompt, quoted]) => {
      const result = parsePrompt(prompt);
      return result.ok || !result.problems.join(' ').includes(quoted);
    });
    expect(built).toStrictEqual([]);
  });
});

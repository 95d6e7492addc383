import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  BRANCH_CHAIN_CLASS,
  BRANCH_CHAIN_TWINS,
  OTHERS_GET_CLASS,
  OTHERS_GET_REFUSALS,
} from './classes/branch-chains-s36';
import { misread } from './misread';

describe('a chain of branches on one field, said short', () => {
  it(`GIVEN "if source is google send the google coupon email, if it's yelp send the yelp one" or "source a → …, source b → the b one" WHEN parsed THEN the second is the first's other branch (else-if), never dropped, while tests of different fields stay side by side`, () => {
    expect([...misread(BRANCH_CHAIN_CLASS), ...misread(BRANCH_CHAIN_TWINS)]).toStrictEqual([]);
  });
});

describe('the other branch said of the people it leaves out', () => {
  it('GIVEN "… Other new clients just get the normal welcome email." after a test WHEN parsed THEN it is the test\'s other branch, while with no test before, or with no message got, it is refused, quoted', () => {
    const refusedRight = OTHERS_GET_REFUSALS.filter(([prompt, quoted]) => {
      const result = parsePrompt(prompt);
      return !result.ok && result.problems.join('\n').toLowerCase().includes(quoted.toLowerCase());
    });
    expect([
      ...misread(OTHERS_GET_CLASS),
      ...OTHERS_GET_REFUSALS.filter((r) => !refusedRight.includes(r)),
    ]).toStrictEqual([]);
  });
});

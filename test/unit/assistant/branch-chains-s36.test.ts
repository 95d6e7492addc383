import { describe, expect, it } from 'vitest';
import { BRANCH_CHAIN_CLASS, BRANCH_CHAIN_TWINS } from './classes/branch-chains-s36';
import { misread } from './misread';

describe('a chain of branches on one field, said short', () => {
  it(`GIVEN "if source is google send the google coupon email, if it's yelp send the yelp one" or "source a → …, source b → the b one" WHEN parsed THEN the second is the first's other branch (else-if), never dropped, while tests of different fields stay side by side`, () => {
    expect([...misread(BRANCH_CHAIN_CLASS), ...misread(BRANCH_CHAIN_TWINS)]).toStrictEqual([]);
  });
});

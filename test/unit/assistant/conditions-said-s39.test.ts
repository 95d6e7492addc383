import { describe, expect, it } from 'vitest';
import { AND_TAGGED_CLASS, SAID_OF_IT_CLASS, SAID_OF_IT_REFUSED } from './classes/conditions-said-s39';
import { misread, notRefused } from './misread';

describe('tests said in plain words (session 39, sets 26–28)', () => {
  it('GIVEN a comparison "AND tagged locum" with or without "otherwise", "they were worth", or a tag test after a step WHEN parsed THEN one step tests both with "otherwise", the filter without, a step where a filter would hold back the others', () => {
    expect(misread(AND_TAGGED_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "if it\'s a PDF", "if its in EUR", "if they\'re not already a customer" WHEN parsed THEN the content type, the currency, the status', () => {
    expect(misread(SAID_OF_IT_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "a document" (no one type) or "already qualified" WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(SAID_OF_IT_REFUSED)).toStrictEqual([]);
  });
});

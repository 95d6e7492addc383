import { describe, expect, it } from 'vitest';
import {
  TAG_FILTER_KEPT,
  TAG_OTHERWISE_CLASS,
  TAG_OTHERWISE_REFUSED,
  TAG_WITH_OTHERS_CLASS,
} from './classes/tag-otherwise-s39';
import { misread, notRefused } from './misread';

describe('a tag test with an "otherwise" (session 39, sets 26–28)', () => {
  it('GIVEN "if they\'re tagged payroll …, if not …" or "if they have the payroll tag …, otherwise …" WHEN parsed THEN every event starts it and a step tests the tag, with both branches', () => {
    expect(misread(TAG_OTHERWISE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a tag beside a value, a tag said of the trigger, "not tagged" or "the standard one" WHEN parsed THEN every test in the step, the other branch an email', () => {
    expect(misread(TAG_WITH_OTHERS_CLASS)).toStrictEqual([]);
  });

  it('GIVEN the same tag tests with no "otherwise" WHEN parsed THEN the tag is still the trigger\'s filter', () => {
    expect(misread(TAG_FILTER_KEPT)).toStrictEqual([]);
  });

  it('GIVEN tags as alternatives, or a trigger that already picks leads by a tag, with "otherwise" WHEN parsed THEN refused, saying why', () => {
    expect(notRefused(TAG_OTHERWISE_REFUSED)).toStrictEqual([]);
  });
});

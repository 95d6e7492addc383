import { describe, expect, it } from 'vitest';
import {
  CURRENCY_CLASS,
  FIELD_GLOSS_CLASS,
  FIELD_GLOSS_REFUSED,
  NAMED_PERSON_CLASS,
  NEW_TAGGED_CLASS,
  NO_NEED_CLASS,
  NO_NEED_REFUSED,
  STATUS_GLOSS_CLASS,
  STATUS_GLOSS_REFUSED,
  SUBJECT_WORDS_CLASS,
  SUBJECT_WORDS_REFUSED,
  TAG_OR_REFUSED,
  WHICH_FORM_CLASS,
  WHICH_FORM_REFUSED,
} from './classes/conditions-s40';
import { misread, notRefused } from './misread';

describe('conditions of sets 25–31 (session 40)', () => {
  it('GIVEN "if a new lead is tagged destination wedding" WHEN parsed THEN a new lead carrying the whole tag ("when … is tagged": the update)', () => {
    expect(misread(NEW_TAGGED_CLASS)).toStrictEqual([]);
  });

  it('GIVEN two tags joined by "or" WHEN parsed THEN refused, never the first tag alone', () => {
    expect(notRefused(TAG_OR_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a colleague named "Ciarán" or "Aisha" after a quoted field WHEN parsed THEN they are told (an address is emailed)', () => {
    expect(misread(NAMED_PERSON_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "over R50 000", "over 2000 SGD", "AUD 10,000" WHEN parsed THEN the amount compared', () => {
    expect(misread(CURRENCY_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "Wei Ling needs to know" and "smaller ones no need" WHEN parsed THEN she is told, with no other branch', () => {
    expect(misread(NO_NEED_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "no need to post, just log it" or "all the groomers need to know" WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(NO_NEED_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN words looked for in the subject, after the emails or as a list with commas, and "a parent emails" WHEN parsed THEN each word tested on the email received', () => {
    expect(misread(SUBJECT_WORDS_CLASS)).toStrictEqual([]);
  });

  it('GIVEN emails we send, or two words both in the subject WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(SUBJECT_WORDS_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "(funded field = yes)" or "(we use the value field)" after the writer\'s words WHEN parsed THEN that field tested', () => {
    expect(misread(FIELD_GLOSS_CLASS)).toStrictEqual([]);
  });

  it('GIVEN words with a number or "not" before the bracket WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(FIELD_GLOSS_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "if they\'re already a member (customer)" and "if not set them to contacted" WHEN parsed THEN the status tested, the other branch its step', () => {
    expect(misread(STATUS_GLOSS_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "already" with no "if", or a word that is no status WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(STATUS_GLOSS_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN "if it\'s the day pass form" on a form submitted WHEN parsed THEN the form\'s name tested', () => {
    expect(misread(WHICH_FORM_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "the new form", or a form named where no form is submitted WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(WHICH_FORM_REFUSED)).toStrictEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  ARRIVAL_TWINS_REFUSED,
  BY_EMAIL_CLASS,
  BY_FORM_CLASS,
  NEW_ENQUIRY_CLASS,
  SENT_AFTER_APPROVAL_CLASS,
  STEP_AFTER_APPROVAL_REFUSED,
  WITH_APPROVAL_CLASS,
} from './classes/arrivals-s43';
import { misread, notRefused } from './misread';

describe('the trigger said as a noun of the trade, read from its channel (session 43, issue 16)', () => {
  it('GIVEN a thing of any trade ("warranty claim", "bursary application") × arriving by email ("come in by email.", "by email →", "emailed in:") WHEN parsed THEN an email received starts it', () => {
    expect(misread(BY_EMAIL_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a thing of any trade × a form ("… form →", "website …:", "… from the booking page form →", "through the web form -", "get submitted on the website →") WHEN parsed THEN a form submission starts it', () => {
    expect(misread(BY_FORM_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a new enquiry named by its kind in several words, with a tag said after it, or a new registration WHEN parsed THEN every new lead (the tag its filter), or the form submitted', () => {
    expect(misread(NEW_ENQUIRY_CLASS)).toStrictEqual([]);
  });

  it('GIVEN such a heading before an approval WHEN parsed THEN the event, the approval, then the step it gates', () => {
    expect(misread(WITH_APPROVAL_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a thing with no channel and no lead in it, a source nothing records (the website too, for a lead), a test in the heading, a picking word, a bare heading of records, an order with no channel, a tag on a form WHEN parsed THEN refused, never a guessed event', () => {
    expect(notRefused(ARRIVAL_TWINS_REFUSED)).toStrictEqual([]);
  });
});

describe('no step said after an approval is lost (session 43, issue 16)', () => {
  it('GIVEN "→ it gets sent", "→ it\'s emailed to them", "then it goes out" after an approval WHEN parsed THEN that is the send', () => {
    expect(misread(SENT_AFTER_APPROVAL_CLASS)).toStrictEqual([]);
  });

  it('GIVEN another step said in the passive after an approval ("→ it gets filed", "they get archived") WHEN parsed THEN refused, quoting it (never a workflow without it)', () => {
    expect(notRefused(STEP_AFTER_APPROVAL_REFUSED)).toStrictEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  ELIDED_ELSE_CLASS,
  NOTHING_ELSE_CLASS,
  SCOPE_INVOICE_CLASS,
  SCOPE_REFUSED,
  SCOPE_SOURCE_CLASS,
  STEP_ALONE_CLASS,
} from './classes/scope-s34';
import { misread, notRefused } from './misread';

describe('conditions said as scope or contrast (session 34): "only" after what it restricts, the step alone, the other branch without its verb', () => {
  it('GIVEN the records’ test said as scope before the trigger ("For invoices over $10,000 only: when one is paid, …") or after the step ("…, only for ones over $10k") × wording × action WHEN parsed THEN the test wraps the step', () => {
    expect(SCOPE_INVOICE_CLASS.length).toBe(18);
    expect(misread(SCOPE_INVOICE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a source said with "only" ("from LinkedIn only", "For leads from LinkedIn only: when one comes in") × wording × action WHEN parsed THEN the source is tested, never a source named "LinkedIn only"', () => {
    expect(misread(SCOPE_SOURCE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN the step alone under an amount ("under $500 — just the reminder, nothing else", "→ reminder only") × joint × step × tail WHEN parsed THEN the test with the reminder in it', () => {
    expect(STEP_ALONE_CLASS.length).toBe(32);
    expect(misread(STEP_ALONE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN the other branch said without its verb ("notify Sam, otherwise Priya", "email them the premium offer; otherwise the standard one") × test × step × joint WHEN parsed THEN the verb is said again in the other branch, never dropped; "otherwise nothing" is no branch', () => {
    expect(ELIDED_ELSE_CLASS.length).toBe(36);
    expect(misread(ELIDED_ELSE_CLASS)).toStrictEqual([]);
    expect(misread(NOTHING_ELSE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN "only" after a kind of person no record names or a bare value after the step ("notify Sam for VIPs only", "email them - LinkedIn only") WHEN parsed THEN it is refused quoting it, never the step alone nor the value taken as the message', () => {
    expect(notRefused(SCOPE_REFUSED)).toStrictEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  BACK_PRODUCT,
  BUT_PRODUCT,
  HEADER_PRODUCT,
  NOT_HEADERS,
  NOT_OUTCOMES,
  NOT_STANDING,
  NOT_WEBHOOKS,
  NOT_WHOSE,
  OUTCOME_PRODUCT,
  QUOTED_EMAIL_PRODUCT,
  STANDING_PRODUCT,
  STILL_PRODUCT,
  WEBHOOK_PRODUCT,
  WHOSE_PRODUCT,
} from './classes/triggers-waits-s33';
import { misread } from './misread';

/** Every n-th case of a product (the bench reads them all; the unit suite a spread of every dimension). */
const every = <T>(cases: readonly T[], n: number): T[] => cases.filter((_, i) => i % n === 0);
const accepted = (prompts: readonly string[]): string[] => prompts.filter((p) => parsePrompt(p).ok);

describe("triggers and waits in the writer's words (session 33: own-states.ts, person-events.ts, event-nouns.ts, webhook-sources.ts, outcomes.ts, waits.ts)", () => {
  it('GIVEN any person (5) whose status changes by a verb, their own word or what they did with the status in brackets (10) × action (3) × joint and position (4) × surface (3) WHEN parsed THEN a lead status change to the one status said', () => {
    expect(STANDING_PRODUCT.length).toBe(1500);
    expect(misread(every(STANDING_PRODUCT, 5))).toStrictEqual([]);
  });

  it('GIVEN a thing, a state the CRM has not, a VIP tier, a number or "only" before the bracket WHEN parsed THEN each is refused, never a status change', () => {
    expect(accepted(NOT_STANDING)).toStrictEqual([]);
  });

  it('GIVEN a trigger said as a header, a noun and "in" or "received" (6 × 2) × joint (5) × action (3) × surface (2) WHEN parsed THEN the record arriving', () => {
    expect(HEADER_PRODUCT.length).toBe(360);
    expect(misread(every(HEADER_PRODUCT, 2))).toStrictEqual([]);
  });

  it('GIVEN a header whose "in" says a language, a place, or a record the catalogue has not WHEN parsed THEN it is refused', () => {
    expect(accepted(NOT_HEADERS)).toStrictEqual([]);
  });

  it('GIVEN a webhook described by what it carries (3) with its source in brackets (3) × referred back to or not (4) × action (2) × joint (2) × surface (2) WHEN parsed THEN a webhook from that source', () => {
    expect(WEBHOOK_PRODUCT.length).toBe(288);
    expect(misread(every(WEBHOOK_PRODUCT, 2))).toStrictEqual([]);
  });

  it('GIVEN a webhook bracket with a second source, a test or "only" WHEN parsed THEN it is refused', () => {
    expect(accepted(NOT_WEBHOOKS)).toStrictEqual([]);
  });

  it('GIVEN a wait said as the outcome to look out for (2 × 3) × span (3) × "if not" (4) × action (3), and a form or a payment said as what comes back (5) × action (3) × surface (3) WHEN parsed THEN the wait with the action on its timeout', () => {
    expect(OUTCOME_PRODUCT.length).toBe(216);
    expect(misread(every(OUTCOME_PRODUCT, 2))).toStrictEqual([]);
    expect(misread(BACK_PRODUCT)).toStrictEqual([]);
  });

  it('GIVEN a look-out for an untracked event, by a day, on a record that does not come back, with no duration, or a USD booking WHEN parsed THEN each is refused', () => {
    expect(accepted(NOT_OUTCOMES)).toStrictEqual([]);
  });

  it('GIVEN an event (3) joined by "but" or "and" (2) to a negative wait on its subject (2) × action (3) WHEN parsed THEN the event starts the run and the wait follows, never every new lead with the form dropped', () => {
    expect(misread(BUT_PRODUCT)).toStrictEqual([]);
  });

  it('GIVEN a first wait for a booking, a form, a payment or a reply (4) then "if still nothing after another 4 days" (2 × 2) WHEN parsed THEN the second wait waits for the same event', () => {
    expect(misread(STILL_PRODUCT)).toStrictEqual([]);
  });

  it("GIVEN whose record it is before it (6) × opener (3) × action (3) × surface (2) WHEN parsed THEN the record's event; a word that picks some out is refused", () => {
    expect(misread(WHOSE_PRODUCT)).toStrictEqual([]);
    expect(accepted(NOT_WHOSE)).toStrictEqual([]);
  });

  it('GIVEN an email named by its quoted subject (3) after an event (2), alone or last after a wait, × arrow (2) WHEN parsed THEN an email is sent there, never dropped', () => {
    expect(misread(QUOTED_EMAIL_PRODUCT)).toStrictEqual([]);
  });
});

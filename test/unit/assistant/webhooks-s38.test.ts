import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  FORM_TOOL_CLASS,
  FORM_TOOL_REFUSED,
  SENDER_AFTER_CLASS,
  SENDER_REFUSED,
  WEBHOOK_CARRIES_CLASS,
  WEBHOOK_EACH_ONE_CLASS,
  WEBHOOK_INTRO_CLASS,
  WEBHOOK_INTRO_REFUSED,
} from './classes/webhooks-s38';
import { misread } from './misread';

const read = (requests: readonly string[]): string[] => requests.filter((r) => parsePrompt(r).ok);

describe('webhook-triggered requests as fresh writers say them (session 38)', () => {
  it('GIVEN a webhook introduced with its source name ("(source "ruby")", "called "webform"", "I set the source name as angi", "a webhook from donorbox when …") and referred to in the next sentence ("When that comes in", "when that happens") WHEN parsed THEN a webhook from that source, with the next sentence\'s steps', () => {
    expect(WEBHOOK_INTRO_CLASS.length).toBe(180);
    expect(misread(WEBHOOK_INTRO_CLASS)).toStrictEqual([]);
    expect(misread(WEBHOOK_EACH_ONE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN the introduction said back WHEN parsed THEN the note names the source and says what the webhook is about is not tested', () => {
    const result = parsePrompt(
      'our portal can post a webhook (source name "genmon") when a unit throws a fault. when that happens post it in #service',
    );
    expect(result.ok && result.notes.join(' ')).toContain('webhook from genmon');
    expect(result.ok && result.notes.join(' ')).toContain('not tested');
  });

  it('GIVEN an introduction one word away (a test in what it is about, two sources, an email, no referral) WHEN parsed THEN refused', () => {
    expect(read(WEBHOOK_INTRO_REFUSED)).toStrictEqual([]);
  });

  it("GIVEN a form tool said in brackets, inside the form's name, as where something comes in, in a sentence saying what it is for, or as a header (“Jotform: when a new declaration comes through”) WHEN parsed THEN that tool's form submitted", () => {
    expect(FORM_TOOL_CLASS.length).toBe(208);
    expect(misread(FORM_TOOL_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a form tool said with a test, or a payment service said where a form tool would be WHEN parsed THEN refused', () => {
    expect(read(FORM_TOOL_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN what a webhook carries in brackets after its sender ("a webhook from CARFAX (service due reminder)") WHEN parsed THEN a webhook from that sender with only the steps said, the bracket said back (it was read as an email step)', () => {
    expect(misread(WEBHOOK_CARRIES_CLASS)).toStrictEqual([]);
  });

  it('GIVEN the sender said after the verb ("a payment webhook arrives from Square", "a webhook comes in from Mollie", "on a payment webhook from Stripe") WHEN parsed THEN a webhook from that sender, never from "payment" with a test of trigger.source', () => {
    expect(misread(SENDER_AFTER_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a webhook with no sender but what it carries, two senders, or an origin ("a Zapier webhook from our Facebook lead ads", which a webhook\'s detail has no field for) WHEN parsed THEN refused', () => {
    expect(read(SENDER_REFUSED)).toStrictEqual([]);
  });
});

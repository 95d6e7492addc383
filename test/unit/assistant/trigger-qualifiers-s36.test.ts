import { describe, expect, it } from 'vitest';
import {
  BOOKED_WHAT_CLASS,
  EMAIL_WORDS_CLASS,
  EVERY_ONE_CLASS,
  TIME_AFTER_EVENT_REFUSED,
  UNREAD_QUALIFIER_REFUSED,
} from './classes/trigger-qualifiers-s36';
import { SENDER_FIRST_CLASS, SENDER_FIRST_REFUSED } from './classes/webhooks-said-s36';
import { misread, notRefused } from './misread';

describe('what is said right after a trigger (session 36): read into its test, or refused, never left out', () => {
  it('GIVEN an email said to arrive with words in it ("with "refund" in it", "with the word "urgent"", "with "x" in the subject") × five ways to say it arrives WHEN parsed THEN the email event tested for those words', () => {
    expect(EMAIL_WORDS_CLASS.length).toBe(30);
    expect(misread(EMAIL_WORDS_CLASS)).toStrictEqual([]);
  });

  it('GIVEN what was booked, quoted after an article ("an appointment is booked for a "state inspection"", "someone books a "Full Groom"", "New booking for …") WHEN parsed THEN the booking event tested for that title', () => {
    expect(BOOKED_WHAT_CLASS.length).toBe(42);
    expect(misread(BOOKED_WHAT_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a qualifier no record keeps right after the event ("from a VIP", "about a warranty claim", "for a repeat customer", "with an attachment") WHEN parsed THEN refused, quoting it; where every event happens ("in the CRM", "with us") is no qualifier', () => {
    expect(notRefused(UNREAD_QUALIFIER_REFUSED)).toStrictEqual([]);
    expect(notRefused(TIME_AFTER_EVENT_REFUSED)).toStrictEqual([]);
    expect(misread(EVERY_ONE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a webhook said with its named sender first ("Tekmetric sends us a webhook when …", "our booking system (Vagaro) fires a webhook …", "we get a webhook from Time To Pet every time …") WHEN parsed THEN a webhook from that sender, its words joined; a description that says a test, or no sender named, is refused', () => {
    expect(SENDER_FIRST_CLASS.length).toBe(105);
    expect(misread(SENDER_FIRST_CLASS)).toStrictEqual([]);
    expect(notRefused(SENDER_FIRST_REFUSED)).toStrictEqual([]);
  });
});

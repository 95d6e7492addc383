import { describe, expect, it } from 'vitest';
import {
  AUTOMATION_BREAKS_CLASS,
  BARE_SHAPES_CLASS,
  DELAYED_RUN_ON_CLASS,
  GETS_TAGGED_CLASS,
  NEW_HAS_TAG_CLASS,
  REPLY_TO_EMAIL_CLASS,
  REQUEST_FROM_SITE_CLASS,
  TRIGGER_SHAPES_REFUSED,
  UPLOADED_KIND_CLASS,
} from './classes/trigger-shapes-s36';
import { WEEK_CONTEXT_CLASS, WEEK_CONTEXT_REFUSED } from './classes/week-context-s36';
import { misread, notRefused } from './misread';

describe('trigger clauses in the shapes fresh writers use (session 36)', () => {
  it('GIVEN a tag put on someone ("someone got tagged "bite risk"??", "if a customer gets tagged "comeback"") or a new one with a tag ("if a new client has the tag "multi-dog"") WHEN parsed THEN the update or the new lead with that tag', () => {
    expect(misread(GETS_TAGGED_CLASS)).toStrictEqual([]);
    expect(misread(NEW_HAS_TAG_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a trigger said bare ("client email comes in →", "New client in the system ->", "Vaccination record uploaded?") WHEN parsed THEN the email, the new lead, the file', () => {
    expect(misread(BARE_SHAPES_CLASS)).toStrictEqual([]);
    expect(misread(UPLOADED_KIND_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a request sent from the website ("new quote request from the website:", "a tow request comes in from the website form") WHEN parsed THEN a form submitted', () => {
    expect(misread(REQUEST_FROM_SITE_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a delay before its event with no comma ("2 hrs after a new client is added send …") or "one of these automations breaks" WHEN parsed THEN the event, the wait, the step; the failed workflow', () => {
    expect(misread(DELAYED_RUN_ON_CLASS)).toStrictEqual([]);
    expect(misread(AUTOMATION_BREAKS_CLASS)).toStrictEqual([]);
  });

  it('GIVEN a reply to one of our emails named by the trade ("replies to the quote email", "to my follow-up message") WHEN parsed THEN the reply, never an email step made of its last word', () => {
    expect(misread(REPLY_TO_EMAIL_CLASS)).toStrictEqual([]);
  });

  it('GIVEN the same shapes one word away ("in the system for 30 days", "client email bounces", "a quote request from a VIP", "gets tagged by mistake") WHEN parsed THEN refused, quoting what was not read', () => {
    expect(notRefused(TRIGGER_SHAPES_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a sentence about the business\'s week before a schedule on other weekdays ("Puppy class runs Saturdays. Every Friday at noon …") WHEN parsed THEN one schedule, the sentence said back as context; one that adds a day ("too", "also", "as well") or follows the schedule is refused', () => {
    expect(WEEK_CONTEXT_CLASS.length).toBe(18);
    expect(misread(WEEK_CONTEXT_CLASS)).toStrictEqual([]);
    expect(notRefused(WEEK_CONTEXT_REFUSED)).toStrictEqual([]);
  });
});

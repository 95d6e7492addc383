import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread } from './misread';
import type { Case } from './table/case';

/**
 * An email that arrives, said by who sends it and where (issue #16, session 44): "<person> emails" with nothing after
 * it, "<person> emails <one of our mailboxes>" (the mailbox not tested), "<kind> emails to <address>" and "… with a
 * question" are email.received, the address tested on `to`.
 */
const ARRIVALS: readonly Case[] = [
  ['When a guest emails, post in #reception', 'email.received', 'notify.slack'],
  ['when a tenant emails - tell Fiona', 'email.received', 'notify.team'],
  ['when someone emails reservations, post in #front-desk', 'email.received', 'notify.slack'],
  ['whenever a parent emails our office, let Mrs Patel know', 'email.received', 'notify.team'],
  [
    "when someone emails reservations and they're not already in the system as a guest, add them as a new lead",
    'email.received',
    'if(trigger.leadId exists false)[crm.createLead]',
  ],
  [
    'maintenance emails to help@lakeshorecondos.ca: search the knowledge base for the subject and email it back',
    'email.received {"to":["help@lakeshorecondos.ca"]}',
    'knowledge.search; email.send',
  ],
  [
    'warranty emails to claims@acme.com -> post in #claims',
    'email.received {"to":["claims@acme.com"]}',
    'notify.slack',
  ],
  [
    'when a tenant emails support@tenantsfirst.com.au with a question, look it up in our knowledge base and reply with the answer',
    'email.received {"to":["support@tenantsfirst.com.au"]}',
    'knowledge.search; email.send',
  ],
];

/** Sent, not received; a person named, not a mailbox; a word that tests which emails; no step. */
const TWINS = [
  'urgent emails to help@acme.com: post in #help',
  'when a lead emails Sam, tell Bob',
  'When a guest emails',
  'send welcome emails to help@acme.com',
];

describe('an email that arrives, said by who sends it and where (issue #16, session 44)', () => {
  it('GIVEN "<person> emails", "<person> emails <our mailbox>", "<kind> emails to <address>", "… with a question" WHEN parsed THEN an email received, to that address when one is said', () => {
    expect(misread(ARRIVALS)).toStrictEqual([]);
  });

  it('GIVEN a mailbox said by its name WHEN parsed THEN the note says it is not tested', () => {
    const result = parsePrompt('when someone emails reservations, post in #front-desk');
    expect(result.ok && result.notes.join(' ')).toContain('which mailbox ("reservations") is not tested');
  });

  it('GIVEN emails we send, a test word, a person emailed or no step WHEN parsed THEN refused', () => {
    expect(TWINS.filter((r) => parsePrompt(r).ok)).toStrictEqual([]);
  });
});

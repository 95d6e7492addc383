import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread } from './misread';
import type { Case } from './table/case';

/**
 * An email we send to an address (issue #16, session 44): "we email / send / forward <what we call it> to <address>",
 * "we email <address>", "we email the council at <address>" = email.sent tested on that `to`, often followed by a
 * wait for the reply.
 */
const SENT: readonly Case[] = [
  [
    'after we email a referral to the specialist centre (referrals@ucdvets.ie) wait up to 5 working days for an answer, if nothing comes back let Dr Ní Bhriain know',
    'email.sent {"to":["referrals@ucdvets.ie"]}',
    'waitFor(email.received,5BD,timeout:[notify.team])',
  ],
  [
    "once we've emailed a claim to claims@petplan.co.uk, wait 10 days for their reply. no reply → remind Maria to chase it",
    'email.sent {"to":["claims@petplan.co.uk"]}',
    'waitFor(email.received,P10D,timeout:[notify.team])',
  ],
  [
    "when we email quotes@supplier.com and there's no reply within 2 days, tell Bob",
    'email.sent {"to":["quotes@supplier.com"]}',
    'waitFor(email.received,P2D,timeout:[notify.team])',
  ],
  [
    "when we send a purchase order to orders@supplier.com and they don't reply in 2 days, tell Bob",
    'email.sent {"to":["orders@supplier.com"]}',
    'waitFor(email.received,P2D,timeout:[notify.team])',
  ],
  [
    'after we email the council at planning@council.gov.uk, wait 2 weeks for a reply and if none, tell Ana',
    'email.sent {"to":["planning@council.gov.uk"]}',
    'waitFor(email.received,P14D,timeout:[notify.team])',
  ],
  [
    'when we email a quote to bob@client.com, tell Mia',
    'email.sent {"to":["bob@client.com"]}',
    'notify.team',
  ],
  // own-nouns-events-s39's twin, refused there as no email received
  ['When we email jo@acme.com, add a note', 'email.sent {"to":["jo@acme.com"]}', 'crm.addNote'],
];

/** A subject said to start with a text ("starting", "beginning with"): a test that it starts so, never equal to "starting". */
const STARTING: readonly Case[] = [
  [
    "when an email comes in with a subject starting 'Quote', tell Sam",
    'email.received',
    'if(trigger.subject startsWith "Quote")[notify.team]',
  ],
  [
    "when an email comes in with a subject beginning with 'Invoice', post in #ap",
    'email.received',
    'if(trigger.subject startsWith "Invoice")[notify.slack]',
  ],
];

/** An address as the destination of a step, or what we do not send: never the trigger. */
const NOT_SENT: readonly (readonly [string, string])[] = [
  ['email bob@client.com when a lead comes in', 'lead.created'],
  ['when a lead emails quotes@supplier.com, tell Bob', 'email.received {"to":["quotes@supplier.com"]}'],
];

describe('an email we send to an address (issue #16, session 44)', () => {
  it('GIVEN "we email / send <thing> to <address>", "we email <address>", "… the council at <address>" WHEN parsed THEN email.sent tested on that to, with the wait for the reply', () => {
    expect(misread(SENT)).toStrictEqual([]);
  });

  it('GIVEN a subject "starting" or "beginning with" a text WHEN parsed THEN the subject is tested to start with it', () => {
    expect(misread(STARTING)).toStrictEqual([]);
    const result = parsePrompt("when an email comes in with a subject starting 'Quote', tell Sam");
    expect(JSON.stringify(result)).not.toContain('"starting"');
  });

  it('GIVEN an address as where a step goes, or where an email arrives WHEN parsed THEN no email.sent trigger', () => {
    for (const [prompt, trigger] of NOT_SENT) {
      const result = parsePrompt(prompt);
      expect(result.ok && result.definition.trigger).toMatchObject(
        trigger === 'lead.created'
          ? { type: 'event', event: 'lead.created' }
          : { type: 'event', event: 'email.received' },
      );
    }
  });
});

import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread } from './misread';
import type { Case } from './table/case';

/** A file arriving in a named folder, in the verbs people use ("shows up", "gets put", "lands", "appears"). */
const FILE_ARRIVALS: readonly Case[] = [
  [
    'When a new file shows up in the Signed Retainers folder, post it to #new-clients',
    'file.updated {"file.folder":["Signed Retainers"]}',
    'notify.slack',
  ],
  [
    'when a new file gets put in the Permits folder let Sarah know',
    'file.updated {"file.folder":["Permits"]}',
    'notify.team',
  ],
  [
    'whenever anything gets put in the Safeguarding folder notify our safeguarding lead Aoife',
    'file.updated {"file.folder":["Safeguarding"]}',
    'notify.team',
  ],
  [
    'when a document lands in the Contracts folder, tell Sam',
    'file.updated {"file.folder":["Contracts"]}',
    'notify.team',
  ],
  [
    'when a file appears in our client intake folder notify the team',
    'file.updated {"file.folder":["client intake"]}',
    'notify.team',
  ],
];

/** A new lead's tag said with "with": "comes in with the tag X", "is added with the X tag". */
const ARRIVES_TAGGED: readonly Case[] = [
  [
    'when a lead comes in with the tag immigration, email them',
    'lead.created {"lead.tags":["immigration"]}',
    'email.send',
  ],
  [
    'every time a lead comes in with the tag immigration, search our knowledge base for "visa options" and send them what we have',
    'lead.created {"lead.tags":["immigration"]}',
    'knowledge.search; email.send',
  ],
  [
    'when a new lead is added with the immigration tag, email them',
    'lead.created {"lead.tags":["immigration"]}',
    'email.send',
  ],
  [
    'when someone new is added with the volunteer tag, email them',
    'lead.created {"lead.tags":["volunteer"]}',
    'email.send',
  ],
  [
    'when a lead is created with the tag "VIP client", email them',
    'lead.created {"lead.tags":["VIP client"]}',
    'email.send',
  ],
];

/** Twins: "tag them with the vip tag" is an action; a folder named by no name and anything with no folder stay refused. */
const TWINS: readonly Case[] = [
  ['when a lead comes in, tag them with the vip tag', 'lead.created', 'crm.updateLead'],
  [
    'When a new file is added to the Permits folder, let Sarah know',
    'file.updated {"file.folder":["Permits"]}',
    'notify.team',
  ],
];
const STILL_REFUSED = [
  'when anything is added, notify me',
  'when a file is uploaded to the shared folder notify me',
  'when a new file gets put in a folder let Sarah know',
  'when a file is uploaded to the Permits or Inspections folder notify me',
];

describe('arrivals said in the writers words (session 38, a2)', () => {
  it('GIVEN a file that shows up, gets put, lands or appears in a named folder (one or two words) WHEN parsed THEN the trigger is file.updated filtered on that folder', () => {
    expect(misread(FILE_ARRIVALS)).toStrictEqual([]);
  });

  it('GIVEN a new lead said "with the tag X" or "with the X tag" after its arrival WHEN parsed THEN the trigger filters on the tag', () => {
    expect(misread(ARRIVES_TAGGED)).toStrictEqual([]);
  });

  it('GIVEN the twins (tagging them with a tag, a file added to a folder) WHEN parsed THEN they read as before', () => {
    expect(misread(TWINS)).toStrictEqual([]);
  });

  it('GIVEN anything with no folder, a folder with no name or two folders WHEN parsed THEN it stays refused', () => {
    expect(STILL_REFUSED.filter((p) => parsePrompt(p).ok)).toStrictEqual([]);
  });
});

/** A payment by what it is for ("a retainer payment comes through") and an invoice "we issue": their events. */
const PAYMENTS_AND_INVOICES: readonly Case[] = [
  ['whenever a retainer payment comes through, tell Tom', 'invoice.paid', 'notify.team'],
  ['when a deposit payment comes in, email me', 'invoice.paid', 'notify.team'],
  ['when a membership payment is received, tag them member', 'invoice.paid', 'crm.updateLead'],
  ['every time we issue a new invoice post it to #billing in slack', 'invoice.created', 'notify.slack'],
  ['when we send a new invoice, notify the team', 'invoice.created', 'notify.team'],
];
/** A payment that is no full payment ("failed", "partial") or from a provider is not read as an invoice paid. */
const NOT_PAID = [
  'whenever a failed payment comes through, tell Tom',
  'whenever a partial payment comes through, tell Tom',
];

describe('payments and invoices said by what they are (session 38, a2)', () => {
  it('GIVEN a payment named by what it is for, or a new invoice we issue WHEN parsed THEN invoice.paid / invoice.created', () => {
    expect(misread(PAYMENTS_AND_INVOICES)).toStrictEqual([]);
  });

  it('GIVEN a failed or partial payment WHEN parsed THEN it stays refused, never an invoice paid', () => {
    expect(NOT_PAID.filter((p) => parsePrompt(p).ok)).toStrictEqual([]);
  });
});

/** Events no record of the catalogue keeps: refused quoting the event, never mapped to a near neighbour. */
const NOT_IN_THE_CATALOGUE = [
  ['when a new matter is opened, notify the team', 'when a new matter is opened'],
  [
    'when a job is marked complete, send the customer an invoice for 100 USD',
    'when a job is marked complete',
  ],
  ['when a unit throws a fault, email service@pikeelectric.ca', 'when a unit throws a fault'],
  ['when a shift is swapped, notify me', 'when a shift is swapped'],
] as const;

describe('events the catalogue lacks (session 38, a2)', () => {
  it('GIVEN an event no record keeps (a matter opened, a job completed, a fault) WHEN parsed THEN it is refused quoting it', () => {
    const notQuoted = NOT_IN_THE_CATALOGUE.filter(([prompt, said]) => {
      const result = parsePrompt(prompt);
      return result.ok || !result.problems.join(' ').includes(said);
    });
    expect(notQuoted).toStrictEqual([]);
  });
});

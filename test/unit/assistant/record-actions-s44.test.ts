import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { inputIn, misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Session 44 (a50), issue 16: record actions as people say them. MEANING: a record verb + the record in the trade's
 * words ("a guest record", "a new client record", "the tenant's lead") + its settings ("worth 15000", "tagged 'group'")
 * = crm.createLead / crm.updateLead with those settings. Rows are composed from parts in other trades' words.
 */

const EVENTS = [
  ['When a booking is made', 'booking.created'],
  ['whenever the enquiry form is submitted', 'form.submitted'],
] as const;
/** The record in the trade's noun, and whom it is for. */
const RECORDS = [
  'create a guest record for whoever booked it',
  'add a new client record for them',
  'add a patient record for whoever filled it in',
  'make a member profile for them',
  'create a customer entry for them',
] as const;
const TRADE_RECORDS: readonly Case[] = EVENTS.flatMap(([when, event]) =>
  RECORDS.map((record): Case => [`${when} ${record}`, event, 'crm.createLead']),
);

/** What a lead is created with: its value ("worth", "valued at") and a tag, quoted or not. */
const SETTINGS: readonly (readonly [string, Record<string, unknown>])[] = [
  [
    'whenever a wedding enquiry form is submitted create a lead worth 15000 tagged wedding',
    { value: 15000, tags: ['wedding'] },
  ],
  ["when the corporate form comes in create the lead tagged 'group'", { tags: ['group'] }],
  ['when the quote form is submitted add them as a lead valued at $2,500', { value: 2500 }],
  [
    "when a booking is made create a guest record worth 400 tagged 'returning'",
    { value: 400, tags: ['returning'] },
  ],
];

const IN_A_LIST: readonly Case[] = [
  [
    "group booking form -> create the lead tagged 'group' -> raise a £500 deposit invoice -> email them",
    'form.submitted',
    'crm.createLead; invoice.create; email.send',
  ],
  [
    "when the camp form comes in create the lead tagged 'summer-camp' and email them the kit list",
    'form.submitted',
    'crm.createLead; email.send',
  ],
];

/** A tag on the trade's person's lead or record. */
const THEIR_LEAD: readonly Case[] = [
  ["whenever an invoice goes overdue tag the tenant's lead in-arrears", 'invoice.overdue', 'crm.updateLead'],
  ["when an invoice is paid tag the client's record paid-up", 'invoice.paid', 'crm.updateLead'],
  ["when a booking is cancelled tag the guest's profile no-show", 'booking.cancelled', 'crm.updateLead'],
];

/** An invoice to a customer named by address (and name): no one from the trigger is needed. */
const BILLED: readonly (readonly [string, string, Record<string, unknown>])[] = [
  [
    'on the 1st of every month at 9am raise the $2,400 management fee invoice to Harbour View HOA (accounts@harbourviewhoa.org)',
    'cron(0 9 1 * ? *)',
    { customerEmail: 'accounts@harbourviewhoa.org', customerName: 'Harbour View HOA' },
  ],
  [
    'every monday at 8am send a $150 invoice for the cleaning retainer to billing@acme.co',
    'cron(0 8 ? * MON *)',
    { customerEmail: 'billing@acme.co' },
  ],
  [
    'on the 1st of each month at 10am invoice accounts@bigco.com for €500',
    'cron(0 10 1 * ? *)',
    { customerEmail: 'accounts@bigco.com' },
  ],
];

/** A lead's value set by the verbs people use ("bump", "increase"), and a new one put on file from a booking. */
const VALUES_AND_NEW: readonly (readonly [string, string, string, Record<string, unknown>])[] = [
  ['when a booking is made, bump their lead value to 500', 'booking.created', 'update-lead', { value: 500 }],
  ['when an invoice is paid, increase the deal value to $2k', 'invoice.paid', 'update-lead', { value: 2000 }],
  ['when someone books, save their details as a new client', 'booking.created', 'create-lead', {}],
  ['when a guest books a room, add them as a new guest', 'booking.created', 'create-lead', {}],
];

/** Near misses: a field no record has, a value that is no amount, a state no record has. */
const TWINS: readonly (readonly [string, string])[] = [
  ['when a van is booked tag the van', 'say which tag'],
  ['when a booking is made mark it urgent', 'mark it urgent'],
  ['when a booking is made create a van record for them', 'van record'],
  // the trade's noun after "record … as": the CRM's, never a line of the run's log
  ['when a client books, record them as a customer', 'record them as a customer'],
  // no customer named and no one in the trigger; an address with no amount is no invoice's customer
  ['on the 1st of every month at 9am raise a $2,400 invoice', 'no person or record'],
  ['every friday at 5pm send the invoice report to accounts@firm.com', 'no person or record'],
];

describe('record actions as people say them (session 44)', () => {
  it('GIVEN the lead said in the trade\'s noun ("a guest record", "a new client record", "a patient record") × whom it is for ("for whoever booked it") × event WHEN parsed THEN the lead created', () => {
    expect(misread(TRADE_RECORDS)).toStrictEqual([]);
  });

  it('GIVEN a lead created "worth 15000", "valued at $2,500", "tagged \'group\'" WHEN parsed THEN created with that value and tag', () => {
    expect(
      SETTINGS.flatMap(([prompt, wanted]) => {
        const input = inputIn(prompt, 'create-lead');
        const got = Object.fromEntries(Object.keys(wanted).map((k) => [k, input?.[k]]));
        return JSON.stringify(got) === JSON.stringify(wanted) ? [] : [`${prompt} → ${JSON.stringify(input)}`];
      }),
    ).toStrictEqual([]);
  });

  it('GIVEN a lead created with a quoted tag as a step of a list WHEN parsed THEN each step in order', () => {
    expect(misread(IN_A_LIST)).toStrictEqual([]);
  });

  it("GIVEN a tag on the trade's person's lead, record or profile WHEN parsed THEN that lead tagged", () => {
    expect(misread(THEIR_LEAD)).toStrictEqual([]);
  });

  it('GIVEN an invoice to a customer named by address ("the fee invoice to Harbour View HOA (accounts@…)", "invoice accounts@… for €500") on a schedule WHEN parsed THEN the invoice to that customer', () => {
    expect(
      BILLED.flatMap(([prompt, trigger, wanted]) => {
        const result = parsePrompt(prompt);
        const input = inputIn(prompt, 'create-invoice');
        const got = Object.fromEntries(Object.keys(wanted).map((k) => [k, input?.[k]]));
        return result.ok &&
          result.definition.trigger.type === 'schedule' &&
          misread([[prompt, trigger, 'invoice.create']]).length === 0 &&
          JSON.stringify(got) === JSON.stringify(wanted)
          ? []
          : [`${prompt} → ${JSON.stringify(input)}`];
      }),
    ).toStrictEqual([]);
  });

  it('GIVEN a lead\'s value "bumped" or "increased" to an amount, or a booking\'s person saved "as a new client" WHEN parsed THEN that value set, or the lead created', () => {
    expect(
      VALUES_AND_NEW.flatMap(([prompt, trigger, id, wanted]) => {
        const input = inputIn(prompt, id);
        const got = Object.fromEntries(Object.keys(wanted).map((k) => [k, input?.[k]]));
        const result = parsePrompt(prompt);
        const event =
          result.ok && result.definition.trigger.type === 'event' ? result.definition.trigger.event : '';
        return input && event === trigger && JSON.stringify(got) === JSON.stringify(wanted)
          ? []
          : [`${prompt} → ${JSON.stringify(input)}`];
      }),
    ).toStrictEqual([]);
  });

  it('GIVEN a tag on a thing, a state no record has, or a record of a thing WHEN parsed THEN refused', () => {
    expect(notRefused(TWINS)).toStrictEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { inputIn, misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Record actions as trades say them (issue #16, session 41; sets 32–34): a tag taken off, a tag on the trade's
 * person, a premium paid, a lead created with its tag or "if they aren't in the CRM" (what crm.createLead does by
 * itself: it returns the lead with that email), and fee invoices with their dollar said apart from the amount.
 */

const TAGS_OFF_AND_ON: readonly Case[] = [
  [
    'when a booking gets cancelled take the upcoming-fitting tag off the customer',
    'booking.cancelled',
    'crm.updateLead',
  ],
  ['when an invoice gets paid take the in-arrears tag off', 'invoice.paid', 'crm.updateLead'],
  ["when an invoice is paid take the 'late-payer' label off the client", 'invoice.paid', 'crm.updateLead'],
  ['after a booking is cancelled take the vip tag off their record', 'booking.cancelled', 'crm.updateLead'],
  ['when an invoice is overdue tag the client arrears', 'invoice.overdue', 'crm.updateLead'],
  ['when an invoice is overdue tag the tenant late-payer', 'invoice.overdue', 'crm.updateLead'],
  [
    "overdue invoice: send reminder, add note 'reminder sent', and tag the client arrears",
    'invoice.overdue',
    'invoice.sendReminder; crm.addNote; crm.updateLead',
  ],
  ['when a client pays their premium set them to customer', 'invoice.paid', 'crm.updateLead'],
  ['when a customer pays their premiums mark them as customer', 'invoice.paid', 'crm.updateLead'],
];

const TAGS_NOT_SO: readonly (readonly [string, string])[] = [
  ['when a booking is cancelled take the day off', 'take the day off'],
  ['when a booking is cancelled take the fitting tag off the calendar', 'off the calendar'],
  ['when an invoice is paid take the tag off', 'say which tag'],
  ['when an invoice is overdue tag the client', 'say which tag'],
];

const LEADS_CREATED: readonly Case[] = [
  [
    'when someone submits the quote form create them as a lead, source website, tag quote',
    'form.submitted',
    'crm.createLead',
  ],
  [
    'jotform submission comes in -> add them to the CRM as a new lead, tag web-form',
    'form.submitted {"source":["jotform"]}',
    'crm.createLead',
  ],
  [
    "when a tally form is submitted, add them as a lead, tag 'enquiry'",
    'form.submitted {"source":["tally"]}',
    'crm.createLead',
  ],
  [
    "When a booking comes in create a lead for the guest if they aren't in the CRM already",
    'booking.created',
    'crm.createLead',
  ],
  ["when a guest books, add them to the crm if they're not there", 'booking.created', 'crm.createLead'],
  [
    'everytime we get an email in from a client log it as a note on there record',
    'email.received',
    'crm.addNote',
  ],
  ['when we get a message in from a customer add a note to their lead', 'email.received', 'crm.addNote'],
  [
    'Inbound email → Find or Create Lead for the sender → Create Note "replied to the newsletter"',
    'email.received',
    'crm.createLead; crm.addNote',
  ],
  ['When a booking comes in, find or create the lead for the guest', 'booking.created', 'crm.createLead'],
  [
    'new jotform submission: look up or create the contact',
    'form.submitted {"source":["jotform"]}',
    'crm.createLead',
  ],
  // kept apart: a tag on someone, or a bare tag before more steps (a list of steps, as a tool's layout lists them)
  [
    'when someone submits the quote form create them as a lead, tag them as quote',
    'form.submitted',
    'crm.createLead; crm.updateLead',
  ],
  [
    'when someone submits the quote form create them as a lead, tag quote, and email them',
    'form.submitted',
    'crm.createLead; crm.updateLead; email.send',
  ],
];

const CREATED_AGAIN: readonly Case[] = [
  [
    "contact form: if the 'type' field says wholesale add them as a lead tagged wholesale, otherwise add them tagged retail",
    'form.submitted',
    'if(trigger.fields.type eq "wholesale")[crm.createLead]else[crm.createLead]',
  ],
  [
    'when the contact form is submitted, if the type is wholesale create a lead tagged wholesale, otherwise create one tagged retail',
    'form.submitted',
    'if(trigger.fields.type eq "wholesale")[crm.createLead]else[crm.createLead]',
  ],
];

const NOT_ON_FILE_ELSEWHERE: readonly (readonly [string, string])[] = [
  ['When a booking comes in, find or create the invoice', 'find or create the invoice'],
  // no lead created before: whom to add where is not said
  ['when a lead comes in add them tagged retail', 'add them tagged retail'],
  [
    "when a booking comes in send them a welcome email if they aren't in the CRM already",
    "if they aren't in the CRM already",
  ],
];

const FEE_INVOICES: readonly Case[] = [
  [
    'when a lead is marked as customer, create the $495 admin fee invoice',
    'lead.updated {"changes.status.to":["customer"]}',
    'invoice.create',
  ],
  [
    'when a lead is marked as customer, invoice them the $99 joining fee (NZD)',
    'lead.updated {"changes.status.to":["customer"]}',
    'invoice.create',
  ],
  [
    'when a lead is marked as customer, create an invoice for the $99 joining fee in CAD',
    'lead.updated {"changes.status.to":["customer"]}',
    'invoice.create',
  ],
  [
    'when a lead is marked as customer, invoice them NZ$99',
    'lead.updated {"changes.status.to":["customer"]}',
    'invoice.create',
  ],
  [
    'when a lead is marked as customer, invoice them $250 AUD',
    'lead.updated {"changes.status.to":["customer"]}',
    'invoice.create',
  ],
];

const LINE_ITEMS: readonly Case[] = [
  [
    'when a lead is marked as customer, raise an invoice for their opening order: 10 kegs at $210 each',
    'lead.updated {"changes.status.to":["customer"]}',
    'invoice.create',
  ],
  [
    'when a lead is marked as customer, create an invoice for 3 x $50',
    'lead.updated {"changes.status.to":["customer"]}',
    'invoice.create',
  ],
  [
    'when a lead is marked as customer, create an invoice for 12 cases of wine at £90 a case',
    'lead.updated {"changes.status.to":["customer"]}',
    'invoice.create',
  ],
];

const LINE_ITEMS_NOT_SO: readonly (readonly [string, string])[] = [
  ['when a lead is marked as customer, create an invoice for 10 kegs at 210 each', 'say the currency'],
  ['when a lead is marked as customer, create an invoice for 10 kegs', 'say the currency'],
  [
    'when a lead is marked as customer, create an invoice for their order: send them a thank you',
    'say the amount',
  ],
];

const NAMED_INVOICES: readonly Case[] = [
  [
    "when an invoice goes overdue, send a reminder, tag the customer 'slow-pay', and add a note with the invoice number",
    'invoice.overdue',
    'invoice.sendReminder; crm.updateLead; crm.addNote',
  ],
  ['when an invoice is paid, add a note with the invoice number', 'invoice.paid', 'crm.addNote'],
];

const FEES_WITHOUT_AMOUNT: readonly (readonly [string, string])[] = [
  ['when a lead is marked as customer, raise the broker fee invoice', 'say the amount to invoice'],
  ['when a lead is marked as customer, create the admin fee invoice', 'say the amount to invoice'],
  ['when a lead is marked as customer, invoice them the joining fee', 'say the amount to invoice'],
  // no invoice in the trigger: "the invoice number" names none
  ['when a lead comes in, add a note with the invoice number', 'invoice number'],
];

const lineOf = (prompt: string) => {
  const input = inputIn(prompt, 'create-invoice');
  return { currency: input?.currency, line: (input?.lines as unknown[] | undefined)?.[0] };
};

describe('record actions as trades say them (session 41)', () => {
  it('GIVEN a tag taken off ("take the in-arrears tag off"), a tag on the trade\'s person ("tag the client arrears") or a premium paid WHEN parsed THEN one crm.updateLead', () => {
    expect(misread(TAGS_OFF_AND_ON)).toStrictEqual([]);
    expect(inputIn(TAGS_OFF_AND_ON[1]?.[0] ?? '', 'tag-lead')).toStrictEqual({
      leadId: '{{trigger.invoice.leadId}}',
      removeTags: ['in-arrears'],
    });
    expect(inputIn(TAGS_OFF_AND_ON[4]?.[0] ?? '', 'tag-lead')).toStrictEqual({
      leadId: '{{trigger.invoice.leadId}}',
      addTags: ['arrears'],
    });
  });

  it('GIVEN "take … off" of something not a tag, off something not a person, or a tag not named WHEN parsed THEN refused, quoting it', () => {
    expect(notRefused(TAGS_NOT_SO)).toStrictEqual([]);
  });

  it('GIVEN a lead created with a bare tag ending the request, or "if they aren\'t in the CRM already" WHEN parsed THEN one crm.createLead carrying the tag (it de-duplicates by email by itself)', () => {
    expect(misread(LEADS_CREATED)).toStrictEqual([]);
    expect(inputIn(LEADS_CREATED[0]?.[0] ?? '', 'create-lead')).toStrictEqual({
      email: '{{trigger.lead.email}}',
      name: '{{trigger.lead.name}}',
      source: 'website',
      tags: ['quote'],
    });
    expect(inputIn(LEADS_CREATED[3]?.[0] ?? '', 'create-lead')).toStrictEqual({
      email: '{{trigger.booking.attendeeEmail}}',
    });
  });

  it('GIVEN the other branch of a lead created said as "add them tagged retail" or "create one tagged retail" WHEN parsed THEN a crm.createLead with that tag in each branch', () => {
    expect(misread(CREATED_AGAIN)).toStrictEqual([]);
    const result = parsePrompt(CREATED_AGAIN[0]?.[0] ?? '');
    const branch = result.ok ? result.definition.steps[0] : undefined;
    expect(branch && 'else' in branch ? branch.else?.[0] : undefined).toMatchObject({
      action: 'crm.createLead',
      input: { tags: ['retail'] },
    });
  });

  it('GIVEN "if they aren\'t in the CRM" after a step that creates no lead, or "add them tagged retail" with no lead created before WHEN parsed THEN still refused, quoting it', () => {
    expect(notRefused(NOT_ON_FILE_ELSEWHERE)).toStrictEqual([]);
  });

  it('GIVEN a fee invoice with its amount before the fee ("the $495 admin fee invoice") and its dollar said apart ("(NZD)", "in CAD", "NZ$99", "$250 AUD") WHEN parsed THEN invoice.create in that currency, the fee as its line', () => {
    expect(misread(FEE_INVOICES)).toStrictEqual([]);
    expect(lineOf(FEE_INVOICES[0]?.[0] ?? '')).toStrictEqual({
      currency: 'USD',
      line: { description: 'Admin fee', quantity: 1, unitPriceCents: 49500 },
    });
    expect(lineOf(FEE_INVOICES[1]?.[0] ?? '')).toStrictEqual({
      currency: 'NZD',
      line: { description: 'Joining fee', quantity: 1, unitPriceCents: 9900 },
    });
    expect(lineOf(FEE_INVOICES[2]?.[0] ?? '').currency).toBe('CAD');
    expect(lineOf(FEE_INVOICES[3]?.[0] ?? '').currency).toBe('NZD');
    expect(lineOf(FEE_INVOICES[4]?.[0] ?? '').currency).toBe('AUD');
  });

  it('GIVEN an invoice of a quantity at a price each ("10 kegs at $210 each", "3 x $50"), after a colon too WHEN parsed THEN invoice.create with that quantity and unit price', () => {
    expect(misread(LINE_ITEMS)).toStrictEqual([]);
    expect(lineOf(LINE_ITEMS[0]?.[0] ?? '')).toStrictEqual({
      currency: 'USD',
      line: { description: 'Kegs', quantity: 10, unitPriceCents: 21000 },
    });
    expect(lineOf(LINE_ITEMS[1]?.[0] ?? '').line).toStrictEqual({
      description: 'Services',
      quantity: 3,
      unitPriceCents: 5000,
    });
    expect(lineOf(LINE_ITEMS[2]?.[0] ?? '')).toStrictEqual({
      currency: 'GBP',
      line: { description: 'Cases of wine', quantity: 12, unitPriceCents: 9000 },
    });
  });

  it('GIVEN a quantity with no currency or no price, or an invoice with no amount before a colon WHEN parsed THEN refused, asking for it', () => {
    expect(notRefused(LINE_ITEMS_NOT_SO)).toStrictEqual([]);
  });

  it('GIVEN an invoice named by the word before it ("a $89 diagnostic invoice") or a note "with the invoice number" on an invoice\'s event WHEN parsed THEN invoice.create with that line, or a note carrying the number (never a new invoice)', () => {
    expect(misread(NAMED_INVOICES)).toStrictEqual([]);
    expect(inputIn(NAMED_INVOICES[1]?.[0] ?? '', 'add-note')?.text).toContain('{{trigger.invoice.number}}');
  });

  it('GIVEN a fee invoice with no amount ("raise the broker fee invoice") WHEN parsed THEN refused, asking for the amount', () => {
    expect(notRefused(FEES_WITHOUT_AMOUNT)).toStrictEqual([]);
  });
});

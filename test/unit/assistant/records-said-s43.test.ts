import { describe, expect, it } from 'vitest';
import { inputIn, misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Records as people say them (issue #16, session 43; sets 38–40): a record verb, the record in the trade's words and
 * its fields said as a list after it ("create a lead, tag hip-hop, source website"), "should become a lead", a
 * reply "to anything", a note on "the student's file" with "the invoice no. and amount", an invoice "£35 per
 * lesson" for the lesson booked, and "book them a 30 min quote call".
 */

const READ: readonly Case[] = [
  [
    'website enquiry form comes in → create a lead, tag hip-hop, source website',
    'form.submitted',
    'crm.createLead',
  ],
  [
    'new valuation request form → create a lead, tag lettings, source rightmove',
    'form.submitted',
    'crm.createLead',
  ],
  [
    'when the trial class form is submitted add them as a lead, tag beginner, status contacted',
    'form.submitted',
    'crm.createLead',
  ],
  [
    'every website enquiry form should become a lead with source = website',
    'form.submitted',
    'crm.createLead',
  ],
  ['every contact form submission becomes a lead, source website', 'form.submitted', 'crm.createLead'],
  [
    'each new Typeform response should turn into a lead with status new',
    'form.submitted {"source":["typeform"]}',
    'crm.createLead',
  ],
  ['when a parent replys to anything set them to contacted', 'email.received', 'crm.updateLead'],
  ['when a client responds to any of our emails, tag them engaged', 'email.received', 'crm.updateLead'],
  [
    "a booking gets cancelled - add a note to the student's file with the reason",
    'booking.cancelled',
    'crm.addNote',
  ],
  [
    "when a booking is cancelled add a note to the patient's record with the reason",
    'booking.cancelled',
    'crm.addNote',
  ],
  [
    'When a stage invoice is created add a note to the client record with the invoice no. and amount',
    'invoice.created',
    'crm.addNote',
  ],
  [
    'every time a lesson is booked create an invoice for it, £35 GBP per lesson',
    'booking.created',
    'invoice.create',
  ],
  [
    'when a session is booked raise an invoice, $60 per session, due in 7 days',
    'booking.created',
    'invoice.create',
  ],
  ['new lead comes in → book them a 30 min quote call', 'lead.created', 'calendar.schedule'],
  ['new enquiry → book her in for a 45 minute site survey call', 'lead.created', 'calendar.schedule'],
  [
    "make a lead out of every email that comes in (it'll skip dupes anyway)",
    'email.received',
    'crm.createLead',
  ],
  ['create a contact out of every form submission', 'form.submitted', 'crm.createLead'],
  ['when a booking is made, make a new lead out of the attendee', 'booking.created', 'crm.createLead'],
];

/** A field records do not have, more steps after the fields, a charge per month or per person, a time not read. */
const NOT_SO: readonly (readonly [string, string])[] = [
  ['website enquiry form comes in → create a lead, tag hip-hop, budget 500', 'budget 500'],
  ['every website enquiry form should become a priority', 'become a priority'],
  ['when a parent replies to anything about fees set them to contacted', 'about fees'],
  ['when an invoice is paid add a note with the invoice number and the due date', 'the due date'],
  ['every time a lesson is booked create an invoice for it, £35 GBP per month', 'per month'],
  ['every time a lesson is booked create an invoice for it, £35 GBP per student', 'per student'],
  ['new lead comes in → book them a 30 min call next tuesday', 'next tuesday'],
  ['make a lead out of it', 'what starts the workflow'],
];

/** An email from someone not on file: the lead made only when the sender is no lead (email.received's leadId). */
const NOT_ON_FILE: readonly Case[] = [
  [
    "when we get an email from someone who isn't in the CRM yet, add them as a new lead",
    'email.received',
    'if(trigger.leadId exists false)[crm.createLead]',
  ],
  [
    "when an email comes in from a client who isn't in our database, add them as a lead",
    'email.received',
    'if(trigger.leadId exists false)[crm.createLead]',
  ],
  [
    'When someone new emails us and they are not in the system yet, create a lead for them',
    'email.received',
    'if(trigger.leadId exists false)[crm.createLead]',
  ],
  [
    "when an email comes in from someone who isn't in our system yet, create them as a candidate",
    'email.received',
    'if(trigger.leadId exists false)[crm.createLead]',
  ],
  [
    "when an email comes in from someone who isn't in the CRM yet, tell Jo",
    'email.received',
    'if(trigger.leadId exists false)[notify.team]',
  ],
];

/** "someone new" alone, and an invoice's customer, are not read as the sender's test. */
const NOT_ON_FILE_NOT_SO: readonly (readonly [string, string])[] = [
  ['when someone new emails us, tell Jo', 'someone new emails us'],
  // a paid invoice's customer is on file: "create them as a customer" is not read as the status it would not set
  ['when an invoice is paid create them as a customer', 'create them as a customer'],
  [
    "when a new invoice is created for someone who isn't in the CRM yet, add them as a lead",
    "who isn't in the CRM",
  ],
];

describe('records as people say them (session 43)', () => {
  it('GIVEN an email from someone not on file WHEN parsed THEN the step runs only when the sender is no lead', () => {
    expect(misread(NOT_ON_FILE)).toStrictEqual([]);
    expect(notRefused(NOT_ON_FILE_NOT_SO)).toStrictEqual([]);
  });

  it('GIVEN a record verb, the record in the trade words and its fields WHEN parsed THEN that record action', () => {
    expect(misread(READ)).toStrictEqual([]);
  });

  it('GIVEN fields listed after the create WHEN parsed THEN the lead is created with them', () => {
    expect(
      inputIn('website enquiry form comes in → create a lead, tag hip-hop, source website', 'create-lead'),
    ).toMatchObject({
      source: 'website',
      tags: ['hip-hop'],
    });
    expect(
      inputIn(
        'when the trial class form is submitted add them as a lead, tag beginner, status contacted',
        'create-lead',
      ),
    ).toMatchObject({ status: 'contacted', tags: ['beginner'] });
  });

  it('GIVEN the invoice number and amount, a price per lesson, a 30 min call WHEN parsed THEN each is in the step', () => {
    const note = inputIn(
      'When a stage invoice is created add a note to the client record with the invoice no. and amount',
      'add-note',
    );
    expect(note?.text).toContain('{{trigger.invoice.number}}');
    expect(note?.text).toContain('{{trigger.invoice.totalCents}}');
    expect(
      inputIn('every time a lesson is booked create an invoice for it, £35 GBP per lesson', 'create-invoice'),
    ).toMatchObject({ currency: 'GBP', lines: [{ quantity: 1, unitPriceCents: 3500 }] });
    expect(inputIn('new lead comes in → book them a 30 min quote call', 'schedule-meeting')).toMatchObject({
      durationMinutes: 30,
    });
  });

  it('GIVEN a field records lack, a charge per month or person, words not read WHEN parsed THEN refused, quoted', () => {
    expect(notRefused(NOT_SO)).toStrictEqual([]);
  });
});

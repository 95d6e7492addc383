import type { Case } from './case';

/** Actions that create or change records: leads, notes, tags, invoices, files. */
export const RECORDS: readonly Case[] = [
  [
    'When a form is submitted, create a lead and send them a welcome email',
    'form.submitted',
    'crm.createLead; email.send',
  ],
  [
    'When someone fills out the demo request form, add them to the CRM, tag them as demo and notify sales',
    'form.submitted',
    'crm.createLead; crm.updateLead; notify.team',
  ],
  ['When a lead replies, log a note', 'email.received', 'crm.addNote'],
  [
    "When a booking is created, log a note saying 'Booked a call' and send a confirmation email",
    'booking.created',
    'crm.addNote; email.send',
  ],
  [
    'When a typeform is submitted, create a contact',
    'form.submitted {"source":["typeform"]}',
    'crm.createLead',
  ],
  ['When an email arrives from a new person, save them as a lead', 'email.received', 'crm.createLead'],
  ['When a meeting is booked, create an invoice for $200', 'booking.created', 'invoice.create'],
  [
    'After a consultation is booked, bill them 150 EUR for the consultation',
    'booking.created',
    'invoice.create',
  ],
  [
    'When a lead is qualified, add a note that they are ready for a demo',
    'lead.updated {"changes.status.to":["qualified"]}',
    'crm.addNote',
  ],
  [
    'When someone submits the quote request form, create a lead with the tag quote and email sales@acme.com',
    'form.submitted',
    'crm.createLead; email.send',
  ],
  [
    'When a new lead is created, create a file with their details in the leads folder',
    'lead.created',
    'files.create',
  ],
  ['When a reply comes in, record a note on their timeline with the reply', 'email.received', 'crm.addNote'],
  ['When an invoice is paid, create a note on the lead saying "Paid in full"', 'invoice.paid', 'crm.addNote'],
  [
    'When a form is submitted, add the person to our contacts and tag them as newsletter',
    'form.submitted',
    'crm.createLead; crm.updateLead',
  ],
  [
    'When a demo is booked, add a note, create an invoice for 500 USD and send a confirmation',
    'booking.created',
    'crm.addNote; invoice.create; email.send',
  ],
  ['When a lead signs up, tag them vip', 'lead.created', 'crm.updateLead'],
  ['When a booking is made, charge them £45', 'booking.created', 'invoice.create'],
  [
    'When a deal is won, invoice the client €1,500',
    'lead.updated {"changes.status.to":["customer"]}',
    'invoice.create',
  ],
  ['When a form is submitted, add the person as contact', 'form.submitted', 'crm.createLead'],
  [
    'When a new Tally respondent comes in, add them to the CRM',
    'form.submitted {"source":["tally"]}',
    'crm.createLead',
  ],
  ['When a lead signs up, send them our onboarding guide', 'lead.created', 'email.send'],
  ['When a demo is booked, email the attendee the slides', 'booking.created', 'email.send'],
  ['When a lead signs up, update the sales team', 'lead.created', 'notify.team'],
];

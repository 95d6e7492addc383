import type { Case } from './case';

/** Records as actions in everyday wordings: notes, tags and lists, statuses and stages, values, invoices, meetings. */
export const RECORD_UPDATES: readonly Case[] = [
  [
    'When a lead replies, jot a note in their record and mark them as contacted',
    'email.received',
    'crm.addNote; crm.updateLead',
  ],
  [
    'When a new lead comes in, give them a "trial" tag and put them on the onboarding list',
    'lead.created',
    'crm.updateLead',
  ],
  [
    'When a new lead arrives, set the lead status to "qualified" and add the inbound tag',
    'lead.created',
    'crm.updateLead',
  ],
  ['After a call is booked, create a 120 EUR invoice for them', 'booking.created', 'invoice.create'],
  [
    'When a lead replies, update the deal value to 3000 and notify sales',
    'email.received',
    'crm.updateLead; notify.team',
  ],
  [
    'When someone fills in the form, add them as a contact and tag them "form"',
    'form.submitted',
    'crm.createLead; crm.updateLead',
  ],
  ['When a lead replies, leave a note on the lead saying "replied"', 'email.received', 'crm.addNote'],
  ['When a new lead comes in, flag them with the hot label', 'lead.created', 'crm.updateLead'],
  ['When a lead replies, subscribe them to our newsletter list', 'email.received', 'crm.updateLead'],
  ['When a new lead comes in, mark the lead as a customer', 'lead.created', 'crm.updateLead'],
  ['When a booking is made, send them a bill for 90 EUR', 'booking.created', 'invoice.create'],
];

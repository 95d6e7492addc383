import type { Case } from './case';

/**
 * Actions, record tests and many records said by their meaning (session 31, h8), written by hand in the words of
 * other trades than the generated class: being told as a wish ("I'd want to hear about it", "keep the partners in
 * the loop"), a status as a move ("knock them back to contacted"), what a trade books ("line up a property
 * valuation"), a tax with the amount, the record's place or currency right after its event, and many records by
 * what they have on a day or what they owe.
 */
export const MEANINGS: readonly Case[] = [
  ['When a new client signs up, we need to know about it', 'lead.created', 'notify.team'],
  ['A new enquiry comes in? Our practice manager must hear about it', 'lead.created', 'notify.team'],
  ['When an invoice is paid, keep the partners in the loop', 'invoice.paid', 'notify.team'],
  ['Make sure Priya knows whenever a viewing gets cancelled', 'booking.cancelled', 'notify.team'],
  ['When a lead replies, push them back to contacted', 'email.received', 'crm.updateLead'],
  ['When a booking is cancelled, their status should go back to new', 'booking.cancelled', 'crm.updateLead'],
  [
    'When a landlord fills in the enquiry form, line up a property valuation',
    'form.submitted',
    'calendar.schedule',
  ],
  ['When a new lead comes in, book them in for a viewing next week', 'lead.created', 'calendar.schedule'],
  [
    'When a new client is added, invoice them for the onboarding fee: £600 plus VAT at 20%',
    'lead.created',
    'invoice.create',
  ],
  [
    'When a site visit is booked at Harbour House, notify #lettings',
    'booking.created',
    'if(trigger.booking.location eq "Harbour House")[notify.slack]',
  ],
  [
    'When an invoice is raised in EUR, post it in #finance',
    'invoice.created',
    'if(trigger.invoice.currency eq "EUR")[notify.slack]',
  ],
  [
    "When an enquiry form comes in with budget 'Over 1m', tell Sam",
    'form.submitted',
    'if(trigger.fields.budget eq "Over 1m")[notify.team]',
  ],
  [
    "Every weekday at 7:30, email tomorrow's visitors the parking details",
    'cron(30 7 ? * MON-FRI *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'Each Friday, remind every tenant with overdue rent',
    'cron(0 9 ? * FRI *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    'Every morning at 8, email anyone who has an inspection booked for today',
    'cron(0 8 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
];

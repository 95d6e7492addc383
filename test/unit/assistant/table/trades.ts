import type { Case } from './case';

/**
 * The business's own nouns (session 27): small businesses and trades writing about their own bookings, invoices,
 * forms, people and records. Hand-written beside the generated class (classes/trade-nouns.ts).
 */
export const TRADES: readonly Case[] = [
  [
    'Hi! When a customer books a car service, email them a confirmation and add a note to their lead',
    'booking.created',
    'email.send; crm.addNote',
  ],
  [
    "We're an estate agency. Whenever a buyer books a viewing, ping #viewings on Slack",
    'booking.created',
    'notify.slack',
  ],
  [
    'As soon as a wedding is booked, create a deposit invoice for 500 EUR and notify the team',
    'booking.created',
    'invoice.create; notify.team',
  ],
  ['When a table is reserved online, send the guest a confirmation email', 'booking.created', 'email.send'],
  ['If a homeowner books a site visit, post it in #jobs', 'booking.created', 'notify.slack'],
  ['When a guest books a tasting, send them a confirmation email', 'booking.created', 'email.send'],
  ['When a guest makes a reservation, send them a confirmation email', 'booking.created', 'email.send'],
  ['When a student enrols, send a welcome email', 'lead.created', 'email.send'],
  ['When a member books a spin class, add a note to their lead', 'booking.created', 'crm.addNote'],
  ['When a pupil books a driving lesson, notify the team', 'booking.created', 'notify.team'],
  ['When someone books in for an MOT, send them a confirmation email', 'booking.created', 'email.send'],
  [
    'When a client cancels their colour appointment, notify the team on Slack',
    'booking.cancelled',
    'notify.slack',
  ],
  [
    'When a job invoice is paid, send the customer a thank-you email and notify finance',
    'invoice.paid',
    'email.send; notify.team',
  ],
  ['When a repair invoice goes overdue, send a payment reminder', 'invoice.overdue', 'invoice.sendReminder'],
  [
    'When a client books a consultation, send them an invoice for 150 GBP',
    'booking.created',
    'invoice.create',
  ],
  [
    'When someone comes in through the contact form, add them as a lead and notify sales',
    'form.submitted',
    'crm.createLead; notify.team',
  ],
  [
    'When a patient fills out the registration form, add them to the CRM as a lead',
    'form.submitted',
    'crm.createLead',
  ],
  [
    "When someone submits the 'Free quote' form, add them as a lead and email them our price list",
    'form.submitted {"form":["Free quote"]}',
    'crm.createLead; email.send',
  ],
  ['New enquiry through the website form -> notify the team', 'form.submitted', 'notify.team'],
  [
    'When a trial member is added, send them a welcome email and tag them as onboarding',
    'lead.created {"lead.tags":["trial"]}',
    'email.send; crm.updateLead',
  ],
  ['When a new student signs up, email them the timetable', 'lead.created', 'email.send'],
  ['When a VIP client books a session, notify Anna', 'booking.created {"lead.tags":["vip"]}', 'notify.team'],
  [
    'Every Monday, send each qualified buyer a follow-up email',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'Every morning at 8, remind the customers whose events are tomorrow by email',
    'cron(0 8 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'Each day at 9, send a payment reminder to every client with an unpaid invoice',
    'cron(0 9 * * ? *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    "When we email a homeowner a quote and they don't respond in 5 days, send a follow-up",
    'email.sent[message]',
    'waitFor(email.received,P5D,timeout:[email.send])',
  ],
  [
    "We send clients a proposal and if they don't reply within a week, notify sales",
    'email.sent[message]',
    'waitFor(email.received,P7D,timeout:[notify.team])',
  ],
];

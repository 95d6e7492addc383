import type { Case } from './case';

/**
 * Events said of a record as a noun phrase and a verb (session 30, h8), written by hand: a possessive as the
 * determiner ("a member's subs invoice"), the business's own name for all its invoices ("placement", "deposit",
 * "sponsor"), forms and bookings by their role in a trade (an RSVP, an application, a timesheet, a waiver; a viewing,
 * a tasting), verbs by meaning in any aspect and voice ("lands in our inbox", "has been sent in", "gets confirmed",
 * "has been called off", "is booked in"), and the people of a trade doing what the catalogue records. Also
 * reminders to whoever holds a post and reminders named by their topic, many records by a trade's booking noun, a
 * status said as where they sit, a tag in brackets, and action phrases: a trade's booking cancelled, "make sure
 * they're in the CRM" (a lead created if missing: crm.createLead de-duplicates).
 */
export const NOUN_PHRASES: readonly Case[] = [
  ["When a member's subs invoice is paid, notify #treasurer", 'invoice.paid', 'notify.slack'],
  ['When a placement invoice has been paid, email the consultant', 'invoice.paid', 'email.send'],
  [
    "Once our client's deposit invoice goes overdue, send them a payment reminder",
    'invoice.overdue',
    'invoice.sendReminder',
  ],
  ['As soon as a sponsor invoice is raised, post it in #finance', 'invoice.created', 'notify.slack'],
  ["The couple's deposit invoice gets paid? Email them the menu options", 'invoice.paid', 'email.send'],
  ['When a deposit invoice is paid, notify the team', 'invoice.paid', 'notify.team'],
  ['New RSVP: email them the directions', 'form.submitted', 'email.send'],
  ['When a guest RSVPs, send them the schedule', 'form.submitted', 'email.send'],
  ['An application lands in our inbox? Add them to the CRM', 'form.submitted', 'crm.createLead'],
  ['When a new starter fills in their timesheet, notify Sam', 'form.submitted', 'notify.team'],
  ["When the candidate's application has been sent in, ping #recruiting", 'form.submitted', 'notify.slack'],
  ['When a candidate applies, notify #hr', 'form.submitted', 'notify.slack'],
  ['When a patient is booked in, send them the intake form', 'booking.created', 'email.send'],
  [
    'When an exhibitor sends back the booking form, email them the floor plan',
    'form.submitted',
    'email.send',
  ],
  ["Email the team when a couple's tasting is scheduled", 'booking.created', 'notify.team'],
  ['When a bride pays her deposit invoice, notify #weddings', 'invoice.paid', 'notify.slack'],
  ["Every Monday, remind whoever's on call to check the queue", 'cron(0 9 ? * MON *)', 'notify.team'],
  [
    'Every weekday at 8 remind whoever is on call to check the inbox',
    'cron(0 8 ? * MON-FRI *)',
    'notify.team',
  ],
  ['Each morning remind the person on duty to check the alerts', 'cron(0 9 * * ? *)', 'notify.team'],
  ['Every Friday post the open roles reminder in Slack', 'cron(0 9 ? * FRI *)', 'notify.slack'],
  [
    'Every morning email candidates who have an interview tomorrow',
    'cron(0 9 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'Every Monday email all leads sitting in qualified',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'Every Friday email leads (tag jobfair-2026) a thank-you note',
    'cron(0 9 ? * FRI *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'When a tasting is booked, if they are tagged spam, cancel the slot',
    'booking.created {"lead.tags":["spam"]}',
    'calendar.cancel',
  ],
  ["When an interview is booked, make sure they're in the CRM", 'booking.created', 'crm.createLead'],
];

import type { Case } from './case';

/**
 * Many records, bookings, recipients and reports written by hand in other trades' words than the generated class
 * (session 33, h8): a florist's trade accounts, a bakery's wholesale customers, a dance school's pupils, a bike shop's
 * service bookings, a language school's tutors; the filter in brackets or quotes, bookings of any noun, the record by
 * its noun, several people told, a report to a folder, a button, a count of people.
 */
export const POPULATIONS: readonly Case[] = [
  [
    'Every Tuesday at 8am email all our trade accounts (tagged trade) the new price list',
    'cron(0 8 ? * TUE *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'every thursday morning send an email to each cafe (tagged cafe)',
    'cron(0 9 ? * THU *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    "On the 1st of each month at 10am, email every former pupil with status 'lost'",
    'cron(0 10 1 * ? *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'Every evening at 6 email everyone who is booked in for tonight',
    'cron(0 18 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'At 8am every day, for each bike service tomorrow, send the customer a reminder',
    'cron(0 8 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  ['When a new pupil signs up, book their assessment', 'lead.created', 'calendar.schedule'],
  [
    'Once a lead becomes a customer, book them in for a bike fit',
    'lead.updated {"changes.status.to":["customer"]}',
    'calendar.schedule',
  ],
  ['When the trade enquiry form is submitted, create the florist', 'form.submitted', 'crm.createLead'],
  [
    'If an invoice goes overdue, mark the corresponding invoice as paid',
    'invoice.overdue',
    'invoice.markPaid',
  ],
  ['When a booking is cancelled, ping Marta and Joe', 'booking.cancelled', 'notify.team; notify.team'],
  [
    'Every Friday at 5pm send the weekly summary to Marta and Joe',
    'cron(0 17 ? * FRI *)',
    'report.summarize; notify.team; notify.team',
  ],
  [
    'Every Monday at 7am put the weekly report in the Bookkeeping folder',
    'cron(0 7 ? * MON *)',
    'report.summarize; files.create',
  ],
  [
    'Give me a button so I can email all our campers (tagged summer)',
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'We have about 20k people on our list. Every January 2nd at 9am email all customers tagged lapsed',
    'cron(0 9 2 1 ? *)',
    'crm.exportLeads; forEach[email.send]',
  ],
];

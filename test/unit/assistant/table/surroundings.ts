import type { Case } from './case';

/**
 * What surrounds a request without being part of it (session 29, h6): client and context labels before, after or
 * inside it, headers and notes to self, who wants it. Hand-written beside the generated classes
 * (classes/labels.ts). The lead told h6 these classes, described from misses of sealed sets 21 and 22 without their
 * requests; the requests below are invented here.
 */
export const SURROUNDINGS: readonly Case[] = [
  [
    "For Greenfield Landscaping: every Friday at 4pm, post a summary of the week's new leads in #greenfield",
    'cron(0 16 ? * FRI *)',
    'report.summarize; notify.slack',
  ],
  ['Riverside Pilates wants every new booking to get a confirmation email', 'booking.created', 'email.send'],
  [
    'Client = Lumen Optics. When an invoice becomes overdue, send the client a reminder',
    'invoice.overdue',
    'invoice.sendReminder',
  ],
  [
    'Re: Tidewater Books — when someone fills in the contact form, add them as a lead',
    'form.submitted',
    'crm.createLead',
  ],
  ['When a lead replies, notify me on Slack (for Northwind Traders)', 'email.received', 'notify.slack'],
  [
    'Hey! Quick one for the Cobalt Coffee account: when a new lead arrives, send them our welcome email',
    'lead.created',
    'email.send',
  ],
  [
    'When a booking is cancelled, email the team at ops@cobalt.coffee. Account: Cobalt Coffee',
    'booking.cancelled',
    'email.send',
  ],
  [
    'The client would like a Slack alert in #wins whenever an invoice is paid',
    'invoice.paid',
    'notify.slack',
  ],
  [
    "Note to self: every weekday at 8am, send me a digest of yesterday's new leads",
    'cron(0 8 ? * MON-FRI *)',
    'report.summarize; notify.team',
  ],
];

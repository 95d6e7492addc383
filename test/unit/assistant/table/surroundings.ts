import type { Case } from './case';

/**
 * What surrounds a request without being part of it (session 29, h6): client and context labels before, after or
 * inside it, headers and notes to self, who wants it; people named with their role, a message's text without
 * quotes, school days and zone nicknames, "their time", negative waits said as time given or going by. Hand-written beside the generated classes
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
  // people named with their role, message text without quotes, school days, zone nicknames, their time, time given
  [
    'Every Thursday at 4pm remind our caretaker, Dermot, to lock the gym',
    'cron(0 16 ? * THU *)',
    'notify.team',
  ],
  ['When an invoice is paid, tell Priya, our treasurer, so she can log it', 'invoice.paid', 'notify.team'],
  [
    'When a new lead comes in, email them saying: welcome, our term starts on Monday at 8:45',
    'lead.created',
    'email.send',
  ],
  [
    'When an invoice goes out, give families 14 days to pay, then send them a reminder',
    'invoice.created',
    'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder])',
  ],
  [
    'When we send a proposal and a fortnight goes by with nothing, ping me on Slack',
    'email.sent[message]',
    'waitFor(email.received,P14D,timeout:[notify.slack])',
  ],
  [
    "When an invoice is sent and we still haven't heard anything in 10 days, email the client a reminder",
    'invoice.created',
    'waitFor(invoice.paid,P10D,timeout:[invoice.sendReminder])',
  ],
  [
    'On school days at 3:15pm, post in #pickup saying "buses leave at 3:30"',
    'cron(15 15 ? * MON-FRI *)',
    'notify.slack',
  ],
  [
    "Every weekday at 9 Gulf time, send me a summary of yesterday's new leads",
    'cron(0 9 ? * MON-FRI *) Asia/Dubai',
    'report.summarize; notify.team',
  ],
  [
    "For Harbor & Finch (based in Toronto): every Friday at 5pm their time, post a summary of the week's bookings in #harbor",
    'cron(0 17 ? * FRI *) America/Toronto',
    'report.summarize; notify.slack',
  ],
  ['When someone books a consult, notify Keisha (our intake coordinator)', 'booking.created', 'notify.team'],
  [
    'For Bloom Bakery in Toronto: every Monday at 9 their time, post a summary of new leads in #bloom',
    'cron(0 9 ? * MON *) America/Toronto',
    'report.summarize; notify.slack',
  ],
  [
    "When an invoice is sent, give the client a fortnight to pay; if they haven't, send a reminder",
    'invoice.created',
    'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder])',
  ],
  [
    "When an invoice is sent, if 2 weeks pass and it's still unpaid, send a reminder",
    'invoice.created',
    'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder])',
  ],
  [
    'When we send a quote, give them 5 days to reply. No reply? Notify me.',
    'email.sent[message]',
    'waitFor(email.received,P5D,timeout:[notify.team])',
  ],
  [
    'Every school day at 7:30, post "doors open at 8:15" in #parents',
    'cron(30 7 ? * MON-FRI *)',
    'notify.slack',
  ],
  [
    'When an invoice is sent, wait 10 days for payment and if none, send a reminder',
    'invoice.created',
    'waitFor(invoice.paid,P10D,timeout:[invoice.sendReminder])',
  ],
];

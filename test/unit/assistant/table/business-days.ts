import type { Case } from './case';

/**
 * Waits in business days (session 38, issue #16's capability gap): "N business/working days", "a business day",
 * "workdays", "biz days", in a wait, "N … later" and negative and positive waits, read as `{ "businessDays": N }`
 * (outlined `3BD`), never as N calendar days. Twins that must stay as they were: plain days stay durations, "business
 * hours" and business days said outside a wait are refused (REFUSALS), "every business day" stays a schedule.
 */
export const BUSINESS_DAYS: readonly Case[] = [
  // The negative waits' generated class refused these until business days were read (they were its must-refuse rows).
  [
    "When an invoice is created, if it isn't paid within 3 business days, notify the team",
    'invoice.created',
    'waitFor(invoice.paid,3BD,timeout:[notify.team])',
  ],
  [
    "Once an invoice is issued. If it isn't paid within 5 business days, notify the team.",
    'invoice.created',
    'waitFor(invoice.paid,5BD,timeout:[notify.team])',
  ],
  [
    "When we send an invoice and it isn't paid within 4 business days, notify the team",
    'invoice.created',
    'waitFor(invoice.paid,4BD,timeout:[notify.team])',
  ],
  [
    'When a new lead is added, wait 3 business days then send a reminder email',
    'lead.created',
    'wait(3BD); email.send',
  ],
  [
    'When a lead is created, wait two business days, then send a follow-up email',
    'lead.created',
    'wait(2BD); email.send',
  ],
  [
    'When a new lead comes in, wait one working day and then notify sales',
    'lead.created',
    'wait(1BD); notify.team',
  ],
  [
    'When an invoice is overdue, wait a working day then send a reminder',
    'invoice.overdue',
    'wait(1BD); invoice.sendReminder',
  ],
  ['When a new lead is added, wait 3 workdays then email them', 'lead.created', 'wait(3BD); email.send'],
  ['When an invoice is sent, follow up 5 business days later', 'invoice.created', 'wait(5BD); email.send'],
  [
    'When a lead is created, send a welcome email, then 3 business days later send a follow-up',
    'lead.created',
    'email.send; wait(3BD); email.send',
  ],
  [
    'If a lead does not reply within 3 working days, send a reminder email',
    'email.sent[message]',
    'waitFor(email.received,3BD,timeout:[email.send])',
  ],
  [
    "When a new lead comes in, email them, and if they don't reply within 3 business days, send a follow-up",
    'lead.created',
    'email.send; waitFor(email.received,3BD,timeout:[email.send])',
  ],
  [
    "When an invoice is created, if it isn't paid within 10 working days, send a reminder",
    'invoice.created',
    'waitFor(invoice.paid,10BD,timeout:[invoice.sendReminder])',
  ],
  [
    "When a booking is created, if the client hasn't confirmed within 2 business days, notify the team",
    'booking.created',
    'waitFor(email.received,2BD,timeout:[notify.team])',
  ],
  [
    "When a form is submitted, if they don't book a call within 5 working days, email them",
    'form.submitted',
    'waitFor(booking.created,5BD,timeout:[email.send])',
  ],
  [
    "If a lead doesn't reply within 1 business day, send a reminder",
    'email.sent[message]',
    'waitFor(email.received,1BD,timeout:[email.send])',
  ],
  [
    'When a new lead is added, email them. If they reply within 2 business days, notify sales, otherwise send a reminder',
    'lead.created',
    'email.send; waitFor(email.received,2BD,event:[notify.team],timeout:[email.send])',
  ],
  [
    "If a lead doesn't reply within 2 business days, send a reminder, and if they still haven't replied within 5 business days, notify sales",
    'email.sent[message]',
    'waitFor(email.received,2BD,timeout:[email.send; waitFor(email.received,3BD,timeout:[notify.team])])',
  ],
  // twins: calendar days stay durations, "every business day" stays a Mon-Fri schedule
  [
    'When a new lead is added, wait 3 days then send a reminder email',
    'lead.created',
    'wait(P3D); email.send',
  ],
  [
    "If a lead doesn't reply within 3 days, send a reminder",
    'email.sent[message]',
    'waitFor(email.received,P3D,timeout:[email.send])',
  ],
  [
    'Every business day at 9am, email me a report',
    'cron(0 9 ? * MON-FRI *)',
    'report.summarize; notify.team',
  ],
  [
    'On working days at 8, send the team a summary on Slack',
    'cron(0 8 ? * MON-FRI *)',
    'report.summarize; notify.slack',
  ],
];

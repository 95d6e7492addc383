import type { Case } from './case';

/**
 * Requests written like template-gallery titles ("Send Slack messages for new Typeform entries"), as questions
 * ("Can we log every cancelled booking?") or with the trigger last ("… when their invoice is overdue").
 */
export const TITLES: readonly Case[] = [
  ['Post Slack alerts for new Tally responses', 'form.submitted {"source":["tally"]}', 'notify.slack'],
  ['Add CRM contacts from new form submissions', 'form.submitted', 'crm.createLead'],
  ['Send reminders for overdue bills', 'invoice.overdue', 'invoice.sendReminder'],
  ['Email me about cancelled appointments', 'booking.cancelled', 'notify.team'],
  ['Send thank-you emails for paid invoices', 'invoice.paid', 'email.send'],
  ['A weekly digest of new bookings by email', 'cron(0 9 ? * MON *)', 'report.summarize; notify.team'],
  [
    'Nudge prospects who do not answer within 4 days',
    'email.sent[message]',
    'waitFor(email.received,P4D,timeout:[email.send])',
  ],
  [
    "Would you be able to notify Tom about every lead that's qualified?",
    'lead.updated {"changes.status.to":["qualified"]}',
    'notify.team',
  ],
  ['Can we log every paid invoice?', 'invoice.paid', 'log'],
  ['Send the client a receipt once they pay', 'invoice.paid', 'email.send'],
  ['I need a flow that alerts finance when their invoices are overdue', 'invoice.overdue', 'notify.team'],
  [
    'Every day at 8 Amman time, post a summary to Slack',
    'cron(0 8 * * ? *) Asia/Amman',
    'report.summarize; notify.slack',
  ],
  [
    'Every third Thursday of the month, email me a summary',
    'cron(0 9 ? * 5#3 *)',
    'report.summarize; notify.team',
  ],
  ['When a patient books a consultation, add a note', 'booking.created', 'crm.addNote'],
  ['When someone cancels, tell the front desk', 'booking.cancelled', 'notify.team'],
  [
    'When a lead arrives worth more than 3k, ping Sam',
    'lead.created',
    'if(trigger.lead.value gt 3000)[notify.team]',
  ],
  [
    'Whenever there is a new payment, the finance team should get an email alert',
    'invoice.paid',
    'notify.team',
  ],
  [
    'When a lead signs up from our blog, tag them as content',
    'lead.created',
    'if(trigger.lead.source eq "blog")[crm.updateLead]',
  ],
];

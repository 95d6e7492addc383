import type { Case } from './case';

/**
 * Template-gallery titles in the words of other tools ("Get Slack notifications for new Calendly events"), noun
 * adjuncts ("the overdue invoice report"), nth weekdays of a quarter, and conditions written one after the
 * other ("if 5k–20k, notify sales; if above 20k, notify the CEO"): siblings, not nested.
 */
export const GALLERY: readonly Case[] = [
  ['Get Slack notifications for new Calendly events', 'booking.created', 'notify.slack'],
  ['Send Gmail emails for new Typeform responses', 'form.submitted {"source":["typeform"]}', 'email.send'],
  ['Save new form submissions as files', 'form.submitted', 'files.create'],
  ['Create CRM leads from new Tally submissions', 'form.submitted {"source":["tally"]}', 'crm.createLead'],
  ['Notify your team in Slack when invoices are paid', 'invoice.paid', 'notify.slack'],
  [
    'Weekly report of new leads sent to Slack every Monday',
    'cron(0 9 ? * MON *)',
    'report.summarize; notify.slack',
  ],
  ['Thank new customers after their first payment', 'invoice.paid', 'email.send'],
  [
    'Forward emails mentioning "invoice" to accounting@acme.com',
    'email.received',
    'if(trigger.text contains "invoice")[email.send]',
  ],
  ['Log all cancelled meetings', 'booking.cancelled', 'log'],
  ['When a contract is uploaded, notify legal', 'file.updated', 'notify.team'],
  [
    'When an invoice over €10k is overdue for more than 2 weeks, escalate to finance on Slack',
    'invoice.overdue',
    'if(trigger.invoice.totalCents gt 1000000)[if(trigger.daysOverdue gt 14)[notify.slack]]',
  ],
  [
    'On the first Monday of each quarter, email me a quarterly report',
    'cron(0 9 ? 1,4,7,10 2#1 *)',
    'report.summarize; notify.team',
  ],
  [
    'If the deal value is between 5k and 20k, notify sales; if above 20k, notify the CEO',
    'lead.created',
    'if((trigger.lead.value gte 5000 and trigger.lead.value lte 20000))[notify.team]; if(trigger.lead.value gt 20000)[notify.team]',
  ],
  [
    'When a lead comes in, if they are from LinkedIn, tag them as social, and if they are worth over 10k, notify sales',
    'lead.created',
    'if(trigger.lead.source eq "LinkedIn")[crm.updateLead]; if(trigger.lead.value gt 10000)[notify.team]',
  ],
  [
    'When a lead comes in: if the value is over 10k, notify sales. If the source is Google, tag them as paid.',
    'lead.created',
    'if(trigger.lead.value gt 10000)[notify.team]; if(trigger.lead.source eq "Google")[crm.updateLead]',
  ],
  [
    'every tuesday email me the overdue invoice report',
    'cron(0 9 ? * TUE *)',
    'report.summarize; notify.team',
  ],
  [
    'Every Friday at 4pm, send me the unpaid invoices summary',
    'cron(0 16 ? * FRI *)',
    'report.summarize; notify.team',
  ],
  ['Alert compliance when a document is uploaded', 'file.updated', 'notify.team'],
  ['Say thanks to clients after they pay', 'invoice.paid', 'email.send'],
  ['Post new enquiries to #sales', 'lead.created', 'notify.slack'],
  [
    'When a lead arrives whose value exceeds 5000, alert the team',
    'lead.created',
    'if(trigger.lead.value gt 5000)[notify.team]',
  ],
  [
    'If a reply mentions pricing or discount, forward it to sales@acme.com',
    'email.received',
    'if((trigger.text contains "pricing" or trigger.text contains "discount"))[email.send]',
  ],
  [
    'If the invoice remains unpaid for two weeks, send a reminder',
    'invoice.created',
    'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder])',
  ],
  [
    'Please set up: new subscriber → welcome email → wait 2 days → tips email',
    'lead.created',
    'email.send; wait(P2D); email.send',
  ],
  [
    "Each evening at 6, compile the day's activity and post it to #daily-digest",
    'cron(0 18 * * ? *)',
    'report.summarize; notify.slack',
  ],
  [
    'Every month on the last Friday, send the team a summary',
    'cron(0 9 ? * 6L *)',
    'report.summarize; notify.team',
  ],
  ['Send Anna a Slack message whenever a booking is cancelled', 'booking.cancelled', 'notify.team'],
  [
    'New Typeform response → create lead → tag "webinar" → notify #marketing',
    'form.submitted {"source":["typeform"]}',
    'crm.createLead; crm.updateLead; notify.slack',
  ],
];

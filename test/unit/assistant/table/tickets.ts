import type { Case } from './case';

/**
 * Tickets and chat notes: headings ("small request from marketing:", "Re the reminders:"), what customers say
 * about the business, "can we …", run-on notes with no commas ("new invoice over five thousand dollars notify
 * finance"), arrows, "after every call", "for each booking".
 */
export const TICKETS: readonly Case[] = [
  [
    'Hi team, small request from marketing: whenever a lead from our newsletter signs up, tag them as newsletter and send them the starter guide. Cheers',
    'lead.created',
    'if(trigger.lead.source eq "newsletter")[crm.updateLead; email.send]',
  ],
  [
    'Ticket #2291 - Customers complain they never hear back after booking. Can we send an automatic confirmation email when a booking is created?',
    'booking.created',
    'email.send',
  ],
  [
    "Hey Sam, following our meeting yesterday, could you build this: every Monday 8am Sydney time, post last week's numbers to #leadership. Thx",
    'cron(0 8 ? * MON *) Australia/Sydney',
    'report.summarize; notify.slack',
  ],
  [
    'So the idea is that when someone fills the contact form we add them as a lead and then someone from sales gets pinged on Slack',
    'form.submitted',
    'crm.createLead; notify.slack',
  ],
  [
    'when new lead comes from google ads and value is more then 1000 send to sales team message',
    'lead.created',
    'if((trigger.lead.source eq "google ads" and trigger.lead.value gt 1000))[notify.team]',
  ],
  [
    'new invoice over five thousand dollars notify finance',
    'invoice.created',
    'if(trigger.invoice.totalCents gt 500000)[notify.team]',
  ],
  ['everytime a payment comes in thank the customer by mail', 'invoice.paid', 'email.send'],
  [
    'new lead -> welcome email, wait 3 days, no reply -> follow up',
    'lead.created',
    'email.send; waitFor(email.received,P3D,timeout:[email.send])',
  ],
  ["daily 7am: yesterday's signups to #growth", 'cron(0 7 * * ? *)', 'report.summarize; notify.slack'],
  ['webhook from shopify -> create lead + welcome mail', 'webhook:shopify', 'crm.createLead; email.send'],
  [
    "Could you please, when a customer's invoice goes overdue, send them a gentle reminder and cc me?",
    'invoice.overdue',
    'invoice.sendReminder; notify.team',
  ],
  ['After every call, send the attendee a thank-you email', 'booking.created', 'email.send'],
  ['Send a thank you after each booking', 'booking.created', 'email.send'],
  ['For every paid invoice, thank the customer', 'invoice.paid', 'email.send'],
  ['Quick question: can we email new leads a welcome message?', 'lead.created', 'email.send'],
  [
    "Re the reminders: if a booking isn't confirmed within a day, remind the guest",
    'booking.created',
    'waitFor(email.received,P1D,timeout:[email.send])',
  ],
  [
    'When a proposal is sent and there is no answer within 72 hours, follow up',
    'email.sent[message]',
    'waitFor(email.received,P3D,timeout:[email.send])',
  ],
  [
    'If the client ignores our invoice for a month, escalate to legal',
    'invoice.created',
    'waitFor(invoice.paid,P30D,timeout:[notify.team])',
  ],
  [
    'No response to the welcome email after 4 days? Send a second one.',
    'email.sent[message]',
    'waitFor(email.received,P4D,timeout:[email.send])',
  ],
  [
    "If a new signup doesn't fill in the onboarding survey within 3 days, remind them, and if they still haven't after 7 days, tell their manager",
    'lead.created',
    'waitFor(form.submitted,P3D,timeout:[email.send; waitFor(form.submitted,P4D,timeout:[notify.team])])',
  ],
  [
    'When a deal worth at least $25k closes, post in #wins and email the team',
    'lead.updated {"changes.status.to":["customer"]}',
    'if(trigger.lead.value gte 25000)[notify.slack; notify.team]',
  ],
  [
    'Run every 6 hours: remind customers with overdue invoices',
    'rate(6 hours)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  ['When new emails come in, forward them to support', 'email.received', 'notify.team'],
  [
    'When an invoice is overdue, remind the client and tell accounts',
    'invoice.overdue',
    'invoice.sendReminder; notify.team',
  ],
  [
    'If a lead from a referral comes in, thank them',
    'lead.created',
    'if(trigger.lead.source eq "referral")[email.send]',
  ],
  [
    'When someone replies "unsubscribe", mark them as lost',
    'email.received',
    'if(trigger.text contains "unsubscribe")[crm.updateLead]',
  ],
  [
    'When I click run, email all leads tagged "beta" the release notes',
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
];

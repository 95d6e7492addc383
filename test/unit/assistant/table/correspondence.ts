import type { Case } from './case';

/**
 * Requests written as letters, tickets and chat messages (greetings, sign-offs, labels, "as discussed", remarks
 * such as "a short message is enough"), the subject first in the present ("every lead that … gets …"), typing
 * slips, log and approval wordings, nested waits counted from the one before, and actions named before the
 * records they are done for ("a Slack message for every overdue invoice").
 */
export const CORRESPONDENCE: readonly Case[] = [
  [
    'Dear team, as agreed on Monday, when a booking is cancelled please email the attendee a rebooking link. Kind regards, Omar',
    'booking.cancelled',
    'email.send',
  ],
  [
    'Hi Priya, quick question: could you set it up so that when an invoice is paid we thank the customer? Thanks, Leo',
    'invoice.paid',
    'email.send',
  ],
  ['Feature request: when a lead replies, add a note to their record', 'email.received', 'crm.addNote'],
  [
    'Ticket 812 - whenever a form is submitted, create a lead and notify sales',
    'form.submitted',
    'crm.createLead; notify.team',
  ],
  [
    'Per our call, every Friday at 3pm post a weekly summary to #leadership. Cheers, Ana',
    'cron(0 15 ? * FRI *)',
    'report.summarize; notify.slack',
  ],
  ['Long story short: when a new lead arrives, send them our brochure', 'lead.created', 'email.send'],
  ['Every customer who books a demo gets a confirmation email', 'booking.created', 'email.send'],
  [
    'Each lead that comes from Facebook gets a welcome email and gets tagged as social',
    'lead.created',
    'if(trigger.lead.source eq "Facebook")[email.send; crm.updateLead]',
  ],
  ['Any invoice that is paid gets logged', 'invoice.paid', 'log'],
  [
    'Could the system remind clients when their invoice is overdue?',
    'invoice.overdue',
    'invoice.sendReminder',
  ],
  ['I want the tool to email new subscribers a welcome message', 'lead.created', 'email.send'],
  [
    'wehn a lead signs up, sned them a welcome email and tell the taem',
    'lead.created',
    'email.send; notify.team',
  ],
  ['When a booking is cancelled, write a log entry', 'booking.cancelled', 'log'],
  ['When an invoice is created, add an entry to the audit log', 'invoice.created', 'log'],
  ['When a workflow fails, put the error in the log', 'workflow.failed', 'log'],
  ['Start it by hand: email me a summary of the last 30 days', 'manual', 'report.summarize; notify.team'],
  ['Stripe webhook → notify #billing', 'webhook:stripe', 'notify.slack'],
  ['When a Calendly webhook comes in, create a lead', 'webhook:calendly', 'crm.createLead'],
  ['Log every inbound email from a customer', 'email.received', 'log'],
  ['When a call is booked, add the tag call-booked to the lead', 'booking.created', 'crm.updateLead'],
  ['When a customer replies, paste their reply into a note', 'email.received', 'crm.addNote'],
  [
    'When a file is uploaded, store a copy with its contents in the archive folder',
    'file.updated {"file.name":[{"anything-but":{"prefix":"file.updated-"}}]}',
    'files.create',
  ],
  [
    'When a form is submitted, add the person to the CRM with their email and name',
    'form.submitted',
    'crm.createLead',
  ],
  [
    'Leads who sign up should receive a welcome email and be tagged as trial',
    'lead.created',
    'email.send; crm.updateLead',
  ],
  [
    'If a new invoice have amount more than 5000 tell the boss',
    'invoice.created',
    'if(trigger.invoice.totalCents gt 500000)[notify.team]',
  ],
  [
    'Every days at 7h send me resume of the day on email',
    'cron(0 7 * * ? *)',
    'report.summarize; notify.team',
  ],
  ['Every night at 12 midnight, log a summary of the day', 'cron(0 0 * * ? *)', 'report.summarize; log'],
  [
    "When an invoice is sent and it is not paid within 10 days, send a reminder. If there's still nothing after another week, tell accounts.",
    'invoice.created',
    'waitFor(invoice.paid,P10D,timeout:[invoice.sendReminder; waitFor(invoice.paid,P7D,timeout:[notify.team])])',
  ],
  [
    'When a lead gets an email and does not reply within 2 days, follow up, and if there is still no reply 5 days after that, mark them as cold',
    'email.sent[message]',
    'waitFor(email.received,P2D,timeout:[email.send; waitFor(email.received,P5D,timeout:[crm.updateLead])])',
  ],
  [
    'When a meeting is booked and it is not confirmed within a day, remind them. If still nothing 3 days later, ping Sam',
    'booking.created',
    'waitFor(email.received,P1D,timeout:[email.send; waitFor(email.received,P3D,timeout:[notify.team])])',
  ],
  [
    'Every morning at 8, post a Slack message for every overdue invoice',
    'cron(0 8 * * ? *)',
    'invoice.find; forEach[notify.slack]',
  ],
  [
    'Every Monday, follow-up email to each customer',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  // the invoices themselves, one line each (session 38: a find's text), no longer an activity report
  ['Every morning, send me a list of overdue invoices', 'cron(0 9 * * ? *)', 'invoice.find; notify.team'],
  [
    'Weekly sales report emailed to the team on Mondays at 9',
    'cron(0 9 ? * MON *)',
    'report.summarize; notify.team',
  ],
  [
    'Monthly summary on the first day of the month, by email to finance',
    'cron(0 9 1 * ? *)',
    'report.summarize; notify.team',
  ],
  [
    'Every weekday at 9 Frankfurt time, email me a digest',
    'cron(0 9 ? * MON-FRI *) Europe/Berlin',
    'report.summarize; notify.team',
  ],
  [
    'For the Lyon office, every day at 6pm Lyon time, post a summary to Slack',
    'cron(0 18 * * ? *) Europe/Paris',
    'report.summarize; notify.slack',
  ],
  ['Leads that reply get tagged as engaged', 'email.received', 'crm.updateLead'],
];

import type { Case } from './case';

/**
 * Requests dictated or typed as spoken: "period" and "comma" said aloud, "um", "at like ten", times said as
 * "eight thirty", learner forms ("is come", "please you add", "have value more than"), a ticket's complaint
 * ("nothing happens") and context sentences before the request.
 */
export const SPOKEN: readonly Case[] = [
  [
    'when a customer pays an invoice mark the lead as customer period then send a thank you email period',
    'invoice.paid',
    'crm.updateLead; email.send',
  ],
  [
    'every weekday at eight thirty comma post a summary in slack',
    'cron(30 8 ? * MON-FRI *)',
    'report.summarize; notify.slack',
  ],
  [
    'new booking comma confirm by email comma then notify the front desk',
    'booking.created',
    'email.send; notify.team',
  ],
  ['um so when someone books a call uh send them the agenda', 'booking.created', 'email.send'],
  [
    'every tuesday at like ten am email me the overdue invoices report',
    'cron(0 10 ? * TUE *)',
    'report.summarize; notify.team',
  ],
  ['when lead reply to email, please you add note', 'email.received', 'crm.addNote'],
  [
    'if new deal have value more than 8000 tell the director, otherwise send normal welcome mail',
    'lead.created',
    'if(trigger.lead.value gt 8000)[notify.team]else[email.send]',
  ],
  [
    'each friday 16h post the weekly numbers in #sales',
    'cron(0 16 ? * FRI *)',
    'report.summarize; notify.slack',
  ],
  [
    "Hi all, we're a physio clinic. When a patient books a session, send them a confirmation and add a note. Thanks a lot, Dr. Patel",
    'booking.created',
    'email.send; crm.addNote',
  ],
  [
    'Good afternoon, please set up the following: when a payment is received, thank the customer. Best regards',
    'invoice.paid',
    'email.send',
  ],
  [
    'Fwd: workflow request - when an invoice is overdue, remind the client and tell accounts',
    'invoice.overdue',
    'invoice.sendReminder; notify.team',
  ],
  ['Important: if a workflow fails, email ops@example.com right away', 'workflow.failed', 'email.send'],
  [
    "Our customers often forget to confirm. When a meeting is booked, give them 2 days to confirm, and if they don't, send a reminder.",
    'booking.created',
    'waitFor(email.received,P2D,timeout:[email.send])',
  ],
  [
    "People keep ignoring our emails. If a lead doesn't reply within 5 days, mark them as cold.",
    'email.sent[message]',
    'waitFor(email.received,P5D,timeout:[crm.updateLead])',
  ],
  [
    'when a lead arrives we need three things: a welcome email, a note saying where they came from and a call booked for next week',
    'lead.created',
    'email.send; crm.addNote; calendar.schedule',
  ],
  [
    "When an invoice is more than 30 days overdue nothing happens. I'd like accounts notified in that case, otherwise a polite reminder to the customer.",
    'invoice.overdue',
    'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]',
  ],
  ['Whenever someone signs up, Maria should get a Slack message', 'lead.created', 'notify.team'],
  // the leads themselves, one line each (session 38: crm.findLeads createdIn yesterday), no longer an activity report
  [
    'Every morning, send me a list of new leads from yesterday',
    'cron(0 9 * * ? *)',
    'crm.findLeads; notify.team',
  ],
  [
    'Alert the team when a big deal comes in (worth more than $20,000)',
    'lead.created',
    'if(trigger.lead.value gt 20000)[notify.team]',
  ],
  [
    'Every Thursday at 3pm, schedule a summary to go out to everyone',
    'cron(0 15 ? * THU *)',
    'report.summarize; notify.team',
  ],
  [
    'Whenever we close a deal, post a short celebration message in #wins',
    'lead.updated {"changes.status.to":["customer"]}',
    'notify.slack',
  ],
];

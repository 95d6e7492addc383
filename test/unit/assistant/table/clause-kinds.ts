import type { Case } from './case';

/**
 * Clause kinds read wherever they stand (session 29, h8), written by hand: reminders to one of ours on a schedule,
 * events with people as their subject, records named by purpose, conditions with the trigger, many records and
 * reports asked politely.
 */
export const CLAUSE_KINDS: readonly Case[] = [
  ['every Friday remind Sam to send the newsletter', 'cron(0 9 ? * FRI *)', 'notify.team'],
  ['each morning post a reminder in #volunteers', 'cron(0 9 * * ? *)', 'notify.slack'],
  ['on the 1st, remind me to run payroll', 'cron(0 9 1 * ? *)', 'notify.team'],
  ['Every Friday at 4pm, remind #staff to submit timesheets', 'cron(0 16 ? * FRI *)', 'notify.slack'],
  [
    'Each Monday morning send a reminder to the coaches to confirm the lineup',
    'cron(0 9 ? * MON *)',
    'notify.team',
  ],
  [
    'on the 25th of each month remind the treasurer to reconcile the accounts',
    'cron(0 9 25 * ? *)',
    'notify.team',
  ],
  [
    'every day at 5 remind the volunteers in #volunteers to log their hours',
    'cron(0 17 * * ? *)',
    'notify.slack',
  ],
  [
    'Every Friday, remind Sam and Priya to send the newsletter',
    'cron(0 9 ? * FRI *)',
    'notify.team; notify.team',
  ],
  // the team reminded on Slack is a Slack post, as "notify the team on Slack" is (session 40's decision)
  ['every friday remind the team about the newsletter on slack', 'cron(0 9 ? * FRI *)', 'notify.slack'],
  ['when a parent signs up, send them a welcome email', 'lead.created', 'email.send'],
  ['once a donor gives, thank them by email', 'invoice.paid', 'email.send'],
  ['a volunteer books a shift -> email them a confirmation', 'booking.created', 'email.send'],
  ['when someone fills in the form, add them to the CRM', 'form.submitted', 'crm.createLead'],
  ['consult booked → send the intake form', 'booking.created', 'email.send'],
  ['new donation -> thank-you email', 'invoice.paid', 'email.send'],
  ['when a family enrols, email them the handbook', 'lead.created', 'email.send'],
  ['when a new member pays, notify #team', 'invoice.paid', 'notify.slack'],
  [
    'When a donor gives more than $500, notify #major-gifts',
    'invoice.paid',
    'if(trigger.invoice.totalCents gt 50000)[notify.slack]',
  ],
  ['Whenever a donor books a call please ping me', 'booking.created', 'notify.team'],
  ['when a donation invoice is paid, send a thank-you email', 'invoice.paid', 'email.send'],
  ['When a subs invoice is paid, notify #treasurer', 'invoice.paid', 'notify.slack'],
  ['when a membership renewal invoice is paid, ping me', 'invoice.paid', 'notify.team'],
  [
    'every Monday remind the families still owing',
    'cron(0 9 ? * MON *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    "each week, remind members who haven't paid their subs",
    'cron(0 9 ? * MON *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    'Every Friday chase all unpaid donation invoices',
    'cron(0 9 ? * FRI *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    'when a lead from the website comes in and the budget is over 5k, notify #sales, otherwise send them our brochure',
    'lead.created',
    'if((trigger.lead.source eq "website" and trigger.lead.value gt 5000))[notify.slack]else[email.send]',
  ],
  [
    'When a new donation comes in and it is over $500, ping me; otherwise send a thank-you email',
    'invoice.paid',
    'if(trigger.invoice.totalCents gt 50000)[notify.team]else[email.send]',
  ],
  [
    'when a lead from the website comes in, and the budget is over 5k, notify #sales',
    'lead.created',
    'if((trigger.lead.source eq "website" and trigger.lead.value gt 5000))[notify.slack]',
  ],
  [
    'could you send me a weekly summary of new sign-ups?',
    'cron(0 9 ? * MON *)',
    'report.summarize; notify.team',
  ],
  [
    'a monthly donations report by email would be great',
    'cron(0 9 1 * ? *)',
    'report.summarize; notify.team',
  ],
  ['can we get a Friday recap in #board, thanks', 'cron(0 9 ? * FRI *)', 'report.summarize; notify.slack'],
  [
    "we'd really appreciate a summary of the week's donations every Friday at 5",
    'cron(0 17 ? * FRI *)',
    'report.summarize; notify.team',
  ],
  [
    'Every Friday, email families with unpaid fees a polite reminder',
    'cron(0 9 ? * FRI *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    'when a new donation of more than 100 arrives, ping me',
    'invoice.paid',
    'if(trigger.invoice.totalCents gt 10000)[notify.team]',
  ],
];

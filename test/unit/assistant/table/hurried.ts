import type { Case } from './case';

/**
 * Requests typed in a hurry (terse notes), told at length with context around them (rambling), or written in a
 * second language (learner forms): the same workflows must come out.
 */
export const HURRIED: readonly Case[] = [
  // terse notes
  ['client replied → slack ping', 'email.received', 'notify.slack'],
  ['no answer 5d -> nudge', 'email.sent[message]', 'waitFor(email.received,P5D,timeout:[email.send])'],
  [
    'unpaid 21 days -> remind + tell finance',
    'invoice.created',
    'waitFor(invoice.paid,P21D,timeout:[invoice.sendReminder; notify.team])',
  ],
  ['tue+fri 11am summary to slack', 'cron(0 11 ? * TUE,FRI *)', 'report.summarize; notify.slack'],
  ['monthly recap, email, 1st 8am', 'cron(0 8 1 * ? *)', 'report.summarize; notify.team'],
  [
    'deal value > 25k: ping ceo, else add note',
    'lead.created',
    'if(trigger.lead.value gt 25000)[notify.team]else[crm.addNote]',
  ],
  [
    'new lead via Facebook -> tag them as paid-social',
    'lead.created',
    'if(trigger.lead.source eq "Facebook")[crm.updateLead]',
  ],
  ['demo booked: confirm by email', 'booking.created', 'email.send'],
  ['automation failed -> alert #devops', 'workflow.failed', 'notify.slack'],
  // context and asides around the request
  [
    'We sell training courses. Whenever someone signs up, we want to send them a welcome email. That is all.',
    'lead.created',
    'email.send',
  ],
  [
    "Okay so here's what I need: every Friday around 4 I guess, a recap of the week sent to my email, nothing fancy",
    'cron(0 16 ? * FRI *)',
    'report.summarize; notify.team',
  ],
  [
    "I'm not sure if it's possible, but could you make it so that when a booking is cancelled we email the attendee",
    'booking.cancelled',
    'email.send',
  ],
  [
    'When a lead arrives through the website, which happens all the time, I want the sales team to get a Slack message',
    'lead.created',
    'if(trigger.lead.source eq "website")[notify.slack]',
  ],
  [
    "If a client hasn't paid after 20 days they get a reminder, and if they still haven't paid 10 days after that, the finance team gets an alert",
    'invoice.created',
    'waitFor(invoice.paid,P20D,timeout:[invoice.sendReminder; waitFor(invoice.paid,P10D,timeout:[notify.team])])',
  ],
  [
    "When a form is filled in, I'd like the person to be added to the CRM so sales can call them",
    'form.submitted',
    'crm.createLead',
  ],
  // learner forms
  ['When new customer is arriving, please to send him welcome mail', 'lead.created', 'email.send'],
  ['When booking is cancel, write to the team in slack', 'booking.cancelled', 'notify.slack'],
  [
    'If customer not pay since 7 days, send reminder to him',
    'invoice.created',
    'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder])',
  ],
  [
    'Every tuesday at 18h make report and put in Slack',
    'cron(0 18 ? * TUE *)',
    'report.summarize; notify.slack',
  ],
  [
    'At 7:30 Berlin hour each working day send summary to the team',
    'cron(30 7 ? * MON-FRI *) Europe/Berlin',
    'report.summarize; notify.team',
  ],
  [
    "When arrives message with word 'invoice', inform the finance",
    'email.received',
    'if(trigger.text contains "invoice")[notify.team]',
  ],
  [
    'After booking of a demo, the attendee must receive a reminder 2 hours later',
    'booking.created',
    'wait(PT2H); email.send',
  ],
  [
    'When a lead is becoming client, send him the invoice of 450 euro',
    'lead.updated {"changes.status.to":["customer"]}',
    'invoice.create',
  ],
  [
    'If value is bigger than 5k notify Tom, if not send the welcome mail',
    'lead.created',
    'if(trigger.lead.value gt 5000)[notify.team]else[email.send]',
  ],
  [
    'When form is submitted, make new lead and do thank you email',
    'form.submitted',
    'crm.createLead; email.send',
  ],
  // actions written before the wait that governs them; alternatives; "cancel it"
  [
    'Notify finance if an invoice is still unpaid after 45 days',
    'invoice.created',
    'waitFor(invoice.paid,P45D,timeout:[notify.team])',
  ],
  [
    'When a lead signs up, if the source is Google or Bing, tag them as search',
    'lead.created',
    'if((trigger.lead.source eq "Google" or trigger.lead.source eq "Bing"))[crm.updateLead]',
  ],
  [
    "When a meeting is booked and the guest doesn't confirm within 3 hours, cancel it",
    'booking.created',
    'waitFor(email.received,PT3H,timeout:[calendar.cancel])',
  ],
  ['When a lead replies, escalate it to Tom on Slack', 'email.received', 'notify.team'],
  ['Every morning at 5:30, post a summary to Slack', 'cron(30 5 * * ? *)', 'report.summarize; notify.slack'],
  [
    'Every day at twenty past seven, email me a summary',
    'cron(20 7 * * ? *)',
    'report.summarize; notify.team',
  ],
  [
    'When a Jotform form comes in from Jotform, notify me',
    'form.submitted {"source":["jotform"]}',
    'notify.team',
  ],
];

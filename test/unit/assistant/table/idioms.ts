import type { Case } from './case';

/**
 * Session 27 (h8): several times of one schedule, days' names inside what is sent, idioms for a reply, a call by a
 * colleague, a person named with who they are, text tests joined by "or", a second object after an email. Written
 * by hand beside the generated classes (test/unit/assistant/classes/time-lists.ts, idioms.ts).
 */
export const IDIOMS: readonly Case[] = [
  [
    'Every day at noon and 5pm, post a summary in #ops',
    'cron(0 12,17 * * ? *)',
    'report.summarize; notify.slack',
  ],
  [
    'Every weekday at 9 and at 4, email the team a summary',
    'cron(0 9,16 ? * MON-FRI *)',
    'report.summarize; notify.team',
  ],
  [
    'Twice a day, morning and late afternoon, send me the latest activity summary',
    'cron(0 9,17 * * ? *)',
    'report.summarize; notify.team',
  ],
  [
    'Chase unpaid invoices at 8am, 1pm and 6pm every weekday',
    'cron(0 8,13,18 ? * MON-FRI *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  ['Every Monday, send me a summary report by email', 'cron(0 9 ? * MON *)', 'report.summarize; notify.team'],
  [
    'Every Friday at 3pm, email every lead tagged vip our weekend offer',
    'cron(0 15 ? * FRI *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'When a lead comes in from Instagram, tag them as instagram',
    'lead.created',
    'if(trigger.lead.source eq "Instagram")[crm.updateLead]',
  ],
  ['When a new lead comes in, notify Jenna, the paralegal on the file', 'lead.created', 'notify.team'],
  ['When a new lead comes in, ask Dave to give them a ring', 'lead.created', 'notify.team'],
  [
    'When a new lead comes in, if they are worth over 10k notify Anna, otherwise ask Pete to call them',
    'lead.created',
    'if(trigger.lead.value gt 10000)[notify.team]else[notify.team]',
  ],
  ['When an invoice is paid, send it to me', 'invoice.paid', 'notify.team'],
  [
    "If a lead hasn't got back to me in 3 days, send a reminder",
    'email.sent[message]',
    'waitFor(email.received,P3D,timeout:[email.send])',
  ],
  [
    'When an email comes in and the text contains refund OR text contains cancel, notify the team',
    'email.received',
    'if((trigger.text contains "refund" or trigger.text contains "cancel"))[notify.team]',
  ],
  ['When a new lead comes in, send a welcome email and a note', 'lead.created', 'email.send; crm.addNote'],
  [
    'Trigger: new lead. IF node: value > 10000. True: notify the sales team. False: add a note',
    'lead.created',
    'if(trigger.lead.value gt 10000)[notify.team]else[crm.addNote]',
  ],
  [
    "Trigger: New lead. Path A: they are from LinkedIn → notify sales. Path B: they don't → add a note",
    'lead.created',
    'if(trigger.lead.source eq "LinkedIn")[notify.team]else[crm.addNote]',
  ],
  [
    'New lead → Router → Route 1: value over 10k → notify sales; fallback route → send a welcome email',
    'lead.created',
    'if(trigger.lead.value gt 10000)[notify.team]else[email.send]',
  ],
  [
    'Trigger: invoice created. Wait node: 3 days. Then send a reminder',
    'invoice.created',
    'wait(P3D); invoice.sendReminder',
  ],
];

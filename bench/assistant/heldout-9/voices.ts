import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';

/**
 * Ninth held-out set: voices: British office English, learners with other first languages, dictation without
 * punctuation, typing slips, and long emails that bury the request.
 */
export const VOICES_9: readonly HeldOutCase[] = [
  [
    'negative-wait',
    "Could you sort it so that if a client hasn't settled their invoice within a fortnight, accounts get a nudge?",
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[notify.team])'],
  ],
  [
    'report',
    'Every Monday at half eight, pop a summary of last week into #management please',
    ['cron(30 8 ? * MON *)', SLACK],
  ],
  [
    'records',
    'Whenever someone fills in the enquiry form, pop them on the CRM and pencil in a call with them',
    ['form.submitted', 'crm.createLead; calendar.schedule'],
  ],

  [
    'condition',
    'When is coming new lead with value bigger as 15000 euro, inform please the chef of sales',
    ['lead.created', 'if(trigger.lead.value gt 15000)[notify.team]'],
  ],
  [
    'negative-wait',
    'If the customer is not paying the invoice since 10 days, you send him a reminder',
    ['invoice.created', 'waitFor(invoice.paid,P10D,timeout:[invoice.sendReminder])'],
  ],
  [
    'list',
    'When the client do a booking, you must send confirmation to him, put a note in his lead and advise the team',
    ['booking.created', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'report',
    'All the days at 7 of the morning, send to me the resume of yesterday by mail',
    ['cron(0 7 * * ? *)', TEAM],
  ],
  [
    'event',
    'When one lead is passing to status lost, send him a mail for ask the reason',
    ['lead.updated {"changes.status.to":["lost"]}', 'email.send'],
  ],
  [
    'timezone',
    'Each Friday on 16:00 hour of Warsaw, send to team the summary of week',
    ['cron(0 16 ? * FRI *) Europe/Warsaw', TEAM],
  ],
  [
    'records',
    'When arrives an email of a new person, create a lead for this person and say hello to him with a mail',
    ['email.received', 'crm.createLead; email.send'],
  ],

  [
    'list',
    'when a new lead comes in send them the welcome email add a note that says new inbound and then ping anna on slack',
    ['lead.created', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'negative-wait',
    'so if someone books a call and then they dont confirm within like a day just email them a reminder',
    ['booking.created', 'waitFor(email.received,P1D,timeout:[email.send])'],
  ],
  [
    'many-records',
    'every tuesday morning go through all the leads tagged trade show and send each of them a follow up email',
    ['cron(0 9 ? * TUE *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'condition',
    'when an email comes in and it says urgent somewhere in it post it in the support channel on slack',
    ['email.received', 'if(trigger.text contains "urgent")[notify.slack]'],
  ],

  ['event', 'Wenever a booking is cancled, email the atendee', ['booking.cancelled', 'email.send']],
  [
    'recurring',
    'Evey Tuesday and Thurday at 14:00 post a sumary in Slack',
    ['cron(0 14 ? * TUE,THU *)', SLACK],
  ],
  [
    'negative-wait',
    'If a lead dosent reply within 4 days send a folow up',
    ['email.sent[message]', 'waitFor(email.received,P4D,timeout:[email.send])'],
  ],
  [
    'records',
    'When an invocie is paid, update the lead status to custmer',
    ['invoice.paid', 'crm.updateLead'],
  ],
  [
    'condition',
    'When a new lead is worth more then 8k, notify Ravi',
    ['lead.created', 'if(trigger.lead.value gt 8000)[notify.team]'],
  ],

  [
    'list',
    "Hi there, I run a small yoga studio and I'm drowning in admin. What I'd love is this: when somebody books a class through the website, they get a confirmation email, they're added to my client list in the CRM, and I get a quick email so I know who's coming. Does that make sense? Cheers, Mia",
    ['booking.created', 'email.send; crm.createLead; notify.team'],
  ],
  [
    'negative-wait',
    "Our sales process is pretty simple but we lose people. We send a proposal by email and then nothing happens. I'd like the system to wait 6 days after we send something, and if the person still hasn't replied, send a polite follow-up, and if they haven't answered 4 days after that either, mark the lead as lost so we stop chasing.",
    [
      'email.sent[message]',
      'waitFor(email.received,P6D,timeout:[email.send; waitFor(email.received,P4D,timeout:[crm.updateLead])])',
    ],
  ],
  [
    'condition',
    "A bit of context: we're a B2B agency and most leads are tiny, but every now and then a big one comes in and nobody notices for days. So: when a new lead arrives and it's worth 50,000 or more, I want Daniel told immediately and a call booked; for everything else, just send the normal welcome email.",
    ['lead.created', 'if(trigger.lead.value gte 50000)[notify.team; calendar.schedule]else[email.send]'],
  ],
  [
    'timezone',
    "Our team sits in Auckland, so times should be local there. Every weekday at 8:30 in the morning, I'd like the summary of yesterday emailed to the team.",
    ['cron(30 8 ? * MON-FRI *) Pacific/Auckland', TEAM],
  ],
];

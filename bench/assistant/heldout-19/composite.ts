import type { HeldOutCase } from '../heldout';

/** Set 19: bookings, files, knowledge, approvals, reports, many records, several steps, long and short requests, refusals. */
export const COMPOSITE_19: readonly HeldOutCase[] = [
  [
    'booking',
    'when a new lead comes in, book a 30 minute buyer consult in the next free slot',
    ['lead.created', 'calendar.schedule'],
  ],
  [
    'booking',
    'when a lead replies to my email, schedule a call with them',
    ['email.received', 'calendar.schedule'],
  ],
  [
    'booking',
    'If I mark a lead as lost, cancel any showings they have booked',
    ['lead.updated {"changes.status.to":["lost"]}', 'calendar.find; forEach[calendar.cancel]'],
    [['lead.updated', 'if(trigger.changes.status.to eq "lost")[calendar.find; forEach[calendar.cancel]]']],
  ],
  [
    'booking',
    'When a showing is cancelled, find a new time and book it again, then email the buyer the new time',
    ['booking.cancelled', 'calendar.schedule; email.send'],
  ],
  [
    'files',
    "every friday at 5 make a file with the weekly summary, put it in 'weekly reports'",
    ['cron(0 17 ? * FRI *)', 'report.summarize; files.create'],
  ],
  [
    'knowledge',
    "when a buyer emails a question, search my knowledge base (HOA info, neighborhood stuff) and reply with what's in there",
    ['email.received', 'knowledge.search; email.send'],
    [
      ['email.received', 'knowledge.search; email.draft; email.send'],
      ['email.received', 'email.draft; email.send'],
    ],
  ],
  [
    'knowledge',
    'Question from the listing page form → look it up in the listing FAQ and email back the answer',
    ['form.submitted', 'knowledge.search; email.send'],
    [
      ['form.submitted', 'knowledge.search; email.draft; email.send'],
      ['form.submitted', 'email.draft; email.send'],
    ],
  ],
  [
    'knowledge',
    'When someone asks about the 14 Oak St listing by email, have AI write a reply using our property notes and send it',
    ['email.received', 'if(trigger.text contains "14 Oak St")[knowledge.search; email.send]'],
    [
      ['email.received', 'if(trigger.text contains "14 Oak St")[knowledge.search; email.draft; email.send]'],
      ['email.received', 'if(trigger.text contains "14 Oak St")[email.draft; email.send]'],
      ['email.received', 'if(trigger.subject contains "14 Oak St")[knowledge.search; email.send]'],
      [
        'email.received',
        'if(trigger.subject contains "14 Oak St")[knowledge.search; email.draft; email.send]',
      ],
      ['email.received', 'if(trigger.subject contains "14 Oak St")[email.draft; email.send]'],
    ],
  ],
  [
    'approval',
    'new seller lead → draft a personal intro email with AI but I need to approve it before it goes out',
    ['lead.created', 'email.draft; approval; email.send'],
    [
      ['lead.created {"lead.tags":["seller"]}', 'email.draft; approval; email.send'],
      ['lead.created', 'if(trigger.lead.tags contains "seller")[email.draft; approval; email.send]'],
    ],
  ],
  [
    'approval',
    'Before any invoice reminder goes out for an overdue invoice, have me approve it',
    ['invoice.overdue', 'approval; invoice.sendReminder'],
  ],
  [
    'report',
    'weekly report every monday at 9am by email',
    ['cron(0 9 ? * MON *)', 'report.summarize; notify.team'],
    [['cron(0 9 ? * MON *)', 'report.summarize; email.send']],
  ],
  [
    'report',
    'monthly production summary to slack on the 1st at 8am',
    ['cron(0 8 1 * ? *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'Daily 5pm activity recap in slack please',
    ['cron(0 17 * * ? *)', 'report.summarize; notify.slack'],
    [['cron(0 17 ? * * *)', 'report.summarize; notify.slack']],
  ],
  [
    'report',
    "every Friday 6pm CET send a summary of the week to the team — I'm in Lisbon this month but the team is in Berlin",
    ['cron(0 18 ? * FRI *) Europe/Berlin', 'report.summarize; notify.team'],
  ],
  [
    'many-records',
    'every morning at 8 email each buyer who has a showing today a reminder (include the lockbox instructions)',
    ['cron(0 8 * * ? *)', 'calendar.find; forEach[email.send]'],
    [['cron(0 8 ? * * *)', 'calendar.find; forEach[email.send]']],
  ],
  [
    'many-records',
    'every tuesday 10am send a check in email to all leads tagged nurture',
    ['cron(0 10 ? * TUE *)', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 10 ? * TUE *)', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many-records',
    'on the 15th of every month at 11am, remind all past clients to leave us a google review',
    ['cron(0 11 15 * ? *)', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 11 15 * ? *)', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many-records',
    "every hour, find leads that haven't replied to me in 3 days and send them a nudge",
    ['rate(1 hour)', 'crm.findLeads; forEach[email.send]'],
    [
      ['rate(1 hour)', 'crm.exportLeads; forEach[email.send]'],
      ['cron(0 * * * ? *)', 'crm.findLeads; forEach[email.send]'],
      ['cron(0 * * * ? *)', 'crm.exportLeads; forEach[email.send]'],
      ['cron(0 * ? * * *)', 'crm.findLeads; forEach[email.send]'],
      ['cron(0 * ? * * *)', 'crm.exportLeads; forEach[email.send]'],
    ],
  ],
  [
    'many-records',
    'The evening before showings (6pm), send each buyer who has one tomorrow a reminder',
    ['cron(0 18 * * ? *)', 'calendar.find; forEach[email.send]'],
    [['cron(0 18 ? * * *)', 'calendar.find; forEach[email.send]']],
  ],
  [
    'many-records',
    'every Monday at 7am, send a payment reminder to each client with an overdue invoice and then post a summary to slack',
    ['cron(0 7 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]; notify.slack'],
    [['cron(0 7 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]; report.summarize; notify.slack']],
  ],
  [
    'many-records',
    'Run it manually: for each new lead with value over 300000, book an intro call',
    ['manual', 'crm.findLeads; forEach[calendar.schedule]'],
    [
      ['manual', 'crm.findLeads; forEach[if(item.value gt 300000)[calendar.schedule]]'],
      ['manual', 'crm.exportLeads; forEach[calendar.schedule]'],
      ['manual', 'crm.exportLeads; forEach[if(item.value gt 300000)[calendar.schedule]]'],
    ],
  ],
  [
    'multi-step',
    'new lead from the open house form: add them to the crm, send the thank-you email, book a follow up call in the next week, and tell Jenna on slack',
    ['form.submitted', 'crm.createLead; email.send; calendar.schedule; notify.team'],
    [['form.submitted', 'crm.createLead; email.send; calendar.schedule; notify.slack']],
  ],
  [
    'multi-step',
    'When a listing appointment is booked: 1) email the seller the prep checklist 2) add a note to their lead 3) slack #listings',
    ['booking.created', 'email.send; crm.addNote; notify.slack'],
  ],
  [
    'multi-step',
    'When a new lead comes in send the intro email, add a note "auto-intro sent", and if they\'re worth over 750k also text me',
    'text',
  ],
  [
    'multi-step',
    'When a buyer submits an offer form, create a lead if they\'re new, email them "we got your offer", and notify Mark and me',
    ['form.submitted', 'crm.createLead; email.send; notify.team'],
    [['form.submitted', 'crm.createLead; email.send; notify.team; notify.team']],
  ],
  [
    'multi-step',
    'deal closed (status customer): send the closing gift email, create the $495 admin fee invoice, wait 6 months, then send the check-in email',
    [
      'lead.updated {"changes.status.to":["customer"]}',
      'email.send; invoice.create; wait(P180D); email.send',
    ],
    [
      [
        'lead.updated {"changes.status.to":["customer"]}',
        'email.send; invoice.create; wait(P182D); email.send',
      ],
      [
        'lead.updated {"changes.status.to":["customer"]}',
        'email.send; invoice.create; wait(P183D); email.send',
      ],
      [
        'lead.updated {"changes.status.to":["customer"]}',
        'email.send; invoice.create; wait(P181D); email.send',
      ],
      [
        'lead.updated {"changes.status.to":["customer"]}',
        'email.send; invoice.create; wait(P26W); email.send',
      ],
      [
        'lead.updated',
        'if(trigger.changes.status.to eq "customer")[email.send; invoice.create; wait(P180D); email.send]',
      ],
      [
        'lead.updated',
        'if(trigger.changes.status.to eq "customer")[email.send; invoice.create; wait(P182D); email.send]',
      ],
      [
        'lead.updated',
        'if(trigger.changes.status.to eq "customer")[email.send; invoice.create; wait(P183D); email.send]',
      ],
      [
        'lead.updated',
        'if(trigger.changes.status.to eq "customer")[email.send; invoice.create; wait(P181D); email.send]',
      ],
      [
        'lead.updated',
        'if(trigger.changes.status.to eq "customer")[email.send; invoice.create; wait(P26W); email.send]',
      ],
    ],
  ],
  [
    'multi-step',
    'when someone books a listing consult, send the confirmation, then an hour after it ends email the thank-you and log a note',
    ['booking.created', 'email.send; wait(until); wait(PT1H); email.send; crm.addNote'],
    [['booking.created', 'email.send; wait(until+PT1H); email.send; crm.addNote']],
  ],
  [
    'multi-step',
    'On new lead, call our lead-routing webhook https://hooks.brightkey.io/route with the lead, then email the lead the agent intro',
    ['lead.created', 'http.request; email.send'],
  ],
  [
    'multi-step',
    'hey so when a buyer signs up on the site I want them in the CRM as a lead tagged "buyer", then send them the buyer guide, then a week later check in by email. if at any point they reply, stop and let me know',
    [
      'form.submitted',
      'crm.createLead; email.send; waitFor(email.received,P7D,event:[notify.team],timeout:[email.send])',
    ],
    [
      [
        'form.submitted',
        'crm.createLead; crm.updateLead; email.send; waitFor(email.received,P7D,event:[notify.team],timeout:[email.send])',
      ],
    ],
  ],
  [
    'long',
    "So here's my process, I'm a solo agent and drowning: when a new lead hits my CRM I want the intro email to go out immediately. Then 2 days later if they haven't replied, send follow up #1. That's all for now, I'll add more later.",
    ['lead.created', 'email.send; waitFor(email.received,P2D,timeout:[email.send])'],
  ],
  [
    'long',
    "ok context: we do open houses every weekend and people sign the ipad sign-in (it's a form). after each sign in I want (a) them added as a lead, (b) a thank you email, (c) a note on their lead saying which open house. Thanks!!",
    ['form.submitted', 'crm.createLead; email.send; crm.addNote'],
  ],
  [
    'long',
    'My TC (transaction coordinator) needs to know every time an invoice is created so she can track it. Can you have it email her at tc@brightkeyrealty.com each time? And post to #transactions too.',
    ['invoice.created', 'email.send; notify.slack'],
    [['invoice.created', 'notify.team; notify.slack']],
  ],
  [
    'long',
    "I'm trying to stay on top of my pipeline. Every Monday at 8:30am (central time), send me a summary of the previous week — new leads, showings, closings — by email. If possible post it to slack too.",
    ['cron(30 8 ? * MON *) America/Chicago', 'report.summarize; notify.team; notify.slack'],
    [['cron(30 8 ? * MON *) America/Chicago', 'report.summarize; email.send; notify.slack']],
  ],
  [
    'long',
    "Background: we charge a $75 application fee for rentals. When someone submits the rental application form, create an invoice for $75 and email them that the invoice is on its way. If they don't pay in 3 days, send a reminder.",
    [
      'form.submitted',
      'invoice.create; email.send; waitFor(invoice.paid,P3D,timeout:[invoice.sendReminder])',
    ],
  ],
  [
    'long',
    'quick one - when a booking is made with an attendee email, make sure that person is in the CRM (create a lead) and add a note with the booking title.',
    ['booking.created', 'if(trigger.booking.attendeeEmail exists true)[crm.createLead; crm.addNote]'],
    [['booking.created', 'if(trigger.booking.attendeeEmail ne null)[crm.createLead; crm.addNote]']],
  ],
  [
    'long',
    "Sellers ask me for weekly updates. every Friday at noon I'd like it to write up the week's activity and email it to all my active sellers (tag: active-listing).",
    ['cron(0 12 ? * FRI *)', 'report.summarize; crm.findLeads; forEach[email.send]'],
    [
      ['cron(0 12 ? * FRI *)', 'crm.findLeads; report.summarize; forEach[email.send]'],
      ['cron(0 12 ? * FRI *)', 'report.summarize; crm.findLeads; forEach[email.send]'],
      ['cron(0 12 ? * FRI *)', 'crm.exportLeads; report.summarize; forEach[email.send]'],
      ['cron(0 12 ? * FRI *)', 'report.summarize; crm.exportLeads; forEach[email.send]'],
      ['cron(0 12 ? * FRI *)', 'crm.findLeads; report.summarize; forEach[email.send]'],
      ['cron(0 12 ? * FRI *)', 'report.summarize; crm.exportLeads; forEach[email.send]'],
      ['cron(0 12 ? * FRI *)', 'crm.exportLeads; report.summarize; forEach[email.send]'],
    ],
  ],
  [
    'long',
    'hi! my assistant jenna handles showings. can you make it so every time a showing gets booked she gets a slack message, and if the showing gets cancelled later she gets another one. thanks',
    null,
  ],
  [
    'long',
    'Here\'s what I need for expired listings: every Wednesday at 10, find leads tagged "expired" and draft + send each one a personalized email (AI is fine) offering a free consult.',
    ['cron(0 10 ? * WED *)', 'crm.findLeads; forEach[email.draft; email.send]'],
    [['cron(0 10 ? * WED *)', 'crm.exportLeads; forEach[email.draft; email.send]']],
  ],
  [
    'long',
    "new lead comes in: wait 10 minutes (so it doesn't look automated lol), send my intro email, then if no reply within 24h email Jenna so she calls them",
    ['lead.created', 'wait(PT10M); email.send; waitFor(email.received,P1D,timeout:[notify.team])'],
    [['lead.created', 'wait(PT10M); email.send; waitFor(email.received,P1D,timeout:[email.send])']],
  ],
  [
    'long',
    'When a closing invoice is overdue by... actually just whenever an invoice goes overdue, send the reminder, note it on the lead, and let the team know in slack',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.team'],
    [['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.slack']],
  ],
  ['short', 'new lead → intro email', ['lead.created', 'email.send']],
  ['short', 'showing booked → confirmation', ['booking.created', 'email.send']],
  ['short', 'invoice paid? thank them', ['invoice.paid', 'email.send']],
  ['short', 'form submitted → crm', ['form.submitted', 'crm.createLead']],
  [
    'short',
    'daily summary 6pm',
    ['cron(0 18 * * ? *)', 'report.summarize'],
    [
      ['cron(0 18 * * ? *)', 'report.summarize; notify.team'],
      ['cron(0 18 ? * * *)', 'report.summarize'],
      ['cron(0 18 ? * * *)', 'report.summarize; notify.team'],
    ],
  ],
  [
    'short',
    'lead lost → note',
    ['lead.updated {"changes.status.to":["lost"]}', 'crm.addNote'],
    [['lead.updated', 'if(trigger.changes.status.to eq "lost")[crm.addNote]']],
  ],
  ['refusal', 'text every new lead within 5 minutes', 'text'],
  ['refusal', 'auto post my new listings to instagram and facebook', 'instagram'],
  ['refusal', 'have the system call my cell phone when a hot lead comes in', null],
  ['refusal', 'pull comps from the MLS every week and update my listing prices on zillow', null],
  ['refusal', 'make my follow up better', null],
  ['refusal', 'automate my transaction checklist', null],
  ['refusal', 'every time a house in 90210 hits the market, alert me', null],
  ['refusal', 'have it sign the purchase agreement in docusign for me when the buyer accepts', null],
  ['refusal', 'set it up so my leads get handled', null],
  ['refusal', 'mail a handwritten card to each client on their birthday', null],
  ['refusal', "check the buyer's credit score when they sign up", null],
  ['refusal', 'whatsapp the buyer the lockbox code an hour before each showing', 'whatsapp'],
  ['refusal', 'do the thing we talked about for new listings', null],
  ['refusal', 'every day at 8am', null],
];

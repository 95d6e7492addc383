import type { HeldOutCase } from '../heldout';

/** Set 23, rows 66–130 in the order written. */
export const SECOND_23: readonly HeldOutCase[] = [
  [
    'many',
    'Mondays at 8am Chicago time: for each consultation this week, add a note to the lead that the prep packet needs to go out',
    ['cron(0 8 ? * MON *) America/Chicago', 'calendar.find; forEach[crm.addNote]'],
  ],
  [
    'many',
    "every evening at 7 send each of tomorrow's clients an email reminding them to bring photo ID (we do a lot of will signings)",
    ['cron(0 19 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    "We have a bunch of leads tagged 'green card' who went quiet. Every Tuesday at 11 can you send each of them a short note saying the USCIS fee changes and to call us",
    ['cron(0 11 ? * TUE *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'report',
    'can we get the weekly numbers posted to slack monday mornings at 8',
    ['cron(0 8 ? * MON *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'send a monthly report of the firm activity to partners@harlowlaw.example on the 1st at 8am',
    ['cron(0 8 1 * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    "every day at 5:30 pm eastern, summarize today's activity and post it in #office",
    ['cron(30 17 * * ? *) America/New_York', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'Friday afternoons (3pm) email me a recap of the week: new leads, consults, payments',
    ['cron(0 15 ? * FRI *)', 'report.summarize; notify.team'],
    [['cron(0 15 ? * FRI *)', 'report.summarize; email.send']],
  ],
  [
    'report',
    "every morning at 7 send the attorneys yesterday's numbers by email",
    ['cron(0 7 * * ? *)', 'report.summarize; notify.team'],
  ],
  [
    'report',
    'can I get a summary of the last 30 days posted to slack every other week? hmm make it every 14 days',
    ['rate(14 days)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'At the end of each month (last day, 6pm London time) send the monthly summary to our UK partner at james@harlowlaw.example',
    ['cron(0 18 L * ? *) Europe/London', 'report.summarize; email.send'],
  ],
  [
    'report',
    'daily digest at 8pm on slack and also save it as a file in the Reports folder',
    ['cron(0 20 * * ? *)', 'report.summarize; notify.slack; files.create'],
  ],
  [
    'record',
    'When someone new emails us and they are not in the system yet, create a lead for them',
    ['email.received', 'if(trigger.leadId exists false)[crm.createLead]'],
    [['email.received', 'crm.createLead']],
  ],
  [
    'record',
    'when a consult is booked add a note to the lead "consult scheduled" with the date',
    ['booking.created', 'crm.addNote'],
  ],
  [
    'record',
    'When a client cancels their appointment, tag them as "needs reschedule"',
    ['booking.cancelled', 'crm.updateLead'],
  ],
  [
    'record',
    'calendly webhook comes in -> add the person to the CRM as a new lead with source calendly',
    ['webhook:calendly', 'crm.createLead'],
    [['booking.created', 'crm.createLead']],
  ],
  [
    'record',
    'when a new lead comes in log a note on them saying "conflict check needed" and tag them conflict-check',
    ['lead.created', 'crm.addNote; crm.updateLead'],
  ],
  [
    'record',
    'When an invoice goes overdue, add a note to the client record and tag them "late payer"',
    ['invoice.overdue', 'crm.addNote; crm.updateLead'],
  ],
  [
    'record',
    'new tally form submission = new lead (status new, source "tally")',
    ['webhook:tally', 'crm.createLead'],
    [['form.submitted {"source":["tally"]}', 'crm.createLead']],
  ],
  [
    'approval',
    'when an invoice is overdue draft a reminder but ask me before sending it',
    ['invoice.overdue', 'approval; invoice.sendReminder'],
    [['invoice.overdue', 'email.draft; approval; email.send']],
  ],
  [
    'approval',
    'New lead -> have the AI write a personal reply, but I want to approve it before it goes out',
    ['lead.created', 'email.draft; approval; email.send'],
  ],
  [
    'approval',
    'when someone books a consult, check with me first before the engagement letter email goes out to them',
    ['booking.created', 'approval; email.send'],
  ],
  [
    'approval',
    'Every Monday at 9 send a reminder to all clients with unpaid invoices, but have Jen approve the batch first. If she says no, just post in #billing that it was skipped',
    ['cron(0 9 ? * MON *)', 'approval(rejected:[notify.slack]); invoice.find; forEach[invoice.sendReminder]'],
    [
      [
        'cron(0 9 ? * MON *)',
        'invoice.find; approval(rejected:[notify.slack]); forEach[invoice.sendReminder]',
      ],
    ],
  ],
  [
    'approval',
    'when a new lead comes in worth more than 25000, ask the partner for approval, then book a consult with them',
    ['lead.created', 'if(trigger.lead.value gt 25000)[approval; calendar.schedule]'],
    [['lead.created {"lead.value":[{"numeric":[">",25000]}]}', 'approval; calendar.schedule']],
  ],
  [
    'knowledge',
    'When a potential client emails a question, search our FAQ and reply with the answer',
    ['email.received', 'knowledge.search; email.draft; email.send'],
    [['email.received', 'knowledge.search; email.send']],
  ],
  [
    'knowledge',
    'emails to fees@harlowlaw.example: look up the answer in the knowledge base and draft a reply for me to check before it goes out',
    [
      'email.received {"to":["fees@harlowlaw.example"]}',
      'knowledge.search; email.draft; approval; email.send',
    ],
    [
      [
        'email.received',
        'if(trigger.to eq "fees@harlowlaw.example")[knowledge.search; email.draft; approval; email.send]',
      ],
    ],
  ],
  [
    'knowledge',
    'new intake form -> check the knowledge base for the practice area they picked and email them the matching guide',
    ['form.submitted', 'knowledge.search; email.send'],
  ],
  [
    'knowledge',
    'When a client emails us, search the knowledge base for their question and post the top result in #paralegals so someone can answer',
    ['email.received', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    'every time a lead comes in with the tag immigration, search our knowledge base for "visa options" and send them what we have',
    ['lead.created {"lead.tags":["immigration"]}', 'knowledge.search; email.send'],
    [['lead.created', 'if(trigger.lead.tags contains "immigration")[knowledge.search; email.send]']],
  ],
  [
    'files',
    'When a client emails us attachments, let the assigned paralegal know there are new documents',
    ['email.received', 'if(trigger.attachments.0 exists true)[notify.team]'],
    [['email.received {"attachments":[{"exists":true}]}', 'notify.team']],
  ],
  [
    'files',
    'when our questionnaire form is submitted save the answers as a file in the folder "Questionnaires"',
    ['form.submitted', 'files.create'],
  ],
  [
    'files',
    'When a new file shows up in the Signed Retainers folder, mark the client as a customer... actually just post it to #new-clients',
    ['file.updated {"file.folder":["Signed Retainers"]}', 'notify.slack'],
  ],
  [
    'files',
    'after every consultation ends write up a consult notes file for the attorney to fill in and tell them it is there',
    ['booking.created', 'wait(until); files.create; notify.team'],
  ],
  [
    'webhook',
    'Our website vendor can send a webhook called "webform" when someone requests a callback. When that comes in, email the front desk at frontdesk@harlowlaw.example',
    ['webhook:webform', 'email.send'],
  ],
  [
    'webhook',
    'new lead comes in -> POST it to our Zapier hook https://hooks.zapier.com/hooks/catch/123/abc',
    ['lead.created', 'http.request'],
  ],
  [
    'webhook',
    'we get a webhook from our answering service (source "ruby") whenever they take a message. Turn each one into a new lead and slack #intake',
    ['webhook:ruby', 'crm.createLead; notify.slack'],
  ],
  ['team', 'let me know whenever a workflow fails', ['workflow.failed', 'notify.team']],
  [
    'team',
    'tell the whole office on slack when a new client retains us (invoice paid)',
    ['invoice.paid', 'notify.slack'],
    [['invoice.paid', 'notify.team']],
  ],
  [
    'team',
    'when a lead gets updated to lost, email Diane so she knows',
    ['lead.updated {"lead.status":["lost"]}', 'notify.team'],
    [['lead.updated {"changes.status.to":["lost"]}', 'notify.team']],
  ],
  [
    'wait',
    'on new lead: email them, wait 3 days, if they replied tag hot, if not send one more email',
    ['lead.created', 'email.send; waitFor(email.received,P3D,event:[crm.updateLead],timeout:[email.send])'],
  ],
  [
    'list',
    'When a divorce client (tag "divorce") is added: send the financial affidavit instructions, schedule the 45-minute document review, and remind me by email',
    ['lead.created {"lead.tags":["divorce"]}', 'email.send; calendar.schedule; notify.team'],
    [
      [
        'lead.created',
        'if(trigger.lead.tags contains "divorce")[email.send; calendar.schedule; notify.team]',
      ],
    ],
  ],
  [
    'manual',
    'i want a button i can press that sends the holiday closure notice to info@harlowlaw.example',
    ['manual', 'email.send'],
  ],
  [
    'wait',
    'When a consult is booked wait 2 days and then send them our prep checklist',
    ['booking.created', 'wait(P2D); email.send'],
  ],
  [
    'approval',
    'When a lead is created, ask me whether to book them in; if I say yes book a 30 min consult, if I say no mark them lost',
    ['lead.created', 'approval(rejected:[crm.updateLead]); calendar.schedule'],
  ],
  [
    'condition',
    'when an email comes in from an address ending in @uscis.gov, forward... er, alert Attorney Reyes and add a note to the client',
    ['email.received', 'if(trigger.from contains "@uscis.gov")[notify.team; crm.addNote]'],
    [['email.received {"from":[{"suffix":"@uscis.gov"}]}', 'notify.team; crm.addNote']],
  ],
  [
    'report',
    'Every Monday 9am Eastern: last week summary by email to dana@harlowlaw.example and to #partners on slack',
    ['cron(0 9 ? * MON *) America/New_York', 'report.summarize; email.send; notify.slack'],
  ],
  [
    'record',
    'when someone replies to one of our emails, move that lead to contacted',
    ['email.received', 'crm.updateLead'],
  ],
  [
    'event',
    'When an invoice is overdue, send the client the reminder',
    ['invoice.overdue', 'invoice.sendReminder'],
  ],
  [
    'schedule',
    'every weekday at 9:00 and 1:00 (NYC time) post in #front-desk "check the voicemail box"',
    ['cron(0 9,13 ? * MON-FRI *) America/New_York', 'notify.slack'],
  ],
  [
    'many',
    'Every day at 10am, find all qualified leads and book a consult for each one',
    ['cron(0 10 * * ? *)', 'crm.findLeads; forEach[calendar.schedule]'],
  ],
  ['refuse', 'when a new PI lead comes in, text them on their cell to say we got their info', null],
  ['refuse', 'Can you sync our new clients into Clio and open a matter for each one?', null],
  ['refuse', 'whats the deadline to file an answer to a divorce petition in texas?', null],
  [
    'refuse',
    'send the signed retainer out for e-signature through DocuSign when the consult is booked',
    null,
  ],
  ['refuse', 'automate my follow ups', null],
  ['refuse', 'Please e-file the motion with the county court every time the draft is finished', null],
  ['refuse', 'when a lead comes in call them automatically and leave a voicemail', null],
  [
    'refuse',
    'fax the signed medical authorization to the hospital records department when the client sends it back',
    null,
  ],
  ['refuse', 'Check PACER every morning for new docket entries on our cases and email me', null],
  ['refuse', "charge the client's card on file through LawPay for the monthly payment plan", null],
  ['refuse', 'make our intake process better', null],
  [
    'refuse',
    'run a conflict check against all our past clients in PracticePanther whenever a new lead comes in',
    null,
  ],
  [
    'refuse',
    'send a WhatsApp message to the client in Spanish when their USCIS interview is scheduled',
    null,
  ],
  [
    'refuse',
    'Can you mail a paper copy of the will to the client by certified mail after the signing?',
    null,
  ],
  ['refuse', 'help', null],
  ['refuse', 'Post a review request to our Google Business profile for every client whose case closes', null],
];

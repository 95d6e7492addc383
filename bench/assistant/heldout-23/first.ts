import type { HeldOutCase } from '../heldout';

/** Set 23, rows 1–65 in the order written. */
export const FIRST_23: readonly HeldOutCase[] = [
  [
    'event',
    'when a new lead comes in send them our intake questionnaire email',
    ['lead.created', 'email.send'],
  ],
  [
    'event',
    'Whenever someone books a free consult through Calendly, email them a confirmation with the list of documents to bring (marriage certificate, any court orders, last 2 pay stubs).',
    ['booking.created', 'email.send'],
    [['webhook:calendly', 'email.send']],
  ],
  [
    'event',
    'if a consultaion gets cancelled let Maria know so she can call them and reschedule',
    ['booking.cancelled', 'notify.team'],
  ],
  [
    'event',
    'When a client pays there invoice send them a short thank you email',
    ['invoice.paid', 'email.send'],
  ],
  [
    'event',
    'any time a client emails us, add a note to their record in the CRM with what they said',
    ['email.received', 'crm.addNote'],
  ],
  [
    'event',
    'new typeform submission -> create the lead in the crm',
    ['webhook:typeform', 'crm.createLead'],
    [['form.submitted {"source":["typeform"]}', 'crm.createLead']],
  ],
  [
    'event',
    'When an invoice goes overdue post it in #billing on slack pls',
    ['invoice.overdue', 'notify.slack'],
  ],
  [
    'event',
    "when a new file is uploaded let the paralegal team know it's there",
    ['file.updated', 'notify.team'],
  ],
  [
    'event',
    'New lead -> ping me on slack with their name and number',
    ['lead.created', 'notify.team'],
    [['lead.created', 'notify.slack']],
  ],
  [
    'event',
    'Hi! We use Jotform for our estate planning questionnaire. When a client submits it, can you email Linda (linda@harlowlaw.example) so she can start drafting the will?',
    ['webhook:jotform', 'email.send'],
    [['form.submitted {"source":["jotform"]}', 'email.send']],
  ],
  [
    'event',
    'whenever a retainer payment comes thru, tell Tom and put a note on the client',
    ['invoice.paid', 'notify.team; crm.addNote'],
  ],
  [
    'event',
    'When somebody books an appointment, put it in the #intake slack channel',
    ['booking.created', 'notify.slack'],
  ],
  ['event', 'lead created -> tag them "new inquiry"', ['lead.created', 'crm.updateLead']],
  [
    'event',
    'when someone fills in the contact form on our website email them back saying we got it and someone will call within one business day',
    ['form.submitted', 'email.send'],
  ],
  [
    'schedule',
    'every weekday at 8am Eastern post our court calendar for today in slack',
    ['cron(0 8 ? * MON-FRI *) America/New_York', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'Every morning at 7:30 central time email me a list of tomorrows consultations',
    ['cron(30 7 * * ? *) America/Chicago', 'calendar.find; notify.team'],
    [['cron(30 7 * * ? *) America/Chicago', 'calendar.find; email.send']],
  ],
  [
    'schedule',
    'on Mondays and Thursdays at 10, remind the team in Slack to update their time entries',
    ['cron(0 10 ? * MON,THU *)', 'notify.slack'],
    [['cron(0 10 ? * MON,THU *)', 'notify.team']],
  ],
  [
    'schedule',
    'first monday of every month 9am pacific - send Jen a reminder to run the trust account reconciliation',
    ['cron(0 9 ? * MON#1 *) America/Los_Angeles', 'notify.team'],
  ],
  [
    'schedule',
    'Twice a day (9 and 3) check for new voicemails... actually no, just post a reminder in slack to check the intake inbox at 9am and 3pm',
    ['cron(0 9,15 * * ? *)', 'notify.slack'],
    [['cron(0 9,15 * * ? *)', 'notify.team']],
  ],
  [
    'schedule',
    'every friday at 4:30pm remind everyone by email to submit their billable hours before the weekend',
    ['cron(30 16 ? * FRI *)', 'notify.team'],
  ],
  [
    'schedule',
    "At half past eight every weekday (Phoenix time, we are in Arizona) send the team the list of today's appointments",
    ['cron(30 8 ? * MON-FRI *) America/Phoenix', 'calendar.find; notify.team'],
  ],
  [
    'schedule',
    'every sunday night at 8 Denver time, post the week ahead (all appointments for the next 7 days) to #scheduling',
    ['cron(0 20 ? * SUN *) America/Denver', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'Every day at noon New York time, post a reminder in our #leads channel to return all calls from this morning',
    ['cron(0 12 * * ? *) America/New_York', 'notify.slack'],
  ],
  [
    'schedule',
    'last business day of the month at 5 pm remind Rob to send out the monthly statements',
    ['cron(0 17 LW * ? *)', 'notify.team'],
  ],
  [
    'schedule',
    'every hour during the day can you check the intake@ inbox... no wait. every hour, tell the front desk on slack how many consults are booked for today',
    ['rate(1 hour)', 'calendar.find; notify.team'],
    [['rate(1 hour)', 'calendar.find; notify.slack']],
  ],
  [
    'wait',
    "when we send a lead an email and they don't reply within 3 days send them a follow up",
    ['email.sent[message]', 'waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'wait',
    "If an invoice isn't paid within 7 days of going out, send the client a reminder",
    ['invoice.created', 'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder])'],
  ],
  [
    'wait',
    'new lead comes in -> send the intake form. if they havent filled it out after 2 days, nudge them again',
    ['lead.created', 'email.send; waitFor(form.submitted,P2D,timeout:[email.send])'],
  ],
  [
    'wait',
    "When someone books a consult and we send the engagement letter, if they don't write back in 5 days let Paula know",
    ['booking.created', 'email.send; waitFor(email.received,P5D,timeout:[notify.team])'],
  ],
  [
    'wait',
    "For overdue invoices: send a reminder, and if it's still not paid a week later, email the attorney (mark@harlowlaw.example)",
    ['invoice.overdue', 'invoice.sendReminder; waitFor(invoice.paid,P7D,timeout:[email.send])'],
  ],
  [
    'wait',
    'after a new potential client submits the questionnaire, if they havent booked a consultation within 48 hours send them our booking link again',
    ['form.submitted', 'waitFor(booking.created,PT48H,timeout:[email.send])'],
    [['form.submitted', 'waitFor(booking.created,P2D,timeout:[email.send])']],
  ],
  [
    'wait',
    "when an invoice is sent, wait 14 days and if it hasn't been paid, add a note to the client and flag it for Sue",
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[crm.addNote; notify.team])'],
  ],
  [
    'wait',
    "Lead comes in, we email them. no answer in 24 hrs -> call list (tag them 'call')",
    ['lead.created', 'email.send; waitFor(email.received,PT24H,timeout:[crm.updateLead])'],
    [['lead.created', 'email.send; waitFor(email.received,P1D,timeout:[crm.updateLead])']],
  ],
  [
    'wait',
    "When a meeting is booked, email the client asking them to confirm. If they don't reply within 2 days, email them again and cc me",
    ['booking.created', 'email.send; waitFor(email.received,P2D,timeout:[email.send])'],
  ],
  [
    'wait',
    'when a new lead is added, wait 1 hour, then email them our free consultation offer. if no response in 4 days mark them as lost',
    ['lead.created', 'wait(PT1H); email.send; waitFor(email.received,P4D,timeout:[crm.updateLead])'],
  ],
  [
    'wait',
    "When a client emails us and nobody on our side has answered within 1 business day... ok let's say 24 hours, alert the office manager",
    ['email.received', 'waitFor(email.sent,PT24H,timeout:[notify.team])'],
    [['email.received', 'waitFor(email.sent,P1D,timeout:[notify.team])']],
  ],
  [
    'wait',
    'on a new invoice: if paid within 10 days thank them, if not send a reminder',
    ['invoice.created', 'waitFor(invoice.paid,P10D,event:[email.send],timeout:[invoice.sendReminder])'],
  ],
  [
    'wait',
    "when a consult is booked, email the client the intake packet; if they don't send it back (reply) in 3 days, remind them, and if still nothing after 3 more days tell me",
    [
      'booking.created',
      'email.send; waitFor(email.received,P3D,timeout:[email.send; waitFor(email.received,P3D,timeout:[notify.team])])',
    ],
  ],
  [
    'condition',
    'When a new lead comes in, if the case value is over 50k notify Attorney Harlow right away, otherwise just send the standard welcome email',
    ['lead.created', 'if(trigger.lead.value gt 50000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'for overdue invoices over $2,500 tell the partner, for smaller ones just send the reminder',
    ['invoice.overdue', 'if(trigger.invoice.totalCents gt 250000)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    "when an invoice goes overdue and it's more than $1000, send it to collections@harlowlaw.example; otherwise send a polite reminder",
    ['invoice.overdue', 'if(trigger.invoice.totalCents gt 100000)[email.send]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'when a lead is created and the source is "avvo", tag them avvo and email them. otherwise do nothing',
    ['lead.created', 'if(trigger.lead.source eq "avvo")[crm.updateLead; email.send]'],
    [['lead.created {"lead.source":["avvo"]}', 'crm.updateLead; email.send']],
  ],
  [
    'condition',
    'When an email comes in and the subject has "urgent" in it, slack the attorney on duty immediately',
    ['email.received', 'if(trigger.subject contains "urgent")[notify.team]'],
  ],
  [
    'condition',
    "New PI lead: if the lead has the tag 'truck accident' send it to Greg, else to Anne",
    ['lead.created', 'if(trigger.lead.tags contains "truck accident")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'when a booking is made, if it has no email address for the client, tell the front desk to call them for it; if it does, send the confirmation',
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.team]else[email.send]'],
    [['booking.created', 'if(trigger.booking.attendeeEmail exists true)[email.send]else[notify.team]']],
  ],
  [
    'condition',
    "When a lead's status changes to qualified and their value is at least 10000, book a 60 min strategy session with them",
    ['lead.updated {"lead.status":["qualified"]}', 'if(trigger.lead.value gte 10000)[calendar.schedule]'],
    [
      [
        'lead.updated {"changes.status.to":["qualified"]}',
        'if(trigger.lead.value gte 10000)[calendar.schedule]',
      ],
    ],
  ],
  [
    'condition',
    'if a new client email mentions "deportation" or "ICE", alert Attorney Reyes by slack, otherwise just log it',
    [
      'email.received',
      'if((trigger.text contains "deportation" or trigger.text contains "ICE"))[notify.team]else[log]',
    ],
  ],
  [
    'condition',
    'when an invoice is paid, if its the retainer (over $3000) move the lead to customer and send the welcome packet',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 300000)[crm.updateLead; email.send]'],
  ],
  [
    'condition',
    "new lead - if they came from a referral, thank the referrer... no, we don't have the referrer. If source is referral, tag 'referral' and notify me. Otherwise send them the normal welcome email.",
    ['lead.created', 'if(trigger.lead.source eq "referral")[crm.updateLead; notify.team]else[email.send]'],
  ],
  [
    'list',
    'When a new client signs up (lead marked as customer) send a welcome email, schedule a kickoff call, and add a note "onboarding started"',
    ['lead.updated {"lead.status":["customer"]}', 'email.send; calendar.schedule; crm.addNote'],
    [['lead.updated {"changes.status.to":["customer"]}', 'email.send; calendar.schedule; crm.addNote']],
  ],
  [
    'list',
    'new consult request form: add them to the crm, email them a thank you, book a 30 minute phone consult and tell the intake team',
    ['form.submitted', 'crm.createLead; email.send; calendar.schedule; notify.team'],
  ],
  [
    'list',
    'when an invoice is paid: mark the lead as customer, add a note "retainer received", and post it in #wins',
    ['invoice.paid', 'crm.updateLead; crm.addNote; notify.slack'],
  ],
  [
    'list',
    'When a consultation is cancelled, email the client, add a note to their record, then let the attorney know',
    ['booking.cancelled', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'list',
    "new lead: tag as 'web', send welcome email, and schedule a call for the next available slot",
    ['lead.created', 'crm.updateLead; email.send; calendar.schedule'],
  ],
  [
    'list',
    'After a consult is booked: 1) send confirmation 2) add note to lead 3) notify Rachel 4) post to #consults',
    ['booking.created', 'email.send; crm.addNote; notify.team; notify.slack'],
  ],
  [
    'list',
    'When the engagement letter comes back signed (client replies to the email), mark them as customer, send the invoice for the $2500 flat fee, and thank them',
    ['email.received', 'crm.updateLead; invoice.create; email.send'],
  ],
  [
    'list',
    'we only do immigration, so for every new lead: add tag immigration, draft a personal reply with AI, send it, then log it',
    ['lead.created', 'crm.updateLead; email.draft; email.send; log'],
  ],
  [
    'list',
    'Someone fills out the form on our site (its the PI accident form) -> create lead, tag "PI", email them, notify Greg on slack, save the form answers as a file',
    ['form.submitted', 'crm.createLead; crm.updateLead; email.send; notify.team; files.create'],
  ],
  [
    'list',
    'New lead: welcome email, wait 2 days, send the "what to expect" email, wait 3 more days, send the reviews email',
    ['lead.created', 'email.send; wait(P2D); email.send; wait(P3D); email.send'],
  ],
  [
    'many',
    'Every morning at 9, send a payment reminder to every client with an overdue invoice',
    ['cron(0 9 * * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    'each afternoon at 2pm email everyone who has an appointment tomorrow a reminder (include the address: 100 Main St Suite 4)',
    ['cron(0 14 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'every Monday at 10am send a check-in email to all the leads still marked "new"',
    ['cron(0 10 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'Weekly on Fridays at noon: any unpaid invoices, send the client a reminder and add a note on their lead',
    ['cron(0 12 ? * FRI *)', 'invoice.find; forEach[invoice.sendReminder; crm.addNote]'],
  ],
  [
    'many',
    'every day at 6pm eastern, for every lead we emailed at least 5 days ago who never replied, tag them "cold"',
    ['cron(0 18 * * ? *) America/New_York', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
  [
    'many',
    'on the first of the month at 9 email all our estate planning clients (tag: estate) a reminder to review their beneficiaries',
    ['cron(0 9 1 * ? *)', 'crm.findLeads; forEach[email.send]'],
  ],
];

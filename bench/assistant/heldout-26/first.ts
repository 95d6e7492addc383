import type { HeldOutCase } from '../heldout';

/** Set 26, rows 1–65 in the order written. */
export const FIRST_26: readonly HeldOutCase[] = [
  [
    'event',
    'whenever a client uploads a document pls let Jess know so she can file it in the right folder',
    ['file.updated', 'notify.team'],
  ],
  ['event', 'Invoice paid -> send the client a thank you email', ['invoice.paid', 'email.send']],
  [
    'event',
    'When an invoice is created, email the details to accounts@hollowaycpa.com so we have a copy.',
    ['invoice.created', 'email.send'],
  ],
  ['event', 'new booking comes in → post it in #front-desk on slack', ['booking.created', 'notify.slack']],
  [
    'event',
    'if a client cancels their tax appointment can you let Deb know so she can rebook them',
    ['booking.cancelled', 'notify.team'],
  ],
  [
    'event',
    'When a new lead is added, send them our new client welcome email (the one that explains our fees and what happens next).',
    ['lead.created', 'email.send'],
  ],
  [
    'event',
    'whenever an invoice goes overdue just send the standard payment reminder',
    ['invoice.overdue', 'invoice.sendReminder'],
  ],
  [
    'event',
    'when a workflow fails post in #ops-alerts so someone actually notices. last time we missed it for a week',
    ['workflow.failed', 'notify.slack'],
  ],
  [
    'event',
    "When someone fills in the 'Tax organizer request' form, email them the link to the organizer",
    ['form.submitted {"form":["Tax organizer request"]}', 'email.send'],
    [['form.submitted', 'if(trigger.form eq "Tax organizer request")[email.send]']],
  ],
  [
    'event',
    'whenever we get an email from a client slack Tom the subject line',
    ['email.received', 'notify.team'],
  ],
  ['event', 'any new lead - post their name and email in #new-business', ['lead.created', 'notify.slack']],
  [
    'event',
    "When someone books a meeting with us, email them the checklist of what to bring (photo ID, last year's return, W-2s, 1099s).",
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    "when an invoice is marked paid post 'ka-ching 💰 <client> paid' in the #wins channel lol",
    ['invoice.paid', 'notify.slack'],
  ],
  [
    'event',
    "Once the 'Month-end close' workflow completes, email Rahul at rahul@ledgerwise.co.uk to say it's done",
    ['workflow.completed {"workflowName":["Month-end close"]}', 'email.send'],
    [['workflow.completed', 'if(trigger.workflowName eq "Month-end close")[email.send]']],
  ],
  [
    'event',
    'if an email comes in from anyone @hmrc.gov.uk give Sandra a heads up straight away',
    ['email.received {"from":[{"suffix":"@hmrc.gov.uk"}]}', 'notify.team'],
    [
      ['email.received {"from":[{"suffix":"hmrc.gov.uk"}]}', 'notify.team'],
      ['email.received', 'if(trigger.from contains "@hmrc.gov.uk")[notify.team]'],
    ],
  ],
  [
    'event',
    'When a new client books a discovery call send Liam a DM on slack',
    ['booking.created', 'notify.team'],
  ],
  [
    'schedule',
    'every monday at 9am remind the team in slack to submit their timesheets',
    ['cron(0 9 ? * MON *)', 'notify.slack'],
    [['cron(0 9 ? * MON *)', 'notify.team']],
  ],
  [
    'schedule',
    'Payroll reminder - on the 25th of every month at 10am (Sydney time) email payroll@brightledger.com.au to run the pays',
    ['cron(0 10 25 * ? *) Australia/Sydney', 'email.send'],
  ],
  [
    'schedule',
    "last working day of each month, 4pm UK time, remind everyone to lock off the month's timesheets",
    ['cron(0 16 LW * ? *) Europe/London', 'notify.team'],
    [['cron(0 16 LW * ? *) Europe/London', 'notify.slack']],
  ],
  [
    'schedule',
    'first monday of every month 9am: email bookkeeping@tallyandco.com to start the bank recs',
    ['cron(0 9 ? * MON#1 *)', 'email.send'],
    [['cron(0 9 ? * 2#1 *)', 'email.send']],
  ],
  [
    'schedule',
    'Estimated tax reminder for me (dana@cpadana.com) on Jan 15, Apr 15, Jun 15 and Sep 15 at 9am Eastern to start chasing clients for their quarterly payments',
    ['cron(0 9 15 1,4,6,9 ? *) America/New_York', 'email.send'],
  ],
  [
    'schedule',
    'remind Kylie about BAS a week before each due date, so the 21st of Feb, Apr, Jul and Oct at 9am Perth time',
    ['cron(0 9 21 2,4,7,10 ? *) Australia/Perth', 'notify.team'],
  ],
  [
    'schedule',
    'fridays 3pm — ask the team on slack to update WIP before the weekend',
    ['cron(0 15 ? * FRI *)', 'notify.slack'],
    [['cron(0 15 ? * FRI *)', 'notify.team']],
  ],
  [
    'schedule',
    'Self assessment deadline is 31 Jan. On 24 January 2027 at 9am London time, remind the team there is one week left.',
    ['at(2027-01-24T09:00:00) Europe/London', 'notify.team'],
  ],
  [
    'schedule',
    'every 15 min hit https://sync.karbon-bridge.example.com/run so jobs stay in sync with our practice mgmt system',
    ['rate(15 minutes)', 'http.request'],
  ],
  [
    'schedule',
    "daily at 7am central post a good-morning reminder in #tax-team to check this week's deadlines",
    ['cron(0 7 * * ? *) America/Chicago', 'notify.slack'],
  ],
  [
    'schedule',
    'every weekday at 5pm pacific remind the admin staff to scan the days mail into the DMS',
    ['cron(0 17 ? * MON-FRI *) America/Los_Angeles', 'notify.team'],
  ],
  [
    'schedule',
    'every 2 weeks email paula@northstarpayroll.com a reminder to process the fortnightly payroll',
    ['rate(14 days)', 'email.send'],
  ],
  [
    'schedule',
    'On 1 July every year at 8am Melbourne time email staff@kbassociates.com.au the new financial year checklist',
    ['cron(0 8 1 7 ? *) Australia/Melbourne', 'email.send'],
  ],
  [
    'schedule',
    "April 1st 2027 9am post in slack: '2 weeks to tax day, get those returns out!!'",
    ['at(2027-04-01T09:00:00)', 'notify.slack'],
  ],
  [
    'wait',
    "When an invoice goes overdue send a reminder. If it's still not paid after 7 days tell Karen.",
    ['invoice.overdue', 'invoice.sendReminder; waitFor(invoice.paid,P7D,timeout:[notify.team])'],
  ],
  [
    'wait',
    'new lead → wait 2 days → send a follow up email about booking a free consult',
    ['lead.created', 'wait(P2D); email.send'],
  ],
  [
    'wait',
    "after a client's appointment is over (wait till it ends) email them our feedback survey link",
    ['booking.created', 'wait(until); email.send'],
  ],
  [
    'wait',
    "when we email a client and they don't reply within 3 days, send them a nudge",
    ['email.sent[message]', 'waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'wait',
    'When an invoice is issued give them 14 days, if not paid by then send a reminder',
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder])'],
  ],
  [
    'wait',
    'someone books a tax prep appt -> send a confirmation, then an hour after the appointment finishes send a thank you with our google review link',
    ['booking.created', 'email.send; wait(until); wait(PT1H); email.send'],
    [['booking.created', 'email.send; wait(until+PT1H); email.send']],
  ],
  [
    'wait',
    'when a client uploads docs wait 30 mins (they always upload in batches) then let Sam know',
    ['file.updated', 'wait(PT30M); notify.team'],
  ],
  [
    'wait',
    'when someone submits our onboarding form, wait 24 hrs then send them the document checklist',
    ['form.submitted', 'wait(PT24H); email.send'],
    [['form.submitted', 'wait(P1D); email.send']],
  ],
  [
    'wait',
    "Each time we send an invoice reminder, wait up to 10 days for payment. If it comes in post 'paid ✅' in #billing, if not tell Nick to ring them",
    [
      'email.sent {"kind":["invoice-reminder"]}',
      'waitFor(invoice.paid,P10D,event:[notify.slack],timeout:[notify.team])',
    ],
  ],
  [
    'wait',
    "new lead: send intro email, then wait up to 5 days for a reply. if they reply book a 30 min consult, if they don't tag them cold",
    [
      'lead.created',
      'email.send; waitFor(email.received,P5D,event:[calendar.schedule],timeout:[crm.updateLead])',
    ],
  ],
  [
    'wait',
    'When a booking gets cancelled wait 3 days then email them asking to reschedule',
    ['booking.cancelled', 'wait(P3D); email.send'],
  ],
  [
    'wait',
    'overdue invoice -> wait 48 hours -> second reminder',
    ['invoice.overdue', 'wait(PT48H); invoice.sendReminder'],
    [['invoice.overdue', 'wait(P2D); invoice.sendReminder']],
  ],
  [
    'wait',
    "When a new lead comes in, wait a week and then add a note to their file saying 'check in re engagement letter'",
    ['lead.created', 'wait(P7D); crm.addNote'],
    [['lead.created', 'wait(P1W); crm.addNote']],
  ],
  [
    'condition',
    'when an invoice is paid, if it was over $10k tell Mark, otherwise just send the usual thanks email',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 1000000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'New lead: if the company field is filled in send the business client welcome email, if not send the individual one',
    ['lead.created', 'if(trigger.lead.company exists true)[email.send]else[email.send]'],
  ],
  [
    'condition',
    "when the enquiry form comes in and the 'service' field is payroll send it to Aisha, everything else to Ben",
    ['form.submitted', 'if(trigger.fields.service eq "payroll")[notify.team]else[notify.team]'],
    [['form.submitted', 'if(trigger.fields.service contains "payroll")[notify.team]else[notify.team]']],
  ],
  [
    'condition',
    "overdue invoice: if it's more than 60 days overdue escalate to Helen, otherwise send a reminder",
    ['invoice.overdue', 'if(trigger.daysOverdue gt 60)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    "when an email comes in with 'urgent' in the subject ping the on-call bookkeeper on slack",
    ['email.received', 'if(trigger.subject contains "urgent")[notify.team]'],
    [['email.received {"subject":[{"wildcard":"*urgent*"}]}', 'notify.team']],
  ],
  [
    'condition',
    "When a lead is created, if they're tagged payroll book a 30 min onboarding call, if not just send the welcome email",
    ['lead.created', 'if(trigger.lead.tags contains "payroll")[calendar.schedule]else[email.send]'],
  ],
  [
    'condition',
    'new booking with no attendee email -> warn reception so they can call and get one',
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.team]'],
    [['booking.created {"booking.attendeeEmail":[null]}', 'notify.team']],
  ],
  [
    'condition',
    "when an invoice is raised and the currency isn't AUD let Chloe know to double check the FX",
    ['invoice.created', 'if(trigger.invoice.currency ne "AUD")[notify.team]'],
    [['invoice.created {"invoice.currency":[{"anything-but":"AUD"}]}', 'notify.team']],
  ],
  [
    'condition',
    "File uploaded: if it's a PDF let Jo know, otherwise tell Raj so he can convert it",
    ['file.updated', 'if(trigger.file.contentType eq "application/pdf")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'new lead worth over 5000 → book a call with a partner. anything smaller → tag them nurture',
    ['lead.created', 'if(trigger.lead.value gt 5000)[calendar.schedule]else[crm.updateLead]'],
  ],
  [
    'condition',
    "When someone books and the booking title mentions 'tax planning', email them the tax planning questionnaire",
    ['booking.created', 'if(trigger.booking.title contains "tax planning")[email.send]'],
    [['booking.created {"booking.title":[{"wildcard":"*tax planning*"}]}', 'email.send']],
  ],
  [
    'condition',
    "when a client replies and the email has attachments, put a note on their record 'docs received'",
    ['email.received', 'if(trigger.attachments.0 exists true)[crm.addNote]'],
    [['email.received {"attachments":[{"exists":true}]}', 'crm.addNote']],
  ],
  [
    'condition',
    'when a lead gets marked as lost and they were worth more than $2000, tell Dev',
    ['lead.updated {"lead.status":["lost"]}', 'if(trigger.lead.value gt 2000)[notify.team]'],
    [
      ['lead.updated {"lead.status":["lost"],"lead.value":[{"numeric":[">",2000]}]}', 'notify.team'],
      // "marked as lost" is a change of status everywhere else (sets 5, 6, 11, 12, 25's "gets marked as lost")
      ['lead.updated {"changes.status.to":["lost"]}', 'if(trigger.lead.value gt 2000)[notify.team]'],
    ],
  ],
  [
    'many',
    'every monday 9am send a payment reminder for every unpaid invoice',
    ['cron(0 9 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    'each afternoon at 4 email every client who has an appointment tomorrow a reminder of what to bring',
    ['cron(0 16 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'On March 1st 2027 at 8am email all clients tagged individual-return asking them to send their tax docs',
    ['at(2027-03-01T08:00:00)', 'crm.findLeads; forEach[email.send]'],
    [['at(2027-03-01T08:00:00)', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    'Can I get a button I press that emails every qualified lead our 2027 fee schedule',
    ['manual', 'crm.findLeads; forEach[email.send]'],
    [['manual', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    'friday 2pm: for each overdue invoice post a line in #collections with the client and amount',
    ['cron(0 14 ? * FRI *)', 'invoice.find; forEach[notify.slack]'],
  ],
  [
    'many',
    "every morning at 7:30 go through today's appointments and add a note to each client's record that they're coming in",
    ['cron(30 7 * * ? *)', 'calendar.find; forEach[crm.addNote]'],
  ],
  [
    'many',
    'At 9am on the last day of each quarter (Mar, Jun, Sep, Dec) email every client tagged payroll to send their super details',
    ['cron(0 9 L 3,6,9,12 ? *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'every day at 10 find the leads we emailed 5+ days ago who never replied, and send each one a polite follow up',
    ['cron(0 10 * * ? *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'on the 1st of every month at 6am raise a $450 invoice for every client tagged bookkeeping-monthly',
    ['cron(0 6 1 * ? *)', 'crm.findLeads; forEach[invoice.create]'],
  ],
];

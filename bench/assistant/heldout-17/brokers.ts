import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';

/** Seventeenth held-out set: insurance, mortgage and financial-advice brokers. */
export const BROKERS_17: readonly HeldOutCase[] = [
  [
    'event',
    'Please could you set up a notification to our compliance officer whenever an approval is requested on a workflow. Kind regards, Helen',
    ['approval.requested', 'notify.team'],
  ],
  [
    'event',
    'When a fact-find form is submitted via Jotform, please notify the adviser on duty',
    ['form.submitted {"source":["jotform"]}', 'notify.team'],
  ],
  [
    'event',
    "When a client's status changes to lost, send them our standard 'sorry to see you go' letter by email",
    ['lead.updated {"changes.status.to":["lost"]}', 'email.send'],
    [['lead.updated {"lead.status":["lost"]}', 'email.send']],
  ],
  ['event', 'Whenever a review meeting is booked, post it in #advisers', ['booking.created', 'notify.slack']],

  [
    'records',
    "When a mortgage enquiry comes in through the website form, create a lead with source 'website'",
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'records',
    'On completion (lead moved to customer), set their value to 2500, which is our proc fee',
    ['lead.updated {"changes.status.to":["customer"]}', 'crm.updateLead'],
    [['lead.updated {"lead.status":["customer"]}', 'crm.updateLead']],
  ],
  [
    'records',
    "When the client pays our broker fee invoice, add a note to their file: 'fee received'",
    ['invoice.paid', 'crm.addNote'],
  ],
  [
    'records',
    'When a client emails us their documents, save a note on their record and mark them as contacted',
    ['email.received', 'crm.addNote; crm.updateLead'],
  ],

  [
    'negative-wait',
    "If a new lead hasn't booked an initial consultation within 48 hours, ask their adviser to call them",
    ['lead.created', 'waitFor(booking.created,PT48H,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    "When we email a client their suitability report and there's no response after 10 days, send a follow-up email",
    ['email.sent[message]', 'waitFor(email.received,P10D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'Fee invoice issued; if unpaid at 21 days, notify the office manager.',
    ['invoice.created', 'waitFor(invoice.paid,P21D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    'When a protection quote is emailed, wait 3 days for a reply, if none, email again, and if there is still no reply after a further 4 days mark the lead as lost',
    [
      'email.sent[message]',
      'waitFor(email.received,P3D,timeout:[email.send; waitFor(email.received,P4D,timeout:[crm.updateLead])])',
    ],
  ],

  [
    'timezone',
    'Every weekday at 8.30am UK time, email me a summary of yesterday',
    ['cron(30 8 ? * MON-FRI *) Europe/London', TEAM],
  ],
  [
    'timezone',
    'Each Monday at 9am Sydney time, post the weekly pipeline summary in #brokers',
    ['cron(0 9 ? * MON *) Australia/Sydney', SLACK],
  ],
  [
    'timezone',
    'Daily at 5:30pm Eastern, email the principal broker a summary',
    ['cron(30 17 * * ? *) America/New_York', TEAM],
  ],
  [
    'timezone',
    'On the 1st of each month at 10am Dublin time, send compliance@hartwellfinancial.ie a summary of last month',
    ['cron(0 10 1 * ? *) Europe/Dublin', 'report.summarize; email.send'],
  ],

  ['recurring', 'Every weekday at 12 noon, post a summary to #team', ['cron(0 12 ? * MON-FRI *)', SLACK]],
  [
    'recurring',
    'At 9am on the first day of each quarter, send the directors a summary',
    ['cron(0 9 1 1,4,7,10 ? *)', TEAM],
  ],
  ['recurring', 'Every 4 hours, post an activity summary to #ops', ['rate(4 hours)', SLACK]],
  [
    'recurring',
    'Tuesdays and Thursdays at 4:15pm please email me a summary',
    ['cron(15 16 ? * TUE,THU *)', TEAM],
  ],

  [
    'condition',
    'When a new lead comes in with a loan value of over 500,000, notify the senior adviser; otherwise send the standard welcome email',
    ['lead.created', 'if(trigger.lead.value gt 500000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    "When an email arrives mentioning 'complaint', notify the compliance officer immediately",
    ['email.received', 'if(trigger.text contains "complaint")[notify.team]'],
  ],
  [
    'condition',
    "If a new lead came from MoneySuperMarket, tag them 'comparison' and send the intro email",
    ['lead.created', 'if(trigger.lead.source eq "MoneySuperMarket")[crm.updateLead; email.send]'],
    [['lead.created {"lead.source":["MoneySuperMarket"]}', 'crm.updateLead; email.send']],
  ],
  [
    'condition',
    "When an invoice is paid and it's £1,000 or more, post in #wins, otherwise just log it",
    ['invoice.paid', 'if(trigger.invoice.totalCents gte 100000)[notify.slack]else[log]'],
  ],

  [
    'list',
    'When an application is submitted via our form: (a) create the lead, (b) send the document checklist by email, (c) book the fact-find meeting, (d) notify the processing team',
    ['form.submitted', 'crm.createLead; email.send; calendar.schedule; notify.team'],
  ],
  [
    'list',
    'When a lead becomes qualified, email them our terms of business, add a note and book an appointment',
    ['lead.updated {"changes.status.to":["qualified"]}', 'email.send; crm.addNote; calendar.schedule'],
    [['lead.updated {"lead.status":["qualified"]}', 'email.send; crm.addNote; calendar.schedule']],
  ],
  [
    'list',
    'Upon receipt of payment for an invoice, mark the client as customer, send a receipt email and notify accounts',
    ['invoice.paid', 'crm.updateLead; email.send; notify.team'],
  ],
  [
    'list',
    'When a review meeting is cancelled, email the client, log a note, and tell their adviser',
    ['booking.cancelled', 'email.send; crm.addNote; notify.team'],
  ],

  [
    'many-records',
    'On the 1st of every month, email all clients tagged remortgage-due a reminder to get in touch',
    ['cron(0 9 1 * ? *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    'Every morning at 8:30 email each client who has a meeting with us today a reminder',
    ['cron(30 8 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many-records',
    'Every Monday, send a payment reminder for every overdue invoice',
    ['cron(0 9 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many-records',
    'Every Wednesday at 2pm, add a note to each lead with status contacted reminding the adviser to chase',
    ['cron(0 14 ? * WED *)', 'crm.findLeads; forEach[crm.addNote]'],
  ],

  ['report', 'Please send me a weekly management report every Monday at 7am', ['cron(0 7 ? * MON *)', TEAM]],
  [
    'report',
    'Monthly summary to the directors on the last working day of the month at 5pm',
    ['cron(0 17 LW * ? *)', TEAM],
  ],
  ['report', 'A daily summary of new enquiries posted in #sales at 9', ['cron(0 9 * * ? *)', SLACK]],
  [
    'report',
    'Generate a summary of the past 7 days every Friday evening and save it as a file for our compliance records',
    ['cron(0 18 ? * FRI *)', 'report.summarize; files.create'],
  ],

  ['refusal', 'When a policy is due for renewal, email the client 30 days before', null],
  ['refusal', "Pull the client's credit score from Experian when they submit the form", 'Experian'],
  ['refusal', 'Submit the application to the lender when the client signs the declaration', null],
  ['refusal', 'Text the client on their birthday', null],
];

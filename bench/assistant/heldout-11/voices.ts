import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';
const MAIL = 'report.summarize; email.send';
const OVERDUE = 'invoice.find; forEach[invoice.sendReminder]';
const LEADS = (action: string) => `crm.findLeads; forEach[${action}]`;

/**
 * Eleventh held-out set, second half: the harder voices of sets 8 and 9: tickets, terse notes, letters, dictation,
 * learner English and typing slips.
 */
export const VOICES_11: readonly HeldOutCase[] = [
  [
    'event',
    'Ticket 2093: whenever an invoice goes overdue we need a heads-up in #billing',
    ['invoice.overdue', 'notify.slack'],
  ],
  ['event', 'new file uploaded -> msg Dana', ['file.updated', 'notify.team']],
  ['event', 'when a customer write us a email please inform to Kevin', ['email.received', 'notify.team']],
  ['event', 'wen a workflow fails email me asap', ['workflow.failed', 'notify.team']],
  [
    'event',
    'Hi, can you set it up so that I get an email whenever someone is waiting for my approval? Thanks, Rosa',
    ['approval.requested', 'notify.team'],
  ],
  ['event', 'when i hit run post last weeks summary in #ops', ['manual', SLACK]],

  [
    'records',
    'form submited -> make new lead + send welcome mail',
    ['form.submitted', 'crm.createLead; email.send'],
  ],
  [
    'records',
    'Ticket 3310: every time a booking is made the attendee should be saved in our CRM',
    ['booking.created', 'crm.createLead'],
  ],
  ['records', 'when invoice is pay please to change lead to customer', ['invoice.paid', 'crm.updateLead']],
  [
    'records',
    'when a lead is marked as lost add a note saying lost deal period',
    ['lead.updated {"changes.status.to":["lost"]}', 'crm.addNote'],
  ],
  [
    'records',
    'Dear team, when somebody books a demo please create a file with the meeting details. Best, Hugo',
    ['booking.created', 'files.create'],
  ],
  ['records', 'new lead -> tag as website-lead', ['lead.created', 'crm.updateLead']],

  [
    'negative-wait',
    'ticket 4471: invoices not paid after 3 weeks -> send reminder',
    ['invoice.created', 'waitFor(invoice.paid,P21D,timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    'if the lead dont answer in 2 days send them a nudge email',
    ['email.sent[message]', 'waitFor(email.received,P2D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'when a booking is made and the person doesnt confirm by tommorow cancel the booking',
    ['booking.created', 'waitFor(email.received,P1D,timeout:[calendar.cancel])'],
  ],
  [
    'negative-wait',
    "New leads who haven't filled in the intake form within 3 days should get a reminder",
    ['lead.created', 'waitFor(form.submitted,P3D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'when an invoice is create and no payment come in 15 days send reminder and notify Raj',
    ['invoice.created', 'waitFor(invoice.paid,P15D,timeout:[invoice.sendReminder; notify.team])'],
  ],
  [
    'negative-wait',
    "Hi Sam, could we have it so that when a lead doesn't reply to our first email for 5 days, they get a follow-up, and if still nothing after another 5 days they're marked as lost? Thanks",
    [
      'email.sent[message]',
      'waitFor(email.received,P5D,timeout:[email.send; waitFor(email.received,P5D,timeout:[crm.updateLead])])',
    ],
  ],
  [
    'negative-wait',
    'new booking → wait 6h for confirmation, no reply = msg #bookings',
    ['booking.created', 'waitFor(email.received,PT6H,timeout:[notify.slack])'],
  ],

  [
    'condition',
    'new lead with value > 25k: tell the CEO, else welcome email',
    ['lead.created', 'if(trigger.lead.value gt 25000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'when arrives email with word quote, send it to sales@tradeup.co',
    ['email.received', 'if(trigger.text contains "quote")[email.send]'],
  ],
  [
    'condition',
    'Ticket 882: when an invoice over 3,000 euros is created, ask Marta for approval',
    ['invoice.created', 'if(trigger.invoice.totalCents gt 300000)[approval]'],
  ],
  [
    'condition',
    'if a new lead is from LinkedIn and worth over 8k notify sales in slack otherwise just add a note',
    [
      'lead.created',
      'if((trigger.lead.source eq "LinkedIn" and trigger.lead.value gt 8000))[notify.slack]else[crm.addNote]',
    ],
  ],
  [
    'condition',
    'when a overdue invoice is more then 20 days late send the customer a reminder and tell Ahmed',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 20)[invoice.sendReminder; notify.team]'],
  ],
  [
    'condition',
    'when new lead come with value under 1000 dollar, tag as small, else book a call',
    ['lead.created', 'if(trigger.lead.value lt 1000)[crm.updateLead]else[calendar.schedule]'],
  ],

  [
    'timezone',
    'each monday 9h lisbon time summary to the team by mail',
    ['cron(0 9 ? * MON *) Europe/Lisbon', TEAM],
  ],
  [
    'timezone',
    'pls send me a recap evry weekday at 7:30 Dublin time',
    ['cron(30 7 ? * MON-FRI *) Europe/Dublin', TEAM],
  ],
  [
    'timezone',
    'Ticket 5120: daily summary to #emea at 8 CET please',
    ['cron(0 8 * * ? *) Europe/Berlin', SLACK],
  ],
  [
    'timezone',
    'at 5 pm Pacific every friday, weekly digest to the team',
    ['cron(0 17 ? * FRI *) America/Los_Angeles', TEAM],
  ],
  ['timezone', 'daily at 9 US time post summary in #us', 'US time'],
  ['timezone', 'every tuesday at 10 BST mail the team a summary', 'BST'],
  ['timezone', 'Hi! Could I get the summary by email every morning at 8 IST? Thanks', 'IST'],

  ['recurring', 'mon+wed+fri 9am summary -> #team', ['cron(0 9 ? * MON,WED,FRI *)', SLACK]],
  ['recurring', 'twice a day pls email the team a summry', ['cron(0 9,17 * * ? *)', TEAM]],
  ['recurring', 'every six hours drop an activity summary into slack', ['rate(6 hours)', SLACK]],
  [
    'recurring',
    'last day of the month at 6 pm send summary to accounts@lumenstudio.com',
    ['cron(0 18 L * ? *)', MAIL],
  ],
  [
    'recurring',
    'um every weekday at like half past nine send the team the summary',
    ['cron(30 9 ? * MON-FRI *)', TEAM],
  ],
  [
    'recurring',
    'first monday of every month 10am, a summary for me by email',
    ['cron(0 10 ? * 2#1 *)', TEAM],
  ],

  [
    'many-records',
    'ticket 6610: every day at 10 we need reminders sent for all overdue invoices',
    ['cron(0 10 * * ? *)', OVERDUE],
  ],
  [
    'many-records',
    'evry monday email all the customers a thank you',
    ['cron(0 9 ? * MON *)', LEADS('email.send')],
  ],
  [
    'many-records',
    'each friday draft a followup for every lead in status contacted',
    ['cron(0 9 ? * FRI *)', LEADS('email.draft')],
  ],
  [
    'many-records',
    'Hi! Could you set up something that every evening sends Kim a message about each unpaid invoice? Cheers, Tom',
    ['cron(0 18 * * ? *)', 'invoice.find; forEach[notify.team]'],
  ],
  ['many-records', 'hourly: remind every customer whose invoice is overdue', ['rate(1 hour)', OVERDUE]],
  [
    'many-records',
    'every weekday at 9 send a welcome email to all leads still in status new',
    ['cron(0 9 ? * MON-FRI *)', LEADS('email.send')],
  ],

  ['report', 'Ticket 7002: weekly summary to #leadership, mondays 8am', ['cron(0 8 ? * MON *)', SLACK]],
  ['report', 'daily digest, email, 6pm', ['cron(0 18 * * ? *)', TEAM]],
  ['report', 'can u send me a monthly report of what happened by email', ['cron(0 9 1 * ? *)', TEAM]],
  ['report', 'every evening summary of the day into slack please', ['cron(0 18 * * ? *)', SLACK]],
  [
    'report',
    "Dear Sam, I'd like a weekly report by email every Monday at 10, covering the previous week. Thanks, Irene",
    ['cron(0 10 ? * MON *)', TEAM],
  ],
  [
    'report',
    'summary of the week saved as a file every friday at 5',
    ['cron(0 17 ? * FRI *)', 'report.summarize; files.create'],
  ],

  [
    'list',
    'new booking -> confirmation email + note on the lead + msg #calendar',
    ['booking.created', 'email.send; crm.addNote; notify.slack'],
  ],
  [
    'list',
    'Ticket 9150: when an invoice is paid 1) mark lead as customer 2) send thank you mail 3) post in #wins',
    ['invoice.paid', 'crm.updateLead; email.send; notify.slack'],
  ],
  [
    'list',
    'when a lead signs up send welcome email comma wait two days comma send the pricing sheet and then notify Leo',
    ['lead.created', 'email.send; wait(P2D); email.send; notify.team'],
  ],
  [
    'list',
    'when form is submit please to create lead, send him email and make a meeting',
    ['form.submitted', 'crm.createLead; email.send; calendar.schedule'],
  ],
  [
    'list',
    'When a file is updated:\n- post in #docs\n- email legal@brightco.com\n- log it',
    ['file.updated', 'notify.slack; email.send; log'],
  ],
  [
    'list',
    'when invoice overdue: reminder to customer, note on lead, alert #collections',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.slack'],
  ],
  [
    'list',
    'when a workflow fail, email me, post in #alerts and write in the log',
    ['workflow.failed', 'notify.team; notify.slack; log'],
  ],

  ['refusal', 'pls make my sales better', null],
  ['refusal', 'Ticket 1200: when a lead visits the pricing page twice, notify sales', 'visits'],
  ['refusal', 'when a customer is on our website longer than 5 minutes send a chat message', 'website'],
  ['refusal', 'every other friday at 9 post summary in #team', 'every other friday'],
  ['refusal', 'when lead not reply until friday send followup', 'friday'],
];

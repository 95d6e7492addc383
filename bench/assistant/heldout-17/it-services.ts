import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';

/** Seventeenth held-out set: IT managed-service providers and internal IT help desks. */
export const IT_SERVICES_17: readonly HeldOutCase[] = [
  [
    'event',
    'When a workflow run fails, page the on-call tech (currently Priyesh) via email',
    ['workflow.failed', 'notify.team'],
  ],
  [
    'event',
    'Trigger: webhook from UptimeRobot. Action: post the alert in #noc.',
    ['webhook:uptimerobot', 'notify.slack'],
  ],
  [
    'event',
    'Whenever a client emails the helpdesk we want it posted in #support so someone picks it up',
    ['email.received', 'notify.slack'],
  ],
  [
    'event',
    'whenever someone updates a file (runbooks, SOPs etc) let the team lead know',
    ['file.updated', 'notify.team'],
  ],

  [
    'records',
    'New client onboarding form submitted → create them as a lead in the CRM with status qualified',
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'records',
    'When a prospect signs (lead status -> customer), create an invoice for the onboarding fee, $1,500',
    ['lead.updated {"changes.status.to":["customer"]}', 'invoice.create'],
    [['lead.updated {"lead.status":["customer"]}', 'invoice.create']],
  ],
  [
    'records',
    'On a payment webhook from Stripe, mark the matching invoice as paid',
    ['webhook:stripe', 'invoice.markPaid'],
  ],
  [
    'records',
    "When a prospect books a network assessment, create a lead for them and add a note 'assessment booked'",
    ['booking.created', 'crm.createLead; crm.addNote'],
  ],

  [
    'negative-wait',
    "If a prospect doesn't respond to our proposal email within 5 days, get the account manager to chase (just notify them)",
    ['email.sent[message]', 'waitFor(email.received,P5D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    "Retainer invoice issued -> if still unpaid after 14 days send a reminder, and if it's still unpaid 2 weeks after that email accounts@northgate-it.com",
    [
      'invoice.created',
      'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder; waitFor(invoice.paid,P14D,timeout:[email.send])])',
    ],
  ],
  [
    'negative-wait',
    "new lead from the website: if they haven't booked a discovery call within 7 days, mark them as lost",
    ['lead.created', 'waitFor(booking.created,P7D,timeout:[crm.updateLead])'],
    [
      [
        'lead.created',
        'if(trigger.lead.source eq "website")[waitFor(booking.created,P7D,timeout:[crm.updateLead])]',
      ],
    ],
  ],
  [
    'negative-wait',
    "When a client books an onsite visit, email them the pre-visit checklist. If they don't reply within 24h, send it again",
    ['booking.created', 'email.send; waitFor(email.received,PT24H,timeout:[email.send])'],
  ],

  [
    'timezone',
    'Every weekday 7:45am Central time, email the helpdesk team a summary of yesterday',
    ['cron(45 7 ? * MON-FRI *) America/Chicago', TEAM],
  ],
  ['timezone', 'Daily at 06:00 UTC post a summary to #noc', ['cron(0 6 * * ? *) UTC', SLACK]],
  [
    'timezone',
    'Fridays 4pm Denver time - weekly SLA summary to the ops manager',
    ['cron(0 16 ? * FRI *) America/Denver', TEAM],
  ],
  [
    'timezone',
    'Every day at 8 Sydney time, summary of overnight activity into #apac-support',
    ['cron(0 8 * * ? *) Australia/Sydney', SLACK],
  ],

  ['recurring', 'Every 15 min, activity summary to #noc-feed', ['rate(15 minutes)', SLACK]],
  [
    'recurring',
    'At 07:00 and 19:00 every day (shift handover) post a summary to #handover',
    ['cron(0 7,19 * * ? *)', SLACK],
  ],
  [
    'recurring',
    'First Monday of each month 9:30am: summary to me by email, for the client review meetings',
    ['cron(30 9 ? * 2#1 *)', TEAM],
  ],
  [
    'recurring',
    'every weekday at 17:30 send the team a summary of the day',
    ['cron(30 17 ? * MON-FRI *)', TEAM],
  ],

  [
    'condition',
    "If an inbound email has 'outage' or 'down' in the subject, post it to #p1 right away",
    [
      'email.received',
      'if((trigger.subject contains "outage" or trigger.subject contains "down"))[notify.slack]',
    ],
  ],
  [
    'condition',
    'New lead with a value above 50k (full managed services) -> notify the sales director, otherwise send the standard brochure email',
    ['lead.created', 'if(trigger.lead.value gt 50000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    "When a new lead's company is Contoso, assign it to Mark (notify him)",
    ['lead.created', 'if(trigger.lead.company eq "Contoso")[notify.team]'],
  ],
  [
    'condition',
    'When an invoice goes overdue: more than 45 days -> notify the account manager; otherwise send the client the standard reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 45)[notify.team]else[invoice.sendReminder]'],
  ],

  [
    'list',
    'New client onboarding (when a lead becomes a customer):\n- send welcome pack email\n- tag as onboarding\n- book a kickoff call\n- post in #new-clients',
    [
      'lead.updated {"changes.status.to":["customer"]}',
      'email.send; crm.updateLead; calendar.schedule; notify.slack',
    ],
    [
      [
        'lead.updated {"lead.status":["customer"]}',
        'email.send; crm.updateLead; calendar.schedule; notify.slack',
      ],
    ],
  ],
  [
    'list',
    'When a workflow fails post to #automation-alerts, email it-ops@northgate-it.com and write it to the log',
    ['workflow.failed', 'notify.slack; email.send; log'],
  ],
  [
    'list',
    'When the support form is submitted, search the knowledge base for their issue, draft a reply and send it to them',
    ['form.submitted', 'knowledge.search; email.draft; email.send'],
  ],
  [
    'list',
    'Client cancels an onsite appointment → email them a rebooking link, add note to their record, notify dispatcher',
    ['booking.cancelled', 'email.send; crm.addNote; notify.team'],
  ],

  [
    'many-records',
    "Every Monday at 8, go through all leads with status 'contacted' and draft a follow up for each",
    ['cron(0 8 ? * MON *)', 'crm.findLeads; forEach[email.draft]'],
  ],
  [
    'many-records',
    'Every day at 7am send a reminder email to everyone with an onsite visit booked for today',
    ['cron(0 7 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many-records',
    'Weekly (Fri 2pm) send payment reminders for all overdue invoices',
    ['cron(0 14 ? * FRI *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many-records',
    'on the 1st of the month email every lead in customer status our monthly security bulletin',
    ['cron(0 9 1 * ? *)', 'crm.findLeads; forEach[email.send]'],
  ],

  ['report', 'Send a daily report to #it-managers at 6pm', ['cron(0 18 * * ? *)', SLACK]],
  [
    'report',
    "I'd like a weekly summary emailed to me every Friday afternoon",
    ['cron(0 14 ? * FRI *)', TEAM],
  ],
  ['report', 'When I trigger it manually, summarise the last 30 days and post it to #qbr', ['manual', SLACK]],
  [
    'report',
    'Monthly summary -> save it as a file in the reports folder',
    ['cron(0 9 1 * ? *)', 'report.summarize; files.create'],
  ],

  ['refusal', 'When a ticket is opened in ConnectWise, create a matching lead', 'ConnectWise'],
  ['refusal', "If a server's disk usage goes over 90%, restart the service", null],
  ['refusal', 'Reset the leaver’s password in Entra ID when HR submits the leaver form', null],
  ['refusal', "when a client's domain is about to expire, remind them 30 days before", null],
];

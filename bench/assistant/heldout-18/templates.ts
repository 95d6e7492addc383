import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';

/**
 * Eighteenth held-out set: titles and description paragraphs pasted from public automation template libraries
 * (Zapier, Make, n8n), with the apps our catalogue offers.
 */
export const TEMPLATES_18: readonly HeldOutCase[] = [
  [
    'event',
    'Send Slack notifications for new Typeform entries',
    ['form.submitted {"source":["typeform"]}', 'notify.slack'],
    [['webhook:typeform', 'notify.slack']],
  ],
  [
    'event',
    'Get an email alert when a workflow fails\n\nThis template watches your workflow runs and emails you the moment one of them fails, so nothing breaks silently.',
    ['workflow.failed', 'notify.team'],
  ],
  [
    'event',
    'Notify your team in Slack about cancelled Calendly meetings',
    ['booking.cancelled', 'notify.slack'],
    [['webhook:calendly', 'notify.slack']],
  ],
  ['event', 'Log new Stripe webhook events', ['webhook:stripe', 'log']],

  [
    'records',
    'Create CRM leads from new Tally form submissions',
    ['form.submitted {"source":["tally"]}', 'crm.createLead'],
    [['webhook:tally', 'crm.createLead']],
  ],
  [
    'records',
    'Add a note to the lead when an email reply is received\n\nKeep your CRM timeline complete: every time a lead replies to one of your emails, this automation saves the reply as a note on their record.',
    ['email.received', 'crm.addNote'],
  ],
  ['records', 'Mark invoices as paid from Stripe payment webhooks', ['webhook:stripe', 'invoice.markPaid']],
  [
    'records',
    'Save new Webflow form submissions as files',
    ['form.submitted {"source":["webflow"]}', 'files.create'],
    [['webhook:webflow', 'files.create']],
  ],

  [
    'negative-wait',
    "Follow up with leads who haven't replied in 3 days\n\nWhen you send an email and the recipient doesn't respond within 3 days, this workflow automatically sends a follow-up email.",
    ['email.sent[message]', 'waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'Remind customers about unpaid invoices after 7 days',
    ['invoice.created', 'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    "Nudge new leads who don't book a meeting within 48 hours\n\nTrigger: a new lead in your CRM. If no booking is made within 48 hours, the lead gets a reminder email with your booking link. If there's still no booking after another 3 days, your sales team is notified on Slack.",
    [
      'lead.created',
      'waitFor(booking.created,PT48H,timeout:[email.send; waitFor(booking.created,P3D,timeout:[notify.slack])])',
    ],
  ],
  [
    'negative-wait',
    'Alert your team when a form lead goes cold (no meeting booked within 5 days of submitting)',
    ['form.submitted', 'waitFor(booking.created,P5D,timeout:[notify.team])'],
  ],

  [
    'timezone',
    'Daily Slack digest at 9:00 AM (America/Chicago)',
    ['cron(0 9 * * ? *) America/Chicago', SLACK],
  ],
  [
    'timezone',
    'Weekly activity summary by email — Mondays 08:00 Europe/Amsterdam',
    ['cron(0 8 ? * MON *) Europe/Amsterdam', TEAM],
  ],
  [
    'timezone',
    'Send an end-of-day summary to your team channel in Slack at 17:00 Berlin time on weekdays',
    ['cron(0 17 ? * MON-FRI *) Europe/Berlin', SLACK],
  ],
  [
    'timezone',
    "Morning briefing email at 6:30am Sydney time\n\nStart each day with a summary of yesterday's leads, bookings and invoices, delivered to your inbox every day.",
    ['cron(30 6 * * ? *) Australia/Sydney', TEAM],
  ],

  ['recurring', 'Hourly activity summary to Slack', ['rate(1 hour)', SLACK]],
  ['recurring', 'Post a weekly recap to Slack every Friday at 4:30 PM', ['cron(30 16 ? * FRI *)', SLACK]],
  ['recurring', 'Monthly summary email on the first weekday of the month', ['cron(0 9 1W * ? *)', TEAM]],
  ['recurring', 'Every 12 hours: summarize recent activity and notify the team', ['rate(12 hours)', TEAM]],

  [
    'condition',
    'Route high-value leads to your sales manager\n\nWhen a new lead is created, this workflow checks the deal value. Leads worth more than $10,000 trigger a notification to your sales manager; all other leads receive your standard welcome email.',
    ['lead.created', 'if(trigger.lead.value gt 10000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'Flag urgent support emails in Slack\n\nWatches incoming email for the words "urgent" or "refund" in the subject line and posts them to a Slack channel.',
    [
      'email.received',
      'if((trigger.subject contains "urgent" or trigger.subject contains "refund"))[notify.slack]',
    ],
  ],
  [
    'condition',
    'Thank customers for large payments (paid invoices over €1,000)',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 100000)[email.send]'],
  ],
  [
    'condition',
    'Tag new leads from LinkedIn and notify sales',
    ['lead.created', 'if(trigger.lead.source eq "LinkedIn")[crm.updateLead; notify.team]'],
    [['lead.created {"lead.source":["LinkedIn"]}', 'crm.updateLead; notify.team']],
  ],

  [
    'list',
    'New Typeform response → Create lead → Send welcome email → Notify Slack',
    ['form.submitted {"source":["typeform"]}', 'crm.createLead; email.send; notify.slack'],
    [['webhook:typeform', 'crm.createLead; email.send; notify.slack']],
  ],
  [
    'list',
    'When an invoice is paid, update the lead to customer, send a receipt and post in Slack',
    ['invoice.paid', 'crm.updateLead; email.send; notify.slack'],
  ],
  [
    'list',
    'Booking cancelled: email the attendee, add a CRM note, and alert the owner',
    ['booking.cancelled', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'list',
    "Onboard new customers automatically\n\nHow it works:\n- Triggers when a lead's status changes to customer\n- Sends an onboarding email\n- Creates a kickoff invoice for $500\n- Schedules a kickoff call\n- Notifies your team",
    [
      'lead.updated {"changes.status.to":["customer"]}',
      'email.send; invoice.create; calendar.schedule; notify.team',
    ],
    [
      [
        'lead.updated {"lead.status":["customer"]}',
        'email.send; invoice.create; calendar.schedule; notify.team',
      ],
    ],
  ],

  [
    'many-records',
    'Send weekly follow-up emails to all qualified leads (every Tuesday)',
    ['cron(0 9 ? * TUE *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    'Daily overdue invoice reminders\n\nEvery morning at 9, this workflow finds every overdue invoice and sends the customer a payment reminder.',
    ['cron(0 9 * * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many-records',
    'Email appointment reminders to everyone booked for tomorrow (runs daily at 4pm)',
    ['cron(0 16 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many-records',
    "Draft personalised check-in emails for every lead tagged 'dormant' on the 10th of each month",
    ['cron(0 9 10 * ? *)', 'crm.findLeads; forEach[email.draft]'],
  ],

  ['report', 'Weekly summary report to your inbox every Monday', ['cron(0 9 ? * MON *)', TEAM]],
  ['report', 'Daily activity summary in Slack at 6 PM', ['cron(0 18 * * ? *)', SLACK]],
  [
    'report',
    "Generate a monthly report and save it to Files\n\nOn the 1st of every month, this workflow summarizes last month's activity and stores the report as a file.",
    ['cron(0 9 1 * ? *)', 'report.summarize; files.create'],
  ],
  [
    'report',
    "On-demand summary: run it manually to get this week's summary posted to Slack",
    ['manual', SLACK],
  ],

  ['refusal', 'Create HubSpot contacts from new Typeform responses', 'HubSpot'],
  ['refusal', 'Add new leads as rows in Google Sheets', 'Google Sheets'],
  ['refusal', 'Send an SMS via Twilio when a new booking is made', 'Twilio'],
  ['refusal', 'Save new Gmail attachments to Dropbox', null],
];

import type { HeldOutCase } from '../heldout';

/** Fifteenth held-out set: events, records as actions and lists, in the habits of Zapier, Make and n8n users. */
export const TRIGGERS_15: readonly HeldOutCase[] = [
  [
    'event',
    'Trigger: New Lead\nAction: Send Email to the lead (our welcome template)',
    ['lead.created', 'email.send'],
  ],
  ['event', 'new booking → post it to Slack #bookings', ['booking.created', 'notify.slack']],
  [
    'event',
    'When this happens: a customer pays an invoice. Do this: email them a receipt.',
    ['invoice.paid', 'email.send'],
  ],
  ['event', 'Zap idea: Booking Cancelled → notify Olga', ['booking.cancelled', 'notify.team']],
  [
    'event',
    'Trigger = Invoice Overdue, Action = Send Payment Reminder (to the customer on the invoice)',
    ['invoice.overdue', 'invoice.sendReminder'],
  ],
  [
    'event',
    'Trigger: New Inbound Email. Action: Slack message to #support with the sender and subject.',
    ['email.received', 'notify.slack'],
  ],
  ['event', 'Catch hook from Shopify → add a log entry', ['webhook:shopify', 'log']],
  [
    'event',
    'Trigger: Lead Status Updated (new status = Qualified). Action: notify the sales team.',
    ['lead.updated {"changes.status.to":["qualified"]}', 'notify.team'],
  ],
  [
    'event',
    "I'd normally use n8n's Error Trigger for this: when any workflow fails, email ops@tidewaterhvac.com",
    ['workflow.failed', 'email.send'],
  ],
  ['event', 'Stripe webhook comes in → let the finance team know', ['webhook:stripe', 'notify.team']],
  ['event', 'Trigger: New Form Submission / Action: notify me', ['form.submitted', 'notify.team']],
  [
    'event',
    'Deal marked as won → post a celebration in #wins',
    ['lead.updated {"changes.status.to":["customer"]}', 'notify.slack'],
  ],
  [
    'event',
    'When this happens: a run is waiting for my approval. Then do that: email me so I can approve it.',
    ['approval.requested', 'notify.team'],
  ],

  [
    'records',
    'Trigger: New Form Submission (website contact form) / Action: Create Lead',
    ['form.submitted', 'crm.createLead'],
  ],
  ['records', 'new booking → create a lead for the attendee', ['booking.created', 'crm.createLead']],
  ['records', 'Invoice paid → update the lead: status = customer', ['invoice.paid', 'crm.updateLead']],
  [
    'records',
    'Booking cancelled → Create Note on the lead: "cancelled by client"',
    ['booking.cancelled', 'crm.addNote'],
  ],
  [
    'records',
    'When this happens: a new lead comes in. Do that: add the tag "inbound".',
    ['lead.created', 'crm.updateLead'],
  ],
  [
    'records',
    'Step 1 (trigger): a meeting gets booked. Step 2: create an invoice for 200 USD.',
    ['booking.created', 'invoice.create'],
  ],
  [
    'records',
    'Trigger: PayPal webhook. Action: mark the invoice as paid.',
    ['webhook:paypal', 'invoice.markPaid'],
  ],
  [
    'records',
    'New lead → schedule a 20-minute discovery call with them',
    ['lead.created', 'calendar.schedule'],
  ],
  [
    'records',
    'Incoming email → Create Note on the matching lead with the email text',
    ['email.received', 'crm.addNote'],
  ],
  [
    'records',
    'Form submitted → save the answers as a file in the "Applications" folder',
    ['form.submitted', 'files.create'],
  ],
  [
    'records',
    'Lead status changes to Lost → set the deal value to 0',
    ['lead.updated {"changes.status.to":["lost"]}', 'crm.updateLead'],
  ],
  [
    'records',
    'Inbound email → Find or Create Lead for the sender → Create Note "replied to the newsletter"',
    ['email.received', 'crm.createLead; crm.addNote'],
  ],
  [
    'records',
    'Trigger: a lead becomes qualified. Action: Create Invoice for a 500 EUR deposit.',
    ['lead.updated {"changes.status.to":["qualified"]}', 'invoice.create'],
  ],

  [
    'list',
    'new lead → welcome email → tag "web" → Slack #sales',
    ['lead.created', 'email.send; crm.updateLead; notify.slack'],
  ],
  [
    'list',
    'Trigger: New Booking\nAction 1: Send confirmation email\nAction 2: Add a note to the lead\nAction 3: Notify Dario',
    ['booking.created', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'list',
    'Invoice paid → mark lead as customer → thank-you email → schedule an onboarding call',
    ['invoice.paid', 'crm.updateLead; email.send; calendar.schedule'],
  ],
  [
    'list',
    'Scenario: Watch form submissions → Create a lead → Send them the pricing email → Post to Slack',
    ['form.submitted', 'crm.createLead; email.send; notify.slack'],
  ],
  [
    'list',
    'When an invoice goes overdue, do this: 1) send a reminder 2) add a note on the customer record 3) let the bookkeeper know',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.team'],
  ],
  [
    'list',
    'Trigger: New Lead. Action: Welcome email. Delay For: 3 days. Action: Case study email. Delay For: 4 days. Action: Offer email.',
    ['lead.created', 'email.send; wait(P3D); email.send; wait(P4D); email.send'],
  ],
  [
    'list',
    'email received → search the knowledge base → draft a reply → send the draft to #support-drafts',
    ['email.received', 'knowledge.search; email.draft; notify.slack'],
  ],
  [
    'list',
    'booking cancelled → "sorry we missed you" email + note on the lead + mark the lead lost + notify Kenji',
    ['booking.cancelled', 'email.send; crm.addNote; crm.updateLead; notify.team'],
  ],
  [
    'list',
    'Zap: workflow failed → Slack #alerts → email dev@quillandpress.com → write it to the log',
    ['workflow.failed', 'notify.slack; email.send; log'],
  ],
  [
    'list',
    'Deal won → create invoice for 3,000 USD → send the welcome pack by email → post in #wins',
    ['lead.updated {"changes.status.to":["customer"]}', 'invoice.create; email.send; notify.slack'],
  ],
  [
    'list',
    'New booking → wait for my approval → send the confirmation → add the person to the CRM',
    ['booking.created', 'approval; email.send; crm.createLead'],
  ],
  [
    'list',
    'When this happens: a lead replies to us. Do that: mark them contacted, then add their reply as a note, then book a call.',
    ['email.received', 'crm.updateLead; crm.addNote; calendar.schedule'],
  ],
  [
    'list',
    'New lead → Webhooks POST to https://api.fernleaf.io/leads → Slack #sales → log it',
    ['lead.created', 'http.request; notify.slack; log'],
  ],
];

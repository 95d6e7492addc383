import type { HeldOutCase } from '../heldout';

/** Fifteenth held-out set: negative waits, filters and paths with numbers, and refusals, as Zapier users write. */
export const WAITS_15: readonly HeldOutCase[] = [
  [
    'negative-wait',
    'Trigger: Invoice Created. Delay For: 14 days. Filter: only continue if the invoice is still unpaid. Action: Send Payment Reminder.',
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    "new booking → wait 1 day → if the client hasn't confirmed, send them a reminder email",
    ['booking.created', 'waitFor(email.received,P1D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "Trigger: we email a proposal to a lead. If there's no reply within 5 days → follow-up email.",
    ['email.sent[message]', 'waitFor(email.received,P5D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "New lead → if they don't submit the onboarding form in 3 days → email them the link again",
    ['lead.created', 'waitFor(form.submitted,P3D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'New lead → no booking within 10 days → notify Samir',
    ['lead.created', 'waitFor(booking.created,P10D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    'Overdue invoice → still unpaid 7 days later → escalate in #collections',
    ['invoice.overdue', 'waitFor(invoice.paid,P7D,timeout:[notify.slack])'],
  ],
  [
    'negative-wait',
    'When this happens: an invoice is issued and not paid within 30 days. Do that: notify the finance team.',
    ['invoice.created', 'waitFor(invoice.paid,P30D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    "New lead → Path A: they book a demo within 4 days → move them to qualified. Path B: they don't → send a reminder email.",
    ['lead.created', 'waitFor(booking.created,P4D,event:[crm.updateLead],timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'Invoice created → if it gets paid within 7 days → send a thank-you email',
    ['invoice.created', 'waitFor(invoice.paid,P7D,event:[email.send])'],
  ],
  [
    'negative-wait',
    'Email sent → no reply in 2 days → follow-up → still no reply 5 days after that → mark them as lost',
    [
      'email.sent[message]',
      'waitFor(email.received,P2D,timeout:[email.send; waitFor(email.received,P5D,timeout:[crm.updateLead])])',
    ],
  ],
  [
    'negative-wait',
    'New booking → Wait node: wait for the client to confirm by email, timeout 48 hours → on timeout: cancel the booking',
    ['booking.created', 'waitFor(email.received,P2D,timeout:[calendar.cancel])'],
  ],
  [
    'negative-wait',
    'New lead → send the welcome email → wait up to 3 days for a reply → no reply: notify Ines',
    ['lead.created', 'email.send; waitFor(email.received,P3D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    "Like a Zapier delay + filter: 21 days after an invoice is sent, if it's still not paid, send a reminder and post in #finance",
    ['invoice.created', 'waitFor(invoice.paid,P21D,timeout:[invoice.sendReminder; notify.slack])'],
  ],
  [
    'negative-wait',
    'New subscriber → hasn\'t submitted the survey form after a week → add a note "no survey"',
    ['lead.created', 'waitFor(form.submitted,P7D,timeout:[crm.addNote])'],
  ],

  [
    'condition',
    'Trigger: New Lead → Filter: only continue if Value > 10000 → Action: notify the sales manager',
    ['lead.created', 'if(trigger.lead.value gt 10000)[notify.team]'],
  ],
  [
    'condition',
    'New lead → Path A (value is 5,000 or more): book a sales call. Path B (everything else): send the welcome email.',
    ['lead.created', 'if(trigger.lead.value gte 5000)[calendar.schedule]else[email.send]'],
  ],
  [
    'condition',
    'invoice paid → filter: total > $1,000 → post to #big-wins',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 100000)[notify.slack]'],
  ],
  [
    'condition',
    'Overdue invoice → Router: route 1 if it is more than 30 days overdue → notify the owner; fallback route → send the customer a reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'New lead → IF node: source equals "Facebook Ads" → true branch: add the tag "paid-social"; false branch: add a note "organic lead"',
    ['lead.created', 'if(trigger.lead.source eq "Facebook Ads")[crm.updateLead]else[crm.addNote]'],
  ],
  [
    'condition',
    'Invoice created → only continue if the amount is €5,000 or more → notify the finance lead',
    ['invoice.created', 'if(trigger.invoice.totalCents gte 500000)[notify.team]'],
  ],
  [
    'condition',
    'New inbound email → only continue if the text contains "urgent" → Slack #urgent',
    ['email.received', 'if(trigger.text contains "urgent")[notify.slack]'],
  ],
  [
    'condition',
    'Trigger: New Lead. Filter: Company exactly matches "Northwind Traders". Action: notify their account manager.',
    ['lead.created', 'if(trigger.lead.company eq "Northwind Traders")[notify.team]'],
  ],
  [
    'condition',
    'Trigger: Lead Updated. Filter: Value is at least 50,000. Action: book a meeting with them.',
    ['lead.updated', 'if(trigger.lead.value gte 50000)[calendar.schedule]'],
  ],
  [
    'condition',
    'New lead → if value < 500 → tag "small-budget", otherwise → notify Farah',
    ['lead.created', 'if(trigger.lead.value lt 500)[crm.updateLead]else[notify.team]'],
  ],
  [
    'condition',
    'Invoice paid → if the total is under $50, just log it; else → thank-you email + notify Li',
    ['invoice.paid', 'if(trigger.invoice.totalCents lt 5000)[log]else[email.send; notify.team]'],
  ],
  [
    'condition',
    'New lead → Filter: source is exactly "Google Ads" AND value greater than 15000 → post in #paid-leads',
    [
      'lead.created',
      'if((trigger.lead.source eq "Google Ads" and trigger.lead.value gt 15000))[notify.slack]',
    ],
  ],
  [
    'condition',
    'Inbound email → Filter (OR): text contains "invoice" OR text contains "payment" → forward it to billing@quillandpress.com',
    [
      'email.received',
      'if((trigger.text contains "invoice" or trigger.text contains "payment"))[email.send]',
    ],
  ],

  ['refusal', 'New booking → add a page to our Notion database', 'Notion'],
  ['refusal', 'Invoice paid → add the customer to our Mailchimp audience', 'Mailchimp'],
  ['refusal', 'New lead → create an Asana task for Tom to call them', 'Asana'],
  ['refusal', 'Form submitted → Twilio: text the person "thanks, we got it"', 'Twilio'],
  ['refusal', 'Workflow failed → post in our Discord server', 'Discord'],
  ['refusal', 'New lead → create or update the contact in HubSpot', 'HubSpot'],
  ['refusal', 'Invoice created → push it to QuickBooks Online', 'QuickBooks'],
  [
    'refusal',
    'Trigger: New WooCommerce order. Action: create a lead and send a thank-you email.',
    'WooCommerce',
  ],
  [
    'refusal',
    'New booking → Delay Until the day before the appointment → send the client a reminder email',
    'before the appointment',
  ],
  ['refusal', 'Schedule: every other Tuesday, 10:00 → team summary email', 'every other Tuesday'],
  ['refusal', 'Trigger: Email Opened → Action: tag the lead as engaged', 'opened'],
  ['refusal', 'Trigger: Invitee No-Show → Action: email them a link to rebook', 'no-show'],
  ['refusal', 'Basically rebuild my whole Zapier account in here, just cheaper', null],
];

import type { Case } from './case';

/**
 * How a request is laid out rather than what it asks: bullet lists and numbered steps, "whenever that happens",
 * a fronted subject with a pronoun trigger, questions, titles whose object is the trigger (no "new"), a delay
 * before the trigger word ("3 days after a lead signs up"), emojis, capitals and European thousands.
 */
export const LAYOUT: readonly Case[] = [
  [
    'When a new lead comes in:\n- send a welcome email\n- add a note\n- notify the team on Slack',
    'lead.created',
    'email.send; crm.addNote; notify.slack',
  ],
  [
    'When a new lead comes in: 1. send a welcome email 2. tag them as new 3. notify me',
    'lead.created',
    'email.send; crm.updateLead; notify.team',
  ],
  [
    'When a lead comes in:\n1) send a welcome email\n2) tag them as warm\n3) ping Sam',
    'lead.created',
    'email.send; crm.updateLead; notify.team',
  ],
  [
    'New booking:\n* confirm by email\n* add a note\n* tell the team on Slack',
    'booking.created',
    'email.send; crm.addNote; notify.slack',
  ],
  [
    "Every Monday at 9:\n- summarise last week's leads\n- post it to #sales",
    'cron(0 9 ? * MON *)',
    'report.summarize; notify.slack',
  ],
  [
    'When an invoice is paid: 1. mark the lead as customer 2. send a thank you email 3. notify finance',
    'invoice.paid',
    'crm.updateLead; email.send; notify.team',
  ],
  [
    'Step 1: when a form is submitted, create a lead. Step 2: send them a welcome email. Step 3: notify the team.',
    'form.submitted',
    'crm.createLead; email.send; notify.team',
  ],
  [
    'When a new lead comes in, first send a welcome email, second add a note, and finally notify the team',
    'lead.created',
    'email.send; crm.addNote; notify.team',
  ],
  [
    'When a new lead comes in, send a welcome email 👋 and notify the team 🚀',
    'lead.created',
    'email.send; notify.team',
  ],
  [
    'when a new lead comes in, SEND A WELCOME EMAIL and Notify The Team',
    'lead.created',
    'email.send; notify.team',
  ],
  [
    'Bookings get cancelled a lot, so whenever that happens, send the customer a rebooking link',
    'booking.cancelled',
    'email.send',
  ],
  [
    'Leads come in from our website. When that happens, add a note and ping Sam.',
    'lead.created',
    'if(trigger.lead.source eq "website")[crm.addNote; notify.team]',
  ],
  [
    'Patients cancel all the time. Whenever that happens, tell the front desk.',
    'booking.cancelled',
    'notify.team',
  ],
  ['Sometimes a lead replies to our email. If that happens, add a note.', 'email.received', 'crm.addNote'],
  [
    'For leads from Facebook, when they come in, tag them as social',
    'lead.created',
    'if(trigger.lead.source eq "Facebook")[crm.updateLead]',
  ],
  [
    'For invoices above 5000 dollars, when they are created, notify finance on Slack',
    'invoice.created',
    'if(trigger.invoice.totalCents gt 500000)[notify.slack]',
  ],
  [
    'With every new invoice over 1000 euros, when it is created, ask for my approval',
    'invoice.created',
    'if(trigger.invoice.totalCents gt 100000)[approval]',
  ],
  ['Email invoices to customers when they are created', 'invoice.created', 'email.send'],
  ['Remind clients about invoices when they are overdue', 'invoice.overdue', 'invoice.sendReminder'],
  ['Send a welcome email to leads when they are added', 'lead.created', 'email.send'],
  [
    'Could the attendee get a reminder email a day after they book?',
    'booking.created',
    'wait(P1D); email.send',
  ],
  ['Can new subscribers get a welcome email?', 'lead.created', 'email.send'],
  ['Would it be possible for new leads to receive a welcome email?', 'lead.created', 'email.send'],
  ['Will the customer get a thank you email after they pay?', 'invoice.paid', 'email.send'],
  ['How can we get notified on Slack whenever a form is submitted?', 'form.submitted', 'notify.slack'],
  ['How do I get notified when someone books a meeting?', 'booking.created', 'notify.team'],
  ["What's the best way to email new leads a welcome message?", 'lead.created', 'email.send'],
  ['Send the team an alert whenever a booking is cancelled', 'booking.cancelled', 'notify.team'],
  [
    'Tag leads from LinkedIn as social',
    'lead.created',
    'if(trigger.lead.source eq "LinkedIn")[crm.updateLead]',
  ],
  [
    'Tag leads from Google Ads as paid',
    'lead.created',
    'if(trigger.lead.source eq "Google Ads")[crm.updateLead]',
  ],
  ['Add Typeform submissions to the CRM', 'form.submitted {"source":["typeform"]}', 'crm.createLead'],
  ['Add Calendly bookings to the CRM', 'booking.created', 'crm.createLead'],
  ['Thank customers who pay their invoice', 'invoice.paid', 'email.send'],
  ['Create a lead for every form submission', 'form.submitted', 'crm.createLead'],
  ['Create leads from form submissions', 'form.submitted', 'crm.createLead'],
  [
    'Notify the team about leads worth over 5k',
    'lead.created',
    'if(trigger.lead.value gt 5000)[notify.team]',
  ],
  [
    'Notify me about invoices over $2,000',
    'invoice.created',
    'if(trigger.invoice.totalCents gt 200000)[notify.team]',
  ],
  ['Add a note to leads that reply', 'email.received', 'crm.addNote'],
  ['Log failed workflows', 'workflow.failed', 'log'],
  ['Post form entries to Slack', 'form.submitted', 'notify.slack'],
  [
    "Remind attendees who haven't confirmed within 2 days",
    'booking.created',
    'waitFor(email.received,P2D,timeout:[email.send])',
  ],
  ['Send a follow up 3 days after a lead signs up', 'lead.created', 'wait(P3D); email.send'],
  ['Two days after a booking is made, email the attendee', 'booking.created', 'wait(P2D); email.send'],
  [
    'When a booking is made, send the attendee a reminder email a week later',
    'booking.created',
    'wait(P7D); email.send',
  ],
  [
    'When a form comes in, wait a day and then email the sales deck',
    'form.submitted',
    'wait(P1D); email.send',
  ],
  ['When clients cancel, email them a rebooking link', 'booking.cancelled', 'email.send'],
  [
    'When an invoice over €1.500 is paid, thank the customer',
    'invoice.paid',
    'if(trigger.invoice.totalCents gt 150000)[email.send]',
  ],
  [
    'When a deal worth more than 10.000 EUR comes in, notify sales',
    'lead.created',
    'if(trigger.lead.value gt 10000)[notify.team]',
  ],
  [
    'When a new invoice above 1000 euros is created, notify me',
    'invoice.created',
    'if(trigger.invoice.totalCents gt 100000)[notify.team]',
  ],
  ['When new payments are received, thank the customer', 'invoice.paid', 'email.send'],
  ['When new replies come in, add a note', 'email.received', 'crm.addNote'],
  ['When new files come in, log them', 'file.updated', 'log'],
];

import type { Case } from './case';

/** Actions said around who receives or undergoes them: subject first, passive, "goes out to", a tool as subject. */
export const DONE_TO_THEM: readonly Case[] = [
  [
    "When a new lead comes in, they get a confirmation email, they're added to the CRM and the team is notified",
    'lead.created',
    'email.send; notify.team',
  ],
  [
    "When a form is submitted, they're added to the CRM as a lead and they get a welcome email",
    'form.submitted',
    'crm.createLead; email.send',
  ],
  [
    'When a booking comes in, the attendee gets a confirmation email and Tom gets a Slack message',
    'booking.created',
    'email.send; notify.team',
  ],
  [
    'When an invoice is paid, the customer receives a thank you email and finance is notified',
    'invoice.paid',
    'email.send; notify.team',
  ],
  [
    'When a lead replies, their status should be changed to contacted and a note gets logged on the lead',
    'email.received',
    'crm.updateLead; crm.addNote',
  ],
  [
    'New lead → they get tagged as inbound, #leads gets a Slack message',
    'lead.created',
    'crm.updateLead; notify.slack',
  ],
  [
    'When a lead replies, have Slack ping #sales and the lead is marked as qualified',
    'email.received',
    'notify.slack; crm.updateLead',
  ],
  [
    'When a new lead is added, a follow-up email goes out to them and a call is booked with them',
    'lead.created',
    'email.send; calendar.schedule',
  ],
  [
    'When an invoice is overdue, the customer is sent a payment reminder and the finance team gets an email',
    'invoice.overdue',
    'invoice.sendReminder; notify.team',
  ],
  [
    'When someone fills in the contact form, a lead is created for them and sales is alerted',
    'form.submitted',
    'crm.createLead; notify.team',
  ],
  [
    "When a lead replies, they're moved to qualified and Maria is pinged on Slack",
    'email.received',
    'crm.updateLead; notify.team',
  ],
  [
    'When a new lead comes in, the lead is tagged "webinar" and our sales manager gets a heads-up',
    'lead.created',
    'crm.updateLead; notify.team',
  ],
  [
    'When a deal is won, the customer should be invoiced 500 EUR and the team is told',
    'lead.updated {"changes.status.to":["customer"]}',
    'invoice.create; notify.team',
  ],
];

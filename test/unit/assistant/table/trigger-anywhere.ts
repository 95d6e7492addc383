import type { Case } from './case';

/**
 * The trigger said where the actions are (session 30, h6): the person or record an action is for, or a clause of
 * its own after the action and a joint. Hand-written, in other words than the generated class
 * (classes/trigger-anywhere.ts).
 */
export const TRIGGER_ANYWHERE: readonly Case[] = [
  ['Email the joining details to anyone who signs up', 'lead.created', 'email.send'],
  ['Send our price list to whoever fills in the quote form', 'form.submitted', 'email.send'],
  ['Send a receipt to every customer who pays their invoice', 'invoice.paid', 'email.send'],
  [
    'Give a heads-up in #bookings about any client who cancels their booking',
    'booking.cancelled',
    'notify.slack',
  ],
  ['Share in #wins: an invoice is paid', 'invoice.paid', 'notify.slack'],
  ['Let me know on Slack → someone books a demo', 'booking.created', 'notify.slack'],
  [
    'Email me - a new lead from the website',
    'lead.created',
    'if(trigger.lead.source eq "website")[notify.team]',
  ],
  ['Ping the team: new enquiry', 'lead.created', 'notify.team'],
  [
    'Please thank everyone who pays an invoice, then log a note on their record',
    'invoice.paid',
    'email.send; crm.addNote',
  ],
  [
    'Tag them as new, then send the rules to anyone who signs up',
    'lead.created',
    'crm.updateLead; email.send',
  ],
  ['Tag them as new and email them, for anyone who signs up', 'lead.created', 'crm.updateLead; email.send'],
  ['Send the intake form to each patient who books an appointment', 'booking.created', 'email.send'],
  ['Send the rules to anybody who registers and notify me', 'lead.created', 'email.send; notify.team'],
  ['Notify #ops about every invoice that becomes overdue', 'invoice.overdue', 'notify.slack'],
  ['Forward to finance any invoice that gets paid', 'invoice.paid', 'notify.team'],
];

import type { Case } from './case';

/**
 * Requests as people type them: no apostrophes, "&", "+", "->", "pls", "u", greetings and thanks, "can you",
 * "I want you to", "set up something that …", "kindly", actions named by their object ("welcome email").
 */
export const INFORMAL: readonly Case[] = [
  ['pls post a msg in slack when a booking is cancelled', 'booking.cancelled', 'notify.slack'],
  ['hey can u notify me when a new lead comes in. thanks!', 'lead.created', 'notify.team'],
  [
    'if a client doesnt pay in 5 days pls remind them',
    'invoice.created',
    'waitFor(invoice.paid,P5D,timeout:[invoice.sendReminder])',
  ],
  [
    'if a client doesnt reply in 4 days send follow up',
    'email.sent[message]',
    'waitFor(email.received,P4D,timeout:[email.send])',
  ],
  ['when a lead replies add note & tag them as engaged', 'email.received', 'crm.addNote; crm.updateLead'],
  ['New booking + send confirmation + notify team', 'booking.created', 'email.send; notify.team'],
  ['new booking -> confirmation email + slack message', 'booking.created', 'email.send; notify.slack'],
  [
    'When a lead signs up: welcome email, then a follow up after 2 days',
    'lead.created',
    'email.send; wait(P2D); email.send',
  ],
  ['invoice overdue -> reminder', 'invoice.overdue', 'invoice.sendReminder'],
  ['When a lead replies: note + slack alert', 'email.received', 'crm.addNote; notify.slack'],
  [
    'when a deal is won -> invoice for 300 EUR',
    'lead.updated {"changes.status.to":["customer"]}',
    'invoice.create',
  ],
  [
    'Can you set up something that notifies the team when a booking is cancelled?',
    'booking.cancelled',
    'notify.team',
  ],
  ['Please make an automation that sends new leads a welcome email', 'lead.created', 'email.send'],
  ['When a booking is made, kindly send them a confirmation', 'booking.created', 'email.send'],
  ['When a lead replies I want you to add a note', 'email.received', 'crm.addNote'],
  ['Automatically create an invoice for 50 EUR when a demo is booked', 'booking.created', 'invoice.create'],
  ['I want to get an email when a new lead comes in', 'lead.created', 'notify.team'],
  ['I want to receive a Slack alert when an invoice is overdue', 'invoice.overdue', 'notify.slack'],
  ['I need an email every time a booking is cancelled', 'booking.cancelled', 'notify.team'],
  ["We'd like to get notified on Slack whenever a form is submitted", 'form.submitted', 'notify.slack'],
  ['Get notified by email when a deal is lost', 'lead.updated {"changes.status.to":["lost"]}', 'notify.team'],
  ['When a lead signs up, send a slack alert', 'lead.created', 'notify.slack'],
  [
    'When a lead signs up, send a welcome email and remind them 3 days later',
    'lead.created',
    'email.send; wait(P3D); email.send',
  ],
  ['Add new Calendly bookings to the CRM', 'booking.created', 'crm.createLead'],
  ['Save new form submissions as leads', 'form.submitted', 'crm.createLead'],
  ['Email new subscribers a welcome message', 'lead.created', 'email.send'],
  ['Post new invoices to #finance', 'invoice.created', 'notify.slack'],
  ['booking cancelled = email the attendee', 'booking.cancelled', 'email.send'],
];

import type { HeldOutCase } from '../heldout';

/** Sixteenth held-out set: events, records as actions and lists, typed on a phone or in a hurry. */
export const TRIGGERS_16: readonly HeldOutCase[] = [
  ['event', 'new lead comes in send them the welcome email pls', ['lead.created', 'email.send']],
  ['event', 'when someone cancel there appointment tell me asap', ['booking.cancelled', 'notify.team']],
  ['event', 'wen client pays invoice send a thx email', ['invoice.paid', 'email.send']],
  ['event', 'new booking 👉 post in #bookings', ['booking.created', 'notify.slack']],
  [
    'event',
    'invoice overdue -> send reminder to the customer automaticaly',
    ['invoice.overdue', 'invoice.sendReminder'],
  ],
  ['event', 'if we get email from customer post it in #inbox on slack', ['email.received', 'notify.slack']],
  ['event', 'when any workflow failing send mail to it@dunmorebikes.ie', ['workflow.failed', 'email.send']],
  [
    'event',
    'lead status change to qualified tell sales team',
    ['lead.updated {"changes.status.to":["qualified"]}', 'notify.team'],
  ],
  ['event', 'form submited on website let maria know', ['form.submitted', 'notify.team']],
  ['event', 'stripe webhook arrives just log it', ['webhook:stripe', 'log']],
  ['event', 'when a file gets changed msg #docs', ['file.updated', 'notify.slack']],
  [
    'event',
    'deal lost send them short goodbye mail',
    ['lead.updated {"changes.status.to":["lost"]}', 'email.send'],
  ],
  ['event', 'when some run is waiting approval write to me on email', ['approval.requested', 'notify.team']],

  ['records', 'new booking add the person to crm as lead', ['booking.created', 'crm.createLead']],
  ['records', 'every form submision create a lead for them', ['form.submitted', 'crm.createLead']],
  ['records', 'invoice get paid -> lead status = customer', ['invoice.paid', 'crm.updateLead']],
  ['records', 'client cancel booking -> put a note on his lead', ['booking.cancelled', 'crm.addNote']],
  ['records', 'new lead tag them expo', ['lead.created', 'crm.updateLead']],
  ['records', 'when consultation booked make invoice 80 eur', ['booking.created', 'invoice.create']],
  ['records', 'when client reply to us mark him contacted', ['email.received', 'crm.updateLead']],
  ['records', 'mollie sends payment webhook mark the invoice paid', ['webhook:mollie', 'invoice.markPaid']],
  ['records', 'new lead book 15 min intro call w them', ['lead.created', 'calendar.schedule']],
  ['records', 'feedback form submitted save answers as a file', ['form.submitted', 'files.create']],
  [
    'records',
    'deal won set the value to 12000',
    ['lead.updated {"changes.status.to":["customer"]}', 'crm.updateLead'],
  ],
  [
    'records',
    'email comes in from new person create lead + add note "came by email"',
    ['email.received', 'crm.createLead; crm.addNote'],
  ],
  [
    'records',
    'lead becomes qualified book demo call with him',
    ['lead.updated {"changes.status.to":["qualified"]}', 'calendar.schedule'],
  ],

  [
    'list',
    'new lead: welcome email, tag as web, tell priya',
    ['lead.created', 'email.send; crm.updateLead; notify.team'],
  ],
  [
    'list',
    'new booking send confirmation add note to lead and post in #bookings',
    ['booking.created', 'email.send; crm.addNote; notify.slack'],
  ],
  [
    'list',
    'invoice paid then mark lead customer then send thank u email then book onboarding call',
    ['invoice.paid', 'crm.updateLead; email.send; calendar.schedule'],
  ],
  [
    'list',
    'form submited - create lead, email them pricing, notify sales on slack',
    ['form.submitted', 'crm.createLead; email.send; notify.slack'],
  ],
  [
    'list',
    'overdue invoice: send reminder + note on customer + tell accountant',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.team'],
  ],
  [
    'list',
    'booking cancel send sorry mail add note mark lost tell bea',
    ['booking.cancelled', 'email.send; crm.addNote; crm.updateLead; notify.team'],
  ],
  [
    'list',
    'new lead -> wait 1 day send case study mail, after 6 days more send discount offer',
    ['lead.created', 'wait(P1D); email.send; wait(P6D); email.send'],
  ],
  [
    'list',
    'customer email us → search knowledge base, draft answer, send the draft to ahmed',
    ['email.received', 'knowledge.search; email.draft; notify.team'],
  ],
  [
    'list',
    'workflow fails post #alerts email tech@dunmorebikes.ie and write log',
    ['workflow.failed', 'notify.slack; email.send; log'],
  ],
  [
    'list',
    'deal won make invoice 1500 usd send welcome email post #wins',
    ['lead.updated {"changes.status.to":["customer"]}', 'invoice.create; email.send; notify.slack'],
  ],
  [
    'list',
    'new booking first need my approve then send confirmation then add client to crm',
    ['booking.created', 'approval; email.send; crm.createLead'],
  ],
  [
    'list',
    'lead answer our email → mark contacted, save answer as note, schedule call',
    ['email.received', 'crm.updateLead; crm.addNote; calendar.schedule'],
  ],
  [
    'list',
    'when job aplication form comes save as file send acknowledge mail and inform HR',
    ['form.submitted', 'files.create; email.send; notify.team'],
  ],
];

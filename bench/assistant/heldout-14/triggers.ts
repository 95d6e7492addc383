import type { HeldOutCase } from '../heldout';

/** Fourteenth held-out set: events, records as actions and lists, as an assistant writes them for the boss. */
export const TRIGGERS_14: readonly HeldOutCase[] = [
  [
    'event',
    "Hi, I'm setting this up for my boss. Whenever a new appt is booked, she wants an email about it so she can prepare.",
    ['booking.created', 'notify.team'],
  ],
  [
    'event',
    'Our director would like a message in #leads every time a new enquiry form is submitted on the website',
    ['form.submitted', 'notify.slack'],
  ],
  [
    'event',
    'When a client cancels their appt, pls let Mr. Sharma know asap because he blocks time for each visit',
    ['booking.cancelled', 'notify.team'],
  ],
  ['event', 'Whenever a customer settles an inv, send them a thank-you mail', ['invoice.paid', 'email.send']],
  [
    'event',
    'If one of our automations breaks, email support@kestrelit.co.uk so that our IT contractor can sort it out',
    ['workflow.failed', 'email.send'],
  ],
  [
    'event',
    "When a lead's status is changed to customer, kindly send the onboarding mail to the client",
    ['lead.updated {"changes.status.to":["customer"]}', 'email.send'],
  ],
  [
    'event',
    'Each time a document gets uploaded to our files, post it on the #documents channel so the team can see it',
    ['file.updated', 'notify.slack'],
  ],
  [
    'event',
    'As soon as we receive a webhook from Shopify, notify the warehouse team so that they can start packing',
    ['webhook:shopify', 'notify.team'],
  ],
  [
    'event',
    "When an invoice goes past its due date, the customer should get a reminder - my manager doesn't want to chase by hand",
    ['invoice.overdue', 'invoice.sendReminder'],
  ],
  [
    'event',
    'When any run is waiting for approval, please email me, as I approve everything on behalf of the MD',
    ['approval.requested', 'notify.team'],
  ],
  [
    'event',
    'When a prospect emails us back, forward the email to our sales head, Anil',
    ['email.received', 'notify.team'],
  ],
  [
    'event',
    'Whenever a fresh lead lands in the CRM, send them our intro mail w/ the brochure',
    ['lead.created', 'email.send'],
  ],
  [
    'event',
    'When new booking is coming, please to inform on Slack channel #front-office',
    ['booking.created', 'notify.slack'],
  ],

  [
    'records',
    'When someone books an appt through the website, add them to the CRM as a lead, since the boss wants every contact on file',
    ['booking.created', 'crm.createLead'],
  ],
  [
    'records',
    'For every enquiry form that comes in, create a new lead - we used to copy these across by hand',
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'records',
    "When a client's payment for an invoice comes through, update their status to customer so accounts can see it",
    ['invoice.paid', 'crm.updateLead'],
  ],
  [
    'records',
    "When a meeting is cancelled, put a note on the lead's record saying it was cancelled",
    ['booking.cancelled', 'crm.addNote'],
  ],
  [
    'records',
    'When a new lead is created, tag it as spring-intake, because the MD reports on intake by season',
    ['lead.created', 'crm.updateLead'],
  ],
  [
    'records',
    'Once a consultation is booked, raise an invoice for £150 so the client can pay before the session',
    ['booking.created', 'invoice.create'],
  ],
  [
    'records',
    'When the feedback form is submitted, save the responses as a file in the Feedback folder',
    ['form.submitted', 'files.create'],
  ],
  [
    'records',
    'When a client replies to any of our mails, record a note on their lead w/ the reply',
    ['email.received', 'crm.addNote'],
  ],
  [
    'records',
    'Whenever a new lead signs up, book them in for a fifteen-minute intro call',
    ['lead.created', 'calendar.schedule'],
  ],
  [
    'records',
    'When Razorpay sends us a payment webhook, mark the inv as paid',
    ['webhook:razorpay', 'invoice.markPaid'],
  ],
  [
    'records',
    "When a deal is lost, reset the lead's value to zero, because we don't want it in the pipeline figures",
    ['lead.updated {"changes.status.to":["lost"]}', 'crm.updateLead'],
  ],
  [
    'records',
    "When an email arrives in our inbox, create a lead for the sender and add a note saying 'came in by email'",
    ['email.received', 'crm.createLead; crm.addNote'],
  ],
  [
    'records',
    'When a lead is moved to qualified, book a discovery call with them, because the boss likes to take these himself',
    ['lead.updated {"changes.status.to":["qualified"]}', 'calendar.schedule'],
  ],

  [
    'list',
    'When a new lead comes in:\n- send the welcome mail\n- tag them as web\n- tell Rohan',
    ['lead.created', 'email.send; crm.updateLead; notify.team'],
  ],
  [
    'list',
    'On every new appt booking: send a confirmation email; add a note to the lead; post in #bookings',
    ['booking.created', 'email.send; crm.addNote; notify.slack'],
  ],
  [
    'list',
    'When an inv is paid, please 1. mark the lead as customer 2. send a thank-you mail 3. book an onboarding call',
    ['invoice.paid', 'crm.updateLead; email.send; calendar.schedule'],
  ],
  [
    'list',
    'When the enquiry form is submitted, create a lead, send them our rate card by mail and notify the sales team on Slack, so nobody misses it',
    ['form.submitted', 'crm.createLead; email.send; notify.slack'],
  ],
  [
    'list',
    'When an invoice goes overdue: send the client a reminder, note it on their record, and inform the accounts team',
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; notify.team'],
  ],
  [
    'list',
    'When a customer cancels their booking, send them a sorry-to-see-you-go email, add a note, mark them lost and inform Kavita',
    ['booking.cancelled', 'email.send; crm.addNote; crm.updateLead; notify.team'],
  ],
  [
    'list',
    'When a new lead joins, wait two days, send the tips mail, wait another four days, then mail them the offer',
    ['lead.created', 'wait(P2D); email.send; wait(P4D); email.send'],
  ],
  [
    'list',
    'When a lead replies: mark as contacted; save the reply as a note; book a call w/ them',
    ['email.received', 'crm.updateLead; crm.addNote; calendar.schedule'],
  ],
  [
    'list',
    'When we win a deal, raise an invoice for 1,500 GBP, send the welcome pack by email, and post in #wins so everyone can celebrate',
    ['lead.updated {"changes.status.to":["customer"]}', 'invoice.create; email.send; notify.slack'],
  ],
  [
    'list',
    'When a workflow fails, email tech@harrowfields.co.uk, post in #alerts and write an entry in the log',
    ['workflow.failed', 'email.send; notify.slack; log'],
  ],
  [
    'list',
    'When a customer emails in with a question, search the knowledge base, draft a reply, and send the draft to Meera for checking',
    ['email.received', 'knowledge.search; email.draft; notify.team'],
  ],
  [
    'list',
    'When a new booking comes in, get my approval first, then send the confirmation and add the client to the CRM',
    ['booking.created', 'approval; email.send; crm.createLead'],
  ],
  [
    'list',
    'When someone submits the job application form, save it as a file, send an acknowledgement mail, and let HR know',
    ['form.submitted', 'files.create; email.send; notify.team'],
  ],
];

import type { Case } from './case';

/** Something that does not happen in time (any verb, any subject) and its positive form. */
export const NEGATIVE_WAITS: readonly Case[] = [
  // the seed sentence
  [
    "If a lead doesn't respond in 2 days, send a reminder email",
    'email.sent[message]',
    'waitFor(email.received,P2D,timeout:[email.send])',
  ],
  [
    "If an invoice isn't paid within 14 days, send a payment reminder",
    'invoice.created',
    'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder])',
  ],
  [
    'If a booking is not confirmed by tomorrow, notify the team',
    'booking.created',
    'waitFor(email.received,P1D,timeout:[notify.team])',
  ],
  [
    'If the form is not completed after a week, email the lead',
    'lead.created',
    'waitFor(form.submitted,P7D,timeout:[email.send])',
  ],
  [
    'If a customer has not paid after 30 days, escalate to finance',
    'invoice.created',
    'waitFor(invoice.paid,P30D,timeout:[notify.team])',
  ],
  [
    'If nobody replies within 3 days, send a follow-up',
    'email.sent[message]',
    'waitFor(email.received,P3D,timeout:[email.send])',
  ],
  [
    "When a lead is added, send a welcome email. If they don't reply within 3 days, send a follow-up. If they still haven't replied after a week, notify sales.",
    'lead.created',
    'email.send; waitFor(email.received,P3D,timeout:[email.send; waitFor(email.received,P4D,timeout:[notify.team])])',
  ],
  [
    'If an invoice remains unpaid for 10 days, send a reminder',
    'invoice.created',
    'waitFor(invoice.paid,P10D,timeout:[invoice.sendReminder])',
  ],
  [
    "If a lead hasn't booked a demo within 5 days, send them a reminder, otherwise notify the sales team",
    'lead.created',
    'waitFor(booking.created,P5D,event:[notify.team],timeout:[email.send])',
  ],
  [
    "When an invoice is created, if the customer doesn't pay within 7 days send a reminder and if they still don't pay after 7 more days tell finance",
    'invoice.created',
    'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder; waitFor(invoice.paid,P7D,timeout:[notify.team])])',
  ],
  [
    "If there's no response from a prospect after 48 hours, send another email",
    'email.sent[message]',
    'waitFor(email.received,P2D,timeout:[email.send])',
  ],
  [
    'If a lead replies within 2 days, book a meeting; if not, send a reminder',
    'email.sent[message]',
    'waitFor(email.received,P2D,event:[calendar.schedule],timeout:[email.send])',
  ],
  [
    'When a new lead signs up, send a welcome email and when they reply, notify Anna',
    'lead.created',
    'email.send; waitFor(email.received,P7D,event:[notify.team])',
  ],
  [
    "If a client doesn't respond to our proposal within a week, notify the account manager",
    'email.sent[message]',
    'waitFor(email.received,P7D,timeout:[notify.team])',
  ],
  [
    'When a meeting is booked and the attendee does not confirm within 24 hours, send a reminder email',
    'booking.created',
    'waitFor(email.received,P1D,timeout:[email.send])',
  ],
  [
    'If the invoice is still outstanding after 3 weeks, notify accounting on Slack',
    'invoice.created',
    'waitFor(invoice.paid,P21D,timeout:[notify.slack])',
  ],
  [
    "If a new signup hasn't filled out the onboarding survey within 3 days, send them a nudge",
    'lead.created',
    'waitFor(form.submitted,P3D,timeout:[email.send])',
  ],
  [
    "When a lead is created, email them; if they don't book a call within a week, tag them as cold",
    'lead.created',
    'email.send; waitFor(booking.created,P7D,timeout:[crm.updateLead])',
  ],
  [
    'If a prospect never answers within 5 days, mark them as lost',
    'email.sent[message]',
    'waitFor(email.received,P5D,timeout:[crm.updateLead])',
  ],
  [
    'If a customer fails to pay within 30 days, send a final reminder',
    'invoice.created',
    'waitFor(invoice.paid,P30D,timeout:[invoice.sendReminder])',
  ],
  [
    'When an invoice is sent and no payment comes in within 2 weeks, send a reminder to the customer',
    'invoice.created',
    'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder])',
  ],
  // other subjects, verbs and durations
  [
    "When a booking is made and it's still unconfirmed 6 hours later, ping the team",
    'booking.created',
    'waitFor(email.received,PT6H,timeout:[notify.team])',
  ],
  [
    'If an invoice is still open 2 weeks after it was sent, notify finance',
    'invoice.created',
    'waitFor(invoice.paid,P14D,timeout:[notify.team])',
  ],
  [
    'If a prospect stays silent for a week, mark them as cold',
    'email.sent[message]',
    'waitFor(email.received,P7D,timeout:[crm.updateLead])',
  ],
  [
    "If a client still hasn't replied 3 days after our proposal, send a nudge",
    'email.sent[message]',
    'waitFor(email.received,P3D,timeout:[email.send])',
  ],
  [
    "If an invoice hasn't been paid 45 days after issuing it, send a last reminder",
    'invoice.created',
    'waitFor(invoice.paid,P45D,timeout:[invoice.sendReminder])',
  ],
  [
    "When we contact a new lead and they don't answer within 3 days, send a reminder",
    'email.sent[message]',
    'waitFor(email.received,P3D,timeout:[email.send])',
  ],
  [
    'When a bill is sent out and not paid after 20 days, escalate to Maria',
    'invoice.created',
    'waitFor(invoice.paid,P20D,timeout:[notify.team])',
  ],
  [
    "When I email a prospect, wait 2 days and if there's no reply, send a follow up",
    'email.sent[message]',
    'waitFor(email.received,P2D,timeout:[email.send])',
  ],
  [
    "When an invoice is created, wait a week; if it's still unpaid, remind the customer",
    'invoice.created',
    'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder])',
  ],
  [
    'Leads with no reply after 3 days: send a follow up',
    'email.sent[message]',
    'waitFor(email.received,P3D,timeout:[email.send])',
  ],
  [
    'Unpaid invoices after 30 days -> notify finance',
    'invoice.created',
    'waitFor(invoice.paid,P30D,timeout:[notify.team])',
  ],
  [
    'Bookings still unconfirmed after 1 day: remind the attendee',
    'booking.created',
    'waitFor(email.received,P1D,timeout:[email.send])',
  ],
  [
    "If the attendee doesn't confirm the call, send a reminder 3 hours later",
    'booking.created',
    'waitFor(email.received,PT3H,timeout:[email.send])',
  ],
  [
    "If a new subscriber doesn't book a demo within a week, email them",
    'lead.created',
    'waitFor(booking.created,P7D,timeout:[email.send])',
  ],
  // no subject and no copula, a pending payment, an overdue invoice (session 25)
  [
    'When an invoice is sent, payment not received within 7 days, send a reminder',
    'invoice.created',
    'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder])',
  ],
  [
    'When an invoice is created and payment is still pending after 15 days, notify the team',
    'invoice.created',
    'waitFor(invoice.paid,P15D,timeout:[notify.team])',
  ],
  [
    'If an overdue invoice remains unpaid for 10 days, tell the accountant',
    'invoice.overdue',
    'waitFor(invoice.paid,P10D,timeout:[notify.team])',
  ],
  [
    'When a lead comes in and they have not filled the form even after 3 days, email them',
    'lead.created',
    'waitFor(form.submitted,P3D,timeout:[email.send])',
  ],
];

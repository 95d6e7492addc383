import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';

/** Eighteenth held-out set: hair and beauty salons, barbers and spas. */
export const SALONS_18: readonly HeldOutCase[] = [
  [
    'event',
    'when a client books online send them a confirmation email with our cancellation policy 💇‍♀️',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'any time someone cancels post in #salon-floor so we can fill the gap!!',
    ['booking.cancelled', 'notify.slack'],
  ],
  [
    'event',
    'New client fills out the consultation form → email it over to the stylist',
    ['form.submitted', 'notify.team'],
    [['form.submitted', 'email.send']],
  ],
  ['event', 'When a gift voucher invoice gets paid let Jade know x', ['invoice.paid', 'notify.team']],

  [
    'records',
    'every new booking, add the client to the CRM as a lead (source: website)',
    ['booking.created', 'crm.createLead'],
  ],
  [
    'records',
    "When a client pays for their course of treatments mark them as a customer and add the tag 'course'",
    ['invoice.paid', 'crm.updateLead'],
    [['invoice.paid', 'crm.updateLead; crm.updateLead']],
  ],
  ['records', 'client emails us -> log it on their client card as a note', ['email.received', 'crm.addNote']],
  [
    'records',
    'When someone fills in the spa day enquiry form, create a lead and set their value to 250',
    ['form.submitted', 'crm.createLead'],
    [['form.submitted', 'crm.createLead; crm.updateLead']],
  ],

  [
    'negative-wait',
    "after a deposit invoice is sent, if it isn't paid in 48 hours send a reminder",
    ['invoice.created', 'waitFor(invoice.paid,PT48H,timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    "if a new client hasn't booked within a week of enquiring on the website form send them the 10% off email",
    ['form.submitted', 'waitFor(booking.created,P7D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "we email clients a rebook reminder. if they don't reply in 3 days send a second one, and if still nothing after 5 more days tag them 'lapsed'",
    [
      'email.sent[message]',
      'waitFor(email.received,P3D,timeout:[email.send; waitFor(email.received,P5D,timeout:[crm.updateLead])])',
    ],
  ],
  [
    'negative-wait',
    'New lead, no booking within 10 days? tell the salon manager',
    ['lead.created', 'waitFor(booking.created,P10D,timeout:[notify.team])'],
  ],

  [
    'timezone',
    "every morning 8:30 Melbourne time post today's summary in #team",
    ['cron(30 8 * * ? *) Australia/Melbourne', SLACK],
  ],
  ['timezone', 'Sunday 8pm Paris time send me a weekly summary', ['cron(0 20 ? * SUN *) Europe/Paris', TEAM]],
  [
    'timezone',
    'Weekdays at 7am Pacific, email the front desk a summary of yesterday',
    ['cron(0 7 ? * MON-FRI *) America/Los_Angeles', TEAM],
  ],
  [
    'timezone',
    'Tues–Sat 9am Edinburgh time, daily recap to #barbers',
    ['cron(0 9 ? * TUE-SAT *) Europe/London', SLACK],
  ],

  [
    'recurring',
    'every saturday at 6pm when we close send me a summary of the week',
    ['cron(0 18 ? * SAT *)', TEAM],
  ],
  ['recurring', 'Every 30 mins post a summary of new bookings to #frontdesk', ['rate(30 minutes)', SLACK]],
  [
    'recurring',
    'twice a month, on the 1st and the 15th at 10am, email the owner a summary',
    ['cron(0 10 1,15 * ? *)', TEAM],
  ],
  ['recurring', 'thurs & fri 11am summary to #spa', ['cron(0 11 ? * THU,FRI *)', SLACK]],

  [
    'condition',
    "When a booking with 'bridal' in the title comes in, create a deposit invoice for £150",
    ['booking.created', 'if(trigger.booking.title contains "bridal")[invoice.create]'],
  ],
  [
    'condition',
    "if a client's email says 'reaction' or 'allergic' notify the salon manager right away, otherwise just note it on their card",
    [
      'email.received',
      'if((trigger.text contains "reaction" or trigger.text contains "allergic"))[notify.team]else[crm.addNote]',
    ],
  ],
  [
    'condition',
    'When an invoice over $200 is paid, tag the client as VIP',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 20000)[crm.updateLead]'],
  ],
  [
    'condition',
    'new leads from TikTok get the new-client offer email, everyone else gets the normal welcome email',
    ['lead.created', 'if(trigger.lead.source eq "TikTok")[email.send]else[email.send]'],
  ],

  [
    'list',
    'When someone books: send the confirmation email, add a note to their card, post in #bookings, and create a £20 deposit invoice',
    ['booking.created', 'email.send; crm.addNote; notify.slack; invoice.create'],
  ],
  [
    'list',
    "When a client cancels: email them the rebook link, tag them 'cancelled-once' and let their stylist know",
    ['booking.cancelled', 'email.send; crm.updateLead; notify.team'],
  ],
  [
    'list',
    "Invoice paid → thank-you email → wait 4 weeks → 'time to rebook?' email",
    ['invoice.paid', 'email.send; wait(P28D); email.send'],
    [['invoice.paid', 'email.send; wait(P4W); email.send']],
  ],
  [
    'list',
    'new lead → welcome email, then book them a free consultation, then notify Mia',
    ['lead.created', 'email.send; calendar.schedule; notify.team'],
  ],

  [
    'many-records',
    "every day at 6pm email tomorrow's clients a reminder about their appointment",
    ['cron(0 18 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many-records',
    'each monday send a reminder on every overdue invoice',
    ['cron(0 9 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many-records',
    "on the 1st of each month email all clients tagged 'lapsed' our comeback offer 💅",
    ['cron(0 9 1 * ? *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    'every wednesday at noon add a note to all the leads with status contacted to remind reception to ring them',
    ['cron(0 12 ? * WED *)', 'crm.findLeads; forEach[crm.addNote]'],
  ],

  ['report', 'daily takings summary to me at 7pm', ['cron(0 19 * * ? *)', TEAM]],
  ['report', 'weekly summary in slack every monday at 9', ['cron(0 9 ? * MON *)', SLACK]],
  [
    'report',
    'end of month summary for our bookkeeper sarah@ledgerlane.co.uk, on the last day of the month at 6pm',
    ['cron(0 18 L * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'Summarise the week every Sunday at 10pm and keep it as a file',
    ['cron(0 22 ? * SUN *)', 'report.summarize; files.create'],
  ],

  ['refusal', 'When a client leaves a 5 star review on Fresha send them a thank you', 'Fresha'],
  ['refusal', "Charge a no-show fee when someone doesn't turn up", null],
  ['refusal', 'Automatically post our availability on Instagram stories every morning', 'Instagram'],
  ['refusal', 'WhatsApp clients on their birthday with a discount code', null],
];

import type { HeldOutCase } from '../heldout';

/** Set 20: bookings, files, knowledge, approvals, reports, many records, several steps, long and short requests, refusals. */
export const COMPOSITE_20: readonly HeldOutCase[] = [
  [
    'booking',
    'when a guest enquiry comes in, book a 20 min call with them to go over the property',
    ['lead.created', 'calendar.schedule'],
    [['form.submitted', 'calendar.schedule']],
  ],
  [
    'booking',
    "When a guest emails asking to cancel, cancel their booking and send a confirmation that it's cancelled",
    [
      'email.received',
      'if(trigger.text contains "cancel")[calendar.find; forEach[calendar.cancel]; email.send]',
    ],
    [
      [
        'email.received',
        'if((trigger.subject contains "cancel" or trigger.text contains "cancel"))[calendar.find; forEach[calendar.cancel]; email.send]',
      ],
      [
        'email.received',
        'if((trigger.text contains "cancel" or trigger.subject contains "cancel"))[calendar.find; forEach[calendar.cancel]; email.send]',
      ],
    ],
  ],
  [
    'booking',
    'when the owner books a stay at their own property, send the housekeeper a note by email',
    null,
  ],
  [
    'files',
    'when a guest emails us their ID, save the attachment to the "guest IDs" folder',
    ['email.received', 'files.create'],
    [['email.received', 'if(trigger.attachments exists true)[files.create]']],
  ],
  [
    'files',
    'end of every month at 6pm write the monthly occupancy summary to a file in the Owners folder',
    ['cron(0 18 L * ? *)', 'report.summarize; files.create'],
  ],
  [
    'files',
    'When a damage report form is submitted, save it as a file and notify Rosa',
    ['form.submitted', 'files.create; notify.team'],
    [['form.submitted', 'files.create; email.send']],
  ],
  [
    'knowledge',
    'guest emails a question (wifi, parking, checkout time) → search the house manual in the knowledge base and reply with the answer',
    ['email.received', 'knowledge.search; email.send'],
    [
      ['email.received', 'knowledge.search; email.draft; email.send'],
      ['email.received', 'email.draft; email.send'],
    ],
  ],
  [
    'knowledge',
    'when someone asks a question through the website chat form, look it up in our FAQ and answer by email',
    ['form.submitted', 'knowledge.search; email.send'],
    [
      ['form.submitted', 'knowledge.search; email.draft; email.send'],
      ['form.submitted', 'email.draft; email.send'],
    ],
  ],
  [
    'knowledge',
    'When a guest books, look up the local guide in our knowledge base and send it to them',
    ['booking.created', 'knowledge.search; email.send'],
    [
      ['booking.created', 'knowledge.search; email.draft; email.send'],
      ['booking.created', 'email.draft; email.send'],
    ],
  ],
  [
    'approval',
    "when a guest asks for a refund through the refund form, ask me to approve it first, then email them that it's approved. if I reject, email them that we can't refund",
    ['form.submitted', 'approval(rejected:[email.send]); email.send'],
  ],
  [
    'approval',
    'before sending the monthly owner statements (1st of the month 9am), I want to approve them',
    ['cron(0 9 1 * ? *)', 'report.summarize; approval; email.send'],
    [
      ['cron(0 9 1 * ? *)', 'report.summarize; approval; crm.findLeads; forEach[email.send]'],
      ['cron(0 9 1 * ? *)', 'report.summarize; approval; email.send'],
      ['cron(0 9 1 * ? *)', 'report.summarize; approval; crm.exportLeads; forEach[email.send]'],
    ],
  ],
  [
    'approval',
    "New direct booking: have AI draft a personal welcome, I approve, then it's sent",
    ['booking.created', 'email.draft; approval; email.send'],
  ],
  [
    'report',
    'send me a weekly occupancy/booking report every sunday at 7pm',
    ['cron(0 19 ? * SUN *)', 'report.summarize; notify.team'],
    [['cron(0 19 ? * SUN *)', 'report.summarize; email.send']],
  ],
  [
    'report',
    'monthly report on the first at 9am to me by email',
    ['cron(0 9 1 * ? *)', 'report.summarize; notify.team'],
    [['cron(0 9 1 * ? *)', 'report.summarize; email.send']],
  ],
  [
    'report',
    'every night at 10 summary of the day in slack',
    ['cron(0 22 * * ? *)', 'report.summarize; notify.slack'],
    [['cron(0 22 ? * * *)', 'report.summarize; notify.slack']],
  ],
  [
    'report',
    'Every Monday at 8 AM Mountain time, weekly recap emailed to the whole team',
    ['cron(0 8 ? * MON *) America/Denver', 'report.summarize; notify.team'],
  ],
  [
    'many-records',
    'every day at 3pm, email each guest arriving tomorrow their check-in instructions',
    ['cron(0 15 * * ? *)', 'calendar.find; forEach[email.send]'],
    [['cron(0 15 ? * * *)', 'calendar.find; forEach[email.send]']],
  ],
  [
    'many-records',
    'every morning at 9 send a review request to every guest who checked out yesterday',
    ['cron(0 9 * * ? *)', 'calendar.find; forEach[email.send]'],
    [['cron(0 9 ? * * *)', 'calendar.find; forEach[email.send]']],
  ],
  [
    'many-records',
    'each Monday 8am find all unpaid invoices and send each guest a reminder',
    ['cron(0 8 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many-records',
    'Once a month (1st, 10am) email all past guests tagged "repeat" our newsletter',
    ['cron(0 10 1 * ? *)', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 10 1 * ? *)', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many-records',
    'Manual: cancel every booking for this week (the property flooded) and email each guest',
    ['manual', 'calendar.find; forEach[calendar.cancel; email.send]'],
    [['manual', 'calendar.find; forEach[email.send; calendar.cancel]']],
  ],
  [
    'many-records',
    'Every Sunday at 6pm, for each booking next week, post the details in #housekeeping',
    ['cron(0 18 ? * SUN *)', 'calendar.find; forEach[notify.slack]'],
  ],
  [
    'multi-step',
    'new booking: send the confirmation, add the guest to the crm, create the deposit invoice, and post in #reservations',
    ['booking.created', 'email.send; crm.createLead; invoice.create; notify.slack'],
  ],
  [
    'multi-step',
    'When a stay ends: wait a day, send the review request, and if no reply in 5 days send one reminder',
    [
      'booking.created',
      'wait(until); wait(P1D); email.send; waitFor(email.received,P5D,timeout:[email.send])',
    ],
    [['booking.created', 'wait(until+P1D); email.send; waitFor(email.received,P5D,timeout:[email.send])']],
  ],
  [
    'multi-step',
    'guest enquiry form → 1. create lead 2. email our rates 3. book a call 4. slack me',
    ['form.submitted', 'crm.createLead; email.send; calendar.schedule; notify.team'],
    [['form.submitted', 'crm.createLead; email.send; calendar.schedule; notify.slack']],
  ],
  [
    'multi-step',
    "When a booking's cancelled: note it on the guest, email them the cancellation confirmation, and notify Rosa and Maria",
    ['booking.cancelled', 'crm.addNote; email.send; notify.team'],
    [['booking.cancelled', 'crm.addNote; email.send; notify.team; notify.team']],
  ],
  [
    'multi-step',
    'new reservation → send welcome email, wait until 3 days before... ok just wait 5 days, then send the pre-arrival guide, then wait until the stay starts and send the door code email',
    ['booking.created', 'email.send; wait(P5D); email.send; wait(until); email.send'],
  ],
  [
    'multi-step',
    'Payment received → mark the guest as customer, send receipt, and post in #payments',
    ['invoice.paid', 'crm.updateLead; email.send; notify.slack'],
  ],
  [
    'multi-step',
    "when a new guest lead comes in from Google, call our channel manager's API (https://api.hostify.example/v1/leads) with their details, then send the welcome email",
    ['lead.created {"lead.source":["Google"]}', 'http.request; email.send'],
    [
      ['lead.created {"lead.source":["google"]}', 'http.request; email.send'],
      ['lead.created', 'if(trigger.lead.source eq "Google")[http.request; email.send]'],
      ['lead.created', 'if(trigger.lead.source eq "google")[http.request; email.send]'],
    ],
  ],
  [
    'multi-step',
    "guest emails about a complaint → notify me on slack right away, add a note to their record and have AI draft an apology for me to approve before it's sent",
    [
      'email.received',
      'if(trigger.text contains "complaint")[notify.team; crm.addNote; email.draft; approval; email.send]',
    ],
    [
      [
        'email.received',
        'if(trigger.text contains "complaint")[notify.slack; crm.addNote; email.draft; approval; email.send]',
      ],
      [
        'email.received',
        'if((trigger.subject contains "complaint" or trigger.text contains "complaint"))[notify.team; crm.addNote; email.draft; approval; email.send]',
      ],
      [
        'email.received',
        'if((trigger.subject contains "complaint" or trigger.text contains "complaint"))[notify.slack; crm.addNote; email.draft; approval; email.send]',
      ],
      [
        'email.received',
        'if((trigger.text contains "complaint" or trigger.subject contains "complaint"))[notify.team; crm.addNote; email.draft; approval; email.send]',
      ],
      [
        'email.received',
        'if((trigger.text contains "complaint" or trigger.subject contains "complaint"))[notify.slack; crm.addNote; email.draft; approval; email.send]',
      ],
    ],
  ],
  [
    'long',
    "We manage 12 vacation rentals for owners. When a booking is made I'd like the owner of that property emailed (owners@seabreezecottages.com for now), the cleaner notified on slack, and a note added to the guest. Thanks in advance!",
    ['booking.created', 'email.send; notify.slack; crm.addNote'],
    [
      ['booking.created', 'email.send; notify.team; crm.addNote'],
      ['booking.created', 'notify.team; notify.slack; crm.addNote'],
      ['booking.created', 'notify.team; notify.team; crm.addNote'],
    ],
  ],
  [
    'long',
    "Hi there, I'm new to this. I run a small B&B with 4 rooms. What I want: when someone books, send them a nice welcome email. The day after they leave, send a thank you with a link to leave a review. That's it for now!",
    ['booking.created', 'email.send; wait(until); wait(P1D); email.send'],
    [['booking.created', 'email.send; wait(until+P1D); email.send']],
  ],
  [
    'long',
    "ok so deposits. every booking needs a $250 deposit (USD). when a booking comes in create the invoice, send it, and if it's not paid in 2 days cancel the booking and email the guest that it was released.",
    [
      'booking.created',
      'invoice.create; email.send; waitFor(invoice.paid,P2D,timeout:[calendar.cancel; email.send])',
    ],
  ],
  [
    'long',
    "Our cleaner team works off a slack channel (#turnovers). Every day at 6am (we're in Denver) post a summary of today's checkouts there. And when a booking is cancelled also post there so they know.",
    null,
  ],
  [
    'long',
    "Guest communication problem: people email us at all hours. When a guest email comes in I want the AI to draft a reply using our knowledge base, and I'll approve before it goes out. If I reject it, just add a note.",
    ['email.received', 'knowledge.search; email.draft; approval(rejected:[crm.addNote]); email.send'],
    [['email.received', 'email.draft; approval(rejected:[crm.addNote]); email.send']],
  ],
  [
    'long',
    "I'd like a monthly email to every owner on my list (tag: owner) on the 2nd of the month at 9am with the summary of last month. Owners are leads in the system with that tag.",
    ['cron(0 9 2 * ? *)', 'report.summarize; crm.findLeads; forEach[email.send]'],
    [
      ['cron(0 9 2 * ? *)', 'crm.findLeads; report.summarize; forEach[email.send]'],
      ['cron(0 9 2 * ? *)', 'report.summarize; crm.findLeads; forEach[email.send]'],
      ['cron(0 9 2 * ? *)', 'crm.exportLeads; report.summarize; forEach[email.send]'],
      ['cron(0 9 2 * ? *)', 'report.summarize; crm.exportLeads; forEach[email.send]'],
      ['cron(0 9 2 * ? *)', 'crm.findLeads; report.summarize; forEach[email.send]'],
      ['cron(0 9 2 * ? *)', 'report.summarize; crm.exportLeads; forEach[email.send]'],
      ['cron(0 9 2 * ? *)', 'crm.exportLeads; report.summarize; forEach[email.send]'],
    ],
  ],
  [
    'long',
    'so when a guest books the honeymoon package (the booking title has "Honeymoon" in it), email Maria so she can order flowers and champagne, and add a note to the guest\'s record',
    ['booking.created', 'if(trigger.booking.title contains "Honeymoon")[notify.team; crm.addNote]'],
    [['booking.created', 'if(trigger.booking.title contains "Honeymoon")[email.send; crm.addNote]']],
  ],
  [
    'long',
    'Reviews matter a ton for us. When a stay ends send the review request. If they reply within 3 days, mark them as a customer and tag them "happy". If they don\'t, do nothing.',
    ['booking.created', 'wait(until); email.send; waitFor(email.received,P3D,event:[crm.updateLead])'],
  ],
  [
    'long',
    'We get a lot of enquiries via the website form. I want each one created as a lead, then AI writes a personal reply with our availability info from the knowledge base, and it gets sent straight away.',
    ['form.submitted', 'crm.createLead; knowledge.search; email.draft; email.send'],
    [['form.submitted', 'crm.createLead; email.draft; email.send']],
  ],
  [
    'long',
    "when our maintenance form is submitted (guests report stuff broken) post it in #maintenance, email our handyman at fixit.joe@gmail.com, and if nobody's replied in 1 day, ping me.",
    ['form.submitted', 'notify.slack; email.send; waitFor(email.received,P1D,timeout:[notify.team])'],
  ],
  [
    'long',
    'Late payments: when an invoice is overdue send reminder 1. Wait 3 days. Send reminder 2. Wait 3 more days. Then notify me so I can call them.',
    ['invoice.overdue', 'invoice.sendReminder; wait(P3D); invoice.sendReminder; wait(P3D); notify.team'],
  ],
  [
    'long',
    "When someone books 'The Loft' I need approval from the owner before it's confirmed (he's picky). If he approves send the confirmation email, if not cancel the booking.",
    [
      'booking.created',
      'if(trigger.booking.title contains "The Loft")[approval(rejected:[calendar.cancel]); email.send]',
    ],
    [
      [
        'booking.created',
        'if(trigger.booking.location contains "The Loft")[approval(rejected:[calendar.cancel]); email.send]',
      ],
    ],
  ],
  ['short', 'booking cancelled → slack', ['booking.cancelled', 'notify.slack']],
  ['short', 'new guest → welcome email', ['lead.created', 'email.send'], [['booking.created', 'email.send']]],
  ['short', 'stay paid → receipt', ['invoice.paid', 'email.send']],
  [
    'short',
    'weekly summary mondays 9am',
    ['cron(0 9 ? * MON *)', 'report.summarize'],
    [['cron(0 9 ? * MON *)', 'report.summarize; notify.team']],
  ],
  ['short', 'checkout → review request', ['booking.created', 'wait(until); email.send']],
  ['short', 'enquiry → CRM + reply', ['form.submitted', 'crm.createLead; email.send']],
  ['refusal', 'change the door code on the smart lock after each checkout', null],
  ['refusal', 'adjust my nightly prices automatically based on demand', null],
  ['refusal', 'reply to guests in the Airbnb inbox for me', null],
  ['refusal', 'text the cleaner when a guest checks out', 'text'],
  ['refusal', 'order more toilet paper when we run low', null],
  ['refusal', 'make the guest experience better', null],
  ['refusal', 'sync my calendars between airbnb, vrbo and booking.com', null],
  ['refusal', 'handle my reviews', null],
  ['refusal', "every time it's going to rain tomorrow, email guests arriving tomorrow", null],
  ['refusal', 'turn on the heating 2 hours before check-in', null],
  ['refusal', 'set up something for checkouts', null],
  ['refusal', "charge the guest's card on file for damages", null],
  ['refusal', 'leave a 5 star review for every guest after they check out on airbnb', null],
  ['refusal', 'every monday', null],
];

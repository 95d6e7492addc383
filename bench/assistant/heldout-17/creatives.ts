import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';

/** Seventeenth held-out set: freelance designers, photographers and small creative studios. */
export const CREATIVES_17: readonly HeldOutCase[] = [
  [
    'event',
    'omg ok so when someone fills in my enquiry form can I get a slack ping in #leads 🙏',
    ['form.submitted', 'notify.slack'],
  ],
  [
    'event',
    'client books a shoot via my calendar link -> send them the prep guide email',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'when a client pays their invoice send them a thank you + the gallery link',
    ['invoice.paid', 'email.send'],
  ],
  [
    'event',
    'whenever a file gets uploaded (proofs, final exports etc) email the client',
    ['file.updated', 'email.send'],
  ],

  [
    'records',
    "New enquiry from the website form -> make them a lead, tag 'wedding-2027'",
    ['form.submitted', 'crm.createLead'],
    [['form.submitted', 'crm.createLead; crm.updateLead']],
  ],
  [
    'records',
    "when someone books a discovery call put a note on their lead saying 'discovery call booked'",
    ['booking.created', 'crm.addNote'],
  ],
  [
    'records',
    'when a shoot is booked create a deposit invoice — for now just do $450',
    ['booking.created', 'invoice.create'],
  ],
  [
    'records',
    'whenever a brief comes in via typeform save it as a file in /briefs',
    ['form.submitted {"source":["typeform"]}', 'files.create'],
    [['webhook:typeform', 'files.create']],
  ],

  [
    'negative-wait',
    "after i email a client their proofs, if they don't get back to me in 5 days send a gentle nudge",
    ['email.sent[message]', 'waitFor(email.received,P5D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "deposit invoice goes out, if it's not paid within 3 days release the booking (cancel it) and tell me",
    null, // corrected after the first measurement: an invoice names no booking, so calendar.cancel has no bookingId to reference
    // was ['invoice.created', 'waitFor(invoice.paid,P3D,timeout:[calendar.cancel; notify.team])']
  ],
  [
    'negative-wait',
    "when an enquiry comes in via the form and they haven't booked a consult within 7 days email them my pricing pdf",
    ['form.submitted', 'waitFor(booking.created,P7D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "invoice unpaid after 30 days → reminder, and if it's STILL unpaid 2 weeks later flag it in #money",
    [
      'invoice.created',
      'waitFor(invoice.paid,P30D,timeout:[invoice.sendReminder; waitFor(invoice.paid,P14D,timeout:[notify.slack])])',
    ],
  ],

  [
    'timezone',
    'every monday 9am berlin time send me a summary of last week',
    ['cron(0 9 ? * MON *) Europe/Berlin', TEAM],
  ],
  [
    'timezone',
    "I'm in Bali but my clients are in LA — post a daily summary in #studio at 8am LA time",
    ['cron(0 8 * * ? *) America/Los_Angeles', SLACK],
  ],
  [
    'timezone',
    'friday 5pm london time: weekly wrap-up to the team',
    ['cron(0 17 ? * FRI *) Europe/London', TEAM],
  ],
  [
    'timezone',
    "Every weekday at 10 Amsterdam time, email me yesterday's summary",
    ['cron(0 10 ? * MON-FRI *) Europe/Amsterdam', TEAM],
  ],

  [
    'recurring',
    'every sunday at 7pm send me a summary so i can plan my week',
    ['cron(0 19 ? * SUN *)', TEAM],
  ],
  [
    'recurring',
    'twice a week (mon + thu) at 11 post a summary to #studio',
    ['cron(0 11 ? * MON,THU *)', SLACK],
  ],
  ['recurring', 'last friday of every month at 4pm email the team a summary', ['cron(0 16 ? * 6L *)', TEAM]],
  ['recurring', 'every 3 days send me a summary', ['rate(3 days)', TEAM]],

  [
    'condition',
    'when an invoice gets paid and its over $3k, post a 🎉 in #wins',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 300000)[notify.slack]'],
  ],
  [
    'condition',
    'if a new lead is worth less than 1000 send them my mini-session info, otherwise book a call with them',
    ['lead.created', 'if(trigger.lead.value lt 1000)[email.send]else[calendar.schedule]'],
  ],
  [
    'condition',
    "When a client email says 'urgent' or 'asap' text me—well, slack me",
    ['email.received', 'if((trigger.text contains "urgent" or trigger.text contains "asap"))[notify.team]'],
    [
      [
        'email.received',
        'if((trigger.text contains "urgent" or trigger.text contains "asap"))[notify.slack]',
      ],
    ],
  ],
  [
    'condition',
    'new lead comes in and the source is Pinterest: send my style guide email',
    ['lead.created', 'if(trigger.lead.source eq "Pinterest")[email.send]'],
    [['lead.created {"lead.source":["Pinterest"]}', 'email.send']],
  ],

  [
    'list',
    'when a client books: confirm by email, create the deposit invoice (£300), add them to the CRM and block out a prep session in my calendar',
    ['booking.created', 'email.send; invoice.create; crm.createLead; calendar.schedule'],
  ],
  [
    'list',
    'when a lead becomes a customer: send the onboarding questionnaire, tag as active-client, tell Sam in slack',
    ['lead.updated {"changes.status.to":["customer"]}', 'email.send; crm.updateLead; notify.team'],
    [
      ['lead.updated {"changes.status.to":["customer"]}', 'email.send; crm.updateLead; notify.slack'],
      ['lead.updated {"lead.status":["customer"]}', 'email.send; crm.updateLead; notify.team'],
      ['lead.updated {"lead.status":["customer"]}', 'email.send; crm.updateLead; notify.slack'],
    ],
  ],
  [
    'list',
    'Shoot cancelled → email the client about the reschedule policy, add a note, then post in #bookings',
    ['booking.cancelled', 'email.send; crm.addNote; notify.slack'],
  ],
  [
    'list',
    "Form submitted: create lead, wait 2 days, send portfolio email, wait 3 more days, send a 'still interested?' email",
    ['form.submitted', 'crm.createLead; wait(P2D); email.send; wait(P3D); email.send'],
  ],

  [
    'many-records',
    "every monday, email all leads tagged 'wedding' my availability for the month",
    ['cron(0 9 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    'on the 1st of every month, send reminders for all unpaid invoices',
    ['cron(0 9 1 * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many-records',
    'every evening at 6 email everyone with a shoot tomorrow a reminder with the call time',
    ['cron(0 18 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many-records',
    'fridays i want a personal follow up drafted for each qualified lead',
    ['cron(0 9 ? * FRI *)', 'crm.findLeads; forEach[email.draft]'],
  ],

  ['report', 'summary of the week to my email every friday at 5pm', ['cron(0 17 ? * FRI *)', TEAM]],
  ['report', 'daily recap in #studio at 9pm', ['cron(0 21 * * ? *)', SLACK]],
  [
    'report',
    'send my accountant (hello@figuresandco.com) a summary of last month on the 3rd',
    ['cron(0 9 3 * ? *)', 'report.summarize; email.send'],
  ],
  ['report', 'when I hit run, summarize this month and post in #studio', ['manual', SLACK]],

  ['refusal', 'when a client approves proofs in Pixieset, send the final invoice', 'Pixieset'],
  ['refusal', 'post my latest shoot to instagram every wednesday', 'instagram'],
  ['refusal', 'when a client leaves a google review thank them', null],
  ['refusal', 'Automatically watermark every photo I upload', null],
];

import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';

/** Seventeenth held-out set: owners and managers of restaurants, cafés and bars. */
export const RESTAURANTS_17: readonly HeldOutCase[] = [
  [
    'event',
    'hey, whenever someone books a table thru the website can you drop a message in #foh so the floor team sees it',
    ['booking.created', 'notify.slack'],
  ],
  [
    'event',
    'Cancellations are killing us on weekends. Every time a reservation gets cancelled I want an email straight away pls',
    ['booking.cancelled', 'notify.team'],
  ],
  [
    'event',
    'when the catering enquiry form on our site gets filled in forward it to events@thecopperpot.co.uk',
    ['form.submitted', 'email.send'],
  ],
  [
    'event',
    'Any email that comes into the bookings inbox from a guest, put a note on their guest record',
    ['email.received', 'crm.addNote'],
  ],

  [
    'records',
    "New reservation = add the guest to our CRM as a lead (source 'website')",
    ['booking.created', 'crm.createLead'],
  ],
  [
    'records',
    'When a private hire invoice gets paid mark that client as a customer',
    ['invoice.paid', 'crm.updateLead'],
  ],
  [
    'records',
    'function room booked -> raise an invoice for the £250 deposit',
    ['booking.created', 'invoice.create'],
  ],
  [
    'records',
    'When a guest replies to our feedback email save what they said as a note on thier profile',
    ['email.received', 'crm.addNote'],
  ],

  [
    'negative-wait',
    "when a deposit invoice goes out and it's still not paid 48 hours later, cancel the booking and let me know",
    null, // corrected after the first measurement: an invoice names no booking, so calendar.cancel has no bookingId to reference
    // was ['invoice.created', 'waitFor(invoice.paid,P2D,timeout:[calendar.cancel; notify.team])']
  ],
  [
    'negative-wait',
    "If someone fills in the private events form and hasn't booked anything after 3 days, send them a follow up email",
    ['form.submitted', 'waitFor(booking.created,P3D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    'we email guests to confirm big bookings. if there is no reply within 12h tell the duty manager',
    ['email.sent[message]', 'waitFor(email.received,PT12H,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    "When an invoice is sent and it hasn't been paid after a week, send a reminder, then if there's still nothing after another 7 days post it in #accounts",
    [
      'invoice.created',
      'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder; waitFor(invoice.paid,P7D,timeout:[notify.slack])])',
    ],
  ],

  [
    'timezone',
    "Every day at 4pm Melbourne time send the kitchen team a summary of tonight's bookings",
    ['cron(0 16 * * ? *) Australia/Melbourne', TEAM],
  ],
  [
    'timezone',
    'Mondays 10am Toronto time — weekly recap email to me',
    ['cron(0 10 ? * MON *) America/Toronto', TEAM],
  ],
  [
    'timezone',
    'can we get the daily numbers posted to #managers at 11.30pm Lisbon time, after close',
    ['cron(30 23 * * ? *) Europe/Lisbon', SLACK],
  ],
  [
    'timezone',
    'Sundays at 9 in the morning NYC time, email the owners a summary of the week',
    ['cron(0 9 ? * SUN *) America/New_York', TEAM],
  ],

  [
    'recurring',
    "Tuesday to Saturday at 3pm post a summary of today's reservations in #kitchen",
    ['cron(0 15 ? * TUE-SAT *)', SLACK],
  ],
  ['recurring', 'every 2 hrs post the latest bookings summary to slack', ['rate(2 hours)', SLACK]],
  ['recurring', "on the 1st of each month at 8am send me last month's summary", ['cron(0 8 1 * ? *)', TEAM]],
  [
    'recurring',
    'Friday and Saturday at 6pm, before service, send a summary to the FOH channel on Slack',
    ['cron(0 18 ? * FRI,SAT *)', SLACK],
  ],

  [
    'condition',
    'When a booking comes in with "Private Dining" in the title, email our events manager maria@thecopperpot.co.uk',
    ['booking.created', 'if(trigger.booking.title contains "Private Dining")[email.send]'],
  ],
  [
    'condition',
    'If a guest email mentions allergy or allergies flag it to the head chef straight away, otherwise just add it as a note',
    [
      'email.received',
      'if((trigger.text contains "allergy" or trigger.text contains "allergies"))[notify.team]else[crm.addNote]',
    ],
  ],
  [
    'condition',
    'When an invoice over £2,000 gets paid, shout about it in #wins',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 200000)[notify.slack]'],
  ],
  [
    'condition',
    'new lead that came from Instagram → send the set menu email. everyone else just tag them newsletter',
    ['lead.created', 'if(trigger.lead.source eq "Instagram")[email.send]else[crm.updateLead]'],
  ],

  [
    'list',
    "When a reservation is cancelled: 1) email the guest to say sorry we'll miss you 2) add a note 3) tell the hosts on slack",
    ['booking.cancelled', 'email.send; crm.addNote; notify.slack'],
    [['booking.cancelled', 'email.send; crm.addNote; notify.team']],
  ],
  [
    'list',
    'When the private hire invoice is paid, move the lead to customer, email them the run sheet and book a walkthrough meeting',
    ['invoice.paid', 'crm.updateLead; email.send; calendar.schedule'],
  ],
  [
    'list',
    'for every new catering enquiry from the form: create lead, email them our catering pack, let Jess know',
    ['form.submitted', 'crm.createLead; email.send; notify.team'],
  ],
  [
    'list',
    'new booking comes in -> send confirmation, wait 1 day, send the pre-order form link, then post in #kitchen',
    ['booking.created', 'email.send; wait(P1D); email.send; notify.slack'],
  ],

  [
    'many-records',
    "Every morning at 10 email everyone who's booked for tonight a reminder",
    ['cron(0 10 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many-records',
    'every thursday email all our regulars (the leads tagged regular) the weekend specials',
    ['cron(0 9 ? * THU *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    "on the 5th of each month chase every invoice that's still unpaid",
    ['cron(0 9 5 * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many-records',
    'Sunday at 11pm go through all the leads tagged no-show and move them to lost',
    ['cron(0 23 ? * SUN *)', 'crm.findLeads; forEach[crm.updateLead]'],
  ],

  ['report', 'I want a daily summary of bookings emailed to me at 7am', ['cron(0 7 * * ? *)', TEAM]],
  ['report', 'weekly summary in #management every monday morning pls', ['cron(0 9 ? * MON *)', SLACK]],
  [
    'report',
    "Can you send a summary of last month's activity to our accountant, books@harbourbooks.com.au, on the 2nd of every month",
    ['cron(0 9 2 * ? *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'at midnight every night summarise the day and save it as a file for our records',
    ['cron(0 0 * * ? *)', 'report.summarize; files.create'],
  ],

  ['refusal', 'When the walk-in fridge goes above 5 degrees, text the chef', null],
  ['refusal', 'Post our daily specials to Instagram every day at 11', 'Instagram'],
  ['refusal', 'When a table of 8 or more books, send them a deposit invoice', null],
  ['refusal', "reorder milk from the supplier when we're running low", null],
];

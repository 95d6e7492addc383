import type { HeldOutCase } from '../heldout';

/** Set 36, rows 1–65 in the order written. */
export const FIRST_36: readonly HeldOutCase[] = [
  [
    'event',
    'new lead comes in -> email them our trade price list link and ping dave',
    ['lead.created', 'email.send; notify.team'],
  ],
  [
    'event',
    'every time an invoice gets paid pls post it in #production on slack so the lads can release the job to print',
    ['invoice.paid', 'notify.slack'],
  ],
  [
    'event',
    'When someone books a colour proof appointment, send them a confirmation email with our address (Unit 4, Parkway Industrial Estate) and a reminder to bring their Pantone refs.',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'if a booking gets cancelled tell Sinead on slack and put a note on the customers record',
    ['booking.cancelled', 'notify.team; crm.addNote'],
  ],
  [
    'event',
    "any new lead tagged 'vehicle wrap' - send Marco the details so he can price it",
    ['lead.created {"lead.tags":["vehicle wrap"]}', 'notify.team'],
  ],
  [
    'event',
    "Whenever a customer email comes in that has 'artwork' in the subject line, can you save a note on their record with the subject",
    ['email.received {"subject":[{"wildcard":"*artwork*"}]}', 'crm.addNote'],
    [['email.received', 'if(trigger.subject contains "artwork")[crm.addNote]']],
  ],
  [
    'event',
    "when someone fills in the contact form on our site add them as a lead and send a thanks, we'll quote within 24hrs email",
    ['form.submitted', 'crm.createLead; email.send'],
  ],
  [
    'event',
    'Invoice goes overdue → send the customer a reminder straight away and let Linda in accounts know',
    ['invoice.overdue', 'invoice.sendReminder; notify.team'],
  ],
  [
    'event',
    'whenever a new invoice is raised email a copy of the details to bookkeeping@kilkennyprint.ie',
    ['invoice.created', 'email.send'],
  ],
  [
    'event',
    "When a lead gets marked as lost send them a short 'sorry we missed you this time' email with code COMEBACK10 for 10% off the next order",
    ['lead.updated {"lead.status":["lost"]}', 'email.send'],
    [['lead.updated {"changes.status.to":["lost"]}', 'email.send']],
  ],
  ['event', 'if any of the automations fail, message me (Tom) on slack', ['workflow.failed', 'notify.team']],
  [
    'event',
    'when artwork gets dropped into the "artwork" folder, ping the studio channel on slack',
    ['file.updated {"file.folder":["artwork"]}', 'notify.slack'],
    [['file.updated {"file.folder":["artwork"],"created":[true]}', 'notify.slack']],
  ],
  [
    'event',
    'Hoi! when a customer emails us back, set that lead to contacted pls',
    ['email.received', 'crm.updateLead'],
  ],
  [
    'event',
    'anytime something is waiting on my sign off drop it in slack #approvals so I actually see it',
    ['approval.requested', 'notify.slack'],
  ],
  [
    'event',
    "For every lead that comes from the Sign & Digital show (source is 'sdukshow') send the great-to-meet-you-at-the-NEC email",
    ['lead.created {"lead.source":["sdukshow"]}', 'email.send'],
  ],
  [
    'event',
    "new calendly booking (they're all site surveys) = post in #installs channel with the date and address",
    ['booking.created', 'notify.slack'],
    [['webhook:calendly', 'notify.slack']],
  ],
  [
    'schedule',
    'every monday 8am email me (gary@garyssigns.co.uk) a summary of last week',
    ['cron(0 8 ? * MON *)', 'report.summarize; email.send'],
  ],
  [
    'schedule',
    'Fridays at 4pm post the list of unpaid invoices in the #accounts slack channel',
    ['cron(0 16 ? * FRI *)', 'invoice.find; notify.slack'],
  ],
  [
    'schedule',
    'each weekday at 7.30 post todays installs (the calendar bookings) to slack for the fitters',
    ['cron(30 7 ? * MON-FRI *)', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'On the 1st of every month at 9 I want a report on the previous month emailed to partners@inkwellpromo.com',
    ['cron(0 9 1 * ? *)', 'report.summarize; email.send'],
  ],
  [
    'schedule',
    'every hour call our web2print site https://shop.bannerbros.com/api/orders/sync so new orders come through',
    ['rate(1 hour)', 'http.request'],
  ],
  [
    'schedule',
    '6pm EST every evening put a summary of today in slack',
    ['cron(0 18 * * ? *) America/New_York', 'report.summarize; notify.slack'],
  ],
  [
    'schedule',
    'Every Tuesday 10am send the sales team a list of the new leads that came in this week',
    ['cron(0 10 ? * TUE *)', 'crm.findLeads; notify.team'],
  ],
  [
    'schedule',
    'every 15 mins hit https://api.mis.printhaus.nl/stock/refresh to refresh stock levels',
    ['rate(15 minutes)', 'http.request'],
  ],
  [
    'schedule',
    'last friday of the month 3pm remind everyone on slack to do the vinyl & media stock take',
    ['cron(0 15 ? * 6L *)', 'notify.slack'],
  ],
  [
    'schedule',
    "Every day at half 5 Dublin time email the day's summary to aoife@brightsigns.ie",
    ['cron(30 17 * * ? *) Europe/Dublin', 'report.summarize; email.send'],
  ],
  [
    'schedule',
    'maandag 9:00 CET: post the bookings for this week in slack',
    ['cron(0 9 ? * MON *) Europe/Amsterdam', 'calendar.find; notify.slack'],
    [['cron(0 9 ? * MON *) CET', 'calendar.find; notify.slack']],
  ],
  [
    'schedule',
    'every morning at 8 remind me which invoices are overdue',
    ['cron(0 8 * * ? *)', 'invoice.find; notify.team'],
  ],
  [
    'schedule',
    "first working day of each month, 9am, post last month's numbers to slack",
    ['cron(0 9 1W * ? *)', 'report.summarize; notify.slack'],
  ],
  [
    'schedule',
    'Can you send a slack to the whole shop every weekday at 12:45 saying the post goes at 1 so get parcels packed',
    ['cron(45 12 ? * MON-FRI *)', 'notify.slack'],
  ],
  [
    'wait',
    'after a job is paid for wait 2 weeks then send them a how did we do email asking for a google review',
    ['invoice.paid', 'wait(P14D); email.send'],
    [['invoice.paid', 'wait(P2W); email.send']],
  ],
  [
    'wait',
    'whenever we email a lead and they dont reply within 3 days, send a polite follow up',
    ['email.sent[message]', 'waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'wait',
    'the day before an install, email the customer that our fitters arrive at 8am and to have the area clear',
    ['booking.created', 'wait(until-P1D); email.send'],
    [['booking.created', 'wait(until-PT24H); email.send']],
  ],
  ['wait', 'new lead > wait an hour > send intro email from me', ['lead.created', 'wait(PT1H); email.send']],
  [
    'wait',
    'When an invoice goes out, 2 days before its due date send a friendly heads up that payment is due',
    ['invoice.created', 'wait(until-P2D); email.send'],
    [['invoice.created', 'wait(until-P2D); invoice.sendReminder']],
  ],
  [
    'wait',
    'an hour after a booked install finishes send the customer a thank you and ask if we can use photos of the job',
    ['booking.created', 'wait(until+PT1H); email.send'],
  ],
  [
    'wait',
    'overdue invoice - send a reminder, and if its still not paid 5 working days later tell Bríd',
    ['invoice.overdue', 'invoice.sendReminder; waitFor(invoice.paid,5BD,timeout:[notify.team])'],
  ],
  [
    'wait',
    "Morning! Quick one. When we email a customer (usually it's a proof going out from the studio) and they haven't replied in 48 hours, can you get Kev to give them a ring? Half our delays are people sitting on proofs and we only find out when they ring asking where their banners are.",
    ['email.sent[message]', 'waitFor(email.received,PT48H,timeout:[notify.team])'],
    [['email.sent[message]', 'waitFor(email.received,P2D,timeout:[notify.team])']],
  ],
  [
    'wait',
    'website form filled in -- wait 10 minutes, then send them the brochure email',
    ['form.submitted', 'wait(PT10M); email.send'],
  ],
  [
    'wait',
    'New lead. Give it 3 business days then remind Jo to follow up.',
    ['lead.created', 'wait(3BD); notify.team'],
  ],
  [
    'wait',
    'a week after someone cancels a booking, email them asking if they want to rebook',
    ['booking.cancelled', 'wait(P7D); email.send'],
    [['booking.cancelled', 'wait(P1W); email.send']],
  ],
  [
    'wait',
    'when a lead goes to qualified and they havent booked a meeting within 2 days, email them the booking link again',
    ['lead.updated {"lead.status":["qualified"]}', 'waitFor(booking.created,P2D,timeout:[email.send])'],
    [
      [
        'lead.updated {"changes.status.to":["qualified"]}',
        'waitFor(booking.created,P2D,timeout:[email.send])',
      ],
    ],
  ],
  [
    'wait',
    'a week after we email a lead, remind Hannah on slack to chase them',
    ['email.sent[message]', 'wait(P7D); notify.team'],
    [['email.sent[message]', 'wait(P1W); notify.team']],
  ],
  [
    'condition',
    'new lead: if its worth over 2000 tell Mike, otherwise just email them the standard price sheet',
    ['lead.created', 'if(trigger.lead.value gt 2000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'When an invoice is paid and its over $5,000 post it in slack #bigwins 🎉',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 500000)[notify.slack]'],
    [['invoice.paid {"invoice.totalCents":[{"numeric":[">",500000]}]}', 'notify.slack']],
  ],
  [
    'condition',
    'email comes in - if the subject line has URGENT in it ping Paddy (production manager) right away',
    ['email.received', 'if(trigger.subject contains "URGENT")[notify.team]'],
    [['email.received {"subject":[{"wildcard":"*URGENT*"}]}', 'notify.team']],
  ],
  [
    'condition',
    "New lead -> if tagged reseller add a note 'trade pricing applies', if not send them the retail welcome email",
    ['lead.created', 'if(trigger.lead.tags contains "reseller")[crm.addNote]else[email.send]'],
  ],
  [
    'condition',
    "when a booking's made with no email address on it, tell Janet so she can phone them",
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.team]'],
  ],
  [
    'condition',
    "form submitted: if 'service' is banners send it to Ruth, if it's signage send it to Tom",
    [
      'form.submitted',
      'if(trigger.fields.service eq "banners")[notify.team]; if(trigger.fields.service eq "signage")[notify.team]',
    ],
    [
      [
        'form.submitted',
        'if(trigger.fields.service eq "banners")[notify.team]else[if(trigger.fields.service eq "signage")[notify.team]]',
      ],
    ],
  ],
  [
    'condition',
    "overdue invoices: if it's more than 30 days overdue escalate to me (Frank), otherwise just send the usual reminder",
    ['invoice.overdue', 'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    "new lead, if source is 'google ads' tag them ppc",
    ['lead.created', 'if(trigger.lead.source eq "google ads")[crm.updateLead]'],
    [['lead.created {"lead.source":["google ads"]}', 'crm.updateLead']],
  ],
  [
    'condition',
    "when a lead becomes a customer and they're worth 10k or more book a kick-off call with them",
    ['lead.updated {"lead.status":["customer"]}', 'if(trigger.lead.value gte 10000)[calendar.schedule]'],
    [
      [
        'lead.updated {"lead.status":["customer"],"lead.value":[{"numeric":[">=",10000]}]}',
        'calendar.schedule',
      ],
      // the status change TO x (docs/assistant.md, session 42): lead.status would fire on every later update at x
      [
        'lead.updated {"changes.status.to":["customer"]}',
        'if(trigger.lead.value gte 10000)[calendar.schedule]',
      ],
    ],
  ],
  [
    'condition',
    'when an invoice is raised in anything other than GBP flag it to Emma so she checks the exchange rate',
    ['invoice.created', 'if(trigger.invoice.currency ne "GBP")[notify.team]'],
    [['invoice.created {"invoice.currency":[{"anything-but":["GBP"]}]}', 'notify.team']],
  ],
  [
    'condition',
    "Hiya, when an email arrives from anyone @tesco.com let Gemma know, they're our biggest POS account",
    ['email.received', 'if(trigger.from contains "@tesco.com")[notify.team]'],
    [['email.received {"from":[{"suffix":"@tesco.com"}]}', 'notify.team']],
  ],
  [
    'condition',
    'new booking - if the location is the showroom email pieter@drukwerkdirect.nl to set out the samples',
    ['booking.created', 'if(trigger.booking.location contains "showroom")[email.send]'],
    [['booking.created', 'if(trigger.booking.location eq "showroom")[email.send]']],
  ],
  [
    'condition',
    'when a lead comes in without a phone number email them asking for one, otherwise get Sam to call them',
    ['lead.created', 'if(trigger.lead.phone exists false)[email.send]else[notify.team]'],
    [['lead.created', 'if(trigger.lead.phone exists true)[notify.team]else[email.send]']],
  ],
  [
    'many',
    'every monday at 9am send a payment reminder for every unpaid invoice',
    ['cron(0 9 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    "each morning at 8 email everyone who's booked in for today a reminder",
    ['cron(0 8 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'I want a button I can press that emails all leads tagged xmas-cards our christmas card order deadline',
    ['manual', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'every friday at 10, anyone we emailed and havent heard back from in 2 weeks - send them a nudge',
    ['cron(0 10 ? * FRI *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    '4pm every day: email each customer with an install tomorrow reminding them to clear the wall/window',
    ['cron(0 16 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'when I run it: find all qualified leads worth over 1000 and tag them spring-promo',
    ['manual', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
  [
    'many',
    'on the 1st of the month at 10am chase every overdue invoice',
    ['cron(0 10 1 * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    "7am every day take yesterday's new leads and for each one get the AI to write a personalised intro and send it",
    ['cron(0 7 * * ? *)', 'crm.findLeads; forEach[email.draft; email.send]'],
  ],
  [
    'many',
    'On 3 Nov 2026 at 9am, email all our customers about ordering their branded 2027 desk calendars',
    ['at(2026-11-03T09:00:00)', 'crm.findLeads; forEach[email.send]'],
  ],
];

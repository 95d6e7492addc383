import type { HeldOutCase } from '../heldout';

/** Set 49, rows 1–65 in the order written. */
export const FIRST_49: readonly HeldOutCase[] = [
  [
    'event',
    "whenever someone fills in the contact form on our website, email them back straight away (thanks, we'll get back to you within 48hrs) and put them in the CRM as a lead",
    ['form.submitted', 'email.send; crm.createLead'],
  ],
  [
    'event',
    'All our bookings are PYO strawberry slots. When someone books one, email them a confirmation with the parking directions pls',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'booking cancelled → tell Priya so she can offer the slot to the waiting list',
    ['booking.cancelled', 'notify.team'],
  ],
  [
    'event',
    'When an invoice gets paid, email the customer a quick thank you and stick a message in #accounts',
    ['invoice.paid', 'email.send; notify.slack'],
  ],
  [
    'event',
    'emails coming into orders@greenacrefarm.co.nz - flag each one to Tama',
    ['email.received {"to":["orders@greenacrefarm.co.nz"]}', 'notify.team'],
  ],
  [
    'event',
    "new lead where the source is 'farmers market' → send them our seasonal price list by email",
    ['lead.created {"lead.source":["farmers market"]}', 'email.send'],
    [['lead.created', 'if(trigger.lead.source eq "farmers market")[email.send]']],
  ],
  [
    'event',
    'if an invoice goes overdue send the reminder automatically and let Dave know too',
    ['invoice.overdue', 'invoice.sendReminder; notify.team'],
  ],
  [
    'event',
    'New lead tagged csa -> email them the CSA share info and book them in for a 15 min intro call',
    ['lead.created {"lead.tags":["csa"]}', 'email.send; calendar.schedule'],
    [['lead.created', 'if(trigger.lead.tags contains "csa")[email.send; calendar.schedule]']],
  ],
  [
    'event',
    "Quand quelqu'un réserve une visite de la ferme, envoyez-lui un mail de confirmation avec l'adresse et les horaires.",
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'any time a file changes in the price-lists folder, post in #shop-team so someone updates the till',
    ['file.updated {"file.folder":["price-lists"]}', 'notify.slack'],
    [['file.updated', 'if(trigger.file.folder eq "price-lists")[notify.slack]']],
  ],
  [
    'event',
    "when a customer's status gets changed to lost, add a note on them asking why and email sarah@tallowfarm.com so she can ring them",
    ['lead.updated {"changes.status.to":["lost"]}', 'crm.addNote; email.send'],
    [
      ['lead.updated {"changes.status.to":["lost"]}', 'crm.addNote; notify.team'],
      ['lead.updated {"lead.status":["lost"]}', 'crm.addNote; email.send'],
      ['lead.updated {"lead.status":["lost"]}', 'crm.addNote; notify.team'],
    ],
  ],
  [
    'event',
    'new invoice created → email a copy to our bookkeeper, books@hawthornlane.co.uk',
    ['invoice.created', 'email.send'],
  ],
  [
    'event',
    "every new booking (they're all cottage stays) - put a note on the guest's lead and a message in #farmstay",
    ['booking.created', 'crm.addNote; notify.slack'],
  ],
  [
    'event',
    'pls let me know in #ops whenever one of the automations fails',
    ['workflow.failed', 'notify.slack'],
  ],
  [
    'event',
    "Enquiry emails to hello@wildroots.com.au – get the AI to draft a reply for me, don't send it",
    ['email.received {"to":["hello@wildroots.com.au"]}', 'email.draft'],
  ],
  [
    'schedule',
    "every weekday at half 7 post today's bookings in #packing so the team knows who's collecting",
    ['cron(30 7 ? * MON-FRI *)', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    "Mon-Sat 6am Auckland time, send Hemi the list of today's pickups from the calendar",
    ['cron(0 6 ? * MON-SAT *) Pacific/Auckland', 'calendar.find; notify.team'],
  ],
  [
    'schedule',
    'first monday of every month at 9am email accounts@millbrookorchard.com a list of all unpaid invoices',
    ['cron(0 9 ? * 2#1 *)', 'invoice.find; email.send'],
  ],
  [
    'schedule',
    'every 2 hours call https://api.harvestbox.io/v1/stock/sync (POST) to sync stock levels',
    ['rate(2 hours)', 'http.request'],
  ],
  [
    'schedule',
    'Thursdays 4pm Sydney time — remind #orders that box orders close at midnight',
    ['cron(0 16 ? * THU *) Australia/Sydney', 'notify.slack'],
  ],
  [
    'schedule',
    '5:30 every morning (Chicago time) grab the forecast from https://api.fieldweather.com/forecast?farm=812 and post it in #field-crew',
    ['cron(30 5 * * ? *) America/Chicago', 'http.request; notify.slack'],
  ],
  [
    'schedule',
    'On the last day of each month at 3pm remind Jess to do the VAT return',
    ['cron(0 15 L * ? *)', 'notify.team'],
  ],
  [
    'schedule',
    'every 15 mins POST to https://sync.ourfarmshop.co.uk/orders to pull in new web orders',
    ['rate(15 minutes)', 'http.request'],
  ],
  [
    'schedule',
    'Tous les dimanches à 19h (heure de Paris), envoyer un mail à equipe@fermedubois.fr pour rappeler de remplir la feuille de récolte',
    ['cron(0 19 ? * SUN *) Europe/Paris', 'email.send'],
  ],
  [
    'schedule',
    'tues + fri at 10am ping #veg-box to confirm box contents with the growers',
    ['cron(0 10 ? * TUE,FRI *)', 'notify.slack'],
  ],
  [
    'schedule',
    'on the 1st of each month at 8am raise an invoice to The Old Mill (chef@theoldmill.co.uk) for their standing veg order, £450, due in 14 days',
    ['cron(0 8 1 * ? *)', 'invoice.create'],
  ],
  [
    'schedule',
    "every morning at 5 (we're in Brisbane) email pickers@sunnyridgeberries.com.au the link to the day's picking roster",
    ['cron(0 5 * * ? *) Australia/Brisbane', 'email.send'],
  ],
  [
    'schedule',
    'every 6 hours hit https://api.coldwatch.io/v1/check?site=barn2 and log the result',
    ['rate(6 hours)', 'http.request; log'],
  ],
  [
    'schedule',
    "weekdays 4:45pm New York time email me (joe@hudsonvalleygreens.com) tomorrow's bookings",
    ['cron(45 16 ? * MON-FRI *) America/New_York', 'calendar.find; email.send'],
  ],
  [
    'schedule',
    "sat 6am before market: post in #market-stall 'float is in the blue tin, is the card reader charged?'",
    ['cron(0 6 ? * SAT *)', 'notify.slack'],
  ],
  [
    'wait',
    "the day after someone's farm tour finishes, email them asking for a google review",
    ['booking.created', 'wait(until+P1D); email.send'],
  ],
  [
    'wait',
    "When a new veg box customer signs up send the welcome email, and if they haven't replied after 3 days send a gentle nudge",
    ['lead.created', 'email.send; waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'wait',
    "if an invoice isn't paid within 14 days of being issued send a reminder",
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder])'],
  ],
  [
    'wait',
    '24hrs before each PYO booking email them a reminder (bring your own punnets!)',
    ['booking.created', 'wait(until-PT24H); email.send'],
  ],
  [
    'wait',
    'When someone books a Christmas tree collection slot, 2 hrs after they book send them the what-to-bring email',
    ['booking.created', 'wait(PT2H); email.send'],
  ],
  [
    'wait',
    "whenever we send a lead an email and they haven't replied in 5 working days, tell Tom",
    ['email.sent[message]', 'waitFor(email.received,5BD,timeout:[notify.team])'],
  ],
  [
    'wait',
    'If a booking gets cancelled wait an hour then email them a 10% off code to rebook',
    ['booking.cancelled', 'wait(PT1H); email.send'],
  ],
  [
    'wait',
    "when our enquiry form is submitted and the person hasn't booked within 2 days, follow up by email",
    ['form.submitted', 'waitFor(booking.created,P2D,timeout:[email.send])'],
  ],
  [
    'wait',
    'invoice overdue → send reminder. still not paid 10 days later? ping #accounts',
    ['invoice.overdue', 'invoice.sendReminder; waitFor(invoice.paid,P10D,timeout:[notify.slack])'],
  ],
  [
    'wait',
    "3 days after a new customer signs up, send the 'how to store your veg' email",
    ['lead.created', 'wait(P3D); email.send'],
  ],
  [
    'wait',
    'when a lead becomes a customer, wait 2 weeks and then ask them for a testimonial',
    ['lead.updated {"changes.status.to":["customer"]}', 'wait(P14D); email.send'],
    [['lead.updated {"lead.status":["customer"]}', 'wait(P14D); email.send']],
  ],
  [
    'wait',
    'after a delivery booking ends, give it an hour then email the customer to check everything arrived ok',
    ['booking.created', 'wait(until+PT1H); email.send'],
  ],
  [
    'wait',
    "invoice paid → wait 3 days → send the 'how was your order' email",
    ['invoice.paid', 'wait(P3D); email.send'],
  ],
  [
    'condition',
    "When an invoice is paid: if it's over $1,000 let Marcus know, otherwise just log it",
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 100000)[notify.team]else[log]'],
  ],
  [
    'condition',
    'new lead - if the source is instagram email them the insta discount code, else send the normal welcome email',
    ['lead.created', 'if(trigger.lead.source eq "instagram")[email.send]else[email.send]'],
  ],
  [
    'condition',
    'box signup form: if the box_size field says large, add them as a lead tagged large-box, otherwise tagged small-box',
    ['form.submitted', 'if(trigger.fields.box_size eq "large")[crm.createLead]else[crm.createLead]'],
  ],
  [
    'condition',
    'When a booking is cancelled and the reason mentions weather, email them to rebook free of charge; otherwise just post it in #bookings',
    ['booking.cancelled', 'if(trigger.reason contains "weather")[email.send]else[notify.slack]'],
    [
      [
        'booking.cancelled',
        'if(trigger.booking.cancelReason contains "weather")[email.send]else[notify.slack]',
      ],
    ],
  ],
  [
    'condition',
    "new lead worth over 10k (wholesale!!) → tell Fiona right away, otherwise tag them 'nurture'",
    ['lead.created', 'if(trigger.lead.value gt 10000)[notify.team]else[crm.updateLead]'],
  ],
  [
    'condition',
    "overdue invoice: if it's The Larder Café (accounts@thelardercafe.co.uk) don't chase them, just tell me; anyone else gets the standard reminder",
    [
      'invoice.overdue',
      'if(trigger.invoice.customerEmail eq "accounts@thelardercafe.co.uk")[notify.team]else[invoice.sendReminder]',
    ],
    [
      [
        'invoice.overdue',
        'if(trigger.invoice.customerEmail ne "accounts@thelardercafe.co.uk")[invoice.sendReminder]else[notify.team]',
      ],
    ],
  ],
  [
    'condition',
    "When a lead gets updated, if they're tagged wholesale post it in #wholesale, otherwise in #retail",
    ['lead.updated', 'if(trigger.lead.tags contains "wholesale")[notify.slack]else[notify.slack]'],
  ],
  [
    'condition',
    "every morning at 7 check how many invoices are unpaid - more than 5 and I want a message in #accounts, otherwise don't bother",
    ['cron(0 7 * * ? *)', 'invoice.find; if(steps.find.count gt 5)[notify.slack]'],
  ],
  [
    'condition',
    'when a booking comes in with no email address, tell Lucy to phone them; otherwise email them the confirmation',
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.team]else[email.send]'],
    [['booking.created', 'if(trigger.booking.attendeeEmail exists true)[email.send]else[notify.team]']],
  ],
  [
    'condition',
    "New invoice created: if it's in AUD email the customer our bank details, any other currency tell the bookkeeper (Raj)",
    ['invoice.created', 'if(trigger.invoice.currency eq "AUD")[email.send]else[notify.team]'],
  ],
  [
    'condition',
    "When a customer emails us and the subject has 'cancel' in it, flag it to Jean; otherwise add the email as a note on their lead",
    ['email.received', 'if(trigger.subject contains "cancel")[notify.team]else[crm.addNote]'],
  ],
  [
    'condition',
    'New form submission: if enquiry_type is wholesale, create a lead tagged wholesale and tell Ben; if not, just email them the FAQ link',
    [
      'form.submitted',
      'if(trigger.fields.enquiry_type eq "wholesale")[crm.createLead; notify.team]else[email.send]',
    ],
  ],
  [
    'condition',
    "when a lead is created: company filled in → tag 'trade', no company → tag 'retail'",
    ['lead.created', 'if(trigger.lead.company exists true)[crm.updateLead]else[crm.updateLead]'],
    [['lead.created', 'if(trigger.lead.company exists false)[crm.updateLead]else[crm.updateLead]']],
  ],
  [
    'condition',
    "when an invoice goes overdue and it's more than £200 send it to Gareth to chase by phone, under that just send the auto reminder",
    ['invoice.overdue', 'if(trigger.invoice.totalCents gt 20000)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'many',
    'every morning at 8 remind everyone who has an overdue invoice',
    ['cron(0 8 * * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    'Fridays 2pm: email each person with a booking tomorrow (sat pickups) a reminder with the farm gate code',
    ['cron(0 14 ? * FRI *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'each Monday 9am Melbourne time, email every lead tagged csa-2025 that the next share payment is due',
    ['cron(0 9 ? * MON *) Australia/Melbourne', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 9 ? * MON *) Australia/Melbourne', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    'on the 1st of the month at 10am send a payment reminder for every unpaid invoice',
    ['cron(0 10 1 * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    "Every Wednesday 6pm, for each lead still at 'new', have the AI write a personal follow-up and send it",
    ['cron(0 18 ? * WED *)', 'crm.findLeads; forEach[email.draft; email.send]'],
  ],
  [
    'many',
    "sunday nights at 8 email all our customers (status customer) next week's box menu",
    ['cron(0 20 ? * SUN *)', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 20 ? * SUN *)', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    'every day at 10 find the leads we emailed 3+ days ago who never replied and send each one a follow-up',
    ['cron(0 10 * * ? *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'Mondays 7am: every customer added in the last 7 days gets tagged weekly-newsletter',
    ['cron(0 7 ? * MON *)', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
];

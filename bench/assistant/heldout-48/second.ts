import type { HeldOutCase } from '../heldout';

/** Set 48, rows 66–130 in the order written. */
export const SECOND_48: readonly HeldOutCase[] = [
  [
    'many',
    '1st of each month at 9, go through everyone tagged hearing-aid-4yr, email them about an upgrade consultation and then tag them upgrade-offer-sent',
    ['cron(0 9 1 * ? *)', 'crm.findLeads; forEach[email.send; crm.updateLead]'],
  ],
  [
    'many',
    'every Monday 8am Adelaide: for each contact lens wearer (tag cl-wearer) book them a 20 min aftercare check',
    ['cron(0 8 ? * MON *) Australia/Adelaide', 'crm.findLeads; forEach[calendar.schedule]'],
  ],
  [
    'many',
    'every day at noon, for each overdue invoice ping Jane on slack with the invoice number and who owes it',
    ['cron(0 12 * * ? *)', 'invoice.find; forEach[notify.team]'],
  ],
  [
    'list',
    "new lead → welcome email → tag 'web-enquiry' → slack #leads",
    ['lead.created', 'email.send; crm.updateLead; notify.slack'],
  ],
  [
    'list',
    'when a booking is cancelled: add a note to their record, email them a rebooking link, and tell Fiona',
    ['booking.cancelled', 'crm.addNote; email.send; notify.team'],
  ],
  [
    'list',
    'invoice paid -> thank-you email, set them to customer in the CRM, then post in #till',
    ['invoice.paid', 'email.send; crm.updateLead; notify.slack'],
  ],
  [
    'list',
    'For new form submissions: create the lead, book them a 30 min hearing screening, then email them the confirmation',
    ['form.submitted', 'crm.createLead; calendar.schedule; email.send'],
  ],
  [
    'list',
    'When a patient emails in, add the email to their notes, tag them needs-reply and let #reception know',
    ['email.received', 'crm.addNote; crm.updateLead; notify.slack'],
  ],
  [
    'list',
    'for every new booking: raise an invoice for the $25 booking deposit, email the patient the prep instructions, and add a note on their file',
    ['booking.created', 'invoice.create; email.send; crm.addNote'],
  ],
  [
    'list',
    "invoice overdue: send the reminder, add a note 'reminder sent', tag them arrears and notify Paul",
    ['invoice.overdue', 'invoice.sendReminder; crm.addNote; crm.updateLead; notify.team'],
  ],
  [
    'list',
    'When an email comes in to bookings@northshorehearing.com.au, create a lead from the sender, book them a 45 min hearing assessment and reply with the time',
    [
      'email.received {"to":["bookings@northshorehearing.com.au"]}',
      'crm.createLead; calendar.schedule; email.send',
    ],
  ],
  [
    'list',
    'lead status changes to qualified → book a consultation, email them the details, then message Hamid',
    ['lead.updated {"changes.status.to":["qualified"]}', 'calendar.schedule; email.send; notify.team'],
    [['lead.updated {"lead.status":["qualified"]}', 'calendar.schedule; email.send; notify.team']],
  ],
  [
    'list',
    'when an invoice is created, log it, save a copy as a file in the invoices folder, and email it to the patient',
    ['invoice.created', 'log; files.create; email.send'],
  ],
  [
    'list',
    'Every new lead: get the AI to draft a personalised intro, send it to them, then note on their record that it went out',
    ['lead.created', 'email.draft; email.send; crm.addNote'],
  ],
  [
    'record',
    "every email that comes into hello@sharpeyesoptometry.ca → add the sender to the CRM as a lead, source 'email'",
    ['email.received {"to":["hello@sharpeyesoptometry.ca"]}', 'crm.createLead'],
  ],
  [
    'record',
    'mark the lead as a customer as soon as they book an appointment',
    ['booking.created', 'crm.updateLead'],
  ],
  [
    'record',
    "After any cancellation tag the patient 'cancelled-once'",
    ['booking.cancelled', 'crm.updateLead'],
  ],
  [
    'record',
    'New form submission -> create a lead with source website-form and tag eye-exam-request',
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'record',
    'when a lead becomes a customer, create an invoice for the €20 registration fee',
    ['lead.updated {"changes.status.to":["customer"]}', 'invoice.create'],
    [['lead.updated {"lead.status":["customer"]}', 'invoice.create']],
  ],
  [
    'record',
    "whenever an invoice goes overdue, stick a note on the patient's record",
    ['invoice.overdue', 'crm.addNote'],
  ],
  [
    'record',
    "When an appointment is booked, add the patient to the CRM if they aren't already in it",
    ['booking.created', 'crm.createLead'],
  ],
  [
    'record',
    'each time a form is submitted add them to the crm, then add a note with what they wrote',
    ['form.submitted', 'crm.createLead; crm.addNote'],
  ],
  [
    'report',
    'weekly summary every Monday 8am to #management on slack',
    ['cron(0 8 ? * MON *)', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    "email me (owner@eyecareplus.com) a report of last month's activity on the 1st at 7am",
    ['cron(0 7 1 * ? *)', 'report.summarize; email.send'],
    [['cron(0 7 1 * ? *)', 'report.summarize; notify.team']],
  ],
  [
    'report',
    'End of day summary at 6pm Dublin time into #daily pls',
    ['cron(0 18 * * ? *) Europe/Dublin', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'Every Friday at 5 send the partners a summary of the week by email - partners@kingsroadopticians.co.uk',
    ['cron(0 17 ? * FRI *)', 'report.summarize; email.send'],
  ],
  [
    'report',
    'each morning 7:30 LA time summarize yesterday and drop it in #ops',
    ['cron(30 7 * * ? *) America/Los_Angeles', 'report.summarize; notify.slack'],
  ],
  [
    'report',
    'Monthly report for the audiology side: covering the last 30 days, sent to Dr Singh on Slack, 1st of the month at 9',
    ['cron(0 9 1 * ? *)', 'report.summarize; notify.team'],
  ],
  [
    'report',
    'sunday 7pm: weekly activity report, save it as a file and email it to me at gavin@focuspointeyecare.com',
    ['cron(0 19 ? * SUN *)', 'report.summarize; files.create; email.send'],
  ],
  [
    'report',
    'Send the list of unpaid invoices to #accounts every Monday at 9:30',
    ['cron(30 9 ? * MON *)', 'invoice.find; notify.slack'],
  ],
  [
    'approval',
    'when an invoice goes overdue I want to OK the reminder before it goes out to the patient',
    ['invoice.overdue', 'approval; invoice.sendReminder'],
  ],
  [
    'approval',
    "new lead: have the AI draft a reply but Grace has to approve it before it's sent",
    ['lead.created', 'email.draft; approval; email.send'],
  ],
  [
    'approval',
    'Every Monday 9am find the lapsed patients (status lost) and email them a come-back offer — but I want to approve the send first',
    ['cron(0 9 ? * MON *)', 'crm.findLeads; approval; forEach[email.send]'],
  ],
  [
    'approval',
    'when an invoice is raised, Liz needs to sign it off before it gets emailed to the patient',
    ['invoice.created', 'approval; email.send'],
  ],
  [
    'approval',
    "On the 25th of each month at 10am send the supplier payment run to https://pay.ourbank.com.au/api/runs (POST), only after I've approved it",
    ['cron(0 10 25 * ? *)', 'approval; http.request'],
  ],
  [
    'approval',
    "if someone cancels I'd like to approve it before we send them the late cancellation fee invoice",
    ['booking.cancelled', 'approval; invoice.create'],
  ],
  [
    'approval',
    'new form → create the lead → manager sign-off (if rejected just tell #frontdesk) → then the welcome email',
    ['form.submitted', 'crm.createLead; approval(rejected:[notify.slack]); email.send'],
  ],
  [
    'knowledge',
    'auto-answer anything sent to questions@clearsighteyecare.com using our FAQ',
    ['email.received {"to":["questions@clearsighteyecare.com"]}', 'knowledge.search; email.send'],
    [
      ['email.received {"to":["questions@clearsighteyecare.com"]}', 'email.draft; email.send'],
      [
        'email.received {"to":["questions@clearsighteyecare.com"]}',
        'knowledge.search; email.draft; email.send',
      ],
    ],
  ],
  [
    'knowledge',
    'Reply to emails that come in to info@harrowgateopticians.co.uk with an answer from our knowledge base (opening hours, prices, whether they qualify for a free NHS sight test etc)',
    ['email.received {"to":["info@harrowgateopticians.co.uk"]}', 'knowledge.search; email.send'],
    [
      ['email.received {"to":["info@harrowgateopticians.co.uk"]}', 'email.draft; email.send'],
      [
        'email.received {"to":["info@harrowgateopticians.co.uk"]}',
        'knowledge.search; email.draft; email.send',
      ],
    ],
  ],
  [
    'knowledge',
    'When the website form comes in with a question, search our knowledge base for the answer and email it back to them',
    ['form.submitted', 'knowledge.search; email.send'],
    [['form.submitted', 'knowledge.search; email.draft; email.send']],
  ],
  [
    'knowledge',
    "incoming patient emails: check the KB, draft a reply and send the draft to Nora to review (don't send anything to the patient)",
    ['email.received', 'knowledge.search; email.draft; notify.team'],
    [['email.received', 'email.draft; notify.team']],
  ],
  [
    'knowledge',
    "Each Monday at 8 look up the 'weekly promo' article in the knowledge base and post it in #shopfloor",
    ['cron(0 8 ? * MON *)', 'knowledge.search; notify.slack'],
  ],
  [
    'knowledge',
    'For new leads send a welcome email that answers the usual questions (whats included in an eye test, what it costs, do we bulk bill) using the knowledge base',
    ['lead.created', 'knowledge.search; email.send'],
    [
      ['lead.created', 'email.draft; email.send'],
      ['lead.created', 'knowledge.search; email.draft; email.send'],
    ],
  ],
  [
    'webhook',
    'When our Typeform hearing questionnaire gets a response, create the lead and tell Ava',
    ['webhook:typeform', 'crm.createLead; notify.team'],
  ],
  ['webhook', 'stripe payment comes through -> post it in #payments', ['webhook:stripe', 'notify.slack']],
  [
    'webhook',
    'Shopify orders from the contact lens webshop: email the customer a thank you with reorder info, and log it',
    ['webhook:shopify', 'email.send; log'],
  ],
  [
    'webhook',
    'Calendly booking webhook → add the person to our CRM and let #bookings know',
    ['webhook:calendly', 'crm.createLead; notify.slack'],
  ],
  [
    'webhook',
    "Zapier sends us a webhook from Optix whenever a patient's recall is due. When it arrives, email the patient to book in",
    ['webhook:zapier', 'email.send'],
    [['webhook:optix', 'email.send']],
  ],
  [
    'webhook',
    "our lab system calls a webhook (source 'lablink') when a job is finished - email the patient that their glasses are ready to collect",
    ['webhook:lablink', 'email.send'],
  ],
  ['refuse', "can you ring patients who don't turn up for their appointment", null],
  ['refuse', 'text every patient the day before their appt', null],
  ['refuse', 'whatsapp the customer when their glasses are ready for collection', null],
  ['refuse', 'post our new frame arrivals on Instagram every Friday', null],
  ['refuse', "print tomorrow's appointment list to the front desk printer every evening at 5", null],
  ['refuse', "what's the difference between an optometrist and an optician?", null],
  ['refuse', "cheers, that's perfect thx", null],
  ['refuse', "send an email to Mrs O'Brien right now saying her hearing aids have arrived", null],
  ['refuse', "delete all patients who haven't been in for 2 years", null],
  ['refuse', 'make our recall process better', null],
  ['refuse', 'every Monday at 9 email the team the weekly report, but never send any emails', null],
  [
    'refuse',
    "when a patient books an appointment cancel it straight away and email them that it's confirmed",
    null,
  ],
  ['refuse', 'turn the shop lights and the lensmeter off at 6pm every day', null],
  [
    'refuse',
    'when a client complains about feedback, turn down the volume on their hearing aids remotely',
    null,
  ],
  ['refuse', "fax the referral letter to the patient's GP whenever we refer someone to ophthalmology", null],
  ['refuse', 'how many patients did we see last week?', null],
];

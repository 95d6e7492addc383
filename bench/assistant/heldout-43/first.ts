import type { HeldOutCase } from '../heldout';

/** Set 43, rows 1–65 in the order written. */
export const FIRST_43: readonly HeldOutCase[] = [
  [
    'event',
    'when someone fills in the rental enquiry form on our website, email them the application pack and let Priya know',
    ['form.submitted', 'email.send; notify.team'],
  ],
  ['event', 'new viewing booked -> post it in #lettings on slack', ['booking.created', 'notify.slack']],
  ['event', 'if a viewing gets cancelled tell Jess straight away pls', ['booking.cancelled', 'notify.team']],
  ['event', 'Whenever a rent invoice is paid, email the tenant a receipt.', ['invoice.paid', 'email.send']],
  [
    'event',
    'rent goes overdue -> send the tenant a payment reminder and post in the #accounts slack channel',
    ['invoice.overdue', 'invoice.sendReminder; notify.slack'],
  ],
  [
    'event',
    'New applicant added to the CRM - send them our welcome email w/ the move-in info',
    ['lead.created', 'email.send'],
  ],
  [
    'event',
    'every time an email comes in to maintenance@harbourlets.com.au forward it to Dale and post it in #maintenance',
    ['email.received {"to":["maintenance@harbourlets.com.au"]}', 'notify.team; notify.slack'],
  ],
  [
    'event',
    "When an invoice gets raised, email a copy to whoever it's made out to",
    ['invoice.created', 'email.send'],
  ],
  [
    'event',
    'once an applicant is marked qualified (referencing passed) let Tom the negotiator know',
    ['lead.updated {"lead.status":["qualified"]}', 'notify.team'],
    [['lead.updated {"changes.status.to":["qualified"]}', 'notify.team']],
  ],
  [
    'event',
    'whenever a file gets uploaded (inspection reports, inventories etc) let Maria in the office know',
    ['file.updated', 'notify.team'],
  ],
  ['event', 'if any of our workflows fails, post in #ops on slack', ['workflow.failed', 'notify.slack']],
  [
    'event',
    'Viewing booked for a property? email the applicant a confirmation with the address',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'new enquiry from zoopla (lead source = zoopla): reply with our current availability and tell Kev',
    ['lead.created {"lead.source":["zoopla"]}', 'email.send; notify.team'],
  ],
  [
    'event',
    "whenever something's sitting waiting for approval let Sandra know by email",
    ['approval.requested', 'notify.team'],
  ],
  [
    'event',
    'when an applicant gets marked as lost send them a polite "sorry it didn\'t work out" email',
    ['lead.updated {"lead.status":["lost"]}', 'email.send'],
    [['lead.updated {"changes.status.to":["lost"]}', 'email.send']],
  ],
  [
    'event',
    'new lead tagged student -> email them the student accommodation guide',
    ['lead.created {"lead.tags":["student"]}', 'email.send'],
  ],
  [
    'schedule',
    'every monday 9am send me the list of overdue rent',
    ['cron(0 9 ? * MON *)', 'invoice.find; notify.team'],
  ],
  [
    'schedule',
    '1st of every month at 8am sydney time post in slack reminding everyone to do the trust account reconciliation',
    ['cron(0 8 1 * ? *) Australia/Sydney', 'notify.slack'],
  ],
  [
    'schedule',
    "Every Friday at 4pm UK time, post this week's viewings in #lettings",
    ['cron(0 16 ? * FRI *) Europe/London', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    "each weekday at 7:30am joburg time send Thandi today's inspections",
    ['cron(30 7 ? * MON-FRI *) Africa/Johannesburg', 'calendar.find; notify.team'],
  ],
  [
    'schedule',
    'every day 6pm eastern send the team a list of the new leads that came in today',
    ['cron(0 18 * * ? *) America/New_York', 'crm.findLeads; notify.team'],
  ],
  [
    'schedule',
    'every 30 mins call our portal sync endpoint https://api.rentportal.example.com/sync (POST)',
    ['rate(30 minutes)', 'http.request'],
  ],
  [
    'schedule',
    'last day of every month at 5pm email accounts@greenleafpm.ca the list of unpaid invoices',
    ['cron(0 17 L * ? *)', 'invoice.find; email.send'],
  ],
  [
    'schedule',
    'first monday of jan, apr, jul and oct at 10am toronto time remind Pat to book the fire alarm testing',
    ['cron(0 10 ? 1,4,7,10 2#1 *) America/Toronto', 'notify.team'],
    [['cron(0 10 ? JAN,APR,JUL,OCT 2#1 *) America/Toronto', 'notify.team']],
  ],
  [
    'schedule',
    'on 30 june 2026 at 9am brisbane time remind Craig the EOFY owner statements are due',
    ['at(2026-06-30T09:00:00) Australia/Brisbane', 'notify.team'],
  ],
  [
    'schedule',
    "tues and thurs at 2pm vancouver time, send Lisa tomorrow's showings",
    ['cron(0 14 ? * TUE,THU *) America/Vancouver', 'calendar.find; notify.team'],
  ],
  [
    'schedule',
    'mon-fri 5.30pm post in #office reminding whoever is last out to lock the key safe',
    ['cron(30 17 ? * MON-FRI *)', 'notify.slack'],
  ],
  [
    'schedule',
    'on the 15th of each month at noon post a reminder in slack that rent is due on the 1st',
    ['cron(0 12 15 * ? *)', 'notify.slack'],
  ],
  [
    'schedule',
    "each morning at 7 chicago time email me (rob@oakparkrentals.com) today's showings",
    ['cron(0 7 * * ? *) America/Chicago', 'calendar.find; email.send'],
  ],
  [
    'schedule',
    'every night at midnight UTC hit https://hooks.portfolio.example/nightly to kick off the rent ledger sync',
    ['cron(0 0 * * ? *) UTC', 'http.request'],
  ],
  [
    'wait',
    'after a viewing finishes, wait 2 hours then email the applicant asking how it went',
    ['booking.created', 'wait(until+PT2H); email.send'],
  ],
  [
    'wait',
    'day before each viewing send the applicant a reminder email',
    ['booking.created', 'wait(until-PT24H); email.send'],
  ],
  [
    'wait',
    "when a new applicant comes in and they haven't replied to us within 3 days send them a follow up",
    ['lead.created', 'waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'wait',
    "once rent's overdue send a reminder, give them 5 days to pay, if still nothing tell Megan",
    ['invoice.overdue', 'invoice.sendReminder; waitFor(invoice.paid,P5D,timeout:[notify.team])'],
  ],
  [
    'wait',
    "if we email a lead and they don't reply in 2 business days, chase them up",
    ['email.sent[message]', 'waitFor(email.received,2BD,timeout:[email.send])'],
    [['email.sent {"kind":["message"]}', 'waitFor(email.received,2BD,timeout:[email.send])']],
  ],
  [
    'wait',
    'maintenance form submitted -> email the tenant to say we got it, wait 48hrs, then email again asking if the contractor has been in touch',
    ['form.submitted', 'email.send; wait(PT48H); email.send'],
    [['form.submitted {"form":["maintenance"]}', 'email.send; wait(PT48H); email.send']],
  ],
  [
    'wait',
    'when an invoice is issued, if it hasnt been paid after 10 days send a reminder',
    ['invoice.created', 'waitFor(invoice.paid,P10D,timeout:[invoice.sendReminder])'],
  ],
  [
    'wait',
    'student enquiry comes in (tagged student) - wait a day then email them the link to book a viewing',
    ['lead.created {"lead.tags":["student"]}', 'wait(P1D); email.send'],
  ],
  [
    'wait',
    'when a viewing is booked, 1 hour before it starts remind Carlos',
    ['booking.created', 'wait(until-PT1H); notify.team'],
  ],
  [
    'wait',
    "New lead: send the welcome email, wait 5 days, send the 'how to apply' guide, wait another 5 days then a final check in email",
    ['lead.created', 'email.send; wait(P5D); email.send; wait(P5D); email.send'],
  ],
  [
    'wait',
    'when an invoice is paid wait 2 working days and then email the tenant a thank you',
    ['invoice.paid', 'wait(2BD); email.send'],
  ],
  [
    'wait',
    "when we email someone a lease renewal (subject starts with 'Lease renewal') and there's no reply within 7 days, let Fiona know",
    [
      'email.sent {"subject":[{"prefix":"Lease renewal"}]}',
      'waitFor(email.received,P7D,timeout:[notify.team])',
    ],
  ],
  [
    'wait',
    'viewing booked → 3 hours after it ends email the applicant for feedback and tag the lead as viewed',
    ['booking.created', 'wait(until+PT3H); email.send; crm.updateLead'],
  ],
  [
    'condition',
    "when rent goes overdue, if it's more than £1500 tell Helen, otherwise just send the tenant a reminder",
    ['invoice.overdue', 'if(trigger.invoice.totalCents gt 150000)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'new lead - if they came from rightmove send the rightmove welcome email, otherwise send the standard one',
    ['lead.created', 'if(trigger.lead.source eq "rightmove")[email.send]else[email.send]'],
  ],
  [
    'condition',
    "rent overdue and we've already sent 2 or more reminders on it (reminder count) -> escalate to Ahmed on slack",
    ['invoice.overdue', 'if(trigger.invoice.reminderCount gte 2)[notify.team]'],
    [['invoice.overdue {"invoice.reminderCount":[{"numeric":[">=",2]}]}', 'notify.team']],
  ],
  [
    'condition',
    'emails to repairs@cityblockmgmt.co.uk: if the subject says urgent or leak post it in #emergencies, otherwise email Dale',
    [
      'email.received {"to":["repairs@cityblockmgmt.co.uk"]}',
      'if((trigger.subject contains "urgent" or trigger.subject contains "leak"))[notify.slack]else[notify.team]',
    ],
  ],
  [
    'condition',
    'new lead tagged landlord: if value is over 500000 tell Nomvula, else tag them newsletter',
    [
      'lead.created {"lead.tags":["landlord"]}',
      'if(trigger.lead.value gt 500000)[notify.team]else[crm.updateLead]',
    ],
  ],
  [
    'condition',
    "viewing booked - if there's no email for the attendee get reception to phone them, otherwise send the confirmation email",
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.team]else[email.send]'],
    [['booking.created', 'if(trigger.booking.attendeeEmail exists true)[email.send]else[notify.team]']],
  ],
  [
    'condition',
    "when rent gets paid, if we'd sent any reminders for it let Gemma know it's cleared",
    ['invoice.paid', 'if(trigger.invoice.reminderCount gt 0)[notify.team]'],
  ],
  [
    'condition',
    'form comes in: if the bedrooms field is 4 or more send it to Raj (HMO team), if not send it to Leanne',
    ['form.submitted', 'if(trigger.fields.bedrooms gte 4)[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'when a lead is moved to customer (lease signed) and the rent value is over 2000, let Becky know; otherwise just log it',
    ['lead.updated {"lead.status":["customer"]}', 'if(trigger.lead.value gt 2000)[notify.team]else[log]'],
    [
      [
        'lead.updated {"changes.status.to":["customer"]}',
        'if(trigger.lead.value gt 2000)[notify.team]else[log]',
      ],
    ],
  ],
  [
    'condition',
    'email to applications@sunsetrentals.com - if it has attachments (payslips, ID etc) tell Zoe, if not reply asking them to attach their documents',
    [
      'email.received {"to":["applications@sunsetrentals.com"]}',
      'if(trigger.attachments.0 exists true)[notify.team]else[email.send]',
    ],
  ],
  [
    'condition',
    "if a viewing is cancelled and the title has 'HMO' in it, tell Raj",
    ['booking.cancelled', 'if(trigger.booking.title contains "HMO")[notify.team]'],
  ],
  [
    'condition',
    "new lead from the website (source website) - if they didn't leave a phone number, email them asking for one",
    ['lead.created {"lead.source":["website"]}', 'if(trigger.lead.phone exists false)[email.send]'],
  ],
  [
    'condition',
    "whenever an invoice is created and the currency isn't AUD, flag it to accounts",
    ['invoice.created', 'if(trigger.invoice.currency ne "AUD")[notify.team]'],
    [['invoice.created {"invoice.currency":[{"anything-but":["AUD"]}]}', 'notify.team']],
  ],
  [
    'many',
    'every monday at 9 send each tenant with overdue rent a reminder',
    ['cron(0 9 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
    [['cron(0 9 ? * MON *)', 'invoice.find; forEach[email.send]']],
  ],
  [
    'many',
    'every evening at 6 email everyone who has a viewing tomorrow a reminder',
    ['cron(0 18 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'on the 1st of each month at 9am email every lead tagged renewal-due our lease renewal offer',
    ['cron(0 9 1 * ? *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    '8am melbourne time every day: grab all the leads that came in yesterday and tag each one to-call',
    ['cron(0 8 * * ? *) Australia/Melbourne', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
  [
    'many',
    "Mondays 10am - email every qualified applicant who hasn't replied in a week a quick nudge",
    ['cron(0 10 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    '2nd of each month 9am joburg time go through all unpaid invoices, send each a reminder, then tell Sipho how many went out',
    ['cron(0 9 2 * ? *) Africa/Johannesburg', 'invoice.find; forEach[invoice.sendReminder]; notify.team'],
  ],
  [
    'many',
    'sunday 7pm sydney time, email each person with an inspection booked in the next 7 days a heads-up',
    ['cron(0 19 ? * SUN *) Australia/Sydney', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    "each day at 4pm go through today's viewings and add a note 'viewed' to each applicant's record",
    ['cron(0 16 * * ? *)', 'calendar.find; forEach[crm.addNote]'],
  ],
  [
    'many',
    'every weekday at 9am find the contacted leads from the last 7 days and email each one our FAQ',
    ['cron(0 9 ? * MON-FRI *)', 'crm.findLeads; forEach[email.send]'],
  ],
];

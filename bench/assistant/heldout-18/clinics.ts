import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';

/** Eighteenth held-out set: receptionists and practice managers of medical, dental and veterinary clinics. */
export const CLINICS_18: readonly HeldOutCase[] = [
  [
    'event',
    'Hi, whenever a patient books an appointment online could reception get an email please so we can get their notes ready before they come in',
    ['booking.created', 'notify.team'],
  ],
  [
    'event',
    'If an appointment is cancelled can it go in #front-desk so we can offer the slot to someone on the waiting list',
    ['booking.cancelled', 'notify.slack'],
  ],
  [
    'event',
    'When the new patient registration form is submitted, email it to our practice manager karen@brightsmiledental.co.uk',
    ['form.submitted', 'email.send'],
    [['form.submitted', 'notify.team']],
  ],
  [
    'event',
    "We're a small vets. Every time an owner emails the clinic inbox please put it on their record as a note, thanks",
    ['email.received', 'crm.addNote'],
  ],

  [
    'records',
    "Everyone who fills out the online intake form needs adding to the system as a lead (source = 'intake form')",
    ['form.submitted', 'crm.createLead'],
  ],
  [
    'records',
    'once a patients invoice has been paid, change them to customer',
    ['invoice.paid', 'crm.updateLead'],
  ],
  [
    'records',
    'When a consultation is booked, raise an invoice for the £60 consultation fee',
    ['booking.created', 'invoice.create'],
  ],
  [
    'records',
    'patient replies to the recall email -> save the reply as a note on the patient file',
    ['email.received', 'crm.addNote'],
  ],

  [
    'negative-wait',
    "When we email a patient their treatment plan and they haven't replied within 7 days, remind the treatment coordinator to give them a call",
    ['email.sent[message]', 'waitFor(email.received,P7D,timeout:[notify.team])'],
  ],
  [
    'negative-wait',
    "If a new patient fills in the registration form but hasn't booked their first appointment within 2 weeks, send them a reminder email",
    ['form.submitted', 'waitFor(booking.created,P14D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "Treatment invoices - if still unpaid 30 days after we send them send the patient a reminder, and if they still haven't paid 2 weeks after that let the practice manager know",
    [
      'invoice.created',
      'waitFor(invoice.paid,P30D,timeout:[invoice.sendReminder; waitFor(invoice.paid,P14D,timeout:[notify.team])])',
    ],
  ],
  [
    'negative-wait',
    'When an appointment is booked we email the owner the pre-visit instructions. If there is no reply in 24 hrs flag it to the nurse on duty',
    ['booking.created', 'email.send; waitFor(email.received,PT24H,timeout:[notify.team])'],
  ],

  [
    'timezone',
    'Every weekday at 7.45am (London time) email the reception team a summary of yesterday',
    ['cron(45 7 ? * MON-FRI *) Europe/London', TEAM],
  ],
  [
    'timezone',
    'Our head office is in Toronto so please send the regional manager a weekly summary each Monday at 8am Toronto time',
    ['cron(0 8 ? * MON *) America/Toronto', TEAM],
  ],
  [
    'timezone',
    'Post a daily summary in #clinic-ops at 6pm Brisbane time',
    ['cron(0 18 * * ? *) Australia/Brisbane', SLACK],
  ],
  [
    'timezone',
    'At 17:30 Dublin time each Friday email practice.manager@liffeyvets.ie a summary of the week',
    ['cron(30 17 ? * FRI *) Europe/Dublin', 'report.summarize; email.send'],
    [['cron(30 17 ? * FRI *) Europe/Dublin', TEAM]],
  ],

  ['recurring', "Mon-Sat at 8am post today's summary to #reception", ['cron(0 8 ? * MON-SAT *)', SLACK]],
  ['recurring', 'Every 2 hours send the practice manager a summary', ['rate(2 hours)', TEAM]],
  [
    'recurring',
    'On the last working day of the month at 4pm, email the partners a summary for the month',
    ['cron(0 16 LW * ? *)', TEAM],
  ],
  [
    'recurring',
    'Wednesdays and Fridays at 1pm, post a summary in #nurses',
    ['cron(0 13 ? * WED,FRI *)', SLACK],
  ],

  [
    'condition',
    "When a patient emails and the message mentions 'pain' or 'swelling', alert the duty dentist straight away, otherwise just add a note",
    [
      'email.received',
      'if((trigger.text contains "pain" or trigger.text contains "swelling"))[notify.team]else[crm.addNote]',
    ],
  ],
  [
    'condition',
    "If a new lead came from Google Ads tag them 'google-ads' please",
    ['lead.created', 'if(trigger.lead.source eq "Google Ads")[crm.updateLead]'],
    [['lead.created {"lead.source":["Google Ads"]}', 'crm.updateLead']],
  ],
  [
    'condition',
    'When an invoice over £500 is paid (implants, ortho etc) send the patient a thank you email',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 50000)[email.send]'],
  ],
  [
    'condition',
    "Overdue invoices: if it's more than 60 days overdue notify the practice manager, otherwise send the usual reminder",
    ['invoice.overdue', 'if(trigger.daysOverdue gt 60)[notify.team]else[invoice.sendReminder]'],
  ],

  [
    'list',
    'New patient form submitted:\n1. create the patient as a lead\n2. email them the welcome pack\n3. book their new patient exam\n4. let reception know',
    ['form.submitted', 'crm.createLead; email.send; calendar.schedule; notify.team'],
  ],
  [
    'list',
    'When an appointment is cancelled send the patient a sorry-we-missed-you email with the rebooking link, add a note to their record and post in #front-desk',
    ['booking.cancelled', 'email.send; crm.addNote; notify.slack'],
  ],
  [
    'list',
    "When a treatment invoice gets paid, mark the patient as customer, email them a receipt and add a note 'paid in full'",
    ['invoice.paid', 'crm.updateLead; email.send; crm.addNote'],
  ],
  [
    'list',
    'after a booking comes in email the confirmation, wait 2 days, then send the medical history questionnaire',
    ['booking.created', 'email.send; wait(P2D); email.send'],
  ],

  [
    'many-records',
    'Each evening at 5 send everyone with an appointment tomorrow a reminder email',
    ['cron(0 17 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many-records',
    'Every Monday, chase all unpaid patient invoices',
    ['cron(0 9 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many-records',
    "1st of the month: email all patients tagged 'recall-due' to remind them to book their check-up",
    ['cron(0 9 1 * ? *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many-records',
    "every friday at 2pm draft a follow up for each lead that's still status new",
    ['cron(0 14 ? * FRI *)', 'crm.findLeads; forEach[email.draft]'],
  ],

  [
    'report',
    'Please could I have a daily summary emailed to me at 6pm. Many thanks, Gill (Practice Manager)',
    ['cron(0 18 * * ? *)', TEAM],
  ],
  [
    'report',
    'weekly summary of new patients & bookings to #management on monday mornings',
    ['cron(0 9 ? * MON *)', SLACK],
  ],
  [
    'report',
    'Could we have a monthly report saved as a file on the 1st, for our CQC folder',
    ['cron(0 9 1 * ? *)', 'report.summarize; files.create'],
  ],
  [
    'report',
    'End of each day (7pm) send our accountant accounts@mcleanvet.co.uk a summary',
    ['cron(0 19 * * ? *)', 'report.summarize; email.send'],
  ],

  ['refusal', 'Text patients a reminder 24 hours before their appointment', null],
  ['refusal', "When a pet's vaccinations are due, email the owner", null],
  ['refusal', 'Sync new patients into Dentally', 'Dentally'],
  ['refusal', "When a patient doesn't show up for their appointment, charge the £25 no-show fee", null],
];

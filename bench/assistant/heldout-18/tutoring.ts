import type { HeldOutCase } from '../heldout';

const SLACK = 'report.summarize; notify.slack';
const TEAM = 'report.summarize; notify.team';

/** Eighteenth held-out set: tutoring centres and driving schools. */
export const TUTORING_18: readonly HeldOutCase[] = [
  [
    'event',
    'whenever a parent fills in the enquiry form on our website ping #enquiries on slack',
    ['form.submitted', 'notify.slack'],
  ],
  [
    'event',
    'When a lesson gets cancelled email the instructor',
    ['booking.cancelled', 'notify.team'],
    [['booking.cancelled', 'email.send']],
  ],
  [
    'event',
    'New learner driver signs up → send them the welcome email with the theory test links',
    ['lead.created', 'email.send'],
  ],
  [
    'event',
    "As soon as a student's payment comes through, let the centre manager know",
    ['invoice.paid', 'notify.team'],
  ],

  [
    'records',
    'When a trial lesson is booked add the student to the CRM',
    ['booking.created', 'crm.createLead'],
  ],
  [
    'records',
    "When a parent pays the term invoice update the student to customer and tag them 'spring-term'",
    ['invoice.paid', 'crm.updateLead'],
    [['invoice.paid', 'crm.updateLead; crm.updateLead']],
  ],
  ['records', 'Lesson booked = create an invoice for £38', ['booking.created', 'invoice.create']],
  [
    'records',
    "Each time a lesson is booked add a note on the student's record saying 'lesson booked' so the tutors can see the history",
    ['booking.created', 'crm.addNote'],
  ],

  [
    'negative-wait',
    "If a parent enquires through the website form but doesn't book a trial lesson within 5 days, send them a follow up email",
    ['form.submitted', 'waitFor(booking.created,P5D,timeout:[email.send])'],
  ],
  [
    'negative-wait',
    "We email out the term invoices. If one isn't paid 10 days after it's sent, send a reminder",
    ['invoice.created', 'waitFor(invoice.paid,P10D,timeout:[invoice.sendReminder])'],
  ],
  [
    'negative-wait',
    "new student lead - if they haven't booked a lesson after 3 days email them, if still nothing after another 4 days mark them as lost",
    [
      'lead.created',
      'waitFor(booking.created,P3D,timeout:[email.send; waitFor(booking.created,P4D,timeout:[crm.updateLead])])',
    ],
  ],
  [
    'negative-wait',
    "When we email a parent the progress report and they don't answer within a week, ask the tutor to phone them",
    ['email.sent[message]', 'waitFor(email.received,P7D,timeout:[notify.team])'],
  ],

  [
    'timezone',
    "every sunday at 6pm Sydney time send me a summary of the week's lessons",
    ['cron(0 18 ? * SUN *) Australia/Sydney', TEAM],
  ],
  [
    'timezone',
    "Weekdays 4pm Eastern time — post the day's summary in #tutors",
    ['cron(0 16 ? * MON-FRI *) America/New_York', SLACK],
  ],
  [
    'timezone',
    'At 8am Singapore time every day email the centre manager a summary',
    ['cron(0 8 * * ? *) Asia/Singapore', TEAM],
  ],
  [
    'timezone',
    'Saturday 12:00 Auckland time, summary of the week to the instructors channel on slack',
    ['cron(0 12 ? * SAT *) Pacific/Auckland', SLACK],
  ],

  ['recurring', "at 9pm every night send me a summary of the day's lessons", ['cron(0 21 * * ? *)', TEAM]],
  ['recurring', 'Every 6 hours post a summary to #bookings', ['rate(6 hours)', SLACK]],
  [
    'recurring',
    'First of every month at 10 send the owners a summary of last month',
    ['cron(0 10 1 * ? *)', TEAM],
  ],
  [
    'recurring',
    'mon, wed and fri at 3:30pm (before the after-school rush) post a summary in #frontdesk',
    ['cron(30 15 ? * MON,WED,FRI *)', SLACK],
  ],

  [
    'condition',
    "When an enquiry email mentions 'DBS' or 'safeguarding', forward it to our safeguarding lead Sophie",
    [
      'email.received',
      'if((trigger.text contains "DBS" or trigger.text contains "safeguarding"))[notify.team]',
    ],
    [
      [
        'email.received',
        'if((trigger.text contains "DBS" or trigger.text contains "safeguarding"))[email.send]',
      ],
    ],
  ],
  [
    'condition',
    'If a new lead is worth more than £1,000 (intensive course) notify the head instructor, otherwise send them the price list email',
    ['lead.created', 'if(trigger.lead.value gt 1000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    "When a booking comes in with 'mock test' in the title, email the test coordinator",
    ['booking.created', 'if(trigger.booking.title contains "mock test")[notify.team]'],
    [['booking.created', 'if(trigger.booking.title contains "mock test")[email.send]']],
  ],
  [
    'condition',
    "lead source = Facebook -> tag them 'fb-promo', all others -> tag 'organic'",
    ['lead.created', 'if(trigger.lead.source eq "Facebook")[crm.updateLead]else[crm.updateLead]'],
  ],

  [
    'list',
    'When a student enrols (lead becomes a customer): send the welcome email, create the first term invoice for £480, book their assessment lesson, tell the tutor on Slack',
    [
      'lead.updated {"changes.status.to":["customer"]}',
      'email.send; invoice.create; calendar.schedule; notify.team',
    ],
    [
      [
        'lead.updated {"changes.status.to":["customer"]}',
        'email.send; invoice.create; calendar.schedule; notify.slack',
      ],
      [
        'lead.updated {"lead.status":["customer"]}',
        'email.send; invoice.create; calendar.schedule; notify.team',
      ],
      [
        'lead.updated {"lead.status":["customer"]}',
        'email.send; invoice.create; calendar.schedule; notify.slack',
      ],
    ],
  ],
  [
    'list',
    'Lesson cancelled => email student the rebooking link + add a note + notify the instructor',
    ['booking.cancelled', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'list',
    "When the theory test booking form is submitted create a lead, tag them 'theory', then email them the revision guide",
    ['form.submitted', 'crm.createLead; crm.updateLead; email.send'],
  ],
  [
    'list',
    "New lead: send the intro email, wait 3 days, send our testimonials email, then add a note 'nurture sequence sent'",
    ['lead.created', 'email.send; wait(P3D); email.send; crm.addNote'],
  ],

  [
    'many-records',
    'every sunday evening email every student with a lesson tomorrow a reminder',
    ['cron(0 18 ? * SUN *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many-records',
    "each morning at 7 send all of today's learners a reminder of their lesson time",
    ['cron(0 7 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many-records',
    'At the start of every month send reminders for all the overdue invoices',
    ['cron(0 9 1 * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many-records',
    "every tuesday at 10am move all leads tagged 'trial-done' to qualified",
    ['cron(0 10 ? * TUE *)', 'crm.findLeads; forEach[crm.updateLead]'],
  ],

  ['report', 'weekly report for the franchise owner every friday at 5', ['cron(0 17 ? * FRI *)', TEAM]],
  [
    'report',
    'Send a summary of last month to director@brightminds-tutoring.com on the 2nd of each month',
    ['cron(0 9 2 * ? *)', 'report.summarize; email.send'],
  ],
  ['report', 'A daily summary in #instructors at 8 each morning please', ['cron(0 8 * * ? *)', SLACK]],
  ['report', 'when I click run, summarise this week and email it to me', ['manual', TEAM]],

  ['refusal', 'When a learner passes their driving test post a congratulations on our Facebook page', null],
  ['refusal', 'Text the parent when their child arrives at the centre', null],
  ['refusal', 'Add new enrolments to our Google Classroom', 'Google Classroom'],
  ['refusal', 'When an instructor’s car is booked in for its MOT, block out their diary for the day', null],
];

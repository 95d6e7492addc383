import type { HeldOutCase } from '../heldout';

/** Set 25, rows 1–65 in the order written. */
export const FIRST_25: readonly HeldOutCase[] = [
  [
    'event',
    'when someone fills in the volunteer sign up form on our website, email them a thank you and let Margaret know',
    ['form.submitted', 'email.send; notify.team'],
  ],
  [
    'event',
    'New Typeform response (our Christmas hamper referral form) -> post it in the #foodbank channel on slack pls',
    ['webhook:typeform', 'notify.slack'],
    [['form.submitted {"source":["typeform"]}', 'notify.slack']],
  ],
  [
    'event',
    'when a new contact is added can u send them our welcome pack email',
    ['lead.created', 'email.send'],
  ],
  [
    'event',
    'so every time someone books a hall slot email the caretaker dave dot caretaker at stbrigids dot ie with the details so he can open up',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'whenever anything gets put in the Safeguarding folder notify our safeguarding lead Aoife',
    ['file.updated {"file.folder":["Safeguarding"]}', 'notify.team'],
    [['file.updated {"file.folder":["Safeguarding"],"created":[true]}', 'notify.team']],
  ],
  [
    'event',
    'when a Tally form is submitted send a copy of the answers to volunteers@hopehouse.org.au',
    ['webhook:tally', 'email.send'],
    [['form.submitted {"source":["tally"]}', 'email.send']],
  ],
  [
    'event',
    'Whenever an invoice is paid, tell the treasurer (Graham) on slack',
    ['invoice.paid', 'notify.team'],
  ],
  [
    'event',
    'When an invoice goes overdue let Bernadette in accounts know',
    ['invoice.overdue', 'notify.team'],
  ],
  [
    'event',
    'Charity shop online - when a Shopify order gets paid send the buyer a thank you email from the shop team',
    ['webhook:shopify', 'email.send'],
    [['invoice.paid {"invoice.id":[{"prefix":"shopify:"}]}', 'email.send']],
  ],
  [
    'event',
    'when a new booking comes in for the community hall put it in the hall-bookings channel on slack',
    ['booking.created', 'notify.slack'],
  ],
  [
    'event',
    'Can you make it so that when somebody emails volunteering@stcolumbas.org.uk it posts in slack #volunteers',
    ['email.received {"to":["volunteering@stcolumbas.org.uk"]}', 'notify.slack'],
  ],
  [
    'event',
    'When a donor gets marked as lost in the CRM, let Priya (fundraising manager) know so she can give them a call',
    ['lead.updated {"lead.status":["lost"]}', 'notify.team'],
    [['lead.updated {"changes.status.to":["lost"]}', 'notify.team']],
  ],
  [
    'event',
    'new contact tagged "legacy" → email our legacy officer at legacies@hopecancercare.org.uk',
    ['lead.created {"lead.tags":["legacy"]}', 'email.send'],
  ],
  [
    'event',
    'we get a webhook from donorbox (source donorbox) when someone gives online. when that comes in post the details to #donations on slack',
    ['webhook:donorbox', 'notify.slack'],
  ],
  [
    'event',
    "When an enquiry form comes in, get the AI to work out if it's about volunteering, fundraising or something else and post it to slack",
    ['form.submitted', 'ai.task; notify.slack'],
  ],
  [
    'event',
    'If one of our workflows fails please email me straight away - admin@stjosephsparish.org.au',
    ['workflow.failed', 'email.send'],
  ],
  [
    'event',
    'when a new contact comes in from the Just Giving import (source is "justgiving") send them our thank you for supporting email',
    ['lead.created {"lead.source":["justgiving"]}', 'email.send'],
  ],
  [
    'schedule',
    'every monday at 9am send the rota reminder to the volunteers slack channel',
    ['cron(0 9 ? * MON *)', 'notify.slack'],
  ],
  [
    'schedule',
    'Weekdays at 8.30 post "office open, phones on" in slack',
    ['cron(30 8 ? * MON-FRI *)', 'notify.slack'],
  ],
  [
    'schedule',
    'On Mondays and Thursdays at 10am remind Siobhan to bank the collection money',
    ['cron(0 10 ? * MON,THU *)', 'notify.team'],
  ],
  [
    'schedule',
    'first monday of every month at 9 email the trustees (trustees@stmarkshospice.org.uk) a reminder that board papers are due',
    ['cron(0 9 ? * 2#1 *)', 'email.send'],
    [['cron(0 9 ? * MON#1 *)', 'email.send']],
  ],
  [
    'schedule',
    'every morning at half seven Perth time post the list of todays hall bookings to the #hall channel',
    ['cron(30 7 * * ? *) Australia/Perth', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'On the last day of every month at 5pm remind the finance team (Bernadette) to reconcile the gift aid claims',
    ['cron(0 17 L * ? *)', 'notify.team'],
  ],
  [
    'schedule',
    'On the 1st of each month at 9am post a reminder in slack for everyone to submit their volunteer expenses',
    ['cron(0 9 1 * ? *)', 'notify.slack'],
  ],
  [
    'schedule',
    'wednesdays 12pm melbourne time - post in #comms on slack reminding them the newsletter goes out thursday',
    ['cron(0 12 ? * WED *) Australia/Melbourne', 'notify.slack'],
  ],
  [
    'schedule',
    'Every 15 minutes check our donations page feed at https://api.givingpage.example/recent and post whatever it returns to #donations',
    ['rate(15 minutes)', 'http.request; notify.slack'],
    [['cron(0/15 * * * ? *)', 'http.request; notify.slack']],
  ],
  [
    'schedule',
    'every day at 7am London time email the duty manager rota to dutymanager@shelterline.org.uk',
    ['cron(0 7 * * ? *) Europe/London', 'email.send'],
  ],
  [
    'schedule',
    'On 24 December 2026 at 4pm post a happy christmas message to all the volunteers in our slack',
    ['at(2026-12-24T16:00:00)', 'notify.slack'],
  ],
  [
    'schedule',
    'tuesday and friday mornings 9:15 (Dublin time) send the food bank stock check reminder to foodbank@stcaimins.ie',
    ['cron(15 9 ? * TUE,FRI *) Europe/Dublin', 'email.send'],
  ],
  [
    'schedule',
    'Every Sunday at 8pm, post the coming weeks rota reminder in #rota, Edinburgh time',
    ['cron(0 20 ? * SUN *) Europe/London', 'notify.slack'],
  ],
  [
    'wait',
    "when we send an invoice for a hall hire, if it isn't paid in 14 days send them a reminder",
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder])'],
  ],
  [
    'wait',
    'When a new volunteer signs up through the website form, send the welcome email, and if they dont reply within 3 days send a follow up',
    ['form.submitted', 'email.send; waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'wait',
    "after we email someone, if they don't get back to us in 5 days remind Tom to give them a ring",
    ['email.sent[message]', 'waitFor(email.received,P5D,timeout:[notify.team])'],
  ],
  [
    'wait',
    "When a new donor is added, email them the link to the gift aid declaration form. If the form isn't filled in within 10 days send a reminder email",
    ['lead.created', 'email.send; waitFor(form.submitted,P10D,timeout:[email.send])'],
  ],
  [
    'wait',
    'If an invoice is still unpaid 7 days after it goes overdue, tell Graham',
    ['invoice.overdue', 'waitFor(invoice.paid,P7D,timeout:[notify.team])'],
  ],
  [
    'wait',
    'Sponsor enquiries come in on a typeform. Send them the sponsorship pack by email; if no reply after 4 days send a follow up, and if theres still nothing 4 days after that tell Kate',
    [
      'webhook:typeform',
      'email.send; waitFor(email.received,P4D,timeout:[email.send; waitFor(email.received,P4D,timeout:[notify.team])])',
    ],
    [
      [
        'form.submitted {"source":["typeform"]}',
        'email.send; waitFor(email.received,P4D,timeout:[email.send; waitFor(email.received,P4D,timeout:[notify.team])])',
      ],
    ],
  ],
  [
    'wait',
    'When a new lead comes in, wait a day then send our intro email',
    ['lead.created', 'wait(P1D); email.send'],
  ],
  [
    'wait',
    "when someone signs up as a volunteer on the website form and they haven't booked an induction slot within 7 days, email them a nudge",
    ['form.submitted', 'waitFor(booking.created,P7D,timeout:[email.send])'],
  ],
  [
    'wait',
    'after a booked meeting finishes send the person a thank you for coming in email',
    ['booking.created', 'wait(until); email.send'],
  ],
  [
    'wait',
    "Bit of background - we rent the parish hall out to local groups and a few of them are terrible at paying, so Bernadette ends up chasing them by hand. What I'd like: when an invoice goes overdue, send a reminder straight away. if it still isn't paid 5 days later send a second reminder and let Bernadette know so she can ring them",
    [
      'invoice.overdue',
      'invoice.sendReminder; waitFor(invoice.paid,P5D,timeout:[invoice.sendReminder; notify.team])',
    ],
  ],
  [
    'wait',
    'ten days after a new donor is added send them an impact update email',
    ['lead.created', 'wait(P10D); email.send'],
  ],
  [
    'wait',
    'we email new supporters a welcome. if they reply within 2 days add a note saying they replied, if not send them our "ways to get involved" email',
    ['lead.created', 'email.send; waitFor(email.received,P2D,event:[crm.addNote],timeout:[email.send])'],
  ],
  [
    'condition',
    'When an invoice is paid, if its over £1,000 send a personal thank you email from the CEO and post it in #bigwins on slack, otherwise just send the standard thank you email',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 100000)[email.send; notify.slack]else[email.send]'],
  ],
  [
    'condition',
    'new lead - if the pledge value is 500 or more email Priya (priya@brightfutures.org.uk), otherwise tag them "newsletter"',
    ['lead.created', 'if(trigger.lead.value gte 500)[email.send]else[crm.updateLead]'],
  ],
  [
    'condition',
    'when a volunteer form comes in, if the "age" field is under 18 tell Aoife our safeguarding lead, otherwise email them the volunteer handbook',
    ['form.submitted', 'if(trigger.fields.age lt 18)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'when an email arrives, if the subject has "urgent" in it message Bob on slack, otherwise just add a note to the contact',
    ['email.received', 'if(trigger.subject contains "urgent")[notify.team]else[crm.addNote]'],
  ],
  [
    'condition',
    "Overdue invoices: if it's more than 30 days overdue tell the treasurer, otherwise send the customer a reminder",
    ['invoice.overdue', 'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'When an invoice is paid: £500 or more → tell our CEO Helen; £100 up to £499 → tell Sue; under £100 → just send the thank you email',
    [
      'invoice.paid',
      'if(trigger.invoice.totalCents gte 50000)[notify.team]else[if(trigger.invoice.totalCents gte 10000)[notify.team]else[email.send]]',
    ],
  ],
  [
    'condition',
    'when a booking is made, if there is no attendee email on it let the office know (Mary), otherwise send the person a booking confirmation',
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.team]else[email.send]'],
    [['booking.created', 'if(trigger.booking.attendeeEmail exists true)[email.send]else[notify.team]']],
  ],
  [
    'condition',
    'New contacts: if the company field is filled in, tag them "corporate" and tell Kate, otherwise tag them "individual"',
    ['lead.created', 'if(trigger.lead.company exists true)[crm.updateLead; notify.team]else[crm.updateLead]'],
  ],
  [
    'condition',
    'Whenever a contact is updated and their value is now over 5000, post in #major-gifts',
    ['lead.updated {"lead.value":[{"numeric":[">",5000]}]}', 'notify.slack'],
    [['lead.updated', 'if(trigger.lead.value gt 5000)[notify.slack]']],
  ],
  [
    'condition',
    'when a pledge form is submitted, if the amount field is over 250 create them as a lead with status qualified, otherwise create them as a new lead',
    ['form.submitted', 'if(trigger.fields.amount gt 250)[crm.createLead]else[crm.createLead]'],
  ],
  [
    'condition',
    'If a paid invoice is in euro (EUR) get the AI to write the thank you as Gaeilge and send it, otherwise send the normal english thank you',
    ['invoice.paid', 'if(trigger.invoice.currency eq "EUR")[email.draft; email.send]else[email.send]'],
  ],
  [
    'condition',
    "when a booking gets cancelled and the reason mentions 'illness', send a get well soon email, otherwise nothing",
    ['booking.cancelled', 'if(trigger.reason contains "illness")[email.send]'],
    [['booking.cancelled {"reason":[{"wildcard":"*illness*"}]}', 'email.send']],
  ],
  [
    'condition',
    'When an invoice goes overdue, if the amount is under £50 just send a reminder, otherwise send a reminder AND tell Graham',
    [
      'invoice.overdue',
      'if(trigger.invoice.totalCents lt 5000)[invoice.sendReminder]else[invoice.sendReminder; notify.team]',
    ],
  ],
  [
    'list',
    'new donor added -> send thank you email, add a note "welcome pack sent", book a call with them and post in #fundraising',
    ['lead.created', 'email.send; crm.addNote; calendar.schedule; notify.slack'],
  ],
  [
    'list',
    'when a hall booking is cancelled, email the hirer, add a note to their record, then let Dave the caretaker know',
    ['booking.cancelled', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'list',
    'When an invoice is paid: save a receipt as a file, email the receipt to the donor, and post it in #finance',
    ['invoice.paid', 'files.create; email.send; notify.slack'],
  ],
  [
    'list',
    'when someone books for the food bank collection send them a confirmation, put a note on their record and post on slack #foodbank',
    ['booking.created', 'email.send; crm.addNote; notify.slack'],
  ],
  [
    'list',
    'New lead > email them > wait 2 days > email again > wait 3 days > let Joe know',
    ['lead.created', 'email.send; wait(P2D); email.send; wait(P3D); notify.team'],
  ],
  [
    'list',
    'when someone fills out the prayer request form: email it to the prayer team (prayer@stlukes.org.au), save it as a file in Prayer Requests, and send the person a short reply',
    ['form.submitted', 'email.send; files.create; email.send'],
  ],
  [
    'list',
    'When a file is added to the Minutes folder, get the AI to summarise it, email the summary to committee@riversidecommunity.org.uk and post it in slack',
    ['file.updated {"file.folder":["Minutes"]}', 'ai.task; email.send; notify.slack'],
    [['file.updated {"file.folder":["Minutes"],"created":[true]}', 'ai.task; email.send; notify.slack']],
  ],
  [
    'list',
    'When someone signs up on the volunteer form I need to: add them to the CRM as a lead, send them the welcome email, book them in for an induction, and let Margaret know',
    ['form.submitted', 'crm.createLead; email.send; calendar.schedule; notify.team'],
  ],
  [
    'list',
    'email received from a supporter: add a note to their record, get the AI to draft a reply, then email the draft to me (fundraising@kidsfirst.ie) to look at',
    ['email.received', 'crm.addNote; email.draft; email.send'],
  ],
  [
    'list',
    'For the Christmas Fair stall bookings (Calendly): send the stallholder a confirmation, create an invoice for the £25 pitch fee, and let Lucy know',
    ['booking.created', 'email.send; invoice.create; notify.team'],
    [['booking.created {"booking.id":[{"prefix":"calendly:"}]}', 'email.send; invoice.create; notify.team']],
  ],
];

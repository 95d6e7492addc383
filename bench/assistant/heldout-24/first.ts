import type { HeldOutCase } from '../heldout';

/** Set 24, rows 1–65 in the order written. */
export const FIRST_24: readonly HeldOutCase[] = [
  ['event', 'when a new lead comes in send them our welcome email', ['lead.created', 'email.send']],
  ['event', 'New lead -> ping dispatch pls', ['lead.created', 'notify.team']],
  [
    'event',
    'Whenever a customer books an appointment online, email them a confirmation with what to expect (clear a path to the furnace/water heater, put pets away, someone over 18 home etc)',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'if a customer cancels their appointment let the office know right away so we can fill the slot',
    ['booking.cancelled', 'notify.team'],
  ],
  ['event', 'When an invoice gets paid, send the customer a thank you email', ['invoice.paid', 'email.send']],
  [
    'event',
    'when a customer replys to one of our emails put it in slack so the CSRs see it',
    ['email.received', 'notify.slack'],
  ],
  [
    'event',
    'Invoice goes overdue = send the customer a payment reminder',
    ['invoice.overdue', 'invoice.sendReminder'],
  ],
  [
    'event',
    "When somebody submits the 'Request Service' form on our website, email them back that we got it and someone will call within the hour",
    ['form.submitted {"form":["Request Service"]}', 'email.send'],
    [['form.submitted', 'if(trigger.form eq "Request Service")[email.send]']],
  ],
  ['event', 'any time a new customer is added, tell Marco', ['lead.created', 'notify.team']],
  [
    'event',
    'when a booking is made send the homeowner an email with the techs name and a photo, we do this by hand now and it takes forever',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'When someone cancels a booking, email them to ask if they want to reschedule',
    ['booking.cancelled', 'email.send'],
  ],
  [
    'event',
    'every time we issue a new invoice post it to #billing in slack',
    ['invoice.created', 'notify.slack'],
  ],
  [
    'event',
    'when an email comes in from a customer, send them an auto reply saying we got it and we answer within 1 business day. (after hours emergencies call the on call line)',
    ['email.received', 'email.send'],
  ],
  [
    'event',
    'If a new lead comes in with the tag "commercial", let Dave know, he handles all the commercial HVAC bids',
    ['lead.created {"lead.tags":["commercial"]}', 'notify.team'],
  ],
  [
    'webhook',
    'When someone fills out our Typeform quote request, create a lead for them',
    ['webhook:typeform', 'crm.createLead'],
    [['form.submitted {"source":["typeform"]}', 'crm.createLead']],
  ],
  [
    'webhook',
    'we use calendly for estimate appointments. when someone books through calendly add a note on the customer and send them our "before your estimate" checklist email',
    ['booking.created', 'crm.addNote; email.send'],
    [['webhook:calendly {"webhook.type":["invitee.created"]}', 'crm.addNote; email.send']],
  ],
  [
    'webhook',
    'Angi can send our new leads to a webhook, I set the source name as angi. When one comes in, create a lead and ping the CSRs in slack',
    ['webhook:angi', 'crm.createLead; notify.slack'],
  ],
  [
    'webhook',
    'jotform submission comes in -> add them to the CRM as a new lead, tag web-form',
    ['webhook:jotform', 'crm.createLead'],
    [['form.submitted {"source":["jotform"]}', 'crm.createLead']],
  ],
  [
    'webhook',
    'we take card payments thru Stripe. when a customer pays an invoice send a message to the #payments slack channel with the amount',
    ['invoice.paid', 'notify.slack'],
  ],
  [
    'webhook',
    'Hi, HomeAdvisor posts our leads to a webhook (source: homeadvisor). When one comes in, create the lead with the tag HA and email them our intro',
    ['webhook:homeadvisor', 'crm.createLead; email.send'],
  ],
  [
    'webhook',
    'our generator monitoring portal can post a webhook (source name "genmon") when a unit throws a fault. when that happens post it in #service on slack and email service@pikeelectric.ca',
    ['webhook:genmon', 'notify.slack; email.send'],
  ],
  [
    'schedule',
    'every friday at 4pm remind the techs to turn in their timesheets',
    ['cron(0 16 ? * FRI *)', 'notify.team'],
  ],
  [
    'schedule',
    'Every weekday at 6:45am post "trucks roll at 7:30, check your van stock" in #techs',
    ['cron(45 6 ? * MON-FRI *)', 'notify.slack'],
  ],
  [
    'schedule',
    'Mondays and Thursdays at 10 remind Jenny to place the parts order with the supply house',
    ['cron(0 10 ? * MON,THU *)', 'notify.team'],
  ],
  [
    'schedule',
    'first monday of every month at 9am eastern, remind the office to run the maintenance plan renewals',
    ['cron(0 9 ? * 2#1 *) America/New_York', 'notify.team'],
    [['cron(0 9 ? * MON#1 *) America/New_York', 'notify.team']],
  ],
  [
    'schedule',
    'twice a day (8am and 2pm) send a slack to #dispatch reminding them to check the unassigned calls',
    ['cron(0 8,14 * * ? *)', 'notify.slack'],
    [['cron(0 8,14 ? * * *)', 'notify.slack']],
  ],
  [
    'schedule',
    'Every day at 5:30 pm Toronto time send a message to the team to lock up the shop and charge the tablets',
    ['cron(30 17 * * ? *) America/Toronto', 'notify.team'],
    [['cron(30 17 ? * * *) America/Toronto', 'notify.team']],
  ],
  [
    'schedule',
    'every 30 mins during the day is too much, just do every hour: post a reminder in slack to update job statuses',
    ['rate(1 hour)', 'notify.slack'],
    [['cron(0 * * * ? *)', 'notify.slack']],
  ],
  [
    'schedule',
    'On the 1st of each month at 8 AM Pacific, remind Linda to send the filter change reminders',
    ['cron(0 8 1 * ? *) America/Los_Angeles', 'notify.team'],
  ],
  [
    'schedule',
    'every saturday at 7am calgary time email the on-call tech (oncall@summitmech.ca) the weekend on-call instructions',
    ['cron(0 7 ? * SAT *) America/Edmonton', 'email.send'],
  ],
  [
    'schedule',
    'september 1 at 9am every year, email all the office staff to start booking furnace tune ups. email is office@brightsideheating.com',
    ['cron(0 9 1 9 ? *)', 'email.send'],
  ],
  [
    'schedule',
    'last day of every month 3pm, tell accounting (Pam) to close out the month',
    ['cron(0 15 L * ? *)', 'notify.team'],
  ],
  [
    'schedule',
    'Tuesdays 7:15 central time post the safety topic of the week reminder in #field-crew',
    ['cron(15 7 ? * TUE *) America/Chicago', 'notify.slack'],
  ],
  [
    'wait',
    "When we send an invoice and it isn't paid within 14 days, send the customer a reminder",
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder])'],
  ],
  [
    'wait',
    "new lead: send our intro email. if they don't write back in 2 days let Mike know so he can call them",
    ['lead.created', 'email.send; waitFor(email.received,P2D,timeout:[notify.team])'],
  ],
  [
    'wait',
    'after we email a customer, if they dont reply in 3 days send a follow up',
    ['email.sent[message]', 'waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'wait',
    "When someone fills out the website form and doesn't book an appointment within a week, email them a $25 off coupon for their first service call",
    ['form.submitted', 'waitFor(booking.created,P7D,timeout:[email.send])'],
    [['form.submitted', 'waitFor(booking.created,P1W,timeout:[email.send])']],
  ],
  [
    'wait',
    'If a new lead hasnt booked within 48 hrs, have the system tell Rachel',
    ['lead.created', 'waitFor(booking.created,PT48H,timeout:[notify.team])'],
    [['lead.created', 'waitFor(booking.created,P2D,timeout:[notify.team])']],
  ],
  [
    'wait',
    'invoice sent -> if not paid in 30 days send a reminder, and if its STILL not paid a week after that, tell me (Gord)',
    [
      'invoice.created',
      'waitFor(invoice.paid,P30D,timeout:[invoice.sendReminder; waitFor(invoice.paid,P7D,timeout:[notify.team])])',
    ],
    [
      [
        'invoice.created',
        'waitFor(invoice.paid,P30D,timeout:[invoice.sendReminder; waitFor(invoice.paid,P1W,timeout:[notify.team])])',
      ],
    ],
  ],
  [
    'wait',
    'When an invoice goes overdue send a reminder. If it still isnt paid 7 days later, let the office manager know',
    ['invoice.overdue', 'invoice.sendReminder; waitFor(invoice.paid,P7D,timeout:[notify.team])'],
  ],
  [
    'wait',
    "After we email a customer (usually it's an estimate), if they don't answer in 5 days, send a follow-up, and if they still haven't answered 5 days after that, mark them as lost",
    [
      'email.sent[message]',
      'waitFor(email.received,P5D,timeout:[email.send; waitFor(email.received,P5D,timeout:[crm.updateLead])])',
    ],
  ],
  [
    'wait',
    'new lead comes in -> wait an hour, then email them our maintenance plan brochure',
    ['lead.created', 'wait(PT1H); email.send'],
  ],
  [
    'wait',
    'after the appointment is over, wait 2 days and email them asking for a google review',
    ['booking.created', 'wait(until); wait(P2D); email.send'],
    [['booking.created', 'wait(until+P2D); email.send']],
  ],
  [
    'wait',
    "when a form is submitted, email the person, and if we don't hear back within 24 hours, notify the team",
    ['form.submitted', 'email.send; waitFor(email.received,PT24H,timeout:[notify.team])'],
    [['form.submitted', 'email.send; waitFor(email.received,P1D,timeout:[notify.team])']],
  ],
  [
    'wait',
    'Customer cancels -> wait 3 days then send them an email to rebook',
    ['booking.cancelled', 'wait(P3D); email.send'],
  ],
  [
    'wait',
    'When a new lead comes in send the welcome email, then if they reply, add a note to their file; if no reply in 4 days send the second email',
    ['lead.created', 'email.send; waitFor(email.received,P4D,event:[crm.addNote],timeout:[email.send])'],
  ],
  [
    'condition',
    'when a new lead comes in, if the job is worth more than $5,000 notify Rick, otherwise just email them the standard intro',
    ['lead.created', 'if(trigger.lead.value gt 5000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'invoice paid — if it was over $1000 send a thank you from the owner (mention the referral program), if not just the normal thank you email',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 100000)[email.send]else[email.send]'],
  ],
  [
    'condition',
    "when an invoice is overdue: if it's more than 30 days late tell me, otherwise send the customer a reminder",
    ['invoice.overdue', 'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'New lead - if the lead source is angi, tag them "angi" so we can track what we pay for those leads',
    ['lead.created', 'if(trigger.lead.source eq "angi")[crm.updateLead]'],
    [['lead.created {"lead.source":["angi"]}', 'crm.updateLead']],
  ],
  [
    'condition',
    "When an email comes in and it says 'no heat' or 'no hot water', post it in #emergency on Slack, otherwise just add it as a note on the customer",
    [
      'email.received',
      'if((trigger.text contains "no heat" or trigger.text contains "no hot water"))[notify.slack]else[crm.addNote]',
    ],
  ],
  [
    'condition',
    "service request form: if the 'urgency' field says Emergency, alert the on-call tech, otherwise email the customer that we'll call to schedule",
    ['form.submitted', 'if(trigger.fields.urgency eq "Emergency")[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'when a lead gets changed to customer status, send them the welcome-to-the-family email with their maintenance plan info',
    ['lead.updated {"lead.status":["customer"]}', 'email.send'],
    [
      ['lead.updated', 'if(trigger.lead.status eq "customer")[email.send]'],
      ['lead.updated {"changes.status.to":["customer"]}', 'email.send'],
    ],
  ],
  [
    'condition',
    'For new leads between $2,000 and $10,000 (like a furnace or AC replacement) assign them to Carlos by telling him, anything bigger goes to the owner (Bill)',
    [
      'lead.created',
      'if((trigger.lead.value gte 2000 and trigger.lead.value lte 10000))[notify.team]else[if(trigger.lead.value gt 10000)[notify.team]]',
    ],
    [
      [
        'lead.created',
        'if((trigger.lead.value gte 2000 and trigger.lead.value lte 10000))[notify.team]; if(trigger.lead.value gt 10000)[notify.team]',
      ],
    ],
  ],
  [
    'condition',
    'when an invoice is created and the total is under $150, mark it paid (those are our cash service calls), otherwise do nothing',
    ['invoice.created', 'if(trigger.invoice.totalCents lt 15000)[invoice.markPaid]'],
  ],
  [
    'condition',
    'when a booking gets cancelled and the reason says weather, email the customer to rebook; otherwise let the dispatcher know',
    ['booking.cancelled', 'if(trigger.reason contains "weather")[email.send]else[notify.team]'],
    [
      [
        'booking.cancelled',
        'if(trigger.booking.cancelReason contains "weather")[email.send]else[notify.team]',
      ],
    ],
  ],
  [
    'condition',
    'if a new lead has no phone number, email them asking for the best number to reach them',
    ['lead.created', 'if(trigger.lead.phone exists false)[email.send]'],
    [['lead.created {"lead.phone":[null]}', 'email.send']],
  ],
  [
    'condition',
    "When a customer's email subject starts with 'Warranty', forward it to warranty@coolbreezehvac.com, otherwise leave it",
    ['email.received', 'if(trigger.subject startsWith "Warranty")[email.send]'],
    [['email.received {"subject":[{"prefix":"Warranty"}]}', 'email.send']],
  ],
  [
    'list',
    "new lead: add a note 'web lead', tag them new-2026, send the welcome letter and tell the on-call tech",
    ['lead.created', 'crm.addNote; crm.updateLead; email.send; notify.team'],
  ],
  [
    'list',
    'When an invoice is paid: change the lead to customer, send a thank you, and post it in #wins on slack',
    ['invoice.paid', 'crm.updateLead; email.send; notify.slack'],
  ],
  [
    'list',
    'booking comes in -> confirmation email to customer, note on their file, then let the tech know',
    ['booking.created', 'email.send; crm.addNote; notify.team'],
  ],
  [
    'list',
    'When someone fills out the contact form, create them as a lead, email them our service area + pricing sheet, and post in slack #new-leads',
    ['form.submitted', 'crm.createLead; email.send; notify.slack'],
  ],
  [
    'list',
    'When a customer cancels: cancel notice to the tech, add a note on the customer saying why, and send the customer an email to reschedule',
    ['booking.cancelled', 'notify.team; crm.addNote; email.send'],
  ],
  [
    'list',
    'new lead -> 1. send intro email 2. book a estimate visit 3. email Tom the details',
    ['lead.created', 'email.send; calendar.schedule; notify.team'],
  ],
  [
    'list',
    "when an invoice goes overdue, send a reminder, tag the customer 'slow-pay', and add a note with the invoice number",
    ['invoice.overdue', 'invoice.sendReminder; crm.updateLead; crm.addNote'],
  ],
];

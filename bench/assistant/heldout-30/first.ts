import type { HeldOutCase } from '../heldout';

/** Set 30, rows 1–65 in the order written. */
export const FIRST_30: readonly HeldOutCase[] = [
  [
    'event',
    'when a new enquiry comes through the website form send them our wedding brochure and let Aoife know',
    ['form.submitted', 'email.send; notify.team'],
  ],
  ['event', 'new lead -> welcome email pls', ['lead.created', 'email.send']],
  [
    'event',
    'Whenever a couple books a site visit, email them directions and parking info',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'when a deposit invoice gets paid post it in #bookings on slack',
    ['invoice.paid', 'notify.slack'],
  ],
  [
    'event',
    'if a site visit gets cancelled let ciara know on slack',
    ['booking.cancelled', 'notify.team'],
    [['booking.cancelled', 'notify.slack']],
  ],
  [
    'event',
    'When an invoice goes overdue send the client a reminder',
    ['invoice.overdue', 'invoice.sendReminder'],
  ],
  [
    'event',
    'any time someone emails us add a note to their lead with what they said',
    ['email.received', 'crm.addNote'],
  ],
  [
    'event',
    "When a new lead tagged 'corporate' gets added tell Brendan in sales",
    ['lead.created {"lead.tags":["corporate"]}', 'notify.team'],
  ],
  [
    'event',
    "When a lead's status changes to qualified, email the couple our availability pack",
    ['lead.updated {"lead.status":["qualified"]}', 'email.send'],
    [['lead.updated {"changes.status.to":["qualified"]}', 'email.send']],
  ],
  [
    'event',
    'once a balance invoice is issued email the planner a copy - planner is jess@bloomevents.com.au',
    ['invoice.created', 'email.send'],
  ],
  ['event', 'someone books a tasting → give chef Marco a heads up', ['booking.created', 'notify.team']],
  [
    'event',
    'when a lead is marked as lost send them a short thank you for considering us email',
    ['lead.updated {"lead.status":["lost"]}', 'email.send'],
    [['lead.updated {"changes.status.to":["lost"]}', 'email.send']],
  ],
  [
    'event',
    'if any of our automations fail pls email me at tom@harbourvenue.com.au',
    ['workflow.failed', 'email.send'],
  ],
  [
    'event',
    'When a file is added to the contracts folder notify Niamh',
    ['file.updated {"file.folder":["contracts"]}', 'notify.team'],
  ],
  [
    'event',
    'Whenever a client replies to one of our emails, flag it in the #sales channel',
    ['email.received', 'notify.slack'],
  ],
  ['event', 'new booking made? email the couple a confirmation', ['booking.created', 'email.send']],
  [
    'schedule',
    'every monday 9am email me this weeks site visits, me = events@oakfieldbarn.com',
    ['cron(0 9 ? * MON *)', 'calendar.find; email.send'],
  ],
  [
    'schedule',
    "each morning at half 7 post today's events in slack (irish time)",
    ['cron(30 7 * * ? *) Europe/Dublin', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'On the 1st of every month at 10am email Dec the list of unpaid invoices',
    ['cron(0 10 1 * ? *)', 'invoice.find; notify.team'],
  ],
  [
    'schedule',
    'Every Friday 4pm AEST remind the team to confirm weekend supplier arrival times',
    ['cron(0 16 ? * FRI *) Australia/Brisbane', 'notify.team'],
    [['cron(0 16 ? * FRI *) Australia/Sydney', 'notify.team']],
  ],
  [
    'schedule',
    'every hour hit https://api.venuebook.ie/sync with a POST so the old system stays in sync',
    ['rate(1 hour)', 'http.request'],
  ],
  [
    'schedule',
    "weekdays at 8am send Orla the day's bookings",
    ['cron(0 8 ? * MON-FRI *)', 'calendar.find; notify.team'],
  ],
  [
    'schedule',
    "sunday nights 8pm pacific send the coordinators tomorrow's schedule",
    ['cron(0 20 ? * SUN *) America/Los_Angeles', 'calendar.find; notify.team'],
  ],
  [
    'schedule',
    'Every Tuesday at 10 send the Thursday wedding checklist to ops@thelakehouse.com',
    ['cron(0 10 ? * TUE *)', 'email.send'],
  ],
  [
    'schedule',
    'On the 15th of each month at 9 remind Grainne to chase supplier insurance certs',
    ['cron(0 9 15 * ? *)', 'notify.team'],
  ],
  [
    'schedule',
    'check https://hooks.ourcrm.com/pull for new enquiries every 30 mins',
    ['rate(30 minutes)', 'http.request'],
  ],
  [
    'schedule',
    'At 9am on 2 Jan 2026 let the whole team know the new season price sheet is live',
    ['at(2026-01-02T09:00:00)', 'notify.team'],
  ],
  [
    'schedule',
    "Every Monday at 8:30am Perth time post this week's weddings in slack",
    ['cron(30 8 ? * MON *) Australia/Perth', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'thursdays 3pm chicago time - slack reminder to lock in weekend headcounts with the caterer',
    ['cron(0 15 ? * THU *) America/Chicago', 'notify.slack'],
  ],
  [
    'schedule',
    'daily at 7am check which invoices are overdue and put the list in #accounts',
    ['cron(0 7 * * ? *)', 'invoice.find; notify.slack'],
  ],
  [
    'wait',
    'when a site visit is booked, email the couple a reminder the day before',
    ['booking.created', 'wait(until-P1D); email.send'],
  ],
  [
    'wait',
    'after a wedding finishes wait 2 days then email the couple a thank you and ask for a review',
    ['booking.created', 'wait(until+P2D); email.send'],
  ],
  [
    'wait',
    "when we email a new enquiry and they don't reply in 3 days send a follow up",
    ['email.sent[message]', 'waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  ['wait', 'new lead → wait 1 hour → send the brochure', ['lead.created', 'wait(PT1H); email.send']],
  [
    'wait',
    '72 hrs before each event send the client a final details email',
    ['booking.created', 'wait(until-PT72H); email.send'],
  ],
  [
    'wait',
    "when an invoice is created give it 5 business days and if it's still not paid send a reminder",
    ['invoice.created', 'waitFor(invoice.paid,5BD,timeout:[invoice.sendReminder])'],
  ],
  [
    'wait',
    '2 weeks before the balance due date email the couple a heads up',
    ['invoice.created', 'wait(until-P14D); email.send'],
    [['invoice.created', 'wait(until-P2W); email.send']],
  ],
  [
    'wait',
    'When someone books a site visit send a confirmation straight away, then a reminder 2 hours before',
    ['booking.created', 'email.send; wait(until-PT2H); email.send'],
  ],
  [
    'wait',
    'after a couple fills in the enquiry form wait 10 min then email them our availability',
    ['form.submitted', 'wait(PT10M); email.send'],
  ],
  [
    'wait',
    'When a lead is created, wait 3 days, then tell Liam to give them a call',
    ['lead.created', 'wait(P3D); notify.team'],
  ],
  [
    'wait',
    'one hour after a tasting finishes send the couple the feedback form',
    ['booking.created', 'wait(until+PT1H); email.send'],
  ],
  [
    'wait',
    'when we issue an invoice wait up to 14 days for payment, and if it never comes let Mags know',
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[notify.team])'],
  ],
  [
    'wait',
    'new booking: send the contract email, wait a week for them to reply, if nothing ping Sarah',
    ['booking.created', 'email.send; waitFor(email.received,P7D,timeout:[notify.team])'],
    [['booking.created', 'email.send; waitFor(email.received,P1W,timeout:[notify.team])']],
  ],
  [
    'condition',
    'enquiry form comes in: if the guests field is over 150 send it to Ronan, otherwise to Kate',
    ['form.submitted', 'if(trigger.fields.guests gt 150)[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'new lead: if the value is over $20k tell Dave (owner) straight away',
    ['lead.created', 'if(trigger.lead.value gt 20000)[notify.team]'],
  ],
  [
    'condition',
    'When an invoice goes overdue: more than 14 days overdue → escalate to Fiona, otherwise just send the client a reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 14)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'if a new lead is tagged destination wedding email Tara about it',
    ['lead.created', 'if(trigger.lead.tags contains "destination wedding")[notify.team]'],
    [['lead.created {"lead.tags":["destination wedding"]}', 'notify.team']],
  ],
  [
    'condition',
    'when a booking gets cancelled and the reason mentions weather, slack the ops channel',
    ['booking.cancelled', 'if(trigger.reason contains "weather")[notify.slack]'],
  ],
  [
    'condition',
    "email comes in - if the subject has 'wedding' in it forward it to weddings@kilcoolehouse.ie, otherwise to events@kilcoolehouse.ie",
    ['email.received', 'if(trigger.subject contains "wedding")[email.send]else[email.send]'],
  ],
  [
    'condition',
    'For every new booking, if the location is Garden Pavilion let the grounds team know',
    ['booking.created', 'if(trigger.booking.location eq "Garden Pavilion")[notify.team]'],
    [['booking.created', 'if(trigger.booking.location contains "Garden Pavilion")[notify.team]']],
  ],
  [
    'condition',
    "when an invoice is paid, if the total's above €5,000 send a personal thank you from Siobhan, otherwise the standard thanks email",
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 500000)[email.send]else[email.send]'],
  ],
  [
    'condition',
    'new enquiry via form - if they left a phone number book a call, else just email them',
    ['form.submitted', 'if(trigger.fields.phone exists true)[calendar.schedule]else[email.send]'],
  ],
  [
    'condition',
    'new lead comes in - if source is theknot notify Megan, if not notify Josh',
    ['lead.created', 'if(trigger.lead.source eq "theknot")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'When a new lead has a company name filled in send them the corporate pack, else send the wedding pack',
    ['lead.created', 'if(trigger.lead.company exists true)[email.send]else[email.send]'],
  ],
  [
    'condition',
    'booking made with no attendee email? warn Paddy',
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.team]'],
  ],
  [
    'condition',
    'when a lead is updated and their value is now over 30000 AND status is qualified, ping the GM',
    ['lead.updated', 'if((trigger.lead.value gt 30000 and trigger.lead.status eq "qualified"))[notify.team]'],
  ],
  [
    'many',
    'every morning at 8 email each couple who has a site visit today a quick reminder',
    ['cron(0 8 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'on the 1st of each month at 9am send a reminder for every unpaid invoice',
    ['cron(0 9 1 * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    "Fridays 2pm - for each lead tagged 'open day' send them an invite to our open day",
    ['cron(0 14 ? * FRI *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'each evening at 6 email everyone with an event tomorrow the final arrival details',
    ['cron(0 18 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    "find all the leads that haven't replied in 2 weeks and send each a check in email, run it every Monday at 10",
    ['cron(0 10 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'give me a button: send a reminder for every overdue invoice, then tell me how many went out',
    ['manual', 'invoice.find; forEach[invoice.sendReminder]; notify.team'],
  ],
  [
    'many',
    'every sunday 7pm sydney time, for each booking in the next 7 days email the attendee the run sheet link',
    ['cron(0 19 ? * SUN *) Australia/Sydney', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'thursdays at 11am, take every lead that came in this week and send each one a personalised follow up written by AI',
    ['cron(0 11 ? * THU *)', 'crm.findLeads; forEach[email.draft; email.send]'],
  ],
  [
    'many',
    'Every Monday 9am: every lead tagged booked -> set their status to customer',
    ['cron(0 9 ? * MON *)', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
];

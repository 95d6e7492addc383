import type { HeldOutCase } from '../heldout';

/** Set 33, rows 1–65 in the order written. */
export const FIRST_33: readonly HeldOutCase[] = [
  [
    'event',
    "Hi! So when a new quote request comes in off the website form, could it email the client to say we've got it and we'll be in touch within 24 hours, and also give Thandi a shout so she can pick it up? Thanks",
    ['form.submitted', 'email.send; notify.team'],
  ],
  ['event', 'new lead added -> send them the welcome pack email pls', ['lead.created', 'email.send']],
  [
    'event',
    "Whenever a premium invoice is paid, add a note on the client's record and post it in #accounts on Slack.",
    ['invoice.paid', 'crm.addNote; notify.slack'],
  ],
  [
    'event',
    'if a client cancels their renewal review appointment let Priya know so she can rebook them',
    ['booking.cancelled', 'notify.team'],
  ],
  [
    'event',
    'any time a carrier document gets uploaded or replaced in files, post it to the #carrier-docs channel',
    ['file.updated', 'notify.slack'],
  ],
  [
    'event',
    'Invoice goes overdue → send the client a payment reminder automatically',
    ['invoice.overdue', 'invoice.sendReminder'],
  ],
  [
    'event',
    'everytime we get an email in from a client log it as a note on there record',
    ['email.received', 'crm.addNote'],
  ],
  [
    'event',
    "When a new premium invoice is raised, email the client to let them know it's on its way, cc Mark (mark@harbourib.co.uk)",
    ['invoice.created', 'email.send'],
  ],
  [
    'event',
    'once a client books a renewal meeting send them a confirmation email and stick a note on their file',
    ['booking.created', 'email.send; crm.addNote'],
  ],
  [
    'event',
    'lead marked as customer (policy bound) - send them our onboarding email',
    ['lead.updated {"lead.status":["customer"]}', 'email.send'],
    [
      ['lead.updated {"changes.status.to":["customer"]}', 'email.send'],
      ['lead.updated {"lead.status":["customer"],"changes.status.to":["customer"]}', 'email.send'],
    ],
  ],
  [
    'event',
    "new leads coming in with source broker-referral: notify Johan and tag them 'referral'",
    ['lead.created {"lead.source":["broker-referral"]}', 'notify.team; crm.updateLead'],
  ],
  [
    'event',
    'someone submits our online claim form → email claims@harbourib.co.uk with the details and post in slack #claims',
    ['form.submitted', 'email.send; notify.slack'],
  ],
  [
    'event',
    'whenever something is sitting waiting for sign-off, tell Lindiwe on slack',
    ['approval.requested', 'notify.team'],
  ],
  [
    'event',
    "ping Ravi whenever one of the automations fails, he's our go-to for this stuff",
    ['workflow.failed', 'notify.team'],
  ],
  [
    'event',
    'new appointment booked in the diary? drop it in #diary on slack',
    ['booking.created', 'notify.slack'],
  ],
  [
    'event',
    'Once an invoice is paid, move the lead to customer and email them a thank you, policy docs to follow',
    ['invoice.paid', 'crm.updateLead; email.send'],
  ],
  [
    'schedule',
    "every weekday at 9 post today's appointments in slack",
    ['cron(0 9 ? * MON-FRI *)', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'On the 1st of every month at 7am email the list of unpaid premium invoices to dave@coastalins.com',
    ['cron(0 7 1 * ? *)', 'invoice.find; email.send'],
  ],
  [
    'schedule',
    "Every Friday 4pm UK time remind the team on Slack to get this week's certificates out",
    ['cron(0 16 ? * FRI *) Europe/London', 'notify.slack'],
  ],
  [
    'schedule',
    'each morning 7:30 SAST pls post tomorrows renewal reviews in slack so the guys can prep',
    ['cron(30 7 * * ? *) Africa/Johannesburg', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    "5pm eastern mon-fri, post a 'log your calls in the AMS before you go' reminder in #producers",
    ['cron(0 17 ? * MON-FRI *) America/New_York', 'notify.slack'],
  ],
  [
    'schedule',
    'last working day of the month at 3pm remind Sue to run the commission statements',
    ['cron(0 15 LW * ? *)', 'notify.team'],
  ],
  [
    'schedule',
    'each tuesday 10am send Kobus the new leads from the last 7 days',
    ['cron(0 10 ? * TUE *)', 'crm.findLeads; notify.team'],
  ],
  [
    'schedule',
    'On 1 Dec 2026 at 9am post in slack that the office closes for the holidays on the 22nd',
    ['at(2026-12-01T09:00:00)', 'notify.slack'],
  ],
  [
    'schedule',
    'every 30 mins call the carrier portal api (https://api.carrierhub.example/sync) to pull new docs',
    ['rate(30 minutes)', 'http.request'],
  ],
  [
    'schedule',
    'first monday of each month 9am, slack #ops how many invoices are still unpaid',
    ['cron(0 9 ? * 2#1 *)', 'invoice.find; notify.slack'],
  ],
  [
    'schedule',
    "daily at noon email me (anne@brightsure.com) a list of today's client appointments",
    ['cron(0 12 * * ? *)', 'calendar.find; email.send'],
  ],
  [
    'schedule',
    'quarterly - 1st of Jan, Apr, Jul, Oct at 8am - remind Jo to submit the FSCA compliance return',
    ['cron(0 8 1 1,4,7,10 ? *)', 'notify.team'],
    [
      ['cron(0 8 1 JAN,APR,JUL,OCT ? *)', 'notify.team'],
      ['cron(0 8 1 */3 ? *)', 'notify.team'],
    ],
  ],
  [
    'schedule',
    'sunday 6pm send the producers the week ahead diary',
    ['cron(0 18 ? * SUN *)', 'calendar.find; notify.team'],
  ],
  [
    'schedule',
    'every day at 6am hit https://rating.harbourib.co.uk/refresh so the rates are fresh for the morning',
    ['cron(0 6 * * ? *)', 'http.request'],
  ],
  [
    'wait',
    'after we send a client an email, if they dont reply within 3 days send a follow up',
    ['email.sent[message]', 'waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'wait',
    'new lead - email them straight away, then 2 days later send the second email with the brochure',
    ['lead.created', 'email.send; wait(P2D); email.send'],
  ],
  [
    'wait',
    "when an invoice is created wait till 3 days before it's due and send a reminder",
    ['invoice.created', 'wait(until-P3D); invoice.sendReminder'],
  ],
  [
    'wait',
    'renewal meeting booked -> remind the client by email 24hrs before',
    ['booking.created', 'wait(until-PT24H); email.send'],
  ],
  [
    'wait',
    'After a client meeting finishes wait an hour, then email them a thank you + next steps',
    ['booking.created', 'wait(until+PT1H); email.send'],
  ],
  [
    'wait',
    'When a premium invoice goes overdue send a reminder, then give them 5 business days to pay. Nothing by then? tell Marius',
    ['invoice.overdue', 'invoice.sendReminder; waitFor(invoice.paid,5BD,timeout:[notify.team])'],
  ],
  [
    'wait',
    'new lead from the website, wait 30 min then get Sipho to give them a call',
    ['lead.created', 'wait(PT30M); notify.team'],
    [['lead.created {"lead.source":["website"]}', 'wait(PT30M); notify.team']],
  ],
  [
    'wait',
    "after a quote form is submitted wait a day and then email the client asking if they've got any questions",
    ['form.submitted', 'wait(P1D); email.send'],
  ],
  [
    'wait',
    'When we email a client give it a week: if they reply let Gemma know, if not chase them up',
    ['email.sent[message]', 'waitFor(email.received,P7D,event:[notify.team],timeout:[email.send])'],
    [['email.sent[message]', 'waitFor(email.received,P1W,event:[notify.team],timeout:[email.send])']],
  ],
  [
    'wait',
    'new lead → wait 3 working days then send the check-in email',
    ['lead.created', 'wait(3BD); email.send'],
  ],
  [
    'wait',
    "Right, here's what I'm after for new leads. First email them the link to book a call with one of the team straight away. Then if they havent booked anything within 48 hrs send them a gentle nudge, nothing pushy, just a 'still keen to chat?'. Cheers, Marianne",
    ['lead.created', 'email.send; waitFor(booking.created,PT48H,timeout:[email.send])'],
  ],
  [
    'wait',
    'Once the client pays (invoice paid) wait 2 days and ask them for a Google review',
    ['invoice.paid', 'wait(P2D); email.send'],
  ],
  [
    'wait',
    'claim form comes in - acknowledge by email, wait 2 hours, then email them the claims checklist',
    ['form.submitted', 'email.send; wait(PT2H); email.send'],
  ],
  [
    'condition',
    "new lead: if the value's over R100k tell Pieter, otherwise just send the standard welcome email",
    ['lead.created', 'if(trigger.lead.value gt 100000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'when an invoice goes overdue and its more then 30 days overdue escalate to Karen, else just send a reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'incoming leads tagged commercial go to Tom, everything else to Rachel',
    ['lead.created', 'if(trigger.lead.tags contains "commercial")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    "when an invoice is paid and it's over $5,000 post a 🎉 in slack",
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 500000)[notify.slack]'],
    [['invoice.paid {"invoice.totalCents":[{"numeric":[">",500000]}]}', 'notify.slack']],
  ],
  [
    'condition',
    'When a client emails in and the subject mentions claim, alert the claims team on slack',
    ['email.received', 'if(trigger.subject contains "claim")[notify.slack]'],
    [['email.received {"subject":[{"wildcard":"*claim*"}]}', 'notify.slack']],
  ],
  [
    'condition',
    "new invoice: if it's in GBP send it to Olly in the UK team otherwise to the Joburg team (Thabo)",
    ['invoice.created', 'if(trigger.invoice.currency eq "GBP")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'when a booking comes in with no email address for the client, tell Megan to phone them; otherwise send the confirmation email',
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.team]else[email.send]'],
    [['booking.created', 'if(trigger.booking.attendeeEmail exists true)[email.send]else[notify.team]']],
  ],
  [
    'condition',
    'if a lead gets updated and the value is now above 25000 let Hennie know',
    ['lead.updated', 'if(trigger.lead.value gt 25000)[notify.team]'],
    [['lead.updated {"lead.value":[{"numeric":[">",25000]}]}', 'notify.team']],
  ],
  [
    'condition',
    'New lead. If they gave a phone number get Busi to call them, if not email them',
    ['lead.created', 'if(trigger.lead.phone exists true)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    "So when a payment comes in, I'd like it to check whether the invoice is linked to a client record. If it is, mark them as a customer. If it isn't just log it, Deon will sort those out manually at month end.",
    ['invoice.paid', 'if(trigger.invoice.leadId exists true)[crm.updateLead]else[log]'],
  ],
  [
    'condition',
    'new lead — skip the walk-ins (source walk-in), everyone else gets the welcome email',
    ['lead.created', 'if(trigger.lead.source ne "walk-in")[email.send]'],
    [
      ['lead.created', 'if(not trigger.lead.source eq "walk-in")[email.send]'],
      ['lead.created {"lead.source":[{"anything-but":["walk-in"]}]}', 'email.send'],
    ],
  ],
  [
    'condition',
    "overdue invoice: if they've already had 2 or more reminders hand it to Lerato, otherwise send another reminder",
    ['invoice.overdue', 'if(trigger.invoice.reminderCount gte 2)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'new website lead - if the company name has Trust or Pty in it tag them commercial, else tag personal',
    [
      'lead.created',
      'if((trigger.lead.company contains "Trust" or trigger.lead.company contains "Pty"))[crm.updateLead]else[crm.updateLead]',
    ],
    [
      [
        'lead.created {"lead.source":["website"]}',
        'if((trigger.lead.company contains "Trust" or trigger.lead.company contains "Pty"))[crm.updateLead]else[crm.updateLead]',
      ],
    ],
  ],
  [
    'many',
    "Morning all - can we set it up so every Monday at 9 it sends a payment reminder for every premium invoice that's still unpaid? Tired of doing these by hand tbh",
    ['cron(0 9 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    'Nov 1st 2026 at 9am email all our customers about the new cyber liability coverage',
    ['at(2026-11-01T09:00:00)', 'crm.findLeads; forEach[email.send]'],
    [['at(2026-11-01T09:00:00)', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    'Fridays at 2pm find the leads tagged renewal-due and email each one asking them to book a review',
    ['cron(0 14 ? * FRI *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'each morning at 8 send every client with a meeting today a reminder email',
    ['cron(0 8 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    "when i run it: go through all the qualified leads and add a note 'Q3 cross-sell - offer umbrella cover'",
    ['manual', 'crm.findLeads; forEach[crm.addNote]'],
  ],
  [
    'many',
    '1st of the month 10am email all our home insurance clients (tag home-policy) offering a motor quote, but skip anyone already tagged motor',
    ['cron(0 10 1 * ? *)', 'crm.findLeads; forEach[if(not item.tags contains "motor")[email.send]]'],
  ],
  [
    'many',
    'every wednesday at 11, anyone we emailed 2+ weeks ago who never replied gets one last nudge',
    ['cron(0 11 ? * WED *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'nightly at 11pm find the overdue invoices and post each invoice number to #collections',
    ['cron(0 23 * * ? *)', 'invoice.find; forEach[notify.slack]'],
  ],
  [
    'many',
    'Weekdays 4pm: email each client who has an appointment tomorrow a reminder w/ the address',
    ['cron(0 16 ? * MON-FRI *)', 'calendar.find; forEach[email.send]'],
  ],
];

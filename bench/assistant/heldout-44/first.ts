import type { HeldOutCase } from '../heldout';

/** Set 44, rows 1–65 in the order written. */
export const FIRST_44: readonly HeldOutCase[] = [
  [
    'event',
    'when a new lead comes in send them our welcome email with the price list and ping Dave on slack',
    ['lead.created', 'email.send; notify.team'],
  ],
  [
    'event',
    'If a booking gets cancelled let Shauna know straight away pls',
    ['booking.cancelled', 'notify.team'],
  ],
  [
    'event',
    'customer books a site visit → send them a confirmation email, nothing fancy',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'new lead tagged tree work -> notify Liam (our arborist)',
    ['lead.created {"lead.tags":["tree work"]}', 'notify.team'],
  ],
  [
    'event',
    'when a lead goes to lost send them a short email - sorry we missed you, heres 10% off if you want us next spring',
    ['lead.updated {"lead.status":["lost"]}', 'email.send'],
    [['lead.updated {"changes.status.to":["lost"]}', 'email.send']],
  ],
  [
    'event',
    'Big jobs: when a lead comes in worth more than $5000 post it in our slack',
    ['lead.created {"lead.value":[{"numeric":[">",5000]}]}', 'notify.slack'],
    [['lead.created', 'if(trigger.lead.value gt 5000)[notify.slack]']],
  ],
  [
    'event',
    'customer replies to one of our emails → log a note on their lead record',
    ['email.received', 'crm.addNote'],
  ],
  [
    'event',
    'whenever a new invoice is raised email a copy to accounts@greenthumbgardens.co.uk',
    ['invoice.created', 'email.send'],
  ],
  [
    'event',
    'any time one of the automations fails pls post it in #ops-alerts',
    ['workflow.failed', 'notify.slack'],
  ],
  [
    'event',
    'when a file gets uploaded (site photos etc) let Tama the crew lead know',
    ['file.updated', 'notify.team'],
  ],
  ['event', 'invoice overdue → auto reminder pls', ['invoice.overdue', 'invoice.sendReminder']],
  [
    'event',
    "Leads with source google: add a note 'came from google ads' and tell Ciara",
    ['lead.created {"lead.source":["google"]}', 'crm.addNote; notify.team'],
  ],
  ['event', "whenever a job gets booked in add it to the lead's notes", ['booking.created', 'crm.addNote']],
  ['event', 'once an invoice is paid post a 🎉 in slack with the amount', ['invoice.paid', 'notify.slack']],
  [
    'event',
    "can we get an email to the customer every time we send them an invoice? just a friendly 'heres your invoice, any questions give us a bell'",
    ['invoice.created', 'email.send'],
  ],
  [
    'event',
    'When a lead is marked as qualified, let Mark know on slack so he can price it up',
    ['lead.updated {"lead.status":["qualified"]}', 'notify.team'],
    [['lead.updated {"changes.status.to":["qualified"]}', 'notify.team']],
  ],
  [
    'schedule',
    "every monday 7am send the crew this week's bookings",
    ['cron(0 7 ? * MON *)', 'calendar.find; notify.team'],
  ],
  [
    'schedule',
    "crew needs the day's jobs posted in #crew on slack at 6.30 every weekday morning. we're in Auckland",
    ['cron(30 6 ? * MON-FRI *) Pacific/Auckland', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    '1st of every month 9am, email me the list of unpaid invoices - sinead@evergreenlandscapes.ie',
    ['cron(0 9 1 * ? *)', 'invoice.find; email.send'],
  ],
  [
    'schedule',
    'Fridays 4pm - send office@oakleaftrees.co.nz a list of all the enquiries we got this week',
    ['cron(0 16 ? * FRI *)', 'crm.findLeads; email.send'],
  ],
  [
    'schedule',
    'last friday of the month 3pm remind the team to get their timesheets in',
    ['cron(0 15 ? * 6L *)', 'notify.team'],
  ],
  [
    'schedule',
    'sunday nights at 8 (perth time) send the crew leads tomorrows bookings',
    ['cron(0 20 ? * SUN *) Australia/Perth', 'calendar.find; notify.team'],
  ],
  [
    'schedule',
    'every morning at 7 check overdue invoices and stick them in slack',
    ['cron(0 7 * * ? *)', 'invoice.find; notify.slack'],
  ],
  [
    'schedule',
    'every 15 mins hit our job tracker at https://tracker.greenwaylawns.com/api/sync',
    ['rate(15 minutes)', 'http.request'],
    [['cron(0/15 * * * ? *)', 'http.request']],
  ],
  [
    'schedule',
    "twice a day, 8am and 1pm, put the day's bookings in slack",
    ['cron(0 8,13 * * ? *)', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'every weekday at half 4 remind the lads on slack to clean down and fuel the mowers before they knock off',
    ['cron(30 16 ? * MON-FRI *)', 'notify.slack'],
  ],
  [
    'schedule',
    'Every Tuesday 10am eastern, remind Jake to order fertilizer',
    ['cron(0 10 ? * TUE *) America/New_York', 'notify.team'],
  ],
  [
    'schedule',
    'on the 15th of each month at midday back up our whole lead list to a file',
    ['cron(0 12 15 * ? *)', 'crm.exportLeads'],
  ],
  [
    'schedule',
    "mon-sat 0600 Melbourne time send Hemi the day's bookings",
    ['cron(0 6 ? * MON-SAT *) Australia/Melbourne', 'calendar.find; notify.team'],
  ],
  [
    'schedule',
    'every hour ping https://hooks.greenleafco.com.au/heartbeat so we know things are running',
    ['rate(1 hour)', 'http.request'],
    [['cron(0 * * * ? *)', 'http.request']],
  ],
  [
    'wait',
    'after an invoice is sent out wait 3 days then send a polite reminder',
    ['invoice.created', 'wait(P3D); invoice.sendReminder'],
  ],
  [
    'wait',
    "When a lead comes in fire off our intro email straight away, and if we've heard nothing back in 2 days send a follow up",
    ['lead.created', 'email.send; waitFor(email.received,P2D,timeout:[email.send])'],
  ],
  [
    'wait',
    '2 weeks after an invoice is paid send them an email asking for a google review',
    ['invoice.paid', 'wait(P14D); email.send'],
    [['invoice.paid', 'wait(P2W); email.send']],
  ],
  [
    'wait',
    "day before a booked visit email the customer a reminder we're coming",
    ['booking.created', 'wait(until-P1D); email.send'],
  ],
  [
    'wait',
    'an hour after a quote visit finishes, email a thank you and put a note on the lead',
    ['booking.created', 'wait(until+PT1H); email.send; crm.addNote'],
  ],
  [
    'wait',
    "we've a few customers who drag their heels paying. If someone still hasn't paid 14 days after the overdue notice goes out, can you flag it to Bronwyn in accounts so she can chase them on the phone",
    ['invoice.overdue', 'waitFor(invoice.paid,P14D,timeout:[notify.team])'],
  ],
  ['wait', 'new lead > wait 30 mins > email them the brochure', ['lead.created', 'wait(PT30M); email.send']],
  [
    'wait',
    'when we tag a lead as quoted, give them 3 working days to reply and if nothing comes back let Sean know',
    ['lead.updated {"lead.tags":["quoted"]}', 'waitFor(email.received,3BD,timeout:[notify.team])'],
  ],
  [
    'wait',
    "booked job -> 3 days after it's finished send the customer our aftercare email (stump care, watering etc)",
    ['booking.created', 'wait(until+P3D); email.send'],
  ],
  [
    'wait',
    'any form submitted on the site: wait 10 minutes then send our standard reply',
    ['form.submitted', 'wait(PT10M); email.send'],
  ],
  [
    'wait',
    'A week after an invoice gets paid, email the customer asking if they want to go on regular maintenance',
    ['invoice.paid', 'wait(P7D); email.send'],
    [['invoice.paid', 'wait(P1W); email.send']],
  ],
  [
    'wait',
    'new lead: wait for them to reply. if they reply within 5 days book a site visit, if not mark them as lost',
    ['lead.created', 'waitFor(email.received,P5D,event:[calendar.schedule],timeout:[crm.updateLead])'],
  ],
  [
    'wait',
    "overdue invoice -> send the reminder. If it's still not paid after a week send another one",
    ['invoice.overdue', 'invoice.sendReminder; waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder])'],
    [['invoice.overdue', 'invoice.sendReminder; waitFor(invoice.paid,P1W,timeout:[invoice.sendReminder])']],
  ],
  [
    'condition',
    'new lead comes in - if its tagged commercial send it to Mark, otherwise to Emma',
    ['lead.created', 'if(trigger.lead.tags contains "commercial")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'If a new lead is worth over $10k let me know on slack, else just send them the standard welcome email',
    ['lead.created', 'if(trigger.lead.value gt 10000)[notify.slack]else[email.send]'],
  ],
  [
    'condition',
    'when a form comes in and the message says urgent, notify the on-call arborist',
    ['form.submitted', 'if(trigger.fields.message contains "urgent")[notify.team]'],
  ],
  [
    'condition',
    'when an invoice is paid and the total is more than £2,000 tell Gareth so he can send a thank-you card',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 200000)[notify.team]'],
    [['invoice.paid {"invoice.totalCents":[{"numeric":[">",200000]}]}', 'notify.team']],
  ],
  [
    'condition',
    "if a lead came from checkatrade send Sophie a message, otherwise tag them 'nurture'",
    ['lead.created', 'if(trigger.lead.source eq "checkatrade")[notify.team]else[crm.updateLead]'],
  ],
  [
    'condition',
    'when an email comes in with complaint in the subject flag it to Niamh right away',
    ['email.received', 'if(trigger.subject contains "complaint")[notify.team]'],
  ],
  [
    'condition',
    'booking cancelled: if the reason mentions weather just log it, otherwise tell the boss',
    ['booking.cancelled', 'if(trigger.reason contains "weather")[log]else[notify.team]'],
  ],
  [
    'condition',
    'overdue invoices over $500 - send the reminder AND give Rachel a heads up. under that just the reminder',
    [
      'invoice.overdue',
      'if(trigger.invoice.totalCents gt 50000)[invoice.sendReminder; notify.team]else[invoice.sendReminder]',
    ],
    [['invoice.overdue', 'invoice.sendReminder; if(trigger.invoice.totalCents gt 50000)[notify.team]']],
  ],
  [
    'condition',
    'new lead without a phone number? email them asking for one so we can ring about the quote',
    ['lead.created', 'if(trigger.lead.phone exists false)[email.send]'],
  ],
  [
    'condition',
    "if the lead's company has council in the name dont send the auto email, notify Priya instead. everyone else gets the auto email",
    ['lead.created', 'if(trigger.lead.company contains "council")[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'when a customer tagged vip emails us, alert me on slack',
    ['email.received', 'if(trigger.lead.tags contains "vip")[notify.slack]'],
    [['email.received {"lead.tags":["vip"]}', 'notify.slack']],
  ],
  [
    'condition',
    'new booking - if the location is Christchurch give it to Hemi, else Aroha',
    ['booking.created', 'if(trigger.booking.location contains "Christchurch")[notify.team]else[notify.team]'],
    [['booking.created', 'if(trigger.booking.location eq "Christchurch")[notify.team]else[notify.team]']],
  ],
  [
    'condition',
    'When a lead gets updated, if theyre qualified and the value is over 3000 book a site visit',
    [
      'lead.updated',
      'if((trigger.lead.status eq "qualified" and trigger.lead.value gt 3000))[calendar.schedule]',
    ],
    [
      [
        'lead.updated {"lead.status":["qualified"],"lead.value":[{"numeric":[">",3000]}]}',
        'calendar.schedule',
      ],
    ],
  ],
  [
    'many',
    "Hey, so on the first monday of every month at 8am we send a garden tips newsletter to our customers, I've been doing it by hand in outlook. can this email all our customers automatically?",
    ['cron(0 8 ? * 2#1 *)', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 8 ? * 2#1 *)', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    'friday 3pm send a payment reminder for every unpaid invoice',
    ['cron(0 15 ? * FRI *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    "each evening at 6 email every customer on tomorrow's schedule, remind them we're coming for the yard cleanup and to leave the side gate unlocked & the dog inside",
    ['cron(0 18 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'on 1 Sept 2026 at 9am email every lead tagged hedge about our autumn hedge cutting slots',
    ['at(2026-09-01T09:00:00)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    "Every monday at 9 find leads who haven't replied in 2 weeks and send each one a gentle nudge",
    ['cron(0 9 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'I want a button I can press to email all our lost leads a win-back offer',
    ['manual', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    "7am daily - for each of todays bookings add a note to the customer's lead saying crew on site today",
    ['cron(0 7 * * ? *)', 'calendar.find; forEach[crm.addNote]'],
  ],
  [
    'many',
    "We've got about 40 clients on monthly maintenance (tagged maintenance contract). On the 1st of each month at 6am raise an invoice for every one of them, $180 AUD monthly fee, so Deb doesn't have to do it by hand",
    ['cron(0 6 1 * ? *)', 'crm.findLeads; forEach[invoice.create]'],
  ],
  [
    'many',
    'sunday 6pm: anyone who came in as a lead in the last 7 days and is still new, send them a follow up',
    ['cron(0 18 ? * SUN *)', 'crm.findLeads; forEach[email.send]'],
  ],
];

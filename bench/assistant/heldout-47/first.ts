import type { HeldOutCase } from '../heldout';

/** Set 47, rows 1–65 in the order written. */
export const FIRST_47: readonly HeldOutCase[] = [
  [
    'event',
    'when a new enquiry comes in pls email them our trade price list and tell Dave',
    ['lead.created', 'email.send; notify.team'],
  ],
  [
    'event',
    "new lead -> add a note 'came in via website' -> ping #sales on slack",
    ['lead.created', 'crm.addNote; notify.slack'],
  ],
  [
    'event',
    'Whenever an invoice gets payed, send the customer a thank-you email and let the workshop know on Slack so they can start the build.',
    ['invoice.paid', 'email.send; notify.slack'],
  ],
  [
    'event',
    'when someone books a workshop visit, email them directions to the unit and where to park',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'if a customer cancels their fitting appointment let Priya know straight away',
    ['booking.cancelled', 'notify.team'],
  ],
  [
    'event',
    'When the commission form gets submitted add them as a lead and send a thanks-for-getting-in-touch email',
    ['form.submitted', 'crm.createLead; email.send'],
  ],
  [
    'event',
    'any email that lands in orders@hollandkeramiek.nl -> message Jan on slack with who its from and the subject',
    ['email.received {"to":["orders@hollandkeramiek.nl"]}', 'notify.team'],
  ],
  ['event', 'overdue invoice -> send reminder', ['invoice.overdue', 'invoice.sendReminder']],
  [
    'event',
    'new lead tagged stockist → email them the stockist pack and set their status to contacted',
    ['lead.created {"lead.tags":["stockist"]}', 'email.send; crm.updateLead'],
  ],
  [
    'event',
    'each time a new invoice is raised post the invoice number and total in #accounts',
    ['invoice.created', 'notify.slack'],
  ],
  [
    'event',
    "When a lead's status changes to customer, send them our care & maintenance guide for the oak furniture",
    ['lead.updated {"changes.status.to":["customer"]}', 'email.send'],
    [['lead.updated {"lead.status":["customer"]}', 'email.send']],
  ],
  [
    'event',
    'if one of the workflows fails email me at tom@ashbyforge.co.uk',
    ['workflow.failed', 'email.send'],
  ],
  [
    'event',
    'When a customer books a Termin for measuring up, send them a confirmation mail and post it in slack #werkstatt',
    ['booking.created', 'email.send; notify.slack'],
  ],
  [
    'event',
    "whenever a file gets uploaded or changed in dynaris give Mick a heads up, he's in the fab shop",
    ['file.updated', 'notify.team'],
  ],
  [
    'event',
    'When a lead replies to one of our emails, add a note to their record and tell Sophie',
    ['email.received', 'crm.addNote; notify.team'],
  ],
  [
    'event',
    "any new booking (they're all pottery classes) → add the person as a lead tagged 'class'",
    ['booking.created', 'crm.createLead'],
  ],
  [
    'schedule',
    'every monday 8am remind the team on slack to check the kiln log',
    ['cron(0 8 ? * MON *)', 'notify.slack'],
  ],
  [
    'schedule',
    'Fridays at 3pm UK time post in #workshop: clean down and sweep out before you go',
    ['cron(0 15 ? * FRI *) Europe/London', 'notify.slack'],
  ],
  [
    'schedule',
    '1st of every month at 9am email our bookkeeper kate@numbersandco.com.au reminding her we need the BAS figures',
    ['cron(0 9 1 * ? *)', 'email.send'],
  ],
  [
    'schedule',
    'every weekday 7:30am brisbane time message Liam to check the fermenter temps',
    ['cron(30 7 ? * MON-FRI *) Australia/Brisbane', 'notify.team'],
  ],
  [
    'schedule',
    'every 2 hours ping the cellar door channel to update the stock count sheet',
    ['rate(2 hours)', 'notify.slack'],
  ],
  [
    'schedule',
    'On the last day of each month at 4pm remind Gerrit to do the stocktake',
    ['cron(0 16 L * ? *)', 'notify.team'],
  ],
  [
    'schedule',
    'every tue and thu at 10:00 CET post a reminder in slack that the DHL pickup is at 2',
    ['cron(0 10 ? * TUE,THU *) CET', 'notify.slack'],
    [['cron(0 10 ? * TUE,THU *) Europe/Amsterdam', 'notify.slack']],
  ],
  [
    'schedule',
    'on 24 december 2026 at 12 noon send a slack to everyone: workshop closed till 4 jan, merry xmas',
    ['at(2026-12-24T12:00:00)', 'notify.slack'],
  ],
  [
    'schedule',
    'every night at 11pm pacific hit our inventory sync url https://sync.redwoodjoinery.com/run (POST)',
    ['cron(0 23 * * ? *) America/Los_Angeles', 'http.request'],
  ],
  [
    'schedule',
    'First Monday of every month, 9am New York time, remind Rosa to put the hardwood order in with the lumber yard',
    ['cron(0 9 ? * 2#1 *) America/New_York', 'notify.team'],
  ],
  [
    'schedule',
    "evry day at 5.30pm post in slack 'kilns off? doors locked? alarm set?'",
    ['cron(30 17 * * ? *)', 'notify.slack'],
  ],
  [
    'schedule',
    'on the 1st of jan, apr, jul and oct at 9am email accounts@brindleybrewing.co.uk to remind them the VAT return is due',
    ['cron(0 9 1 1,4,7,10 ? *)', 'email.send'],
  ],
  [
    'schedule',
    'every 30 mins call https://api.kilnwatch.io/v1/status/kiln-2 and log what comes back',
    ['rate(30 minutes)', 'http.request; log'],
  ],
  [
    'schedule',
    'Saturdays 6am Perth time tell Shane on slack to fire up the smoker for the market',
    ['cron(0 6 ? * SAT *) Australia/Perth', 'notify.team'],
  ],
  [
    'wait',
    'after someone books a pottery class, 2 days after the class email them asking for a google review',
    ['booking.created', 'wait(until+P2D); email.send'],
  ],
  [
    'wait',
    '24 hours before a workshop visit email the customer a reminder with our address',
    ['booking.created', 'wait(until-PT24H); email.send'],
  ],
  [
    'wait',
    "when we send a quote out and they haven't replied after 3 days, send a follow up",
    ['email.sent[message]', 'waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'wait',
    'new lead -> wait a week -> email them the new collection brochure',
    ['lead.created', 'wait(P7D); email.send'],
    [['lead.created', 'wait(P1W); email.send']],
  ],
  [
    'wait',
    '5 working days after an invoice goes out, if it still isnt paid send them a reminder',
    ['invoice.created', 'waitFor(invoice.paid,5BD,timeout:[invoice.sendReminder])'],
  ],
  [
    'wait',
    'After a customer pays their deposit, wait 3 weeks and then email them to book in their delivery slot',
    ['invoice.paid', 'wait(P21D); email.send'],
    [['invoice.paid', 'wait(P3W); email.send']],
  ],
  [
    'wait',
    'once a fitting appointment finishes, give it an hour then email the customer a thank you + review link',
    ['booking.created', 'wait(until+PT1H); email.send'],
  ],
  [
    'wait',
    'when someone fills in the trade account form wait 30 mins then email them the application pack (so it doesnt look automated lol)',
    ['form.submitted', 'wait(PT30M); email.send'],
  ],
  [
    'wait',
    "after a shopify order is paid, wait 10 days and send a 'how are you getting on with your new mug' email",
    ['webhook:shopify', 'wait(P10D); email.send'],
    [
      ['invoice.paid', 'wait(P10D); email.send'],
      ['webhook:shopify {"webhook.type":["orders/paid"]}', 'wait(P10D); email.send'],
    ],
  ],
  [
    'wait',
    '3 days before an invoice is due send the customer a friendly heads-up',
    ['invoice.created', 'wait(until-P3D); email.send'],
  ],
  [
    'wait',
    'When we email a quote, give them up to 5 business days to reply. If nothing, tell Hannah to ring them',
    ['email.sent[message]', 'waitFor(email.received,5BD,timeout:[notify.team])'],
  ],
  [
    'wait',
    '2 hrs before each showroom appointment send Bas a reminder on slack',
    ['booking.created', 'wait(until-PT2H); notify.team'],
  ],
  [
    'wait',
    "when an invoice goes overdue, wait 14 days for the money, if it still hasn't come in let Karen know",
    ['invoice.overdue', 'waitFor(invoice.paid,P14D,timeout:[notify.team])'],
  ],
  [
    'condition',
    "when a new lead comes in and the job's worth over £10k tell Richard straight away, otherwise just send them the standard reply",
    ['lead.created', 'if(trigger.lead.value gt 10000)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    "new lead: if they're tagged trade send the trade price list, else send the retail brochure",
    ['lead.created', 'if(trigger.lead.tags contains "trade")[email.send]else[email.send]'],
  ],
  [
    'condition',
    "When an invoice is paid and it's over $5,000 post it in #wins 🎉",
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 500000)[notify.slack]'],
    [['invoice.paid {"invoice.totalCents":[{"numeric":[">",500000]}]}', 'notify.slack']],
  ],
  [
    'condition',
    'when a lead comes in with a company name on it tag them b2b',
    ['lead.created', 'if(trigger.lead.company exists true)[crm.updateLead]'],
  ],
  [
    'condition',
    'when someone books a visit: if they left an email address send them a confirmation, if not tell Anja to phone them',
    ['booking.created', 'if(trigger.booking.attendeeEmail exists true)[email.send]else[notify.team]'],
  ],
  [
    'condition',
    'overdue invoices - if its more than £2000 tell me (Gareth) on slack, otherwise just send the reminder',
    ['invoice.overdue', 'if(trigger.invoice.totalCents gt 200000)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'When an email comes in and the subject mentions urgent, post it in #workshop',
    ['email.received', 'if(trigger.subject contains "urgent")[notify.slack]'],
    [['email.received {"subject":[{"wildcard":"*urgent*"}]}', 'notify.slack']],
  ],
  [
    'condition',
    'new lead with a value of at least 3000 euro -> set to qualified and tell Jens. smaller ones just get the brochure mail',
    ['lead.created', 'if(trigger.lead.value gte 3000)[crm.updateLead; notify.team]else[email.send]'],
  ],
  [
    'condition',
    "when a booking gets cancelled and it's linked to a lead, add a note on that lead",
    ['booking.cancelled', 'if(trigger.booking.leadId exists true)[crm.addNote]'],
  ],
  [
    'condition',
    'When an invoice is created in USD, let Marco know so he can check the exchange rate',
    ['invoice.created', 'if(trigger.invoice.currency eq "USD")[notify.team]'],
    [['invoice.created {"invoice.currency":["USD"]}', 'notify.team']],
  ],
  [
    'condition',
    "whenever a lead changes, if it's now marked lost AND it was worth over $5k, slack Emma so she can try and save it",
    ['lead.updated', 'if((trigger.lead.status eq "lost" and trigger.lead.value gt 5000))[notify.team]'],
    [['lead.updated {"lead.status":["lost"]}', 'if(trigger.lead.value gt 5000)[notify.team]']],
  ],
  [
    'condition',
    'Invoice paid: if the number starts with DEP (deposit) email the customer the production schedule, otherwise send a normal thank you',
    ['invoice.paid', 'if(trigger.invoice.number startsWith "DEP")[email.send]else[email.send]'],
  ],
  [
    'condition',
    'when a lead is created and the source is instagram, tag them insta',
    ['lead.created', 'if(trigger.lead.source eq "instagram")[crm.updateLead]'],
    [['lead.created {"lead.source":["instagram"]}', 'crm.updateLead']],
  ],
  [
    'many',
    'every monday 9am email all the leads tagged stockist our new season wholesale catalogue',
    ['cron(0 9 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 9 ? * MON *)', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    'Every Thursday at 10 send each customer with an overdue invoice a reminder',
    ['cron(0 10 ? * THU *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    "each evening at 6 email everyone booked on tomorrow's class a reminder to wear old clothes",
    ['cron(0 18 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'I want a button I can press that emails all our qualified leads about the open studio weekend',
    ['manual', 'crm.findLeads; forEach[email.send]'],
    [['manual', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    'every morning at 7 go through the unpaid invoices and slack Noor about each one',
    ['cron(0 7 * * ? *)', 'invoice.find; forEach[notify.team]'],
  ],
  [
    'many',
    "sunday 8pm: anyone we emailed that hasn't replied in 14 days gets a 'still interested?' email",
    ['cron(0 20 ? * SUN *)', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 20 ? * SUN *)', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    'daily at 4pm take the leads that came in today and post each one to our mailerlite hook https://hooks.mailerlite.com/brindle/subscribe',
    ['cron(0 16 * * ? *)', 'crm.findLeads; forEach[http.request]'],
  ],
  [
    'many',
    'Every Monday morning 8am Melbourne time, for every invoice still open send the customer a reminder and tell Kylie which one',
    ['cron(0 8 ? * MON *) Australia/Melbourne', 'invoice.find; forEach[invoice.sendReminder; notify.team]'],
  ],
  [
    'many',
    'on the 20th of each month at 10am find all leads tagged commission-waitlist and email each of them that new slots have opened',
    ['cron(0 10 20 * ? *)', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 10 20 * ? *)', 'crm.exportLeads; forEach[email.send]']],
  ],
];

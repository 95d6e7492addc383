import type { HeldOutCase } from '../heldout';

/** Set 34, rows 1–65 in the order written. */
export const FIRST_34: readonly HeldOutCase[] = [
  [
    'event',
    'when someone books a tasting send them a confirmation email with directions to the cellar door and let Mia know',
    ['booking.created', 'email.send; notify.team'],
  ],
  [
    'event',
    "new lead tagged wholesale -> add a note 'call within 48h' + post it in #sales",
    ['lead.created {"lead.tags":["wholesale"]}', 'crm.addNote; notify.slack'],
  ],
  [
    'event',
    'whenever a booking gets cancelled pls email the guest a sorry-we-missed-you note with the 10% off code',
    ['booking.cancelled', 'email.send'],
  ],
  [
    'event',
    'When a distributor pays an invoice, thank them by email and mark their lead as a customer.',
    ['invoice.paid', 'email.send; crm.updateLead'],
  ],
  [
    'event',
    'if an invoice goes overdue tell Dave in accounts straight away',
    ['invoice.overdue', 'notify.team'],
  ],
  [
    'event',
    "Someone submits the form called 'Keg Return' - create them as a lead and give the cellar crew a heads up",
    ['form.submitted {"form":["Keg Return"]}', 'crm.createLead; notify.team'],
  ],
  [
    'event',
    'new club member (lead tagged wine-club) = send the welcome pack email',
    ['lead.created {"lead.tags":["wine-club"]}', 'email.send'],
  ],
  [
    'event',
    'any time a customer emails us back ping Tom on slack',
    ['email.received', 'notify.team'],
    [['email.received', 'notify.slack']],
  ],
  [
    'event',
    'Quand un nouveau client est ajouté, envoie-lui un mail de bienvenue du domaine stp',
    ['lead.created', 'email.send'],
  ],
  [
    'event',
    'invoice created for a distributor order -> drop a msg in #orders',
    ['invoice.created', 'notify.slack'],
  ],
  [
    'event',
    'When a lead is added, email them the link to our tasting notes and tag them newsletter',
    ['lead.created', 'email.send; crm.updateLead'],
  ],
  [
    'event',
    'someone cancels their cellar door booking - let Priya know so she can offer the slot to the waitlist',
    ['booking.cancelled', 'notify.team'],
  ],
  [
    'event',
    "once a lead turns into a customer add a note 'first order placed' and let Sam know",
    ['lead.updated {"lead.status":["customer"]}', 'crm.addNote; notify.team'],
    [['lead.updated {"changes.status.to":["customer"]}', 'crm.addNote; notify.team']],
  ],
  [
    'event',
    'if any of our automations fails, slack #ops with what broke',
    ['workflow.failed', 'notify.slack'],
  ],
  [
    'event',
    'every time a file gets updated (eg the new price list) let the sales reps know',
    ['file.updated', 'notify.team'],
  ],
  [
    'event',
    "New booking comes in → note on the lead that they've booked a tour, then tell the taproom team in slack",
    ['booking.created', 'crm.addNote; notify.slack'],
  ],
  [
    'schedule',
    "every friday 4pm post this week's tasting bookings to slack",
    ['cron(0 16 ? * FRI *)', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'Mondays 8am Melbourne time send Josh the list of unpaid invoices',
    ['cron(0 8 ? * MON *) Australia/Melbourne', 'invoice.find; notify.team'],
  ],
  [
    'schedule',
    'each morning at 7.30 NZ time remind the cellar door team in slack of todays bookings',
    ['cron(30 7 * * ? *) Pacific/Auckland', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'on the 1st of each month at 9 send Kate the overdue invoices',
    ['cron(0 9 1 * ? *)', 'invoice.find; notify.team'],
  ],
  [
    'schedule',
    'every 15 minutes POST to https://taplist.example.com/sync so the tap list stays current',
    ['rate(15 minutes)', 'http.request'],
  ],
  [
    'schedule',
    'tous les lundis à 9h, envoyer à Camille la liste des réservations de la semaine',
    ['cron(0 9 ? * MON *)', 'calendar.find; notify.team'],
  ],
  [
    'schedule',
    "weekdays at 5pm pacific post tomorrow's tour bookings in #tours",
    ['cron(0 17 ? * MON-FRI *) America/Los_Angeles', 'calendar.find; notify.slack'],
  ],
  ['schedule', 'sunday nights 8pm remind Ben to do the keg count', ['cron(0 20 ? * SUN *)', 'notify.team']],
  [
    'schedule',
    "every year on the 3rd thursday of november at 9am post 'Le Beaujolais Nouveau est arrivé' in slack",
    ['cron(0 9 ? 11 5#3 *)', 'notify.slack'],
  ],
  [
    'schedule',
    'Every weekday 4:30pm message the taproom team: last call for keg orders',
    ['cron(30 16 ? * MON-FRI *)', 'notify.team'],
  ],
  [
    'schedule',
    'last day of every month 5pm - remind Zoe to lodge the excise return',
    ['cron(0 17 L * ? *)', 'notify.team'],
  ],
  [
    'schedule',
    'Every Tuesday 10am AEST, post this weeks bookings to #cellar-door',
    ['cron(0 10 ? * TUE *) Australia/Brisbane', 'calendar.find; notify.slack'],
    [
      ['cron(0 10 ? * TUE *) Australia/Sydney', 'calendar.find; notify.slack'],
      ['cron(0 10 ? * TUE *) Australia/Melbourne', 'calendar.find; notify.slack'],
    ],
  ],
  [
    'schedule',
    'daily at noon central, slack #sales the leads that came in yesterday',
    ['cron(0 12 * * ? *) America/Chicago', 'crm.findLeads; notify.slack'],
  ],
  [
    'schedule',
    'hey can u ping the Vinosmith sync url (https://api.vinosmith.example/hook) every hour pls',
    ['rate(1 hour)', 'http.request'],
  ],
  [
    'wait',
    'when someone books a tasting, 24 hrs before it starts email them a reminder with the parking info',
    ['booking.created', 'wait(until-PT24H); email.send'],
  ],
  [
    'wait',
    '2 hours after a tour finishes, email the guests a thank you + link to leave us a google review',
    ['booking.created', 'wait(until+PT2H); email.send'],
  ],
  [
    'wait',
    "new club member → wait 3 days → send the 'how your club shipments work' email",
    ['lead.created {"lead.tags":["wine-club"]}', 'wait(P3D); email.send'],
  ],
  [
    'wait',
    "When a new distributor lead comes in, email them our trade price list. If they haven't replied within 5 business days tell Lachie to give them a call",
    [
      'lead.created {"lead.tags":["distributor"]}',
      'email.send; waitFor(email.received,5BD,timeout:[notify.team])',
    ],
  ],
  [
    'wait',
    'someone submits a form -> wait a day, then send them the trivia night menu',
    ['form.submitted', 'wait(P1D); email.send'],
  ],
  [
    'wait',
    'invoice goes out to a bottle shop, 2 days before its due date send them a friendly reminder',
    ['invoice.created', 'wait(until-P2D); invoice.sendReminder'],
  ],
  [
    'wait',
    'after a booking is cancelled wait a week then email them inviting them to rebook',
    ['booking.cancelled', 'wait(P7D); email.send'],
    [['booking.cancelled', 'wait(P1W); email.send']],
  ],
  [
    'wait',
    'new lead: send intro email, wait 4 days and if they havent replied send a follow up',
    ['lead.created', 'email.send; waitFor(email.received,P4D,timeout:[email.send])'],
  ],
  [
    'wait',
    'an hour after each tasting ends, slack Emma to ask how it went',
    ['booking.created', 'wait(until+PT1H); notify.team'],
    [['booking.created', 'wait(until+PT1H); notify.slack']],
  ],
  [
    'wait',
    'Two hours before every tour kicks off send our guide Jack a heads up',
    ['booking.created', 'wait(until-PT2H); notify.team'],
  ],
  [
    'wait',
    'when an invoice goes overdue, wait 3 days and send another reminder. if it still isnt paid 7 days after that, tell me',
    ['invoice.overdue', 'wait(P3D); invoice.sendReminder; waitFor(invoice.paid,P7D,timeout:[notify.team])'],
  ],
  [
    'wait',
    "keg return form comes in - wait 48 hours then email them asking if the keg's been picked up",
    ['form.submitted', 'wait(PT48H); email.send'],
    [['form.submitted {"form":["keg return"]}', 'wait(PT48H); email.send']],
  ],
  [
    'wait',
    "When a wholesale lead is created wait 10 business days and then add a note 'check in on first order'",
    ['lead.created {"lead.tags":["wholesale"]}', 'wait(10BD); crm.addNote'],
  ],
  [
    'condition',
    'when someone books: if the booking title says private, tell Sophie, otherwise just send the normal confirmation email',
    ['booking.created', 'if(trigger.booking.title contains "private")[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'new lead worth over $5000 → slack #sales. anything less just tag them newsletter',
    ['lead.created', 'if(trigger.lead.value gt 5000)[notify.slack]else[crm.updateLead]'],
  ],
  [
    'condition',
    "invoice paid and it's more than 2000 bucks? get Nick to ring them and say thanks",
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 200000)[notify.team]'],
    [['invoice.paid {"invoice.totalCents":[{"numeric":[">",200000]}]}', 'notify.team']],
  ],
  [
    'condition',
    "when a lead is created and they're tagged vip, email Claire",
    ['lead.created', 'if(trigger.lead.tags contains "vip")[notify.team]'],
    [['lead.created {"lead.tags":["vip"]}', 'notify.team']],
  ],
  [
    'condition',
    "incoming email — if the subject has 'wholesale' in it send it to Raj, otherwise to Bec at the cellar door",
    ['email.received', 'if(trigger.subject contains "wholesale")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'booking cancelled: if the reason mentions weather email them to rebook, otherwise just log it',
    ['booking.cancelled', 'if(trigger.reason contains "weather")[email.send]else[log]'],
  ],
  [
    'condition',
    'overdue invoices - more than 30 days late goes to Mark (owner), otherwise send the customer a reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'when a lead gets marked lost and they were worth more than 1000, ask Anna to call them',
    ['lead.updated {"lead.status":["lost"]}', 'if(trigger.lead.value gt 1000)[notify.team]'],
    [
      ['lead.updated {"changes.status.to":["lost"]}', 'if(trigger.lead.value gt 1000)[notify.team]'],
      ['lead.updated {"lead.status":["lost"],"lead.value":[{"numeric":[">",1000]}]}', 'notify.team'],
    ],
  ],
  [
    'condition',
    "New tour booking. If it's at the Richmond taproom notify Ella, if it's at Geelong notify Pete",
    [
      'booking.created',
      'if(trigger.booking.location contains "Richmond")[notify.team]else[if(trigger.booking.location contains "Geelong")[notify.team]]',
    ],
    [
      [
        'booking.created',
        'if(trigger.booking.location eq "Richmond")[notify.team]else[if(trigger.booking.location eq "Geelong")[notify.team]]',
      ],
    ],
  ],
  [
    'condition',
    'reply email arrives and the lead is still status new -> change them to contacted',
    ['email.received', 'if(trigger.lead.status eq "new")[crm.updateLead]'],
    [['email.received {"lead.status":["new"]}', 'crm.updateLead']],
  ],
  [
    'condition',
    'invoice paid - if its in NZD send the NZ thank you email, otherwise send the Aussie one',
    ['invoice.paid', 'if(trigger.invoice.currency eq "NZD")[email.send]else[email.send]'],
  ],
  [
    'condition',
    "form submitted: if the interest field is 'club' add them as a lead tagged wine-club, otherwise just add them as a lead",
    ['form.submitted', 'if(trigger.fields.interest eq "club")[crm.createLead]else[crm.createLead]'],
  ],
  [
    'condition',
    'new booking with no email address on it → ping Olivia to chase a phone number',
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.team]'],
  ],
  [
    'many',
    'every Monday 10am email everyone tagged wine-club a reminder that pickup weekend is coming up',
    ['cron(0 10 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'I want a button to send the new release announcement to all our club members (tag: club)',
    ['manual', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'each morning at 8 send every guest booked in for today a see-you-soon email with our address',
    ['cron(0 8 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'every friday at 11am send payment reminders on all the overdue invoices',
    ['cron(0 11 ? * FRI *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    'every day at 4pm email everyone with a tour tomorrow — what to wear (closed shoes!!) and where to park',
    ['cron(0 16 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'le 1er de chaque mois à 9h heure de Paris, envoyer par mail notre liste de disponibilités à tous les contacts avec le tag caviste',
    ['cron(0 9 1 * ? *) Europe/Paris', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    "when i run it: find every lead we haven't heard back from in 30 days and draft a personal catch-up email for each",
    ['manual', 'crm.findLeads; forEach[email.draft]'],
  ],
  [
    'many',
    'sunday 6pm find all the leads that came in this week and tag them newsletter',
    ['cron(0 18 ? * SUN *)', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
  [
    'many',
    'Every Thursday 2pm NZT, email all the leads tagged keg-customer asking them to send back their empty kegs',
    ['cron(0 14 ? * THU *) Pacific/Auckland', 'crm.findLeads; forEach[email.send]'],
  ],
];

import type { HeldOutCase } from '../heldout';

/** Set 37, rows 1–65 in the order written. */
export const FIRST_37: readonly HeldOutCase[] = [
  [
    'event',
    'when a new member gets added can it send them our welcome email with training times',
    ['lead.created', 'email.send'],
  ],
  [
    'event',
    'New registration thru the website form -> email the parent a confirmation and let Sharon (junior coord) know',
    ['form.submitted', 'email.send; notify.team'],
  ],
  [
    'event',
    'When a subs invoice is paid email the member a thank you note pls',
    ['invoice.paid', 'email.send'],
  ],
  [
    'event',
    'if someone cancels a clubhouse booking post it in slack so the bar volunteers know',
    ['booking.cancelled', 'notify.slack'],
  ],
  [
    'event',
    'whenever an invoice goes overdue send the member a payment reminder',
    ['invoice.overdue', 'invoice.sendReminder'],
  ],
  [
    'event',
    'When a parent emails in, add a note to their record with what they said',
    ['email.received', 'crm.addNote'],
  ],
  [
    'event',
    'someone books a net session → send them a confirmation email with the date and time',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    "When a member's status changes to lost (means theyve left the club) tell Priya our membership sec",
    ['lead.updated {"changes.status.to":["lost"]}', 'notify.team'],
    [['lead.updated {"lead.status":["lost"]}', 'notify.team']],
  ],
  [
    'event',
    'every time a new player signs up post their name in the #registrations channel on slack',
    ['lead.created', 'notify.slack'],
  ],
  [
    'event',
    'When we raise a new invoice, message Tom the treasurer on Slack with the amount',
    ['invoice.created', 'notify.team'],
  ],
  [
    'event',
    'if any of our automations fail email me at gary.hughes@stmarksfc.co.uk',
    ['workflow.failed', 'email.send'],
    [['workflow.failed', 'notify.team']],
  ],
  [
    'event',
    'When a coach uploads a new file (team sheets etc) let the team know on slack',
    ['file.updated', 'notify.slack'],
    [['file.updated', 'notify.team']],
  ],
  [
    'event',
    'member replies to one of our emails? add a note to their profile and ping Jo',
    ['email.received', 'crm.addNote; notify.team'],
  ],
  [
    'event',
    'when a parent books through calendly let coach Marcus know',
    ['booking.created', 'notify.team'],
    [
      ['webhook:calendly', 'notify.team'],
      ['webhook:calendly {"webhook.type":["invitee.created"]}', 'notify.team'],
    ],
  ],
  [
    'event',
    'Someone cancels their court booking - send them an email saying sorry to miss you, heres the link to rebook',
    ['booking.cancelled', 'email.send'],
  ],
  [
    'event',
    'When a new enquiry comes in on the website contact form forward it to secretary@bondiswimclub.com.au and tell the committee in slack',
    ['form.submitted', 'email.send; notify.slack'],
  ],
  [
    'schedule',
    'every monday 7pm send the committee a slack msg reminding them about the fixtures meeting',
    ['cron(0 19 ? * MON *)', 'notify.slack'],
  ],
  [
    'schedule',
    "Every Friday at 4pm Sydney time post next week's bookings in slack",
    ['cron(0 16 ? * FRI *) Australia/Sydney', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    "saturday mornings 7:30 eastern send #fieldcrew today's field bookings",
    ['cron(30 7 ? * SAT *) America/New_York', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'daily at 6am NZ time check tommorows bookings and put them in slack',
    ['cron(0 6 * * ? *) Pacific/Auckland', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'hit our results sync url https://sync.harbourcricketleague.org/run every hour pls',
    ['rate(1 hour)', 'http.request'],
  ],
  [
    'schedule',
    'last friday of every month at 6pm remind the committee on slack that the treasurers report is due',
    ['cron(0 18 ? * 6L *)', 'notify.slack'],
  ],
  [
    'schedule',
    'Every weekday at 8am email Helen (helen@riversiderfc.org.uk) the list of todays bookings',
    ['cron(0 8 ? * MON-FRI *)', 'calendar.find; email.send'],
  ],
  [
    'schedule',
    'on 1st Aug 2026 at 9am post in slack that registrations for the new season are open',
    ['at(2026-08-01T09:00:00)', 'notify.slack'],
  ],
  [
    'schedule',
    'tues and thurs at 5pm remind the players in slack about training tonight',
    ['cron(0 17 ? * TUE,THU *)', 'notify.slack'],
  ],
  [
    'schedule',
    'each morning at 9 find members that joined yesterday and post them in #welcome',
    ['cron(0 9 * * ? *)', 'crm.findLeads; notify.slack'],
  ],
  [
    'schedule',
    '2nd tuesday of the month 7.30pm - email reminder to the committee about the committee meeting',
    ['cron(30 19 ? * 3#2 *)', 'notify.team'],
  ],
  [
    'schedule',
    'every night at midnight back up the members list to a file',
    ['cron(0 0 * * ? *)', 'crm.findLeads; files.create'],
    [['cron(0 0 * * ? *)', 'crm.exportLeads']],
  ],
  [
    'schedule',
    'Mondays 9am UK time give Graham (fixtures sec) a nudge to update the fixtures on the website',
    ['cron(0 9 ? * MON *) Europe/London', 'notify.team'],
  ],
  [
    'schedule',
    'every day 5pm SAST post how many new registrations came in today to slack',
    ['cron(0 17 * * ? *) Africa/Johannesburg', 'crm.findLeads; notify.slack'],
  ],
  [
    'wait',
    'when a new member joins send a welcome email, then 3 days later send them the kit order info',
    ['lead.created', 'email.send; wait(P3D); email.send'],
  ],
  [
    'wait',
    '24 hours before each net booking email the player a reminder',
    ['booking.created', 'wait(until-PT24H); email.send'],
    [['booking.created', 'wait(until-P1D); email.send']],
  ],
  [
    'wait',
    'When we email someone interested in joining and they dont reply within 5 days, get Lucy to give them a call',
    ['email.sent[message]', 'waitFor(email.received,P5D,timeout:[notify.team])'],
    [['email.sent', 'waitFor(email.received,P5D,timeout:[notify.team])']],
  ],
  [
    'wait',
    'invoice overdue → send reminder → give them a week → still not paid then tell the treasurer',
    ['invoice.overdue', 'invoice.sendReminder; waitFor(invoice.paid,P7D,timeout:[notify.team])'],
    [['invoice.overdue', 'invoice.sendReminder; waitFor(invoice.paid,P1W,timeout:[notify.team])']],
  ],
  [
    'wait',
    'After a trial session finishes wait 2 hours then email the parent asking how it went',
    ['booking.created', 'wait(until+PT2H); email.send'],
  ],
  [
    'wait',
    'new junior registration - wait 2 working days then send the medical form email',
    ['form.submitted', 'wait(2BD); email.send'],
  ],
  [
    'wait',
    'when someone submits the volunteer form wait a day then send them our safeguarding info',
    ['form.submitted', 'wait(P1D); email.send'],
    [['form.submitted', 'wait(PT24H); email.send']],
  ],
  [
    'wait',
    "When an invoice is created, wait until 3 days before it's due then send a reminder",
    ['invoice.created', 'wait(until-P3D); invoice.sendReminder'],
  ],
  [
    'wait',
    'new member → wait 2 weeks → email asking how their first fortnight at the club has been',
    ['lead.created', 'wait(P14D); email.send'],
    [['lead.created', 'wait(P2W); email.send']],
  ],
  [
    'wait',
    "clubhouse gets booked -> wait till the booking is over and then post in slack so whoever's on the cleaning rota knows",
    ['booking.created', 'wait(until); notify.slack'],
  ],
  [
    'wait',
    'if a member doesnt reply to an email we send them within 3 business days, send a polite nudge',
    ['email.sent[message]', 'waitFor(email.received,3BD,timeout:[email.send])'],
  ],
  [
    'wait',
    'after someone pays their subs, wait 30 mins then email them the link to the member handbook',
    ['invoice.paid', 'wait(PT30M); email.send'],
  ],
  [
    'wait',
    'New invoice - if its not paid in 14 days send a reminder',
    ['invoice.created', 'waitFor(invoice.paid,P14D,timeout:[invoice.sendReminder])'],
  ],
  [
    'condition',
    "When a new member signs up, if they're tagged junior email Sharon the junior coordinator, otherwise email Mike (membership sec)",
    ['lead.created', 'if(trigger.lead.tags contains "junior")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'when an invoice gets paid and it was over £200 let the treasurer know on slack',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 20000)[notify.team]'],
    [['invoice.paid {"invoice.totalCents":[{"numeric":[">",20000]}]}', 'notify.team']],
  ],
  [
    'condition',
    'rego form comes in: if the team field says U7 or U8 send the mini rugby info email, otherwise send the normal welcome',
    ['form.submitted', 'if(trigger.fields.team in ["U7","U8"])[email.send]else[email.send]'],
    [
      [
        'form.submitted',
        'if((trigger.fields.team eq "U7" or trigger.fields.team eq "U8"))[email.send]else[email.send]',
      ],
    ],
  ],
  [
    'condition',
    'When a booking is cancelled and the reason mentions weather post in slack that the game is off',
    ['booking.cancelled', 'if(trigger.reason contains "weather")[notify.slack]'],
  ],
  [
    'condition',
    "member email comes in - if they're tagged coach notify Raj (head coach), if not just add a note to their record",
    ['email.received', 'if(trigger.lead.tags contains "coach")[notify.team]else[crm.addNote]'],
  ],
  [
    'condition',
    "overdue invoices: if it's more than 30 days overdue tell the treasurer, otherwise just send the member a reminder",
    ['invoice.overdue', 'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    "When a new player joins and there's no phone number on their record, email them asking for one",
    ['lead.created', 'if(trigger.lead.phone exists false)[email.send]'],
  ],
  [
    'condition',
    "new lead with a value over 500 (that's a sponsorship enquiry) → tell Andy",
    ['lead.created', 'if(trigger.lead.value gt 500)[notify.team]'],
    [['lead.created {"lead.value":[{"numeric":[">",500]}]}', 'notify.team']],
  ],
  [
    'condition',
    'Hi, treasurer here. When a subs payment comes through I want it to check whether the invoice is linked to a member. If it is, mark them as a customer; if not, tell me (the treasurer) so I can match it up by hand. Thanks!',
    ['invoice.paid', 'if(trigger.invoice.leadId exists true)[crm.updateLead]else[notify.team]'],
  ],
  [
    'condition',
    'form submitted - if the volunteer field is yes add them to the crm tagged volunteer',
    ['form.submitted', 'if(trigger.fields.volunteer eq "yes")[crm.createLead]'],
  ],
  [
    'condition',
    'when an email comes in with unavailable in the subject send it on to Graham the fixtures sec',
    ['email.received', 'if(trigger.subject contains "unavailable")[notify.team]'],
    [['email.received {"subject":[{"wildcard":"*unavailable*"}]}', 'notify.team']],
  ],
  [
    'condition',
    "booking created: if there's no attendee email tell Linda the bookings sec, otherwise send the attendee a confirmation",
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'netball team entry form: if the paid field says no, email them our bank details',
    ['form.submitted', 'if(trigger.fields.paid eq "no")[email.send]'],
  ],
  [
    'many',
    'every monday 9am send a payment reminder to everyone who still has an unpaid subs invoice',
    ['cron(0 9 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    'every evening at 6 email everybody whos got a booking tomoz to remind them',
    ['cron(0 18 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'i want something i can run whenever to email every member tagged lapsed asking them to come back',
    ['manual', 'crm.findLeads; forEach[email.send]'],
    [['manual', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    "fridays 10am: find everyone who hasn't replied to our emails for 7 days and send each of them a nudge",
    ['cron(0 10 ? * FRI *)', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 10 ? * FRI *)', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    'Sunday 8pm each week: email every confirmed booking for the coming week to the person who booked it',
    ['cron(0 20 ? * SUN *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    '1st of the month 9am - go through all overdue invoices, send each one a reminder and post a line in slack for each',
    ['cron(0 9 1 * ? *)', 'invoice.find; forEach[invoice.sendReminder; notify.slack]'],
  ],
  [
    'many',
    'each morning at 7 find all the new members from yesterday and send each one the club code of conduct',
    ['cron(0 7 * * ? *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'Tuesdays 12 noon Auckland time, grab everyone who came in from the open day (source open-day) and email each the training times',
    ['cron(0 12 ? * TUE *) Pacific/Auckland', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 12 ? * TUE *) Pacific/Auckland', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    "first monday of each month at 10, get every unpaid invoice, send a reminder for each and tag the member 'owes subs'",
    ['cron(0 10 ? * 2#1 *)', 'invoice.find; forEach[invoice.sendReminder; crm.updateLead]'],
  ],
];

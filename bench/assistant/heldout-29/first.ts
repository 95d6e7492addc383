import type { HeldOutCase } from '../heldout';

/** Set 29, rows 1–65 in the order written. */
export const FIRST_29: readonly HeldOutCase[] = [
  [
    'event',
    'when a new enquiry comes in pls email the parent our welcome pack and let Sarah know',
    ['lead.created', 'email.send; notify.team'],
  ],
  [
    'event',
    'Every time a show round gets booked, post it in the #visits channel on slack',
    ['booking.created', 'notify.slack'],
  ],
  [
    'event',
    'if a parent cancels their nursery visit can we automatically email them to say sorry we missed you and to rebook',
    ['booking.cancelled', 'email.send'],
  ],
  ['event', 'once a fees invoice is paid send the parent a thank you email', ['invoice.paid', 'email.send']],
  ['event', 'invoice goes overdue -> tell Karen in the office', ['invoice.overdue', 'notify.team']],
  [
    'event',
    'when an enquiry is tagged "baby room" as its created, notify Priya she leads baby room',
    ['lead.created {"lead.tags":["baby room"]}', 'notify.team'],
  ],
  [
    'event',
    'Whenever anything in the rotas folder is uploaded or changed, post on slack so staff check their shifts',
    ['file.updated {"file.folder":["rotas"]}', 'notify.slack'],
  ],
  [
    'event',
    'New email into the office inbox from a parent - let Jess know',
    ['email.received', 'notify.team'],
  ],
  [
    'event',
    'enquiries that come from the council FIS referral (lead source is FIS) should go straight to Mandy, just notify her',
    ['lead.created {"lead.source":["FIS"]}', 'notify.team'],
  ],
  [
    'event',
    'When the "Holiday Club" form is submitted, email the parent a booking confirmation',
    ['form.submitted {"form":["Holiday Club"]}', 'email.send'],
  ],
  [
    'event',
    'every time a visit is booked email the parents the parking info + what to bring (spare clothes, diapers if needed)',
    ['booking.created', 'email.send'],
  ],
  ['event', 'when an invoice is raised post it in #fees on slack', ['invoice.created', 'notify.slack']],
  [
    'event',
    'If any of our automations fail I want to know about it. email me (Dan)',
    ['workflow.failed', 'notify.team'],
  ],
  [
    'event',
    'anything from the local authority (emails ending @surreycc.gov.uk) -> alert the centre manager',
    ['email.received {"from":[{"suffix":"@surreycc.gov.uk"}]}', 'notify.team'],
  ],
  [
    'event',
    'tour cancelled? let the team know on slack and email the family to ask if theyd like another date',
    ['booking.cancelled', 'notify.slack; email.send'],
  ],
  [
    'event',
    'Kia ora, when a whanau pays their deposit invoice can you let Aroha know so she can sort out the start pack and the name labels for the pegs. Thanks heaps!',
    ['invoice.paid', 'notify.team'],
  ],
  [
    'schedule',
    'remind staff every friday at 3pm on slack to fill in their timesheets',
    ['cron(0 15 ? * FRI *)', 'notify.slack'],
  ],
  [
    'schedule',
    'On the 1st of each month at 9am NZ time remind Aroha to run the fees',
    ['cron(0 9 1 * ? *) Pacific/Auckland', 'notify.team'],
  ],
  [
    'schedule',
    'send a message in slack on 18 December 2026 at 4pm: "Merry Christmas all, centre closed until 5th Jan"',
    ['at(2026-12-18T16:00:00)', 'notify.slack'],
  ],
  [
    'schedule',
    'last friday of every month 4pm tell the office manager its payroll day',
    ['cron(0 16 ? * 6L *)', 'notify.team'],
  ],
  [
    'schedule',
    'every weekday at 5.30pm remind closing staff to do the register check & lock up (post in slack pls)',
    ['cron(30 17 ? * MON-FRI *)', 'notify.slack'],
  ],
  [
    'schedule',
    'first monday of every month 9am email all room leaders... actually just notify Gemma to do the room audits',
    ['cron(0 9 ? * 2#1 *)', 'notify.team'],
    [['cron(0 9 ? * MON#1 *)', 'notify.team']],
  ],
  [
    'schedule',
    'every 30 mins call our sign-in system api https://api.kidsignin.example.com/sync so the register stays up to date',
    ['rate(30 minutes)', 'http.request'],
  ],
  [
    'schedule',
    'Every Thursday 10am post in slack: newsletter bits due to Hannah by Friday lunchtime',
    ['cron(0 10 ? * THU *)', 'notify.slack'],
  ],
  [
    'schedule',
    'each morning at 6:30 central time remind the opener on slack to check the heating and the ratios',
    ['cron(30 6 * * ? *) America/Chicago', 'notify.slack'],
  ],
  [
    'schedule',
    'every day at 7am (UK) post the list of todays show rounds in slack',
    ['cron(0 7 * * ? *) Europe/London', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'sunday 6pm email me (owner@brightstarts.example.com) all the new enquiries from this week',
    ['cron(0 18 ? * SUN *)', 'crm.findLeads; email.send'],
  ],
  [
    'schedule',
    'at 8am every monday, tell Tom on slack to send out the after school club rota',
    ['cron(0 8 ? * MON *)', 'notify.team'],
  ],
  [
    'schedule',
    'every hour between 7am and 6pm weekdays post a reminder to do nappy checks on slack #baby-room',
    ['cron(0 7-18 ? * MON-FRI *)', 'notify.slack'],
  ],
  [
    'schedule',
    'On the 25th of every month at 10am Eastern, message the director that fee invoices need checking before the 1st',
    ['cron(0 10 25 * ? *) America/New_York', 'notify.team'],
  ],
  [
    'wait',
    '2 days after a show round finishes, email the parents asking how they found it',
    ['booking.created', 'wait(until+P2D); email.send'],
  ],
  [
    'wait',
    'send parents a reminder email the day before their tour',
    ['booking.created', 'wait(until-P1D); email.send'],
  ],
  [
    'wait',
    "new enquiry: send the welcome email, then if they haven't replied in 3 days send a follow up",
    ['lead.created', 'email.send; waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'wait',
    "whenever we email a parent and they haven't got back to us after 2 working days, flag it to Hannah",
    ['email.sent[message]', 'waitFor(email.received,2BD,timeout:[notify.team])'],
  ],
  [
    'wait',
    'when a fees invoice goes out, give it 7 days and if it still isnt paid send the reminder',
    ['invoice.created', 'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder])'],
  ],
  [
    'wait',
    'a week after the enrolment form comes in email the parents to ask how settling in is going',
    ['form.submitted', 'wait(P7D); email.send'],
    [['form.submitted', 'wait(P1W); email.send']],
  ],
  [
    'wait',
    'new enquiry - wait 30 mins then send them our prospectus by email (so it doesnt look automated lol)',
    ['lead.created', 'wait(PT30M); email.send'],
  ],
  [
    'wait',
    'Send the fee reminder automatically 3 days before the invoice due date',
    ['invoice.created', 'wait(until-P3D); invoice.sendReminder'],
  ],
  [
    'wait',
    'tour booked -> an hour after it ends add a note "visited" on their enquiry',
    ['booking.created', 'wait(until+PT1H); crm.addNote'],
  ],
  [
    'wait',
    'new enquiry → email them the registration form link, then wait up to 5 days for the form to come back. if it doesnt, send a nudge email',
    ['lead.created', 'email.send; waitFor(form.submitted,P5D,timeout:[email.send])'],
  ],
  [
    'wait',
    'when a parent books a visit, wait 3 working days then remind Lucy to give them a ring',
    ['booking.created', 'wait(3BD); notify.team'],
  ],
  [
    'wait',
    'Invoice issued: wait up to 14 days for payment. Paid = email a thank you, not paid = tell the manager',
    ['invoice.created', 'waitFor(invoice.paid,P14D,event:[email.send],timeout:[notify.team])'],
  ],
  [
    'wait',
    'waitlist enquiries (tagged waitlist) - wait 2 weeks after they come in and then email them an update on places',
    ['lead.created {"lead.tags":["waitlist"]}', 'wait(P14D); email.send'],
    [['lead.created {"lead.tags":["waitlist"]}', 'wait(P2W); email.send']],
  ],
  [
    'condition',
    'new enquiry: if its tagged baby room notify Priya, otherwise notify Tom',
    ['lead.created', 'if(trigger.lead.tags contains "baby room")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'When the enquiry form is submitted and the child age field is under 2, tell the baby room lead',
    ['form.submitted', 'if(trigger.fields.age lt 2)[notify.team]'],
  ],
  [
    'condition',
    "Our fees chasing is a nightmare. When an invoice goes overdue I'd like it to check how late it is - if it's more than 30 days overdue tell the owner (she'll phone them), otherwise just send the usual reminder to the parent. Cheers, Bev",
    ['invoice.overdue', 'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'when an invoice gets paid and its over £1000 post in slack',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 100000)[notify.slack]'],
    [['invoice.paid {"invoice.totalCents":[{"numeric":[">",100000]}]}', 'notify.slack']],
  ],
  [
    'condition',
    'show round booked - if location is Riverside tell Jo, else tell Sam',
    ['booking.created', 'if(trigger.booking.location eq "Riverside")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'If a parent emails and the subject has "sick" or "unwell" in it, alert the room leader straight away',
    [
      'email.received',
      'if((trigger.subject contains "sick" or trigger.subject contains "unwell"))[notify.team]',
    ],
  ],
  [
    'condition',
    'new lead. if the source is "facebook" email them the facebook open day offer, otherwise the normal welcome email',
    ['lead.created', 'if(trigger.lead.source eq "facebook")[email.send]else[email.send]'],
  ],
  [
    'condition',
    'enrolment form in -> if they said yes to funded hours (funded field = yes) email them the funding declaration form',
    ['form.submitted', 'if(trigger.fields.funded eq "yes")[email.send]'],
  ],
  [
    'condition',
    "when an invoice goes overdue, if we've already sent 3 or more reminders tell the manager, if not send another reminder. don't want to keep hassling families who are obviously struggling, the manager will have a chat with them instead",
    ['invoice.overdue', 'if(trigger.invoice.reminderCount gte 3)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    'new enquiry with no phone number -> email them asking for a contact number',
    ['lead.created', 'if(trigger.lead.phone exists false)[email.send]'],
    [['lead.created {"lead.phone":[null]}', 'email.send']],
  ],
  [
    'condition',
    'every morning 8am check todays visits. none booked = post "no visits today" in slack, otherwise post the list',
    ['cron(0 8 * * ? *)', 'calendar.find; if(steps.find.count eq 0)[notify.slack]else[notify.slack]'],
  ],
  [
    'condition',
    "new enquiry, if they're tagged sibling tell Claire (siblings get priority) and add a note to the lead saying priority",
    ['lead.created', 'if(trigger.lead.tags contains "sibling")[notify.team; crm.addNote]'],
  ],
  [
    'condition',
    'when a tour is cancelled and the reason says "found another nursery", mark that enquiry as lost',
    ['booking.cancelled', 'if(trigger.reason contains "found another nursery")[crm.updateLead]'],
  ],
  [
    'many',
    "Hi! So every Friday at 4pm I'd like the weekly newsletter emailed out to all our current families - they're the ones marked as customers in the CRM. At the moment Hannah does it by hand and it takes her ages x",
    ['cron(0 16 ? * FRI *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'on the 25th at 10am send a payment reminder to everyone with an unpaid invoice',
    ['cron(0 10 25 * ? *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    'each day at 5pm email every family with a center tour tomorrow a quick reminder, we get so many no-shows otherwise',
    ['cron(0 17 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'I want a button I can press that emails everyone tagged waitlist an update about September places',
    ['manual', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'monday mornings 9am chase all the overdue fees - reminder to each one',
    ['cron(0 9 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    'daily at 10am: any enquiry we emailed 7+ days ago who never replied gets a follow up email',
    ['cron(0 10 * * ? *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'Mondays 9am: for each new enquiry from the last 7 days email the parent asking if theyd like to book a show round',
    ['cron(0 9 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'when i run it, mark every enquiry tagged "sept-2025-intake" as lost pls, that intake is closed',
    ['manual', 'crm.findLeads; forEach[crm.updateLead]'],
  ],
  [
    'many',
    "every evening at 6, for each of tomorrow's show rounds email the parent and add a note on their lead that we reminded them",
    ['cron(0 18 * * ? *)', 'calendar.find; forEach[email.send; crm.addNote]'],
  ],
];

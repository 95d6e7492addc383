import type { HeldOutCase } from '../heldout';

/** Set 28, rows 1–65 in the order written. */
export const FIRST_28: readonly HeldOutCase[] = [
  [
    'event',
    'when a new candidate gets added send them our welcome email and post it in #new-cands on slack',
    ['lead.created', 'email.send; notify.slack'],
  ],
  [
    'event',
    'Interview booked -> email the candidate the address + dress code, and tell Ciarán',
    ['booking.created', 'email.send; notify.team'],
  ],
  ['event', 'interview cancelled? tell the consultant asap', ['booking.cancelled', 'notify.team']],
  [
    'event',
    'Whenever a client pays one of our invoices, log it and send them a thank you mail',
    ['invoice.paid', 'log; email.send'],
  ],
  [
    'event',
    'candidate replies to any of our emails -> put a note on their profile with what they said',
    ['email.received', 'crm.addNote'],
  ],
  [
    'event',
    'When the "timesheet" form is submitted forward it to payroll@brightstaff.co.uk',
    ['form.submitted {"form":["timesheet"]}', 'email.send'],
  ],
  [
    'event',
    'new invoice raised for a client, email the details over to accounts@hireright-staffing.ie',
    ['invoice.created', 'email.send'],
  ],
  [
    'event',
    'whenever a right to work doc is uploaded into the RTW folder, notify Lerato in compliance',
    ['file.updated {"file.folder":["RTW"]}', 'notify.team'],
  ],
  [
    'event',
    'Invoice goes overdue - chase it with a reminder and tell Anil in accounts',
    ['invoice.overdue', 'invoice.sendReminder; notify.team'],
  ],
  ['event', 'cand updated → msg slack #crm-changes', ['lead.updated', 'notify.slack']],
  [
    'event',
    'Each time one of our workflows fails, email me at dave@apexrecruit.co.uk so I can look at it',
    ['workflow.failed', 'email.send'],
  ],
  [
    'event',
    "when a lead comes in tagged 'client' (thats a new client job order) send it to Siobhan and book a 30 min intake call with them",
    ['lead.created {"lead.tags":["client"]}', 'notify.team; calendar.schedule'],
    [['lead.created', 'if(trigger.lead.tags contains "client")[notify.team; calendar.schedule]']],
  ],
  [
    'event',
    'when the jobs inbox gets an email post who its from and the subject in #inbox',
    ['email.received', 'notify.slack'],
  ],
  [
    'event',
    'hi, when someone fills in the candidate registration form on our site can you email them back to say we got their CV and someone will be in touch within 48hrs. thanks, Naledi',
    ['form.submitted', 'email.send'],
  ],
  [
    'event',
    'booking made → note on the candidate + post in slack',
    ['booking.created', 'crm.addNote; notify.slack'],
  ],
  [
    'event',
    'New candidates with source LinkedIn should go to Karthik, just message him with their name n email',
    ['lead.created {"lead.source":["LinkedIn"]}', 'notify.team'],
    [['lead.created', 'if(trigger.lead.source eq "LinkedIn")[notify.team]']],
  ],
  [
    'schedule',
    'every monday 9am post in slack reminding consultants to chase their temps for timesheets',
    ['cron(0 9 ? * MON *)', 'notify.slack'],
  ],
  [
    'schedule',
    'Fridays 12 noon UK time, email timesheets@staffline-uk.co.uk reminding payroll to close off the week',
    ['cron(0 12 ? * FRI *) Europe/London', 'email.send'],
  ],
  [
    'schedule',
    'On the 1st of every month at 8am (Joburg time) send a slack msg reminding consultants to update their BEE paperwork',
    ['cron(0 8 1 * ? *) Africa/Johannesburg', 'notify.slack'],
  ],
  [
    'schedule',
    'every weekday 5.30pm IST post a reminder in #delhi-desk to log all calls in the CRM before leaving',
    ['cron(30 17 ? * MON-FRI *) Asia/Kolkata', 'notify.slack'],
  ],
  [
    'schedule',
    'every hour hit https://api.jobsboard.ie/v2/feed and log what comes back',
    ['rate(1 hour)', 'http.request; log'],
    [['cron(0 * * * ? *)', 'http.request; log']],
  ],
  [
    'schedule',
    'last working day of the month, 4pm Irish time, remind Aoife to run the invoicing',
    ['cron(0 16 LW * ? *) Europe/Dublin', 'notify.team'],
  ],
  [
    'schedule',
    'every 15 mins POST to our ATS sync endpoint https://ats.talentbridge.co.za/sync',
    ['rate(15 minutes)', 'http.request'],
    [['cron(0/15 * * * ? *)', 'http.request']],
  ],
  [
    'schedule',
    'Sunday evenings at 7 remind Priya to prep the monday shortlists',
    ['cron(0 19 ? * SUN *)', 'notify.team'],
  ],
  [
    'schedule',
    'on 23/12 at 10am post in #general that the office closes at 1pm, merry xmas all',
    ['at(2026-12-23T10:00:00)', 'notify.slack'],
  ],
  [
    'schedule',
    'every tues and thurs at half 8 remind Thabo to ring the clients with open job orders',
    ['cron(30 8 ? * TUE,THU *)', 'notify.team'],
  ],
  [
    'schedule',
    'at 9 and 3 every weekday post "check the shifts board!!" in #temps-desk',
    ['cron(0 9,15 ? * MON-FRI *)', 'notify.slack'],
  ],
  [
    'schedule',
    'every morning at 7:45 Dublin time message Niamh to do the agency worker check-ins',
    ['cron(45 7 * * ? *) Europe/Dublin', 'notify.team'],
  ],
  [
    'schedule',
    'each quarter (1st Jan, Apr, Jul, Oct) 9am email compliance@peoplefirst.co.uk to start the RTW re-checks',
    ['cron(0 9 1 1,4,7,10 ? *)', 'email.send'],
  ],
  [
    'schedule',
    'Kindly call https://hooks.payrollpro.in/pull every 2 days to pull the timesheets',
    ['rate(2 days)', 'http.request'],
  ],
  [
    'wait',
    "3 days after a new candidate registers, send them a check in email asking if they've any questions",
    ['lead.created', 'wait(P3D); email.send'],
  ],
  [
    'wait',
    'when we send a candidate a job spec and they dont reply within 2 days, send them a follow up',
    ['email.sent[message]', 'waitFor(email.received,P2D,timeout:[email.send])'],
  ],
  [
    'wait',
    'after an interview finishes, wait an hour then email the candidate asking how it went',
    ['booking.created', 'wait(until); wait(PT1H); email.send'],
    [['booking.created', 'wait(until+PT1H); email.send']],
  ],
  [
    'wait',
    'New client invoice → give them 7 days → if its not paid by then send a reminder',
    ['invoice.created', 'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder])'],
  ],
  [
    'wait',
    'when a candidate registers email them the RTW checklist, then wait up to 5 days for them to reply. if they reply tell Callum, if not mark them as lost',
    ['lead.created', 'email.send; waitFor(email.received,P5D,event:[notify.team],timeout:[crm.updateLead])'],
  ],
  [
    'wait',
    "once an interview is booked, wait till it's over and then ask the consultant for feedback",
    ['booking.created', 'wait(until); notify.team'],
  ],
  [
    'wait',
    "cand gets tagged 'placed' -> 4 weeks later email them to see how the new job is going",
    ['lead.updated {"lead.tags":["placed"]}', 'wait(P4W); email.send'],
    [['lead.updated {"lead.tags":["placed"]}', 'wait(P28D); email.send']],
  ],
  [
    'wait',
    "I'll kick this off myself with the candidate's email: send them the contract, wait up to 7 days for the signed copy to come back by email, if nothing by then tell Sipho",
    ['manual', 'email.send; waitFor(email.received,P7D,timeout:[notify.team])'],
  ],
  [
    'wait',
    'Morning! For overdue invoices can we do this: send the reminder straight away, wait 5 days, then send another reminder and let Pieter know so he can phone them if needs be. Cheers',
    ['invoice.overdue', 'invoice.sendReminder; wait(P5D); invoice.sendReminder; notify.team'],
  ],
  [
    'wait',
    'when a candidate is added wait 30 mins then send the registration pack email',
    ['lead.created', 'wait(PT30M); email.send'],
  ],
  [
    'wait',
    'For each new interview booking, wait until the interview starts then post in #interviews that the candidate is in with the client now',
    ['booking.created', 'wait(until); notify.slack'],
  ],
  [
    'wait',
    'new candidate: send welcome, wait 2 days, send the compliance docs request, wait another 2 days, then a final nudge',
    ['lead.created', 'email.send; wait(P2D); email.send; wait(P2D); email.send'],
  ],
  [
    'wait',
    'when a client job order comes through the form, wait for them to book a call with us, up to 3 days. no booking by then? email them the booking link again',
    ['form.submitted', 'waitFor(booking.created,P3D,timeout:[email.send])'],
  ],
  [
    'condition',
    'Hello team, we have two desks now. When a new candidate comes into the system and they are tagged nurse, kindly send the details to Deepa (healthcare desk), otherwise send to Ravi who is handling all other profiles. Thanks and regards, Anil',
    ['lead.created', 'if(trigger.lead.tags contains "nurse")[notify.team]else[notify.team]'],
  ],
  [
    'condition',
    'When an invoice is overdue by more than 30 days tell the MD (Gareth), otherwise just send the usual reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    "new candidate with expected salary (we use the value field) above 60k -> flag to Callum, else just add a note 'standard'",
    ['lead.created', 'if(trigger.lead.value gt 60000)[notify.team]else[crm.addNote]'],
  ],
  [
    'condition',
    'when someone fills our apply form, if they gave an email create them as a candidate, if not post it in slack for someone to follow up manually',
    ['form.submitted', 'if(trigger.lead exists true)[crm.createLead]else[notify.slack]'],
    [['form.submitted', 'if(trigger.lead.email exists true)[crm.createLead]else[notify.slack]']],
  ],
  [
    'condition',
    'if an invoice over R50 000 gets paid post a 🎉 in #wins',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 5000000)[notify.slack]'],
    [['invoice.paid {"invoice.totalCents":[{"numeric":[">",5000000]}]}', 'notify.slack']],
  ],
  [
    'condition',
    "When an interview gets cancelled: if the reason mentions 'client' let the account manager Aoife know, else email the candidate to rebook",
    ['booking.cancelled', 'if(trigger.reason contains "client")[notify.team]else[email.send]'],
  ],
  [
    'condition',
    "when a candidate emails in, if the subject has 'unsubscribe' in it mark them as lost, otherwise forward it to the team",
    ['email.received', 'if(trigger.subject contains "unsubscribe")[crm.updateLead]else[notify.team]'],
  ],
  [
    'condition',
    'Hi, when a new booking is made and there is no attendee email on it, pls alert Lerato so she can fix it, otherwise send the confirmation to the attendee',
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.team]else[email.send]'],
    [['booking.created', 'if(trigger.booking.attendeeEmail exists true)[email.send]else[notify.team]']],
  ],
  [
    'condition',
    "when the 'shift cover' form comes in, if location is Cork send it to Ciarán else to Siobhán",
    [
      'form.submitted {"form":["shift cover"]}',
      'if(trigger.fields.location eq "Cork")[notify.team]else[notify.team]',
    ],
  ],
  [
    'condition',
    "new lead where source is Indeed or Reed -> tag 'jobboard', anything else tag 'direct'",
    [
      'lead.created',
      'if((trigger.lead.source eq "Indeed" or trigger.lead.source eq "Reed"))[crm.updateLead]else[crm.updateLead]',
    ],
    [['lead.created', 'if(trigger.lead.source in ["Indeed","Reed"])[crm.updateLead]else[crm.updateLead]']],
  ],
  [
    'condition',
    'invoice created - if its in EUR send a copy to finance.ie@gradstaff.com, otherwise to finance.uk@gradstaff.com',
    ['invoice.created', 'if(trigger.invoice.currency eq "EUR")[email.send]else[email.send]'],
  ],
  [
    'condition',
    'when a reply comes in and we know which candidate it is add a note on them, if we dont know who it is post it in #unknown-replies',
    ['email.received', 'if(trigger.leadId exists true)[crm.addNote]else[notify.slack]'],
  ],
  [
    'condition',
    'When a new candidate is added with a day rate (value) of 500 or more AND tagged locum, notify Karthik. otherwise just log it',
    [
      'lead.created',
      'if((trigger.lead.value gte 500 and trigger.lead.tags contains "locum"))[notify.team]else[log]',
    ],
  ],
  [
    'many',
    'every evening at 6 email every candidate who has an interview tomorrow a reminder with the time',
    ['cron(0 18 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'Right so every Friday at 10 in the morning I want the system to find all of the candidates we have tagged as available and email each of them asking them to confirm their availability for next week, it saves the girls ringing round all afternoon',
    ['cron(0 10 ? * FRI *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'each monday around 9 chase every unpaid client invoice with a reminder',
    ['cron(0 9 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    "when I press run, send all the 'lost' candidates an email saying we've got loads of new roles in",
    ['manual', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'every morning 8am SA time, for each interview on today, send Thabo a heads up on slack',
    ['cron(0 8 * * ? *) Africa/Johannesburg', 'calendar.find; forEach[notify.team]'],
  ],
  [
    'many',
    "Every Wednesday at 11am: find every candidate we emailed 5 days ago or more who never came back to us, and send each one a last nudge. Nothing fancy, just a short 'are you still looking?' email. If they still ignore it thats fine",
    ['cron(0 11 ? * WED *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    '1st of the month at 9: for every overdue invoice send a reminder and also add a note on the client record',
    ['cron(0 9 1 * ? *)', 'invoice.find; forEach[invoice.sendReminder; crm.addNote]'],
  ],
  [
    'many',
    'Every Thursday 2pm take all candidates tagged nhs-band5 and write + send each of them a personalised email about the new ward roles',
    ['cron(0 14 ? * THU *)', 'crm.findLeads; forEach[email.draft; email.send]'],
  ],
  [
    'many',
    'when i run it: get all candidates tagged pending-rtw, remind each one to upload their right to work docs and tag them rtw-chased',
    ['manual', 'crm.findLeads; forEach[email.send; crm.updateLead]'],
  ],
];

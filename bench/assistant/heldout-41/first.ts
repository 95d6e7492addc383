import type { HeldOutCase } from '../heldout';

/** Set 41, rows 1–65 in the order written. */
export const FIRST_41: readonly HeldOutCase[] = [
  [
    'event',
    'when a new booking comes in send the guest a confirmation email with check in times (3-9pm) and the parking info',
    ['booking.created', 'email.send'],
  ],
  [
    'event',
    'new booking -> ping reception on slack pls',
    ['booking.created', 'notify.slack'],
    [['booking.created', 'notify.team']],
  ],
  [
    'event',
    'If a guest cancels their booking can you let Siobhan know by email',
    ['booking.cancelled', 'notify.team'],
  ],
  [
    'event',
    'whenever a guest emails us back, pop a note on their guest profile with what they said',
    ['email.received', 'crm.addNote'],
  ],
  [
    'event',
    "When someone is added as a new guest in the system send them our 'Welcome to Wanaka' email",
    ['lead.created', 'email.send'],
  ],
  [
    'event',
    'deposit goes overdue = send the guest the payment reminder automatically',
    ['invoice.overdue', 'invoice.sendReminder'],
  ],
  [
    'event',
    'Every time a booking gets cancelled post it in #frontdesk with the dates so we can re-sell the room',
    ['booking.cancelled', 'notify.slack'],
  ],
  [
    'event',
    'when a guest pays their balance, email them the pre-arrival info with the key safe code',
    ['invoice.paid', 'email.send'],
  ],
  ['event', 'if one of the automations fails tell Marco straight away', ['workflow.failed', 'notify.team']],
  [
    'event',
    'When a booking is made create a guest record for whoever booked it',
    ['booking.created', 'crm.createLead'],
  ],
  [
    'event',
    'booking cancelled - email the guest confirming the cancellation + remind them the deposit is non-refundable',
    ['booking.cancelled', 'email.send'],
  ],
  [
    'event',
    "new guest comes in with source 'Expedia' -> tag them ota",
    ['lead.created {"lead.source":["Expedia"]}', 'crm.updateLead'],
    [['lead.created', 'if(trigger.lead.source eq "Expedia")[crm.updateLead]']],
  ],
  [
    'event',
    'any email that comes in to groups@thelarkinn.co.uk forward it on to Tom',
    ['email.received {"to":["groups@thelarkinn.co.uk"]}', 'notify.team'],
  ],
  [
    'event',
    'When we raise an invoice, email a copy of the details to our bookkeeper at accounts@casalucia.it',
    ['invoice.created', 'email.send'],
    [['invoice.created', 'notify.team']],
  ],
  [
    'event',
    'someone fills out the contact form on our website → message the front desk on slack right away',
    ['form.submitted', 'notify.slack'],
    [['form.submitted', 'notify.team']],
  ],
  [
    'event',
    'hey - when a guest becomes a customer (status changes to customer) could u send them a thank you for choosing us email',
    ['lead.updated {"lead.status":["customer"]}', 'email.send'],
  ],
  [
    'schedule',
    'every day at 7am post the list of todays arrivals in slack',
    ['cron(0 7 * * ? *)', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'each friday 4pm remind housekeeping on slack to deep clean rooms 1-6 over the weekend',
    ['cron(0 16 ? * FRI *)', 'notify.slack'],
    [['cron(0 16 ? * FRI *)', 'notify.team']],
  ],
  [
    'schedule',
    'On the 1st of every month at 9am email mary@murphyaccounts.ie to say the month end invoices are ready',
    ['cron(0 9 1 * ? *)', 'email.send'],
    [['cron(0 9 1 * ? *)', 'notify.team']],
  ],
  [
    'schedule',
    'mon-fri at 10.30 remind whoever is on the desk to chase any unpaid deposits',
    ['cron(30 10 ? * MON-FRI *)', 'notify.team'],
  ],
  [
    'schedule',
    "6pm every evening NZ time send Aroha tomorrow's arrivals",
    ['cron(0 18 * * ? *) Pacific/Auckland', 'calendar.find; notify.team'],
  ],
  [
    'schedule',
    'Every hour check for overdue invoices and post them to slack',
    ['rate(1 hour)', 'invoice.find; notify.slack'],
  ],
  [
    'schedule',
    'sunday nights 8pm tell Liam whats booked for the next 7 days',
    ['cron(0 20 ? * SUN *)', 'calendar.find; notify.team'],
  ],
  [
    'schedule',
    "11am every day message the team that checkout is at 11 and to flag any rooms that haven't left yet",
    ['cron(0 11 * * ? *)', 'notify.team'],
    [['cron(0 11 * * ? *)', 'notify.slack']],
  ],
  [
    'schedule',
    'On 20/12/2026 at 9am post a reminder in #kitchen that the christmas menu starts tomorrow',
    ['at(2026-12-20T09:00:00)', 'notify.slack'],
  ],
  [
    'schedule',
    'every 15 minutes call https://api.oldrectory-b-and-b.com/sync to pull the latest availability',
    ['rate(15 minutes)', 'http.request'],
  ],
  [
    'schedule',
    "Weekdays 8am Eastern, post today's check-ins to #front-desk",
    ['cron(0 8 ? * MON-FRI *) America/New_York', 'calendar.find; notify.slack'],
  ],
  [
    'schedule',
    'at 15:00 every day italian time - email the kitchen cucina@villarosa.it with tonights dinner bookings',
    ['cron(0 15 * * ? *) Europe/Rome', 'calendar.find; email.send'],
  ],
  [
    'schedule',
    'every monday 9am send Patrick the list of unpaid invoices',
    ['cron(0 9 ? * MON *)', 'invoice.find; notify.team'],
  ],
  [
    'schedule',
    'every night at 2am save the next 7 days of bookings to a file in the backups folder',
    ['cron(0 2 * * ? *)', 'calendar.find; files.create'],
  ],
  [
    'wait',
    "Send guests a 'how was your stay' email 2 days after they check out",
    ['booking.created', 'wait(until+P2D); email.send'],
  ],
  [
    'wait',
    'a day before arrival email the guest directions + check-in info',
    ['booking.created', 'wait(until-P1D); email.send'],
  ],
  [
    'wait',
    "3 hrs after check in time send a quick 'settling in ok?' email",
    ['booking.created', 'wait(until+PT3H); email.send'],
  ],
  [
    'wait',
    'group booking enquiry form comes in: email them our group rates, and if they havent replied in 3 days send a follow up',
    ['form.submitted', 'email.send; waitFor(email.received,P3D,timeout:[email.send])'],
  ],
  [
    'wait',
    'After checkout wait 7 days then ask them to leave us a review on Tripadvisor',
    ['booking.created', 'wait(until); wait(P7D); email.send'],
    [['booking.created', 'wait(until+P7D); email.send']],
  ],
  [
    'wait',
    "when we send out a deposit invoice give them 5 days to pay, if it's still not paid send a reminder",
    ['invoice.created', 'waitFor(invoice.paid,P5D,timeout:[invoice.sendReminder])'],
  ],
  [
    'wait',
    'New enquiry from the website form - wait 1 business day then remind Nicola to ring them',
    ['form.submitted', 'wait(1BD); notify.team'],
  ],
  [
    'wait',
    'email the guest 14 days before their stay to remind them the balance is due',
    ['booking.created', 'wait(until-P14D); email.send'],
  ],
  [
    'wait',
    'after someone books wait 10 mins then send them the upsell email (breakfast, parking, late checkout)',
    ['booking.created', 'wait(PT10M); email.send'],
  ],
  [
    'wait',
    'New booking: email the registration form link, then wait up to 2 days for them to reply. no reply -> tell Jess to phone them',
    ['booking.created', 'email.send; waitFor(email.received,P2D,timeout:[notify.team])'],
  ],
  [
    'wait',
    'invoice overdue: send the reminder, then wait a week and if still not paid let the manager know',
    ['invoice.overdue', 'invoice.sendReminder; waitFor(invoice.paid,P7D,timeout:[notify.team])'],
    [['invoice.overdue', 'invoice.sendReminder; waitFor(invoice.paid,P1W,timeout:[notify.team])']],
  ],
  [
    'wait',
    'the day after check out, email them 10% off their next stay (code COMEBACK10)',
    ['booking.created', 'wait(until+P1D); email.send'],
  ],
  [
    'wait',
    "when a booking is cancelled wait 3 working days and then email the guest asking if there's anything we could have done better",
    ['booking.cancelled', 'wait(3BD); email.send'],
  ],
  [
    'condition',
    'when a booking comes in and the notes mention a dog, email them our pet policy',
    ['booking.created', 'if(trigger.booking.notes contains "dog")[email.send]'],
    [['booking.created {"booking.notes":[{"wildcard":"*dog*"}]}', 'email.send']],
  ],
  [
    'condition',
    'when an invoice is paid, if its over €1000 tell Giulia, otherwise just log it',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 100000)[notify.team]else[log]'],
  ],
  [
    'condition',
    "Guest cancels - if the booking title has 'Group' in it alert Mark on slack, otherwise send the standard cancellation email",
    ['booking.cancelled', 'if(trigger.booking.title contains "Group")[notify.team]else[email.send]'],
  ],
  [
    'condition',
    "New guest added: if the source is Expedia tag them 'ota' otherwise tag them 'direct'",
    ['lead.created', 'if(trigger.lead.source eq "Expedia")[crm.updateLead]else[crm.updateLead]'],
  ],
  [
    'condition',
    'if a deposit is more than 14 days overdue email Sean, otherwise just send the guest a reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 14)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    "when a guest emails in and the subject has 'complaint' in it notify the GM immediately",
    ['email.received', 'if(trigger.subject contains "complaint")[notify.team]'],
    [['email.received {"subject":[{"wildcard":"*complaint*"}]}', 'notify.team']],
  ],
  [
    'condition',
    'booking comes in with no email address on it -> tell reception to get one',
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.team]'],
    [['booking.created', 'if(not trigger.booking.attendeeEmail exists true)[notify.team]']],
  ],
  [
    'condition',
    'new lead worth more than $5000 (weddings, big groups) - tell Francesca and email them the group brochure. anything smaller just gets the normal welcome email',
    ['lead.created', 'if(trigger.lead.value gt 5000)[notify.team; email.send]else[email.send]'],
  ],
  [
    'condition',
    'when a booking comes in from a guest tagged vip let chef know so he can do the welcome platter',
    ['booking.created', 'if(trigger.lead.tags contains "vip")[notify.team]'],
    [['booking.created {"lead.tags":["vip"]}', 'notify.team']],
  ],
  [
    'condition',
    "When an invoice is raised and the currency isn't EUR, ask Lucia to double check the exchange rate",
    ['invoice.created', 'if(trigger.invoice.currency ne "EUR")[notify.team]'],
    [['invoice.created {"invoice.currency":[{"anything-but":["EUR"]}]}', 'notify.team']],
  ],
  [
    'condition',
    'form submitted -> reply to the guest thanking them, then if they answered yes to dinner email the kitchen at kitchen@thegables.co.nz',
    ['form.submitted', 'email.send; if(trigger.fields.dinner eq "yes")[email.send]'],
  ],
  [
    'condition',
    'if a booking is for the Garden Suite email the guest the separate entrance instructions',
    ['booking.created', 'if(trigger.booking.location eq "Garden Suite")[email.send]'],
    [['booking.created {"booking.location":["Garden Suite"]}', 'email.send']],
  ],
  [
    'condition',
    "when someone emails reservations and they're not already in the system as a guest, add them as a new lead",
    ['email.received', 'if(trigger.leadId exists false)[crm.createLead]'],
  ],
  [
    'many',
    'every morning at 9 email each guest arriving today with the check-in details',
    ['cron(0 9 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    "6pm the night before: send every guest who's arriving tomorrow a reminder with the parking details",
    ['cron(0 18 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'On 1 Dec 2026 at 10am email all guests tagged past-guest our christmas party nights offer',
    ['at(2026-12-01T10:00:00)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'evry monday 9am send a payment remider for every unpaid invoice',
    ['cron(0 9 ? * MON *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    'Each day at 4pm for every overdue deposit send the reminder and add a note to the guest',
    ['cron(0 16 * * ? *)', 'invoice.find; forEach[invoice.sendReminder; crm.addNote]'],
  ],
  [
    'many',
    'fridays 10am - email all the guests that came in via booking.com this week inviting them to book direct next time (10% off)',
    ['cron(0 10 ? * FRI *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    'Sunday 7pm send each guest checking in over the next 7 days a heads up about the roadworks on the high st',
    ['cron(0 19 ? * SUN *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    "every morning at 7.30 for each guest arriving today add a note 'arrival day' on their record",
    ['cron(30 7 * * ? *)', 'calendar.find; forEach[crm.addNote]'],
  ],
  [
    'many',
    "1st of each month at 9 email every guest tagged loyalty with this month's member rate",
    ['cron(0 9 1 * ? *)', 'crm.findLeads; forEach[email.send]'],
  ],
];

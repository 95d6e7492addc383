import type { HeldOutCase } from '../heldout';

/** Set 32, rows 1–65 in the order written. */
export const FIRST_32: readonly HeldOutCase[] = [
  [
    'event',
    'new customer added -> send them the welcome email w/ the WELCOME10 code',
    ['lead.created', 'email.send'],
  ],
  [
    'event',
    'when a customer gets tagged vip pls ping #vip-orders on slack so we can add a handwritten note to their next parcel',
    ['lead.updated {"lead.tags":["vip"]}', 'notify.slack'],
  ],
  ['event', 'If an invoice goes overdue tell Marcus in accounts', ['invoice.overdue', 'notify.team']],
  [
    'event',
    'when someone cancels their in-store styling appt, email them the link to rebook (oakandfern.co.uk/book)',
    ['booking.cancelled', 'email.send'],
  ],
  [
    'event',
    'anything that lands in hello@oakandfern.co.uk should get posted in #support',
    ['email.received {"to":["hello@oakandfern.co.uk"]}', 'notify.slack'],
  ],
  [
    'event',
    "new lead with source etsy → tag them 'etsy-buyer'",
    ['lead.created {"lead.source":["etsy"]}', 'crm.updateLead'],
  ],
  ['event', 'if any of our automations fails, email Dan straight away', ['workflow.failed', 'notify.team']],
  [
    'event',
    'When a new invoice is raised for more than $2,000 let me (Carla) know on slack',
    ['invoice.created {"invoice.totalCents":[{"numeric":[">",200000]}]}', 'notify.team'],
    [['invoice.created', 'if(trigger.invoice.totalCents gt 200000)[notify.team]']],
  ],
  [
    'event',
    'customer marked as lost? send the we-miss-you email with code COMEBACK15',
    ['lead.updated {"lead.status":["lost"]}', 'email.send'],
    // the status change TO x (docs/assistant.md, session 42): lead.status would fire on every later update at x
    [['lead.updated {"changes.status.to":["lost"]}', 'email.send']],
  ],
  [
    'event',
    'whenever a file gets added to the supplier-invoices folder let Tom know',
    ['file.updated {"file.folder":["supplier-invoices"]}', 'notify.team'],
  ],
  [
    'event',
    'when somebody signs up thru the newsletter box on our webflow site, add them as a lead tagged newsletter',
    ['form.submitted {"source":["webflow"]}', 'crm.createLead'],
    [['webhook:webflow', 'crm.createLead']],
  ],
  [
    'event',
    'whenever a shopify order gets paid, send the customer a quick thank-you from Sam (founder) - plain text, nothing fancy',
    ['invoice.paid {"invoice.id":[{"prefix":"shopify:"}]}', 'email.send'],
    [
      ['invoice.paid', 'email.send'],
      ['webhook:shopify {"webhook.type":["orders/paid"]}', 'email.send'],
    ],
  ],
  [
    'event',
    'when a customer replies to one of our emails, add a note on their record saying they replied',
    ['email.received', 'crm.addNote'],
  ],
  [
    'event',
    'someone books a call on our calendar -> post it in #wholesale with the time',
    ['booking.created', 'notify.slack'],
  ],
  [
    'event',
    'when a stripe invoice gets paid email accounts@brambleandwick.com so they can reconcile',
    ['invoice.paid {"invoice.id":[{"prefix":"stripe:"}]}', 'email.send'],
    [
      ['webhook:stripe', 'email.send'],
      ['invoice.paid', 'email.send'],
    ],
  ],
  [
    'event',
    'new tally form submission = new lead pls, and slack the details to me (Hannah)',
    ['form.submitted {"source":["tally"]}', 'crm.createLead; notify.team'],
    [['webhook:tally', 'crm.createLead; notify.team']],
  ],
  [
    'schedule',
    'every monday at 9 post in #warehouse reminding everyone to do the weekly stock count',
    ['cron(0 9 ? * MON *)', 'notify.slack'],
  ],
  [
    'schedule',
    '1st of each month 8am UK time - email our accountant linda@ledgerly.co.uk reminding her to chase supplier invoices',
    ['cron(0 8 1 * ? *) Europe/London', 'email.send'],
  ],
  [
    'schedule',
    'weekdays 4:30pm eastern: slack #packing that the UPS cutoff is at 5',
    ['cron(30 16 ? * MON-FRI *) America/New_York', 'notify.slack'],
  ],
  [
    'schedule',
    'ping https://sync.mapleandmoss.ca/inventory/refresh every 15 minutes so the inventory sync stays awake',
    ['rate(15 minutes)', 'http.request'],
  ],
  [
    'schedule',
    'Fridays 3pm pacific email warehouse@thriftedthreads.com the weekly shipping checklist reminder',
    ['cron(0 15 ? * FRI *) America/Los_Angeles', 'email.send'],
  ],
  [
    'schedule',
    'On Nov 27 2026 at 7am eastern post "BFCM is LIVE, all hands on deck" in #general',
    ['at(2026-11-27T07:00:00) America/New_York', 'notify.slack'],
  ],
  [
    'schedule',
    'last day of every month at 5pm remind Olu to reconcile the etsy payouts',
    ['cron(0 17 L * ? *)', 'notify.team'],
  ],
  [
    'schedule',
    'every morning at 7 get the AI to write me an instagram caption idea for the day and email it to me at priya@loomandlantern.com',
    ['cron(0 7 * * ? *)', 'email.draft; email.send'],
  ],
  [
    'schedule',
    'hit our reorder hook (POST https://hooks.fernandfable.com/reorder) once an hour',
    ['rate(1 hour)', 'http.request'],
  ],
  [
    'schedule',
    'first monday of the month at 10am london time email orders@brightpack.co.uk to reorder our mailer boxes (500 x medium)',
    ['cron(0 10 ? * 2#1 *) Europe/London', 'email.send'],
  ],
  [
    'schedule',
    'mon-fri 9am central remind Ashley to clear the returns shelf',
    ['cron(0 9 ? * MON-FRI *) America/Chicago', 'notify.team'],
  ],
  [
    'schedule',
    'twice a day, 9am and 3pm, remind #cs to clear the inbox backlog',
    ['cron(0 9,15 * * ? *)', 'notify.slack'],
  ],
  [
    'schedule',
    'quarterly VAT reminder to me (Gemma) - 9am on the 1st of jan, apr, jul and oct',
    ['cron(0 9 1 1,4,7,10 ? *)', 'notify.team'],
  ],
  [
    'schedule',
    'every tuesday 11am vancouver time remind #marketing to schedule this weeks newsletter',
    ['cron(0 11 ? * TUE *) America/Vancouver', 'notify.slack'],
  ],
  [
    'wait',
    "after an order's paid, wait 10 days then email the customer asking for a reveiw",
    ['invoice.paid', 'wait(P10D); email.send'],
  ],
  [
    'wait',
    'new customer: send the welcome email, then 3 days later send the care guide email',
    ['lead.created', 'email.send; wait(P3D); email.send'],
  ],
  [
    'wait',
    'when we email a customer and they dont reply within 2 working days send them a gentle nudge',
    ['email.sent[message]', 'waitFor(email.received,2BD,timeout:[email.send])'],
  ],
  [
    'wait',
    'invoice created -> wait 25 days -> send payment reminder',
    ['invoice.created', 'wait(P25D); invoice.sendReminder'],
  ],
  [
    'wait',
    'email customers a reminder 24 hrs before their click & collect slot',
    ['booking.created', 'wait(until-PT24H); email.send'],
  ],
  [
    'wait',
    'an hour after a video consultation ends send them the follow up email with the product links we talked about',
    ['booking.created', 'wait(until+PT1H); email.send'],
  ],
  [
    'wait',
    "Wholesale form comes in → wait for them to book an intro call. if they haven't booked within 5 days email them our calendly link",
    ['form.submitted', 'waitFor(booking.created,P5D,timeout:[email.send])'],
  ],
  [
    'wait',
    "Hiya - so when an invoice goes out we give people 14 days to pay. If they pay, send them a thank you email. If they don't, tell Raj so he can give them a ring.",
    ['invoice.created', 'waitFor(invoice.paid,P14D,event:[email.send],timeout:[notify.team])'],
  ],
  [
    'wait',
    'popup signups (source = popup): wait 30 min then send the 10% off code',
    ['lead.created {"lead.source":["popup"]}', 'wait(PT30M); email.send'],
  ],
  [
    'wait',
    'when a supplier invoice arrives at bills@willowandbirch.co.uk wait 3 business days then remind Gemma to pay it',
    ['email.received {"to":["bills@willowandbirch.co.uk"]}', 'wait(3BD); notify.team'],
  ],
  [
    'wait',
    'if a customer cancels their booking wait 2 days and send them a rebooking offer (free gift wrap)',
    ['booking.cancelled', 'wait(P2D); email.send'],
  ],
  [
    'wait',
    'overdue invoice: send a reminder, wait a week, send another one',
    ['invoice.overdue', 'invoice.sendReminder; wait(P7D); invoice.sendReminder'],
  ],
  [
    'wait',
    'after somebody enquires about wholesale via the form, give it 48h then have the AI draft a follow up and send it',
    ['form.submitted', 'wait(PT48H); email.draft; email.send'],
    [['form.submitted', 'wait(P2D); email.draft; email.send']],
  ],
  [
    'condition',
    'when an order is paid and its over £500 post it in #big-orders',
    ['invoice.paid', 'if(trigger.invoice.totalCents gt 50000)[notify.slack]'],
    [['invoice.paid {"invoice.totalCents":[{"numeric":[">",50000]}]}', 'notify.slack']],
  ],
  [
    'condition',
    'New lead - if the source is wholesale tell Priya, otherwise send them the normal retail welcome email',
    ['lead.created', 'if(trigger.lead.source eq "wholesale")[notify.team]else[email.send]'],
  ],
  [
    'condition',
    'inbound email: if the subject mentions refund send it to Jess, everything else goes to #support',
    ['email.received', 'if(trigger.subject contains "refund")[notify.team]else[notify.slack]'],
  ],
  [
    'condition',
    "when a customer record is updated and they've got the 'damaged item' tag, alert Tom",
    ['lead.updated', 'if(trigger.lead.tags contains "damaged item")[notify.team]'],
    [['lead.updated {"lead.tags":["damaged item"]}', 'notify.team']],
  ],
  [
    'condition',
    'overdue invoices: if its more than 30 days late tell Marcus, if not just send the usual reminder',
    ['invoice.overdue', 'if(trigger.daysOverdue gt 30)[notify.team]else[invoice.sendReminder]'],
  ],
  [
    'condition',
    "contact form: if the 'type' field says wholesale add them as a lead tagged wholesale, otherwise add them tagged retail",
    ['form.submitted', 'if(trigger.fields.type eq "wholesale")[crm.createLead]else[crm.createLead]'],
  ],
  [
    'condition',
    'when someone books a slot: no email on the booking -> message Ellie. has an email -> send them the prep checklist',
    ['booking.created', 'if(trigger.booking.attendeeEmail exists false)[notify.team]else[email.send]'],
    [['booking.created', 'if(trigger.booking.attendeeEmail exists true)[email.send]else[notify.team]']],
  ],
  [
    'condition',
    'new lead worth more than 250 → add the high-value tag',
    ['lead.created', 'if(trigger.lead.value gt 250)[crm.updateLead]'],
    [['lead.created {"lead.value":[{"numeric":[">",250]}]}', 'crm.updateLead']],
  ],
  [
    'condition',
    "booking cancelled & the reason has 'out of stock' in it → let Nina (buyer) know",
    ['booking.cancelled', 'if(trigger.reason contains "out of stock")[notify.team]'],
  ],
  [
    'condition',
    'when an invoice is paid in CAD tell Chloe, she handles the canadian account',
    ['invoice.paid', 'if(trigger.invoice.currency eq "CAD")[notify.team]'],
    [['invoice.paid {"invoice.currency":["CAD"]}', 'notify.team']],
  ],
  [
    'condition',
    'contact form: if the message mentions wholesale forward it to sales@harborandhive.com, else send the auto reply pointing them to our FAQ page',
    ['form.submitted', 'if(trigger.fields.message contains "wholesale")[email.send]else[email.send]'],
  ],
  [
    'condition',
    "new lead: only send the welcome email if they're not already a customer",
    ['lead.created', 'if(trigger.lead.status ne "customer")[email.send]'],
    [['lead.created {"lead.status":[{"anything-but":["customer"]}]}', 'email.send']],
  ],
  [
    'condition',
    'post-purchase survey on typeform: if the rating is below 3 alert #cx so someone can reach out',
    ['form.submitted {"source":["typeform"]}', 'if(trigger.fields.rating lt 3)[notify.slack]'],
    [['webhook:typeform', 'if(trigger.fields.rating lt 3)[notify.slack]']],
  ],
  [
    'many',
    'every monday 9am email all customers tagged wholesale our new line sheet',
    ['cron(0 9 ? * MON *)', 'crm.findLeads; forEach[email.send]'],
    [['cron(0 9 ? * MON *)', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    'each morning at 8 email everyone with a pickup booked today a reminder',
    ['cron(0 8 * * ? *)', 'calendar.find; forEach[email.send]'],
  ],
  [
    'many',
    'fridays 2pm chase every unpaid invoice w/ a reminder',
    ['cron(0 14 ? * FRI *)', 'invoice.find; forEach[invoice.sendReminder]'],
  ],
  [
    'many',
    'the sage throw is back!! when I run this, email everyone tagged back-in-stock-sage to let them know',
    ['manual', 'crm.findLeads; forEach[email.send]'],
    [['manual', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    'launch day is 3 March 2026 - at 9am that morning send the launch email to all our customers',
    ['at(2026-03-03T09:00:00)', 'crm.findLeads; forEach[email.send]'],
    [['at(2026-03-03T09:00:00)', 'crm.exportLeads; forEach[email.send]']],
  ],
  [
    'many',
    "sunday 6pm: anyone we emailed who hasn't replied in a week gets a nudge email",
    ['cron(0 18 ? * SUN *)', 'crm.findLeads; forEach[email.send]'],
  ],
  [
    'many',
    '1st of every month at 9am - for each overdue invoice send the reminder and tell Marcus about it',
    ['cron(0 9 1 * ? *)', 'invoice.find; forEach[invoice.sendReminder; notify.team]'],
  ],
  [
    'many',
    'can you tag all the etsy leads as etsy-2026 when i run it',
    ['manual', 'crm.findLeads; forEach[crm.updateLead]'],
    [['manual', 'crm.exportLeads; forEach[crm.updateLead]']],
  ],
  [
    'many',
    'weekdays 5pm - for every booking today (our candle workshops) have the AI write a personal thank you and send it to the attendee',
    ['cron(0 17 ? * MON-FRI *)', 'calendar.find; forEach[email.draft; email.send]'],
  ],
];

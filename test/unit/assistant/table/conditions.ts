import type { Case } from './case';

/** Conditions with numbers, statuses, sources, text; if/otherwise; conditions written after their action. */
export const CONDITIONS: readonly Case[] = [
  [
    'If the deal is worth more than 10k, notify the team, otherwise send a welcome email',
    'lead.created',
    'if(trigger.lead.value gt 10000)[notify.team]else[email.send]',
  ],
  [
    'If the deal is worth more than 10k notify the team otherwise send a welcome email',
    'lead.created',
    'if(trigger.lead.value gt 10000)[notify.team]else[email.send]',
  ],
  [
    'When a lead comes in, notify the sales team if the value is above 25000',
    'lead.created',
    'if(trigger.lead.value gt 25000)[notify.team]',
  ],
  [
    'When an invoice is paid and the amount is over 5000 dollars, thank the customer and tell the CEO',
    'invoice.paid',
    'if(trigger.invoice.totalCents gt 500000)[email.send; notify.team]',
  ],
  [
    'When a new lead is created, if they are from Google Ads and worth at least 2k, book a demo, otherwise add a note',
    'lead.created',
    'if((trigger.lead.source eq "Google Ads" and trigger.lead.value gte 2000))[calendar.schedule]else[crm.addNote]',
  ],
  [
    'When a lead replies and the email mentions pricing, forward it to sales@acme.com',
    'email.received',
    'if(trigger.text contains "pricing")[email.send]',
  ],
  [
    'When a new lead arrives, if the company is Acme, notify Anna',
    'lead.created',
    'if(trigger.lead.company eq "Acme")[notify.team]',
  ],
  [
    'When a lead is updated, if the status is qualified, schedule a call',
    'lead.updated',
    'if(trigger.lead.status eq "qualified")[calendar.schedule]',
  ],
  [
    'When a new lead comes in, unless they are from LinkedIn, send a welcome email',
    'lead.created',
    'if(not trigger.lead.source eq "LinkedIn")[email.send]',
  ],
  // session 39: no filter excludes a tag, so a step tests the list (refused before, "not exclude one")
  [
    "When a new lead comes in, unless they're tagged VIP, send a welcome email",
    'lead.created',
    'if(not trigger.lead.tags contains "VIP")[email.send]',
  ],
  [
    'When a lead comes in with a value under 1000, tag them as small',
    'lead.created',
    'if(trigger.lead.value lt 1000)[crm.updateLead]',
  ],
  [
    'When a new lead tagged vip is added, notify the team on Slack',
    'lead.created {"lead.tags":["vip"]}',
    'notify.slack',
  ],
  [
    'When an invoice over $5,000 is paid, post to Slack',
    'invoice.paid',
    'if(trigger.invoice.totalCents gt 500000)[notify.slack]',
  ],
  [
    "If a new lead's budget is greater than €50,000, alert the CEO; otherwise add them to the nurture list",
    'lead.created',
    'if(trigger.lead.value gt 50000)[notify.team]else[crm.updateLead]',
  ],
  [
    'When a lead signs up, if their value is 1 million or more, notify Sam on Slack, else send a welcome email',
    'lead.created',
    'if(trigger.lead.value gte 1000000)[notify.team]else[email.send]',
  ],
  [
    'When an invoice is overdue by more than 60 days, notify the team, otherwise send a reminder',
    'invoice.overdue',
    'if(trigger.daysOverdue gt 60)[notify.team]else[invoice.sendReminder]',
  ],
  [
    'When a reply arrives, if the subject contains "unsubscribe", mark the lead as lost',
    'email.received',
    'if(trigger.subject contains "unsubscribe")[crm.updateLead]',
  ],
  [
    'When a booking is created, if the meeting is a demo, notify sales',
    'booking.created',
    'if(trigger.booking.title contains "demo")[notify.team]',
  ],
  [
    'When a form is submitted, if the budget field is over 5000, create a lead and notify the team',
    'form.submitted',
    'if(trigger.fields.budget gt 5000)[crm.createLead; notify.team]',
  ],
  [
    'When a lead is created, only if the source is Website, send a welcome email',
    'lead.created',
    'if(trigger.lead.source eq "Website")[email.send]',
  ],
  [
    'If a lead is worth less than $500, tag them as low-value',
    'lead.created',
    'if(trigger.lead.value lt 500)[crm.updateLead]',
  ],
  [
    'When a new lead is added and they work at Google, notify Tom',
    'lead.created',
    'if(trigger.lead.company eq "Google")[notify.team]',
  ],
  [
    'When an invoice is created, if the total exceeds 10000 EUR, ask for approval',
    'invoice.created',
    'if(trigger.invoice.totalCents gt 1000000)[approval]',
  ],
  // conditions after the event's verb, ranges, approvals from anyone
  [
    'When a new lead comes in from Google Ads, notify Tom, otherwise add a note',
    'lead.created',
    'if(trigger.lead.source eq "Google Ads")[notify.team]else[crm.addNote]',
  ],
  [
    'When a new lead arrives from Instagram with a value above 300, send them a coupon',
    'lead.created',
    'if((trigger.lead.source eq "Instagram" and trigger.lead.value gt 300))[email.send]',
  ],
  [
    'When a lead comes in via Facebook, notify the team',
    'lead.created',
    'if(trigger.lead.source eq "Facebook")[notify.team]',
  ],
  [
    'When an email arrives that mentions refund, alert support',
    'email.received',
    'if(trigger.text contains "refund")[notify.team]',
  ],
  [
    'If a lead is worth over 50k, ask the boss for approval',
    'lead.created',
    'if(trigger.lead.value gt 50000)[approval]',
  ],
  ['When an invoice is created, get approval from the CFO', 'invoice.created', 'approval'],
  [
    'When a lead is created with a budget between 500 and 2000 dollars, tag them as mid',
    'lead.created',
    'if((trigger.lead.value gte 500 and trigger.lead.value lte 2000))[crm.updateLead]',
  ],
  [
    'When an invoice is paid, if the total is between $1k and $5k, notify finance',
    'invoice.paid',
    'if((trigger.invoice.totalCents gte 100000 and trigger.invoice.totalCents lte 500000))[notify.team]',
  ],
  [
    'If a new deal is worth between 10k and 50k, notify Tom, otherwise add a note',
    'lead.created',
    'if((trigger.lead.value gte 10000 and trigger.lead.value lte 50000))[notify.team]else[crm.addNote]',
  ],
  [
    'If a deal is worth 2.5M or more, notify Tom',
    'lead.created',
    'if(trigger.lead.value gte 2500000)[notify.team]',
  ],
  [
    'If a new lead is worth 500 or less, tag them as small',
    'lead.created',
    'if(trigger.lead.value lte 500)[crm.updateLead]',
  ],
  // hedged numbers, size words stated as a number, text tests as participles
  [
    'Ping Slack when a large deal comes in, say over 50k',
    'lead.created',
    'if(trigger.lead.value gt 50000)[notify.slack]',
  ],
  [
    "When an email arrives containing 'urgent', notify Tom",
    'email.received',
    'if(trigger.text contains "urgent")[notify.team]',
  ],
  [
    'When a message about billing comes in, forward it to billing@acme.com',
    'email.received',
    'if(trigger.text contains "billing")[email.send]',
  ],
  // a comparison said after the number of days
  [
    'When an invoice is overdue by 45 days or more, alert finance',
    'invoice.overdue',
    'if(trigger.daysOverdue gte 45)[notify.team]',
  ],
  [
    'When an invoice becomes overdue by 7 days or less, send the customer a friendly reminder',
    'invoice.overdue',
    'if(trigger.daysOverdue lte 7)[invoice.sendReminder]',
  ],
  // session 24: where the condition stands, "except if", "provided", "as long as", and/or after the splitter
  [
    'When a new lead comes in, send them a welcome email, except if they came in through Google Ads',
    'lead.created',
    'if(not trigger.lead.source eq "Google Ads")[email.send]',
  ],
  [
    'When a lead is added, notify the team - provided the company is Acme',
    'lead.created',
    'if(trigger.lead.company eq "Acme")[notify.team]',
  ],
  [
    'When a new lead comes in, as long as it is worth at least 1,000, post it in #sales',
    'lead.created',
    'if(trigger.lead.value gte 1000)[notify.slack]',
  ],
  [
    'When a lead is added, post it in #sales but only when the lead is from LinkedIn and it is worth over $5k',
    'lead.created',
    'if((trigger.lead.source eq "LinkedIn" and trigger.lead.value gt 5000))[notify.slack]',
  ],
  [
    "When a new lead comes in and the lead didn't come from the website, send them a welcome email",
    'lead.created',
    'if(trigger.lead.source ne "website")[email.send]',
  ],
  [
    'Only if the lead is from LinkedIn: when someone signs up as a lead, notify the team',
    'lead.created',
    'if(trigger.lead.source eq "LinkedIn")[notify.team]',
  ],
  [
    "When a lead is added, if it's worth 10k or more then notify the team, else add a note",
    'lead.created',
    'if(trigger.lead.value gte 10000)[notify.team]else[crm.addNote]',
  ],
  // value lists, mixed and/or, a second comparison after "or", a status change, "north of"
  [
    'When a new lead comes in, if the value is over 10k and the lead is from LinkedIn or Google, notify the team',
    'lead.created',
    'if((trigger.lead.value gt 10000 and (trigger.lead.source eq "LinkedIn" or trigger.lead.source eq "Google")))[notify.team]',
  ],
  [
    'When a new lead comes in, if the value is over 10k or under 100, notify the team',
    'lead.created',
    'if((trigger.lead.value gt 10000 or trigger.lead.value lt 100))[notify.team]',
  ],
  [
    'When a lead is updated, if the status changes to won, notify the team',
    'lead.updated',
    'if(trigger.lead.status eq "customer")[notify.team]',
  ],
  [
    'When a new lead comes in worth north of 10k, notify the team',
    'lead.created',
    'if(trigger.lead.value gt 10000)[notify.team]',
  ],
  // a message's "from" is its sender
  [
    'When we get an email from support@acme.com, notify the team',
    'email.received',
    'if(trigger.from eq "support@acme.com")[notify.team]',
  ],
  [
    'When an email arrives from acme.com, notify the team',
    'email.received',
    'if(trigger.from contains "acme.com")[notify.team]',
  ],
  // rupees, lakh, crore and Indian digit grouping are amounts (session 25)
  [
    'When a new lead comes in and its value is over 1.5 lakh, notify the team',
    'lead.created',
    'if(trigger.lead.value gt 150000)[notify.team]',
  ],
  [
    'When an invoice is created for more than ₹50,000, notify finance',
    'invoice.created',
    'if(trigger.invoice.totalCents gt 5000000)[notify.team]',
  ],
  [
    'When a deal worth above 2 crore comes in, notify the CEO',
    'lead.created',
    'if(trigger.lead.value gt 20000000)[notify.team]',
  ],
  [
    'When a new lead is worth 5,00,000 or more, book a call with them; for the rest, just add a note',
    'lead.created',
    'if(trigger.lead.value gte 500000)[calendar.schedule]else[crm.addNote]',
  ],
  [
    'When a new lead from LinkedIn has a value above 25k, post it in #enterprise',
    'lead.created',
    'if((trigger.lead.source eq "LinkedIn" and trigger.lead.value gt 25000))[notify.slack]',
  ],
  // else said by comparison to the test's bound (session 30, class E)
  [
    'When a new lead comes in, if the budget is over 5000, notify sales. If lower, send them our brochure',
    'lead.created',
    'if(trigger.lead.value gt 5000)[notify.team]else[email.send]',
  ],
  [
    'When a new lead comes in, if the budget is over 5000, notify sales. Below that, send them our brochure',
    'lead.created',
    'if(trigger.lead.value gt 5000)[notify.team]else[email.send]',
  ],
  [
    'When an invoice is paid and the total is under 100, add a note to the lead; if higher, notify sales',
    'invoice.paid',
    'if(trigger.invoice.totalCents lt 10000)[crm.addNote]else[notify.team]',
  ],
];

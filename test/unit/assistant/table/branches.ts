import type { Case } from './case';

/**
 * Comparisons in words, branches said as the other side, schedule words and what is said around a request (session
 * 32, h5): hand-written in other trades' words than the generated classes (classes/comparisons-s32.ts).
 */
export const BRANCHES: readonly Case[] = [
  [
    'New deal comes in -> budget under 2k -> tag as small, otherwise notify the sales lead',
    'lead.created',
    'if(trigger.lead.value lt 2000)[crm.updateLead]else[notify.team]',
  ],
  [
    'When a new enquiry arrives and their budget is 15k or higher, book a discovery call. If not, email them our price list',
    'lead.created',
    'if(trigger.lead.value gte 15000)[calendar.schedule]else[email.send]',
  ],
  [
    'When an invoice is paid and the amount is £500-£2,000, post in #mid-size',
    'invoice.paid',
    'if((trigger.invoice.totalCents gte 50000 and trigger.invoice.totalCents lte 200000))[notify.slack]',
  ],
  [
    "When a lead's deal value drops below 500, let the account manager know",
    'lead.updated',
    'if(trigger.lead.value lt 500)[notify.team]',
  ],
  [
    'When a patient fills in the feedback survey and the rating is 2 stars or lower, notify the practice manager',
    'form.submitted',
    'if(trigger.fields.rating lte 2)[notify.team]',
  ],
  [
    'When an invoice is paid, if it’s over $1,000 post in #big-wins, anything under that just thank the client by email',
    'invoice.paid',
    'if(trigger.invoice.totalCents gt 100000)[notify.slack]else[email.send]',
  ],
  [
    'When a new lead comes in and their budget is over 5k, notify Sam, and if below that tag them as nurture',
    'lead.created',
    'if(trigger.lead.value gt 5000)[notify.team]else[crm.updateLead]',
  ],
  [
    'Every Tuesday at 7am during April and May, remind the crew in #yard to check the mowers',
    'cron(0 7 ? 4,5 TUE *)',
    'notify.slack',
  ],
  [
    'Every three months on the 1st at 10am, email the partners a summary of paid invoices',
    'cron(0 10 1 1,4,7,10 ? *)',
    'report.summarize; notify.team',
  ],
  [
    'Every week just before the weekend at 4pm, send the VP of sales a summary of new leads',
    'cron(0 16 ? * FRI *)',
    'report.summarize; notify.team',
  ],
  [
    "Upon cancellation of an appointment, email the client: sorry we missed you, here's the link to rebook",
    'booking.cancelled',
    'email.send',
  ],
  [
    "When a new ticket form comes in, post in #support so whoever's on rota can grab it - we want to reply faster",
    'form.submitted',
    'notify.slack',
  ],
];

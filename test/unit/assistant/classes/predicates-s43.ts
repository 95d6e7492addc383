import type { Case } from '../table/case';

/**
 * Session 43 (a38), issue 16: what a condition tests, read from its parts: the field from the trade's noun for it,
 * the comparison from its words, the value typed to the field. Rows are [request, trigger, steps]; refusals are
 * [request, what the refusal quotes].
 */

/**
 * Money said in the trade's noun: "the fee", "the cost", "the case value", "the pledge value", "the job is worth
 * …": a lead's value, an invoice's total (in cents). A status said as it is now ("they are now a customer").
 */
export const MONEY_NOUN_CLASS: readonly Case[] = [
  [
    'when a new lead comes in, if the project value is over 80k tell Dara',
    'lead.created',
    'if(trigger.lead.value gt 80000)[notify.team]',
  ],
  [
    'when a new lead comes in and the contract is worth more than $20,000, tell Priya',
    'lead.created',
    'if(trigger.lead.value gt 20000)[notify.team]',
  ],
  [
    'when a lead is updated and the job is valued at over 10k, tell Sam',
    'lead.updated',
    'if(trigger.lead.value gt 10000)[notify.team]',
  ],
  [
    'new enquiry: if the fee is 2,500 or more notify the partners',
    'lead.created',
    'if(trigger.lead.value gte 2500)[notify.team]',
  ],
  [
    'When an invoice is paid and the fee is over £1,000 send them a thank you email',
    'invoice.paid',
    'if(trigger.invoice.totalCents gt 100000)[email.send]',
  ],
  [
    'when a new lead comes in, if the donation value is 250 or more tell Aoife, otherwise send the thank you email',
    'lead.created',
    'if(trigger.lead.value gte 250)[notify.team]else[email.send]',
  ],
  [
    'When a lead is updated, if they are now qualified, tell Sam',
    'lead.updated',
    'if(trigger.lead.status eq "qualified")[notify.team]',
  ],
  [
    'When a lead is updated, if they are now a customer and the fee is 20k or more, tell the directors',
    'lead.updated',
    'if((trigger.lead.status eq "customer" and trigger.lead.value gte 20000))[notify.team]',
  ],
  // a form's answer of that name, as before
  [
    'when a form is submitted and the fee is over 500 tell Sam',
    'form.submitted',
    'if(trigger.fields.fee gt 500)[notify.team]',
  ],
];

/** A money noun no record of the event keeps as the lead's value, or a part of the total: refused, quoted. */
export const MONEY_NOUN_REFUSED: readonly (readonly [string, string])[] = [
  ['when a new lead comes in, if the tax value is over 500 tell Sam', 'the tax value is over 500'],
  ['when a booking is made, if the fee is over 500 tell Sam', 'the fee is over 500'],
  ['when an email comes in, if the fee is over 500 tell Sam', 'the fee is over 500'],
];

/**
 * Where a booking is, said as its address, venue or location ("the address has "CBD" in it", "the venue is Kings
 * Court"): the booking's location; a lead keeps no street address.
 */
export const PLACE_NOUN_CLASS: readonly Case[] = [
  [
    'when a booking is made, if the address has "CBD" in it tell Mike',
    'booking.created',
    'if(trigger.booking.location contains "CBD")[notify.team]',
  ],
  [
    'when a site visit is booked and the address contains Sandyford, tell Eoin',
    'booking.created',
    'if(trigger.booking.location contains "Sandyford")[notify.team]',
  ],
  [
    'when a booking is made, if the venue is Kings Court tell Mike',
    'booking.created',
    'if(trigger.booking.location eq "Kings Court")[notify.team]',
  ],
  [
    "when a booking is cancelled and the location has 'Annex' in it tell Mike",
    'booking.cancelled',
    'if(trigger.booking.location contains "Annex")[notify.team]',
  ],
  [
    'when a booking is made, if the address is empty tell the office',
    'booking.created',
    'if(trigger.booking.location exists false)[notify.team]',
  ],
];

export const PLACE_NOUN_REFUSED: readonly (readonly [string, string])[] = [
  ['when a new lead comes in, if the address contains Dublin tell Mike', 'the address contains Dublin'],
  ['when an invoice is paid, if the address contains Leeds tell Mike', 'the address contains Leeds'],
];

/** "the customer is Dublin City Council" of an invoice: the person billed, by the name on the invoice. */
export const BILLED_NAME_CLASS: readonly Case[] = [
  [
    'invoice overdue - if the customer is Dublin City Council, tell Brendan',
    'invoice.overdue',
    'if(trigger.invoice.customerName eq "Dublin City Council")[notify.team]',
  ],
  [
    'when an invoice is paid and the client is Harcourt Estates, tell Joan',
    'invoice.paid',
    'if(trigger.invoice.customerName eq "Harcourt Estates")[notify.team]',
  ],
  [
    'invoice created: if the customer\'s name is "Acme Ltd" tell Raj',
    'invoice.created',
    'if(trigger.invoice.customerName eq "Acme Ltd")[notify.team]',
  ],
  [
    'invoice overdue - if the customer is "northside dental" tell Raj',
    'invoice.overdue',
    'if(trigger.invoice.customerName eq "northside dental")[notify.team]',
  ],
];

/** A kind of customer, not a name, or the customer of a lead (their name or their company?): refused, quoted. */
export const BILLED_NAME_REFUSED: readonly (readonly [string, string])[] = [
  ['invoice overdue - if the customer is a charity tell Brendan', 'the customer is a charity'],
  ['when an invoice is paid and the client is VIP tell Joan', 'the client is VIP'],
  ['when a new lead comes in, if the client is Acme tell Brendan', 'the client is Acme'],
];

/** A currency said as its singular name ("in euro"). */
export const CURRENCY_NAME_CLASS: readonly Case[] = [
  [
    "when an invoice is paid, if it's in euro tell Olly",
    'invoice.paid',
    'if(trigger.invoice.currency eq "EUR")[notify.team]',
  ],
  [
    'when an invoice is paid, if it is in euro (EUR) tell Olly, otherwise tell Sam',
    'invoice.paid',
    'if(trigger.invoice.currency eq "EUR")[notify.team]else[notify.team]',
  ],
];

/** The reminders sent for an invoice, whoever is said to have sent or had them: its reminder count. */
export const REMINDER_COUNT_CLASS: readonly Case[] = [
  [
    "overdue invoice: if they've already had 2 or more reminders hand it to Lerato, otherwise send another reminder",
    'invoice.overdue',
    'if(trigger.invoice.reminderCount gte 2)[notify.team]else[invoice.sendReminder]',
  ],
  [
    "when an invoice goes overdue, if we've already sent 3 or more reminders tell the manager",
    'invoice.overdue',
    'if(trigger.invoice.reminderCount gte 3)[notify.team]',
  ],
  [
    "when an invoice goes overdue, if they've had more than 2 payment reminders tell the practice manager",
    'invoice.overdue',
    'if(trigger.invoice.reminderCount gt 2)[notify.team]',
  ],
  [
    "when an invoice goes overdue, if they've had fewer than 2 reminders send another reminder",
    'invoice.overdue',
    'if(trigger.invoice.reminderCount lt 2)[invoice.sendReminder]',
  ],
];

/** Reminders of a lead, which keeps no count of them: refused, quoted. */
export const REMINDER_COUNT_REFUSED: readonly (readonly [string, string])[] = [
  [
    "when a new lead comes in, if they've had 2 or more reminders tell Lerato",
    "they've had 2 or more reminders",
  ],
];

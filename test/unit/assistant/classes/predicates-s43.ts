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
  ['when an invoice is paid, if the client is over 18 tell Sam', 'the client is over 18'],
  ['when an invoice is paid, if the customer is 18 or older tell Sam', 'the customer is 18 or older'],
  ['when a new lead comes in, if the client is Acme tell Brendan', 'the client is Acme'],
];

/** A currency said as its singular name ("in euro"), or as any but one ("in anything other than GBP"). */
export const CURRENCY_NAME_CLASS: readonly Case[] = [
  [
    'when an invoice is raised in anything other than GBP flag it to Emma so she checks the exchange rate',
    'invoice.created',
    'if(trigger.invoice.currency ne "GBP")[notify.team]',
  ],
  [
    "when an invoice is paid, if it's in any currency other than EUR tell Aoife",
    'invoice.paid',
    'if(trigger.invoice.currency ne "EUR")[notify.team]',
  ],
  [
    'when an invoice is sent in anything but AUD tell Bruce',
    'invoice.created',
    'if(trigger.invoice.currency ne "AUD")[notify.team]',
  ],
  [
    'when an invoice is paid in CAD tell Chloe',
    'invoice.paid',
    'if(trigger.invoice.currency eq "CAD")[notify.team]',
  ],
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

/**
 * The lead of the trigger's record there or not: "(the invoice) is linked to a student in the crm", "it isn't tied to
 * a client record", "(the email is) from a customer we already have", "from an existing client".
 */
export const LEAD_ON_FILE_CLASS: readonly Case[] = [
  [
    "invoice paid: if it's linked to a student in the crm mark them as a customer, if not just log it",
    'invoice.paid',
    'if(trigger.invoice.leadId exists true)[crm.updateLead]else[log]',
  ],
  [
    'when an invoice is paid, if the invoice is linked to a client record tell Deon',
    'invoice.paid',
    'if(trigger.invoice.leadId exists true)[notify.team]',
  ],
  [
    "when a booking is made, if it isn't linked to a patient tell the front desk",
    'booking.created',
    'if(trigger.booking.leadId exists false)[notify.team]',
  ],
  [
    "email comes in: if it's from a customer we already have add a note, if not create them as a new lead",
    'email.received',
    'if(trigger.leadId exists true)[crm.addNote]else[crm.createLead]',
  ],
  [
    'when an email comes in from an existing client, add a note',
    'email.received',
    'if(trigger.leadId exists true)[crm.addNote]',
  ],
  [
    'when an email comes in, if it is from a tenant already in the system tell Sam, otherwise create them as a new lead',
    'email.received',
    'if(trigger.leadId exists true)[notify.team]else[crm.createLead]',
  ],
];

/** Linked to something that is no person, or a lead linked to itself: refused, quoted. */
export const LEAD_ON_FILE_REFUSED: readonly (readonly [string, string])[] = [
  ["invoice paid: if it's linked to a project tell Sam", "if it's linked to a project"],
  ["when a new lead comes in, if it's linked to a client tell Sam", "if it's linked to a client"],
];

/** A sender said as anything at a domain, or an address ending in one: the sender's address contains it. */
export const SENDER_DOMAIN_CLASS: readonly Case[] = [
  [
    'When an email comes in from the exam board (anything @abrsm.ac.uk) forward it to olivia@cadenzamusic.co.uk',
    'email.received',
    'if(trigger.from contains "@abrsm.ac.uk")[email.send]',
  ],
  [
    'when an email comes in from an address ending in @uscis.gov, alert Attorney Reyes',
    'email.received',
    'if(trigger.from contains "@uscis.gov")[notify.team]',
  ],
  [
    'when an email comes in from addresses ending with nhs.net tell the practice manager',
    'email.received',
    'if(trigger.from contains "@nhs.net")[notify.team]',
  ],
  [
    'when an email comes in from anything at tesco.com tell Gemma',
    'email.received',
    'if(trigger.from contains "@tesco.com")[notify.team]',
  ],
];

/** A sender said with no address or domain: refused, quoted. */
export const SENDER_DOMAIN_REFUSED: readonly (readonly [string, string])[] = [
  ['when an email comes in from the exam board tell Sam', 'from the exam board'],
  ['when an email comes in from the council, tell Sam', 'from the council'],
];

/** A form's answer named by its own name: 'field "hire" = yes', "if service = end of tenancy", "if 'service' is banners". */
export const ANSWER_NAMED_CLASS: readonly Case[] = [
  [
    'trial form - if they ticked instrument hire (field "hire" = yes) tell Ben to get a violin ready',
    'form.submitted',
    'if(trigger.fields.hire eq "yes")[notify.team]',
  ],
  [
    'when a form is submitted, if the field "parking" is yes tell the site manager',
    'form.submitted',
    'if(trigger.fields.parking eq "yes")[notify.team]',
  ],
  [
    'form comes in: if service = end of tenancy notify Zanele, else post it in slack',
    'form.submitted',
    'if(trigger.fields.service eq "end of tenancy")[notify.team]else[notify.slack]',
  ],
  [
    "form submitted: if 'service' is banners send it to Ruth",
    'form.submitted',
    'if(trigger.fields.service eq "banners")[notify.team]',
  ],
  [
    'when a form is submitted, if level=beginner tell Ana',
    'form.submitted',
    'if(trigger.fields.level eq "beginner")[notify.team]',
  ],
  [
    'when a new lead comes in, if source = linkedin tell Ben',
    'lead.created',
    'if(trigger.lead.source eq "linkedin")[notify.team]',
  ],
];

/** A bare word with "is" (it may be no answer at all), or an answer of a lead that keeps none: refused, quoted. */
export const ANSWER_NAMED_REFUSED: readonly (readonly [string, string])[] = [
  ['when a form is submitted, if everything is filled in tell Ben', 'if everything is filled in'],
  ['when a form is submitted, if today is Monday tell Ben', 'if today is Monday'],
  ['when a booking is made, if service = deep clean tell Ben', 'deep clean'],
];

/** A step's verb broken off and another said instead ("forward... er, alert"): the second. */
export const VERB_SWAPPED_CLASS: readonly Case[] = [
  [
    'when an email comes in from an address ending in @uscis.gov, forward... er, alert Attorney Reyes and add a note to the client',
    'email.received',
    'if(trigger.from contains "@uscis.gov")[notify.team; crm.addNote]',
  ],
  ['when a new lead comes in, email... sorry, tell Priya', 'lead.created', 'notify.team'],
];

/** "without a phone number", "they've got the planning tag": what they have or lack, said with "without" or "got". */
export const HAS_OR_LACKS_CLASS: readonly Case[] = [
  [
    'When a meeting room gets booked without an attendee email, tell Nadia',
    'booking.created',
    'if(trigger.booking.attendeeEmail exists false)[notify.team]',
  ],
  [
    'when a lead comes in without a phone number, email them asking for one',
    'lead.created',
    'if(trigger.lead.phone exists false)[email.send]',
  ],
  [
    'when a new tenant is added without a company name tell Sam',
    'lead.created',
    'if(trigger.lead.company exists false)[notify.team]',
  ],
  [
    "when a lead replies: if they've got the planning tag tell Ciara, else forward to info@byrnemcgrath.ie",
    'email.received',
    'if(trigger.lead.tags contains "planning")[notify.team]else[email.send]',
  ],
  [
    "when a new lead comes in, if they've got a vip tag tell Sam, otherwise email them",
    'lead.created',
    'if(trigger.lead.tags contains "vip")[notify.team]else[email.send]',
  ],
];

/** Lacking something no record keeps ("without notice", "without a deposit"): refused, quoted. */
export const HAS_OR_LACKS_REFUSED: readonly (readonly [string, string])[] = [
  ['when a booking is made without notice tell Sam', 'without notice'],
  ['when a booking is made without a deposit tell Sam', 'without a deposit'],
];

/** A currency of a lead, which keeps none: refused, quoted. */
export const CURRENCY_NAME_REFUSED: readonly (readonly [string, string])[] = [
  ['when a new lead comes in, if it is in anything other than GBP tell Emma', 'the currency is not GBP'],
];

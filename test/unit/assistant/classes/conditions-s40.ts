import type { Case } from '../table/case';

/**
 * Session 40 (a19), issue 16: conditions of development sets 25–31. Rows are [request, trigger, steps]; refusals
 * are [request, what the refusal quotes].
 */

/**
 * "if a new lead is tagged destination wedding": said with "if", a new lead carrying the tag, its words up to the
 * action's verb; "when a (new) lead is tagged vip" is the tag added (session 30's noun phrases).
 */
export const NEW_TAGGED_CLASS: readonly Case[] = [
  [
    'if a new lead is tagged destination wedding email Tara about it',
    'lead.created {"lead.tags":["destination wedding"]}',
    'notify.team',
  ],
  ['if a new lead is tagged vip email Tara about it', 'lead.created {"lead.tags":["vip"]}', 'notify.team'],
  [
    'if a new contact is tagged open day email them the brochure',
    'lead.created {"lead.tags":["open day"]}',
    'email.send',
  ],
  ['when a new lead is tagged vip, tell Tara', 'lead.updated {"lead.tags":["vip"]}', 'notify.team'],
  ['when a lead is tagged vip tell Tara', 'lead.updated {"lead.tags":["vip"]}', 'notify.team'],
];

/** Two tags joined by "or": the filter holds one, so the second is never dropped unsaid. */
export const TAG_OR_REFUSED: readonly (readonly [string, string])[] = [
  ['if a new lead is tagged vip or hot, tell Tara', 'a tag cannot be one of several alternatives'],
  ["when a new lead is tagged 'vip' or 'hot' tell Tara", 'a tag cannot be one of several alternatives'],
];

/** A colleague named with letters of any alphabet, or after a quoted field: told, never emailed at no address. */
export const NAMED_PERSON_CLASS: readonly Case[] = [
  [
    "when the enquiry form comes in and the 'service' field is payroll send it to Aisha, everything else to Ben",
    'form.submitted',
    'if(trigger.fields.service eq "payroll")[notify.team]else[notify.team]',
  ],
  [
    'when the enquiry form comes in, if location is Cork send it to Ciarán else to Siobhán',
    'form.submitted',
    'if(trigger.fields.location eq "Cork")[notify.team]else[notify.team]',
  ],
  ['When a new lead comes in, tell Zoë', 'lead.created', 'notify.team'],
  ['When a booking is made, let Renée know', 'booking.created', 'notify.team'],
  [
    "When a new lead comes in and the 'budget' field is over 5000 send it to Aisha",
    'lead.created',
    'if(trigger.lead.fields.budget gt 5000)[notify.team]',
  ],
  // an address is emailed
  [
    "when the enquiry form comes in, if the 'location' field is Cork send it to Ciarán, otherwise send it to ben@acme.com",
    'form.submitted',
    'if(trigger.fields.location eq "Cork")[notify.team]else[email.send]',
  ],
];

/** Amounts in rand ("R50 000") and in the currency codes written after or before them ("2000 SGD", "AUD 10,000"). */
export const CURRENCY_CLASS: readonly Case[] = [
  [
    'if an invoice over R50 000 gets paid post a 🎉 in #wins',
    'invoice.paid',
    'if(trigger.invoice.totalCents gt 5000000)[notify.slack]',
  ],
  [
    "when an invoice is paid and it's over R10 000, post in #wins",
    'invoice.paid',
    'if(trigger.invoice.totalCents gt 1000000)[notify.slack]',
  ],
  [
    'when an invoice over 2000 SGD is created, tell Wei',
    'invoice.created',
    'if(trigger.invoice.totalCents gt 200000)[notify.team]',
  ],
  [
    'when a new lead worth over AUD 10,000 comes in, tell Sam',
    'lead.created',
    'if(trigger.lead.value gt 10000)[notify.team]',
  ],
  [
    'when an invoice over 50 000 rand is paid, post in #wins',
    'invoice.paid',
    'if(trigger.invoice.totalCents gt 5000000)[notify.slack]',
  ],
];

/** "Wei Ling needs to know", and the other side said with no need of a step ("smaller ones no need"): no else. */
export const NO_NEED_CLASS: readonly Case[] = [
  [
    'invoice created over 2000 SGD -> Wei Ling needs to know. smaller ones no need',
    'invoice.created',
    'if(trigger.invoice.totalCents gt 200000)[notify.team]',
  ],
  [
    "when an invoice is paid and it's over $5k, post in #wins. anything less - no need",
    'invoice.paid',
    'if(trigger.invoice.totalCents gt 500000)[notify.slack]',
  ],
  [
    "when an invoice is paid and it's over $5k, post in #wins, otherwise no need",
    'invoice.paid',
    'if(trigger.invoice.totalCents gt 500000)[notify.slack]',
  ],
  ['When a booking is cancelled, Mary Anne should be told about it', 'booking.cancelled', 'notify.team'],
  ['When a new lead comes in, Wei Ling needs to know', 'lead.created', 'notify.team'],
];

/** A step after "no need to …" is never dropped with it; a plural of people is no name of two words. */
export const NO_NEED_REFUSED: readonly (readonly [string, string])[] = [
  [
    "when an invoice is paid and it's over $5k, post in #wins, otherwise no need to post, just log it",
    'just log it',
  ],
  [
    "when an invoice is paid and it's over $5k, post in #wins. smaller ones no need to post, just log it",
    'just log it',
  ],
  ['someone got tagged "bite risk"?? all the groomers need to know', 'all the groomers need to know'],
];

/**
 * Words looked for in a message's subject, said after the emails ("emails coming in with 'invoice' in the subject"),
 * as a list ('"sick", "ill" or "unwell"', "sick, ill or unwell": each value, none dropped) and "a parent emails".
 */
export const SUBJECT_WORDS_CLASS: readonly Case[] = [
  [
    "emails coming in with 'invoice' in the subject -> forward to accounts@thehive.nyc. everything else -> post in #hello",
    'email.received',
    'if(trigger.subject contains "invoice")[email.send]else[notify.slack]',
  ],
  [
    'When emails arrive with "invoice" or "receipt" in the subject, forward them to accounts@thehive.nyc',
    'email.received',
    'if((trigger.subject contains "invoice" or trigger.subject contains "receipt"))[email.send]',
  ],
  [
    'If a parent emails and the subject has "sick" or "unwell" in it, alert the room leader straight away',
    'email.received',
    'if((trigger.subject contains "sick" or trigger.subject contains "unwell"))[notify.team]',
  ],
  [
    'When an email comes in and the subject has "sick", "ill" or "unwell" in it, alert the room leader',
    'email.received',
    'if((trigger.subject contains "sick" or trigger.subject contains "ill" or trigger.subject contains "unwell"))[notify.team]',
  ],
  [
    'When an email comes in, if the subject contains sick, ill or unwell, alert the room leader',
    'email.received',
    'if((trigger.subject contains "sick" or trigger.subject contains "ill" or trigger.subject contains "unwell"))[notify.team]',
  ],
  [
    'When a new lead comes in, if the source is "google", "bing" or "yahoo", alert Sam',
    'lead.created',
    'if((trigger.lead.source eq "google" or trigger.lead.source eq "bing" or trigger.lead.source eq "yahoo"))[notify.team]',
  ],
  [
    "If a guest emails and the subject contains 'sick', alert the room leader",
    'email.received',
    'if(trigger.subject contains "sick")[notify.team]',
  ],
  [
    'When a booking is made and the title has "Honeymoon" or "Anniversary" in it, tell Sam',
    'booking.created',
    'if((trigger.booking.title contains "Honeymoon" or trigger.booking.title contains "Anniversary"))[notify.team]',
  ],
];

/** Emails we send are no arrival; two words both in the subject ("and") are not read as either. */
export const SUBJECT_WORDS_REFUSED: readonly (readonly [string, string])[] = [
  ["when we send customer emails with 'invoice' in the subject, tell Sam", 'with invoice in the subject'],
  [
    'When an email comes in and the subject has "sick" and "unwell" in it, alert the room leader',
    'unwell in it',
  ],
];

/** A field named in brackets after the writer's own words for it: the bracket is the test, or the field compared. */
export const FIELD_GLOSS_CLASS: readonly Case[] = [
  [
    'enrolment form in -> if they said yes to funded hours (funded field = yes) email them the funding declaration form',
    'form.submitted',
    'if(trigger.fields.funded eq "yes")[email.send]',
  ],
  [
    'When a form comes in, if they want a tour (tour field = yes), tell Priya',
    'form.submitted',
    'if(trigger.fields.tour eq "yes")[notify.team]',
  ],
  [
    "new candidate with expected salary (we use the value field) above 60k -> flag to Callum, else just add a note 'standard'",
    'lead.created',
    'if(trigger.lead.value gt 60000)[notify.team]else[crm.addNote]',
  ],
  [
    'When a new lead comes in with a deal size (we use the value field) over 10k, tell Sam',
    'lead.created',
    'if(trigger.lead.value gt 10000)[notify.team]',
  ],
  [
    'When a new lead comes in, if the referral partner (we use the source field) is Acme, tell Sam',
    'lead.created',
    'if(trigger.lead.source eq "Acme")[notify.team]',
  ],
];

/** Words that could say a test of their own (a number, "not") are never replaced by the bracket. */
export const FIELD_GLOSS_REFUSED: readonly (readonly [string, string])[] = [
  ['When a form comes in, if they have 2 kids (kids field = 2), tell Priya', 'if they have 2 kids'],
  [
    'When a form comes in, if they did not say yes (funded field = yes), tell Priya',
    'if they did not say yes',
  ],
];

/** "if they're already a member (customer)": the status in brackets; "if not set them to …" the other branch. */
export const STATUS_GLOSS_CLASS: readonly Case[] = [
  [
    "When someone replies to our emails: if they're already a member (customer) notify the community team, if not set them to contacted",
    'email.received',
    'if(trigger.lead.status eq "customer")[notify.team]else[crm.updateLead]',
  ],
  [
    "When someone replies to our emails: if they're already a customer notify the community team, if not set them to contacted",
    'email.received',
    'if(trigger.lead.status eq "customer")[notify.team]else[crm.updateLead]',
  ],
  [
    'When a booking is made, if the guest is a regular (customer), tell Sam',
    'booking.created',
    'if(trigger.lead.status eq "customer")[notify.team]',
  ],
  // a bracket after a step is no status test
  ['When a new lead comes in, tag them (customer)', 'lead.created', 'crm.updateLead'],
];

/** "already" with no "if" is the writer's remark, refused as it was (session 39). */
export const STATUS_GLOSS_REFUSED: readonly (readonly [string, string])[] = [
  ['When a new lead comes in and she is already qualified, send them a welcome email', 'already qualified'],
  [
    "When someone replies to our emails: if they're already a member notify the community team",
    "if they're already a member",
  ],
];

/** "if it's the day pass form": which form was submitted (the event's form name), said of "it". */
export const WHICH_FORM_CLASS: readonly Case[] = [
  [
    "form comes in: if it's the day pass form reply with the day pass info, else create them as a lead",
    'form.submitted',
    'if(trigger.form eq "day pass")[email.send]else[crm.createLead]',
  ],
  [
    "When a form is submitted, if it's the 'Day Pass' form, email them the day pass info",
    'form.submitted',
    'if(trigger.form eq "Day Pass")[email.send]',
  ],
  [
    'When a form is submitted, if it is the enrolment form tell Mia, otherwise tell Sam',
    'form.submitted',
    'if(trigger.form eq "enrolment")[notify.team]else[notify.team]',
  ],
];

/** A word that names no form ("the new form"), or a form of an event that carries none, is no form's name. */
export const WHICH_FORM_REFUSED: readonly (readonly [string, string])[] = [
  ["When a form is submitted, if it's the new form tell Mia", 'form tell Mia'],
  ["When a new lead comes in, if it's the day pass form tell Mia", 'day pass form'],
];

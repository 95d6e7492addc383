import type { Case } from '../table/case';

/**
 * Session 41 (a26), issue 16: conditions said as checks of a record's words or of what a form was given. Rows are
 * [request, trigger, steps]; refusals are [request, what the refusal quotes].
 */

/** "the company name has Trust or Pty in it": each word, unquoted, tested on the field ("has X in it" = contains). */
export const HAS_IN_IT_CLASS: readonly Case[] = [
  [
    'new lead - if the company name has Trust or Pty in it tag them commercial, else tag personal',
    'lead.created',
    'if((trigger.lead.company contains "Trust" or trigger.lead.company contains "Pty"))[crm.updateLead]else[crm.updateLead]',
  ],
  [
    'new lead - if the company name has Trust in it tag them commercial',
    'lead.created',
    'if(trigger.lead.company contains "Trust")[crm.updateLead]',
  ],
  [
    "when a booking is cancelled and the reason has 'out of stock' in it, let Nina know",
    'booking.cancelled',
    'if(trigger.reason contains "out of stock")[notify.team]',
  ],
  [
    "when an email arrives and the subject has 'invoice' or refund in it, tell Sam",
    'email.received',
    'if((trigger.subject contains "invoice" or trigger.subject contains "refund"))[notify.team]',
  ],
];

/**
 * "a new website lead", "a new web lead": where the lead came from, which no tag says (as "a website account"):
 * refused, never a filter on a tag "website" nobody gave them.
 */
export const WEBSITE_LEAD_REFUSED: readonly (readonly [string, string])[] = [
  ['new website lead: tell Sam', 'new website lead'],
  ['when a new web lead comes in, tell Sam', 'new web lead'],
  [
    'new website lead - if the company name has Trust or Pty in it tag them commercial, else tag personal',
    'new website lead',
  ],
];

/** A modifier that is a tag ("a new VIP lead") still filters by it. */
export const MODIFIER_TAG_CLASS: readonly Case[] = [
  ['new VIP lead: tell Sam', 'lead.created {"lead.tags":["vip"]}', 'notify.team'],
];

/** A phone or a company given on a form submitted: the form's own answer of that name (a lead's field elsewhere). */
export const FORM_PRESENCE_CLASS: readonly Case[] = [
  [
    'new enquiry via form - if they left a phone number book a call, else just email them',
    'form.submitted',
    'if(trigger.fields.phone exists true)[calendar.schedule]else[email.send]',
  ],
  [
    "when a form is submitted, if they didn't give a phone number tell Sam",
    'form.submitted',
    'if(trigger.fields.phone exists false)[notify.team]',
  ],
  [
    "when a form is submitted, if there's no company name tell Sam",
    'form.submitted',
    'if(trigger.fields.company exists false)[notify.team]',
  ],
  [
    'new lead - if they left a phone number book a call, else just email them',
    'lead.created',
    'if(trigger.lead.phone exists true)[calendar.schedule]else[email.send]',
  ],
];

/** What they left that is no field ("a message") stays refused. */
export const FORM_PRESENCE_REFUSED: readonly (readonly [string, string])[] = [
  ['new lead - if they left a message tell Sam', 'if they left a message'],
];

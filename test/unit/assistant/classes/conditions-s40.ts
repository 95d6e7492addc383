import type { Case } from '../table/case';

/**
 * Session 40 (a19), issue 16: conditions of development sets 25–31. Rows are [request, trigger, steps]; refusals
 * are [request, what the refusal quotes].
 */

/** "a new lead is tagged destination wedding": a new lead carrying the tag, its words up to the action's verb. */
export const NEW_TAGGED_CLASS: readonly Case[] = [
  [
    'if a new lead is tagged destination wedding email Tara about it',
    'lead.created {"lead.tags":["destination wedding"]}',
    'notify.team',
  ],
  ['When a new lead is tagged vip, tell Tara', 'lead.created {"lead.tags":["vip"]}', 'notify.team'],
  [
    'when a new lead is tagged destination wedding, post in #weddings',
    'lead.created {"lead.tags":["destination wedding"]}',
    'notify.slack',
  ],
  [
    'if a new contact is tagged open day email them the brochure',
    'lead.created {"lead.tags":["open day"]}',
    'email.send',
  ],
  // no "new": the tag added to a lead
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

import type { Case } from '../table/case';
import type { Refusal } from './comparisons-s32';

/**
 * Session 39 (c5), issue 16: a field there or not, said by what they gave or left (development sets 25–28: "if they
 * left a phone number …, if not …", "a booking with no attendee email on it", "if they gave an email create them …",
 * "if we know which candidate it is …, if we don't know who it is …"): `exists` on the field the trigger carries.
 * Rows are [request, trigger, steps].
 */

const OPENINGS = ['new lead - ', 'When a new lead comes in, ', 'When a lead is created, '] as const;
const GAVE = [
  'if they left a phone number',
  'if they gave a phone number',
  'if they gave us a number',
  'if they have a phone number',
  'if the lead has a phone number',
  'if they provided a phone number',
  'if they included their phone number',
] as const;
const BRANCHES = [
  [' tell the front desk to ring them, if not send the welcome email', 'notify.team', 'email.send'],
  [' book a call, otherwise send the welcome email', 'calendar.schedule', 'email.send'],
] as const;

/** A lead's phone given or not, both branches. */
export const PHONE_GIVEN_CLASS: readonly Case[] = OPENINGS.flatMap((opening) =>
  GAVE.flatMap((gave) =>
    BRANCHES.map(
      ([branches, then, otherwise]): Case => [
        `${opening}${gave}${branches}`,
        'lead.created',
        `if(trigger.lead.phone exists true)[${then}]else[${otherwise}]`,
      ],
    ),
  ),
);

const NO_ATTENDEE_EMAIL = 'if(trigger.booking.attendeeEmail exists false)';

/** Absence, and the records whose field it is: a booking's attendee email, a form's submitter, an email's lead. */
export const PRESENCE_SAID_CLASS: readonly Case[] = [
  // "filled in" after what they have (set 30; read before the presence readers of session 39, refused by them)
  ...(['company name', 'phone number'] as const).flatMap((what) =>
    (['filled in', 'filled out', 'entered'] as const).map(
      (said): Case => [
        `When a new lead has a ${what} ${said} send them the corporate pack, else send the wedding pack`,
        'lead.created',
        `if(trigger.lead.${what.split(' ')[0]} exists true)[email.send]else[email.send]`,
      ],
    ),
  ),
  [
    "When a new lead comes in and they didn't leave a phone number, send the welcome email",
    'lead.created',
    'if(trigger.lead.phone exists false)[email.send]',
  ],
  [
    'When a new lead comes in and they have no company, tag them solo',
    'lead.created',
    'if(trigger.lead.company exists false)[crm.updateLead]',
  ],
  [
    'new booking with no attendee email -> warn reception so they can call and get one',
    'booking.created',
    `${NO_ATTENDEE_EMAIL}[notify.team]`,
  ],
  [
    'if a booking comes in with no email address on it post in slack so someone can chase them up',
    'booking.created',
    `${NO_ATTENDEE_EMAIL}[notify.slack]`,
  ],
  [
    "When a booking is made and there's no email on it, notify the team",
    'booking.created',
    `${NO_ATTENDEE_EMAIL}[notify.team]`,
  ],
  [
    'when a booking is made, if there is no attendee email on it let the office know, otherwise send them a booking confirmation',
    'booking.created',
    `${NO_ATTENDEE_EMAIL}[notify.team]else[email.send]`,
  ],
  [
    'when someone fills our apply form, if they gave an email create them as a lead, if not post it in slack',
    'form.submitted',
    'if(trigger.lead exists true)[crm.createLead]else[notify.slack]',
  ],
  [
    'When a form is submitted, if they left an email address send them a thank you email, otherwise notify the team',
    'form.submitted',
    'if(trigger.lead exists true)[email.send]else[notify.team]',
  ],
  [
    'when a reply comes in and we know which candidate it is add a note on them, if we dont know who it is post it in #unknown-replies',
    'email.received',
    'if(trigger.leadId exists true)[crm.addNote]else[notify.slack]',
  ],
  [
    'when an email comes in, if we know who it is add a note on them, otherwise post it in #unknown',
    'email.received',
    'if(trigger.leadId exists true)[crm.addNote]else[notify.slack]',
  ],
  [
    "When an email arrives and we don't know who sent it, post it in #unknown",
    'email.received',
    'if(trigger.leadId exists false)[notify.slack]',
  ],
];

/**
 * Twins refused: a field the trigger does not carry (a reply's lead has no phone, a cancelled booking no lead), and an
 * email's sender known on an invoice. (Attachments were refused here until session 45: the list is always there, so
 * its first item is tested now, trade-conditions-s44.ts.)
 */
export const PRESENCE_REFUSED: readonly Refusal[] = [
  ['When a lead replies, if they left a phone number notify the team', 'they left a phone number'],
  [
    'When a booking is cancelled and there is no phone number on it, notify the team',
    'no phone number on it',
  ],
  ['When an invoice is paid and we know who it is, notify the team', 'we know who it is'],
];

import type { Case } from '../table/case';

/**
 * Who gets it and which records (session 36, sets 21/22's classes 1, 6, 8, 14), said in many trades:
 * - a group described before the tag in brackets ("all the dog walking clients (tag: walks)"): each one found is
 *   emailed, never the team; a role of ours described the same way ("all the lawn care techs") stays the team;
 * - one email said by two purposes ("the thank you + review request email"): one email;
 * - "add them as a customer", "create them as a client": someone new put on file, in the trade's noun;
 * - "update the customer's status to customer": the status of the person the record is about;
 * - "remind everyone who hasn't paid their invoice yet": the unpaid invoices, never the paid ones.
 * Twins: a word left before people a list reader took (a second tag, "big") refused; a record beside a purpose
 * ("the invoice + thank you email") is not one email; someone already on file is not created again.
 */

/** A refused request and the words its refusal must quote. */
export type Refusal = readonly [prompt: string, quoted: string];

const SCHEDULES: readonly [said: string, cron: string][] = [
  ['every Tuesday 10am', 'cron(0 10 ? * TUE *)'],
  ['Every Monday at 8', 'cron(0 8 ? * MON *)'],
  ['on the 1st of each month at 9am', 'cron(0 9 1 * ? *)'],
];
/** A description, its people and the tag that says which they are, across trades. */
const GROUPS: readonly [description: string, people: string, tag: string][] = [
  ['dog walking', 'clients', 'walks'],
  ['lawn care', 'customers', 'lawn'],
  ['window cleaning', 'customers', 'windows'],
  ['fleet', 'customers', 'fleet'],
  ['wedding', 'clients', 'weddings'],
  ['piano', 'students', 'piano'],
  ['orthodontic', 'patients', 'ortho'],
  ['holiday let', 'guests', 'holiday-let'],
];
const GROUP_SAID = [
  (d: string, p: string, t: string) => `email all the ${d} ${p} (tag: ${t}) a reminder`,
  (d: string, p: string, t: string) => `send all the ${d} ${p} (tag: ${t}) a reminder to confirm next week`,
  (d: string, p: string, t: string) => `email the ${d} ${p} (tagged ${t}) a quick reminder`,
  (d: string, p: string, t: string) => `send every one of our ${d} ${p} (tag: "${t}") the newsletter`,
];

export const DESCRIBED_GROUP_CLASS: readonly Case[] = SCHEDULES.flatMap(([when, cron]) =>
  GROUPS.flatMap(([d, p, t]) =>
    GROUP_SAID.map((say): Case => [`${when} ${say(d, p, t)}`, cron, 'crm.findLeads; forEach[email.send]']),
  ),
);

/** Ours described the same way stay ours; a word left before people a list took (a second tag, "big") is refused. */
export const DESCRIBED_GROUP_TWINS: readonly Case[] = [
  [
    'every Tuesday 10am remind all the lawn care techs to clean the mowers',
    'cron(0 10 ? * TUE *)',
    'notify.team',
  ],
  ['every Tuesday 10am send all the window cleaning crew a reminder', 'cron(0 10 ? * TUE *)', 'notify.team'],
  [
    'Every Monday at 8 remind all the dog walking staff to check the rota',
    'cron(0 8 ? * MON *)',
    'notify.team',
  ],
];
export const DESCRIBED_GROUP_REFUSALS: readonly Refusal[] = [
  ['every Tuesday 10am email all the lawn care customers tagged lawn a reminder', 'all the lawn care'],
  ['every Tuesday 10am email all the big lawn customers tagged lawn a reminder', 'all the big lawn'],
  ['Every Monday at 8 email all the local piano students tagged piano a reminder', 'all the local piano'],
];

const PAID_EVENTS: readonly [said: string, event: string][] = [
  ['when an invoice gets paid', 'invoice.paid'],
  ['When a booking is cancelled,', 'booking.cancelled'],
  ['after someone books an appointment', 'booking.created'],
];
const PURPOSE_PAIRS = [
  'thank you + review request',
  'thank-you & google review',
  'welcome + coupon',
  'receipt and thank you',
  'thanks + feedback',
  'follow up & referral request',
];
const ONE_EMAIL_SAID = [
  (p: string) => `send the ${p} email`,
  (p: string) => `email them the ${p} email`,
  (p: string) => `send our ${p} message`,
];

export const ONE_EMAIL_CLASS: readonly Case[] = PAID_EVENTS.flatMap(([when, event]) =>
  PURPOSE_PAIRS.flatMap((pair) =>
    ONE_EMAIL_SAID.map((say): Case => [`${when} ${say(pair)}`, event, 'email.send']),
  ),
);
/** A purpose beside a step of its own stays two steps. */
export const ONE_EMAIL_TWINS: readonly Case[] = [
  [
    'when an invoice gets paid send the thank you email and notify the team',
    'invoice.paid',
    'email.send; notify.team',
  ],
  [
    'when an invoice gets paid send the welcome email and add a note',
    'invoice.paid',
    'email.send; crm.addNote',
  ],
];

const NEW_PERSON_EVENTS: readonly [said: string, event: string][] = [
  ['When someone fills out the "request a quote" form,', 'form.submitted {"form":["request a quote"]}'],
  ['when the waitlist form is filled out', 'form.submitted'],
  ['When someone submits the contact form', 'form.submitted'],
];
const AS_PERSON_SAID = [
  'add them as a customer',
  'create them as a client',
  'add them as a new patient',
  'create them as a student',
  'add them as a member',
  'add the person as a customer',
];
export const AS_PERSON_CLASS: readonly Case[] = NEW_PERSON_EVENTS.flatMap(([when, event]) =>
  AS_PERSON_SAID.flatMap((said): Case[] => [
    [`${when} ${said}`, event, 'crm.createLead'],
    [`${when} ${said} and email them a confirmation`, event, 'crm.createLead; email.send'],
  ]),
);
/** Someone already on file is never created again. */
export const AS_PERSON_REFUSALS: readonly Refusal[] = [
  ['When a new lead is added, add them as a customer', 'add them as a customer'],
  ['When a lead is qualified, create them as a client', 'create them as a client'],
  ['When an email comes in, add them as a customer', 'add them as a customer'],
];

const STATUS_EVENTS: readonly [said: string, event: string][] = [
  ['When an invoice gets paid,', 'invoice.paid'],
  ['When an invoice is created', 'invoice.created'],
  ['when an invoice is overdue', 'invoice.overdue'],
];
const STATUS_SAID = [
  "update the customer's status to customer",
  "update the client's status to customer",
  "set the patient's status to qualified",
  "change the student's status to contacted",
  "set the buyer's status to lost",
];
/** A trigger with no person or record of one (a schedule, a file): the possessive stays refused. */
export const PERSONS_STATUS_REFUSALS: readonly Refusal[] = [
  ["Every Monday at 9 update the client's status to customer", 'no person or record'],
  ["When a file is uploaded, update the client's status to customer", 'no file'],
];
/**
 * Session 40 (a18) reads the possessive on a booking's and an email's lead too ("booking cancelled -> set the
 * client's lead status back to contacted", development set 26): refused here before.
 */
const LINKED_STATUS: readonly Case[] = [
  [
    "When someone books an appointment, update the client's status to customer",
    'booking.created',
    'crm.updateLead',
  ],
  ["When an email comes in update the client's status to customer", 'email.received', 'crm.updateLead'],
];
export const PERSONS_STATUS_CLASS: readonly Case[] = STATUS_EVENTS.flatMap(([when, event]) =>
  STATUS_SAID.map((said): Case => [`${when} ${said}`, event, 'crm.updateLead']),
).concat(LINKED_STATUS);

const UNPAID_SAID = [
  "remind everyone who hasn't paid their invoice yet",
  "remind everyone who hasn't paid their bill yet",
  "remind all customers who haven't paid their invoices",
  'remind every client who has not paid their invoice yet',
  "send a reminder to everyone who hasn't paid their invoice",
];
export const UNPAID_CLASS: readonly Case[] = SCHEDULES.flatMap(([when, cron]) =>
  UNPAID_SAID.map((said): Case => [`${when} ${said}`, cron, 'invoice.find; forEach[invoice.sendReminder]']),
);

import type { Case } from '../table/case';
import type { Refusal } from './steps-s35';

/**
 * People and texts inside the steps (classes 6 and 7 of sets 19/20, session 35), in many trades:
 * - a note's text in quotes right after "note" ("add a note "reviewed by Jenna""): the note says it (it was dropped
 *   for the trigger's text, or refused when it named a person);
 * - a team member whose name is also a verb ("notify Mark", "tell Mark and me");
 * - a tag in brackets after the people found ("all my active buyers (tag: active-buyer)");
 * - each one found, named in the trade's noun ("… and email each guest", "send each patient a reminder"): one loop.
 */

const NOTE_TRIGGERS: readonly [said: string, event: string, leadId: string][] = [
  ['When a new lead is added', 'lead.created', '{{trigger.lead.id}}'],
  ['When someone books an appointment', 'booking.created', '{{trigger.booking.leadId}}'],
  ['When a client replies', 'email.received', '{{trigger.leadId}}'],
];
const NOTE_TEXTS = [
  'reviewed by Jenna',
  'showing scheduled',
  'called by Marco on Tuesday',
  'follow up tomorrow',
  'Deposit received',
  'VIP - handle with care',
];
const NOTE_SAID = [
  (t: string) => `add a note "${t}"`,
  (t: string) => `add the note "${t}" to the lead`,
  (t: string) => `leave a note '${t}'`,
  (t: string) => `add a quick note "${t}" to their record`,
];

export const QUOTED_NOTE_CLASS: readonly Case[] = NOTE_TRIGGERS.flatMap(([when, event]) =>
  NOTE_TEXTS.flatMap((text) => NOTE_SAID.map((say): Case => [`${when}, ${say(text)}`, event, 'crm.addNote'])),
);

/** The note's text itself, checked on one trigger per wording (the outline does not show it). */
export const QUOTED_NOTE_TEXTS: readonly [prompt: string, text: string][] = NOTE_TEXTS.flatMap((text) =>
  NOTE_SAID.map((say): [string, string] => [`When a new lead is added, ${say(text)}`, text]),
);

const MARKS: readonly [said: string, steps: string][] = [
  ['notify Mark', 'notify.team'],
  ['tell Mark', 'notify.team'],
  ['email Mark', 'notify.team'],
  ['ping Mark on slack', 'notify.team'],
  ['notify Mark and me', 'notify.team; notify.team'],
];

export const NAMED_MARK_CLASS: readonly Case[] = NOTE_TRIGGERS.flatMap(([when, event]) =>
  MARKS.map(([said, steps]): Case => [`${when}, ${said}`, event, steps]),
);

/** Twins: "Mark" that starts an action is the verb. */
export const MARK_VERB_TWINS: readonly Case[] = [
  [
    'When a new lead is added, notify the team. Mark them as contacted',
    'lead.created',
    'notify.team; crm.updateLead',
  ],
  [
    'When a new lead is added, notify me and mark them as contacted',
    'lead.created',
    'notify.team; crm.updateLead',
  ],
];

const GROUPS = ['all my active buyers', 'every client', 'all our members', 'each patient', 'all tenants'];
const TAGS = [
  '(tag: active-buyer)',
  '(tag: vip)',
  '(tagged "gold")',
  '(tag = spring-promo)',
  '(label: wholesale)',
];

export const BRACKET_TAG_CLASS: readonly Case[] = [
  ['Every Monday at 9', 'cron(0 9 ? * MON *)'],
  ['Let me run it manually', 'manual'],
].flatMap(([when = '', trigger = '']) =>
  GROUPS.flatMap((group) =>
    TAGS.map(
      (tag): Case => [
        `${when}: email ${group} ${tag} the new price list`,
        trigger,
        'crm.findLeads; forEach[email.send]',
      ],
    ),
  ),
);

const EACH_NOUNS = ['guest', 'patient', 'student', 'member', 'tenant', 'buyer', 'customer', 'homeowner'];

export const EACH_FOUND_CLASS: readonly Case[] = EACH_NOUNS.flatMap((noun): Case[] => [
  [
    `Manual: cancel every booking for this week and email each ${noun}`,
    'manual',
    'calendar.find; forEach[calendar.cancel; email.send]',
  ],
  [
    `Each Monday at 8am find all unpaid invoices and send each ${noun} a reminder`,
    'cron(0 8 ? * MON *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
]);

/** Twins: a tag in brackets with two values is refused; the bracket with no tag stays a refusal of its own. */
export const PEOPLE_REFUSALS: readonly Refusal[] = [
  ['Every Monday at 9: email every client (tag: vip or gold) the new price list', 'or gold'],
];

/** What was found, sent "to me": one message to us per record, never an email to each record's person. */
export const SENT_TO_ME_CLASS: readonly Case[] = [
  ['Every morning at 8, find all bookings today', 'cron(0 8 * * ? *)', 'calendar.find'],
  ['Every Monday, find all overdue invoices', 'cron(0 9 ? * MON *)', 'invoice.find'],
  ['Every Friday, find all leads tagged hot', 'cron(0 9 ? * FRI *)', 'crm.findLeads'],
].flatMap(([when = '', trigger = '', find = '']) =>
  ['email them to me', 'send them to me', 'forward them over to me', 'send them over to us'].map(
    (sent): Case => [`${when} and ${sent}`, trigger, `${find}; forEach[notify.team]`],
  ),
);

const PEOPLE_GROUPS = [
  'our clients',
  'all clients',
  'all my members',
  'every patient',
  'all tenants tagged north',
];
const REPORTS = ['a weekly report', 'the weekly summary', 'their monthly recap', 'a quick digest'];

/** A report sent to many people: written once, then emailed to each of them (it was a report per person, sent to nobody). */
export const REPORT_TO_PEOPLE_CLASS: readonly Case[] = [
  ['Every Friday', 'cron(0 9 ? * FRI *)'],
  ['On the 1st of every month at 8:00', 'cron(0 8 1 * ? *)'],
].flatMap(([when = '', trigger = '']) =>
  PEOPLE_GROUPS.flatMap((group) =>
    REPORTS.flatMap((report) =>
      ['send', 'email'].map(
        (verb): Case => [
          `${when}, ${verb} ${group} ${report}`,
          trigger,
          'report.summarize; crm.findLeads; forEach[email.send]',
        ],
      ),
    ),
  ),
);

/** Twins: the report sent to us stays ours; what is not a report is an email to each of them. */
export const REPORT_TO_PEOPLE_TWINS: readonly Case[] = [
  ['Every Friday, send me the weekly report', 'cron(0 9 ? * FRI *)', 'report.summarize; notify.team'],
  ['Every Friday, send the team a weekly report', 'cron(0 9 ? * FRI *)', 'report.summarize; notify.team'],
  [
    'Every Friday, send our clients the weekly newsletter',
    'cron(0 9 ? * FRI *)',
    'crm.findLeads; forEach[email.send]',
  ],
  ['When a new lead is added, email them the price list', 'lead.created', 'email.send'],
];

/** What a meeting is for, said "to go over …": the meeting, never a comparison ("over") left unread. */
export const GO_OVER_CLASS: readonly Case[] = [
  ['When a guest enquiry comes in', 'lead.created', '{{trigger.lead.email}}'],
  ['When a new lead is added', 'lead.created', '{{trigger.lead.email}}'],
].flatMap(([when = '', trigger = '']) =>
  ['the property', 'their options', 'the paperwork', 'the details', 'everything', 'the quote'].flatMap(
    (what) =>
      ['book a 20 min call with them to go over', 'schedule a call to go through'].map(
        (book): Case => [`${when}, ${book} ${what}`, trigger, 'calendar.schedule'],
      ),
  ),
);

/** The twin: "goes over" a value is still a comparison. */
export const GO_OVER_TWINS: readonly Case[] = [
  [
    'When a new lead is added and the value goes over 500, notify me',
    'lead.created',
    'if(trigger.lead.value gt 500)[notify.team]',
  ],
];

import type { Case } from '../table/case';
import { ACTIONS, cross, type Refusal } from './comparisons-s32';

/**
 * Session 32 (h5): the miss classes of h4's development set 17 given to h5 — a quoted word in a field, quoted words
 * joined by "or", how a record always arrives, "everyone else" as the other branch, a trade's name for the value, an
 * acronym before a summary, a confirmation of something no record is — each crossing its dimensions.
 */

/** h4's development set 17 (session 32), its classes given to h5: a quoted word in a field, said around the record. */
const FIELD_WORDS = [
  ["'Private Dining'", (p: string) => `${p} contains "Private Dining"`],
  ["'outage' or 'down'", (p: string) => `(${p} contains "outage" or ${p} contains "down")`],
] as const;

export const FIELD_TEXT_CLASS: readonly Case[] = (
  [
    ['When a booking comes in with {q} in the title', 'booking.created', 'trigger.booking.title'],
    ['When a booking is made with {q} in its title', 'booking.created', 'trigger.booking.title'],
    ['When a new email comes in with {q} in the subject', 'email.received', 'trigger.subject'],
    ['If an inbound email has {q} in the subject', 'email.received', 'trigger.subject'],
    ['When an email arrives with {q} in the subject line', 'email.received', 'trigger.subject'],
  ] as const
).flatMap(([said, event, path]) =>
  FIELD_WORDS.flatMap(([q, test]) =>
    ACTIONS.map(
      ([action, step]): Case => [`${said.replace('{q}', q)}, ${action}`, event, `if(${test(path)})[${step}]`],
    ),
  ),
);

/** Quoted words joined by "or" after a text verb: each is a test of the same text. */
export const OR_WORDS_CLASS: readonly Case[] = cross(
  ['When a client email ', 'When a reply '],
  ['says ', 'contains ', 'mentions '],
  ["'urgent' or 'asap'"],
  [', '],
  ['notify Sam', 'post in #deals'],
).map(
  (r): Case => [
    r,
    'email.received',
    `if((trigger.text contains "urgent" or trigger.text contains "asap"))[${r.endsWith('Sam') ? 'notify.team' : 'notify.slack'}]`,
  ],
);

/** How the record always arrives ("via my calendar link", "via our form"): never a source to test. */
export const HOW_IT_COMES_CLASS: readonly Case[] = (
  [
    ['client books a shoot via my calendar link', 'booking.created'],
    ['When someone books a call via our booking page', 'booking.created'],
    ['When a client books through my scheduling link', 'booking.created'],
    ['When an application is submitted via our form', 'form.submitted'],
    ['When a new application is submitted through our form', 'form.submitted'],
  ] as const
).flatMap(([said, event]) =>
  [' -> ', ', '].flatMap((joint) =>
    ACTIONS.map(([action, step]): Case => [`${said}${joint}${action}`, event, step]),
  ),
);

/** "everyone else" after a first branch: the other branch, never a message to everyone. */
export const EVERYONE_ELSE_CLASS: readonly Case[] = cross(
  ['When a new lead comes in from Instagram, send them the set menu email. '],
  ['everyone else ', 'Everyone else just ', 'anyone else ', 'Everybody else: '],
  ['tag them as newsletter', 'notify Sam'],
).map(
  (r): Case => [
    r,
    'lead.created',
    `if(trigger.lead.source eq "Instagram")[email.send]else[${r.endsWith('Sam') ? 'notify.team' : 'crm.updateLead'}]`,
  ],
);

/** A trade's name for the lead's value ("loan value", "contract value") × comparison × action. */
export const TRADE_VALUE_CLASS: readonly Case[] = cross([
  'loan value',
  'contract value',
  'project value',
  'order value',
]).flatMap((field) =>
  (
    [
      ['When a new lead comes in with a {f} of over 500,000', 'gt', 500000],
      ['When a new lead comes in and the {f} is at least 20k', 'gte', 20000],
    ] as const
  ).flatMap(([said, op, n]) =>
    ACTIONS.map(
      ([action, step]): Case => [
        `${said.replace('{f}', field)}, ${action}`,
        'lead.created',
        `if(trigger.lead.value ${op} ${n})[${step}]`,
      ],
    ),
  ),
);

/** An acronym before what is sent names its topic ("the weekly SLA summary"), never a time zone. */
export const TOPIC_ACRONYM_CLASS: readonly Case[] = cross(['SLA', 'CSAT', 'OKR', 'P1']).flatMap((a) =>
  [
    [`Every Monday at 9am, post the weekly ${a} summary in #ops`, 'report.summarize; notify.slack'],
    [`Every Friday at 4pm, email me the ${a} report`, 'report.summarize; notify.team'],
  ].map(
    ([r, steps]): Case => [
      r ?? '',
      r?.startsWith('Every Monday') ? 'cron(0 9 ? * MON *)' : 'cron(0 16 ? * FRI *)',
      steps ?? '',
    ],
  ),
);

/** Must refuse: a confirmation of something no record is ("a quote isn't accepted"). */
export const ACCEPTED_REFUSED: readonly Refusal[] = cross(
  ['if a quote ', 'If an estimate ', 'if the proposal '],
  ["isn't accepted within 5 days, "],
  ['follow up with an email', 'notify Sam'],
).map((r): Refusal => [r, r.split(' ')[2] ?? '']);

/** A message from a person of any trade and what it says ("a guest email mentions allergy": the test was dropped). */
export const PERSON_MESSAGE_CLASS: readonly Case[] = cross([
  'guest',
  'patient',
  'tenant',
  'applicant',
  'member',
  'student',
]).flatMap((person) =>
  (
    [
      [`If a ${person} email mentions allergy, `, 'allergy'],
      [`When a ${person} message says 'refund', `, 'refund'],
      [`If a ${person} email mentions allergy or allergies `, 'allergy|allergies'],
    ] as const
  ).flatMap(([said, words]) =>
    (
      [
        ['flag it to the head chef', 'notify.team'],
        ['post in #front-desk', 'notify.slack'],
      ] as const
    ).map(([action, step]): Case => {
      const tests = words.split('|').map((w) => `trigger.text contains "${w}"`);
      const test = tests.length > 1 ? `(${tests.join(' or ')})` : tests[0];
      return [`${said}${action}`, 'email.received', `if(${test})[${step}]`];
    }),
  ),
);

import type { Case } from '../table/case';

/**
 * Sentence-level idioms (session 27): a colleague asked to phone the customer ("ask Dave to give them a ring", "have
 * Pete call them", in an "otherwise" branch too), a person named with who they are ("notify Jenna, the paralegal on
 * the file"), "send it to me", "got back to me" (replied), a tag or an email named after a social network ("tag them
 * as instagram", "the Facebook offer email"), a text test said twice with "or" ("text contains A OR text contains
 * B"), and a second object after an email ("a welcome email and a note"). Trigger × idiom × order.
 */

const TRIGGERS: readonly [said: string, trigger: string][] = [
  ['When a new lead comes in', 'lead.created'],
  ['When a form is submitted', 'form.submitted'],
  ['When someone books a demo', 'booking.created'],
];

/** Someone of ours asked to phone the customer: a notification to them (there is no phone-call action). */
const COLLEAGUE_CALLS: readonly string[] = [
  'ask Dave to give them a ring',
  'get Dave to give them a call',
  'have Pete call them',
  'ask Pete to call them back',
  'tell Maria to phone them',
  'ask the sales manager to phone them',
  'tell sales to call them',
  'get our account manager to ring them',
];

/** Someone named, and who they are: the name is who is told. */
const APPOSITIONS: readonly string[] = [
  'notify Jenna, the paralegal on the file',
  'notify Jenna, our office manager',
  "tell Sam, who's the sales lead for the north region",
  'ping Omar, the account manager',
];

const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const told = (said: readonly string[]): ReadonlyMap<string, readonly Case[]> =>
  new Map(
    said.map((idiom): [string, Case[]] => [
      idiom,
      TRIGGERS.flatMap(([when, trigger]): Case[] => [
        [`${when}, ${idiom}`, trigger, 'notify.team'],
        [`${when}, ${idiom}, and post it in #sales`, trigger, 'notify.team; notify.slack'],
        [`${when}, send them a welcome email and ${idiom}`, trigger, 'email.send; notify.team'],
      ]),
    ]),
  );

export const COLLEAGUE_CALL_CLASS = told(COLLEAGUE_CALLS);
export const APPOSITION_CLASS = told(APPOSITIONS);

/** "otherwise ask Pete to call them": the other branch kept, never dropped. */
export const OTHERWISE_CALL_CASES: readonly Case[] = COLLEAGUE_CALLS.flatMap((idiom): Case[] => [
  [
    `When a new lead comes in, if they are worth over 10k notify Anna, otherwise ${idiom}`,
    'lead.created',
    'if(trigger.lead.value gt 10000)[notify.team]else[notify.team]',
  ],
  [
    `When a new lead comes in and the source is LinkedIn, notify Anna; otherwise ${idiom}`,
    'lead.created',
    'if(trigger.lead.source eq "LinkedIn")[notify.team]else[notify.team]',
  ],
]);

/** "got back to me", "gets back to us": a reply, as an event and in a wait. */
export const GOT_BACK_CASES: readonly Case[] = [
  ['me', 'us'].flatMap((who): Case[] => [
    [`When a lead gets back to ${who}, notify the team`, 'email.received', 'notify.team'],
    [`When a client gets back to ${who}, add a note`, 'email.received', 'crm.addNote'],
    [
      `If a lead hasn't got back to ${who} in 3 days, send a reminder`,
      'email.sent[message]',
      'waitFor(email.received,P3D,timeout:[email.send])',
    ],
    [
      `If a lead doesn't get back to ${who} within 2 days, send them a reminder`,
      'email.sent[message]',
      'waitFor(email.received,P2D,timeout:[email.send])',
    ],
  ]),
].flat();

/** "send it to me": what the trigger brings, passed on to the one asking. */
export const SEND_IT_CASES: readonly Case[] = [
  ['When an invoice is paid', 'invoice.paid'],
  ['When a form is submitted', 'form.submitted'],
  ['When a new lead comes in', 'lead.created'],
].flatMap(([when, trigger]): Case[] =>
  ['send it to me', 'send it to me by email', 'send this over to us'].map(
    (idiom): Case => [`${when}, ${idiom}`, trigger ?? '', 'notify.team'],
  ),
);

const NETWORKS = ['instagram', 'Facebook', 'TikTok', 'LinkedIn'];

/** A network's name as a tag's value or in what is emailed: a record update or an email, never a post. */
export const NETWORK_NAME_CASES: readonly Case[] = NETWORKS.flatMap((net): Case[] => [
  [`When a new lead comes in, tag them as ${net}`, 'lead.created', 'crm.updateLead'],
  [
    `When a new lead comes in, add the tag ${net} and notify the team`,
    'lead.created',
    'crm.updateLead; notify.team',
  ],
  [`When a new lead comes in, label them ${net}`, 'lead.created', 'crm.updateLead'],
  [
    `When a lead comes in from ${upper(net)}, send them the ${upper(net)} offer email`,
    'lead.created',
    `if(trigger.lead.source eq "${upper(net)}")[email.send]`,
  ],
]);

const TESTS: readonly [said: string, test: string][] = [
  [
    'the text contains refund OR text contains cancel',
    'trigger.text contains "refund" or trigger.text contains "cancel"',
  ],
  [
    'the message contains refund or the message contains cancel',
    'trigger.text contains "refund" or trigger.text contains "cancel"',
  ],
  [
    'the message contains refund or cancel',
    'trigger.text contains "refund" or trigger.text contains "cancel"',
  ],
  [
    'the subject mentions refund or the message mentions cancel',
    'trigger.subject contains "refund" or trigger.text contains "cancel"',
  ],
  [
    'the message contains "refund" or "cancel"',
    'trigger.text contains "refund" or trigger.text contains "cancel"',
  ],
];

/** Two text tests joined by "or", each said in full: both tested, neither read as the other's words. */
export const TEXT_OR_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  TESTS.map(([test, outline]): [string, Case[]] => [
    test,
    [
      ['notify the team', 'notify.team'],
      ['post it in #support', 'notify.slack'],
    ].flatMap(([action, step]): Case[] => [
      [`When an email comes in, if ${test}, ${action}`, 'email.received', `if((${outline}))[${step}]`],
      [`When a customer emails us and ${test}, ${action}`, 'email.received', `if((${outline}))[${step}]`],
    ]),
  ]),
);

/** A second thing after an email, said without its verb: its own step. */
export const SECOND_OBJECT_CASES: readonly Case[] = TRIGGERS.filter(
  ([, t]) => t !== 'form.submitted',
).flatMap(([when, trigger]): Case[] => [
  [`${when}, send a welcome email and a note`, trigger, 'email.send; crm.addNote'],
  [`${when}, send them a confirmation email and a short note`, trigger, 'email.send; crm.addNote'],
  [`${when}, send a welcome email and an invoice for 500 EUR`, trigger, 'email.send; invoice.create'],
]);

/** Idioms that name an action nobody can do: refused, quoting it. */
export const IDIOM_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  ['When a new lead comes in, give them a ring', 'no phone-call action'],
  ['When a new lead comes in, give the lead a quick call', 'no phone-call action'],
  ['When a new lead comes in, send them a welcome email and a text', 'no SMS or chat-app action'],
  ['When a new lead comes in, post it on Instagram', 'no social-media action'],
  ['When a new lead comes in, create an Instagram post', 'no social-media action'],
];

export const IDIOM_PRODUCT: readonly Case[] = [
  ...[...COLLEAGUE_CALL_CLASS.values()].flat(),
  ...[...APPOSITION_CLASS.values()].flat(),
  ...OTHERWISE_CALL_CASES,
  ...GOT_BACK_CASES,
  ...SEND_IT_CASES,
  ...NETWORK_NAME_CASES,
  ...[...TEXT_OR_CLASS.values()].flat(),
  ...SECOND_OBJECT_CASES,
];

import type { Case } from '../table/case';

/**
 * Creating a record as an action, as a grammar of slots: the trigger (a sentence, or a title such as "Calendly
 * booking") × the wording of "create a lead" (add them to the CRM, save them as a contact, pop them on the CRM, log
 * them in the CRM as a new lead, "contact in CRM" alone) × what follows (an email in several wordings, a
 * notification, nothing) × the joint.
 */

const TRIGGERS: readonly [string, string][] = [
  ['When someone fills in the enquiry form', 'form.submitted'],
  ['When a new booking comes in', 'booking.created'],
  ['When an email arrives from a new person', 'email.received'],
  ['Calendly booking', 'booking.created'],
  ['New form submission', 'form.submitted'],
];

const CREATE = [
  'add them to the CRM',
  'create a lead for them',
  'put them in the CRM',
  'save them as a contact',
  'register them as a lead',
  'make a new contact',
  'create a contact in the CRM',
  'add the person as a lead',
  'pop them on the CRM',
  'log them in the CRM as a new lead',
  'contact in CRM',
];

const THEN: readonly [string, string][] = [
  ['send them a welcome email', '; email.send'],
  ['say hello to him with a mail', '; email.send'],
  ['notify the team', '; notify.team'],
  ['confirmation email', '; email.send'],
  ['', ''],
];

const JOINS: readonly ((t: string, c: string, a: string) => string)[] = [
  (t, c, a) => `${t}, ${c}${a ? ` and ${a}` : ''}`,
  (t, c, a) => `${t} → ${c}${a ? ` + ${a}` : ''}`,
  (t, c, a) => `${t}: ${c}${a ? `, then ${a}` : ''}`,
];

const wording = (t: number, c: number, a: number, j: number): Case => {
  const [trigger, event] = TRIGGERS[t % TRIGGERS.length] ?? [
    'When a new booking comes in',
    'booking.created',
  ];
  const [then, step] = THEN[a % THEN.length] ?? ['', ''];
  const join = JOINS[j % JOINS.length] ?? JOINS[0];
  return [join?.(trigger, CREATE[c % CREATE.length] ?? '', then) ?? '', event, `crm.createLead${step}`];
};

/** Each wording of "create a lead" with every trigger, every follow-up and every joint, grouped by wording. */
export const RECORD_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  CREATE.map((create, c): [string, Case[]] => [
    create,
    [
      ...TRIGGERS.map((_, t) => wording(t, c, c + t, c + t)),
      ...THEN.map((_, a) => wording(c + a, c, a, a)),
      ...JOINS.map((_, j) => wording(c + j + 1, c, c + j + 1, j)),
    ],
  ]),
);

/** The full cross product (825 wordings), for the bench. */
export const RECORD_PRODUCT: readonly Case[] = TRIGGERS.flatMap((_t, t) =>
  CREATE.flatMap((_c, c) => THEN.flatMap((_a, a) => JOINS.map((_j, j) => wording(t, c, a, j)))),
);

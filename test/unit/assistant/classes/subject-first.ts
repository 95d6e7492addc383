import type { Case } from '../table/case';

/**
 * Actions said around who receives or undergoes them, as a grammar of slots: the trigger × three different actions,
 * each in the subject-first and passive wordings people use ("they get a confirmation email", "they're added to the
 * CRM", "the team is notified", "a note gets logged on the lead", "have Slack ping #sales", "the lead should be
 * marked as contacted") × how they are joined. Each row's expected outline is the three actions in order.
 */

const TRIGGERS: readonly [string, string][] = [
  ['When a new lead comes in', 'lead.created'],
  ['When a lead replies', 'email.received'],
  ['Once someone books a demo', 'booking.created'],
];

const ACTIONS: readonly [step: string, wordings: readonly string[]][] = [
  [
    'email.send',
    [
      'they get a welcome email',
      'they receive a confirmation email',
      'the lead should receive a thank you email',
      'a welcome email is sent to them',
      'they are sent a follow-up email',
      "they'll get an intro email",
      'a personal email goes out to them',
    ],
  ],
  [
    'notify.team',
    [
      'the team is notified',
      'sales gets notified',
      'the sales team should be alerted',
      'Anna is told',
      'our manager gets a heads-up',
      'Anna gets a Slack message',
      'the sales team gets an email',
    ],
  ],
  [
    'notify.slack',
    [
      '#sales gets a Slack message',
      'a message is posted to #sales',
      'have Slack ping #sales',
      'a Slack alert goes to #sales',
      '#sales is pinged on Slack',
    ],
  ],
  [
    'crm.addNote',
    [
      'a note is added to their record',
      'a note gets logged on the lead',
      'a comment should be left on their profile',
      'a short note is written on the lead',
    ],
  ],
  [
    'crm.updateLead',
    [
      "they're tagged as hot",
      'they get tagged hot',
      'the lead is labelled "hot"',
      'the lead is marked as contacted',
      'their status is set to qualified',
      'they get moved to qualified',
      "the lead's status should be changed to contacted",
    ],
  ],
  [
    'calendar.schedule',
    ['a call is booked with them', 'a meeting gets scheduled with them', 'a call should be set up with them'],
  ],
];

const JOINS: readonly ((a: readonly string[]) => string)[] = [
  (a) => `${a[0]}, ${a[1]} and ${a[2]}`,
  (a) => `${a[0]}, ${a[1]}, and ${a[2]}`,
  (a) => `${a[0]}, then ${a[1]}, then ${a[2]}`,
  (a) => `${a[0]}; ${a[1]}; ${a[2]}`,
  (a) => `${a[0]}. Then ${a[1]} and ${a[2]}`,
  (a) => `${a[0]} and ${a[1]}, and also ${a[2]}`,
];

const PUT: readonly ((trigger: string, body: string) => string)[] = [
  (t, b) => `${t}, ${b}`,
  (t, b) => `${t}: ${b}`,
  (t, b) => `${t} → ${b}`,
];

/** Ordered triples of different actions; a booking trigger never books (that would start itself again). */
const triples = (trigger: string): number[][] =>
  ACTIONS.flatMap((_a, a) => ACTIONS.flatMap((_b, b) => ACTIONS.map((_c, c) => [a, b, c]))).filter(
    ([a, b, c]) => a !== b && b !== c && a !== c && !(trigger === 'booking.created' && [a, b, c].includes(5)),
  );

const wording = (t: number, triple: readonly number[], j: number, p: number, k: number): Case => {
  const [text, trigger] = TRIGGERS[t] ?? ['When a new lead comes in', 'lead.created'];
  const words = triple.map((i, n) => {
    const w = ACTIONS[i]?.[1] ?? [];
    return w[(k + n * 3 + j) % w.length] ?? '';
  });
  const join = JOINS[j % JOINS.length] ?? JOINS[0];
  const put = PUT[p % PUT.length] ?? PUT[0];
  const steps = triple.map((i) => ACTIONS[i]?.[0]).join('; ');
  return [put?.(text, join?.(words) ?? '') ?? '', trigger, steps];
};

/** Every trigger × triple with a join and a way of putting it (rotated), grouped by trigger. */
export const SUBJECT_FIRST_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  TRIGGERS.map(([text, trigger], t): [string, Case[]] => [
    text,
    triples(trigger).map((triple, k) => wording(t, triple, k, k + t, k)),
  ]),
);

/** The full cross product, for the bench. */
export const SUBJECT_FIRST_PRODUCT: readonly Case[] = TRIGGERS.flatMap(([, trigger], t) =>
  triples(trigger).flatMap((triple, x) =>
    JOINS.flatMap((_j, j) =>
      PUT.map((_p, p) => wording(t, triple, j, p, x * JOINS.length * PUT.length + j * PUT.length + p)),
    ),
  ),
);

import type { Case } from '../table/case';

/**
 * Who a message is for and how many records it is about, said in a trade's words (session 32, h8), crossing
 * independent slots so that no slot is tried only with the others' first values:
 * - one of ours by role: the determiner (the, our, my) × up to two modifiers × the role noun of a trade (dispatcher,
 *   estimator, tech, crew, foreman, site manager, CSM) or a rota ("whoever's on call", "the person on duty") × the
 *   verb form (tell, let … know, email, send … a message, give … a heads up / a shout, loop in) × the event × the
 *   joint × the surface (typed, or dictated: no capitals, no commas). Always a team notification, never the lead;
 * - a Slack channel without "#": the channel's form ("the wins channel", "our ops slack channel", "our slack channel
 *   for ops", "post in dispatch", "dispatch on slack") × the verb (post, drop it, share it, ping, message, send it
 *   to) × the event × the surface. Always one Slack post, in that channel;
 * - a reminder to one of ours on a schedule: the schedule × whom (a role, a rota, a channel without "#") × the verb
 *   form × where the schedule stands;
 * - many records in a trade's words: the quantifier (every, all, each of our, none with a plural) × the head
 *   (accounts, customers, members, clients, users) × what picks them (a tag before the noun, "tagged X", a status)
 *   × the verb; and a day's bookings ("each of today's onboarding sessions", "everyone in tomorrow's site visits",
 *   "each customer on today's schedule").
 */

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** Dictated: no capitals, no commas, no full stop. */
const spoken = (s: string): string => s.toLowerCase().replace(/[,.]/g, '');

type Joint = (event: string, action: string) => string;
const JOINTS: readonly Joint[] = [
  (e, a) => `When ${e}, ${a}`,
  (e, a) => `${a} when ${e}`,
  (e, a) => `Whenever ${e}, ${a}`,
  (e, a) => `As soon as ${e}, ${a}`,
];

const EVENTS: readonly (readonly [said: string, event: string])[] = [
  ['a booking is cancelled', 'booking.cancelled'],
  ['a new lead comes in', 'lead.created'],
  ['an invoice is paid', 'invoice.paid'],
  ['a form is submitted', 'form.submitted'],
];

const ROLES = [
  'the dispatcher',
  'our estimator',
  'the lead tech',
  'the on call guy',
  'the on-call tech',
  "whoever's on rotation",
  'whoever is on call',
  'the person on duty',
  'the van crew',
  'the site manager',
  'the field techs',
  'my office manager',
  "the customer's CSM",
  'the account owner',
  'the night shift',
  'the foreman',
];
const TELL: readonly ((who: string) => string)[] = [
  (w) => `tell ${w}`,
  (w) => `let ${w} know`,
  (w) => `email ${w}`,
  (w) => `send ${w} a message`,
  (w) => `give ${w} a heads up`,
  (w) => `give ${w} a shout`,
  (w) => `loop in ${w}`,
  (w) => `ping ${w}`,
];

/** A channel without "#", as the writer names it where the verb puts something. */
const CHANNEL_FORMS: readonly ((verb: string, name: string) => string)[] = [
  (v, n) => `${v} in the ${n} channel`,
  (v, n) => `${v} to our ${n} slack channel`,
  (v, n) => `${v} in our slack channel for ${n}`,
  (v, n) => `${v} in ${n}`,
  (v, n) => `${v} in ${n} on slack`,
];
const POST_VERBS = ['post', 'drop it', 'share it', 'post a message', 'drop a note', 'shout it out'];
const CHANNELS = ['dispatch', 'wins', 'sales-alerts', 'ops'];
/** Verbs whose channel follows with no preposition. */
const DIRECT: readonly ((channel: string) => string)[] = [
  (c) => `ping the ${c} channel`,
  (c) => `message our ${c} channel`,
  (c) => `send it to the ${c} channel`,
  (c) => `let the ${c} channel know`,
  (c) => `send it to ${c} on slack`,
];

const SCHEDULES: readonly (readonly [said: string, cron: string])[] = [
  ['every Friday', 'cron(0 9 ? * FRI *)'],
  ['every weekday at 8am', 'cron(0 8 ? * MON-FRI *)'],
  ['each Monday at 4pm', 'cron(0 16 ? * MON *)'],
];
const REMINDED: readonly (readonly [who: string, step: string])[] = [
  ['the on call guy', 'notify.team'],
  ['the lead tech', 'notify.team'],
  ["whoever's on rotation", 'notify.team'],
  ['the field techs', 'notify.team'],
  ['the cs channel', 'notify.slack'],
  ['cs-team on slack', 'notify.slack'],
  ['everyone in the wins channel', 'notify.slack'],
];
const REMIND_FORMS: readonly ((who: string) => string)[] = [
  (w) => `remind ${w} to update the tracker`,
  (w) => `nudge ${w} to check the queue`,
  (w) => `send ${w} a reminder to log their hours`,
  (w) => `remind ${w}: update the tracker`,
  (w) => `a quick reminder to ${w} - timesheets due`,
];

const MANY_HEADS = ['accounts', 'customers', 'members', 'clients', 'users'];
const MANY_FORMS: readonly ((head: string) => string)[] = [
  (h) => `every ${h.replace(/s$/, '')} tagged at-risk`,
  (h) => `all ${h} tagged at-risk`,
  (h) => `all our at-risk ${h}`,
  (h) => `each of our vip ${h}`,
  (h) => `the ${h} tagged vip`,
  (h) => `${h} tagged at-risk`,
  (h) => `all qualified ${h}`,
  (h) => `all ${h} tagged at risk`,
];
const MANY_VERBS: readonly ((many: string) => string)[] = [
  (m) => `email ${m}`,
  (m) => `send ${m} a check-in email`,
];
const DAYS: readonly ((day: string) => string)[] = [
  (d) => `email each of ${d}'s onboarding sessions a reminder`,
  (d) => `email everyone in ${d}'s site visits a reminder`,
  (d) => `email each customer on ${d}'s schedule`,
  (d) => `send every one of ${d}'s clients a reminder`,
  (d) => `email all of ${d}s appointments a reminder`,
  (d) => `email everyone with an onsite visit booked for ${d}`,
  (d) => `email each client who has a meeting with us ${d}`,
];

const build = (): Map<string, Case[]> => {
  const groups = new Map<string, Case[]>();
  const add = (group: string, c: Case): void => {
    groups.set(group, [...(groups.get(group) ?? []), c]);
  };
  let k = 0;
  const joint = (): Joint => JOINTS[k++ % JOINTS.length] ?? JOINTS[0] ?? ((e, a) => `When ${e}, ${a}`);
  const event = (): readonly [string, string] =>
    EVENTS[k % EVENTS.length] ?? ['a new lead comes in', 'lead.created'];
  for (const role of ROLES)
    for (const tell of TELL) {
      const [said, name] = event();
      const prompt = capital(joint()(said, tell(role)));
      add(`role: ${role}`, [prompt, name, 'notify.team']);
      if (k % 3 === 0) add(`role: ${role}`, [spoken(prompt), name, 'notify.team']);
    }
  for (const form of CHANNEL_FORMS)
    for (const verb of POST_VERBS)
      for (const channel of CHANNELS) {
        const [said, name] = event();
        const prompt = capital(joint()(said, form(verb, channel)));
        add(`channel: ${form('…', 'X')}`, [prompt, name, 'notify.slack']);
        if (k % 4 === 0) add(`channel: ${form('…', 'X')}`, [spoken(prompt), name, 'notify.slack']);
      }
  for (const direct of DIRECT)
    for (const channel of CHANNELS) {
      const [said, name] = event();
      add(`channel: ${direct('X')}`, [capital(joint()(said, direct(channel))), name, 'notify.slack']);
    }
  for (const [when, cron] of SCHEDULES)
    for (const [who, step] of REMINDED)
      for (const form of REMIND_FORMS) {
        add(`reminder: ${who}`, [capital(`${when} ${form(who)}`), cron, step]);
        add(`reminder: ${who}`, [`${capital(form(who))} ${when}`, cron, step]);
      }
  for (const head of MANY_HEADS)
    for (const many of MANY_FORMS)
      for (const verb of MANY_VERBS)
        add(`many: ${head}`, [
          `Every Monday, ${verb(many(head))}`,
          'cron(0 9 ? * MON *)',
          'crm.findLeads; forEach[email.send]',
        ]);
  for (const day of ['today', 'tomorrow'])
    for (const form of DAYS)
      add('many: a day of bookings', [
        `Every morning at 7 ${form(day)}`,
        'cron(0 7 * * ? *)',
        'calendar.find; forEach[email.send]',
      ]);
  // actions by meaning: a draft said after its object, a notification set up, paging, the record by its role noun
  for (const [when, cron] of SCHEDULES)
    for (const draft of [
      'i want a personal follow up drafted for each qualified lead',
      'draft a quick follow up for every qualified lead',
      'we need a follow up email drafted for each qualified lead',
    ])
      add('draft said after its object', [
        capital(`${when} ${draft}`),
        cron,
        'crm.findLeads; forEach[email.draft]',
      ]);
  for (const [said, name] of EVENTS)
    for (const act of [
      'set up a notification to our compliance officer',
      'page the on-call tech',
      'ask their adviser to call them',
      'send an alert to the duty manager',
    ])
      add('notified by meaning', [capital(joint()(said, act)), name, 'notify.team']);
  for (const who of ['that client', 'the client', 'this customer', 'the account'])
    for (const status of ['a customer', 'qualified', 'lost'])
      add('the record by its role noun', [
        capital(joint()('a booking is cancelled', `mark ${who} as ${status}`)),
        'booking.cancelled',
        'crm.updateLead',
      ]);
  for (const [when, cron] of SCHEDULES)
    for (const unpaid of [
      "chase every invoice that's still unpaid",
      'chase all invoices which are still unpaid',
    ])
      add('invoices by a relative clause', [
        capital(`${when} ${unpaid}`),
        cron,
        'invoice.find; forEach[invoice.sendReminder]',
      ]);
  return groups;
};

export const RECIPIENTS_CLASS: ReadonlyMap<string, readonly Case[]> = build();

/**
 * What must be refused, quoted: what picks records out that no finder can filter ("that churned last month",
 * "whose trial ends this week"), a channel nobody can name ("the usual channel"), and a day's bookings picked by a
 * word nothing on the booking says ("today's final sessions").
 */
export const RECIPIENTS_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  ...MANY_HEADS.flatMap((head) => [
    [`Every Monday, email all ${head} that churned last month`, 'that churned last month'] as const,
    [
      `Every Monday, email every ${head.replace(/s$/, '')} tagged at-risk at Kings Court`,
      'Kings Court',
    ] as const,
  ]),
  ['When a deal is won, post it in the usual channel', 'usual channel'],
  ['When a booking is cancelled, post it in the right channel', 'right channel'],
  ['Every morning at 7 email each of the final sessions today a reminder', 'final'],
  // a document of theirs is never our activity summary: refused, never a report step
  [
    'When we email a client their suitability report and there is no reply after 10 days, notify the adviser',
    'suitability',
  ],
];

/** The full cross product, for the bench. */
export const RECIPIENTS_PRODUCT: readonly Case[] = [...RECIPIENTS_CLASS.values()].flat();

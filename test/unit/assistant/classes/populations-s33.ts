import type { Case } from '../table/case';

/**
 * Records, many records, reports and recipients said in a population's own words (session 33, h8), crossing
 * independent slots so that no slot is tried only with the others' first values, each with a must-refuse twin:
 * - many people by the writer's noun picked by a tag or a status: quantifier × modifier × head (any trade's noun:
 *   stockist, wholesaler, regular …) × how the filter is said (in brackets, bare, "with the tag", "whose status is",
 *   a status in quotes) × verb × where the schedule stands × surface (typed / dictated: no capitals, no commas);
 * - a day's bookings by their kind ("for each PT session today", "everyone who's booked for tonight");
 * - "book" + any noun ("book their induction") × verb form × trigger;
 * - the record by the population's noun ("create the stockist") and "the matching invoice";
 * - several recipients ("notify Sam and Priya", "send the weekly report to Sam and Priya"), a report to a folder;
 * - a run started by a button; a count of people over what a find returns ("We have 35k people on the list").
 */

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** Dictated: no capitals, no commas, no full stop. */
const spoken = (s: string): string => s.toLowerCase().replace(/[,.]/g, '');

/** What the find must hold, for the filter test: the request and the find's input. */
export type FindCase = readonly [prompt: string, input: Readonly<Record<string, unknown>>];

const SCHEDULES = [
  ['Every Monday at 9am', 'cron(0 9 ? * MON *)'],
  ['Every Friday at 4pm', 'cron(0 16 ? * FRI *)'],
] as const;

/** Heads no list of ours names: the writer's noun for their people. */
const HEADS = ['stockist', 'wholesaler', 'retailer', 'regular', 'subscriber', 'reseller'] as const;
const plural = (head: string): string => `${head}s`;

type Filter = readonly [said: (head: string) => string, input: Record<string, unknown>];
/** How the filter is said after the noun (the noun phrase is built by the quantifier). */
const FILTERS: readonly Filter[] = [
  [(np) => `${np} (tagged wholesale)`, { tag: 'wholesale' }],
  [(np) => `${np} tagged wholesale`, { tag: 'wholesale' }],
  [(np) => `${np} with the tag wholesale`, { tag: 'wholesale' }],
  [(np) => `${np} (tagged at risk)`, { tag: 'at-risk' }],
  [(np) => `${np} (status lost)`, { status: 'lost' }],
  [(np) => `${np} with status 'qualified'`, { status: 'qualified' }],
  [(np) => `${np} whose status is contacted`, { status: 'contacted' }],
  [(np) => `${np} (the leads tagged vip)`, { tag: 'vip' }],
];

const QUANTIFIERS: readonly ((head: string) => string)[] = [
  (h) => `every ${h}`,
  (h) => `all our ${plural(h)}`,
  (h) => `each of our ${plural(h)}`,
  (h) => `all the lapsed ${plural(h)}`,
];

const VERBS = [(np: string) => `email ${np}`, (np: string) => `send an email to ${np}`] as const;

const populations = (): { cases: Case[]; finds: FindCase[] } => {
  const cases: Case[] = [];
  const finds: FindCase[] = [];
  let n = 0;
  for (const head of HEADS)
    for (const q of QUANTIFIERS)
      for (const [said, input] of FILTERS) {
        const [when, cron] = SCHEDULES[n % 2] ?? SCHEDULES[0];
        const verb = VERBS[n % 2] ?? VERBS[0];
        // "all the lapsed X (status lost)": the bracket restates "lapsed"; a status said with "with" or "whose" is a
        // second filter beside the tag "lapsed"; a second tag is refused (POPULATION_REFUSALS)
        const lapsed = /lapsed/.test(q(head));
        if (lapsed && 'tag' in input) continue;
        const restated = /\(status/.test(said(''));
        const expected = { ...(lapsed && !restated ? { tag: 'lapsed' } : {}), ...input };
        const typed =
          n % 3 === 0 ? `${verb(said(q(head)))} ${when.toLowerCase()}` : `${when}, ${verb(said(q(head)))}`;
        const prompt = n % 4 === 1 ? spoken(typed) : capital(typed);
        cases.push([prompt, cron, 'crm.findLeads; forEach[email.send]']);
        finds.push([prompt, expected]);
        n++;
      }
  return { cases, finds };
};

/** The same populations in other verb forms: a loop said first, a find said as going through them, two actions. */
const loops = (): Case[] =>
  HEADS.flatMap((head) =>
    (
      [
        [`Every Monday at 9am, for each ${head} (tagged wholesale), send them the price list`, 'email.send'],
        [
          `Every Monday at 9am, go through all our ${plural(head)} (status lost) and email each one`,
          'email.send',
        ],
        [
          `Every Monday at 9am email each ${head} tagged wholesale and tag them as contacted`,
          'email.send; crm.updateLead',
        ],
      ] as const
    ).map(([prompt, steps]): Case => [prompt, 'cron(0 9 ? * MON *)', `crm.findLeads; forEach[${steps}]`]),
  );

const built = populations();
export const POPULATION_CASES: readonly Case[] = built.cases;
export const POPULATION_FINDS: readonly FindCase[] = built.finds;

/** A day's bookings by their kind, and everyone booked for tonight. */
const dayBookings = (): Case[] => {
  const out: Case[] = [];
  for (const det of ['for each', 'for every'])
    for (const kind of ['PT session', 'yoga class', 'session', 'booking'])
      for (const day of ['today', 'on today', 'tomorrow'])
        for (const action of ['email the client', 'send the client a reminder'])
          out.push([
            `Every day at 7am, ${det} ${kind} ${day}, ${action}`,
            'cron(0 7 * * ? *)',
            'calendar.find; forEach[email.send]',
          ]);
  for (const who of ["everyone who's booked for tonight", 'everyone who is booked in for tonight'])
    for (const [verb, tail] of [
      ['email', ''],
      ['email', ' a reminder'],
      ['send', ' a reminder'],
    ] as const)
      for (const surface of [capital, spoken])
        out.push([
          surface(`Every day at 5pm, ${verb} ${who}${tail}`),
          'cron(0 17 * * ? *)',
          'calendar.find; forEach[email.send]',
        ]);
  return out;
};

/** "book" and any noun of what is booked, in each verb form, after each trigger. */
const bookings = (): Case[] => {
  const out: Case[] = [];
  const triggers = [
    ['a lead becomes a customer', 'lead.updated {"changes.status.to":["customer"]}'],
    ['a new member signs up', 'lead.created'],
  ] as const;
  for (const noun of ['induction', 'fitting', 'orientation', 'trial workout', 'intake call'])
    for (const form of [
      `book their ${noun}`,
      `book them an ${noun}`,
      `book in their ${noun}`,
      `book them in for an ${noun}`,
    ])
      for (const [event, trigger] of triggers)
        for (const position of [0, 1]) {
          const f = form.replace(/\ban (?=[^aeiou])/, 'a ');
          out.push([
            position === 0 ? `When ${event}, ${f}` : `${capital(f)} when ${event}`,
            trigger,
            'calendar.schedule',
          ]);
        }
  return out;
};

/** The record by the population's noun, and the one that goes with the trigger. */
const records = (): Case[] => {
  const out: Case[] = [];
  for (const noun of ['stockist', 'florist', 'client', 'member'])
    for (const verb of ['create', 'add'])
      for (const [tail, steps] of [
        ['', 'crm.createLead'],
        [' and email them', 'crm.createLead; email.send'],
      ] as const)
        out.push([`When a form is submitted, ${verb} the ${noun}${tail}`, 'form.submitted', steps]);
  for (const noun of ['wholesaler', 'reseller'])
    out.push([`When a new ${noun} applies, create the ${noun}`, 'form.submitted', 'crm.createLead']);
  for (const matching of ['matching', 'corresponding', 'related'])
    for (const [event, trigger] of [
      ['an invoice goes overdue', 'invoice.overdue'],
      ['an invoice is created', 'invoice.created'],
    ] as const)
      out.push([`When ${event}, mark the ${matching} invoice as paid`, trigger, 'invoice.markPaid']);
  return out;
};

/** Several people told at once; reports to several people and to a folder; a run by a button; counts. */
const recipients = (): Case[] => {
  const out: Case[] = [];
  for (const verb of ['notify', 'email', 'tell', 'ping', 'message'])
    for (const [list, n] of [
      ['Sam and Priya', 2],
      ['Sam, Jo and Priya', 3],
      ['me and Priya', 2],
      ['Sam and the sales team', 2],
    ] as const)
      for (const surface of [capital, spoken]) {
        // a dictated list has no commas: "sam jo and priya" could be one person's names; only two are read
        if (surface === spoken && (/team/.test(list) || n > 2)) continue;
        out.push([
          surface(`When an invoice is paid, ${verb} ${list}`),
          'invoice.paid',
          Array.from({ length: n }, () => 'notify.team').join('; '),
        ]);
      }
  for (const send of ['send the weekly report to', 'email the weekly report to', 'send the summary to'])
    for (const list of ['Sam and Priya', 'Sam, Jo and Priya', 'me and Priya'])
      out.push([
        `Every Monday at 9am, ${send} ${list}`,
        'cron(0 9 ? * MON *)',
        ['report.summarize', ...list.split(/, | and /).map(() => 'notify.team')].join('; '),
      ]);
  for (const verb of ['send', 'put', 'drop', 'save'])
    for (const folder of ['the shared folder', 'our Reports folder'])
      out.push([
        `Every Monday at 9am, ${verb} the weekly report ${verb === 'put' || verb === 'drop' ? 'in' : 'to'} ${folder}`,
        'cron(0 9 ? * MON *)',
        'report.summarize; files.create',
      ]);
  for (const button of [
    'Give me a button so I can',
    "I'd like a button to",
    'Can you give me a button that will',
    'Add a button we can press to',
    'Hi, give me a button so I can',
  ])
    for (const [act, steps] of [
      ['send the weekly report to Sam', 'report.summarize; notify.team'],
      ['email all leads tagged hot', 'crm.findLeads; forEach[email.send]'],
      ['post the weekly report in #ops', 'report.summarize; notify.slack'],
    ] as const)
      out.push([`${button} ${act}`, 'manual', steps]);
  for (const count of [
    'We have 35k people on the list.',
    'We have 35,000 subscribers.',
    'We have 12k contacts.',
  ])
    for (const [act, cron] of [
      ['Every Monday at 9am, email all leads tagged newsletter', 'cron(0 9 ? * MON *)'],
      ['Every Friday at 4pm email every stockist (tagged wholesale)', 'cron(0 16 ? * FRI *)'],
    ] as const)
      out.push([`${count} ${act}`, cron, 'crm.exportLeads; forEach[email.send]']);
  return out;
};

/**
 * Development set 18's classes for h8 (h4's triage, /work/brief/notes/h4-classes.md: W6, W10–W12, R5), as crossings:
 * invoices whose person is named before the head ("all unpaid patient invoices": the head decides), a report's
 * delivery said as its noun ("weekly summary email", "to your inbox"), the owner of an animal, the amount before an
 * invoice's name, a person noun set to a status, "it over to" one of ours by trade, a status after "that's still".
 */
const setEighteen = (): Case[] => {
  const out: Case[] = [];
  for (const who of ['patient', 'student', 'member', 'client', 'pupil'])
    for (const [said, state] of [
      ['all unpaid', 'unpaid'],
      ['every overdue', 'overdue'],
    ] as const)
      for (const verb of ['chase', 'send a reminder for'])
        out.push([
          `Every Monday, ${verb} ${said} ${who} ${state === 'unpaid' && said.startsWith('every') ? 'invoice' : said.startsWith('every') ? 'invoice' : 'invoices'}`,
          'cron(0 9 ? * MON *)',
          'invoice.find; forEach[invoice.sendReminder]',
        ]);
  for (const [when, cron] of [
    ['every Monday', 'cron(0 9 ? * MON *)'],
    ['on the 1st', 'cron(0 9 1 * ? *)'],
  ] as const)
    for (const report of ['summary email', 'summary report to your inbox', 'report email', 'recap email'])
      for (const lead of ['Weekly', 'A'])
        out.push([`${lead} ${report} ${when}`, cron, 'report.summarize; notify.team']);
  for (const owner of ["the dog's owner", 'the owner of the pet', "the cat's owner"])
    for (const [event, trigger] of [
      ['a grooming appointment is booked', 'booking.created'],
      ['a vet appointment is cancelled', 'booking.cancelled'],
    ] as const)
      out.push([`When ${event}, email ${owner} a reminder`, trigger, 'email.send']);
  for (const amount of ['£20', '$1,500', '€50', '250 GBP'])
    for (const name of ['deposit invoice', 'booking invoice', 'invoice'])
      out.push([`When a form is submitted, create a ${amount} ${name}`, 'form.submitted', 'invoice.create']);
  for (const who of ['student', 'pupil', 'patient', 'member'])
    for (const verb of ['update', 'change', 'set'])
      out.push([`When a ${who} pays, ${verb} the ${who} to customer`, 'invoice.paid', 'crm.updateLead']);
  for (const role of ['stylist', 'tutor', 'therapist', 'groomer', 'instructor'])
    for (const act of [
      `email it over to the ${role}`,
      `send it over to the ${role}`,
      `ask the ${role} to phone them`,
    ])
      out.push([`When a booking is made, ${act}`, 'booking.created', 'notify.team']);
  for (const still of ["that's still status new", 'that is still status new', 'who are still status new'])
    out.push([
      `Every Monday draft a follow up for each lead ${still}`,
      'cron(0 9 ? * MON *)',
      'crm.findLeads; forEach[email.draft]',
    ]);
  return out;
};

export const POPULATIONS_PRODUCT: readonly Case[] = [
  ...POPULATION_CASES,
  ...loops(),
  ...dayBookings(),
  ...bookings(),
  ...records(),
  ...recipients(),
  ...setEighteen(),
];

/**
 * The must-refuse twins: the same crossings with one part the catalogue cannot express or a restriction a reader
 * would drop. Each must stay refused, quoting the part (lower case).
 */
export const POPULATION_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  // a head that is a record or one of ours: no tag or status of a lead picks them
  ...['order', 'product', 'parcel', 'tech'].flatMap((head) => [
    [`Every Monday at 9am, email every ${head} (tagged wholesale)`, `every ${head}`] as const,
    [`Every Monday at 9am, email all our ${head}s with status 'qualified'`, 'status'] as const,
  ]),
  // a modifier that picks some out, a status no lead has, a restriction after the filter
  ['Every Monday at 9am, email every big stockist (tagged wholesale)', 'big stockist'],
  ['Every Monday at 9am, email all recent stockists tagged wholesale', 'recent stockists'],
  ['Every Monday at 9am, email every stockist (status pending)', 'pending'],
  ["Every Monday at 9am, email all stockists with status 'gold'", 'status'],
  ['Every Monday at 9am, email every stockist (tagged wholesale) who signed up this year', 'this year'],
  [
    'Every Monday at 9am, email every stockist with more than 3 orders (tagged wholesale)',
    'more than 3 orders',
  ],
  ['Every Monday at 9am, email the stockist tagged wholesale', 'stockist'],
  ['Every Monday at 9am, email all the lapsed stockists tagged wholesale', 'lapsed stockists'],
  // a day's bookings picked by what nothing on a booking says, or at a second time
  ["Every day at 5pm, email everyone who's booked for tonight's late class", 'late class'],
  ['Every day at 7am, for each big PT session today, email the client', 'big pt session'],
  ['Every day at 7am, for each PT session today at 6pm, email the client', 'two different times'],
  // booking what is no booking, one picked among others, or at a place nothing keeps
  ['When a lead becomes a customer, book the invoice', 'book the invoice'],
  ['When a lead becomes a customer, book a refund', 'book a refund'],
  ['When a lead becomes a customer, book the sale', 'book the sale'],
  ['When a lead becomes a customer, book a courier', 'book a courier'],
  ['When a lead becomes a customer, book their next induction', 'next induction'],
  ['When a lead becomes a customer, book their induction at the Leeds studio', 'leeds studio'],
  // creating what is no person
  ['When a form is submitted, create the checklist', 'checklist'],
  ['When a form is submitted, create the order', 'order'],
  ['When a form is submitted, create the stockist tag', 'stockist tag'],
  // several matching records, a list with what is sent after it, a possessive
  ['When an invoice goes overdue, mark the matching invoices as paid', 'matching invoices'],
  ['When an invoice is paid, email Sam and Priya a summary', 'priya'],
  ["When an invoice is paid, email Sam and Priya's team", "priya's team"],
  // set 18's twins: a picking word before an invoice's head, the owner with no animal named (ours), a status no
  // lead has after "that's still"
  ['Every Monday, chase all unpaid big patient invoices', 'big patient invoices'],
  ["Every Monday draft a follow up for each lead that's still status pending", 'pending'],
  // one of ours by trade with a lead's filter: whose list it is cannot be told, never a team message naming the tag
  ['Give me a button so I can email all our tutors (tagged tutor)', 'tagged tutor'],
  ['Every Monday at 9am, email all our trainers with status lost', 'status lost'],
  // an adverb is no head: "each lead still in status new" keeps its status and gains no tag (population.ts)
  // a part of the records found, a second tag: said back as not understood and left out on main
  ...['stockists', 'customers', 'leads'].flatMap((plural) => [
    [`Every Monday email half of our ${plural} tagged wholesale`, 'half of'] as const,
    [`Every Monday email 10 of the ${plural} tagged wholesale`, '10 of'] as const,
    [`Every Monday email all ${plural} (tagged wholesale or retail)`, 'or retail'] as const,
  ]),
  // a button said of something else: no trigger
  ['When a form is submitted, give them a button to book a call', 'button'],
];

/** Counts that never change the find: under a find's limit, money, messages. */
export const POPULATION_COUNTS_KEPT: readonly string[] = [
  'We have 500 members. Every Monday at 9am, email all members',
  'We did 35k in sales last month. Every Monday at 9am, email all leads tagged newsletter',
  'We send 2,000 emails a month. Every Monday at 9am, email all leads tagged newsletter',
];

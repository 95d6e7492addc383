import type { Case } from '../table/case';

/**
 * Actions, record tests and many records said by their meaning in a trade's words (session 31, h8), crossing
 * independent slots so that no slot is tried only with the others' first values:
 * - being told said as a wish to know: who (I, we, Sam, the office manager, our lettings team) × how the wish is
 *   said (want to know, 'd like to hear about it, need to be told, should be kept in the loop, make sure … knows,
 *   keep … posted) × the event × the joint;
 * - a lead's status said as a move: the verb (move, bump, push, revert, set, switch) × whom (them, the lead, their
 *   status) × "back" or not × the status;
 * - what a trade books, as its noun: the verb (book, schedule, arrange, line up) × "them in for" or not × the
 *   determiner × the booking (a valuation visit, a viewing, a home inspection);
 * - an invoice's tax said with the amount: the amount × the tax (+ VAT at 20%, plus 20% VAT, and tax at 7.5%) ×
 *   where the line's name goes ("for the setup fee: £350", "£350 for the setup fee");
 * - the words after the event that choose which records: a booking's place ("at Kings Court"), an invoice's
 *   currency ("in USD", "a sterling invoice"), a named field's value ("with priority 'Urgent'");
 * - many records in trade words: the verb × who ("everyone", "all tenants", "every client") × what they have
 *   ("who has a viewing booked for today", "with a valuation scheduled for tomorrow", "tomorrow's viewers"), and
 *   payers ("with overdue rent", "in arrears", "who are behind on their fees").
 */

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

type Joint = (event: string, action: string) => string;
const JOINTS: readonly Joint[] = [
  (e, a) => `When ${e}, ${a}`,
  (e, a) => `${a} when ${e}`,
  (e, a) => `Once ${e}, ${a}`,
  (e, a) => `Whenever ${e}, ${a}`,
];

const EVENTS: readonly (readonly [said: string, event: string])[] = [
  ['a new lead comes in', 'lead.created'],
  ['an invoice is paid', 'invoice.paid'],
  ['a viewing is booked', 'booking.created'],
  ['a form is submitted', 'form.submitted'],
];

const KNOWERS = ['I', 'we', 'Sam', 'the office manager', 'our lettings team'];
const WISHES: readonly ((who: string) => string)[] = [
  (w) => `${w} want to know about it`,
  (w) => `${w}'d like to hear about it`,
  (w) => `${w} need to be told`,
  (w) => `${w} should be kept in the loop`,
  (w) => `make sure ${w === 'I' ? 'I' : w} ${/^(?:I|we|our lettings team)$/.test(w) ? 'are' : 'is'} told`,
  (w) => `keep ${w === 'I' ? 'me' : w === 'we' ? 'us' : w} posted`,
];
/** "Sam want to know": the verb agrees with who. */
const agreed = (s: string, who: string): string =>
  /^(?:I|we|our lettings team)$/.test(who)
    ? s
    : s.replace(/ want to/, ' wants to').replace(/ need to/, ' needs to');

const STATUS_MOVES: readonly ((status: string) => string)[] = [
  (s) => `move them back to ${s}`,
  (s) => `bump the lead to ${s}`,
  (s) => `push them to ${s}`,
  (s) => `revert the lead to ${s}`,
  (s) => `set their status back to ${s}`,
  (s) => `their status should go back to ${s}`,
  (s) => `switch them to ${s}`,
];
const STATUSES = ['contacted', 'qualified', 'new', 'lost'];
const STATUS_EVENTS: readonly (readonly [said: string, event: string])[] = [
  ['a lead replies', 'email.received'],
  ['a booking is cancelled', 'booking.cancelled'],
  ['a new lead comes in', 'lead.created'],
];

const BOOK_VERBS = ['book', 'schedule', 'arrange', 'line up'];
const BOOK_OBJECTS = ['a valuation visit', 'the viewing', 'a home inspection', 'their property valuation'];

const AMOUNTS = ['£350', '350 GBP', '$1,200', '€90'];
const TAXES = ['+ VAT at 20%', 'plus 20% VAT', 'and tax at 7.5%'];

const build = (): Map<string, Case[]> => {
  const groups = new Map<string, Case[]>();
  const add = (group: string, c: Case): void => {
    groups.set(group, [...(groups.get(group) ?? []), c]);
  };
  let k = 0;
  const joint = (): Joint => JOINTS[k++ % JOINTS.length] ?? JOINTS[0] ?? ((e, a) => `When ${e}, ${a}`);
  for (const who of KNOWERS)
    for (const wish of WISHES)
      for (const [said, event] of EVENTS)
        add(`told: ${who}`, [capital(joint()(said, agreed(wish(who), who))), event, 'notify.team']);
  for (const move of STATUS_MOVES)
    for (const status of STATUSES)
      for (const [said, event] of STATUS_EVENTS)
        add(`status: ${move('…')}`, [capital(joint()(said, move(status))), event, 'crm.updateLead']);
  for (const verb of BOOK_VERBS)
    for (const them of ['', 'them in for '])
      for (const what of BOOK_OBJECTS)
        for (const [said, event] of EVENTS.filter(([, e]) => e === 'lead.created' || e === 'form.submitted'))
          add(`booking: ${verb}`, [
            capital(joint()(said, `${verb} ${them}${what}`)),
            event,
            'calendar.schedule',
          ]);
  for (const amount of AMOUNTS)
    for (const tax of TAXES) {
      add(`tax: ${tax}`, [
        `When a new lead comes in, invoice the client for the setup fee: ${amount} ${tax}`,
        'lead.created',
        'invoice.create',
      ]);
      add(`tax: ${tax}`, [
        `When a form is submitted, bill them ${amount} ${tax} for the setup fee`,
        'form.submitted',
        'invoice.create',
      ]);
    }
  for (const [event, said] of [
    ['booking.created', 'a viewing is booked'],
    ['booking.created', 'an appointment gets confirmed'],
    ['booking.cancelled', 'a booking is cancelled'],
  ] as const)
    for (const place of ['Kings Court', 'the Reading Office'])
      add('place', [
        capital(joint()(`${said} at ${place}`, 'notify the team')),
        event,
        `if(trigger.booking.location eq "${place.replace(/^the /, '')}")[notify.team]`,
      ]);
  for (const [event, said] of [
    ['invoice.created', 'an invoice is created'],
    ['invoice.paid', 'an invoice gets paid'],
  ] as const)
    for (const [money, code] of [
      ['in USD', 'USD'],
      ['in euros', 'EUR'],
      ['in GBP', 'GBP'],
    ] as const)
      add('currency', [
        `When ${said} ${money}, notify the team`,
        event,
        `if(trigger.invoice.currency eq "${code}")[notify.team]`,
      ]);
  for (const [mod, code] of [
    ['USD', 'USD'],
    ['sterling', 'GBP'],
    ['euro', 'EUR'],
  ] as const)
    add('currency', [
      `When a ${mod} invoice is paid, notify the team`,
      'invoice.paid',
      `if(trigger.invoice.currency eq "${code}")[notify.team]`,
    ]);
  for (const named of ["with priority 'Urgent'", "(priority 'Urgent')", 'with priority Urgent'])
    add('named field', [
      `When a form is submitted ${named}, notify the team`,
      'form.submitted',
      'if(trigger.fields.priority eq "Urgent")[notify.team]',
    ]);
  const ANSWERS: readonly ((name: string, value: string) => string)[] = [
    (n, v) => `, if the answer in the ${n} field is ${v},`,
    (n, v) => `, if the answer to ${n} is ${v},`,
    (n, v) => `, if the ${n} answer is ${v},`,
    (n, v) => `, if the ${n} field = ${v},`,
    (n, v) => ` (field: ${n}) ${capital(n)} = ${v},`,
    (n, v) => `, if the response to the ${n} question is ${v},`,
  ];
  for (const answer of ANSWERS)
    for (const [name, value] of [
      ['pets', 'yes'],
      ['priority', 'Emergency'],
      ['parking', 'no'],
    ] as const)
      for (const [said, action, steps] of [
        ['a form is submitted', 'notify the team', 'notify.team'],
        ['an enquiry form comes in', 'post it in #lettings', 'notify.slack'],
      ] as const)
        add(`named answer: ${answer('X', 'V').trim()}`, [
          `When ${said}${answer(name, value)} ${action}`,
          'form.submitted',
          `if(trigger.fields.${name} eq "${value}")[${steps}]`,
        ]);
  // the record's place or money said as where it is, inside a condition
  for (const [said, event, test] of [
    ["if it's in USD", 'invoice.paid', 'trigger.invoice.currency eq "USD"'],
    ['if the invoice was raised in euros', 'invoice.paid', 'trigger.invoice.currency eq "EUR"'],
    ['only if it is in GBP', 'invoice.paid', 'trigger.invoice.currency eq "GBP"'],
  ] as const)
    for (const action of ['notify the team', 'tell Sam'])
      add('place or money in a condition', [
        `When an invoice is paid, ${said}, ${action}`,
        event,
        `if(${test})[notify.team]`,
      ]);
  for (const booking of ['a viewing is booked', 'an appointment is made', 'a valuation gets booked'])
    for (const said of [
      'if it is at Kings Court',
      "if it's booked at the Kings Court",
      'if the booking is at Kings Court',
    ])
      add('place or money in a condition', [
        `When ${booking}, ${said}, notify the team`,
        'booking.created',
        'if(trigger.booking.location eq "Kings Court")[notify.team]',
      ]);
  // chasing a lead is an email; chasing an invoice its reminder
  for (const chase of ['chase them', 'chase them up', 'chase the lead'])
    for (const [before, trigger, steps] of [
      ['When a new lead comes in, wait 3 days then ', 'lead.created', 'wait(P3D); email.send'],
      [
        "If a lead doesn't reply within 5 days, ",
        'email.sent[message]',
        'waitFor(email.received,P5D,timeout:[email.send])',
      ],
    ] as const)
      add('chase', [`${before}${chase}`, trigger, steps]);
  for (const chase of ['chase it up', 'chase the tenant', 'chase the payment up', 'chase our member'])
    add('chase', [`When an invoice goes overdue, ${chase}`, 'invoice.overdue', 'invoice.sendReminder']);
  for (const put of [
    'get their details into the CRM',
    'pop them in the CRM',
    'stick their details on our system',
  ])
    add('into the CRM', [`When a form is submitted, ${put}`, 'form.submitted', 'crm.createLead']);
  for (const people of ['every client', 'all tenants', 'contacts who are'])
    for (const group of ['in the payroll group', 'on the arrears list', 'in the VIP segment'])
      add('people in a group', [
        `Every Friday, email ${people} ${group}`,
        'cron(0 9 ? * FRI *)',
        'crm.findLeads; forEach[email.send]',
      ]);
  const PEOPLE = ['everyone', 'all tenants', 'every client', 'anyone'];
  const HAVING: readonly (readonly [said: string, day: string])[] = [
    ['who has a viewing booked for today', 'today'],
    ['with a valuation scheduled for tomorrow', 'tomorrow'],
    ['who have an appointment booked tomorrow', 'tomorrow'],
  ];
  for (const verb of ['email', 'remind'])
    for (const people of PEOPLE)
      for (const [having] of HAVING)
        add(`bookings: ${verb}`, [
          `Every morning at 8, ${verb} ${people} ${having}`,
          'cron(0 8 * * ? *)',
          'calendar.find; forEach[email.send]',
        ]);
  for (const day of ["today's", "tomorrow's"])
    for (const people of ['viewers', 'guests', 'visitors', 'clients'])
      add('bookings: possessive day', [
        `Every morning at 8, email ${day} ${people} a reminder`,
        'cron(0 8 * * ? *)',
        'calendar.find; forEach[email.send]',
      ]);
  for (const payers of [
    'every tenant with overdue rent',
    'tenants in arrears',
    'clients who are behind on their fees',
  ])
    for (const verb of ['email', 'remind'])
      add('payers', [
        `Every Monday, ${verb} ${payers}`,
        'cron(0 9 ? * MON *)',
        verb === 'email'
          ? 'invoice.find; forEach[email.send]'
          : 'invoice.find; forEach[invoice.sendReminder]',
      ]);
  return groups;
};

export const MEANINGS_CLASS: ReadonlyMap<string, readonly Case[]> = build();

/**
 * What must be refused, quoted, crossed the same way: a place or a named value that no field of the record holds
 * (a lead has no location), a tax said without its rate or already inside the amount, and questions someone wants
 * answered (a report, not a notification).
 */
export const MEANINGS_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  ...['a new lead comes in', 'an invoice is paid'].flatMap((said) =>
    ['at Kings Court', "(location 'Reading')", 'with location Reading'].map(
      (tail) => [`When ${said} ${tail}, notify the team`, tail.replace(/[()']/g, '')] as const,
    ),
  ),
  ...AMOUNTS.flatMap((amount) =>
    ['+ VAT', 'including VAT', 'plus tax'].map(
      (tax) => [`When a new lead comes in, invoice them ${amount} ${tax}`, tax.replace('+', 'and')] as const,
    ),
  ),
  // a lead keeps no answers of its own: a field named on a new lead is not one the catalogue has
  ['When a new lead comes in (field: priority) Priority = Emergency, notify the team', 'priority field'],
  ['When a new lead comes in, if the answer to pets is yes, notify the team', 'pets field'],
  // a place no finder can filter by, after many records: refused, never a find of all of them
  ...[
    'remind every tenant with overdue rent',
    'email all tenants',
    "email tomorrow's viewers",
    'email everyone with a viewing today',
  ].flatMap((many) =>
    ['at Kings Court', 'at the Reading Office'].map(
      (place) =>
        [`Every Monday, ${many} ${place}`, place.replace(/^at the /, '').split(' ')[0] ?? place] as const,
    ),
  ),
  ['When a new lead comes in, I want to know which leads came in this week', 'which leads'],
  ["When a new lead comes in, I don't need to know", "don't need to know"],
];

/** The full cross product, for the bench. */
export const MEANINGS_PRODUCT: readonly Case[] = [...MEANINGS_CLASS.values()].flat();

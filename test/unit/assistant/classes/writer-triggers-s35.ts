import type { Case } from '../table/case';
import { cross, type Refusal } from './comparisons-s32';

/**
 * Session 35 (h4): trigger clauses as fresh writers say them (issue 16, classes 1, 2, 4 and 14 of sets 19/20, told as
 * classes across trades, never read as rows). Rows are [request, trigger outline, steps outline]; must-refuse twins
 * are [request, words the refusal quotes].
 */

const ACTS = [
  ['notify the team', 'notify.team'],
  ['post in #ops', 'notify.slack'],
  ['email them', 'email.send'],
] as const;
const TEAM_ACTS = [
  ['notify the team', 'notify.team'],
  ['post in #ops', 'notify.slack'],
] as const;

const STATUS_OF = {
  lost: 'lost',
  won: 'customer',
  qualified: 'qualified',
  customer: 'customer',
  dead: 'lost',
  contacted: 'contacted',
} as const;
const changed = (status: keyof typeof STATUS_OF) =>
  `lead.updated {"changes.status.to":["${STATUS_OF[status]}"]}`;

/** "when I mark a lead as lost": the user sets the status; the event is the change to it. */
const MARK_WHO = [
  'a lead',
  'a client',
  'a patient',
  'one of our members',
  'the student',
  'a tenant',
  'a guest',
  'a deal',
] as const;
const MARK_VERB = [
  ['mark', 'as'],
  ['move', 'to'],
  ['set', 'to'],
  ['change', 'to'],
  ['switch', 'to'],
] as const;
const MARK_OPEN = ['When I', 'If we', 'Once I', 'Whenever we'] as const;
export const MARKED_CLASS: readonly Case[] = MARK_WHO.flatMap((who, i) =>
  MARK_VERB.flatMap(([verb, prep], j) =>
    (Object.keys(STATUS_OF) as (keyof typeof STATUS_OF)[]).map((status, k): Case => {
      const [act, step] = ACTS[(i + j + k) % ACTS.length] ?? ACTS[0];
      const open = MARK_OPEN[(i + k) % MARK_OPEN.length] ?? MARK_OPEN[0];
      return [`${open} ${verb} ${who} ${prep} ${status}, ${act}`, changed(status), step];
    }),
  ),
);
/** Twins: a word that is no status, a record with no status, a tag (refused, never a guessed change). */
export const MARKED_REFUSED: readonly Refusal[] = cross(
  ['When I mark '],
  ['a lead as vip', 'a client as urgent', 'a booking as lost', 'a widget as won', 'a job as done'],
  [', notify the team'],
).map((r): Refusal => [r, '']);

/** "lead updated to qualified", "status changes to customer": the change, said tersely. */
export const TERSE_STATUS_CLASS: readonly Case[] = cross(
  ['lead ', 'client ', 'patient ', 'member ', 'prospect '],
  ['updated to ', 'switched to ', 'set to '],
  ['qualified', 'lost', 'won'],
)
  .flatMap((said, i): Case[] => {
    const status = said.split(' ').at(-1) as keyof typeof STATUS_OF;
    const [act, step] = ACTS[i % ACTS.length] ?? ACTS[0];
    return [[`${said} -> ${act}`, changed(status), step]];
  })
  .concat(
    cross(
      ['When status changes to ', 'When the status changes to ', 'Once their status changes to '],
      ['customer', 'lost', 'qualified'],
    ).map((said, i): Case => {
      const [act, step] = ACTS[i % ACTS.length] ?? ACTS[0];
      return [`${said}, ${act}`, changed(said.split(' ').at(-1) as keyof typeof STATUS_OF), step];
    }),
  );

/** "a lead's created", "a client's paid": the contraction read as "is" before what is done to it, "has" before a person's verb. */
const CONTRACTED = [
  ["a lead's created", 'lead.created'],
  ["a new client's added", 'lead.created'],
  ["a patient's added", 'lead.created'],
  ["a booking's made", 'booking.created'],
  ["a reservation's cancelled", 'booking.cancelled'],
  ["an appointment's scheduled", 'booking.created'],
  ["an invoice's sent", 'invoice.created'],
  ["a bill's paid", 'invoice.paid'],
  ["a client's paid", 'invoice.paid'],
  ["the form's submitted", 'form.submitted'],
  ["a contract's uploaded", 'file.updated'],
] as const;
export const CONTRACTED_CLASS: readonly Case[] = CONTRACTED.flatMap(([said, event], i) =>
  ['When', 'Whenever', 'As soon as'].map((open, j): Case => {
    const [act, step] = TEAM_ACTS[(i + j) % TEAM_ACTS.length] ?? TEAM_ACTS[0];
    return [`${open} ${said}, ${act}`, event, step];
  }),
);

/** What is paid for, in many trades, and the names of a payment: paid by its verb is that invoice paid. */
const PAYABLE = [
  'stay',
  'lesson',
  'job',
  'order',
  'deposit',
  'retainer',
  'balance',
  'session',
  'repair',
  'rental',
  'tuition',
  'membership',
] as const;
const PAID = ['is paid', 'gets paid', 'has been paid', 'is paid in full', 'is settled'] as const;
export const PAID_CLASS: readonly Case[] = PAYABLE.flatMap((noun, i) =>
  PAID.map((verb, j): Case => {
    const [act, step] = TEAM_ACTS[(i + j) % TEAM_ACTS.length] ?? TEAM_ACTS[0];
    const det = /^(?:tuition)$/.test(noun) ? 'the' : /^[aeiou]/.test(noun) ? 'an' : 'a';
    return [`Whenever ${det} ${noun} ${verb}, ${act}`, 'invoice.paid', step];
  }),
).concat(
  cross(
    ['When a payment for '],
    ['a stay', 'the job', 'an order', 'a lesson', 'the repair'],
    [' is received', ' comes in'],
  ).map((said, i): Case => {
    const [act, step] = TEAM_ACTS[i % TEAM_ACTS.length] ?? TEAM_ACTS[0];
    return [`${said}, ${act}`, 'invoice.paid', step];
  }),
  cross(
    ['When '],
    ['a deposit', 'the balance', 'a retainer', 'the rent', 'a fee', 'an instalment'],
    [' goes overdue', ' is past due'],
  ).map((said, i): Case => {
    const [act, step] = TEAM_ACTS[i % TEAM_ACTS.length] ?? TEAM_ACTS[0];
    return [`${said}, ${act}`, 'invoice.overdue', step];
  }),
);
/** Whose it is and what it is for, before the verb of paying: "a tenant's rent is paid", "the deposit for a booking is paid". */
export const PAID_WHOSE_CLASS: readonly Case[] = cross(
  ['When '],
  [
    "a tenant's rent",
    "a member's subscription",
    "a client's deposit",
    "a student's tuition",
    "a patient's balance",
    'the deposit for a booking',
    'the fee for a session',
    'the balance for a job',
  ],
  [' is paid', ' gets paid'],
).map((said, i): Case => {
  const [act, step] = TEAM_ACTS[i % TEAM_ACTS.length] ?? TEAM_ACTS[0];
  return [`${said}, ${act}`, 'invoice.paid', step];
});

/** Twins: people paid by us (payroll, no invoice of ours), and a booking that is late (not a bill): refused. */
export const PAID_REFUSED: readonly Refusal[] = cross(
  ['When '],
  [
    'a contractor is paid',
    'an employee gets paid',
    'the cleaner is paid',
    'a job is late',
    'a lesson goes overdue',
    'a session is past due',
  ],
  [', notify the team'],
).map((r): Refusal => [r, '']);

/** Senders of webhooks in many trades, as written, and the source the trigger names. */
const SENDERS = [
  ['Stripe', 'stripe'],
  ['Calendly', 'calendly'],
  ['Shopify', 'shopify'],
  ['Jobber', 'jobber'],
  ['Mindbody', 'mindbody'],
  ['Booking.com', 'booking-com'],
  ['Cal.com', 'cal-com'],
  ['Airbnb', 'airbnb'],
] as const;
const WEBHOOK_SAID = [
  (s: string) => `${s} booking webhook comes in`,
  (s: string) => `When a ${s} payment webhook arrives`,
  (s: string) => `When ${s} tells us an order was paid (webhook)`,
  (s: string) => `When ${s} sends a webhook that a job was updated`,
  (s: string) => `Whenever our scheduling tool (${s}) sends a webhook`,
  (s: string) => `When a webhook from ${s} arrives`,
] as const;
export const WEBHOOK_PROSE_CLASS: readonly Case[] = SENDERS.flatMap(([sender, source], i) =>
  WEBHOOK_SAID.map((said, j): Case => {
    const [act, step] = TEAM_ACTS[(i + j) % TEAM_ACTS.length] ?? TEAM_ACTS[0];
    // a Shopify order paid is Shopify's own orders/paid, tested (session 42, docs/api.md)
    const typed = source === 'shopify' && j === 2 ? ' {"webhook.type":["orders/paid"]}' : '';
    return [`${said(sender)}, ${act}`, `webhook:${source}${typed}`, step];
  }),
).concat(
  SENDERS.map(([sender, source], i): Case => {
    const [act, step] = TEAM_ACTS[i % TEAM_ACTS.length] ?? TEAM_ACTS[0];
    return [`We get a webhook from ${sender} every time a job is booked. ${act}`, `webhook:${source}`, step];
  }),
);
/**
 * Twins: a device with no name sending it, or a sender that says nothing of a webhook and is no payment or booking
 * tool everyone knows (session 40 reads "Stripe tells us …" as Stripe's webhook: named-tools-s40), or a person.
 */
export const WEBHOOK_PROSE_REFUSED: readonly Refusal[] = [
  ['When our smart lock sends a webhook that the door was unlocked, log it', ''],
  ['When our booking tool sends a webhook, notify the team', ''],
  ['When Jobber tells us an order was paid, notify the team', ''],
  ['When Maria tells us an order was paid, notify the team', ''],
];

/** "Jan 1, Apr 1, Jul 1, Oct 1": one day of several months, listed with commas only. */
export const MONTH_LIST_CLASS: readonly Case[] = cross(
  [
    'Jan 1, Apr 1, Jul 1, Oct 1',
    'Feb 15, May 15, Aug 15, Nov 15',
    'Mar 1, Sep 1',
    'January 10, April 10, July 10, October 10',
  ],
  [' at 9am', ' at 4pm'],
).map((said, i): Case => {
  const day = /\d+/.exec(said)?.[0] ?? '1';
  const months = said.startsWith('Jan')
    ? '1,4,7,10'
    : said.startsWith('Feb')
      ? '2,5,8,11'
      : said.startsWith('Mar')
        ? '3,9'
        : '1,4,7,10';
  const hour = said.endsWith('9am') ? 9 : 16;
  const open = i % 2 === 0 ? 'On ' : said.startsWith('Jan') ? 'Each quarter - ' : 'Every year on ';
  return [
    `${open}${said} - send me a report`,
    `cron(0 ${hour} ${day} ${months} ? *)`,
    'report.summarize; notify.team',
  ];
});
/** Twins: a different day in different months, refused (one schedule has one day of the month). */
export const MONTH_LIST_REFUSED: readonly Refusal[] = [
  ['On Jan 1, Apr 15, Jul 1, Oct 1 at 9am send me a report', ''],
  ['On Mar 3, Sep 1 at 9am send me a report', ''],
];

/** "Only for invoices above $3k: when they go overdue": the records the rule is for, before their event. */
export const FRONTED_SCOPE_CLASS: readonly Case[] = cross(
  ['Only for invoices above $3k: ', 'For invoices over 500: ', 'Only for bills above $1,000: '],
  ['when they go overdue', 'whenever they are paid', 'once they are paid'],
  [', notify the team', ', post in #ops'],
).map((said): Case => {
  const cents = said.includes('$3k') ? 300000 : said.includes('500') ? 50000 : 100000;
  const event = said.includes('overdue') ? 'invoice.overdue' : 'invoice.paid';
  return [
    said,
    event,
    `if(trigger.invoice.totalCents gt ${cents})[${said.endsWith('#ops') ? 'notify.slack' : 'notify.team'}]`,
  ];
});

/** "a new listing doc is uploaded": a file said with the trade's word for it. */
export const FILE_KIND_CLASS: readonly Case[] = cross(
  ['When a new '],
  ['listing doc', 'tax document', 'site plan pdf', 'lease contract', 'patient intake pdf'],
  [' is uploaded', ' is added'],
  [', notify the team', ', post in #ops'],
).map((said): Case => [said, 'file.updated', said.endsWith('#ops') ? 'notify.slack' : 'notify.team']);

/**
 * Left from session 34: a lead's status word in brackets after a booking's event ("a booking cancels (lost)") was a
 * test of the booking's status, which is only ever confirmed or cancelled; a lead's source before a booking verb ("a
 * lead from avvo books a call") was a new lead whose source was "avvo books a". A booking carries neither: refused,
 * quoting the words.
 */
export const BOOKING_LEFTOVER_REFUSED: readonly Refusal[] = [
  ['When a booking cancels (lost), notify the team', 'lost'],
  ['When a class is cancelled (lost), notify the team', 'lost'],
  ['When a lead from avvo books a call, notify the team', 'from avvo'],
  ['When a client from google books an appointment, post in #ops', 'from google'],
];

/** "the check-in time", "the pick-up time" after a schedule: a hyphened word's end is no time zone ("in", "up"). */
export const HYPHENED_TIME_CLASS: readonly Case[] = cross(
  ['Every day at 8am, ', 'Every Monday at 9am, '],
  ['email me the check-in time', 'remind me of the pick-up time', 'notify the team of the drop-off time'],
).map(
  (said): Case => [
    said,
    said.includes('Monday') ? 'cron(0 9 ? * MON *)' : 'cron(0 8 * * ? *)',
    'notify.team',
  ],
);

/** What is done through a form is its submission, whoever does it and whatever they do through it. */
export const THROUGH_FORM_CLASS: readonly Case[] = cross(
  ['When '],
  [
    'someone asks a question',
    'a customer requests a quote',
    'a parent enrols their child',
    'a tenant reports a repair',
    'a patient sends their history',
  ],
  [' through the website form', ' via our intake form', ' using the online booking request form'],
).map((said, i): Case => {
  const [act, step] = TEAM_ACTS[i % TEAM_ACTS.length] ?? TEAM_ACTS[0];
  return [`${said}, ${act}`, 'form.submitted', step];
});
/** Must differ: the verbs other events are read by keep their event ("a lead is added via the form" is a new lead). */
export const THROUGH_FORM_OTHERS: readonly Case[] = [
  [
    'When a lead is added via the website form, notify the team',
    'lead.created',
    'if(trigger.lead.source eq "website form")[notify.team]',
  ],
  ['When someone books a call through the website, notify the team', 'booking.created', 'notify.team'],
];

/** "a guest email comes in", "a patient emails a question": an email from one of our people, received. */
export const PERSON_EMAIL_CLASS: readonly Case[] = cross(
  ['When '],
  [
    'a guest email comes in',
    'a client email arrives',
    'a patient message comes in',
    'a tenant email lands',
    'a guest emails a question',
    'a student emails a query',
  ],
  [', notify the team', ', post in #ops'],
).map((said): Case => [said, 'email.received', said.endsWith('#ops') ? 'notify.slack' : 'notify.team']);

/** A payment's name arriving ("a deposit comes in", "payment's received"), a booking we get or that lands. */
export const ARRIVING_RECORD_CLASS: readonly Case[] = [
  ...cross(
    ['When '],
    [
      'a deposit comes in',
      'a retainer payment comes in',
      'the balance is received',
      'a deposit is received for a trip',
      "payment's received",
      'a fee payment arrives',
    ],
  ).map((said): [string, string] => [said, 'invoice.paid']),
  ...cross(
    ['When '],
    [
      'we get a new booking',
      'I get a new appointment',
      'we receive a reservation',
      'a new booking lands',
      'a booking request comes in',
      'an appointment request arrives',
    ],
  ).map((said): [string, string] => [said, 'booking.created']),
].flatMap(([said, event], i) =>
  TEAM_ACTS.map(([act, step]): Case => [`${said}, ${act}`, event, step]).filter(
    (_, j) => (i + j) % 2 === 0 || i < 2,
  ),
);

/** The user as actor in two more forms: "the status of a lead", "close a deal as won". */
export const MARKED_MORE_CLASS: readonly Case[] = cross(
  ['When I '],
  [
    'change the status of a lead to ',
    'set the status of a client to ',
    'close a deal as ',
    'close a lead as ',
  ],
  ['qualified', 'lost', 'won'],
)
  .filter((said) => !/close .* qualified$/.test(said))
  .map((said, i): Case => {
    const [act, step] = ACTS[i % ACTS.length] ?? ACTS[0];
    return [`${said}, ${act}`, changed(said.split(' ').at(-1) as keyof typeof STATUS_OF), step];
  });

import type { Case } from '../table/case';

/**
 * The business's own nouns (session 27), as small businesses and trades write about their own work: what a salon, a
 * clinic, a garage, an estate agent, a tutor, a restaurant, a gym, a law office, a photographer, a cleaner or a
 * builder books ("a customer books a car service", "a wedding is booked"), invoices ("a job invoice is paid", "create a
 * deposit invoice for 250 USD"), named forms ("comes in through the contact form", "submits the 'Free quote' form"),
 * people ("a trial member is added", "a new patient signs up"), many of them at once ("each qualified buyer", "the
 * customers whose events are tomorrow") and the email we send that a wait for a reply starts from ("when we email a
 * client and they don't respond in 3 days"). Slots from the trades' own booking and invoicing words, not from any
 * held-out request.
 */

const TRADES: readonly [trade: string, person: string, booked: readonly string[]][] = [
  ['salon', 'client', ['a haircut', 'a colour appointment', 'a blow-dry']],
  ['clinic', 'patient', ['a check-up', 'a physio session', 'a treatment', 'a 60 minute massage']],
  ['garage', 'customer', ['a car service', 'an MOT', 'a tyre fitting']],
  ['real estate', 'buyer', ['a viewing', 'a valuation', 'a property tour']],
  ['tutoring', 'parent', ['a trial lesson', 'a tutoring session', 'a maths lesson']],
  ['restaurant', 'guest', ['a tasting', 'a table', 'a private dinner']],
  ['gym', 'member', ['a trial class', 'a personal training session', 'a spin class']],
  ['law office', 'client', ['a consultation', 'an initial consultation', 'a case review']],
  ['photography', 'couple', ['a wedding', 'a photoshoot', 'a family shoot']],
  ['cleaning', 'homeowner', ['a deep clean', 'a carpet clean', 'a cleaning']],
  ['building', 'homeowner', ['a site visit', 'a quote visit', 'a kitchen survey']],
];

const ACTIONS: readonly [say: string, step: string][] = [
  ['send them a confirmation email', 'email.send'],
  ['notify the team on Slack', 'notify.slack'],
  ['add a note to their lead', 'crm.addNote'],
  ['create a deposit invoice for 250 USD', 'invoice.create'],
];

const cap = (s: string): string => s.replace(/^./, (c) => c.toUpperCase());
const the = (phrase: string): string => phrase.replace(/^an? /, 'the ');

/** How a trade says one of its bookings was made: the booking event, whatever the noun. */
const BOOKED_FRAMES: readonly ((person: string, x: string) => string)[] = [
  (p, x) => `a ${p} books ${x}`,
  (_p, x) => `someone books ${x}`,
  (_p, x) => `${x} is booked`,
  (_p, x) => `${x} gets scheduled`,
  (p, x) => `a new ${p} books ${x} online`,
  (p, x) => `a ${p} books in for ${x}`,
  (p, x) => `a ${p} makes a booking for ${x}`,
  (_p, x) => `${x} is booked through our website`,
];

const CANCELLED_FRAMES: readonly ((person: string, x: string) => string)[] = [
  (p, x) => `a ${p} cancels ${x.replace(/^an? /, 'their ')}`,
  (_p, x) => `${x} is cancelled`,
  (_p, x) => `${the(x)} gets called off`,
];

const ORDERS: readonly ((event: string, action: string) => string)[] = [
  (e, a) => `When ${e}, ${a}`,
  (e, a) => `Whenever ${e}, ${a}`,
  (e, a) => `${cap(a)} as soon as ${e}`,
];

const bookings = (person: string, booked: readonly string[]): Case[] =>
  booked.flatMap((x) => [
    ...BOOKED_FRAMES.flatMap((frame) =>
      ACTIONS.flatMap(([say, step], i) => {
        const order = ORDERS[i % ORDERS.length] ?? ORDERS[0]!;
        return [[order(frame(person, x), say), 'booking.created', step] as Case];
      }),
    ),
    ...CANCELLED_FRAMES.map(
      (frame): Case => [`When ${frame(person, x)}, notify the team`, 'booking.cancelled', 'notify.team'],
    ),
  ]);

/** Invoices named for what they are for, which every invoice of the business is: nothing to test. */
const INVOICE_WORDS = ['job', 'service', 'repair', 'project', 'client'];
const INVOICE_EVENTS: readonly [say: (x: string) => string, event: string][] = [
  [(x) => `a ${x} invoice is paid`, 'invoice.paid'],
  [(x) => `a customer pays a ${x} invoice`, 'invoice.paid'],
  [(x) => `a client settles their ${x} invoice`, 'invoice.paid'],
  [(x) => `a ${x} invoice becomes overdue`, 'invoice.overdue'],
  [(x) => `a ${x} invoice goes past its due date`, 'invoice.overdue'],
  [(x) => `a new ${x} invoice is sent`, 'invoice.created'],
];
const INVOICE_ACTIONS: readonly [say: string, step: string][] = [
  ['send the customer a thank-you email', 'email.send'],
  ['notify finance', 'notify.team'],
  ['send a payment reminder', 'invoice.sendReminder'],
];

/** An invoice said with its kind and amount, as an action after a booking or a won deal. */
const INVOICE_CREATES = [
  'create a deposit invoice for 250 USD',
  'send them the first invoice for 3000 USD',
  'issue a final invoice for 500 EUR',
  'send the customer a job invoice for $120',
  'raise a call-out invoice for 80 GBP',
];

/** A named form: where a submission comes from, never a lead source to test. */
const FORMS = [
  'the contact form',
  'our website form',
  'the registration form',
  'the "Free quote" form',
  "the 'Book a call' form",
  'the enquiry form',
];
/** "the 'Free quote' form is submitted" (session 40, a18), "submits the 'Free quote' form" (session 41): in every frame the name in quotes is the form the event names. */
const FORM_AS_SUBJECT = (f: string) => `${f} is submitted`;
const formTrigger = (form: string): string => {
  const quoted = /["']([^"']+)["']/.exec(form)?.[1];
  return quoted ? `form.submitted {"form":["${quoted}"]}` : 'form.submitted';
};
const FORM_FRAMES: readonly ((form: string) => string)[] = [
  (f) => `someone comes in through ${f}`,
  (f) => `someone fills out ${f}`,
  (f) => `a customer submits ${f}`,
  (f) => `a new patient signs up through ${f}`,
  (f) => `a lead comes in via ${f}`,
  FORM_AS_SUBJECT,
];
const FORM_ACTIONS: readonly [say: string, step: string][] = [
  ['add them as a lead', 'crm.createLead'],
  ['send them a welcome email', 'email.send'],
  ['notify the team', 'notify.team'],
];

/** People as each trade calls them, with a word that picks some out (a tag) or none. */
const PEOPLE = ['member', 'patient', 'student', 'client', 'customer', 'buyer', 'homeowner', 'guest'];
const PERSON_FRAMES: readonly [say: (kind: string, p: string) => string, tagged: boolean][] = [
  [(_k, p) => `a new ${p} signs up`, false],
  [(_k, p) => `a new ${p} is added`, false],
  [(_k, p) => `a new ${p} registers`, false],
  [(_k, p) => `a new ${p} enrols`, false],
  [(k, p) => `a ${k} ${p} is added`, true],
  [(k, p) => `a new ${k} ${p} signs up`, true],
  [(k, p) => `a ${k} ${p} joins`, true],
];
const KINDS = ['trial', 'vip'];

/** Many people or records at once, in a trade's words: a find step and a forEach. */
const SCHEDULES: readonly [say: string, trigger: string][] = [
  ['Every Monday', 'cron(0 9 ? * MON *)'],
  ['Every day at 5pm', 'cron(0 17 * * ? *)'],
  ['Each morning', 'cron(0 9 * * ? *)'],
];
const RECORDS: readonly [say: string, find: string][] = [
  ['each qualified buyer', 'crm.findLeads'],
  ['all new members', 'crm.findLeads'],
  ['every active client', 'crm.findLeads'],
  ['all our patients', 'crm.findLeads'],
  ['every student tagged beginner', 'crm.findLeads'],
  ['each trial member', 'crm.findLeads'],
  ['our new members', 'crm.findLeads'],
  ['the qualified buyers', 'crm.findLeads'],
  ['the customers whose events are tomorrow', 'calendar.find'],
  ['every client whose appointment is today', 'calendar.find'],
  ['all members with a class tomorrow', 'calendar.find'],
  ['the patients whose check-ups are tomorrow', 'calendar.find'],
  ['every client with an unpaid invoice', 'invoice.find'],
  ['all homeowners with overdue invoices', 'invoice.find'],
];
const RECORD_ACTS: readonly [say: (r: string) => string, step: (find: string) => string][] = [
  [(r) => `email ${r} a reminder`, (f) => (f === 'invoice.find' ? 'invoice.sendReminder' : 'email.send')],
  [(r) => `send a reminder to ${r}`, (f) => (f === 'invoice.find' ? 'invoice.sendReminder' : 'email.send')],
];

/** The email we send, then a wait for the answer: the email starts the workflow, it is not sent again. */
const SENT: readonly ((p: string) => string)[] = [
  (p) => `When we email ${p} and they don't respond in 3 days`,
  (p) => `We email ${p} and if they don't reply within 3 days`,
  (p) => `When we send ${p} a quote and they don't answer in 3 days`,
  (p) => `After we email ${p}, if they don't get back to us in 3 days`,
  (p) => `Once we've emailed ${p} and they haven't replied in 3 days`,
];
const SENT_TO = ['a client', 'a homeowner', 'them', 'a new patient', 'the tenant', 'someone'];
const SENT_ACTIONS: readonly [say: string, step: string][] = [
  ['send a follow-up', 'email.send'],
  ['notify the team', 'notify.team'],
];

/** Each part of the class as its own group (every wording must come back as its outline). */
export const TRADE_NOUN_CLASS: ReadonlyMap<string, readonly Case[]> = new Map<string, readonly Case[]>([
  ...TRADES.map(([trade, person, booked]): [string, Case[]] => [
    `bookings × ${trade}`,
    bookings(person, booked),
  ]),
  [
    'invoices named for their work × event × action',
    INVOICE_WORDS.flatMap((x) =>
      INVOICE_EVENTS.flatMap(([say, event]) =>
        INVOICE_ACTIONS.filter(
          ([, step]) => step !== 'invoice.sendReminder' || event === 'invoice.overdue',
        ).map(([act, step]): Case => [`When ${say(x)}, ${act}`, event, step]),
      ),
    ),
  ],
  [
    'invoices with a kind and an amount, as an action × trigger',
    INVOICE_CREATES.flatMap((act) => [
      [`When a client books a site visit, ${act}`, 'booking.created', 'invoice.create'] as Case,
      [
        `When a deal is won, ${act}`,
        'lead.updated {"changes.status.to":["customer"]}',
        'invoice.create',
      ] as Case,
      [`${cap(act)} when a wedding is booked`, 'booking.created', 'invoice.create'] as Case,
    ]),
  ],
  [
    'named forms × frame × action',
    FORMS.flatMap((f) =>
      FORM_FRAMES.flatMap((frame) =>
        FORM_ACTIONS.map(([act, step]): Case => [`When ${frame(f)}, ${act}`, formTrigger(f), step]),
      ),
    ),
  ],
  [
    'people in trade words × kind × frame',
    PEOPLE.flatMap((p) =>
      PERSON_FRAMES.flatMap(([say, tagged]) =>
        (tagged ? KINDS : ['']).map(
          (k): Case => [
            `When ${say(k, p)}, send them a welcome email`,
            tagged ? `lead.created {"lead.tags":["${k}"]}` : 'lead.created',
            'email.send',
          ],
        ),
      ),
    ),
  ],
  [
    'many people or records in trade words × schedule × action',
    SCHEDULES.flatMap(([when, trigger]) =>
      RECORDS.flatMap(([r, find]) =>
        RECORD_ACTS.map(
          ([say, step]): Case => [`${when}, ${say(r)}`, trigger, `${find}; forEach[${step(find)}]`],
        ),
      ),
    ),
  ],
  [
    'the email we send, then no reply × who × wording × action',
    SENT.flatMap((frame) =>
      SENT_TO.flatMap((p) =>
        SENT_ACTIONS.map(
          ([act, step]): Case => [
            `${frame(p)}, ${act}`,
            'email.sent[message]',
            `waitFor(email.received,P3D,timeout:[${step}])`,
          ],
        ),
      ),
    ),
  ],
]);

/**
 * Invoices said with a kind nothing records, and people said with a history nothing records, as the trigger: refused,
 * quoting the kind (they had started on every invoice or every booking, or tested a tag nobody sets).
 */
export const TRADE_NOUN_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  ...['interim', 'final', 'first', 'monthly'].flatMap((k) => [
    [`When a ${k} invoice is paid, notify the team`, `"${k} invoice"`] as const,
    [`When a ${k} invoice becomes overdue, send a payment reminder`, `"${k} invoice"`] as const,
    [`When a customer pays their ${k} invoice, notify the team`, `"${k} invoice"`] as const,
  ]),
  // a membership or a subscription is no booking (had been booking.cancelled with "s their membership" dropped)
  ...['membership', 'subscription', 'plan'].map(
    (w) => [`When a member cancels their ${w}, notify the team`, `cancels their ${w}`] as const,
  ),
  // who joined when: nothing finds leads by a window relative to the run (had been dropped: every member emailed)
  ...['joined last week', 'signed up this month', 'registered recently'].map(
    (w) => [`Every Monday, email all members who ${w} a check-in`, `who ${w.split(' ')[0]}`] as const,
  ),
  ...['existing', 'returning', 'regular', 'loyal'].flatMap((k) => [
    [
      `When ${/^[aeiou]/.test(k) ? 'an' : 'a'} ${k} client books a haircut, notify the team`,
      `"${k} client"`,
    ] as const,
    [`When a new ${k} customer signs up, send them a welcome email`, `"${k} customer"`] as const,
  ]),
];

/** The full cross product, for the bench. */
export const TRADE_NOUN_PRODUCT: readonly Case[] = [...TRADE_NOUN_CLASS.values()].flat();

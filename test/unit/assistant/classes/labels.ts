import type { Case } from '../table/case';

/**
 * A client or context label around a request (session 29, h6): "For Bloom Bakery: …", "Bloom Bakery account — …",
 * "… (client: Bloom Bakery)", "… Client: Bloom Bakery.", "Bloom Bakery wants …", "Ticket: …", "Hi, can you set up: …".
 * Generated over independent dimensions: who the label names × the label's form × where it stands × the request it
 * surrounds. The lead told h6 this class, described from misses of sealed set 22 (agency staff writing for clients)
 * without its requests; the names and requests below are invented here.
 */

/** Who a label names: clients, organisations, people, in one to three words, some with "&", "'s" or "Co.". */
const NAMES = [
  'Bloom Bakery',
  'Harbor & Finch',
  "Dana's Yoga Studio",
  'Oakridge Primary',
  'Kowalski Plumbing Co.',
  'Maple Street Dental',
  'Verde',
  'Sunny Paws Grooming',
];

/** Requests that parse alone, with their outline (trigger, steps). */
const REQUESTS: readonly (readonly [string, string, string])[] = [
  ['when a new lead comes in, send them a welcome email', 'lead.created', 'email.send'],
  [
    'every Monday at 9 send me a summary of new leads',
    'cron(0 9 ? * MON *)',
    'report.summarize; notify.team',
  ],
  ['when an invoice is paid, notify the team on Slack', 'invoice.paid', 'notify.slack'],
  ['when someone books a call, send them the agenda by email', 'booking.created', 'email.send'],
  [
    "if a lead doesn't reply in 3 days, send them a follow-up email",
    'email.sent[message]',
    'waitFor(email.received,P3D,timeout:[email.send])',
  ],
];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Label forms, each a function of the name and the request: before, after, in a parenthesis. */
const FORMS: readonly ((name: string, request: string) => string)[] = [
  (n, r) => `For ${n}: ${r}`,
  (n, r) => `${n}: ${r}`,
  (n, r) => `Client: ${n}. ${cap(r)}`,
  (n, r) => `${n} account — ${r}`,
  (n, r) => `${n} - ${r}`,
  (n, r) => `Re: ${n} - ${r}`,
  (n, r) => `[${n}] ${cap(r)}`,
  (n, r) => `For ${n}, ${r}`,
  (n, r) => `${cap(r)} (client: ${n})`,
  (n, r) => `${cap(r)} (${n})`,
  (n, r) => `${cap(r)}. Client: ${n}`,
  (n, r) => `${cap(r)} — for ${n}`,
  (n, r) => `${cap(r)}. For ${n}`,
  (n, r) => `On behalf of ${n}: ${r}`,
  (n, r) => `This one's for ${n}. ${cap(r)}`,
  (n, r) => `For our client ${n}, ${r}`,
  (n, r) => `${cap(r).replace(', ', ` — ${n} — `)}`,
];

/** Headers and framing with no name: the writer's own. */
const HEADERS = [
  'Ticket: ',
  'Note to self: ',
  'Hi, can you set up: ',
  'New automation request: ',
  'Request — ',
  'For the marketing team: ',
];

export const LABELS_CLASS: readonly Case[] = [
  ...NAMES.flatMap((name) =>
    FORMS.flatMap((form) =>
      REQUESTS.map(([request, trigger, steps]): Case => [form(name, request), trigger, steps]),
    ),
  ),
  ...HEADERS.flatMap((header) =>
    REQUESTS.map(([request, trigger, steps]): Case => [`${header}${request}`, trigger, steps]),
  ),
];

/** "X wants …", "the client would like us to …": who wants it said first, then what. */
export const WANTS_CLASS: readonly Case[] = NAMES.flatMap((name) => [
  [`${name} wants a welcome email sent to every new lead`, 'lead.created', 'email.send'],
  [`${name} would like us to send a welcome email when a new lead comes in`, 'lead.created', 'email.send'],
  [
    `The client (${name}) wants us to notify the team on Slack when an invoice is paid`,
    'invoice.paid',
    'notify.slack',
  ],
  [`${name} needs us to post in #sales when an invoice is paid`, 'invoice.paid', 'notify.slack'],
]);

/**
 * Labels that say something of the rule — a source, a tag, records, a zone, a time — are no labels: each request
 * is refused quoting it, or read with it (a filter, a condition, a zone), never answered as if it were not there.
 */
export const NOT_LABELS: readonly (readonly [string, string])[] = [
  ['For VIP clients: when a new lead comes in, send them a welcome email', 'VIP'],
  ['When a new lead comes in, send them a welcome email (only from Google Ads)', 'Google Ads'],
  ['Every Monday at 9 send me a summary of new leads (WITA)', 'WITA'],
  ['When a new lead comes in, send them a welcome email. Leads over 500 only.', '500'],
  ['For leads tagged wholesale: send them a welcome email when they come in', 'wholesale'],
];

/**
 * The silent wrong workflows left on main at the end of session 30 (closing note), each as a class crossing
 * independent dimensions (session 31, h5). Each request is read as what it says, or refused quoting what would have
 * been dropped — never a workflow that acts on everyone, on the wrong event, or with a step nobody asked for.
 */

const cross = (...parts: readonly (readonly string[])[]): string[] =>
  parts.reduce<string[]>((out, part) => out.flatMap((a) => part.map((b) => `${a}${b}`)), ['']);

const RULES = [
  'When a new lead comes in, send them a welcome email.',
  'When an invoice is paid, send a thank-you email.',
  'When someone books a call, notify the team.',
] as const;

/** Who the remark chooses: [as written, the words a refusal must quote]. */
const CHOSEN = [
  ['the premium plan', 'premium plan'],
  ['enterprise customers', 'enterprise customers'],
  ['the big ones', 'big ones'],
  ['our wholesale clients', 'wholesale clients'],
  ['tenants in block B', 'tenants in block B'],
  ['leads from Germany', 'Germany'],
  ['the gold tier', 'gold tier'],
] as const;

/** How the remark is said, around who it chooses. */
const REMARKS: readonly ((who: string) => string)[] = [
  (who) => `This is just for ${who}.`,
  (who) => `This is only for ${who}.`,
  (who) => `It's for ${who}.`,
  (who) => `Just for ${who}.`,
  (who) => `Only for ${who}.`,
  (who) => `This one is for ${who}.`,
  (who) => `Context: only for ${who}.`,
  (who) => `Background: this is just for ${who}.`,
];

/**
 * A remark that chooses records × how it is said × before or after the rule × the rule: [request, quoted]; and the
 * closing note's own pair ("Context: only for leads from Berlin." — a city, which outside a note is a source test).
 */
export const CHOICE_REMARK_CLASS: readonly (readonly [string, string])[] = [
  ...CHOSEN.flatMap(([who, quoted]) =>
    REMARKS.flatMap((remark) =>
      RULES.flatMap((rule) => [
        [`${rule} ${remark(who)}`, quoted] as const,
        [`${remark(who)} ${rule}`, quoted] as const,
      ]),
    ),
  ),
  ...RULES.flatMap((rule) => [
    [`Context: only for leads from Berlin. ${rule}`, 'Berlin'] as const,
    [`${rule} Context: only for leads from Berlin.`, 'Berlin'] as const,
  ]),
];

/** Remarks that say whom the workflow is for on our side, or what it is for: never a choice of records. */
export const HARMLESS_REMARK_CLASS: readonly (readonly [string, string])[] = [
  'This is just for the sales team.',
  'This is for our records.',
  'This is for the onboarding project.',
  "It's for the marketing team.",
].flatMap((remark) => RULES.flatMap((rule) => [[`${rule} ${remark}`, rule] as const]));

/** People picked out by a word before them, as whom a message goes to: [request, the word quoted]. */
export const PICKED_RECIPIENT_CLASS: readonly (readonly [string, string])[] = cross(
  ['When a deal is won, ', 'When an invoice is paid, ', 'Once a new lead comes in, '],
  ['send a thank-you email to ', 'send a welcome email to ', 'email ', 'send a short note to '],
  ['the ', 'our ', 'all the '],
  ['big ', 'premium ', 'VIP ', 'important ', 'wholesale '],
  ['ones', 'clients', 'customers', 'tenants'],
).map((request) => [request, /\b(big|premium|VIP|important|wholesale)\b/.exec(request)?.[1] ?? ''] as const);

/** The same messages to the person the event is about: each still the one email. */
export const PLAIN_RECIPIENT_CLASS: readonly string[] = cross(
  ['When an invoice is paid, ', 'Once a new lead comes in, '],
  ['send a thank-you email to ', 'send a welcome email to '],
  ['the client', 'them', 'the customer', 'the lead'],
);

/** A message called a note ("a short thank-you note"): an email, never a CRM note beside it. */
export const MESSAGE_NOTE_CLASS: readonly string[] = cross(
  ['When an invoice is paid, send ', 'When a new lead comes in, send ', 'Once someone books a call, send '],
  ['a ', 'them a ', 'the client a '],
  ['', 'short ', 'quick ', 'brief ', 'little ', 'personal '],
  ['thank-you note', 'thank you note', 'thanks note', 'welcome note', 'note'],
);

/** Whom an action is for, said by what they did before ("who booked a call"): no event starts a rule on the past. */
export const PAST_RELATIVE_CLASS: readonly string[] = cross(
  ['Remind ', 'Email ', 'Thank ', 'Send a reminder to ', 'Send a welcome email to '],
  ['the client ', 'the tenant ', 'the customers ', 'any lead '],
  ['who ', 'that '],
  [
    'booked a call',
    'has booked a viewing',
    'paid the invoice',
    'filled in the form',
    'have paid their deposit',
  ],
);

/** The same in the present: the rule's event ("who books a call"). */
export const PRESENT_RELATIVE_CLASS: readonly (readonly [string, string])[] = cross(
  ['Email ', 'Thank '],
  ['the client ', 'any customer '],
  ['who '],
  ['books a call', 'pays an invoice'],
).map((request) => [request, request.includes('books') ? 'booking.created' : 'invoice.paid'] as const);

/** A subject and a past verb no event records ("a new lead opened the email"): [request, verb quoted]. */
export const PAST_VERB_CLASS: readonly (readonly [string, string])[] = cross(
  ['When ', 'Once ', 'As soon as '],
  ['a new lead ', 'a lead ', 'a client ', 'any tenant '],
  [
    'opened the email',
    'clicked the link',
    'downloaded our brochure',
    'visited the pricing page',
    'read the newsletter',
  ],
  [', notify sales', ', send them a follow-up email'],
).map((request) => [request, /(opened|clicked|downloaded|visited|read)\b/.exec(request)?.[1] ?? ''] as const);

const INVOICE_KINDS = ['holding deposit', 'deposit', 'placement', 'subs', 'sponsor'] as const;

/** One kind of invoice × how it is paid × the action: every invoice, and the explanation says so. */
export const ONE_KIND_CLASS: readonly (readonly [string, string])[] = cross(
  ['When a ', 'When the ', 'Once a '],
  INVOICE_KINDS.map((k) => `${k} invoice `),
  ['is paid', 'gets paid', 'is settled'],
  [', notify me', ', email the client a receipt'],
).map(
  (request) =>
    [request, /(holding deposit|deposit|placement|subs|sponsor) invoice/.exec(request)?.[1] ?? ''] as const,
);

/** Two kinds of invoice in one request: refused quoting both, never one workflow for all invoices. */
export const TWO_KINDS_CLASS: readonly (readonly [string, string])[] = cross(
  ['When a deposit invoice is paid, ', 'When the holding deposit invoice gets paid, '],
  [
    'create a rent invoice for £900',
    'email the client the rent invoice',
    'send the tenant their first rent invoice',
  ],
).map((request) => [request, 'rent invoice'] as const);

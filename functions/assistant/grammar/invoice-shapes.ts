import type { Clause } from './clause';
import type { Collection } from './collections';
import { action, type Ctx } from './context';
import { INVOICE_NAME, PERSON, PURPOSE_WORD } from './nouns';
import { INVOICE_ITEM } from './subjects';

/**
 * Invoices found in a scheduled or manual workflow (collections.ts), said by their state, their payers or their
 * customer: "all unpaid invoices", "customers who haven't paid", "tenants in arrears", "the unpaid invoices for Paws &
 * Claws Rescue (accounts@…)".
 */

export const INVOICE_STATUS: Record<string, string> = {
  overdue: 'overdue',
  late: 'overdue',
  'past due': 'overdue',
  'past-due': 'overdue',
  unpaid: 'unpaid',
  outstanding: 'unpaid',
  open: 'open',
  paid: 'paid',
  draft: 'draft',
};
const INV_ADJ = '(overdue|late|past[- ]due|unpaid|outstanding|open|paid|draft)';
/** "unpaid subs invoices", "an overdue membership invoice": what they are for, before the noun. */
const FOR = `(?:${PURPOSE_WORD}\\s+){0,2}`;

/** "all", "every one of the", "our": the quantifier before whose invoices they are. */
const QUANT = '(?:(?:all|every|each|any|the|our)\\s+(?:of\\s+the\\s+)?)?';
/** Who pays: "everyone", "debtors", a trade's customers. */
const PAYER = `(?:people|everyone|everybody|anyone|those|payers?|debtors?|${PERSON})`;

const INVOICE_SHAPES: readonly RegExp[] = [
  new RegExp(
    `\\b${QUANT}${PAYER}\\s+(?:with|(?:who|that|which)\\s+ha(?:s|ve)(?:\\s+got)?|having|whose|who owe|owing|about|regarding|of|for)\\s+(?:an?\\s+|their\\s+|any\\s+|unpaid\\s+|the\\s+)?(?:${INV_ADJ}\\s+)?${FOR}(?:invoices?|bills?|payments?|fees|subs|dues|rents?|service\\s+charges?|balances?)(?:\\s+(?:that\\s+|which\\s+)?(?:are|is)\\s+(?:still\\s+)?${INV_ADJ})?`,
  ),
  // "customers who haven't paid", "clients who still owe us money": unpaid invoices (before "paid" reads as a status)
  new RegExp(
    `\\b${QUANT}(?:${PERSON}|people|everyone|everybody|anyone|those|payers?|debtors?)\\s+(?:(?:who|that)\\s+(?:still\\s+)?(?:(?:haven't|have not|hasn't|has not|didn't|did not|never|don't|do not|doesn't|does not)\\s+(?:yet\\s+)?(?:paid|pay)(?:\\s+(?:their|the|an?|our)\\s+${FOR}(?:invoices?|bills?|${PURPOSE_WORD}))?(?:\\s+yet)?|owes?\\s+us(?:\\s+(?:money|anything|something))?|owes?\\s+(?:money|anything|something))|(?:(?:who|that)\\s+are\\s+)?(?:still\\s+)?owing(?:\\s+(?:us\\s+)?(?:money|anything|something))?(?![\\w'-]))`,
  ),
  // "all unpaid invoices", "every overdue patient invoice": the head decides, whatever names whose they are before it
  new RegExp(
    `\\b${QUANT}${INV_ADJ}\\s+(?:${FOR}|(?:${INVOICE_NAME}\\s+){1,2})(?:invoices?|bills?|fees|deposits?|rent)\\b`,
  ),
  // "the overdue accounts", "all our unpaid clients": the payers of invoices in that state, never a tag
  new RegExp(
    `\\b(?:(?:all|every|each|any|the|our)\\s+(?:of\\s+the\\s+|of\\s+our\\s+)?)?${INV_ADJ}\\s+(?:accounts?|payers?|debtors?|${PERSON})\\b(?!\\s+(?:with|who|whose|that|which)\\b)`,
  ),
  // "tenants in arrears", "every client who is behind on rent": an overdue invoice, said of its payer
  new RegExp(
    `\\b${QUANT}${PAYER}\\s+(?:(?:who|that)\\s+(?:are|is)\\s+)?(?:still\\s+)?(?:(?<arrears>in\\s+arrears)|(?<behind>behind)\\s+(?:on|with)\\s+(?:their\\s+|the\\s+)?${FOR}(?:rent|payments?|invoices?|bills?|fees|subs|dues))\\b`,
  ),
  new RegExp(
    `\\b(?:(?:all|every|each|any)\\s+)(?:(?:of\\s+)?the\\s+)?(?:invoices?|bills?)\\s+(?:(?:that|which)(?:'s|\\s+(?:are|is))\\s+)?(?:still\\s+)?${INV_ADJ}\\b`,
  ),
  // "invoices with status open", "all invoices with the status: overdue", "bills whose status is unpaid"
  new RegExp(
    `\\b${QUANT}(?:invoices?|bills?)\\s+(?:with\\s+(?:the\\s+|a\\s+)?status(?:\\s+(?:of|is))?(?:\\s*[:=])?|whose\\s+status\\s+is)\\s+${INV_ADJ}\\b`,
  ),
];

/**
 * "remind whoever is on the desk to chase any unpaid invoices", "ask the team to chase all overdue invoices": invoices
 * after what one of ours is asked to do are the reminder's words, never invoices found (their own people are: "remind
 * clients to pay their overdue invoices" is not this).
 */
const ASKER = new RegExp(
  `\\b(?:remind(?:ing)?|ask(?:ing)?|tell(?:ing)?|get(?:ting)?) (?!(?:(?:all|every|each|any|the|our|my) ){0,3}(?:${PERSON}|them|him|her|they)\\b)`,
);
const FILLER = /^(?:through|over|on|up|in)$/;
const askedTo = (clause: Clause, at: number): boolean => {
  const said =
    clause.view
      .slice(0, at)
      .split(/[,.;:]/)
      .at(-1) ?? '';
  const words = said.trim().split(/\s+/);
  const to = words.lastIndexOf('to');
  const after = words.slice(to + 1);
  if (to < 0 || after.length > 2 || (after.length === 2 && !FILLER.test(after[1] ?? ''))) return false;
  return ASKER.test(words.slice(0, to).join(' '));
};
/** The customer whose invoices they are, said with the address: "for Acme Ltd (billing@acme.com)". */
const CUSTOMER =
  /^\s+(?:for|from|of|to|owed\s+by|billed\s+to)\s+(?:[a-z0-9&'.-]+\s+){0,6}?([a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+)/;
const NAMED = /^\s+(?:for|of|owed\s+by|billed\s+to)\s+(?:the\s+)?[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*)*/;
/** Invoices said by their payers ("everyone with an overdue invoice"): whom a task each may be for. */
const PAYERS = new RegExp(`^${QUANT}${PAYER}\\b`);

/** The invoices said in the clause, found; undefined when none is said. */
export const findInvoices = (clause: Clause, ctx: Ctx): Collection | undefined => {
  for (const re of INVOICE_SHAPES) {
    const m = clause.find(re);
    if (!m || (!PAYERS.test(m[0]) && askedTo(clause, m.index))) continue;
    const word = [...m].slice(1).find((g) => g && INVOICE_STATUS[g.replace(/\s+/, ' ')] !== undefined);
    const late = m.groups?.arrears ?? m.groups?.behind;
    const status = word ? INVOICE_STATUS[word.replace(/\s+/, ' ')] : late ? 'overdue' : 'unpaid';
    clause.mark(m.index, m[0].length);
    // "the unpaid invoices for Paws & Claws Rescue (accounts@…)": one customer's, by the address said
    const to = PAYERS.test(m[0]) ? null : CUSTOMER.exec(clause.view.slice(m.index + m[0].length));
    if (to) clause.mark(m.index + m[0].length, to[0].length);
    const customer = to ? { customerEmail: clause.cased(to[1] ?? '') } : {};
    const find = action(ctx, 'find-invoices', 'invoice.find', { status, ...customer });
    // "for Acme", "for the Smith family": a customer by name, which the finder cannot take (only its address)
    const named =
      to || PAYERS.test(m[0]) ? null : NAMED.exec(clause.cased(clause.view.slice(m.index + m[0].length)));
    const unread = named
      ? `"${named[0].trim()}": invoices are found for a customer by their email address ("for Acme (billing@acme.com)")`
      : undefined;
    return {
      find,
      items: `{{steps.${find.id}.invoices}}`,
      item: INVOICE_ITEM,
      ...(unread ? { unread } : {}),
    };
  }
  return undefined;
};

import type { Clause } from './clause';
import type { Collection } from './collections';
import type { Ctx } from './context';
import { INVOICE_STATUS } from './invoice-shapes';

/** "… about each one", "… for each of them": the action is for every item found. */
/** "for each one", "about every one of them", and "for each" closing the clause ("post a line in slack for each"). */
export const EACH_ONE =
  /\b(?:about|for|on|of|to)\s+(?:each|every)\s+(?:one|1|of them|item|record)\b|\bfor (?:each|every)[.!;]?$/;

/**
 * "chase every overdue invoice", "remind each unpaid invoice's customer", "a reminder for each invoice": in a loop over
 * found invoices, each of them, said with the find's own status or none (a narrower one would pick some: not read).
 */
const EACH_INVOICE =
  /\b(?<to>(?:about|for|on|of|to)\s+)?(?:each|every)\s+(?:single\s+)?(?:(?<adj>overdue|late|past[- ]due|unpaid|outstanding|open)\s+)?(?:invoice|bill|deposit)(?:'s\s+(?:customer|client|payer))?\b(?!\s+(?:with|who|whose|that|which|tagged|from|in|on)\b)/;

type Read = { readonly kind: string } & Partial<{ readonly collection: Collection }>;

/**
 * In a loop over found invoices: "each overdue invoice" (`them`, read as "them"), or "for each invoice" (taken, then
 * `taken`: the action is for each).
 */
export const eachInvoice = (
  clause: Clause,
  item: Ctx['subject'],
  items: readonly Read[],
): { readonly them?: RegExpExecArray; readonly taken: boolean } => {
  const m = item?.invoiceRoot === 'item' ? clause.find(EACH_INVOICE) : undefined;
  const find = [...items].reverse().find((i) => i.kind === 'loop')?.collection?.find;
  const found = find && 'action' in find ? find.input?.status : undefined;
  const adj = m?.groups?.adj;
  if (!m || (adj && INVOICE_STATUS[adj.replace('-', ' ')] !== found)) return { taken: false };
  if (!m.groups?.to) return { them: m, taken: false };
  clause.mark(m.index, m[0].length);
  return { taken: true };
};

/** "… about each one", "… for each of them" (or an invoice's, already `taken`): the action is for every item found. */
export const takesEach = (clause: Clause, taken: boolean): boolean => Boolean(clause.take(EACH_ONE)) || taken;

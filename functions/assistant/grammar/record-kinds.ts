import type { WorkflowDefinition } from '../../../statemachines/schema';
import type { ParseResult } from '../parser';
import { ANY_INVOICE } from './event-nouns';
import type { Unframed } from './framing';
import { exported } from './list-size';
import { INVOICE_STATE_WORD, PICKING_WORD } from './nouns';

/**
 * Kinds of one record that the catalogue cannot tell apart (session 31). A landlord's "holding deposit invoice" and
 * "rent invoice" are both invoices: an invoice records no kind. A trade's name for an invoice is read as every
 * invoice (event-nouns.ts), so the explanation says so ("on every invoice: …"); a request that names two kinds of
 * invoice means to treat them differently, which no workflow can, and is refused quoting both.
 */

/** A word (or two) before "invoice"/"bill", after a determiner or a possessive: the kind the writer names. */
const KIND =
  /\b(?:an?|the|any|each|every|our|their|his|her|my|your|its|this|that|no)\s+(?:[a-z][\w-]*'s?\s+)?([a-z][\w'-]*\s+)?([a-z][\w'-]*)\s+(?:invoices?|bills?)\b/g;
const NOT_A_KIND = new RegExp(
  `^(?:an?|the|any|each|every|all|our|my|your|their|his|her|its|this|that|these|those|one|no|new|fresh|incoming|an?other|same|first|\\d[\\w.,]*|${PICKING_WORD}|${INVOICE_STATE_WORD})$`,
);

/** The kinds of invoice a request names, as written ("holding deposit", "rent"), each once. */
export const invoiceKinds = (request: string): string[] => {
  const kinds = new Map<string, string>();
  for (const m of request.toLowerCase().matchAll(KIND)) {
    const word = m[2] ?? '';
    if (NOT_A_KIND.test(word) || ANY_INVOICE.test(word)) continue;
    const before = (m[1] ?? '').trim();
    const said = before && !NOT_A_KIND.test(before) && !ANY_INVOICE.test(before) ? `${before} ${word}` : word;
    if (!kinds.has(word)) kinds.set(word, said);
  }
  return [...kinds.values()];
};

/** Whether the workflow starts on, or waits for, an invoice's event. */
const onInvoices = (definition: WorkflowDefinition): boolean =>
  (definition.trigger.type === 'event' && definition.trigger.event.startsWith('invoice.')) ||
  JSON.stringify(definition.steps).includes('"invoice.');

/** Two kinds named: refused, quoted. */
export const kindsProblem = (kinds: readonly string[]): string =>
  `${kinds.map((k) => `"${k} invoice"`).join(' and ')}: an invoice records no kind, so the workflow cannot tell one from the other; say what sets them apart (their amount, their customer), or make one workflow for all invoices`;

/** The note for one kind: the workflow acts on every invoice, and says so. */
export const kindNote = (kind: string): string =>
  `on every invoice: the catalogue cannot tell a ${kind} invoice from others, so this runs for all of them`;

/** What the request's kinds of invoice call for, once a workflow was read: a refusal, a note, or nothing. */
export const invoiceKindsOf = (
  request: string,
  definition: WorkflowDefinition,
): { problem: string; kinds: string[] } | { note: string } | undefined => {
  if (!onInvoices(definition)) return undefined;
  const kinds = invoiceKinds(request);
  if (kinds.length > 1) return { problem: kindsProblem(kinds), kinds };
  return kinds[0] ? { note: kindNote(kinds[0]) } : undefined;
};

/** "the holding deposit invoice": every invoice, said in the notes; two kinds of invoice named, refused. */
/**
 * The request read, with what the whole of it says about its records: kinds of invoices (above), and a count of
 * people over what a find returns, said in a sentence of context too ("We have 35k people on the list.", list-size.ts).
 */
export const kinded = (read: ParseResult, said: Pick<Unframed, 'text' | 'ignored'>): ParseResult => {
  const { text } = said;
  const result = exported(read, [...said.ignored, text].join(' '));
  if (!result.ok) return result;
  const kinds = invoiceKindsOf(text, result.definition);
  if (!kinds) return result;
  if ('problem' in kinds) return { ok: false, problems: [kinds.problem], notUnderstood: kinds.kinds };
  return { ...result, notes: [...result.notes, kinds.note] };
};

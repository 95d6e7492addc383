import type { Step } from '../../../statemachines/schema';
import { AMOUNT, amountOf } from './amounts';
import type { Clause } from './clause';
import { action, type Ctx } from './context';
import { ANY_PERSON, PERSON, TRADE_BOOKING } from './nouns';
import { SILENT_LEADS, silenceOf } from './silent';
import { LEAD_STATUS_WORDS } from './statuses';
import { BOOKING_ITEM, INVOICE_ITEM, LEAD_ITEM, type Subject } from './subjects';

/**
 * Many records at once, in a scheduled or manual workflow: "remind the customers with overdue invoices", "email
 * all qualified leads", "every lead tagged hot", "each new lead". Becomes a find step and a forEach over what it
 * found; the actions of the clause then act on each item.
 */
export interface Collection {
  readonly find: Step;
  readonly items: string;
  readonly item: Subject;
}

const INVOICE_STATUS: Record<string, string> = {
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

const INVOICE_SHAPES: readonly RegExp[] = [
  new RegExp(
    `\\b(?:(?:all|every|each|any|the|our)\\s+(?:of\\s+the\\s+)?)?(?:people|everyone|everybody|anyone|those|payers?|debtors?|${PERSON})\\s+(?:with|(?:who|that|which)\\s+ha(?:s|ve)(?:\\s+got)?|having|whose|who owe|owing|about|regarding|of|for)\\s+(?:an?\\s+|their\\s+|any\\s+|unpaid\\s+|the\\s+)?(?:${INV_ADJ}\\s+)?(?:invoices?|bills?|payments?)(?:\\s+(?:are|is)\\s+(?:still\\s+)?${INV_ADJ})?`,
  ),
  new RegExp(
    `\\b(?:(?:all|every|each|any|the|our)\\s+(?:of\\s+the\\s+)?)?${INV_ADJ}\\s+(?:invoices?|bills?)\\b`,
  ),
  // "customers who haven't paid", "clients who still owe us money": whoever has an unpaid invoice
  /\b(?:(?:all|every|each|any|the|our)\s+(?:of\s+the\s+)?)?(?:customers?|clients?|people|everyone|everybody|anyone|those|payers?|debtors?)\s+(?:who|that)\s+(?:still\s+)?(?:(?:haven't|have not|hasn't|has not|didn't|did not|never|don't|do not|doesn't|does not)\s+(?:yet\s+)?(?:paid|pay)(?:\s+(?:their|the|an?|our)\s+(?:invoices?|bills?))?(?:\s+yet)?|owes?\s+us(?:\s+(?:money|anything|something))?|owes?\s+(?:money|anything|something))/,
  new RegExp(
    `\\b(?:(?:all|every|each|any)\\s+)(?:(?:of\\s+)?the\\s+)?(?:invoices?|bills?)\\s+(?:that\\s+(?:are|is)\\s+|which\\s+(?:are|is)\\s+)?(?:still\\s+)?${INV_ADJ}\\b`,
  ),
  // "invoices with status open", "all invoices with the status: overdue", "bills whose status is unpaid"
  new RegExp(
    `\\b(?:(?:all|every|each|any|the|our)\\s+(?:of\\s+the\\s+)?)?(?:invoices?|bills?)\\s+(?:with\\s+(?:the\\s+|a\\s+)?status(?:\\s+(?:of|is))?(?:\\s*[:=])?|whose\\s+status\\s+is)\\s+${INV_ADJ}\\b`,
  ),
];

/** The days calendar.find names, as said ("today", "this week", "the next 7 days"). */
const DAY = '(?<day>today|tomorrow|this\\s+week|the\\s+next\\s+(?:7|seven)\\s+days|the\\s+coming\\s+week)';
const BOOKINGS = `(?:(?:booking|appointment|meeting|call|session|demo|visit|consultation|reservation|event)s?|${TRADE_BOOKING})(?![\\w'-])`;
const PEOPLE = `(?:people|persons?|everyone|everybody|anyone|attendees?|visitors?|those|${PERSON})`;

/** People with a booking on a day (written to: only bookings with an attendee), or the bookings themselves. */
const BOOKING_SHAPES: readonly (readonly [RegExp, boolean])[] = [
  [
    new RegExp(
      `\\b(?:(?:all|every|each|any|the|our)\\s+(?:of\\s+the\\s+)?)?${PEOPLE}\\s+(?:(?:with|(?:who|that|which)\\s+ha(?:s|ve)(?:\\s+got)?|having|who\\s+booked|who\\s+are\\s+booked(?:\\s+in)?|booked(?:\\s+in)?|scheduled)\\s+(?:for\\s+(?=(?:an?|their|any)\\s))?(?:(?:an?|their|any)\\s+)?(?:${BOOKINGS}\\s+)?|whose\\s+(?:next\\s+)?${BOOKINGS}\\s+(?:are|is)\\s+(?:(?:booked|scheduled|due)\\s+)?)(?:(?:for|on)\\s+)?${DAY}`,
    ),
    true,
  ],
  [
    new RegExp(
      `\\b(?:all|every|each|any|the)\\s+(?:attendees?|guests?|people|participants?|invitees?)\\s+(?:of|at|in|for)\\s+(?<day2>today|tomorrow)'s\\s+${BOOKINGS}`,
    ),
    true,
  ],
  [
    new RegExp(
      `\\b(?:all|every|each|any)\\s+(?:(?:of\\s+)?(?:the|our|my)\\s+)?${BOOKINGS}\\s+(?:(?:that\\s+are\\s+|scheduled\\s+|booked\\s+)?(?:for\\s+|on\\s+)?)?${DAY}|\\b(?:all|every|each|any)\\s+(?:of\\s+)?(?<day3>today|tomorrow)'s\\s+${BOOKINGS}`,
    ),
    false,
  ],
];

const BOOKING_DAY = (said: string): string =>
  /^today/.test(said)
    ? 'today'
    : /^tomorrow/.test(said)
      ? 'tomorrow'
      : /^this/.test(said)
        ? 'this-week'
        : 'next-7-days';

/** "tagged hot", "with the tag hot", "with tag: hot", "labelled as hot": the tag a list of leads carries. */
const TAGGED =
  '(?:tagged|labell?ed|with\\s+(?:the\\s+|a\\s+)?tag|having\\s+(?:the\\s+)?tag)(?:\\s*[:=])?\\s+(?:as\\s+)?';
/** "with status new", "with the status: contacted", "whose status is qualified", "in the stage qualified". */
const WITH_STATUS =
  '(?:still\\s+)?(?:with|having|in)\\s+(?:the\\s+|a\\s+)?(?:status|stage)(?:\\s+(?:of|is))?(?:\\s*[:=])?|whose\\s+(?:status|stage)\\s+is|where\\s+(?:the\\s+)?(?:status|stage)\\s*(?:is|equals|==?|:)';
/** "in contacted status", "still in the qualified stage", "with the new status": the status said before its noun. */
const IN_STATUS =
  '(?:still\\s+)?(?:in|with|at)\\s+(?:the\\s+|a\\s+)?(?<who2>new|contacted|qualified|lost|customer)\\s+(?:status|stage)\\b';

const LEAD_SHAPE = new RegExp(
  `\\b(?:all|every|each|any)\\s+(?:(?:of\\s+)?(?:the|our|my)\\s+)?(?:(?<adj>[a-z][\\w-]*)\\s+)?(?<noun>${PERSON})\\b(?:\\s+(?:that\\s+are\\s+|who\\s+are\\s+)?${TAGGED}(?<tag>⟦\\d+⟧|[\\w-]+))?(?:\\s+(?:from|via)\\s+(?<src>[\\w-]+(?:\\s+ads\\b)?))?(?:\\s+(?:worth\\s+|with\\s+a\\s+value\\s+(?:of\\s+)?)(?:more\\s+than|over|above|at\\s+least)\\s+(?<amt>${AMOUNT.source}))?(?:\\s+(?:(?:who|that)\\s+are(?:\\s+still)?|${WITH_STATUS})\\s+(?<who>new|contacted|qualified|lost|customers?)|\\s+${IN_STATUS})?|\\b(?:the|our|my)\\s+(?<adj2>new|contacted|qualified|lost)\\s+(?<noun2>${PERSON})\\b|\\b(?:(?:the|our|my)\\s+)?(?<noun3>leads|contacts|prospects)\\s+(?:(?:(?:that|who)\\s+are|${WITH_STATUS})\\s+(?<who3>new|contacted|qualified|lost|customers?)\\b|${TAGGED}(?<tag3>⟦\\d+⟧|[\\w-]+)|(?:from|via)\\s+(?<src3>[\\w-]+(?:\\s+ads\\b)?))|\\b(?:find|go\\s+through|loop\\s+(?:through|over)|look\\s+up|fetch|pull|get)\\s+(?:the\\s+|our\\s+|my\\s+)?(?!(?:the|our|my|all|every|each|any|some|those|these|their|his|her)\\b)(?<adj4>[a-z][\\w-]*)\\s+(?<noun4>leads|contacts|prospects)\\b`,
);

/** Adjectives of a list of leads that are statuses (others, like "hot" or "cold", are tags). */
const LEAD_STATUS = (word: string): string | undefined =>
  /^(?:new|contacted|qualified|lost|customers?|clients?)$/.test(word) ? LEAD_STATUS_WORDS[word] : undefined;

const FIND_VERB =
  /^[\s,]*(?:(?:then|also|and|please|first)\s+)*(?:find|get|look up|look for|search for|check for|fetch|collect|gather|go through|loop through|loop over|select|pick|take|list|grab|pull)\b/;

export const readCollection = (clause: Clause, ctx: Ctx): Collection | undefined => {
  const found = findCollection(clause, ctx);
  if (found) clause.take(FIND_VERB);
  return found;
};

const findCollection = (clause: Clause, ctx: Ctx): Collection | undefined => {
  for (const re of INVOICE_SHAPES) {
    const m = clause.find(re);
    if (!m) continue;
    const word = [...m].slice(1).find((g) => g && INVOICE_STATUS[g.replace(/\s+/, ' ')] !== undefined);
    const status = word ? INVOICE_STATUS[word.replace(/\s+/, ' ')] : 'unpaid';
    clause.mark(m.index, m[0].length);
    const find = action(ctx, 'find-invoices', 'invoice.find', { status });
    return { find, items: `{{steps.${find.id}.invoices}}`, item: INVOICE_ITEM };
  }
  for (const [re, people] of BOOKING_SHAPES) {
    const b = clause.find(re);
    const said = b?.groups?.day ?? b?.groups?.day2 ?? b?.groups?.day3;
    if (!b || !said) continue;
    clause.mark(b.index, b[0].length);
    const input = { day: BOOKING_DAY(said), ...(people ? { withAttendee: true } : {}) };
    const find = action(ctx, 'find-bookings', 'calendar.find', input);
    return { find, items: `{{steps.${find.id}.bookings}}`, item: BOOKING_ITEM };
  }
  const silent = clause.find(SILENT_LEADS);
  if (silent) {
    clause.mark(silent.index, silent[0].length);
    const find = action(ctx, 'find-leads', 'crm.findLeads', { noReplyFor: silenceOf(silent) });
    return { find, items: `{{steps.${find.id}.leads}}`, item: LEAD_ITEM };
  }
  const m = clause.find(LEAD_SHAPE);
  if (!m?.groups) return undefined;
  const g = m.groups;
  clause.mark(m.index, m[0].length);
  const input: Record<string, unknown> = {};
  const adjective = g.adj ?? g.adj2 ?? g.adj4;
  const noun = g.noun ?? g.noun2 ?? g.noun3 ?? g.noun4 ?? '';
  const who = g.who ?? g.who2 ?? g.who3;
  const tag = g.tag ?? g.tag3;
  const src = g.src ?? g.src3;
  const status =
    (adjective ? LEAD_STATUS(adjective) : undefined) ??
    (who ? LEAD_STATUS(who) : undefined) ??
    (/^(?:customer|client)/.test(noun) ? 'customer' : undefined);
  if (status) input.status = status;
  else if (
    adjective &&
    !ANY_PERSON.test(adjective) &&
    !/^(?:single|one|of|active|current|existing|regular|registered|the)$/.test(adjective)
  )
    input.tag = clause.cased(adjective);
  if (tag) input.tag = clause.prepared.quotes[Number(/\d+/.exec(tag)?.[0] ?? -1)] ?? clause.cased(tag);
  if (src) input.source = clause.cased(src);
  if (g.amt) {
    const amount = amountOf(new RegExp(AMOUNT.source).exec(g.amt) ?? ([] as unknown as RegExpExecArray));
    if (amount) input.minValue = amount.value;
  }
  const find = action(ctx, 'find-leads', 'crm.findLeads', input);
  return { find, items: `{{steps.${find.id}.leads}}`, item: LEAD_ITEM };
};

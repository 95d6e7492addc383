import type { Step } from '../../../statemachines/schema';
import { AMOUNT, amountOf } from './amounts';
import type { Clause } from './clause';
import { action, type Ctx } from './context';
import { BOOKING_DAY, BOOKING_SHAPES } from './day-bookings';
import { findInvoices } from './invoice-shapes';
import { ANY_PERSON, PERSON, PERSON_PLURAL, PICKING_WORD } from './nouns';
import { createdFilter, periodSaid } from './periods';
import { POPULATION, populationOf, roleGroup } from './population';
import { SILENT_LEADS, SILENT_SINCE, SILENT_TAIL, silenceOf } from './silent';
import { LEAD_STATUS_WORDS } from './statuses';
import { BOOKING_ITEM, LEAD_ITEM, type Subject } from './subjects';
import { isPlaceName } from './zone-countries';

/**
 * Many records at once, in a scheduled or manual workflow: "remind the customers with overdue invoices", "email
 * all qualified leads", "every lead tagged hot", "each new lead". Becomes a find step and a forEach over what it
 * found; the actions of the clause then act on each item.
 */
export interface Collection {
  readonly find: Step;
  readonly items: string;
  readonly item: Subject;
  /** Why a filter the finder cannot take ("created in the last 7 days") is refused, quoting it. */
  readonly unread?: string;
}

/** People said by how they came to us, before the words that say when ("everyone| who enquired this week"). */
const CAME_IN = new RegExp(
  `\\b(?:everyone|everybody|anyone|anybody|all\\s+(?:the\\s+)?(?:people|those)|(?<=\\b(?:find|get|grab|pull|fetch|take|collect|through|email|message|send)\\s)(?:(?:all|any)\\s+)?(?:the\\s+)?(?:new\\s+)?${PERSON_PLURAL})(?=\\s+(?:who|that)\\s+(?:have\\s+|has\\s+)?(?:enquired|inquired|got\\s+in\\s+touch|reached\\s+out|signed\\s+up|registered|joined|came\\s+in)\\b)`,
);

/** "tagged hot", "with the tag hot", "with tag: hot", "labelled as hot": the tag a list of leads carries. */
const TAGGED =
  '(?:(?:(?:that|who|which)\\s+)?(?:we|i)(?:\x27ve|\\s+have)?\\s+(?:tagged|labell?ed)(?:\\s+as)?|tagged|labell?ed|with\\s+(?:the\\s+|a\\s+)?tag|having\\s+(?:the\\s+)?tag|tag(?=\\s(?!(?:them|him|her|it|as|with)\\b)[\\w⟦-]))(?:\\s*[:=])?\\s+(?:as\\s+)?';
/** A tag said aloud in two words ("tagged at risk", "tagged on hold"): one tag, written with its hyphen. */
const SAID_TAG =
  '(?:at|on|high|low|no|non|off)\\s(?!(?:the|a|an|our|their|least|most|all)\\b)[a-z]+(?![\\w-])';
const tagOf = (said: string): string => said.replace(/\s+/g, '-');

/** "with status new", "with the status: contacted", "whose status is qualified", "in the stage qualified". */
const WITH_STATUS =
  '(?:that|who)(?:\x27s|\\s+(?:is|are))\\s+(?:still\\s+)?(?:at\\s+|in\\s+)?(?:status|stage)(?:\\s*[:=])?|(?:(?:that|who)\\s+are\\s+)?(?:still\\s+)?in(?=\\s+(?:new|contacted|qualified|lost)\\b(?!\\s+(?:status|stage)\\b))|(?:still\\s+)?(?:with|having|in|on)\\s+(?:the\\s+|a\\s+)?(?:status|stage)(?:\\s+(?:of|is))?(?:\\s*[:=])?|(?:(?:that|who)\\s+(?:are|is)\\s+)?(?:still\\s+)?(?:sitting|sat|stuck|parked|waiting|left)\\s+(?:in|at)(?:\\s+(?:the\\s+)?(?:status|stage|column))?|whose\\s+(?:status|stage)\\s+is|where\\s+(?:the\\s+)?(?:status|stage)\\s*(?:is|equals|==?|:)';
/** "in contacted status", "still in the qualified stage", "with the new status": the status said before its noun. */
const IN_STATUS =
  '(?:still\\s+)?(?:in|with|at|on)\\s+(?:the\\s+|a\\s+)?(?<who2>new|contacted|qualified|lost|customer)\\s+(?:status|stage)\\b';

/** A source after "from": one word or a site ("booking.com"), a named one with its article ("the spring fair"), or "Google Ads". */
const SOURCE_VALUE = `(?:the|our)\\s+(?!(?:last|past|previous|next)\\b)[\\w-]+(?:\\s+(?!(?:and|or|as|into|onto|so|please|now|too|with|who|that|which|whose|worth|tagged|in|on|at|to|for|by|from|via|of|but|if|unless|when|than|over|under|above|below|is|are|was|were|has|have|had|then|this|last|yesterday|today|who|our|their|a|an|the)\\b)[a-z][\\w-]*){0,2}(?![\\w-])|[\\w-]+(?:\\.(?:com|net|org|io|co|uk|au|nz|ca|de|fr|es|it|nl|ie)\\b)*(?:\\s+ads\\b)?`;

/**
 * Whom a list of leads is said of: the people of any trade (PERSON), and what a business-to-business seller calls its
 * customers ("every account tagged at-risk", "all trial accounts", "our at-risk companies"); never "the account
 * manager" or "the accounts team" (ours).
 */
const NOT_OURS_AFTER =
  '(?![\\w-])(?!\\s+(?:managers?|owners?|execs?|executives?|reps?|team|teams|directors?|department|dept)\\b)';
const LEAD_PEOPLE = `(?:${PERSON}|enquir(?:y|ies|ers?)|inquir(?:y|ies|ers?)|accounts?|compan(?:y|ies)|organi[sz]ations?|orgs?|businesses|firms?)${NOT_OURS_AFTER}`;
/** The same people said in the plural: a list of them without "all" or "every" ("the accounts tagged at-risk"). */
const LEAD_PEOPLE_MANY = `(?:${PERSON_PLURAL}|enquiries|enquirers|inquiries|inquirers|accounts|companies|organi[sz]ations|orgs|businesses|firms)${NOT_OURS_AFTER}`;
/** Words before the plural that say which ones without naming a tag ("our other clients", "the same accounts"). */
const NOT_A_TAG = `(?!(?:other|same|right|following|above|below|remaining|both|existing|current|active|regular|registered|usual|own|best|main|top|key|whole|entire|relevant|selected|chosen|named|listed|such|respective|assigned|many|most|few|several|various|all|every|each|these|those)(?![\\w'-])|${PICKING_WORD}|\\d)`;

const LEAD_SHAPE = new RegExp(
  `\\b(?:all|every|each|any)(?:\\s+(?:one|1))?\\s+(?:(?:of\\s+)?(?:the|our|my)\\s+)?(?:(?<adj>${SAID_TAG}|[a-z][\\w-]*)\\s+)?(?<noun>${LEAD_PEOPLE})(?:\\s+(?:that\\s+are\\s+|who\\s+are\\s+)?${TAGGED}(?<tag>⟦\\d+⟧|${SAID_TAG}|[\\w-]+))?(?:\\s+(?:from|via)\\s+(?!(?:yesterday|today|last|this|past|next|the\\s+(?:last|past|previous))\\b)(?<src>${SOURCE_VALUE}))?(?:\\s+(?:worth\\s+|with\\s+a\\s+value\\s+(?:of\\s+)?)(?:more\\s+than|over|above|at\\s+least)\\s+(?<amt>${AMOUNT.source}))?(?:\\s+(?:(?:who|that)\\s+are(?:\\s+still)?|${WITH_STATUS})\\s+(?<who>new|contacted|qualified|lost|customers?)|\\s+${IN_STATUS})?|\\b(?:the|our|my)\\s+(?:(?<adj2>new|contacted|qualified|lost)\\s+(?<noun2>${LEAD_PEOPLE})|(?<adj5>${NOT_A_TAG}(?:${SAID_TAG}|[a-z][\\w-]*))\\s+(?<noun5>${LEAD_PEOPLE_MANY}))|\\b(?:our|my)\\s+(?<noun6>${LEAD_PEOPLE_MANY})|\\b(?:(?:the|our|my)\\s+)?(?<noun3>${LEAD_PEOPLE_MANY})\\s+(?:(?:(?:that|who)\\s+are|${WITH_STATUS})\\s+(?<who3>new|contacted|qualified|lost|customers?)\\b|${TAGGED}(?<tag3>⟦\\d+⟧|${SAID_TAG}|[\\w-]+)|(?:from|via)\\s+(?!(?:yesterday|today|last|this|past|next|the\\s+(?:last|past|previous))\\b)(?<src3>${SOURCE_VALUE}))|\\b(?:find|go\\s+through|loop\\s+(?:through|over)|look\\s+up|fetch|pull|get)\\s+(?:the\\s+|our\\s+|my\\s+)?(?!(?:the|our|my|all|every|each|any|some|those|these|their|his|her)\\b)(?<adj4>[a-z][\\w-]*)\\s+(?<noun4>leads|contacts|prospects)\\b`,
);

/** Adjectives of a list of leads that are statuses (others, like "hot" or "cold", are tags). */
const LEAD_STATUS = (word: string): string | undefined =>
  /^(?:new|contacted|qualified|lost|customers?|clients?)$/.test(word) ? LEAD_STATUS_WORDS[word] : undefined;

const FIND_VERB =
  /^[\s,]*(?:(?:then|also|and|please|first)\s+)*(?:find|get|look up|look for|search for|check for|fetch|collect|gather|go through|loop through|loop over|select|pick|take|list|grab|pull)\b/;

/**
 * A part of the records found ("half of our stockists", "10 of the leads tagged x") or a second tag ("tagged
 * wholesale or retail"): a find returns every match of one tag, so these are refused, quoted (session 33; said back
 * as not understood and left out before).
 */
const PART_OF =
  /\b(?:half|most|some|(?:a\s)?few|several|a\s(?:couple|handful|sample|third|quarter)|\d+%?|one|two|three|four|five|ten)\s(?:of\s)(?=(?:the|our|my|all|these|those)\s)/;

export const readCollection = (clause: Clause, ctx: Ctx, problems: string[]): Collection | undefined => {
  const part = clause.find(PART_OF);
  const found = findCollection(clause, ctx);
  if (found) clause.take(FIND_VERB);
  if (found?.unread) problems.push(found.unread);
  if (found && part)
    problems.push(
      `"${clause.cased(part[0]).trim()}": a find returns every record that matches; it cannot take a part of them. Take it out, or say which ones by status, tag or source`,
    );
  return found;
};

const findCollection = (clause: Clause, ctx: Ctx): Collection | undefined => {
  const invoices = findInvoices(clause, ctx);
  if (invoices) return invoices;
  for (const [re, people] of BOOKING_SHAPES) {
    const b = clause.find(re);
    const g = b?.groups;
    const said = g?.day ?? g?.day2 ?? g?.day3 ?? g?.day3b ?? g?.day4 ?? g?.day5 ?? g?.day5b;
    if (!b || !said) continue;
    clause.mark(b.index, b[0].length);
    const cancelled = /^cancel/.test(b.groups?.bst ?? '');
    const input = {
      day: BOOKING_DAY(said),
      ...(people ? { withAttendee: true } : {}),
      ...(cancelled ? { status: 'cancelled' } : {}),
    };
    const find = action(ctx, 'find-bookings', 'calendar.find', input);
    return { find, items: `{{steps.${find.id}.bookings}}`, item: BOOKING_ITEM };
  }
  const silent = clause.find(SILENT_LEADS) ?? clause.find(SILENT_SINCE);
  if (silent) {
    clause.mark(silent.index, silent[0].length);
    // "all qualified leads who haven't replied …": the word before the noun filters too
    const before = /\b(?:all|every|each|any|the|our|my)\s+(?:of\s+the\s+)?([a-z][\w-]*)\s+$/.exec(
      clause.view.slice(0, silent.index),
    );
    const adjective = before?.[1] && !ANY_PERSON.test(before[1]) ? before[1] : undefined;
    const status = adjective ? LEAD_STATUS(adjective) : undefined;
    if (before && adjective) clause.mark(before.index, before[0].length);
    const { unread, ...filters } = readLeadFilters(clause, silent.index + silent[0].length);
    const input = {
      ...(status ? { status } : adjective ? { tag: clause.cased(adjective) } : {}),
      noReplyFor: silenceOf(silent),
      ...filters,
    };
    const find = action(ctx, 'find-leads', 'crm.findLeads', input);
    return { find, items: `{{steps.${find.id}.leads}}`, item: LEAD_ITEM, ...(unread ? { unread } : {}) };
  }
  const named = readPopulation(clause, ctx);
  if (named) return named;
  // "everyone who enquired this week", "anyone who got in touch in the last 7 days": leads, by when they came in
  const came = clause.find(CAME_IN);
  if (came) {
    clause.mark(came.index, came[0].length);
    const { unread, ...filters } = readLeadFilters(clause, came.index + came[0].length);
    const find = action(ctx, 'find-leads', 'crm.findLeads', filters);
    const said = `"${clause.cased(clause.text.slice(came.index + came[0].length)).trim()}"`;
    const none = Object.keys(filters).length === 0 && !unread;
    return {
      find,
      items: `{{steps.${find.id}.leads}}`,
      item: LEAD_ITEM,
      ...(unread || none
        ? {
            unread:
              unread ??
              `I did not understand which people ${said} picks: say them by status, tag, source or when they came in`,
          }
        : {}),
    };
  }
  const m = clause.find(LEAD_SHAPE);
  if (!m?.groups) return undefined;
  const g = m.groups;
  clause.mark(m.index, m[0].length);
  const input: Record<string, unknown> = {};
  const adjective = g.adj ?? g.adj2 ?? g.adj4 ?? g.adj5;
  const noun = g.noun ?? g.noun2 ?? g.noun3 ?? g.noun4 ?? g.noun5 ?? g.noun6 ?? '';
  const who = g.who ?? g.who2 ?? g.who3;
  const tag = g.tag ?? g.tag3;
  const src = g.src ?? g.src3;
  const status =
    (adjective ? LEAD_STATUS(adjective) : undefined) ??
    (who ? LEAD_STATUS(who) : undefined) ??
    (/^(?:customer|client)/.test(noun) ? 'customer' : undefined);
  if (status) input.status = status;
  // "each of our vip customers": the customers' status, and the word before them their tag (never dropped)
  if (
    adjective &&
    !LEAD_STATUS(adjective) &&
    !ANY_PERSON.test(adjective) &&
    !/^(?:single|one|of|active|current|existing|regular|registered|the)$/.test(adjective)
  )
    input.tag = tagOf(clause.cased(adjective));
  if (tag) input.tag = clause.prepared.quotes[Number(/\d+/.exec(tag)?.[0] ?? -1)] ?? tagOf(clause.cased(tag));
  if (g.amt) {
    const amount = amountOf(new RegExp(AMOUNT.source).exec(g.amt) ?? ([] as unknown as RegExpExecArray));
    if (amount) input.minValue = amount.value;
  }
  const srcEnd = src ? clause.text.indexOf(src, m.index) + src.length : 0;
  const placeSaid = src ? placeAt(clause, sourceOf(src), srcEnd) : undefined;
  const place = placeSaid ? placeProblem(placeSaid) : undefined;
  if (src && !place) input.source = sourceOf(clause.cased(src));
  const { unread: after, ...filters } = readLeadFilters(clause, m.index + m[0].length);
  const unread = place ?? after;
  Object.assign(input, filters);
  // "each new enquiry from the last 7 days": "new" says when they came in, with the window, not their status
  if (input.createdIn && adjective === 'new' && !who) delete input.status;
  const find = action(ctx, 'find-leads', 'crm.findLeads', input);
  return { find, items: `{{steps.${find.id}.leads}}`, item: LEAD_ITEM, ...(unread ? { unread } : {}) };
};

/** "every stockist (tagged wholesale)": leads in the writer's own noun, picked by a tag or a status (population.ts). */
const readPopulation = (clause: Clause, ctx: Ctx): Collection | undefined => {
  const p = clause.find(POPULATION) ?? roleGroup(clause.view);
  const quote = (said: string): string | undefined =>
    clause.prepared.quotes[Number(/^⟦(\d+)⟧$/.exec(said)?.[1] ?? -1)];
  const picked = p && populationOf(p, quote, (said) => clause.cased(said));
  if (!p || !picked) return undefined;
  clause.mark(p.index, p[0].length);
  const customers = /^(?:customer|client)/.test(p.groups?.head ?? '') && !picked.status;
  const { unread, ...filters } = readLeadFilters(clause, p.index + p[0].length);
  const input = { ...(customers ? { status: 'customer' } : {}), ...picked, ...filters };
  const find = action(ctx, 'find-leads', 'crm.findLeads', input);
  return { find, items: `{{steps.${find.id}.leads}}`, item: LEAD_ITEM, ...(unread ? { unread } : {}) };
};

/** "the webinar", "our website": a source said with its article. */
const sourceOf = (said: string): string => said.replace(/^(?:the|our|a|an)\s+/i, '');

/** "from New Zealand": the place said from `source` on (one word read as the source, and up to two after it). */
const placeAt = (clause: Clause, source: string, end: number): string | undefined => {
  const after = /^\s+([a-z][\w'-]*)(?:\s+([a-z][\w'-]*))?/.exec(clause.text.slice(end));
  const said = [source, `${source} ${after?.[1] ?? ''}`, `${source} ${after?.[1] ?? ''} ${after?.[2] ?? ''}`];
  const place = said.find((s) => isPlaceName(s));
  if (!place) return undefined;
  const start = clause.text.lastIndexOf(source, end);
  return clause.cased(clause.text.slice(start, start + place.length));
};

/** "leads from Germany": a country is no source, and no record keeps one. */
const placeProblem = (said: string): string =>
  `"from ${said}": no record of the catalogue keeps a country or region (a lead has a source, a status, tags and a value), so this would find leads from everywhere. Say it as a tag ("tagged ${said.toLowerCase()}") or take it out`;

/** A word after "from" that is a time, never a source ("leads from yesterday"). */
const NOT_A_SOURCE =
  '(?!(?:yesterday|today|tonight|last|this|past|next|previous|earlier|now|the\\s+(?:last|past|previous))\\b)';

/**
 * What crm.findLeads can filter on, said after the noun in any order and any number (session 29): a source ("from
 * LinkedIn", "who came in from the webinar", "with source ads", "whose source is X"), a status ("that are
 * qualified", "in contacted status", "whose status is new"), a tag ("tagged hot", "with the tag vip"), a value
 * ("worth over 5k", "with a budget of at least 5000", "whose value is above 1000") or a silence ("who haven't
 * replied in 30 days"). Each goes into the find: left out, the find returns every lead.
 */
const LEAD_FILTERS: readonly (readonly [
  RegExp,
  (m: RegExpExecArray, clause: Clause) => Record<string, unknown>,
])[] = [
  [
    new RegExp(
      `^(?:(?:that|who|which)\\s+(?:have\\s+|has\\s+)?(?:came|come|comes|signed\\s+up|arrived|joined|registered)\\s+(?:in\\s+)?(?:from|via|through)|(?:coming|originating|sourced)\\s+from|from|via|through|(?:with|having)\\s+(?:the\\s+|a\\s+)?source(?:\\s+(?:of|is))?(?:\\s*[:=])?|(?:whose|where(?:\\s+the)?)\\s+source\\s+(?:is|equals|==?)|(?:that|who|which)\\s+(?:are|is)\\s+from)\\s+${NOT_A_SOURCE}(?<src>${SOURCE_VALUE})(?:\\s+(?<when>this\\s+week|today|yesterday|in\\s+the\\s+(?:last|past)\\s+(?:7|seven)\\s+days)\\b)?`,
    ),
    (m, clause) => {
      const said = clause.cased(m.groups?.src ?? '');
      const end = clause.text.indexOf(m[0]) + m[0].length;
      const place = placeAt(clause, sourceOf(m.groups?.src ?? ''), end);
      // "who came in via booking.com this week": when, said after where from
      const when = m.groups?.when ? { createdIn: periodSaid(m.groups.when.replace(/^in\s+/, '')) } : {};
      return place ? { unread: placeProblem(place) } : { source: sourceOf(said), ...when };
    },
  ],
  [
    new RegExp(
      `^(?:(?:(?:who|that)\\s+are(?:\\s+still)?|${WITH_STATUS})\\s+(?<who>new|contacted|qualified|lost|customers?)\\b|${IN_STATUS})`,
    ),
    (m) => ({ status: LEAD_STATUS(m.groups?.who ?? m.groups?.who2 ?? '') }),
  ],
  [
    new RegExp(`^(?:(?:that|who)\\s+are\\s+)?${TAGGED}(?<tag>⟦\\d+⟧|${SAID_TAG}|[\\w-]+)`),
    (m, clause) => ({
      tag:
        clause.prepared.quotes[Number(/\d+/.exec(m.groups?.tag ?? '')?.[0] ?? -1)] ??
        tagOf(clause.cased(m.groups?.tag ?? '')),
    }),
  ],
  [
    new RegExp(
      `^(?:worth|valued\\s+at|(?:with|having)\\s+(?:a\\s+|an\\s+)?(?:(?:deal|estimated)\\s+)?(?:value|budget)(?:\\s+of)?|(?:whose|where(?:\\s+the)?|'s)\\s+(?:(?:deal|estimated)\\s+)?(?:value|budget)\\s+is)\\s+(?:more\\s+than|over|above|at\\s+least|>=?|≥)\\s+(?<amt>${AMOUNT.source})`,
    ),
    (m) => {
      const amount = amountOf(
        new RegExp(AMOUNT.source).exec(m.groups?.amt ?? '') ?? ([] as unknown as RegExpExecArray),
      );
      return amount ? { minValue: amount.value } : {};
    },
  ],
  [SILENT_TAIL, (m) => ({ noReplyFor: silenceOf(m) })],
  // "tagged wholesale or retail": a second value the find cannot take with the first (session 33)
  [
    /^or\s(?!(?:if|when|unless|else|otherwise)\b)[\w⟦⟧-]+/,
    (m, clause) => ({
      unread: `"${clause.cased(m[0]).trim()}": a find takes one tag, status and source; make a workflow for each, or take it out`,
    }),
  ],
  // "from the last 7 days", "from this week": when they came in, said of the leads themselves
  [
    /^(?:from|of)\s+(?:(?:the\s+)?(?:last|past)\s+(?:7|seven)\s+days|(?:the\s+)?past\s+week|this\s+week|today|yesterday)\b/,
    (m) => ({ createdIn: periodSaid(m[0].replace(/^(?:from|of)\s+/, '')) }),
  ],
  // "added yesterday", "created in the last 7 days": createdIn (session 38); others ("last week") it cannot take
  [
    /^(?:(?:that|who|which)\s+(?:were\s+|was\s+|have\s+been\s+|has\s+)?)?(?:created|added|signed\s+up|joined|registered|came\s+in|imported|captured|booked|enquired|inquired|got\s+in\s+touch|reached\s+out)\s+(?:(?:in|during|within|over|since|before|after|from)\s+)?(?:the\s+)?(?:(?:last|past|previous|next|coming|this)\s+(?:\d+\s+|few\s+|couple\s+of\s+|[a-z]+\s+)?(?:hours?|days?|weeks?|months?|quarters?|years?|week|month)|yesterday|today|recently|lately|this\s+(?:week|month|quarter|year))\b/,
    (m, clause) => createdFilter(m[0], clause.cased(m[0]).trim()),
  ],
  // "that opened our last email", "with more than 3 visits", "arriving soon": a restriction no filter above reads
  [
    /^(?:(?:that|who|which|whose|where)\b|(?:with|having|without)\s+(?:(?:more|less|fewer)\s+than|over|under|at\s+(?:least|most)|no|zero|\d)|(?:arriving|departing|leaving|staying|visiting|expected|coming\s+in|check(?:ing|ed)[-\s](?:in|out))\b)[^,;]*/,
    (m, clause) => ({
      unread: `I did not understand "${clause.cased(m[0]).trim()}", which would choose which leads are found: the lead finder filters by status, tag, source, value or no reply. Say it as one of those, or take it out`,
    }),
  ],
];

/** The filters said right after `from` (the end of the noun), each marked as read. */
const readLeadFilters = (clause: Clause, from: number): Record<string, unknown> & { unread?: string } => {
  const input: Record<string, unknown> & { unread?: string } = {};
  let at = from;
  for (let again = true; again; ) {
    again = false;
    const rest = clause.view.slice(at);
    const lead = /^[\s,]*(?:and\s+)?/.exec(rest)?.[0] ?? '';
    for (const [re, read] of LEAD_FILTERS) {
      const f = re.exec(rest.slice(lead.length));
      if (!f) continue;
      const said = read(f, clause);
      if (Object.keys(said).some((k) => k in input)) return input;
      Object.assign(input, said);
      clause.mark(at + lead.length, f[0].length);
      at += lead.length + f[0].length;
      again = true;
      break;
    }
  }
  return input;
};

import type { Step } from '../../../statemachines/schema';
import { readFile } from './actions-misc';
import type { Clause } from './clause';
import { type ActionResult, action, type Ctx, outcome } from './context';
import { INVOICE_STATUS } from './invoice-shapes';
import { INVOICES_COUNTED, LEADS_COUNTED, WHO_BOOKED } from './list-counts';
import { ADDRESS, BARE_LIST, DELIVERED, LEAD, PEOPLE_LIST, VERB } from './list-delivered';
import {
  AHEAD,
  ALL,
  ANY_DAY,
  BOOKED,
  COMING_DAY,
  DAY_AFTER,
  DET,
  KIND,
  LIST_NOUN,
  NOT_THE_LIST,
  POSSESSIVE,
  SPACES,
  WHEN,
} from './list-words';
import { PERSON, ROLE } from './nouns';
import { periodSaid } from './periods';
import { recipientOf } from './recipients';
import { forRole, ROLE_HEAD } from './roles';
import { deliveryOf } from './sent-text';
import { isKnownWord } from './spelling';
import { EMAIL_ADDRESS } from './text';
import { unkeptList } from './unkept-lists';

/**
 * Records found and sent as one list (session 38, issue 16): "email me the list of today's appointments", "send the
 * techs a rundown of today's appointments", "post our court calendar for today in slack", "send me a summary of
 * next weeks showings", "email me who's booked in tomorrow", "every Monday send the team the list of overdue
 * invoices", "send me the list of new clients". A find (calendar.find for a day, invoice.find or crm.findLeads by
 * status), then one message carrying the find's `text` (one line per record; a list cannot go inside text). A step
 * for each booked person ("email everyone on tomorrow's schedule", "remind everyone booked tomorrow") is a loop
 * (collections.ts); a summary of the day's or the week's activity is the report. The regexes share their parts:
 * the api-assistant bundle is near its ceiling.
 */

const LISTED = new RegExp(
  `${DELIVERED}(?<with>\\s+with)?(?<list>${DET}(?:\\s+${LIST_NOUN}\\s+of)?(?:${AHEAD})?${ALL}\\s+(?:(?<said>${ANY_DAY}\\s+${KIND}${BOOKED}${NOT_THE_LIST})|(?:the\\s+|our\\s+)?(?<after>${KIND}${BOOKED}\\s+${DAY_AFTER})|(?:the\\s+|our\\s+)?(?<booked>${SPACES}\\s+(?:(?:that|which)(?:'s|'re|\\s+(?:are|is))\\s+)?booked\\s+(?:for\\s+|on\\s+)?(?:today|tonight|tomorrow|this\\s+week|next\\s+week))(?![\\w'-])))`,
);
/** "post the week ahead to #scheduling": the bookings of the week ahead. */
const AHEAD_ONLY = new RegExp(
  `${DELIVERED}(?<list>(?<said>${AHEAD})(?:\\s+${BOOKED})?)(?=\\s*(?:$|[,.;:!]|(?:to|in|on|into|by|via)\\b|#))`,
);
/** "remind the cellar door team in slack of todays bookings": the day's list, to us or a team of ours. */
const REMINDED_OF = new RegExp(
  `${LEAD}remind\\s+(?:me|us|(?:the\\s+)?staff|the\\s+(?:[a-z][\\w-]*\\s+){0,2}(?:team|crew|staff))(?:\\s+(?:on|in|via|over)\\s+(?:the\\s+)?slack)?\\s+(?:of|about)(?<list>(?:\\s+(?:all|the|our))*\\s+(?:(?<said>${ANY_DAY}\\s+${KIND}${BOOKED}${NOT_THE_LIST})|(?<after>${KIND}${BOOKED}\\s+${DAY_AFTER})))(?![\\w'-])`,
);
const SUMMED = new RegExp(
  `${DELIVERED}(?<list>${DET}\\s+(?:summary|overview|recap|digest|round-?up)\\s+of${ALL}\\s+(?<said>${COMING_DAY}\\s+${KIND}${BOOKED}))`,
);
/** What every invoice of a trade is for, said before it ("unpaid premium invoices"): no kind picked out. */
const BILLED = '(?:premium|policy|tuition)';
/**
 * "the list of overdue invoices", "a rundown of all unpaid bills", "the list of new clients", ending there; leads
 * also with when they came in, "list of" then unneeded: "the leads that came in this week", "this week's new leads".
 */
const RECORD_LIST = new RegExp(
  `${DELIVERED}(?<list>${DET}(?<of>\\s+${LIST_NOUN}\\s+of)?${ALL}(?:\\s+(?:the|our|my))?\\s+(?:(?<w1>today|yesterday|this\\s+week)${POSSESSIVE}\\s+)?(?:(?<st>overdue|late|past[- ]due|unpaid|outstanding|open|paid|draft|new|contacted|qualified|lost)\\s+)?(?:${BILLED}\\s+(?=invoices|bills))?(?<noun>invoices|bills|fees|deposits|rent|leads|prospects|contacts|customers|clients|enquiries|inquiries|sign-?ups|(?<joined>members|students|pupils|patients|subscribers|donors|registrants|applicants|families))(?:\\s+(?:(?:that|who|which)\\s+(?:came\\s+in|joined|signed\\s+up|(?:were\\s+)?(?:created|added))|from|created|added|joined)\\s+(?:in\\s+|during\\s+)?(?<w2>${WHEN}))?)(?=\\s*(?:$|[,.;:!]|${ADDRESS}\\s*$|(?:to|in|on|into|by|via|over|through|at|as|every|each|daily|weekly)\\b|#))`,
);

/** Never whom a list goes to: the records' own people, or words for them ("send them …", "send each client …"). */
const NOT_SOMEONE = new RegExp(
  `^(?:the\\s+)?(?:${PERSON}|them|him|her|it|each|every|everyone|everybody|anyone|any|those|these|new|overdue|unpaid|late)$`,
);
/**
 * The records sent to someone: us, an address or a channel; one of ours or a group when the records follow as the
 * second object ("send Kate the new leads", "send the producers the overdue invoices"), never "email the new leads".
 */
const toSomeone = (g: Record<string, string | undefined>): boolean =>
  g.to !== undefined &&
  (/^(?:me|us)\b|@|^#/.test(g.to) ||
    (!NOT_SOMEONE.test(g.to) && /^\s+(?:the|our|my|all|this|today|yesterday)\b/.test(g.list ?? '')));

/** "… to Kate", "… to the accountant", "… to dave@…" right after the records: whom the list goes to. */
const TO_AFTER = new RegExp(
  `^\\s+to\\s+(?:me|us|${ADDRESS}|#[a-z0-9][\\w-]*|(?:the|our|my)\\s+(?:[a-z][\\w-]*\\s+){0,2}${ROLE_HEAD}|(?<name>[a-z][a-z'-]{1,19}))(?=\\s*(?:$|[,.;:!]|(?:on|in|via|by|every|each|at)\\b))`,
);
/**
 * The records sent to us or one of ours ("email the overdue invoices to Kate") or posted in a channel, never to their
 * own people or "them".
 */
/** "… in slack #accounts", "… to the sales channel": the records posted, one post for all of them. */
const POSTED_AFTER = /^\s+(?:in|on|into|to)\s+(?:(?:the\s+)?slack\b|#[a-z0-9]|the\s+[\w-]+\s+channel\b)/;
const sentAfter = (view: string, r: RegExpExecArray): boolean => {
  const after = view.slice(r.index + r[0].length);
  if (POSTED_AFTER.test(after)) return true;
  const m = TO_AFTER.exec(after);
  const name = m?.groups?.name;
  return Boolean(m && (!name || (!isKnownWord(name) && !NOT_SOMEONE.test(name))));
};

/** The records' own people, never whom a list goes to ("email the guests with today's bookings"). */
const PEOPLE_TO = new RegExp(`^(?:(?:the|our|all|every|each)\\s+)*(?:${PERSON}|${ROLE})$`);

/** A verb that sends, and "me"/"us"/"the team" after it (the team is then who gets it). */
const SENDING = new RegExp(
  `${LEAD}(?:${VERB}|tell|message|ping|let|show|remind)\\b(?:\\s+(?:me|us|the team|everyone)\\b)?`,
);

const SAVED = new RegExp(`${LEAD}(?:save|store|export|back\\s+up|backup)\\b`);

/** The list's article and noun before its words ("the list of …", "a summary of all …"), for its heading. */
const LIST_WORDS = new RegExp(
  `^${DET}(?:\\s+(?:list|rundown|run-down|breakdown|printout|summary|overview|recap|digest|round-?up)\\s+of)?${ALL}(?:\\s+(?:the|our|my)(?=\\s))?\\s+`,
  'i',
);

/** The day calendar.find names for a day said: "next week" from a weekly run is the 7 days ahead. */
const dayOf = (said: string): string =>
  /\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|the\s+day)/.test(said)
    ? 'today'
    : /\btomorrow/.test(said)
      ? 'tomorrow'
      : /\b(?:(?:next|coming)\s+week|week\s+ahead|next\s+(?:7|seven)\s+days)/.test(said)
        ? 'next-7-days'
        : 'this-week';

interface Found {
  /** The list as said, from `at` in the clause. */
  readonly list: string;
  readonly at: number;
  readonly name: 'calendar.find' | 'invoice.find' | 'crm.findLeads';
  readonly input: Record<string, unknown>;
  /** The message's first line, when not the words of the list ({} for the find's id). */
  readonly heading?: string;
  /** Whom the request sends it to, as said right after the verb ("the kitchen"). */
  readonly to?: string | undefined;
  /** Said as the records sent to someone, with no "list of": never on an event ("send Kate the new leads" is this one). */
  readonly second?: boolean;
}

const at = (m: RegExpExecArray, list: string) => m.index + m[0].length - list.length;

/** The invoices of one status counted ("how many invoices are still unpaid"), their list under the count. */
const invoicesCounted = (view: string): Found | undefined => {
  const m = INVOICES_COUNTED.exec(view);
  const g = m?.groups;
  const said = g?.st ?? g?.st2;
  const status = said && !(g?.st && g.st2) ? INVOICE_STATUS[said] : undefined;
  if (!m || !g?.list || !status) return undefined;
  const heading = `${status.charAt(0).toUpperCase()}${status.slice(1)} invoices ({{steps.{}.count}})`;
  return { list: g.list, at: at(m, g.list), name: 'invoice.find', input: { status }, heading };
};

/** The list said first, then how it goes: "list of new clients who joined this week emailed to reception@…". */
const SENT_AFTER =
  /\s(?:sent|e-?mailed|mailed|posted|slacked|shared|delivered|forwarded)\s+(?:(?:over\s+)?(?:to|in|on|into)\s|#)/;
const SENT_TO_US_PREFIX = 'send us ';
const passiveFound = (view: string): Found | undefined => {
  const sent = SENT_AFTER.exec(view);
  if (!sent || SENDING.test(view)) return undefined;
  const lead = /^[\s,:;-]*/.exec(view)?.[0].length ?? 0;
  const said = `${SENT_TO_US_PREFIX}${view.slice(lead, sent.index)}`;
  const found = foundIn({ view: said, text: said });
  // the words before the verb are the whole list
  if (!found || found.at + found.list.length !== said.length || found.at > SENT_TO_US_PREFIX.length)
    return undefined;
  return { ...found, at: found.at - SENT_TO_US_PREFIX.length + lead, to: undefined, second: false };
};

const foundIn = (clause: Pick<Clause, 'view' | 'text'>): Found | undefined => {
  for (const view of [clause.view, clause.text]) {
    const m = LISTED.exec(view) ?? SUMMED.exec(view) ?? AHEAD_ONLY.exec(view) ?? REMINDED_OF.exec(view);
    const g = m?.groups;
    const said = g?.said ?? g?.after ?? g?.booked;
    const ahead = /\b(week|day)\s+ahead\b/.exec(g?.list ?? '');
    // "email the kitchen with tonight's bookings"; "email the guests with …" is a message to each of them
    if (g?.with && (!g.to || PEOPLE_TO.test(g.to))) continue;
    if (m && g?.list && said)
      return {
        list: g.list,
        at: at(m, g.list),
        name: 'calendar.find',
        input: { day: dayOf(said) },
        to: g.to,
        ...(ahead ? { heading: `The ${ahead[1]} ahead` } : {}),
      };
  }
  const who = WHO_BOOKED.exec(clause.view);
  const w = who?.groups;
  const whom = w?.name && (isKnownWord(w.name) || NOT_SOMEONE.test(w.name));
  if (who && w?.list && !whom && !(w.group && PEOPLE_TO.test(w.group))) {
    const day = dayOf(w.day ?? '');
    const when = day === 'next-7-days' ? 'in the next 7 days' : day.replace('-', ' ');
    const heading = `Booked ${when}${w.many || w.counted ? ' ({{steps.{}.count}})' : ''}`;
    const to = w.group ? `the ${w.group}` : undefined;
    return { list: w.list, at: at(who, w.list), name: 'calendar.find', input: { day }, heading, to };
  }
  const counted = LEADS_COUNTED.exec(clause.view);
  const createdIn = periodSaid(counted?.groups?.when ?? '');
  if (counted?.groups?.list && createdIn) {
    const heading = `New leads ${createdIn.replace(/-/g, ' ')} ({{steps.{}.count}})`;
    return {
      list: counted.groups.list,
      at: at(counted, counted.groups.list),
      name: 'crm.findLeads',
      input: { createdIn },
      heading,
    };
  }
  const kept = peopleListed(clause.view);
  const k = kept?.groups;
  if (kept && k?.list) {
    const words = k.list.replace(/^\S+\s+/, '');
    const input = /^c(?:ustomer|lient)/.test(k.noun ?? '') ? { status: 'customer' } : {};
    const heading = `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
    return {
      list: k.list,
      at: at(kept, k.list),
      name: 'crm.findLeads',
      input,
      heading,
      to: k.to,
      second: true,
    };
  }
  const sum = invoicesCounted(clause.view);
  if (sum) return sum;
  const r = RECORD_LIST.exec(clause.view);
  const g = r?.groups;
  if (!r || !g?.list) return undefined;
  const when = g.w1 ?? g.w2;
  const st = g.st?.replace(/\s+/, ' ');
  const someone = toSomeone(g);
  // "send Kate the overdue invoices": some records picked out; "send Kate the leads" is not read as all of them
  const second = !g.of && (someone || sentAfter(clause.view, r)) && Boolean(when ?? st);
  const listed = Boolean(g.of) || second;
  if (/^(?:invoices|bills|fees|deposits|rent)$/.test(g.noun ?? '')) {
    const status = st ? INVOICE_STATUS[st] : undefined;
    if ((st && !status) || when || !listed) return undefined;
    return {
      list: g.list,
      at: at(r, g.list),
      name: 'invoice.find',
      input: status ? { status } : {},
      to: someone ? g.to : undefined,
      second,
    };
  }
  if ((st && !/^(?:new|contacted|qualified|lost)$/.test(st)) || (!when && !listed)) return undefined;
  // "today's students" may be those booked today: people of a trade are leads when new or said to have joined
  if (g.joined && !(st === 'new' || g.w2)) return undefined;
  // "this week's new leads": the recent ones, not the status
  const status =
    (when && st === 'new' ? undefined : st) ??
    (/^c(?:ustomer|lient)/.test(g.noun ?? '') ? 'customer' : undefined);
  const input = { ...(status ? { status } : {}), ...(when ? { createdIn: periodSaid(when) } : {}) };
  return {
    list: g.list,
    at: at(r, g.list),
    name: 'crm.findLeads',
    input,
    to: someone ? g.to : undefined,
    second,
  };
};

/**
 * "post all appointments for today to #frontdesk", "post all of today's bookings in slack": all of a day's bookings
 * posted to us are one list, not the same post once per booking. Read before the records are taken as a loop; with
 * no channel or us named ("email all of tomorrow's appointments a reminder") they stay the loop.
 */
/**
 * "email me (owner@…) all the new enquiries from this week", "send Kate the overdue invoices", "slack #sales the leads
 * that came in yesterday", "email the list of unpaid premium invoices to …": records sent to us, one of ours or a
 * channel, or said as a list, are one list, not a loop.
 */
const recordsListed = (view: string): boolean => {
  const r = RECORD_LIST.exec(view);
  const g = r?.groups;
  return Boolean(r && g && (g.of || ((toSomeone(g) || sentAfter(view, r)) && (g.w1 ?? g.w2 ?? g.st))));
};

/** "email the crew leads the list of today's jobs": a day's list to a role of ours, never a loop over "leads". */
const TO_ROLE = new RegExp(`^the\\s+(?:[a-z][\\w-]*\\s+){0,2}${ROLE_HEAD}$`);

/** The people on file as one list, saved or sent to us, one of ours or a channel (never "send our members list the newsletter"). */
const peopleListed = (view: string): RegExpExecArray | undefined => {
  const kept = PEOPLE_LIST.exec(view);
  const k = kept?.groups;
  return kept && k && (SAVED.test(view) || toSomeone(k) || sentAfter(view, kept)) ? kept : undefined;
};

export const allListed = (view: string): boolean =>
  TO_ROLE.test(LISTED.exec(view)?.groups?.to ?? '') ||
  (/\ball\b/.test(LISTED.exec(view)?.groups?.list ?? '') &&
    /#[a-z0-9]|\bslack\b|\b(?:to|for)\s+(?:me|us)\b/.test(view)) ||
  recordsListed(view) ||
  INVOICES_COUNTED.test(view) ||
  peopleListed(view) !== undefined ||
  passiveFound(view) !== undefined;

const BASE = {
  'calendar.find': 'find-bookings',
  'invoice.find': 'find-invoices',
  'crm.findLeads': 'find-leads',
};

/** The message's first line: the words of the list without its article and noun ("Today's court calendar"). */
const headingOf = (found: Found, id: string, cased: string): string => {
  const words = cased.replace(LIST_WORDS, '').replace(/\s+/g, ' ');
  return found.heading?.replace('{}', id) ?? `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
};

/** "a summary of last week plus the list of unpaid invoices", "… plus how many bookings we have tomorrow". */
const ALONG =
  /\s(?:plus|along\s+with|together\s+with|as\s+well\s+as|and(?:\s+also)?|with)(?=\s+(?:(?:the|a|our)\s+(?:full\s+)?(?:list|rundown)\s+of|how\s+many)\s)/;
const SENT_TO_US = 'send us';

/**
 * A list a report carries under its summary: the find, and the lines it adds to the report's text. Read before the
 * report takes its words (its "of … invoices" would take the list's).
 */
export const foundAlong = (
  clause: Clause,
  ctx: Ctx,
): { readonly find: Step; readonly text: string } | undefined => {
  const joined = ALONG.exec(clause.view);
  if (!joined) return undefined;
  const from = joined.index + joined[0].length;
  // read as if sent to us on its own: the report says where it goes
  const said = `${SENT_TO_US}${clause.view.slice(from)}`;
  const found = foundIn({ view: said, text: said });
  if (!found) return undefined;
  const start = from + found.at - SENT_TO_US.length;
  clause.mark(joined.index, start + found.list.length - joined.index);
  const find = action(ctx, BASE[found.name], found.name, found.input);
  return { find, text: `${headingOf(found, find.id, clause.cased(found.list))}:\n{{steps.${find.id}.text}}` };
};

export const readFoundList = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const unkept = ctx.event ? undefined : unkeptList(clause);
  if (unkept) return unkept;
  const found = foundIn(clause) ?? passiveFound(clause.view);
  // "every day at 9 post the list in slack": a list of nothing found; a message saying "the list" would be wrong
  const bare = !found && !ctx.event && ctx.ids.size === 0 ? BARE_LIST.exec(clause.view) : null;
  if (bare)
    return {
      problem: `"${clause.cased(bare.groups?.bare ?? '').trim()}": say what the list is of ("today's bookings", "the unpaid invoices", "new leads from this week")`,
    };
  if (!found || (found.second && ctx.event)) return undefined;
  // "email all our members this week's timetable": a day's plan, said to each of many people, is their message's words;
  // the list of the bookings themselves to each of them is refused (a find for every person, and a report read it)
  if (found.name === 'calendar.find' && !ctx.event && ctx.subject?.leadRoot === 'item')
    return /\b(?:timetable|schedule|rota|roster|calendar|agenda|diary)$/.test(found.list.trim())
      ? undefined
      : {
          problem: `"${clause.cased(found.list).trim()}": a list of bookings goes to us or a channel ("email me …", "post … in #channel"), not to each of them`,
        };
  const said = clause.view;
  clause.mark(found.at, found.list.length);
  // "save today's booking list as a file in the daily folder": the list is the file's content
  if (SAVED.test(said)) {
    const find = action(ctx, BASE[found.name], found.name, found.input);
    ctx.previous = { id: find.id, action: found.name };
    const file = readFile(clause, ctx);
    if (file && 'steps' in file) return outcome([find, ...file.steps], false);
    return (
      file ?? {
        problem: `"${clause.cased(found.list).trim()}": say where the list is saved ("as a file in the reports folder")`,
      }
    );
  }
  const address = clause.find(EMAIL_ADDRESS);
  if (address) clause.mark(address.index, address[0].length);
  const early = address
    ? ({ kind: 'address', address: clause.cased(address[0]) } as const)
    : recipientOf(clause, undefined);
  const verb = clause.take(SENDING);
  // "the walkers need …", "send the kitchen …": a group no other reader knows, named as who gets it
  const needs = clause.take(/^[\s,]*(?:the\s+)?([a-z][\w-]*)\s+(?:need|needs|want|wants|get|gets)\b/);
  const sentBy = clause.take(/\b(?:sent|delivered|posted|shared|(?:e-?)?mailed|slacked)\b/);
  const find = action(ctx, BASE[found.name], found.name, found.input);
  ctx.previous = { id: find.id, action: found.name };
  const heading = headingOf(found, find.id, clause.cased(found.list));
  const group = needs?.[1] ?? /^the\s+([a-z][\w-]*)$/.exec(found.to ?? '')?.[1];
  const to = early ?? (group ? ({ kind: 'team', role: group } as const) : undefined);
  const role = to?.kind === 'team' && to.role ? forRole(to.role) : '';
  const text = `${role}${heading}:\n{{steps.${find.id}.text}}`;
  const ids = { email: 'email-list', team: 'send-list', subject: heading };
  const sent = deliveryOf(clause, ctx, said, { early: to, verb, sentBy }, text, ids);
  if (sent.length === 0)
    return { problem: `"${heading}": say who gets the list ("email me …", "post … in #channel")` };
  return outcome([find, ...sent], false);
};

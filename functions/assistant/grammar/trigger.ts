import type { EventName } from '../../../statemachines/events';
import type { Trigger } from '../../../statemachines/schema';
import { readArrivalLabel } from './arrival-labels';
import type { Clause } from './clause';
import { readCondition } from './conditions';
import { ifNewTagged, readEventPhrase, SAID_OF_SUBJECT } from './event-nouns';
import { type EventPhrase, LEADING_TRIGGER } from './events';
import { startsQualifier } from './file-folders';
import { asWritten } from './filter-words';
import { Kept, type Span } from './registry';
import { newScheduleParts, type ScheduleParts, scanSchedule, scanZones, scheduleOf } from './schedule';
import { unreadSender } from './sender';
import { VERB_START as VERB_START_RE, VERBS } from './split';
import { SUBJECTS } from './subjects';
import { DURATION, durationOf, meaningful } from './text';
import { readTrailingRecord } from './trigger-anywhere';
import { readLabel, readRunOnLabel } from './trigger-forms';
import { readWait } from './waits';

/**
 * Finds what starts the workflow: an event phrase introduced by "when", "whenever", "as soon as", "after",
 * "for every", "if" (or written alone first: "New lead → …", or after the actions: "… when a lead signs up", "… to
 * every new subscriber"), else a schedule made of the time pieces found anywhere in the request.
 */
export interface FoundTrigger {
  readonly trigger: Trigger | undefined;
  readonly qualifier: { readonly text: string; readonly clause: Clause } | undefined;
  readonly cadence: 'hourly' | 'daily-morning' | 'daily-evening' | 'weekly' | 'monthly' | undefined;
  /** The clause index of the event phrase (later "when …" clauses are waits, not triggers). */
  readonly at: number;
  /** "3 days after a lead signs up": how long to wait before the first action (ISO duration). */
  readonly delay?: string | undefined;
  /** What the event phrase said that its trigger does not test, said back with the workflow. */
  readonly note?: string | undefined;
  /** Where the event phrase ends in its clause (the clause readers only): what follows may qualify it. */
  readonly end?: number | undefined;
}

/** "3 days after", "a week following": a delay just before the trigger word. */
const DELAY_BEFORE = new RegExp(`(?:^|\\s)(${DURATION.source})$`);

const TRAILING =
  /\s(?:when(?:ever)?|once|as soon as|each time|every time|any ?time|after|right after|upon|(?:for|to|from|with|about|of|on) (?:each|every|any|all)|on|if|(?:to|for|of|from|about)(?=\s+(?:all\s+|any\s+|our\s+)?(?:new|overdue|cancell?ed|paid)\s))\s+/g;
const SCHEDULE_HINT =
  /\b(?:(?:every|each)\s+(?:\d+\s+|other\s+|single\s+)?(?:day|week|month|year|hour|minute|morning|evening|afternoon|night|weekday|weekend|quarter|mon|tue|wed|thu|fri|sat|sun)s?|daily|weekly|monthly|hourly|nightly|twice|(?:in the |on )?(?:mornings?|evenings?)|weekdays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|at \d|\d\s*(?:am|pm)|(?:month|quarter|year)[-\s]?end|end of (?:the |each |every )?(?:working |work |business )?(?:month|quarter|year|week)|eom|eoq|eoy|eow)\b/;

/** What a trigger reader read in a clause and its spans (registry.ts); findTrigger marks the chosen one only. */
export interface Read {
  readonly phrase: EventPhrase & { readonly delay?: string | undefined };
  readonly spans: readonly Span[];
}

const accept = (index: number, length: number, phrase: EventPhrase): Read => ({
  phrase,
  spans: [[index, length]],
});

/** "after every call", "for each form submission": one of them arriving, read as a new one. */
const eachEvent = (text: string): EventPhrase | undefined => {
  const each = /^(?:each|every|any|all)\s+/.exec(text);
  if (!each) return undefined;
  const phrase = readEventPhrase(`new ${text.slice(each[0].length)}`);
  return phrase && !phrase.problem ? { ...phrase, length: phrase.length - 4 + each[0].length } : undefined;
};

/** "for every form submission": the keyword said "every"; one of them arriving, read as a new one. */
const eachAfter = (word: string, after: string): EventPhrase | undefined => {
  if (!/^(?:for|with)\s+(?:each|every|any|all)$/.test(word)) return undefined;
  const phrase = readEventPhrase(`new ${after}`);
  return phrase && !phrase.problem && phrase.length > 4
    ? { ...phrase, length: phrase.length - 4 }
    : undefined;
};

/** "… at Kings Court?", "… in USD:": the clause without the mark that ends it. */
const withoutEndMark = (s: string): string => {
  let end = s.trimEnd().length;
  while (end > 0 && '?!:'.includes(s.charAt(end - 1))) end--;
  return s.slice(0, end);
};

/** A place, a currency or a named field's value after the event: the words can only say which of them. */
const PLACE_TAIL = /^\s*at\s+(?:(?:the|our|my)\s+)?[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*)*(?:\s+[a-z]+)?\s*$/;
const CURRENCY_TAIL = /^\s*in\s+(usd|eur|gbp|inr|cad|aud|chf|nzd|sgd|dollars|euros|pounds|sterling)\s*$/;
const NAMED_VALUE_TAIL =
  /^\s*(?:([a-z][\w-]*)\s+(⟦\d+⟧)|with\s+(?:an?\s+|the\s+|its\s+|their\s+)?([a-z][\w-]*)\s+(?:of\s+|=\s*|:\s*)?(⟦\d+⟧|[a-z][\w'&-]*(?:\s+[a-z][\w'&-]*)*))\s*$/;
/** A value said without quotes is a name only with its capital ("with location Reading", not "with care"). */
const CAPITALISED = /^[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*)*$/;
const CURRENCY_CODE: Readonly<Record<string, string>> = {
  dollars: 'usd',
  euros: 'eur',
  pounds: 'gbp',
  sterling: 'gbp',
};

/**
 * "a booking is made at (our) Kings Court", "an invoice is created in USD", "a new lead comes in (location 'Reading')": the
 * rest of the event's clause when it can only choose which records start the workflow. Read as a test of the
 * record's own field by the field's kind (a booking's place is its location, an invoice's money its currency, a
 * named field its value), or handed on as written so that the condition grammar refuses it, quoted: never left out.
 */
const restrictingTail = (clause: Clause, tail: string, trigger: Trigger): string | undefined => {
  const event = trigger.type === 'event' ? (trigger.event as EventName) : undefined;
  const cased = clause.cased(tail);
  const place = PLACE_TAIL.exec(cased);
  const currency = CURRENCY_TAIL.exec(tail);
  const value = NAMED_VALUE_TAIL.exec(tail);
  const named = value?.[2] || CAPITALISED.test(clause.cased(value?.[4] ?? '')) ? value : null;
  if (!place && !currency && !named) return undefined;
  const test = place
    ? event?.startsWith('booking.') && `location is ${tail.replace(/^\s*at\s+((the|our|my)\s+)?/, '').trim()}`
    : currency
      ? event?.startsWith('invoice.') && `currency is ${CURRENCY_CODE[currency[1] ?? ''] ?? currency[1]}`
      : `${named?.[1] ?? named?.[3]} is ${named?.[2] ?? named?.[4]}`;
  const reads = (t: string): boolean => {
    const read = readCondition(t, { subject: event ? SUBJECTS[event] : undefined, event, cased: (s) => s });
    return read?.length === t.length && Boolean(read.condition || read.filter);
  };
  if (test && reads(test)) return test;
  // a form's answers are its own: any name is a field of the submission ("with priority 'Urgent'")
  const field = named && event === 'form.submitted' ? `${test}`.replace(/ is /, ' field is ') : undefined;
  return field && reads(field) ? field : tail.trim();
};

const leadingEvent = (clause: Clause, first: boolean, scheduled: boolean): Read | undefined => {
  const view = clause.view;
  const kw = LEADING_TRIGGER.exec(view.trimStart());
  const offset = view.length - view.trimStart().length;
  if (kw) {
    const word = kw[0].trim();
    const after = view.slice(offset + kw[0].length);
    const wait = /^(?:if|in case|when|once)$/.test(word) ? readWait(view.slice(offset)) : undefined;
    // "when their invoice is overdue" with no duration is the event itself, not a wait
    if (wait && (wait.timeout || (wait.polarity === 'negative' && !readEventPhrase(after)))) return undefined;
    if (word === 'after' && new RegExp(`^(?:${DURATION.source})`).test(after)) return undefined;
    if (/^for (?:each|every|any|all)$|^with (?:each|every)$/.test(word) && scheduled) return undefined;
    const phrase = readEventPhrase(after) ?? eachEvent(after) ?? eachAfter(word, after);
    // "if a new lead's budget is …", "when a new lead is worth …": a condition about the subject, not an event
    // "when a new lead from LinkedIn has a value above 25k": the same, past where the lead comes from
    const from = /^(?:from|via|through)$/.test(phrase?.qualifier ?? '')
      ? /^\s+[\w.-]+/.exec(after.slice(phrase?.length))
      : null;
    if (
      phrase &&
      (SAID_OF_SUBJECT.test(after.slice(phrase.length + (from?.[0].length ?? 0))) ||
        ifNewTagged(word, after, phrase)) &&
      !/\b(?:comes? in|arrives?|signs? up|joins?|registers?|subscribes?)$/.test(after.slice(0, phrase.length))
    )
      return undefined;
    // "For new leads worth more than 10k, …": the qualifier runs to the end of the clause
    const tail = phrase ? after.slice(phrase.length) : '';
    if (phrase && word === 'for' && /\S/.test(tail) && !VERB_START_RE.test(tail)) {
      const qualifier = `${phrase.qualifier ?? ''}${tail}`.trim();
      return accept(offset, view.length - offset, { ...phrase, qualifier, length: view.length });
    }
    const test = phrase ? restrictingTail(clause, tail, phrase.trigger) : undefined;
    if (phrase && test)
      return accept(offset, view.length - offset, {
        ...phrase,
        // "from Rightmove at Kings Court": both tests, or the whole refused when they cannot be read together
        // ("mentions 'urgent' or 'asap'": a tail that joins itself goes on as written)
        qualifier: phrase.qualifier
          ? `${phrase.qualifier}${/^(?:or|and)\s/.test(test) ? ' ' : ' and '}${test}`
          : test,
        length: view.length,
      });
    if (phrase) return accept(offset, kw[0].length + phrase.length, phrase);
    return undefined;
  }
  if (!first) return undefined;
  // "A new lead hasn't booked a call within 3 days → …": a wait whose subject looks like an event
  const wait = readWait(view);
  if (wait?.polarity === 'negative' && wait.timeout) return undefined;
  // "Calendly booking → …", "Typeform submission: …": a title naming one of them arriving
  const titled =
    /^\s*[a-z][\w.-]*\s+(?:booking|submission|signup|sign-up|payment|lead|enquiry|inquiry)s?\s*$/.test(view)
      ? readEventPhrase(`new ${view.trim()}`)
      : undefined;
  if (titled && !titled.problem && titled.length === view.trim().length + 4)
    return accept(0, view.length, titled);
  // "every form submission → …", "each new booking: …": one of them arriving
  const each = /^\s*(?:each|every)\s/.test(view) && !scheduled ? eachEvent(view.trimStart()) : undefined;
  if (each && !meaningful(view.trimStart().slice(each.length).replace(/[?!:]/g, '')))
    return accept(0, view.length, each);
  const bare = readEventPhrase(view);
  if (bare && !meaningful(view.slice(bare.length).replace(/[?!:]/g, ''))) return accept(0, bare.length, bare);
  if (bare && /^\s*(?:\?|:|,)/.test(view.slice(bare.length))) return accept(0, bare.length, bare);
  // "new lead from LinkedIn → …": a bare event and its qualifier make the whole clause
  const rest = bare ? view.slice(bare.length) : '';
  // "Viewing booked at Kings Court → …", "New booking at Kings Court: …": the record's place, currency or value
  const test =
    bare && !bare.qualifier ? restrictingTail(clause, withoutEndMark(rest), bare.trigger) : undefined;
  if (bare && test) return accept(0, view.length, { ...bare, qualifier: test, length: view.length });
  const qualifier = `${bare?.qualifier ?? ''}${rest}`.trim();
  if (
    bare &&
    /\S/.test(rest) &&
    /^(?:[^,;:?]|,(?=\d{3}))+$/.test(rest) &&
    startsQualifier(bare.trigger, qualifier) &&
    !/\b(?:no|not|never|without|within|after|still|unpaid|unanswered|unconfirmed)\b/.test(qualifier)
  )
    return accept(0, view.length, { ...bare, qualifier, length: view.length });
  return undefined;
};

const PAST_RELATIVE =
  /\b(?:who|that)\s+(?:(?:just|already)\s+)?(?:(?:has|have|had)\s+\w+|(?!(?:need|feed|speed|proceed|succeed|exceed)\b)\w+ed|paid|came|sent|made|got)\b/;

const trailingEvent = (clause: Clause, scheduled: boolean): Read | undefined => {
  const view = clause.view;
  for (const m of view.matchAll(TRAILING)) {
    if (/(?:for|to|from|with|about|of|on) (?:each|every|any|all)/.test(m[0]) && scheduled) continue;
    // "a daily digest of new leads", "every day, remind clients about overdue invoices": records, not events
    if (/^\s(?:to|for|of|from|about)\s$/.test(m[0]) && scheduled) continue;
    const start = m.index + m[0].length;
    const phrase = readEventPhrase(view.slice(start)) ?? eachEvent(view.slice(start));
    if (!phrase) continue;
    // "to any lead who booked a call": whom it is for, by what they did before; never the event (session 31)
    if (PAST_RELATIVE.test(view.slice(start, start + phrase.length))) continue;
    const rest = view.slice(start + phrase.length);
    if (meaningful(rest)) continue;
    const keepTo = /^\s(?:to|for|of)\s/.test(m[0]) ? m[0].length - m[0].trimStart().length : 0;
    const delay = /after/.test(m[0]) ? DELAY_BEFORE.exec(view.slice(0, m.index)) : null;
    const iso = delay?.[1] ? durationOf(delay[1]) : undefined;
    if (delay && iso)
      return {
        phrase: { ...phrase, delay: iso },
        spans: [
          [m.index - delay[1]!.length, delay[1]!.length],
          [m.index + keepTo, m[0].length - keepTo + phrase.length],
        ],
      };
    return accept(m.index + keepTo, m[0].length - keepTo + phrase.length, phrase);
  }
  return undefined;
};

/** "email new subscribers a welcome message", "add new Calendly bookings to the CRM": the object is the event. */
const OBJECT_EVENT = new RegExp(
  `^\\s*(?:(?:please|then|and|also|just)\\s+)*(?:${VERBS})s?\\s+(?:(?:all|any|our|the|each|every)\\s+)?(?=(?:new|cancell?ed|paid|overdue)\\s)`,
);

const objectEvent = (clause: Clause, scheduled: boolean): Read | undefined => {
  if (scheduled) return undefined;
  const m = OBJECT_EVENT.exec(clause.view);
  if (!m) return undefined;
  const phrase = readEventPhrase(clause.view.slice(m[0].length));
  if (!phrase || phrase.qualifier) return undefined;
  return accept(m[0].length, phrase.length, phrase);
};

const cadenceOf = (t: Extract<Trigger, { type: 'schedule' }>): FoundTrigger['cadence'] => {
  if (t.rate) return /minute|hour/.test(t.rate) ? 'hourly' : 'daily-evening';
  const [, hour = '9', dom = '*', , dow = '?'] = (t.cron ?? '').split(' ');
  if (dow !== '?' && dow !== '*' && !/-|,/.test(dow)) return /#|L/.test(dow) ? 'monthly' : 'weekly';
  if (dom !== '*' && dom !== '?') return 'monthly';
  const h = Number(hour.split(/[,-]/)[0]);
  return h >= 12 ? 'daily-evening' : 'daily-morning';
};

/** One reading of the trigger: which reader read it, in which clause. */
export interface Reading extends Read {
  readonly reader: string;
  readonly at: number;
}

/** What a reader is told about the whole request. */
export interface Around {
  readonly scheduled: boolean;
  readonly clauses: readonly Clause[];
}

/** A trigger reader: offered every clause, it says what it read there, marking nothing. */
export type Reader = (clause: Clause, at: number, around: Around) => Read | undefined;

const label = (clause: Clause, first: boolean): Read | undefined => {
  const read = readLabel(clause); // the first clause may name the trade's thing and its channel (arrival-labels.ts)
  return read ? accept(read.index, read.length, read.phrase) : first ? readArrivalLabel(clause) : undefined;
};

/** The first clause begun by a label run on into its action with no joint ("won deal post in #wins"). */
const runOnLabel = (clause: Clause): Read | undefined => {
  const read = readRunOnLabel(clause);
  return read ? accept(read.index, read.length, read.phrase) : undefined;
};

const record: Reader = (clause, at) => {
  const read = readTrailingRecord(clause, at === 0);
  return read ? accept(read.index, read.phrase.length, read.phrase) : undefined;
};

/**
 * The trigger readers, in passes; each pass offers every clause, in order, to each of its readers. The order of the
 * readings is the old order of the fixed shapes (a clause's leading event, then its trailing one, then its object),
 * then the event said where the actions are (alone after the first clause, or as the person or record an action is
 * for; never beside a schedule), then the forms of trigger-forms.ts. The first reading is the one chosen unless the
 * request reads better with a later one (parser.ts: choice by coverage).
 */
const PASSES: readonly (readonly (readonly [string, Reader])[])[] = [
  [
    ['leading', (c, at, a) => leadingEvent(c, at === 0, a.scheduled)],
    ['trailing', (c, _at, a) => trailingEvent(c, a.scheduled)],
    ['object', (c, _at, a) => objectEvent(c, a.scheduled)],
  ],
  [
    ['alone', (c, at, a) => (at > 0 && !a.scheduled ? leadingEvent(c, true, false) : undefined)],
    ['record', (c, at, a) => (a.scheduled ? undefined : record(c, at, a))],
  ],
  [['label', (c, at, a) => (a.scheduled ? undefined : label(c, at === 0))]],
  [['run-on label', (c, at, a) => (a.scheduled || at > 0 ? undefined : runOnLabel(c))]],
];

/**
 * Every reading of the trigger, in the order above. A clause gives at most one reading per pass (the first of its
 * readers, as the fixed order always did), so a request of n clauses gives at most n readings per pass.
 */
export function* triggerReadings(clauses: readonly Clause[]): Generator<Reading> {
  const around: Around = { scheduled: clauses.some((c) => SCHEDULE_HINT.test(c.text)), clauses };
  for (const pass of PASSES)
    for (const [at, clause] of clauses.entries())
      for (const [reader, read] of pass) {
        const found = read(clause, at, around);
        if (found) {
          yield { ...found, reader, at };
          break;
        }
      }
}

/**
 * The trigger: reading `choice` (0 unless parser.ts found a better one; `readings` kept across them), else a schedule.
 */
export const findTrigger = (
  clauses: readonly Clause[],
  problems: string[],
  choice = 0,
  readings: Kept<Reading> = new Kept(triggerReadings(clauses)),
): FoundTrigger & { readonly reader?: string } => {
  const reading = readings.at(choice);
  if (reading) return apply(reading, clauses, problems);
  if (readings.at(0) || choice > 0)
    return { trigger: undefined, qualifier: undefined, cadence: undefined, at: -1 };
  const parts: ScheduleParts = newScheduleParts();
  const found = clauses.map((c) => scanSchedule(c, parts, problems)).some(Boolean);
  if (!found) return { trigger: undefined, qualifier: undefined, cadence: undefined, at: -1 };
  for (const c of clauses) scanZones(c, parts, problems);
  const trigger = scheduleOf(parts, problems);
  return { trigger, qualifier: undefined, cadence: trigger ? cadenceOf(trigger) : undefined, at: -1 };
};

/** Marks the reading's spans in its clause and says it as the trigger found. */
const apply = (
  reading: Reading,
  clauses: readonly Clause[],
  problems: string[],
): FoundTrigger & { reader: string } => {
  const clause = clauses[reading.at] as Clause;
  for (const [index, length] of reading.spans) clause.mark(index, length);
  const { phrase } = reading;
  if (phrase.problem) problems.push(phrase.problem);
  const first = reading.reader === 'leading' || reading.reader === 'trailing' || reading.reader === 'object';
  const sender =
    first && phrase.trigger.type === 'event' && phrase.trigger.event === 'email.received'
      ? unreadSender(clause)
      : undefined;
  if (sender) problems.push(sender);
  return {
    trigger: asWritten(phrase.trigger, clause, reading.spans),
    // "to each person who signs up": a relative pronoun alone is no qualifier (its verb was read as the event)
    qualifier:
      phrase.qualifier && !(first && /^(?:who|that|which)$/.test(phrase.qualifier))
        ? { text: phrase.qualifier, clause }
        : undefined,
    cadence: undefined,
    at: reading.at,
    delay: phrase.delay,
    note: phrase.note,
    reader: reading.reader,
    end: first || reading.reader === 'alone' ? Math.max(...reading.spans.map(([i, l]) => i + l)) : undefined,
  };
};

/** The event a request implies when it names none ("if an invoice isn't paid in 7 days" → invoice.created). */
export const impliedEvent = (noun: string | undefined, about: string | undefined): EventName | undefined => {
  if (about === 'payment' || /^(?:invoice|bill|payment)/.test(noun ?? '')) return 'invoice.created';
  // "if a quote isn't accepted": a quote, an estimate, a proposal is no record of the catalogue (never a booking)
  if (about === 'confirmation')
    return /^(?:quote|estimate|proposal|offer|contract|agreement|tender|bid|order)s?$/.test(noun ?? '')
      ? undefined
      : 'booking.created';
  // "a new signup doesn't schedule a call": the lead is waited on, not a booking
  if (
    about === 'booking' ||
    (about === 'form' && !/^(?:booking|meeting|appointment|attendee)/.test(noun ?? ''))
  )
    return 'lead.created';
  if (/^(?:booking|meeting|call|demo|appointment|attendee)/.test(noun ?? '')) return 'booking.created';
  if (about === 'reply') return 'email.sent';
  return undefined;
};

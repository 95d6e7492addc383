import type { Comparison, Condition } from '../../../statemachines/schema';
import { AMOUNT, amountOf } from './amounts';
import { glossed, RATING_UNIT, upperBound } from './comparison-parts';
import {
  type Atom,
  type ConditionContext,
  cmp,
  defaultKind,
  FIELDS,
  INVOICE_STATUS,
  type Kind,
  LEAD_STATUS,
  negate,
  readOp,
  readValue,
  rootOf,
  STATUS_LEAD_IN,
  STILL_THEN_TIME,
  STOP_WORDS,
  SUBJECT_NOUNS,
  subjectAt,
} from './condition-words';
import { FORM_SOURCES } from './event-shapes';
import { fieldName } from './field-names';
import { EMAILS_VERB, givenIn, namedFormField, payloadGuess, presenceAt } from './field-presence';
import { folderFilter, topicAt } from './file-folders';
import { fileTypeAt } from './file-types';
import { invoiceCountAt } from './invoice-counts';
import { PEOPLE_NOT_SOURCE } from './nouns';
import { VERB_WORD } from './split';
import { statusValue } from './status-value';
import { tagTestAt } from './tag-tests';
import { formAnswer, formSaid } from './which-form';
import { isPlaceName } from './zone-countries';

const OR_MORE_OR_LESS =
  /^\s*(?:(?:or|and)\s+(?:more|above|higher|greater|over|up|less|below|fewer|under|lower)\b(?!\s*(?:than\s+)?[\d$€£₹])|\+)/;

const BETWEEN = new RegExp(
  `^(?:between|from)\\s+(${AMOUNT.source.replace(/\((?!\?)/g, '(?:')})\\s*(?:and|to|-)\\s*(${AMOUNT.source.replace(/\((?!\?)/g, '(?:')})`,
);

/** One comparison at the start of `text` (conditions.ts joins them with and/or). */
export const readAtom = (
  text: string,
  ctx: ConditionContext,
  inherited: Kind | undefined,
): Atom | undefined => {
  let pos = 0;
  const rest = () => text.slice(pos);
  const skip = (re: RegExp) => {
    const m = re.exec(rest());
    if (m) pos += m[0].length;
    return m;
  };
  skip(/^\s*(?:who|that|which|whose|with|where|has|having)?\b\s*/); // never the "with" of "without"
  const subj = skip(subjectAt(rest(), ctx));
  let kind: Kind | undefined = subj?.groups?.noun ? SUBJECT_NOUNS[subj.groups.noun] : inherited;
  if (kind === undefined) kind = defaultKind(ctx.subject);
  // "the customer is Dublin City Council" of an invoice (which carries no lead): the person billed, the invoice's
  const billed =
    kind === 'lead' &&
    /^c(?:ustomer|lient)$/.test(subj?.groups?.noun ?? '') &&
    !rootOf('lead', ctx.subject, ctx.event) &&
    rootOf('invoice', ctx.subject, ctx.event) !== undefined;
  if (billed) kind = 'invoice';
  const given =
    givenIn(rest(), /\bwith\s*$/.test(text.slice(0, pos)), ctx, pos, kind ?? 'lead') ??
    formSaid(rest(), ctx, pos, subj ?? undefined);
  if (given) return given;
  // "has the tag vip", "have a vip tag": what they have is said after its article
  const had = /\bha(?:s|ve|ving)\s|\bgot\s/.test(
    skip(
      /^\s*(?:(?:has|have|having|(?:'ve\s?|ha(?:ve|s)\s)?got)\s+(?=(?:a|an|the)\s))?(?:(?:a|an|the)\s+)?/,
    )?.[0] ?? '',
  );
  const identifier = fieldName(rest(), kind ?? 'lead', ctx); // "company_size", "leadSource": the field as written
  if (identifier === null) return undefined;
  let field = identifier?.field;
  // "the source field says webinar": only a field named as one reads "says" as "is" ("the message says urgent" is a text test)
  let namedAsField = identifier?.named ?? false;
  pos += identifier?.length ?? 0;
  for (const [re, meanings] of identifier ? [] : FIELDS) {
    const m = re.exec(rest());
    // a whole word ("type", "types"), never the start of another ("typeform", "titled")
    if (!m || /^(?!e?s\b)[a-z]/i.test(rest().slice(m[0].length))) continue;
    const [after, k] = [rest().slice(m[0].length), kind ?? 'lead'];
    // '': "the fee is over 500" on a form is its answer of that name (FORM_ANSWER below); on a booking or an email,
    // whose lead is a summary, the fee is the booking's or the mail's, never the lead's value
    if (
      meanings[k] === '' ||
      (meanings.form === '' && k === 'lead' && !ctx.subject?.leadFields?.includes('fields'))
    )
      continue;
    // "a customer emails hello@shop.com", "… emails about a warranty": the verb, never a test of their own address
    if (/^email$/.test(m[0]) && EMAILS_VERB.test(after)) return undefined;
    // "when a customer emails, …", "the lead names": a verb or a plural with nothing after, never the value "s"
    if (/^e?s\s*$/.test(after) || payloadGuess(k, ctx, after)) return undefined;
    // "the amount field is over 250": a form's field named as one is the field of that name
    field =
      (namedFormField(k, after) ? undefined : meanings[k]) ??
      (k === 'form' ? m[0].replace(/\s+/g, '_') : undefined);
    if (!field && !subj?.groups?.noun) {
      // "the subject contains …" in a reply workflow: the field says which record it is about
      const other = (Object.keys(meanings) as Kind[]).find((o) => rootOf(o, ctx.subject, ctx.event));
      if (other) {
        kind = other;
        field = meanings[other];
      }
    }
    if (field) {
      pos += m[0].length;
      namedAsField = skip(/^\s+field\b/) !== null;
      // "their budget (lead value)", "deal size (i.e. value)": a gloss naming the catalogue's field says which it is
      const gloss = glossed(rest(), kind ?? 'lead');
      if (gloss) {
        field = gloss.field;
        pos += gloss.length;
      }
    }
    break;
  }
  // a name with its capital (or quoted), never a kind of customer ("a charity", "VIP") nor a state ("overdue")
  const byName = /^\s*(?:is|=)\s+(?:⟦|(?=[A-Z])(?![A-Z]+\b(?!\s+[A-Z])))/;
  if (billed && !field && (byName.test(rest()) || byName.test(ctx.cased(rest())))) field = 'customerName';
  if (billed && !field) return undefined; // "the client is over 18": the person's, never the invoice's total
  if (!field && (kind === 'form' || kind === undefined)) {
    // "the score is 6 or lower", "species is rabbit": a form's answer named before its comparison
    const named =
      /^([a-z][\w-]*)\s+field\b/.exec(rest()) ??
      (kind === 'form' ? formAnswer(rest(), text.slice(0, pos), ctx, subj) : null);
    if (named?.[1] && !STOP_WORDS.test(named[1]) && !/^(?:it|they|this|that|one)$/.test(named[1])) {
      field = named[1].replace(/\s+/g, '_');
      kind = 'form';
      namedAsField = true;
      pos += named[0].length;
    }
  }
  const folder = !field && (kind ?? 'file') === 'file' ? folderFilter(rest(), ctx) : undefined;
  if (folder) return { filter: folder.filter, length: pos + folder.length, kind: 'file' };
  const k: Kind = kind ?? 'lead';
  const root = rootOf(k, ctx.subject, ctx.event);
  if (!root) return undefined;
  const path = (f: string) => (f === 'reason' ? 'trigger.reason' : `${root}.${f}`);
  // "the source field says webinar", "the budget reads 5000": what a field shows is what it is
  if (namedAsField) skip(/^\s*(?:says|reads|shows)(?=\s)/);
  const worth = /worth|valued|priced/.test(
    skip(
      /^\s*(?:is|are|was|were|'s|has been|have been|of|=|is set to|is marked|is marked as)?\s*(?:worth|valued at|priced at|for)?\s*/,
    )?.[0] ?? '',
  );
  const negated = Boolean(
    skip(
      /^(?:not|n't|isn't|is not|aren't|are not|doesn't|does not|didn't|did not|wasn't|was not|hasn't|has not|no longer|(?:anything|something)\s+(?:other\s+than|but|except)|other\s+than)\s+/,
    ),
  );
  const wrap = (c: Comparison): Comparison => (negated ? negate(c) : c);
  if (negated) skip(/^(?:already|yet)\s+(?=(?:an?\s+)?[a-z])/); // "not already a customer": not one
  const type = k === 'file' && !field ? fileTypeAt(rest(), pos, path('contentType'), wrap) : undefined;
  if (type) return type; // "if it's a PDF"

  // days overdue / reminders (invoices)
  const count = invoiceCountAt(
    rest(),
    pos,
    ctx.event,
    k === 'invoice' ? path('reminderCount') : undefined,
    wrap,
  );
  if (count) return count;

  // numbers
  const between = BETWEEN.exec(rest());
  const low = between ? amountOf(AMOUNT.exec(between[1] ?? '') ?? ['']) : undefined;
  const high = between ? amountOf(AMOUNT.exec(between[2] ?? '') ?? ['']) : undefined;
  // "comes in between 9 and 5", "from 9 to 5": hours of the day said with no field, never a range of the value
  const hours =
    !field && low && high && low.value <= 24 && high.value <= 24 && !/[$€£₹]|\dk\b/i.test(between?.[0] ?? '');
  // "an email comes in and it is over $500": an email carries no amount; its lead's value only when the lead is said
  const noAmount = !field && ctx.event === 'email.received' && !subj?.groups?.noun && inherited === undefined;
  if (between && low && high && !hours && !noAmount) {
    const f =
      field ??
      (k === 'invoice' ? 'totalCents' : k === 'lead' ? 'value' : k === 'form' ? 'amount' : undefined);
    if (!f) return undefined;
    const scale = (n: number) => (f === 'totalCents' ? Math.round(n * 100) : n);
    const [lo, hi] = [scale(low.value), scale(high.value)].sort((a, b) => a - b);
    const range: Condition = { all: [cmp(path(f), 'gte', lo), cmp(path(f), 'lte', hi)] };
    return { range: negated ? { not: range } : range, length: pos + between[0].length, kind: k };
  }
  const op = readOp(rest());
  const amountAt = new RegExp(`^${AMOUNT.source}`).exec(op ? rest().slice(op.length).trimStart() : rest());
  // "it's 10k or more", "for 500 or less": the comparison after the amount is enough
  const around = amountAt && !op ? OR_MORE_OR_LESS.test(text.slice(pos + amountAt[0].length)) : false;
  if (amountAt && (op || field || worth || around)) {
    const amount = amountOf(amountAt);
    const opLength = op ? rest().length - rest().slice(op.length).trimStart().length : 0;
    // a number of minutes, hours, … is a time ("wait 10 min"), never a field's value
    const unit = /^\s*(days?|hours?|hrs?|minutes?|mins?|weeks?|months?)\b/.exec(
      text.slice(
        pos + (op ? rest().length - rest().slice(op.length).trimStart().length : 0) + amountAt[0].length,
      ),
    );
    if (amount && unit) {
      if (ctx.event !== 'invoice.overdue' || !/^days?$/.test(unit[1] ?? '')) return undefined;
      const opLen = op ? rest().length - rest().slice(op.length).trimStart().length : 0;
      return {
        comparison: wrap(cmp('trigger.daysOverdue', op?.op ?? 'gte', amount.value)),
        length: pos + opLen + amountAt[0].length + unit[0].length,
        kind: 'invoice',
      };
    }
    if (amount) {
      if (noAmount) return undefined;
      const f =
        field ??
        (k === 'invoice' ? 'totalCents' : k === 'lead' ? 'value' : k === 'form' ? 'amount' : undefined);
      if (!f) return undefined;
      const value = f === 'totalCents' ? Math.round(amount.value * 100) : amount.value;
      // "1000-5000", "1k to 5k", "$1,000–$5,000": both bounds, never the first alone with the second left over
      const top = op ? undefined : upperBound(text.slice(pos + amountAt[0].length));
      if (top) {
        const [lo, hi] = [value, f === 'totalCents' ? Math.round(top.value * 100) : top.value].sort(
          (a, b) => a - b,
        );
        const range: Condition = { all: [cmp(path(f), 'gte', lo), cmp(path(f), 'lte', hi)] };
        return {
          range: negated ? { not: range } : range,
          length: pos + amountAt[0].length + top.length,
          kind: k,
        };
      }
      // "under 3 stars", "2 stars or lower": the unit of a rating or a score is the number's own
      const afterAmount = pos + opLength + amountAt[0].length;
      const unit =
        f !== 'totalCents' && f !== 'value'
          ? (RATING_UNIT.exec(text.slice(afterAmount))?.[0].length ?? 0)
          : 0;
      // "10k or more" (never "10k or under 100": a second comparison)
      const more =
        /^\s*(?:or\s+more|\+|or\s+above|or\s+higher|or\s+greater|or\s+over|and\s+(?:above|over|up|more|higher))(?!\s*(?:than\s+)?[\d$€£₹])/.exec(
          text.slice(afterAmount + unit),
        );
      const less =
        /^\s*(?:or\s+less|or\s+below|or\s+fewer|or\s+under|or\s+lower|and\s+(?:below|under|less|lower))(?!\s*(?:than\s+)?[\d$€£₹])/.exec(
          text.slice(afterAmount + unit),
        );
      const finalOp: keyof Comparison = op?.op ?? (more ? 'gte' : less ? 'lte' : 'eq');
      const extra = unit + ((more ?? less)?.[0].length ?? 0);
      return {
        comparison: wrap(cmp(path(f), finalOp, value)),
        length: pos + opLength + amountAt[0].length + extra,
        kind: k,
      };
    }
  }
  if (STILL_THEN_TIME(rest())) return undefined; // statuses; "still new after 3 days" is a wait's, never a test now
  const status = (k === 'invoice' ? INVOICE_STATUS : LEAD_STATUS).exec(rest().replace(STATUS_LEAD_IN, ''));
  // "a new order", "a lost parcel": the status word is an adjective of something else
  const stripped = rest().replace(STATUS_LEAD_IN, '');
  const nextWord = status
    ? /^\s+([a-z]+)/.exec(stripped.slice(status.index + status[0].length))?.[1]
    : undefined;
  const adjective =
    !subj &&
    nextWord !== undefined &&
    !/^(?:lead|contact|customer|client|prospect|deal|one|ones|status|stage|yet|now|anymore)s?$/.test(
      nextWord,
    ) &&
    !STOP_WORDS.test(nextWord) &&
    (/\b(?:a|an)\s+$/.test(text.slice(0, pos)) || !VERB_WORD.test(nextWord));
  // a booking's status is confirmed or cancelled: a lead's status word after one tests nothing ("a booking cancels (lost)")
  if (status?.[1] && !adjective && k !== 'booking' && (field === undefined || field === 'status')) {
    const skipped = rest().length - rest().replace(STATUS_LEAD_IN, '').length;
    const word = status[1];
    const value = word === 'client' || word === 'won' ? 'customer' : word === 'unpaid' ? 'paid' : word;
    const c = cmp(path('status'), word === 'unpaid' ? 'ne' : 'eq', value);
    return { comparison: wrap(c), length: pos + skipped + status[0].length, kind: k };
  }

  // source and company ("is from LinkedIn", "via the website", "works at Acme"); never "from google gets posted …"
  const from =
    /^(?:(?:comes?|came|signed up|arrived|is|was)\s+)?(?:in\s+)?(?:from|via|through)\s+(?:(?:the|our|my|their)\s+)?/.exec(
      rest(),
    );
  // "an email from support@acme.com", "… from acme.com": its sender, not a lead's source
  const sender = rootOf('message', ctx.subject, ctx.event);
  const v =
    from && sender && ctx.event === 'email.received' ? readValue(rest().slice(from[0].length)) : undefined;
  const address = v && /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(v.value);
  const domain = v && /^@?[\w-]+(?:\.[a-z]{2,})+$/.test(v.value);
  if (from && v && (address || domain))
    return {
      comparison: wrap(cmp(`${sender}.from`, address ? 'eq' : 'contains', v.value.toLowerCase())),
      length: pos + from[0].length + v.length,
      kind: 'message',
    };
  // the lead a booking or an email carries is a summary with no source: "from avvo" tests nothing there, refused
  const sourced = k !== 'lead' || (ctx.subject?.leadFields?.includes('source') ?? true);
  // a webhook's detail has no source of its own (its sender is the trigger's): "from our website" is refused, quoted
  if (from && sourced && (k === 'lead' || (k === 'form' && ctx.event === 'form.submitted'))) {
    const v = readValue(rest().slice(from[0].length));
    // "a form submission comes in from Typeform": which forms start the workflow, as the trigger's filter
    const service = v?.value.toLowerCase();
    if (
      v &&
      service &&
      k === 'form' &&
      !negated &&
      ctx.event === 'form.submitted' &&
      FORM_SOURCES.includes(service)
    )
      return { filter: { source: [service] }, length: pos + from[0].length + v.length, kind: k };
    // "from Germany": a country is no source, and no record keeps one; left unread, the gate refuses it, quoted
    // "from a VIP", "from one of our regulars": a kind of person is no source either (session 36)
    if (
      v &&
      !isPlaceName(v.value) &&
      !/^\d|\s(?:gets?|got|is|are|was|were|should|will|must|it|they|then)(?:\s|$)/i.test(v.value) &&
      !PEOPLE_NOT_SOURCE.test(rest().slice(from[0].length))
    ) {
      const value = ctx.cased(v.value);
      return {
        comparison: wrap(cmp(k === 'form' ? 'trigger.source' : path('source'), 'eq', value)),
        length: pos + from[0].length + v.length,
        kind: k,
      };
    }
  }
  const works = /^(?:works|work|working|is|are)\s+(?:at|for)\s+/.exec(rest());
  // "works for a competitor", "at a bank": a kind of company, never a company's name to test
  if (works && k === 'lead' && !/^(?:an?|any|some|another|one of)\s/.test(rest().slice(works[0].length))) {
    const v = readValue(rest().slice(works[0].length));
    if (v)
      return {
        comparison: wrap(cmp(path('company'), 'eq', ctx.cased(v.value))),
        length: pos + works[0].length + v.length,
        kind: k,
      };
  }

  // tags: a list, tested by the trigger filter
  const tag = k === 'lead' ? tagTestAt(rest(), pos, root, negated, had && !field, ctx) : undefined;
  if (tag !== undefined) return tag ?? undefined;
  // text tests ("mentions pricing", "contains 'unsubscribe'", "ends with @gmail.com", "is a demo")
  const text2 =
    /^(?:contains?|mentions?|includes?|says?|talks? about|asks? about|is about|are about|refers? to|has the word|ends with|starts with|begins with|starting(?: with)?|beginning(?: with)?|ending with|containing|mentioning|including|saying|talking about|asking about|referring to|with the word|about|regarding)\s+(?:the\s+word\s+)?/.exec(
      rest(),
    );
  if (text2) {
    // "asks about our warranty": the topic, never the possessive it is said with
    const skip = text2[0].length + topicAt(text2[0], rest().slice(text2[0].length));
    const v = readValue(rest().slice(skip));
    // "a reply that mentions pricing" in a workflow about a lead and its message: the text is the message's
    const textKind = (['message', 'booking', 'file'] as const).find(
      (o) => o === k || (!field && !subj?.groups?.noun && rootOf(o, ctx.subject, ctx.event)),
    );
    const textRoot = textKind ? rootOf(textKind, ctx.subject, ctx.event) : undefined;
    const f =
      field ??
      (textKind === 'message' ? 'text' : textKind === 'booking' ? 'title' : textKind ? 'name' : undefined);
    if (v && f && (field || textRoot)) {
      const op: keyof Comparison = /^(?:starts|begins|starting|beginning)/.test(text2[0])
        ? 'startsWith'
        : 'contains';
      return {
        comparison: wrap(cmp(field ? path(f) : `${textRoot}.${f}`, op, ctx.cased(v.value))),
        length: pos + skip + v.length,
        kind: k,
      };
    }
  }
  if (k === 'booking' && !field) {
    const isA = /^(?:a|an)\s+/.exec(rest());
    const v = isA ? readValue(rest().slice(isA[0].length)) : undefined;
    if (isA && v)
      return {
        comparison: wrap(cmp(path('title'), 'contains', ctx.cased(v.value))),
        length: pos + isA[0].length + v.length,
        kind: k,
      };
  }
  // presence ("has a phone number", "has no company", "the company field is filled in", "the phone is empty")
  const presence = presenceAt(rest(), k, field);
  if (presence) {
    const { field: f, present, length } = presence;
    return { comparison: wrap(cmp(path(f), 'exists', present)), length: pos + length, kind: k };
  }
  // equality on a named field ("the source is LinkedIn", "the currency is EUR")
  if (field && !['value', 'totalCents', 'size'].includes(field)) {
    const v = readValue(rest());
    // "status = closed-won": a status is one of its record's statuses, as the validator types it; any other is no test
    const status = field === 'status' && v ? statusValue(k, v.value) : undefined;
    if (v && (field !== 'status' || status)) {
      const value = status ?? (field === 'currency' ? v.value.toUpperCase() : ctx.cased(v.value));
      return { comparison: wrap(cmp(path(field), 'eq', value)), length: pos + v.length, kind: k };
    }
  }
  return undefined;
};

import type { Trigger } from '../../../statemachines/schema';
import { type EventPhrase, readShapes } from './events';
import { regularised } from './inflection';
import { alt, OUR_THE } from './lexicon';
import { ANY_PERSON, PERSON, PICKING_WORD, PURPOSE_WORD } from './nouns';
import { personEvent } from './person-events';
import { recordEvent } from './record-phrase';
import { remembered } from './remembered';
import { VERB_START } from './split';
import { LEAD_STATUS_WORDS } from './statuses';
import { DURATION } from './text';

/**
 * An event's subject with the business's own word before it: "a job invoice is paid", "a trial member is added", "a
 * VIP customer books a call". The word is read for what it is: a trade's name for every invoice ("job", "service")
 * changes nothing; one that picks some invoices out ("deposit", "final") is refused, quoted, since an invoice
 * records no kind; before a person it is a tag the lead carries ("trial", "vip"), as "a lead tagged trial" is,
 * where the event carries the lead's tags. Statuses ("a qualified lead") and amounts stay with the other readers.
 */

/** The CRM's other words for a lead, which a modifier may precede too ("a new trial signup", "a website enquiry"). */
const LEAD_NOUN = '(?:sign-?ups?|accounts?|enquir(?:y|ies)|inquir(?:y|ies))';

const LEAD_NOUN_WORD = /^(?:sign-?ups?|accounts?)$/;
/** Where a lead came from (a channel, an ad network, a lead marketplace): never a tag it carries (session 42). */
export const WHERE_FROM =
  /^(?:website|web|site|online|internet|form|email|e-mail|phone|chat|facebook|fb|google|linkedin|instagram|insta|twitter|tiktok|youtube|referral|inbound|organic|paid|ad|ads|contact|zillow|realtor|trulia|redfin|angi|homeadvisor|thumbtack|yelp|bark|houzz|checkatrade|carsales|autotrader|cargurus|rightmove|zoopla|indeed|craigslist|nextdoor|groupon|eventbrite|tripadvisor|opentable|treatwell|classpass)$/;

const MODIFIED = new RegExp(
  `^(\\s*(?:(?:a|an|the|any|our|my|their|each|every|all)\\s+(?:(?:new|fresh|incoming|brand new)\\s+)?|(?:new|fresh|incoming|brand new)\\s+)?)([a-z][\\w-]*)\\s+(?=(invoices?|bills?|${PERSON}|${LEAD_NOUN})(?![\\w'-]))`,
);

const PERSON_WORD = new RegExp(`^${PERSON}$`);

/** "a client pays their deposit invoice": the kind after the payer's verb. */
const PAID_KIND =
  /^(\s*(?:[a-z][\w'-]*\s+){1,3}?(?:pays?|settles?|clears?)\s+(?:off\s+)?(?:a|an|the|their|his|her|our|any)\s+)([a-z][\w-]*)\s+(?=(invoices?|bills?)(?![\w'-]))/;

/** Words about a person's history with the business, which no tag records: refused rather than guessed. */
const HISTORY =
  /^(?:existing|returning|regular|repeat|current|former|old|past|loyal|big|large|small|major|important|top|best|biggest)$/;

/** "each enquiry that comes in": the relative pronoun, with no "is"/"gets" after it, read as not there. */
const SUBJECT_RELATIVE =
  /^(\s*(?:[a-z][\w'-]*\s+){1,4}?)(?:that|which|who)\s+(?!(?:is|are|was|were|gets?|got|has|have|had|becomes?)\b)/;

/** "each invoice a client settles", "every booking that a patient cancels": the event said object first. */
const OBJECT_RELATIVE =
  /^\s*(?:(?:a|an|the|each|every|any|all|new)\s+)*((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:that\s+|which\s+)?((?:a|an|the|our|some|any)\s+[a-z]+|someone|somebody|we|they|i|people)\s+([a-z]+)(?![\w'-])/;

const relativeRead = (text: string): EventPhrase | undefined => {
  const subject = SUBJECT_RELATIVE.exec(text);
  const head = subject?.[1]?.length ?? 0;
  const said = subject ? readShapes(text.slice(0, head) + text.slice(subject[0].length)) : undefined;
  if (subject && said && said.length > head)
    return { ...said, length: said.length + subject[0].length - head };
  const object = OBJECT_RELATIVE.exec(text);
  if (!object) return undefined;
  const turned = `${object[2]} ${object[3]} a ${object[1]}`;
  const read = readShapes(turned);
  return read && read.length === turned.length && !read.qualifier
    ? { ...read, length: object[0].length }
    : undefined;
};

/**
 * "if a new lead is tagged vip": said with "if", a test of a new lead (the condition grammar reads the tag, several
 * words too), never the tag added to a lead ("when a new lead is tagged vip" is that update).
 */
/** "a new lead's budget …", "… is worth …": what follows the subject is said of it (a condition, not the event). */
export const SAID_OF_SUBJECT = /^(?:'s\b|\s+(?:is|are|was|has|have|worth|whose)\b)/;

export const ifNewTagged = (word: string, after: string, phrase: EventPhrase): boolean =>
  word === 'if' &&
  /^\s*(?:a|an|any)\s+new\s/.test(after) &&
  phrase.trigger.type === 'event' &&
  phrase.trigger.event === 'lead.updated' &&
  Boolean(phrase.trigger.filter?.['lead.tags']);

/** Reads an event phrase at the start of `text` ("a new lead from linkedin is added, …"), said any way round. */
const readEventWords = (text: string): EventPhrase | undefined => {
  const read = readWords(text) ?? given(text) ?? whose(text);
  const person = personEvent(text); // "a donor gives": any person, the verb's meaning
  const best = person && (!read || person.length > read.length) ? person : read;
  // "a member's subs invoice is paid", "an RSVP lands in our inbox": a record's noun phrase and the verb's meaning
  const record = recordEvent(text);
  return record && (!best || record.length > best.length) ? record : best;
};

/** "a student's payment comes in", "one of our member's replies arrives": whose record it is, before it. */
const WHOSE = new RegExp(
  `^\\s*(?:(?:a|an|the|any|each|every|one\\s+of\\s+${OUR_THE})\\s+)(?:new\\s+)?(?!${alt('crmPerson', 'customer', '+deal')}\\b)[a-z][\\w-]*'s\\s+(?!(?:budget|value|status|source|email|name|score|tags?|deal|stage|total|amount|phone|company|title)\\b|${PICKING_WORD})`,
);
const whose = (text: string): EventPhrase | undefined => {
  const m = WHOSE.exec(text);
  if (!m) return undefined;
  const read = readWords(`a ${text.slice(m[0].length)}`);
  return read && !read.qualifier && read.length > 2
    ? { ...read, length: read.length - 2 + m[0].length }
    : undefined;
};

/** "a donation over $250 comes in", "new gift": what is given is a payment, read by the payment's shapes. */
const GIVEN =
  /^(\s*(?:(?:a|an|the|any|each|every|new|incoming)\s+)*)((?:online|one-off|monthly|recurring)\s+)?(donation|gift|contribution)(?=s?(?![\w'-]))/;
const given = (text: string): EventPhrase | undefined => {
  const m = GIVEN.exec(text);
  if (!m) return undefined;
  const head = m[1] ?? '';
  const read = readWords(`${head}payment${text.slice(m[0].length)}`);
  return read && read.length >= head.length + 7
    ? { ...read, length: read.length + m[0].length - head.length - 7 }
    : undefined;
};

const readWords = (text: string): EventPhrase | undefined => {
  const plain = readShapes(text);
  const relative = relativeRead(text);
  const read = relative && (!plain || relative.length > plain.length) ? relative : plain;
  // "new invoice paid", "a new booking cancelled": "new" before a subject whose shapes do not expect it
  const fresh = /^\s*(?:(?:a|an|the|any|each|every|our)\s+)?(?:new|fresh|incoming)\s+/.exec(text);
  const again = fresh ? readShapes(text.slice(fresh[0].length)) : undefined;
  if (!again || !fresh || (read && read.length >= fresh[0].length + again.length)) return read;
  return { ...again, length: fresh[0].length + again.length };
};

/** Words for what an invoice is for, which every invoice of the business is: nothing to test. */
export const ANY_INVOICE =
  /^(?:job|client|customer|service|project|work|sales?|booking|order|repair|cleaning|treatment|lesson|session|tuition|consulting|consultancy|photography|shoot|event|wedding|catering|maintenance|installation|trade|business|company|tax|vat|new|fresh|incoming)$/;

/** What an invoice is for (nouns.ts PURPOSE_WORD): a purpose of every invoice of the business, nothing to test. */
const PURPOSE = new RegExp(`^${PURPOSE_WORD}$`);

const isPurpose = (word: string): boolean => ANY_INVOICE.test(word) || PURPOSE.test(word);
/** A word that picks some invoices out ("final", "monthly"); any other is the business's name for all of them. */
const PICKING = new RegExp(`^${PICKING_WORD}$`);
const TWO_WORDS =
  /^(\s*(?:(?:a|an|the|any|our|my|their|each|every)\s+)?(?:new\s+)?)([a-z][\w-]*)\s+([a-z][\w-]*)\s+(?=(?:invoices?|bills?)(?![\w'-]))/;

/** An invoice's state or age, which the other readers test or refuse ("an overdue invoice"). */
const INVOICE_STATE =
  /^(?:overdue|unpaid|paid|open|draft|outstanding|late|past-due|pending|sent|issued|due|old|recent|latest|last|next|this|that|same|big|large|small|high|low)$/;

/** Events whose detail carries the lead's tags (a tag filter can pick them; an email's, when its sender is one). */
const TAGGED_EVENTS = new Set(['lead.created', 'lead.updated', 'booking.created', 'email.received']);

const withTag = (trigger: Trigger, tag: string): Trigger | undefined => {
  if (trigger.type !== 'event' || !TAGGED_EVENTS.has(trigger.event)) return undefined;
  return { ...trigger, filter: { ...trigger.filter, 'lead.tags': [tag] } };
};

/** Reads an event phrase at the start of `text` as written. */
const readLiteral = (text: string): EventPhrase | undefined => {
  // "a membership renewal invoice": two words of what it is for
  const two = TWO_WORDS.exec(text);
  if (two?.[2] && two[3] && [two[2], two[3]].every(isPurpose)) {
    const read = readEventWords((two[1] ?? '') + text.slice(two[0].length));
    if (read) return { ...read, length: read.length + two[0].length - (two[1] ?? '').length };
  }
  const plain = readEventWords(text);
  // "student applicant added", "patient family signs up": with no determiner, only a person's noun before another
  // (never a verb: "contact customers who pay"; "website enquiry comes in", "mondays leads" are left)
  const modified = MODIFIED.exec(text);
  const said = modified?.[2] ?? '';
  const bare =
    modified && !/\S/.test(modified[1] ?? '') && (!PERSON_WORD.test(said) || VERB_START.test(said));
  const m = (bare ? null : modified) ?? PAID_KIND.exec(text);
  const [, before = '', word = '', head = ''] = m ?? [];
  const invoice = /^(?:invoice|bill)/.test(head);
  if (m && !invoice && PERSON_WORD.test(word)) {
    const rest = readEventWords(before + text.slice(m[0].length));
    if (rest && (!plain || rest.length + m[0].length - before.length > plain.length))
      return { ...rest, length: rest.length + m[0].length - before.length };
  }
  if (
    !m ||
    (invoice ? INVOICE_STATE.test(word) : word in LEAD_STATUS_WORDS || ANY_PERSON.test(word)) ||
    // "a new internet lead", "a zillow lead", "a facebook signup": where it came from, which no tag says ("a website
    // enquiry" is every enquiry, read by the plain reading)
    (!/^(?:enquir|inquir)/.test(head) && WHERE_FROM.test(word)) ||
    /\d/.test(word)
  )
    return plain;
  const cut = m[0].length - before.length;
  const read = readEventWords(before + text.slice(m[0].length));
  if (!read || read.length <= before.length + head.length - 1) return plain;
  if (plain && plain.length >= read.length + cut) return plain;
  const length = read.length + cut;
  if (invoice) {
    if (isPurpose(word) || !PICKING.test(word)) return { ...read, length };
    return {
      ...read,
      length,
      problem: `"${word} ${head}": an invoice records no kind, so a ${word} invoice cannot be told from the others; say what sets it apart (its amount, its customer) or leave "${word}" out`,
    };
  }
  // "a new patient lead", "a student contact": the trade's name for the person, no kind of them to test
  if (PERSON_WORD.test(word)) return { ...read, length };
  // "a mortgage enquiry", "a catering enquiry": what the business is asked about, every enquiry of it, as an
  // invoice's purpose is every invoice of it; a word that picks some out ("urgent", "big") is not
  if (/^(?:enquir|inquir)/.test(head) && !PICKING.test(word) && !HISTORY.test(word))
    return { ...read, length };
  if (HISTORY.test(word))
    return {
      ...read,
      length,
      problem: `"${word} ${head}": nothing on a lead says it is ${word}; leave "${word}" out, or say it as a tag or a status ("a ${head} tagged ${word}")`,
    };
  const trigger = withTag(read.trigger, word);
  if (trigger) return { ...read, trigger, length };
  return {
    ...read,
    length,
    problem: `"${word} ${head}": this event does not carry the person's tags, so a ${word} ${head} cannot be told from the others; leave "${word}" out or start on a new lead tagged ${word}`,
  };
};

/**
 * Reads an event phrase at the start of `text` ("a new lead from linkedin is added, …", "a job invoice is paid"),
 * its verb in any form a learner writes it ("a lead pass to the status customer", "some workflow is failed"): the
 * phrase regularised (inflection.ts) is read when it says more than the phrase as written.
 */
/** "a week after the invoice is issued": a time from the event, never the event (the trigger readers take the delay). */
const SPAN_FROM = new RegExp(`^\\s*(?:${DURATION.source})\\s+(?:after|following|before)\\s`);

export const readEventPhrase = remembered((text: string): EventPhrase | undefined => {
  if (SPAN_FROM.test(text)) return undefined;
  const read = readRegularised(text);
  const arrival = ARRIVAL.test(text) ? arrived(text) : undefined;
  if (arrival && (!read || read.problem || arrival.length >= read.length)) return arrival;
  return read && !read.problem ? (unreadVerb(text, read) ?? read) : read;
});

/** "Trial form in →", "waiver back:", "new member in": a noun phrase and a particle of arrival, said as a header. */
const ARRIVAL =
  /^(\s*(?:(?!(?:come|comes|came|coming|is|are|was|were|gets?|got|has|have|they|it|we|i|you|he|she|them)\b)[a-z][\w'-]*\s+){0,3}?(?!(?:come|comes|came|coming|is|are|was|were|gets?|got|has|have|they|it|we|i|you|he|she|them)\b)[a-z][\w'-]*)\s+(?:in|back|through|received|landed)(?=\s*(?:$|[,.;:!?→>–—(-]))/;
/** Read as "… comes in" when that is read whole; the particle is the arrival, nothing else is added. */
const arrived = (text: string): EventPhrase | undefined => {
  const m = ARRIVAL.exec(text);
  if (!m?.[1]) return undefined;
  const said = `${m[1]} comes in`;
  const read = readRegularised(said);
  return read && !read.problem && read.length === said.length ? { ...read, length: m[0].length } : undefined;
};

/** A subject and nothing else ("a new candidate", "each parent"): a noun phrase read as the event, with no verb. */
const BARE_SUBJECT =
  /^\s*(?:(?:a|an|the|any|each|every|all|some|our|my|new|fresh|incoming|one\s+of\s+(?:our|the|my))\s+)+(?:[a-z][\w-]*\s+)?[a-z][\w-]*\s*$/;
/**
 * A verb of that subject right after it ("RSVPs", "withdraws", "opens the email"), which no reader understood; not
 * one the condition grammar reads after the subject ("works at", "mentions"), nor an arrival ("comes", "arrives").
 */
const SUBJECT_VERB =
  /^\s+((?!(?:is|has|was|does|comes|arrives|appears|works|lives|mentions|says|contains|includes|asks\s+about|talks\s+about|always|perhaps|sometimes|afterwards|towards|across|plus|thus|as|us|its|this|his|hers|ours|yours|theirs|yes|less|unless|news|status|address)\b)[a-z][\w'-]*[^s's]s(?![\w'-])[^,;:.!?→]*)/;

/**
 * "When a new candidate RSVPs", "each parent complains": the subject is read as one of them arriving and its verb
 * is left over. The event is what the verb says, so the verb unread means the event is not known: refused, quoted,
 * never started on every new lead with the verb dropped.
 */
/** The same verb in the past, with its object: "a new lead opened the email", "a client sent us the form". */
const SUBJECT_PAST =
  /^\s+((?:(?!(?:need|feed|seed|speed|proceed|succeed|exceed|bleed|breed|heed|embed)\b)[a-z][\w'-]*ed|sent|paid|made|gave|took|wrote|got|left|bought|read|saw|did)\s+(?:(?:us|me|them)\s+)?(?:the|a|an|our|their|his|her|its|my|your|this|that|some|any)\s[^,;:.!?→]*)/;

const unreadVerb = (text: string, read: EventPhrase): EventPhrase | undefined => {
  if (!BARE_SUBJECT.test(text.slice(0, read.length))) return undefined;
  const after = text.slice(read.length);
  const verb = SUBJECT_VERB.exec(after) ?? SUBJECT_PAST.exec(after);
  if (!verb?.[1]) return undefined;
  const said = `${text.slice(0, read.length).trim()} ${verb[1].trim()}`;
  return {
    ...read,
    problem: `I did not understand "${said}": which event is it? Say it as one the workflow can start on ("a new lead is added", "a form is submitted", "a booking is made", "an invoice is paid")`,
  };
};

const readRegularised = (text: string): EventPhrase | undefined => {
  const plain = readLiteral(text);
  if (plain && !/\S/.test(text.slice(plain.length))) return plain;
  let best = plain;
  for (const r of regularised(text)) {
    const read = readLiteral(r.text + text.slice(r.said));
    if (!read || read.length < r.text.length) continue;
    const length = read.length - r.text.length + r.said;
    if (!best || length > best.length) best = { ...read, length };
    break;
  }
  return best;
};

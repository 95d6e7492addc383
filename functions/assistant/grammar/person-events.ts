import type { EventName } from '../../../statemachines/events';
import type { EventPhrase } from './events';
import { alt, OUR_THE } from './lexicon';
import {
  FORM_NOUN,
  INVOICE_NAME,
  JOINED_AT,
  JOINED_OBJECT,
  MONEY_NOUN,
  NOT_BOOKED,
  PERSON,
  PICKING_WORD,
  PURPOSE_WORD,
  ROLE,
} from './nouns';
import { LEAD_STATUS_WORDS } from './statuses';

/**
 * An event said with a person as its subject (session 29): "a donor gives", "once a parent signs up", "one of our
 * families pays their subs", "a volunteer fills in the form", "when a member replies". Who did it is any person,
 * whatever the business calls them: any one noun after a determiner that is not one of the catalogue's records (a
 * donor, a family, a supporter, a volunteer, a guardian). The verb says which catalogue event it is, by meaning:
 * joining is a new lead, giving or paying a payment, booking a booking, cancelling a cancellation, filling in or
 * sending a form a submission, writing to us an email received. Other verb forms are put in these by inflection.ts.
 */

const RECORD = `(?:${NOT_BOOKED}|bookings?|meetings?|calls?|appointments?|payments?|donations?|gifts?|deals?|workflows?|runs?|webhooks?|events?|days?|weeks?|months?|times?)`;
/** "a donor", "one of our families", "any new member", "someone": whoever it is. */
const SUBJECT = `(?:(?:someone|somebody|anyone|anybody|people|they)|(?:(?:a|an|the|any|each|every|our|my|one\\s+of\\s+${OUR_THE})\\s+)(?:(?:new|first-time|brand-new)\\s+)?(?!${RECORD}(?![\\w'-]))[a-z][\\w'-]*)\\s+`;
const A = '(?:(?:a|an|the|their|his|her|its|our|my|some|any|one)\\s+)?';
/** What is paid, with what it is for before it ("their membership fee", "the subs", "their term fees", "the deposit"). */
const PAID = `(?:${A}(?:(?:${INVOICE_NAME}\\s+){0,2}(?:invoices?|bills?)|(?:${PURPOSE_WORD}\\s+){0,2}(?:membership|donation)|(?:${INVOICE_NAME}\\s+){0,2}(?:${MONEY_NOUN}|payments?))(?![\\w'-]))`;
const FORM = `${A}(?:[a-z][\\w'-]*\\s+){0,2}?(?:${FORM_NOUN}|entry)(?![\\w'-])`;

/**
 * Where a verb without its object must end: the clause ends, an action or a joint follows, or what the condition
 * grammar reads ("gives more than $100", "signs up from the website"). "Gives feedback", "cancels their membership",
 * "joins the call" are not these events, and are left unread.
 */
const END =
  '(?=\\s*(?:$|[,.;:!?(→>–—-]|[$€£₹\\d]|(?:can|could|would|will)\\s+(?:you|u)\\b|(?:and|then|or|so|we|i|please|send|notify|email|e-mail|thank|add|create|post|tell|alert|ping|remind|mark|tag|change|set|update|move|let|slack|text|save|log|record|more|less|over|under|above|below|at\\s+least|worth|from|via|through|online|using)\\b))';

/** "a library book goes overdue": a verb after "book", so "book" was a noun, not what they did. */
const STATE_VERB =
  "(?:goes|went|gone|is|are|was|were|gets?|got|has|have|had|falls?|fell|becomes?|became|turns?)(?![\\w'-])";

const MEANINGS: readonly (readonly [EventName, RegExp])[] = [
  [
    'lead.created',
    new RegExp(
      `^(?:signs?\\s+up|signed\\s+up|registers?|registered|joins?(?:\\s+us)?|joined(?:\\s+us)?|enrol(?:l)?s?|enrol(?:l)?ed|subscribes?|subscribed|opts?\\s+in|opted\\s+in|becomes?\\s+a\\s+member|became\\s+a\\s+member|(?:en|in)quir(?:es|ed)|makes?\\s+an?\\s+(?:en|in)quiry|made\\s+an?\\s+(?:en|in)quiry)${END}`,
    ),
  ],
  [
    'invoice.paid',
    new RegExp(
      `^(?:(?:gives?|gave|given|donates?|donated|contributes?|contributed)(?:\\s+(?:online|again|money|something))?|(?:pays?|paid|settles?|settled)(?:\\s+${PAID}|\\s+(?:up|online))?|(?:makes?|made)\\s+(?:a|an|their|his|her)\\s+(?:(?:first|new|one-off|online|monthly)\\s+)?(?:donation|payment|gift|contribution)(?![\\w'-]))${END}`,
    ),
  ],
  [
    'form.submitted',
    new RegExp(
      `^(?:(?:(?:fills?|filled)\\s+(?:in|out)|submits?|submitted|completes?|completed|(?:sends?|sent|hands?|handed)\\s+(?:in|us|back)|returns?|returned)\\s+${FORM}|(?:sends?|sent|hands?|handed)\\s+${FORM}\\s+(?:in|back)|(?:rsvps?|rsvp'?d|rsvped|applies|applied)(?:\\s+(?:for|to)\\s+(?:a|an|one\\s+of\\s+(?:our|the))\\s+(?:jobs?|roles?|positions?|vacanc(?:y|ies)|openings?))?${END})`,
    ),
  ],
  [
    'email.received',
    new RegExp(
      `^(?:(?:repl(?:y|ies|ied)|responds?|responded)(?:\\s+to\\s+(?:anything|any\\s+of\\s+(?:them|ours|our\\s+e-?mails)))?|answers?|answered|(?:e-?mails?|e-?mailed|writes?|wrote|messages?|messaged)\\s+(?:us|in|back|to\\s+us|(?:to\\s+)?(?:our|the)\\s+(?:(?:main|shared|general|office|clinic|practice|studio|shop|salon|front\\s+desk)\\s+)?(?:inbox|mailbox|email\\s+address))|(?:gets?|got)\\s+back\\s+to\\s+us)${END}`,
    ),
  ],
  [
    'booking.cancelled',
    new RegExp(
      `^(?:cancels?|cancell?ed)(?:\\s+(?:a|an|the|their|his|her)\\s+(?:booking|appointment|session|slot|shift|place|spot|visit|lesson|class|tour|call|meeting)(?![\\w'-])|${END})`,
    ),
  ],
  [
    'booking.created',
    new RegExp(
      `^(?:(?:is|gets|got|was|has\\s+been)\\s+(?:booked|scheduled)(?:\\s+in)?(?:\\s+for\\s+(?:a|an|their)\\s+(?:[a-z][\\w'-]*\\s+)?(?!${NOT_BOOKED}(?![\\w'-]))[a-z][\\w'-]*)?${END}|(?:books?|booked|reserves?|reserved)\\s+(?!${STATE_VERB})${A}(?:[a-z][\\w'-]*\\s+){0,2}?(?!${NOT_BOOKED}(?![\\w'-]))[a-z][\\w'-]*(?![\\w'-]))`,
    ),
  ],
];

/** A status of the CRM, the longest words first ("closed won" before "closed"). */
const STATUS = `(${Object.keys(LEAD_STATUS_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
/** A verb of changing state and the status it ends in ("is moved to qualified", "becomes a customer", "turns into a client"). */
const STATUS_CHANGE = new RegExp(
  `^(?:(?:is|gets|got|was|has\\s+been|have\\s+been)\\s+(?:moved|set|marked|changed|switched|upgraded|converted|promoted|flipped|updated|turned|put)\\s+(?:(?:in)?to|as)|becomes?|became|turns?\\s+into|turned\\s+into|converts?\\s+(?:in)?to|converted\\s+(?:in)?to|(?:moves?|moved|goes|went|changes?|changed|switch(?:es)?|switched|flips?|flipped)\\s+(?:in)?to)\\s+(?:(?:a|an)\\s+)?${STATUS}(?![\\w'-])(?:\\s+(?:status|stage))?${END}`,
);
/** Things, not people: a quote or an order has no status of a lead ("a quote is moved to won" is no lead's change). */
const OBJECT_NOUN =
  /\b(?:quotes?|orders?|tasks?|tickets?|jobs?|projects?|products?|items?|estimates?|proposals?|documents?|files?|issues?|cases?|posts?|pages?|emails?|messages?|invoices?|bills?)\s+$/;

/** "has signed up", "has just donated": the perfect, read as the verb. */
/** A joining verb and what was joined ("registers for the summer camp"), up to the clause's end. */
const JOINED_WHAT = new RegExp(
  `^(?:(?:joins?|joined|enters|entered)\\s+(${JOINED_OBJECT}[^,;.:→>-]+)|(?:signs?\\s+up|signed\\s+up|registers?|registered|enrol(?:l)?s?|enrol(?:l)?ed|arrives?|arrived|shows?\\s+up|showed\\s+up|subscribes?|subscribed)\\s+(${JOINED_AT}[^,;.:→>-]+))`,
);

const SUBJECT_RE = new RegExp(`^\\s*${SUBJECT}(?:(?:has|have|had)\\s+)?(?:just\\s+)?`);

/** "new registration", "registration comes in": the joining, as a noun (what is given is read as a payment). */
const ARRIVED =
  '(?:\\s+(?:is\\s+|gets\\s+|has\\s+been\\s+|was\\s+)?(?:received|made|recorded|processed|logged|submitted|completed|comes?\\s+in|came\\s+in|arrives?|arrived|lands?|landed|goes\\s+through|went\\s+through))';
const NOUNS: readonly (readonly [EventName, RegExp])[] = [
  [
    'lead.created',
    new RegExp(
      `^\\s*(?:(?:a|an|any|each|every)\\s+)?(?:(?:new|incoming)\\s+(?:registration|enrol(?:l)?ment|membership|sign-?up)s?(?![\\w'-])${ARRIVED}?|(?:registration|enrol(?:l)?ment)s?${ARRIVED})`,
    ),
  ],
];

/**
 * "someone is added as a new guest in the system", "a contact gets created as a member": a person added under the
 * trade's noun for them is a new lead. Not a status ("added as a customer" is the lead's status, read elsewhere).
 */
const ADDED_AS = new RegExp(
  `^\\s*(?:someone|somebody|anyone|(?:a|an|any)\\s+(?:new\\s+)?(?:person|contact|record|entry))\\s+(?:is|gets|got|was|has\\s+been)\\s+(?:added|created|entered|set\\s+up|registered|saved|put)\\s+(?:(?:in|into|to|on)\\s+(?:the|our|my)\\s+(?:system|crm|database)\\s+)?as\\s+(?:an?\\s+)?(?:new\\s+)?(${PERSON}|${ROLE})(?![\\w'-])(?:\\s+(?:in|into|to|on)\\s+(?:the|our|my)\\s+(?:system|crm|database))?${END}`,
);

/** Words before a person that say every such person ("a potential new client", "a prospective student"). */
const EVERY_SUCH = alt('newness', 'likelihood', '+first-time', '+brand-new');
/**
 * A word before the head that picks some people out, or that another reader takes (a tag, a status, a history, a
 * verb, a person's noun): never part of a trade's compound name for them.
 */
const NOT_COMPOUND = `(?:${PICKING_WORD}|${PERSON}|${RECORD}|contacted|qualified|won|lost|closed|converted|dead|churned|disqualified|vip|hot|warm|cold|key|enterprise|premium|gold|silver|platinum|paying|free|paid|trial|existing|returning|regular|repeat|current|former|past|loyal|major|top|best|local|foreign|international|corporate|business|private|individual|website|web|site|online|email|e-mail|phone|chat|facebook|fb|google|linkedin|instagram|insta|twitter|tiktok|youtube|organic|ads?|yelp|webinar|who|that|which|is|are|was|has|had|have|gets?|got|just|also)(?![\\w'-])`;
/** What never heads a person's noun phrase: a record, a word that picks some out, a function word. */
const NOT_HEAD = `(?:${RECORD}|${PICKING_WORD}|who|that|which|is|are|was|has|had|have|gets?|got|just|also)(?![\\w'-])`;
/**
 * A person in the trade's own words, longer than one noun: "a potential new client", "a design partner", "any
 * prospective student" — words that say every such person, then at most one word of a compound whose head is no
 * person's noun of ours (a "VIP client" or a "trial member" is a kind of client or member: event-nouns.ts reads or
 * refuses those). Tried after the one-word subject, whose verb it would otherwise take for a head.
 */
const COMPOUND_RE = new RegExp(
  `^\\s*(?:(?:a|an|the|any|each|every|our|my|one\\s+of\\s+${OUR_THE})\\s+)(?:${EVERY_SUCH}\\s+){0,3}(?:(?!${NOT_COMPOUND})[a-z][\\w-]*\\s+(?!${PERSON}(?![\\w'-])))?(?!${NOT_HEAD})[a-z][\\w'-]*\\s+(?:(?:has|have|had)\\s+)?(?:just\\s+)?`,
);

/** The same without a compound: words that say every such person, then the head. */
const EVERY_SUCH_RE = new RegExp(
  `^\\s*(?:(?:a|an|the|any|each|every|our|my|one\\s+of\\s+${OUR_THE})\\s+)(?:${EVERY_SUCH}\\s+){1,3}(?!${NOT_HEAD})[a-z][\\w'-]*\\s+(?:(?:has|have|had)\\s+)?(?:just\\s+)?`,
);

/** The event a person's verb says, read at the start of `text`; undefined when it is not one of these. */
export const personEvent = (text: string): EventPhrase | undefined => {
  for (const [event, re] of NOUNS) {
    const m = re.exec(text);
    if (m) return { trigger: { type: 'event', event }, qualifier: undefined, length: m[0].length };
  }
  const added = ADDED_AS.exec(text);
  if (added && !((added[1] ?? '') in LEAD_STATUS_WORDS))
    return {
      trigger: { type: 'event', event: 'lead.created' },
      qualifier: undefined,
      length: added[0].length,
    };
  const subject = SUBJECT_RE.exec(text);
  const read = subject ? personVerb(text, subject[0].length) : undefined;
  if (read) return read;
  // the compound's head first ("a design partner books"), then its first word as the head ("an adopter fills in")
  for (const re of [COMPOUND_RE, EVERY_SUCH_RE]) {
    const compound = re.exec(text);
    const read =
      compound && compound[0].length > (subject?.[0].length ?? 0)
        ? personVerb(text, compound[0].length)
        : undefined;
    if (read) return read;
  }
  // "a potential new client comes in": one of our people arriving is a new lead (a noun of no kind we know is not)
  const known = EVERY_SUCH_RE.exec(text);
  const arrived =
    known && PERSON_HEAD.test(known[0]) ? PERSON_ARRIVES.exec(text.slice(known[0].length)) : null;
  return known && arrived
    ? {
        trigger: { type: 'event', event: 'lead.created' },
        qualifier: undefined,
        length: known[0].length + arrived[0].length,
      }
    : undefined;
};

const PERSON_HEAD = new RegExp(`\\s${PERSON}\\s+$`);
const PERSON_ARRIVES = new RegExp(
  `^(?:comes?\\s+in|came\\s+in|(?:is|gets|got|was|has\\s+been)\\s+(?:added|created|entered))${END}`,
);

/** The event said by the verb after a person's noun phrase of `at` characters. */
const personVerb = (text: string, at: number): EventPhrase | undefined => {
  const rest = text.slice(at);
  // "a family registers for the summer camp": what they joined, which no record keeps, would be dropped
  const joined = JOINED_WHAT.exec(rest);
  if (joined)
    return {
      trigger: { type: 'event', event: 'lead.created' },
      qualifier: undefined,
      length: at + joined[0].length,
      problem: `"${(joined[1] ?? joined[2])?.trim()}": nothing records what someone joined or signed up for, so the workflow would start for every new lead; leave it out, or say it as a tag or a form ("when the camp form is submitted")`,
    };
  // "a stockist is moved to qualified", "someone becomes a customer": any person's status, by a verb of change
  const change = OBJECT_NOUN.test(text.slice(0, at)) ? null : STATUS_CHANGE.exec(rest);
  if (change)
    return {
      trigger: {
        type: 'event',
        event: 'lead.updated',
        filter: { 'changes.status.to': [LEAD_STATUS_WORDS[change[1] ?? ''] ?? ''] },
      },
      qualifier: undefined,
      length: at + change[0].length,
    };
  for (const [event, re] of MEANINGS) {
    const m = re.exec(rest);
    if (m)
      return {
        trigger: { type: 'event', event },
        qualifier: undefined,
        length: at + m[0].length,
      };
  }
  return undefined;
};

import { WEBHOOK_PAYLOAD } from './event-shapes';
import { fileKindsSaid } from './file-folders';
import { ANY_A, ORDINAL_SUFFIX, OUR_THE } from './lexicon';
import { BOOKING_NOUN, PERSON, ROLE } from './nouns';
import { MONTH } from './schedule-months';
import { VERBS } from './split';
import { triggersSaid } from './trigger-said';

/**
 * Trigger clauses as writers outside the table say them (session 35), put in the forms the event shapes read. One
 * rule per form, over the verb that happens to the record, never a population's nouns:
 *   the user as actor     "when I mark a lead as lost"              → "when a lead is set to lost"
 *   contracted            "when a lead's created"                   → "when a lead is created"
 *                         "when a client's paid"                    → "when a client has paid"
 *   paid, by its verb     "whenever a stay is paid"                 → "whenever a stay invoice is paid"
 *                         "a payment for a stay is received"        → "a stay invoice is paid"
 *   webhooks as prose     "when Stripe tells us X was paid (webhook)", "our lock (Schlage) sends a webhook that …",
 *                         "we get a webhook from X every time …"    → "when a webhook from X arrives"
 *                         "Booking.com webhook"                     → "booking-com webhook"
 *   month-day lists       "Jan 1, Apr 1, Jul 1, Oct 1"              → "Jan 1, Apr 1, Jul 1 and Oct 1"
 *   fronted scope         "Only for invoices above $3k: when they go overdue" → "when an invoice above $3k goes overdue"
 * What a rule does not recognise stays as written, for the other readers to read or refuse.
 */

/** The words of statuses.ts LEAD_STATUS_WORDS, longest first (written out, so the ReDoS rule can analyse them). */
export const STATUS_WORDS =
  'paying customer|disqualified|closed lost|closed won|contacted|qualified|customers|converted|customer|churned|clients|client|closed|lost|dead|cold|won|new';
const WHEN = '(when(?:ever)?|if|once|as soon as|each time|every time|any ?time|after)';

/**
 * "when I mark a lead as lost", "if we move a patient's status to customer", "when I change the status of a lead to
 * qualified", "when I close a deal as won": the status the record is set to.
 */
const MARKED = new RegExp(
  String.raw`\b${WHEN}\s(?:i|we)\s(?:mark|set|move|change|switch|flag|update|turn|close)(?:s|d|ed)?\s(?:the\s(?:status|stage)\sof\s)?((?:a|an|the|any|one\sof\s${OUR_THE})\s(?:[a-z][\w-]*\s){0,2}?[a-z][\w-]*?(?:'s\sstatus)?)\s(?:as|to|into)\s(?:a\s|an\s)?(${STATUS_WORDS})(?![\w'-])`,
  'gi',
);

/** The record marked is one of our people or a deal ("a lead", "one of our members"): a widget or a booking has none. */
const PERSON_NOUN = new RegExp(`(?:^|\\s)(?:${PERSON}|${ROLE}|deals?|opportunit(?:y|ies))$`, 'i');

/** Words that name people: "'s" after them before a verb they do is "has" ("a client's paid"). */
const PERSON_HEAD =
  /^(?:lead|prospect|contact|customer|client|subscriber|member|donor|patient|student|pupil|buyer|seller|tenant|guest|parent|user|applicant|candidate|someone|somebody|person|caller|visitor|attendee)$/;
/** Participles only ever said of what is done to the subject: "'s" before them is "is". */
const DONE_TO =
  'created|added|imported|registered|entered|captured|saved|updated|marked|moved|set|changed|uploaded|scheduled|issued|confirmed|reserved|made|submitted|received|overdue|rescheduled|closed|archived|deleted';
/** Participles a person does as well as undergoes ("a guest's booked": has booked). */
const DONE_BY = 'paid|booked|cancell?ed|signed|sent|replied|responded|unsubscribed|churned|converted';
const DONE_BY_WORD = new RegExp(`^(?:${DONE_BY})$`, 'i');
const CONTRACTED = new RegExp(
  String.raw`\b((?:a|an|the|any|each|every|our|my|new)\s(?:new\s)?([a-z][\w-]*))'s\s(?=(${DONE_TO}|${DONE_BY})(?:\s*$|\s*[,.;:!?→>(-]|\s(?:to|as|in|into|on|for|by|from|via|through|and|then|with|at|out|up|off|or)\b|\s(?:${VERBS})\s))`,
  'gi',
);

/** What is paid for, in any trade: a booking's nouns and the names of a payment. */
const PAYABLE =
  "(?:bookings?|reservations?|stays?|rentals?|appointments?|sessions?|lessons?|class(?:es)?|consults?|consultations?|treatments?|visits?|tours?|trips?|jobs?|orders?|projects?|services?|repairs?|deposits?|retainers?|balances?|fees?|rent|dues|tuition|premiums?|instal?lments?|subscriptions?|memberships?|tickets?|packages?|courses?|charges?|tabs?)(?![\\w'-])";
/**
 * "a stay is paid", "the deposit gets paid in full", "each lesson is paid for", "a tenant's rent is paid", "the deposit for
 * a booking is paid": the invoice for it, paid.
 */
const PAID_BY_VERB = new RegExp(
  String.raw`\b((?:a|an|the|any|each|every|our|my|their)\s(?:new\s)?(?:[a-z][\w-]*'s\s)?)(${PAYABLE})(?:\sfor\s(?:a|an|the|their|each|every)\s[a-z][\w-]*)?\s(?:is|gets|got|has\sbeen|was)\s(?:paid|settled)(?:\sfor)?(?:\sin\sfull)?(?![\w'-])`,
  'gi',
);
/** "a deposit goes overdue", "the retainer is past due": the names of a payment only (a job that is late is no bill). */
const OVERDUE_BY_VERB =
  /\b((?:a|an|the|any|each|every|our|my|their)\s)(deposits?|retainers?|balances?|fees?|rent|dues|tuition|premiums?|instal?lments?|subscriptions?|charges?)\s(?:is|goes|gets|becomes|falls)\s(?:overdue|past\sdue)(?![\w'-])/gi;
/** "a payment for a stay is received", "payment for the job comes in": that invoice, paid. */
const PAYMENT_FOR = new RegExp(
  String.raw`\b(${ANY_A}\s)?(?:new\s)?payments?\s(?:for|on)\s(?:a|an|the|their|his|her|each|every|any)\s(${PAYABLE})\s(?:is\s|gets\s|has\sbeen\s|was\s)?(?:received|made|comes?\sin|came\sin|arrives?|goes\sthrough|cleared)(?![\w'-])`,
  'gi',
);

/** "a deposit comes in", "a retainer payment is received": a payment's name arriving is that invoice, paid. */
const PAYMENT_IN =
  /\b((?:a|an|the|any|each|every|our|my|their)\s(?:new\s)?)(deposits?|retainers?|balances?|fees?|rent|dues|tuition|premiums?|instal?lments?)(?:\spayments?)?\s(?:is\s|gets\s|has\sbeen\s)?(?:received|comes?\sin|came\sin|arrives?|clears?|cleared|goes\sthrough)(?:\sfor\s(?:a|an|the|their)\s[a-z][\w-]*)?(?![\w'-])/gi;
/** "when payment's received", "once the payment's cleared": a record's noun with no article, contracted. */
const BARE_CONTRACTED =
  /\b(payment|invoice|booking|deposit)'s\s(?=(?:received|paid|made|cleared|sent|cancell?ed|overdue)\b)/gi;
/** "when we get a new booking", "if we receive a reservation": a booking made. */
const WE_GET_BOOKING = new RegExp(
  String.raw`\b(?:we|i)\s(?:get|receive|have|got)\s(?:a|an|another)\s(?:new\s)?(${BOOKING_NOUN})(?![\w'-])(?!\s(?:with|from|for|about|at|on|in|request)\b)`,
  'gi',
);
/** "a booking request comes in", "an appointment request arrives": a booking requested. */
const BOOKING_REQUEST = new RegExp(
  String.raw`\b(${ANY_A}\s(?:new\s)?)(${BOOKING_NOUN})\srequests?\s(?:comes?\sin|came\sin|arrives?|lands?|is\sreceived)(?![\w'-])`,
  'gi',
);

/** "Booking.com webhook", "a webhook from cal.com": the sender's name with its dot as a hyphen. */
const DOTTED_SENDER =
  /\b([a-z0-9][\w-]*)\.(com|io|ai|co|net|org|app|me)\b(?=[^.!?]{0,120}\bwebhooks?\b)|(?<=\bwebhooks?\s(?:from|by)\s)([a-z0-9][\w-]*)\.(com|io|ai|co|net|org|app|me)\b/gi;
/** "when Stripe tells us a deposit was paid (webhook)", "once Airbnb lets us know via webhook". */
const TOLD_BY_WEBHOOK = new RegExp(
  String.raw`\b${WHEN}\s(?:our\s|the\s)?([a-z][\w-]*)\s(?:tells|notifies|informs|lets)\s(?:us|me)(?:\sknow)?(?:\s(?:that|about))?\s(?!(?:via|by|through|with|over|in|using)\b)[^,;.()"]{1,80}?\s?\(?(?:via|by|through|with|over|in)?\s?(?:a\s)?webhook\)?`,
  'gi',
);
/** "when our smart lock (Schlage) sends a webhook that the door was unlocked": the last word before the verb sends it. */
const SENDS_WEBHOOK = new RegExp(
  String.raw`\b${WHEN}\s(${OUR_THE}\s(?:[a-z][\w-]*\s){0,3}?)?\(?([a-z][\w-]*)\)?\s(?:sends|posts|fires)\s(?:us\s)?(?:a\s|an\s)?(?:${WEBHOOK_PAYLOAD}\s)?webhook(?:\s(?:that|saying|when(?:ever)?|every\stime|each\stime|about)\s[^,;.()"]{1,80}?)?(?=\s?[,;.]|\s?$|\s(?:->|→))`,
  'gi',
);
/** "we get a webhook from showingtime every time a showing is requested": the webhook is the trigger. */
const GET_WEBHOOK = new RegExp(
  String.raw`(^|[.!?]\s)(?:we|i)\s(?:get|receive)\s(?:a\s)?(?:${WEBHOOK_PAYLOAD}\s)?webhook\sfrom\s([a-z][\w-]*)\s(?:every\stime|each\stime|whenever|when)\s[^,;.()"]{1,80}?(?=\s?[,;.]|\s?$)`,
  'gi',
);

/**
 * "someone asks a question through the website chat form", "a customer requests a quote via our form": what is done
 * through a form is its submission. Not the verbs other events are read by (books, pays, cancels, signs up, is added).
 */
const THROUGH_FORM =
  /\b(someone|somebody|anyone|(?:a|an|the|any|each|every)\s(?:new\s)?[a-z][\w-]*)\s(?!(?:is|are|was|were|gets?|got|has|have|books?|booked|schedules?|reserves?|pays?|paid|cancels?|signs?|registers?|subscribes?|comes?|came)\b)[a-z][\w'-]*(?:\s(?!(?:through|via|using|and|then|when|if)\b)[a-z][\w'-]*){0,3}?\s(?:through|via|using)\s((?:the|our|a|an|their)\s(?:[a-z][\w-]*\s){0,3}?form)(?![\w'-])/gi;
/** "a guest email comes in": a message from one of our people arriving is an email received (no sender kind to test). */
const PERSON_EMAIL = new RegExp(
  String.raw`\b${ANY_A}\s(?:new\s)?(?:${PERSON}|${ROLE})\s(?:e-?mails?|messages?)\s(?=(?:comes?\sin|came\sin|arrives?|lands?|is\sreceived)\b)`,
  'gi',
);
/** "a guest emails a question": emails us one. */
const EMAILS_A_QUESTION = /\bemails\s(?=(?:a|an|some)\s(?:question|query|enquiry|inquiry|request)\b)/gi;

/** "the orders@ inbox (orders@pinewoodgoods.com)": an inbox named by its start, then its address; the address. */
const INBOX_NAMED = /\b(the|our|my)\s([\w.+-]+)@\s(inbox|mailbox)\s\(([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\)/gi;

/** "Jan 1, Apr 1, Jul 1, Oct 1": a list of days of the year with no "and" before its last. */
const MONTH_DAY = String.raw`${MONTH}\.?\s\d{1,2}${ORDINAL_SUFFIX}?`;
const MONTH_DAYS = new RegExp(String.raw`\b${MONTH_DAY}(?:,\s${MONTH_DAY})+\b(?!,?\s(?:and|&)\s)`, 'gi');

/** "Only for invoices above $3k: when they go overdue": the records the rule is for, then their event. */
const FRONTED_SCOPE =
  /^(?:but\s)?(?:only\s)?for\s(?:the\s|all\s)?(invoices|bills|payments|leads|bookings|deals|clients|customers)\s([^:;.]{3,80}?)\s?:\s?(when(?:ever)?|each\stime|every\stime|as\ssoon\sas|once)\s(?:they|those|these|it)\s([a-z]+)\b/i;
const singularVerb = (verb: string): string => {
  const v = verb.toLowerCase();
  if (v === 'are') return 'is';
  if (v === 'have') return 'has';
  if (v === 'were') return 'was';
  if (/(?:s|sh|ch|x|o)$/.test(v)) return `${verb}es`;
  if (/[^aeiou]y$/.test(v)) return `${verb.slice(0, -1)}ies`;
  return /ed$/.test(v) ? verb : `${verb}s`;
};

export const writersTriggers = (text: string): string =>
  triggersSaid(fileKindsSaid(text))
    .replace(MARKED, (m, when: string, who: string, status: string) =>
      PERSON_NOUN.test(who.replace(/'s\sstatus$/i, '')) ? `${when} ${who} is set to ${status}` : m,
    )
    .replace(CONTRACTED, (_m, subject: string, head: string, verb: string) =>
      PERSON_HEAD.test(head.toLowerCase()) && DONE_BY_WORD.test(verb) ? `${subject} has ` : `${subject} is `,
    )
    .replace(
      PAID_BY_VERB,
      (_m, det: string, noun: string) => `${det}${noun.replace(/s$/i, '')} invoice is paid`,
    )
    .replace(
      OVERDUE_BY_VERB,
      (_m, det: string, noun: string) => `${det}${noun.replace(/s$/i, '')} invoice is overdue`,
    )
    .replace(
      PAYMENT_IN,
      (_m, det: string, noun: string) => `${det}${noun.replace(/s$/i, '')} invoice is paid`,
    )
    .replace(BARE_CONTRACTED, '$1 is ')
    .replace(WE_GET_BOOKING, (_m, noun: string) => `a new ${noun.replace(/s$/i, '')} is made`)
    .replace(BOOKING_REQUEST, (_m, det: string, noun: string) => `${det}${noun} is requested`)
    .replace(
      PAYMENT_FOR,
      (_m, det: string | undefined, noun: string) =>
        `${det ?? 'a '}${noun.replace(/s$/i, '')} invoice is paid`,
    )
    .replace(DOTTED_SENDER, (_m, a?: string, b?: string, c?: string, d?: string) => `${a ?? c}-${b ?? d}`)
    .replace(
      TOLD_BY_WEBHOOK,
      (_m, when: string, sender: string) => `${when} a webhook from ${sender} arrives`,
    )
    // after "our smart lock" only a name (capitalised) is the sender: "our lock sends a webhook" names none
    .replace(SENDS_WEBHOOK, (m, when: string, device: string | undefined, sender: string) =>
      device && !/^[A-Z]/.test(sender) ? m : `${when} a webhook from ${sender} arrives`,
    )
    .replace(
      GET_WEBHOOK,
      (_m, start: string, sender: string) => `${start}When a webhook from ${sender} arrives`,
    )
    .replace(THROUGH_FORM, (_m, who: string, form: string) => `${who} submits ${form}`)
    .replace(INBOX_NAMED, (m, the: string, start: string, box: string, address: string) =>
      address.toLowerCase().startsWith(`${start.toLowerCase()}@`) ? `${the} ${address} ${box}` : m,
    )
    .replace(PERSON_EMAIL, 'an email ')
    .replace(EMAILS_A_QUESTION, 'emails us ')
    .replace(MONTH_DAYS, (m) => m.replace(/,\s(?=[^,]*$)/, ' and '))
    .replace(FRONTED_SCOPE, (_m, noun: string, qualifier: string, when: string, verb: string) => {
      const one = noun.replace(/ies$/i, 'y').replace(/s$/i, '');
      return `${when} ${/^[aeiou]/i.test(one) ? 'an' : 'a'} ${one} ${qualifier} ${singularVerb(verb)}`;
    });

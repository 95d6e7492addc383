import { alt, WEEKDAY_STEM } from './lexicon';

/**
 * The business's own nouns for its records, as trades say them (session 27): a salon's "colour appointment", a
 * garage's "car service", an estate agent's "viewing", a tutor's "trial lesson", a restaurant's "tasting", a
 * builder's "site visit", a photographer's "wedding" are bookings; a "job invoice" is an invoice; a gym's "member",
 * a clinic's "patient", a school's "student" are leads. Rules before lists: any head noun in a booking frame ("books
 * a X", "X is booked / scheduled / reserved") is a booking (`NOT_BOOKED` says which are never one); the list below is
 * only for the frames that do not say booking by themselves ("a tasting is confirmed", "a new viewing").
 */

/** Things a trade books that no other frame names: read as a booking where the verb alone would not say so. */
export const TRADE_BOOKING =
  '(?:viewings?|showings?|open houses?|tours?|show[- ]rounds?|(?:trial\\s+|private\\s+|driving\\s+|music\\s+|swimming\\s+)?(?:lessons?|class(?:es)?)|tastings?|test drives?|(?:site|home|house|property)\\s+visits?|inspections?|valuations?|fittings?|treatments?|massages?|facials?|haircuts?|manicures?|pedicures?|check-?ups?|checkups?|(?:car\\s+)?services?|repairs?|installs?|installations?|photoshoots?|(?:photo\\s+)?shoots?|weddings?|tutoring sessions?|cleans?|deep cleans?|cleanings?|jobs?|slots?|visits?)';

/**
 * Records that are never what is booked (the frame names another event or an action): "a payment is scheduled",
 * "an email is scheduled", "a report is scheduled"; what someone subscribes to or pays by ("cancels their sub", "their
 * class pass", "the direct debit"): cancelling one is no booking cancelled (no event of the catalogue says it).
 */
export const NOT_BOOKED =
  '(?:invoices?|bills?|payments?|emails?|e-mails?|messages?|repl(?:y|ies)|leads?|contacts?|notes?|tags?|tasks?|reminders?|reports?|summar(?:y|ies)|digests?|forms?|files?|documents?|workflows?|automations?|runs?|posts?|newsletters?|campaigns?|follow-?ups?|deals?|orders?|approvals?|webhooks?|subscriptions?|subs?|memberships?|accounts?|plans?|contracts?|renewals?|pass(?:es)?|direct debits?|debits?|standing orders?|retainers?|polic(?:y|ies)|licen[cs]es?|pledges?|donations?)';

/**
 * What someone joined, arrived at or signed up for, said after the verb ("joins the call", "arrives at reception",
 * "registers for the summer camp"): no record keeps it, so read as joining it would start on every new lead. Joining
 * the list, the club, the site or the app is becoming a lead, and passes.
 */
const JOINED_PLACE = `(?:newsletter|mailing\\s+list|e-?mail\\s+list|list|updates|e-?mails|waiting\\s?list|waitlist|club|membership|website|site|account|portal|app|platform|online|gym|studio|community|weekends?|weekdays?|${WEEKDAY_STEM}days?|mornings?|afternoons?|evenings?|nights?|days?|weeks?|months?|holidays?)(?![\\w'-])`;
const JOINED_DET = '(?:the|our|a|an|my|their|your|this|that|his|her)\\s+';
const JOINED_PREP = '(?:for|onto|on|in|into|to|at)\\s+';
/** "registers for the open day", "arrives at reception": what was joined, after a preposition. */
export const JOINED_AT = `(?:${JOINED_PREP}(?!(?:${JOINED_DET})?${JOINED_PLACE})(?=[a-z]))`;
/** "joins the call", "enters the clinic": also said as the verb's object. */
export const JOINED_OBJECT = `(?:${JOINED_AT}|${JOINED_DET}(?!${JOINED_PLACE}))`;

/**
 * Words that end a noun phrase: joints, prepositions, the copula, pronouns (not "in-store", "on-site"); a name said
 * after it ("an appointment titled Euthanasia") is a test of the booking's title, never part of what is booked.
 */
const STOP =
  '(?!(?:and|or|then|with|for|through|via|on|at|in|from|to|by|online|if|when|but|so|that|who|which|is|are|was|were|gets?|got|has|have|had|it|them|us|me|him|her|please|pls|kindly|also|just|ping|notify|alert|tell|send|post|remind|add|create|titled|called|named|labell?ed)(?![\\w-]))';

/**
 * A noun phrase of one to three words ending in a head noun that is not another record ("a site visit", "a car
 * service", "the deep clean", "a table"): what a booking frame books. Never the first words of another record's
 * name ("their gym membership", "a class pass").
 */
export const BOOKED_THING = `(?:${STOP}[a-z0-9][\\w'-]*\\s+){0,2}(?!${NOT_BOOKED}(?![\\w'-]))${STOP}[a-z][\\w'-]*(?![\\w'-])(?!\\s+${NOT_BOOKED}(?![\\w'-]))`;

/**
 * People as the business calls them: leads in the CRM whatever the trade ("a new patient", "each member", "every
 * buyer"). The catalogue keeps them all as leads.
 */
export const PERSON =
  '(?:leads?|prospects?|contacts?|customers?|clients?|subscribers?|members?|donors?|supporters?|sponsors?|famil(?:y|ies)|households?|guardians?|patients?|students?|pupils?|buyers?|sellers?|vendors?|tenants?|landlords?|homeowners?|diners?|guests?|parents?|learners?|trainees?|athletes?|player|couple|bride|camper|rider|users?|applicants?|candidates?|cands?|registrants?)';

/** PERSON in the plural only ("the tenants tagged x", "our customers"): a list of them, never one. */
export const PERSON_PLURAL =
  '(?:leads|prospects|contacts|customers|clients|subscribers|members|donors|supporters|sponsors|families|households|guardians|patients|students|pupils|buyers|sellers|vendors|tenants|landlords|homeowners|diners|guests|parents|learners|trainees|athletes|users|applicants|candidates|cands|registrants)';

/** Words before a person that describe every such person, never a kind of them to test ("a new patient"). */
export const ANY_PERSON = new RegExp(
  `^${alt('newness', 'likelihood', 'ours', '+first-time', '+brand-new', '+another')}$`,
);

/**
 * What an invoice is for, said before it ("a donation invoice", "their subs invoice", "the membership renewal
 * invoice"): a noun by its ending (-tion, -ment, -ship, -al, -ance) or one of the few with none. Parts of a payment
 * ("deposit", "final", "interim") are never one: they pick some invoices out, and an invoice records no part.
 */
export const PURPOSE_WORD =
  "(?!(?:deposit|final|initial|interim|partial|additional|advance|upfront|balance|remaining|instal?lment|milestone|retainer|annual|special|personal|original|external|internal|manual|rental)(?![\\w'-]))(?:[a-z]{3,}(?:tion|sion|ment|ship|ance|ence|al)|subs|dues|fees?|rent|gift|tuition|camp|trip|course|ticket|kit|uniform)(?![\\w'-])";

/**
 * Words before a record that pick some of them out by place, size, period or standing (session 30): "a final
 * invoice", "the big ones", "a monthly invoice". Nothing on the record says these, so they are refused, quoted; any
 * other word before the noun is the business's own name for all such records ("placement invoice", "deposit
 * invoice", "sponsor invoice").
 */
export const PICKING_WORD =
  "(?:final|initial|first|second|third|last|next|previous|interim|partial|remaining|additional|extra|big|bigger|biggest|large|larger|largest|small|smaller|high|low|annual|monthly|weekly|quarterly|yearly|recurring|one-off|special|urgent|important|disputed|old|older|recent|latest|this|that|same|certain|some|specific)(?![\\w'-])";

/** An invoice's state, which the condition and wait readers test or refuse ("an overdue invoice is paid"). */
export const INVOICE_STATE_WORD =
  "(?:overdue|unpaid|paid|open|draft|outstanding|late|past-due|pending|due|sent|issued|cancell?ed|void(?:ed)?)(?![\\w'-])";

/** The business's own name for every invoice, before the noun: any word that neither picks some out nor says a state. */
export const INVOICE_NAME = `(?!${PICKING_WORD}|${INVOICE_STATE_WORD})[a-z][\\w'-]*`;

/**
 * A report of the business's activity by its trade's names (a summary, a recap, the daily wrap-up, a round-up, a
 * digest, a rundown, a briefing), for the readers that restate where a report goes or what is saved.
 */
export const REPORT_WORD = '(?:report|summary|recap|digest|overview|rundown|round-?up|wrap-?up|briefing)';

/**
 * What a trade calls the money an invoice asks for (session 44): "rent", "the deposit", "the balance", "school fees",
 * "an instalment", "the bond" (a letting agent's deposit), "subs". Said with a payment's verb ("rent goes overdue",
 * "the deposit comes in", "fees are paid") it is that invoice's event; the catalogue keeps them all as invoices. Not
 * "payment", which events.ts reads with its own words (a failed, partial or first payment is never one paid).
 */
export const MONEY_NOUN =
  '(?:rent|deposits?|balances?|fees?|instal?ments?|dues|subs|tuition|retainers?|premiums?|levy|levies|bonds?|charges?)';

/** Forms by their role in a trade: an application, an RSVP, a timesheet, a sign-up sheet, a waiver, a survey. */
export const FORM_NOUN =
  '(?:forms?|surveys?|questionnaires?|applications?|rsvps?|timesheets?|time\\s+sheets?|sign-?up\\s+sheets?|waivers?|submissions?)';

/** Bookings by their role in a trade (an interview, a consult, a screening, a viewing): what calendar events are. */
export const BOOKING_NOUN = `(?:interviews?|consults?|consultations?|screenings?|auditions?|assessments?|appointments?|sessions?|calls?|meetings?|bookings?|reservations?|shifts?|${TRADE_BOOKING})`;

/**
 * People by their role in a trade that the CRM keeps as leads too, beyond PERSON (session 30): "an exhibitor", "a
 * couple", "a new hire", "a new starter", "a delegate". Not in PERSON, which also says who is never one of ours to
 * remind: a volunteer or a new starter can be either.
 */
export const ROLE =
  '(?:couples?|exhibitors?|attendees?|participants?|delegates?|starters?|hires?|joiners?|brides?|grooms?|volunteers?|visitors?|residents?|renters?|hirers?|bookers?|enquirers?|inquirers?|employees?|trainees?|interns?|recruits?|players?|riders?|campers?|travell?ers?|passengers?|owners?|speakers?|artists?|performers?|entrants?|nominees?|referrals?)';

/**
 * The record's person in a trade's own word, beyond PERSON (session 42): whom a message to "the player", "the rider",
 * "the attendee" goes to, never one of ours. Only words no business uses for its staff (not "volunteer", "owner",
 * "driver", "starter": those can be either and decide nothing).
 */
export const THEIR_PERSON =
  '(?:players?|riders?|campers?|couples?|attendees?|participants?|delegates?|brides?|visitors?|residents?|renters?|hirers?|bookers?|enquirers?|inquirers?|travell?ers?|passengers?|entrants?|swimmers?|golfers?|patrons?|occupants?|shoppers?|policyholders?|claimants?|borrowers?|invitees?|callers?|respondents?|submitters?|senders?|signers?|kids?|child|children|juniors?)';

/** "a VIP", "one of our regulars", "a repeat customer": people, not where they came from ("a customer referral" is). */
export const PEOPLE_NOT_SOURCE = new RegExp(
  `^(?:(?:an?|one\\s+of|1\\s+of|some|any)\\s+)?(?:(?:our|the|my|their)\\s+)?(?:${alt('custom', '+old')}\\s+)?(?:vips?|regulars?|${PERSON})\\b(?!\\s+(?:referrals?|ads?|campaigns?|events?|forms?|portal|lists?|e-?mails?|newsletters?)\\b)`,
  'i',
);

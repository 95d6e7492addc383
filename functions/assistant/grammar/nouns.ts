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
  '(?:viewings?|showings?|open houses?|tours?|(?:trial\\s+|private\\s+|driving\\s+|music\\s+|swimming\\s+)?(?:lessons?|class(?:es)?)|tastings?|test drives?|(?:site|home|house|property)\\s+visits?|inspections?|valuations?|fittings?|treatments?|massages?|facials?|haircuts?|manicures?|pedicures?|check-?ups?|checkups?|(?:car\\s+)?services?|repairs?|installs?|installations?|photoshoots?|(?:photo\\s+)?shoots?|weddings?|tutoring sessions?|cleans?|deep cleans?|cleanings?|jobs?|slots?|visits?)';

/**
 * Records that are never what is booked (the frame names another event or an action): "a payment is scheduled",
 * "an email is scheduled", "a report is scheduled".
 */
export const NOT_BOOKED =
  '(?:invoices?|bills?|payments?|emails?|e-mails?|messages?|repl(?:y|ies)|leads?|contacts?|notes?|tags?|tasks?|reminders?|reports?|summar(?:y|ies)|digests?|forms?|files?|documents?|workflows?|automations?|runs?|posts?|newsletters?|campaigns?|follow-?ups?|deals?|orders?|approvals?|webhooks?|subscriptions?|memberships?|accounts?|plans?|contracts?|renewals?)';

/**
 * What someone joined, arrived at or signed up for, said after the verb ("joins the call", "arrives at reception",
 * "registers for the summer camp"): no record keeps it, so read as joining it would start on every new lead. Joining
 * the list, the club, the site or the app is becoming a lead, and passes.
 */
const JOINED_PLACE =
  "(?:newsletter|mailing\\s+list|e-?mail\\s+list|list|updates|e-?mails|waiting\\s?list|waitlist|club|membership|website|site|account|portal|app|platform|online|gym|studio|community|weekends?|weekdays?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mornings?|afternoons?|evenings?|nights?|days?|weeks?|months?|holidays?)(?![\\w'-])";
const JOINED_DET = '(?:the|our|a|an|my|their|your|this|that|his|her)\\s+';
const JOINED_PREP = '(?:for|onto|on|in|into|to|at)\\s+';
/** "registers for the open day", "arrives at reception": what was joined, after a preposition. */
export const JOINED_AT = `(?:${JOINED_PREP}(?!(?:${JOINED_DET})?${JOINED_PLACE})(?=[a-z]))`;
/** "joins the call", "enters the clinic": also said as the verb's object. */
export const JOINED_OBJECT = `(?:${JOINED_AT}|${JOINED_DET}(?!${JOINED_PLACE}))`;

/** Words that end a noun phrase: joints, prepositions, the copula, pronouns. */
const STOP =
  '(?!(?:and|or|then|with|for|through|via|on|at|in|from|to|by|online|if|when|but|so|that|who|which|is|are|was|were|gets?|got|has|have|had|it|them|us|me|him|her|please|pls|kindly|also|just|ping|notify|alert|tell|send|post|remind|add|create)\\b)';

/**
 * A noun phrase of one to three words ending in a head noun that is not another record ("a site visit", "a car
 * service", "the deep clean", "a table"): what a booking frame books.
 */
export const BOOKED_THING = `(?:${STOP}[a-z0-9][\\w'-]*\\s+){0,2}(?!${NOT_BOOKED}(?![\\w'-]))${STOP}[a-z][\\w'-]*(?![\\w'-])`;

/**
 * People as the business calls them: leads in the CRM whatever the trade ("a new patient", "each member", "every
 * buyer"). The catalogue keeps them all as leads.
 */
export const PERSON =
  '(?:leads?|prospects?|contacts?|customers?|clients?|subscribers?|members?|donors?|supporters?|sponsors?|famil(?:y|ies)|households?|guardians?|patients?|students?|pupils?|buyers?|sellers?|vendors?|tenants?|landlords?|homeowners?|diners?|guests?|parents?|learners?|trainees?|athletes?|users?|applicants?|candidates?|registrants?)';

/** Words before a person that describe every such person, never a kind of them to test ("a new patient"). */
export const ANY_PERSON =
  /^(?:new|fresh|incoming|inbound|potential|prospective|possible|first-time|brand-new|another|our|my)$/;

/**
 * What an invoice is for, said before it ("a donation invoice", "their subs invoice", "the membership renewal
 * invoice"): a noun by its ending (-tion, -ment, -ship, -al, -ance) or one of the few with none. Parts of a payment
 * ("deposit", "final", "interim") are never one: they pick some invoices out, and an invoice records no part.
 */
export const PURPOSE_WORD =
  "(?!(?:deposit|final|initial|interim|partial|additional|advance|upfront|balance|remaining|instal?lment|milestone|retainer|annual|special|personal|original|external|internal|manual|rental)(?![\\w'-]))(?:[a-z]{3,}(?:tion|sion|ment|ship|ance|ence|al)|subs|dues|fees?|rent|gift|tuition|camp|trip|course|ticket|kit|uniform)(?![\\w'-])";

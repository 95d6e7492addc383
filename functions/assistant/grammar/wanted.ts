/**
 * A notification said as what someone wants, as office staff write for their boss, put in the imperative:
 *   "our director would like a message in #leads"  → "post a message in #leads"
 *   "she wants an email about it"                   → "notify me by email" (the person the request is written for)
 *   "the boss wants to be told by email"             → "notify the boss by email"
 *   "Anna wants a Slack message"                     → "notify Anna by slack"
 * Only a notification is read this way (a message, an email, an alert, a heads-up, being told); "the customer wants a
 * refund" is left for the grammars to refuse. Never inside a clause opened by "if", "when", … (a condition).
 */

const WHO =
  "(i|we|she|he|(?:the|our|my|his|her)\\s(?:[a-z]+\\s)?(?:team|manager|boss|owner|department|rep|director|md|ceo|founder|head|accountant|supervisor|partner|principal|doctor|gm|lead)|(?:mr|mrs|ms|dr)\\.?\\s[a-z][a-z'-]+|[a-z][a-z'-]+)";

const WANT =
  "\\s(?:wants?|would\\slike|'d\\slike|would\\slove|needs?|expects?|likes?|is\\sexpecting|prefers?)\\s";

const BY = '(?:\\s(?:by|via|on|over)\\s(email|e-mail|mail|slack))?';

const WHAT = `(?:to\\s(?:get|receive|have|see)\\s)?(?:an?\\s|one\\s)?(?:quick\\s|short\\s)?(?:(slack|email|e-mail|text)\\s)?(?:message|notification|alert|ping|heads[- ]up|dm|email|mail|e-mail|note)(?:\\sabout\\s(?:it|this|that|them))?(?:\\s(?:in|on|to)\\s(#[\\w-]+))?${BY}`;

const TOLD = `to\\sbe\\s(?:told|notified|informed|alerted|pinged|emailed|kept\\sin\\sthe\\sloop)${BY}`;

const WANTED = new RegExp(
  `(^|[.!?;:,]\\s+|\\s(?:and|then)\\s+)${WHO}${WANT}(?:${WHAT}|${TOLD})(?![\\w-])(?!\\s(?:sent|to\\s(?:go|be)|going|posted|delivered|to\\s(?:them|him|her|the|each|every|all|new|any|our|a|an)\\b))`,
  'gi',
);

/** "I want an email sent to them", "we need a reminder to go out to each new lead": what is sent, and to whom. */
const SENT = new RegExp(
  `(^|[.!?;:,]\\s+|\\s(?:and|then)\\s+)(?:i|we)${WANT}(an?\\s(?:[a-z-]+\\s){0,2}?(?:e-?mail|message|reminder|note|text|follow-up|follow\\sup))\\s(?:(?:to\\sbe\\s)?(?:sent|to\\sgo\\sout|going\\sout|sent\\sout)\\s)?(?=to\\s(?:them|him|her|the|each|every|all|new|any|our)\\b)`,
  'gi',
);

const OPENED =
  /\b(?:if|when|whenever|unless|once|until|till|while|as soon as|after|before|in case|provided|whether|where|who|which|that)\b[^,.;:!?→]*$/i;

/** Words that are not a person for "X wants …" ("the customer wants", "everyone needs"): left as said. */
const NOT_A_PERSON =
  /^(?:customer|client|lead|prospect|contact|user|everyone|everybody|nobody|it|they|this|that)s?$/i;

export const wanted = (text: string): string =>
  text
    .replace(SENT, (m, start: string, what: string, at: number, all: string) =>
      OPENED.test(all.slice(0, at + start.length)) ? m : `${start}send ${what} `,
    )
    .replace(
      WANTED,
      (
        m,
        start: string,
        who: string,
        via1: string | undefined,
        channel: string | undefined,
        via2: string | undefined,
        via3: string | undefined,
        at: number,
        all: string,
      ) => {
        if (OPENED.test(all.slice(0, at + start.length))) return m;
        const name =
          /^(?:mr|mrs|ms|dr)\b|^[A-Z]/.test(who) || /\s/.test(who) || /^(?:i|we|she|he)$/i.test(who);
        if (!name || NOT_A_PERSON.test(who)) return m;
        if (channel) return `${start}post a message in ${channel}`;
        const via = (via1 ?? via2 ?? via3 ?? '').toLowerCase();
        const by = via ? ` by ${via.startsWith('s') ? 'slack' : 'email'}` : '';
        const whom = /^(?:i|we|she|he)$/i.test(who) ? 'me' : who.replace(/^(mr|mrs|ms|dr)\.\s/i, '$1 ');
        return `${start}notify ${whom}${by}`;
      },
    );

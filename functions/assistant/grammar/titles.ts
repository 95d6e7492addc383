import { EVERY_OUR, NEWNESS } from './lexicon';
import { VERBS } from './split';

export { titled } from './titled';

/**
 * Requests written like template titles, whose trigger is the object of the first verb and is not called "new":
 *   "Tag leads from LinkedIn as social"      → "When new leads from LinkedIn come in, tag them as social"
 *   "Add Typeform submissions to the CRM"    → "When new Typeform submissions come in, add them to the CRM"
 *   "Thank customers who pay their invoice"  → "When customers pay their invoice, thank them"
 * Read only when a request names no trigger at all (parser.ts tries it second), so it never overrides one.
 */

/** The nouns a title's object can be. */
const NOUN =
  '((?:failed|broken|completed|finished) (?:workflows?|runs?|automations?|jobs?)|(?:[a-z]+\\s)?(?:bookings?|meetings?|appointments?|demos?|calls?|consultations?|reservations?|form submissions?|submissions?|form entries|form entry|entries|entry|responses?|forms?|surveys?|applications?)|leads?|prospects?|contacts?|subscribers?|registrants?|enquiries|inquiries|sign-?ups?|customers?|clients?|users?|members?|patients?|students?|registrations?|buyers?|invoices?|bills?|payments?|files?|documents?|uploads?|attachments?|contracts?|pdfs?|emails?|replies|reply|messages?)';

/** The verb that says one arrived, by the noun's last word (plural, singular). */
const ARRIVALS: readonly [RegExp, string, string][] = [
  [
    /(?:bookings?|meetings?|appointments?|demos?|calls?|consultations?|reservations?)$/i,
    'are booked',
    'is booked',
  ],
  [/(?:invoices?|bills?)$/i, 'are created', 'is created'],
  [/payments?$/i, 'are received', 'is received'],
  [/(?:files?|documents?|uploads?|attachments?|contracts?|pdfs?)$/i, 'are uploaded', 'is uploaded'],
];

/** What a title's subject may carry: its source, its size, its tag. */
const QUAL =
  '((?:\\s(?:from|via|through)\\s(?:(?:a|an|the|our)\\s)?[\\w.-]+(?:\\s(?:ads|forms?|campaigns?|pages?))?|\\s(?:(?:worth|valued at)(?:\\s(?:over|above|more than|at least|under|below|less than))?|over|above|under|below|more than|less than|bigger than)\\s[$€£]?\\d[\\d,.]*\\s?(?:k|m)?(?:\\s(?:dollars|euros|eur|usd|gbp|pounds))?|\\stagged\\s(?:as\\s)?[\\w-]+|\\s(?:mentioning|containing|about|that mention|that contain|with the word)\\s(?:"[^"]{1,60}"|[\\w-]+)))?';

const TITLE = new RegExp(
  `^((?:(?:please|then|also|and|just)\\s)*(?:${VERBS}))s?\\s(?:(?:all|any|every|each|our|the|incoming)\\s)?(?:${NEWNESS}\\s)?${NOUN}${QUAL}(?![\\w'-])`,
  'i',
);

const RELATIVE = new RegExp(
  `^((?:(?:please|then|also|and|just)\\s)*(?:${VERBS}))s?\\s((?:${EVERY_OUR}\\s)?${NOUN})\\s(?:who|that|which)\\s([^,.;!?]{3,80})`,
  'i',
);

/** "Create a lead for every form submission", "Notify the team about leads worth over 5k": the noun after the object. */
const PREPOSED = new RegExp(
  `^((?:(?:please|then|also|and|just)\\s)*(?:${VERBS}))s?(\\s[^,.;!?]{0,40}?)?\\s(for|from|about|to|on|with|of|into|in)\\s((?:${EVERY_OUR}\\s)?(?:${NEWNESS}\\s)?${NOUN}${QUAL})(?:\\s(?:who|that|which)\\s([^,.;!?]{3,80}))?(?![\\w'-])`,
  'i',
);

/** "new leads", or for runs that failed, the runs themselves ("workflows fail"). */
const subjectOf = (noun: string): string =>
  /^(?:failed|broken|completed|finished)\s/i.test(noun) ? noun.replace(/^\S+\s/, '') : `new ${noun}`;

const arrivalOf = (noun: string): string => {
  const run = /^(failed|broken|completed|finished)/i.exec(noun);
  if (run?.[1]) return /^(?:failed|broken)$/i.test(run[1]) ? 'fail' : 'complete';
  const plural = /(?:s|ies)$/i.test(noun);
  for (const [re, many, one] of ARRIVALS) if (re.test(noun)) return plural ? many : one;
  return plural ? 'come in' : 'comes in';
};

/**
 * "the client who booked a call", "customers who have paid": what happened before names some people, it is never
 * the event a rule starts on (that is said in the present: "clients who book a call").
 */
const PAST =
  /^(?:(?:just|already)\s+)?(?:(?:has|have|had)\s+\w+|(?!(?:need|feed|speed|proceed|succeed|exceed|bleed|breed|seed|heed)\b)\w+ed|paid|came|sent|got|made|did|went|left|gave|took|bought|wrote|was|were)\b/i;

/** The request rewritten with its object as the trigger, in the order to try them (none when it is not a title). */
export const asTitle = (text: string): string[] => {
  const tries: (string | undefined)[] = [];
  const relative = RELATIVE.exec(text);
  // "Email the client who booked a call", "the tenant who filled in the form": no title reading starts on an event
  const who = /\b(?:who|that)\s+([^,.;!?]{3,80})/i.exec(text);
  if (who?.[1] && PAST.test(who[1])) return [];
  if (relative?.[1] && relative[2] && relative[4]) {
    const negative = /\b(?:not|never|no)\b|n't\b/i.test(relative[4]);
    const rest = text.slice(relative[0].length);
    tries.push(
      `${negative ? 'If' : 'When'} ${relative[2]} ${relative[4].trim()}, ${relative[1]} them${rest}`,
    );
  }
  const m = TITLE.exec(text);
  if (m?.[1] && m[2])
    tries.push(
      `When ${subjectOf(m[2])}${m[3] ?? ''} ${arrivalOf(m[2])}, ${m[1]} them${text.slice(m[0].length)}`,
    );
  tries.push(preposed(text));
  return tries.filter((t): t is string => t !== undefined);
};

const preposed = (text: string): string | undefined => {
  const m = PREPOSED.exec(text);
  if (!m?.[1] || !m[3] || !m[4] || !m[5]) return undefined;
  const keep = /^(?:to|on|into|in|with|of)$/i.test(m[3]) ? ` ${m[3]} them` : '';
  const act = `${m[1]}${m[2] ?? ''}${keep}${text.slice(m[0].length)}`;
  if (m[7]) {
    if (PAST.test(m[7])) return undefined;
    const negative = /\b(?:not|never|no)\b|n't\b/i.test(m[7]);
    return `${negative ? 'If' : 'When'} ${m[4]} ${m[7].trim()}, ${act}`;
  }
  const subject = /^(?:new|incoming|fresh|inbound)\s/i.test(m[4])
    ? m[4]
    : subjectOf(m[4].replace(/^(?:all|any|every|each|our|the)\s/i, ''));
  return `When ${subject} ${arrivalOf(m[5])}, ${act}`;
};

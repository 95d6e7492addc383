import { PERSON_PLURAL, PICKING_WORD } from './nouns';
import { VERBS } from './split';

/**
 * A chain of branches said short (session 36): "if source is google send the google coupon email, if it's yelp send
 * the yelp one", "source instagram → send the insta promo email, source google → the google one". Said again in full
 * so that each branch is read as its own test and step, never dropped:
 *   "if it's yelp" after "if source is google"  → "if source is yelp" (the field of the test before, one word or
 *                                                 quoted: "if 'service' is banners …, if it's signage";
 *                                                 "and their source is Airbnb, …; if it's direct" too)
 *   "the yelp one" after "send the … email"     → "the yelp email" ("→ the google one": "→ send the google email"),
 *                                                 a kind in up to three words too ("the adult program one")
 * "the first one", "the other one", "this one" are not a kind said short and stay as written.
 */

const FIELD_TEST =
  /\b((?:if|and|where|with)\s+(?:the\s+|their\s+|its\s+)?(?:lead's\s+)?(?:source|status|stage|'[^']{1,30}'|"[^"]{1,30}")\s+(?:is|=)\s+)[a-z][\w-]*/gi;
const IT_IS = /\bif\s+it(?:'s|\s+is)\s+([a-z][\w-]*)\b(?!\s*(?:'s|-))/gi;
/** Words after "it's" that are no value of a field: a comparison, an article, a state said of the record. */
const NOT_A_VALUE =
  /^(?:not|over|under|above|below|more|less|at|in|on|from|for|by|a|an|the|still|already|been|paid|unpaid|overdue|late|due|over|done|there|here|true|false|yes|no|big|small|high|low|urgent|important)$/i;

const SENT =
  /\b(send|email|e-mail|text|post|mail)\s+(?:them\s+|him\s+|her\s+)?(?:the|a|an|our)\s+(?:[\w'-]+\s+){0,4}?(emails?|messages?|texts?|letters?|notes?)\b/gi;
/** A kind said in one to three words ("the yelp one", "the adult program one"), none of them a picking word. */
const KIND_WORD = String.raw`(?!(?:other|same|right|wrong|only|${PICKING_WORD})\s)[a-z][\w'-]*`;
const ONE = new RegExp(
  String.raw`(→|->|=>)?( {0,3})\b(the|a) ((?:${KIND_WORD} ){0,2}${KIND_WORD}) one\b(?! of\b)`,
  'gi',
);

/** The other side of an amount said as the records left ("anything smaller", "the cheaper ones"). */
const SMALLER =
  '(?:smaller|lower|cheaper|less|under\\s+that|below\\s+that|bigger|larger|higher|over\\s+that|above\\s+that)';
/**
 * "Other new clients just get the normal welcome email", "Everyone else gets our standard welcome", "…, anyone else
 * gets the usual reminder", "anything smaller just gets the
 * brochure mail": the other branch of the test before, said of the people it leaves out, as "Otherwise send
 * them …"; an "otherwise" with no test before
 * it is refused, as ever. Only a message is got this way ("other clients get tagged cold" stays as written).
 */
const OTHERS_GET = new RegExp(
  String.raw`(^|[.!;,]\s+)(?:(?:all\s+)?(?:the\s+)?(?:other|remaining)\s+(?:new\s+)?${PERSON_PLURAL}|every(?:one|body|thing)\s+else|any(?:one|body|thing)\s+(?:else|${SMALLER})|(?:the\s+)?(?:other|${SMALLER})\s+ones|the\s+rest(?:\s+of\s+them)?|otherwise)\s+(?:just\s+|simply\s+|only\s+)?(?:gets?|receives?)\s+(?=(?:the|a|an|our|your|my)\s+(?:[\w'-]+\s+){0,4}?(?:(?:e-?)?mails?|messages?|texts?|letters?|welcome|coupon|offer|reminders?|confirmations?|thank[- ]?yous?|nudges?|follow[- ]?ups?|newsletters?|invit(?:e|ation)s?)\b)`,
  'gi',
);

const sentenceBefore = (text: string, at: number): string =>
  text
    .slice(0, at)
    .split(/[.!?\n]/)
    .at(-1) ?? '';

/**
 * A test asked as a question with its action after it (session 43): "no email on it? tell the office to chase it. has
 * an email? send the confirmation", "over 30 days overdue? tell Mark" are "if there's no email on it, …", "if it has an
 * email, …", "if over 30 days overdue, …". Only after the request's first words ("new appointment booked? drop it in
 * #diary" is its trigger); questions to us ("can you …?", "what …?"), with no action after them, "is it …?", and a
 * state awaited ("not paid by then?", "haven't booked?": waits-said.ts) stay.
 */
const ASKED_TEST = new RegExp(
  String.raw`([.!;:]\s+|\s(?:[-–—→]|->|=>)\s)(?!(?:can|could|would|will|how|what|why|where|who|which|when|whenever|should|shall|may|might|do|does|did|is|are|am|if|right|ok|okay|so|thoughts|questions?|sound|make|got|haven't|hasn't|didn't|don't|doesn't|still|not\s+(?:paid|booked|replied|answered|confirmed|signed|back)|no\s+(?:reply|response|answer|payment|booking))\b)([a-z](?:(?!\s-\s)[^.?!:;\n→—–>]){0,50}?)\?\s+(?=(?:${VERBS})\b)`,
  'gi',
);
const askedTest = (_all: string, at: string, test: string): string => {
  const said = /^no\s/i.test(test) ? `there's ${test}` : test.replace(/^(?:has|have)\s/i, 'it has ');
  return `${at}if ${said}, `;
};

/**
 * "if the customer is the council DONT chase, just flag it to Brendan": in a branch, the step said not to happen is
 * the one the other branch does; what the branch does is the step after "just" (or "only", "instead"). Only a step of
 * ours, never said of them ("if they don't reply within 3 days, just send it again" is a wait).
 */
const NOT_THIS_BUT = new RegExp(
  String.raw`(\b(?:if|otherwise|else)\b[^.;!?]{0,80}?\s)(?<!\b(?:they|he|she|it|we|you|i|who|people|clients|customers|leads|parents|students)\s)(?:don't|dont|do\s+not|never)\s+(?:chase|send|email|remind|notify|tell|text|call|ping|invoice|bill|charge|add|tag|mark|contact|message|post|book|schedule|forward|nudge|follow\s+up)\b[^,.;!?]{0,40}?\s?[,-]\s*(?:but\s+)?(?:just|only|instead|rather)\s+(?=(?:${VERBS})\b)`,
  'gi',
);

/**
 * "if the reason mentions 'passed away' just add a note, DON'T send the rebook email. anything else send the rebook
 * email", "if the company has council in the name dont send the auto email, notify Priya instead. everyone else gets
 * the auto email": in a branch, a step said not to happen that the request does say later (the other branch's step),
 * or with a step done "instead" after it, says only what the branch leaves out, never a contradiction: it goes.
 */
const NOT_THIS_STEP =
  /(\b(?:if|unless)\s[^.;!?]{3,120}?)(?:\s?,\s?|\s)(?:but\s|and\s)?(?:don't|dont|do\snot|never)\s(?:send|email|give|add|post|book|schedule|forward|tag)\s(?:(?:them|him|her)\s)?(?:the|a|an|our|any)\s((?:[\w'-]+\s){0,3}?[\w'-]+)(?=(\s?,\s?)|\s?[.;!?]|\s?$)/gi;
/** ", tell Sam instead": the step after it is done in its place. */
const INSTEAD_NEXT = /^\s?,\s?[^.;!?,]{3,60}?\s(?:instead|rather)\b/i;
const notThisStep = (all: string, test: string, step: string, _comma: string, at: number, whole: string) => {
  const after = whole.slice(at + all.length);
  return after.toLowerCase().includes(step.toLowerCase()) || INSTEAD_NEXT.test(after) ? test : all;
};

export const branchesSaidInFull = (text: string): string =>
  text
    .replace(ASKED_TEST, askedTest)
    .replace(NOT_THIS_BUT, '$1')
    .replace(NOT_THIS_STEP, notThisStep)
    // ("skip the walk-ins (source walk-in), everyone else gets …": the skip's own other branch, routing-said.ts)
    .replace(OTHERS_GET, (all, at: string, i: number, whole: string) =>
      at.includes(',') && /\bskip\b/i.test(sentenceBefore(whole, i))
        ? all
        : `${at}${at.includes(',') ? 'otherwise' : 'Otherwise'} send them `,
    )
    .replace(IT_IS, (all, value: string, at: number, whole: string) => {
      const test = [...sentenceBefore(whole, at).matchAll(FIELD_TEST)].at(-1);
      return test?.[1] && !NOT_A_VALUE.test(value)
        ? `${test[1].replace(/^(?:and|where|with)\b/i, 'if')}${value}`
        : all;
    })
    .replace(
      ONE,
      (all, arrow: string | undefined, gap: string, _a: string, kind: string, at: number, whole: string) => {
        const sent = [...sentenceBefore(whole, at).matchAll(SENT)].at(-1);
        if (!sent?.[1] || !sent[2]) return all;
        const noun = sent[2].toLowerCase();
        return arrow
          ? `${arrow}${gap}${sent[1].toLowerCase()} the ${kind} ${noun}`
          : `${gap}the ${kind} ${noun}`;
      },
    );

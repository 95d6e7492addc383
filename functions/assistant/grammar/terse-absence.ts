import { CRM_PEOPLE } from './lexicon';

/**
 * Absence said tersely (session 34), rewritten to the wait the grammars read ("no reply within 3 days"):
 *   "3 days without a reply", "3 days no reply", "10 days unpaid"   → "no reply after 3 days", "unpaid after 10 days"
 *   "nothing back in 3 days", "silent for 3 days"                    → "no reply within 3 days"
 *   "if they go 3 days without replying"                             → "if they don't reply within 3 days"
 *   "if none within 3 days", "none in 2 weeks →"                     → "if no reply within 3 days" — what is awaited
 *     is the last thing the request awaited or, after a message we send, a reply; with neither it is left alone
 *     (and refused, quoted).
 * The duration is always said with it, so a wait is never read without one, and what acts on the timeout stays there.
 */

const UNIT = '(?:minutes?|hours?|days?|weeks?|months?)';
const SPAN = `(?:\\d+|an?)\\s${UNIT}`;
const WHAT = '(reply|response|answer|payment|booking)';

const SPAN_FIRST = new RegExp(
  `(?<!\\b(?:in|within|after|for|than|of|every|each|last|past|next)\\s)\\b(${SPAN})\\s(?:(?:without|with\\sno)\\s(?:an?\\s|any\\s)?${WHAT}|no\\s${WHAT})\\b`,
  'gi',
);
const SPAN_STATE = new RegExp(
  `(?<!\\b(?:in|within|after|for|than|of|every|each|last|past|next)\\s)\\b(${SPAN})\\s(unpaid|unanswered|unconfirmed)\\b`,
  'gi',
);
const NOTHING_BACK = new RegExp(
  `\\b(?:nothing|no\\s(?:word|news))\\s+back\\s+(?:in|within|after|for)\\s(${SPAN})\\b`,
  'gi',
);
const SILENT = new RegExp(
  `(?<!\\b(?:goes|go|went|gone|stays?|stayed|remains?|remained|is|are|was|were|been|keeps?|still|be)\\s)\\b(?:silent|quiet|radio\\ssilence)\\s+(?:for|after)\\s(${SPAN})\\b`,
  'gi',
);
const GO_WITHOUT = new RegExp(
  `\\b(go|goes|went)\\s(${SPAN})\\s(?:without|with\\sno)\\s(?:an?\\s|any\\s)?(replying|responding|answering|paying|booking|reply|response|answer|payment)\\b`,
  'gi',
);
const NONE = new RegExp(`\\bnone\\s+(?:in|within|after|for)\\s(${SPAN})\\b`, 'gi');

const VERB_OF: Readonly<Record<string, string>> = {
  replying: 'reply',
  responding: 'reply',
  answering: 'reply',
  reply: 'reply',
  response: 'reply',
  answer: 'reply',
  paying: 'pay',
  payment: 'pay',
  booking: 'book',
};

/** Something awaited, said as awaited ("if they reply", "wait for payment", "no answer"), never a trigger's verb. */
const AWAITED_SAID =
  /\b(?:if|unless|until|once|wait(?:ing)?\s+for|no)\s+(?:(?:they|he|she|it|we|the\s+[a-z]+|an?)\s+)?(?:(?:don't|doesn't|haven't|hasn't|didn't|do|does|get|hear)\s+)?(repl(?:y|ies|ied)|respon(?:d|ds|se)|answers?|back|pa(?:y|ys|id|yment)|book(?:s|ed|ing)?)\b/gi;
/** A message we send to the person ("email them", "send them the agenda"): what "none" after it awaits is a reply. */
const MESSAGE_SENT = new RegExp(
  `\\b(?:e-?mail|message|write\\s+to|reach\\s+out\\s+to|follow\\s+up\\s+with|send)\\s+(?:them|him|her|the\\s+${CRM_PEOPLE})\\b`,
  'i',
);

/** What "none" stands for: the last thing awaited before it, or a reply to a message we sent before it. */
const awaitedBefore = (before: string): string | undefined => {
  const said = [...before.matchAll(AWAITED_SAID)].at(-1)?.[1];
  if (said) return /^pa/i.test(said) ? 'payment' : /^book/i.test(said) ? 'booking' : 'reply';
  // an invoice's run: "none" could be a payment as well as a reply, so it is not guessed
  if (/\b(?:invoices?|bills?|payments?)\b/i.test(before)) return undefined;
  return MESSAGE_SENT.test(before) ? 'reply' : undefined;
};

export const absenceSaidTersely = (text: string): string =>
  text
    .replace(
      SPAN_FIRST,
      (_m, span: string, a?: string, b?: string) => `no ${(a ?? b ?? 'reply').toLowerCase()} after ${span}`,
    )
    .replace(SPAN_STATE, (_m, span: string, state: string) => `${state} after ${span}`)
    .replace(NOTHING_BACK, (_m, span: string) => `no reply within ${span}`)
    .replace(SILENT, (_m, span: string) => `no reply within ${span}`)
    .replace(GO_WITHOUT, (_m, go: string, span: string, what: string) => {
      const verb = VERB_OF[what.toLowerCase()] ?? 'reply';
      return `${/went/i.test(go) ? "didn't" : "don't"} ${verb} within ${span}`;
    })
    .replace(NONE, (m, span: string, at: number, all: string) => {
      const what = awaitedBefore(all.slice(0, at));
      return what ? `no ${what} within ${span}` : m;
    });

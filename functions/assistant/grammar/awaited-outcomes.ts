import { ARTICLE } from './lexicon';

/**
 * A wait for something, then its outcomes said short (session 39, sets 26–28), restated as the one conditional wait
 * the grammars read ("if they pay within 7 days X, otherwise Y"; "if they don't book within 3 days, Y"):
 *   "wait up to 7 days for payment. paid = thank you email. not paid = slack Mele"
 *   "wait up to 10 days for payment. If it comes in post …, if not tell Nick"
 *   "wait for them to book a call with us, up to 3 days. no booking by then? email them the link again"
 *   "wait for their waiver form to come in. no waiver after 1 day -> email them the waiver link again"
 *   "wait 3 days, if they replied tag them hot, if not …" (a plain wait, awaiting what the outcome says)
 * The awaited is a payment, a reply, a booking or a form; with no duration said, nothing is restated (the wait
 * grammar asks for one). Other outcomes ("if not", "otherwise", "if they don't") are left as written.
 */

const SPAN =
  '(?:\\d+|an?|one|two|three|four|five|six|seven|ten|fourteen)\\s(?:(?:business|working)\\s)?(?:minutes?|hours?|days?|weeks?)';
const LIMIT = '(?:up\\sto|at\\smost|a\\smax(?:imum)?\\sof|no\\smore\\sthan|max(?:imum)?)';
const CALL = '(?:call|meeting|consult(?:ation)?|appointment|session|demo|class|chat)';
const FORM = '(?<form>(?:the|their|a)\\s(?:[a-z-]+\\s){0,2}?form)';
const AWAITED = [
  '(?<pay>(?:the\\s|their\\s)?payment(?:\\sto\\s(?:come\\sin|arrive|clear))?|them\\sto\\spay(?:\\s(?:it|the\\sinvoice|their\\sinvoice))?|(?:it|the\\sinvoice)\\sto\\sbe\\spaid)',
  // "the signed copy to come back by email", "them to email it back": a reply
  '(?<reply>(?:a\\s|the\\s|their\\s)?(?:reply|response|answer)|them\\sto\\s(?:reply|respond|answer|get\\sback\\sto\\s(?:us|me)|(?:email|send)\\s(?:it\\s)?back)|(?:the|their)\\s(?:[a-z-]+\\s){0,2}?[a-z-]+\\sto\\scome\\sback\\sby\\se-?mail)',
  `(?<book>them\\sto\\sbook(?:\\s(?:in|${ARTICLE}\\s(?:[a-z-]+\\s)?${CALL}))?(?:\\s(?:with\\s(?:us|me)|in))?|a\\sbooking)`,
  `${FORM}(?:\\sto\\s(?:come\\s(?:in|back)|arrive|be\\s(?:filled\\s(?:in|out)|submitted|returned|signed|sent\\sback)))?`,
].join('|');
const SEP = '\\s?[;,.:!]?\\s?(?:and\\s)?(?:then\\s)?';

/** "wait up to 7 days for payment", "wait for them to book a call, up to 3 days", "wait for their form to come in". */
const HEAD = new RegExp(
  `\\bwait\\s(?:(?:for\\s)?(?:${LIMIT}\\s)?(?<span>${SPAN})\\s)?for\\s(?:${AWAITED})(?:,?\\s(?:for\\s)?(?:${LIMIT}\\s|for\\s)(?<after>${SPAN}))?${SEP}`,
  'i',
);

/** The outcome it came: "if paid", "if it comes in", "if they book", "paid =", "yes ->". */
const CAME =
  /^(?:if\s(?:it's\s|it\sis\s|it\sgets\s|it\shas\sbeen\s|it\s|they\s|they've\s|they\shave\s|she\s|he\s)?(?:paid|pays?|repl(?:ied|y|ies)|answer(?:ed|s)?|respond(?:ed|s)?|book(?:s|ed)?|do(?:es)?|submit(?:s|ted)?|(?:comes?|came)\s(?:in|back|through)|arrives?|arrived)\b|(?:paid|replied|booked|yes|received)\s?(?:=|:|->|→|=>))\s?,?\s?/i;

/** The outcome it did not: "not paid =", "no booking by then?", "no waiver after 1 day ->", "if nothing by then,". */
const NOT_CAME = new RegExp(
  `(?:^|(?<=[.;,!?]\\s?))\\s?(?:(?:not\\s(?:paid|replied|booked)|unpaid|no(?:\\s(?:payment|reply|response|answer|booking|form|[a-z-]+))?(?:\\s(?:by\\sthen|after\\s(?<span>${SPAN})|within\\s(?<within>${SPAN})))?)\\s?(?:=|:|->|→|=>|\\?)|if\\snothing(?:\\s(?:by\\sthen|comes?\\s(?:back|in)))?\\s?,)\\s?`,
  'i',
);

/** "wait 3 days, if they replied …", "wait 7 days. if it's paid …": a plain wait, the outcome saying what it awaits. */
const PLAIN = new RegExp(
  `\\bwait\\s(?<span>${SPAN})${SEP}(?=if\\s(?:they\\s|they've\\s|they\\shave\\s|he\\s|she\\s|it's\\s|it\\sis\\s|it\\shas\\sbeen\\s|it\\sgot\\s)?(?<v>repl(?:ied|y|ies)|respond(?:ed|s)?|answer(?:ed|s)?|paid|pays?|book(?:s|ed)?)\\b)`,
  'i',
);

/** "if they replied tag them hot, if not …": the outcomes of a plain wait, as a wait for what they say. */
const plainOutcomes = (text: string): string => {
  const m = PLAIN.exec(text);
  const v = m?.groups?.v?.toLowerCase();
  if (!m || !v) return text;
  const what = /^pa/.test(v) ? 'payment' : /^book/.test(v) ? 'them to book' : 'a reply';
  return `${text.slice(0, m.index)}wait ${m.groups?.span} for ${what}. ${text.slice(m.index + m[0].length)}`;
};

/** "if paid within 10 days", "if it's paid in 2 weeks": the payer's wait, as the wait grammar reads it. */
const PAID_WITHIN = new RegExp(
  `\\bif\\s(?:it's\\s|it\\s(?:is|gets|has\\sbeen)\\s|the\\sinvoice\\s(?:is|gets)\\s)?paid\\s(?:within|in)\\s(${SPAN})`,
  'gi',
);
/** "if they don't send it back (reply) in 3 days": what we sent, answered. */
const SENT_BACK =
  /\bif\s(they|he|she)\s(don't|doesn't|didn't|do\snot|does\snot)\s(?:send|email|return)\sit\sback(?:\s\(?reply\)?)?/gi;

export const awaitedOutcomes = (said: string): string => {
  const text = plainOutcomes(said)
    .replace(PAID_WITHIN, 'if they pay within $1')
    .replace(SENT_BACK, (_m, who: string, not: string) => `if ${who} ${not} reply`);
  const head = HEAD.exec(text);
  const g = head?.groups;
  if (!head || !g) return text;
  const verb = g.pay
    ? 'pay'
    : g.reply
      ? 'reply'
      : g.book
        ? 'book'
        : `submit ${(g.form ?? 'the form').replace(/^(?:their|a)\s/i, 'the ')}`;
  const before = text.slice(0, head.index);
  const rest = text.slice(head.index + head[0].length);
  const came = CAME.exec(rest);
  const span = g.span ?? g.after;
  if (came && span) {
    const after = rest.slice(came[0].length);
    const not = NOT_CAME.exec(after);
    const otherwise = not
      ? `${after.slice(0, not.index).trimEnd()} otherwise, ${after.slice(not.index + not[0].length)}`
      : after;
    return `${before}if they ${verb} within ${span}, ${otherwise}`;
  }
  const not = NOT_CAME.exec(rest);
  const by = span ?? not?.groups?.span ?? not?.groups?.within;
  // "for the signed copy to come back by email", "for them to email it back": the reply, said as the wait reads it
  if (not?.index !== 0 && span && /\bback\b/i.test(g.reply ?? ''))
    return `${before}wait up to ${span} for a reply, ${rest}`;
  if (not?.index !== 0 || !not || !by) return text;
  return `${before}if they don't ${verb} within ${by}, ${rest.slice(not[0].length)}`;
};

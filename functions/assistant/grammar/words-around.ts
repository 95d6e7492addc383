import { CARRIED, CHANGES_WHO_WHEN_WHICH, MESSAGE_NOUN, PERSON, SENT, TO_READER } from './message-content';
import { CONTENT, NARROWS, RISKY_IN_REASON, SWALLOWED } from './registers';
import { remarkChoosesRecords, saysWhatTheRecordsAre } from './restrictions';
import { DONE_TO_SOMEONE } from './rule-words';
import { isKnownWord } from './spelling';
import { VERB_START } from './split';

/**
 * Words around a step that change no trigger, condition, recipient, time or step (issue #16, session 43), read only
 * when the request is refused with them and read again without them, each said back in a note:
 *   what a message carries, after it   "email it to the customer with the amount and due date", "a short email
 *                                        thanking them for considering us", "a come back offer email, 10% off their
 *                                        next clean", "our welcome pack email, the one with the what-to-expect stuff",
 *                                        "a thank you email from Niamh" (who it is from)
 *   why, or who someone is             "…, they like that", "… so it doesn't sit there", "…, he's our IT guy",
 *                                        "Jo is our head of strings", "Kayla (our US office mgr)"
 * Each is read from its parts: the message that has ended (a36's SENT, MESSAGE_NOUN) and what opens its content; a
 * reason clause, a remark or an identity about someone. Its words are then tested
 * with the existing readers of reasons and message content: any condition, time, number, record choice, action,
 * recipient or narrowing word ("only if …", "but not on weekends", "with whoever is free", "for the VIPs") leaves it
 * to the grammars, who read or refuse it, quoted.
 */

/** A message noun, as a36's table, with the spellings said before text.ts normalises them ("thank-you"). */
const NOUN = `(?:${MESSAGE_NOUN}|thank-yous?|e-mails?|mail)`;

/** An offer a message makes: "10% off", "£20 off". */
const OFF = String.raw`(?:\d{1,2}%|[£$€]\d{1,4})\soff\b`;

/** Something a message carries (a36's table and a few more); "and"-joined: "the amount and due date". */
const THING = String.raw`(?:${CARRIED.source}|\btimes?\b|\bfile\sname\b|\bbalance\b|\bdue\sdate\b|\bdeadline\b|\bpack\b|\bguide\b|\bbrochure\b|\bhandbook\b)`;
const CARRIES = String.raw`(?:[\w'-]+\s){0,3}?${THING}(?:\s(?:and|&|\+)\s(?:the\s|their\s|its\s)?(?:[\w'-]+\s){0,2}?${THING})*(?:\s(?:of|for|on)\s(?:the|their|its|this|that)\s[\w-]+)?`;
const CLAUSE_END = String.raw`(?=\s*(?:[,;!?]|[.](?:\s|$)|$|\s(?:and|then|-)\s))`;

/** "they get a confirmation email …": the message received, never in a trigger ("when they get an email with …"). */
const GOT = String.raw`(?<!\b(?:when|whenever|if|once|after|until|before|soon\sas)\s(?:[\w'-]{1,30}\s){0,3})\b(?:get|gets|receive|receives)\s(?:[\w'-]{1,30}\s){0,4}?${NOUN}`;

/** Whom it goes to, said before the content: a person, a message, an address, "the contractor", a name. */
const GOES_TO = String.raw`(?:${NOUN}|${PERSON}|it|[\w+-]{1,40}(?:\.[\w+-]{1,40}){0,3}@[\w-]{1,40}(?:\.[\w-]{1,40}){1,4}|the\s[\w-]{1,30}|[A-Z][a-z]{1,20})`;
/** One person or the message itself: never a group ("everyone", "them", "the clients"). */
const TO_ONE = String.raw`(?:${NOUN}|him|her|me|[\w+-]{1,40}(?:\.[\w+-]{1,40}){0,3}@[\w-]{1,40}(?:\.[\w-]{1,40}){1,4}|the\s[\w-]{1,29}[^\Ws]|[A-Z][a-z]{1,20})`;

const CONTENT_SPANS: readonly RegExp[] = [
  // "with their lesson time": the person's own (whoever is found); "with the file name": after whom it goes to
  new RegExp(String.raw`(?<=${SENT}\S)\swith\s(?:their|his|her|your)\s${CARRIES}${CLAUSE_END}`, 'g'),
  new RegExp(
    String.raw`(?<=${SENT}${GOES_TO}|${GOT})\s(?:with|w/)\s(?:the|this|our|its)\s${CARRIES}${CLAUSE_END}`,
    'g',
  ),
  // "with a link" only after one person or the message: "everyone with a balance" is who it is for
  new RegExp(
    String.raw`(?<=${SENT}${TO_ONE}|${GOT})\s(?:with|w/)\s(?:(?:a|an)\s)?${CARRIES}${CLAUSE_END}`,
    'g',
  ),
  // "a short email thanking them for …", "an email inviting them to …"
  new RegExp(
    String.raw`(?<=${SENT}${GOES_TO})\s(?:thanking|inviting|welcoming|congratulating|wishing)\s(?:them|him|her|you|everyone|the\s[\w-]+\s)?\s?(?:for|to|on|a|an)\s[^,.;:!?→]{2,100}${CLAUSE_END}`,
    'g',
  ),
  // "a come back offer email, 10% off their next clean", "… email with code COMEBACK10 for 10% off the next order",
  // "email them again with the 10% off", "a come-back promo (50% off first month)"
  new RegExp(
    String.raw`(?<=${SENT}${NOUN})(?:,\s|\s\()${OFF}[^,.;:!?→()]{0,60}\)?${CLAUSE_END}|(?<=${SENT}\S|\b(?:promo|offer|deal|discount))\s(?:with\s(?:(?:a|the)\s)?(?:(?:code|voucher|coupon|promo\scode)\s[\w-]{1,30}\s(?:for\s)?)?|\()${OFF}[^,.;:!?→()]{0,60}\)?${CLAUSE_END}`,
    'gi',
  ),
  // "email them 10% off their next stay (code COMEBACK10)", "welcome email with the 10% off first visit coupon": the
  // offer is what the message says, said as its object or after the message noun
  new RegExp(
    String.raw`(?<=${SENT}\b${PERSON}|\b${NOUN}\s(?:with|w/)(?:\s(?:the|a|our))?)\s${OFF}[^,.;:!?→()]{0,60}?(?:\s?\((?:promo\s)?code[:\s]\s?[\w-]{1,30}\))?${CLAUSE_END}`,
    'gi',
  ),
  // "message Kai: new client locked in", "a short email - sorry we missed you, heres 10% off if you want us next
  // spring": what the message says after a colon, or after a dash if it speaks to the reader, to the sentence's end
  new RegExp(
    String.raw`(?<=${SENT}(?:\b${PERSON}|\b[A-Z][a-z]{1,20}|${NOUN}))\s?(?::|[-–—](?=\s${TO_READER}))\s[^.;:!?→()⟦]{2,160}?(?=\s*(?:[.!?](?:\s|$)|$))`,
    'g',
  ),
  // "the 10% off email", "a come-back 10% off email", "the 15% off first groom email": an offer naming the message
  new RegExp(
    String.raw`(?<=\b(?:the|a|an|our)\s(?:[\w'-]{1,30}\s)?)${OFF}\s(?=(?:[\w'-]{1,30}\s){0,3}(?:${NOUN}|code|voucher|coupon|offer|promo)\b)`,
    'gi',
  ),
  // "a thank you + link to leave us a google review", "… - what to wear (closed shoes!!) and where to park"
  new RegExp(
    String.raw`(?<=${SENT}${NOUN})\s\+\s(?:(?:the|a|our)\s)?(?:link|url|code|voucher|directions|details)\b[^,.;:!?→]{0,80}${CLAUSE_END}|(?<=${SENT}\S)\s[-–—]\s(?:what|how|where)\sto\s[^.;:→]{2,120}?(?=\s*(?:[.](?:\s|$)|$))`,
    'gi',
  ),
  // "our welcome pack email, the one with the what-to-expect stuff": which message, said again
  new RegExp(
    String.raw`(?<=\b(?:our|the|a|an|their|your)\s(?:[\w'-]+\s){0,4}${NOUN}),\s(?:the|that)\sone\s(?:with|that|about|which)\s[^,.;:!?→]{2,100}${CLAUSE_END}`,
    'gi',
  ),
];

/**
 * "a thank you email from Niamh", "the welcome email from Olivia (our lettings manager)", "a quick thank-you from Sam
 * (founder)": who it is from, a person's name the grammars do not know as a word ("from Facebook", "from Stripe" are
 * left as said). Read before anything else: on a new lead "from Olivia" had been a test of the lead's source.
 */
const FROM_SOMEONE = new RegExp(
  String.raw`(?<=${SENT}\b(?:an?|one|the|our)\s(?:[\w'-]{1,30}\s){0,3}${NOUN})\sfrom\s(?:([A-Z][a-z]{1,20})(?:\s[A-Z][a-z]{1,20})?(?:\s\([^()]{1,30}\))?|me|us)${CLAUSE_END}`,
  'g',
);
const fromSomeone = (request: string): { text: string; said: string[] } => {
  const said: string[] = [];
  const text = request.replace(FROM_SOMEONE, (from: string, name: string | undefined) => {
    if (name && isKnownWord(name.toLowerCase())) return from;
    said.push(from.trim());
    return '';
  });
  return { text, said };
};

/** What someone's role is said with ("he handles …", "she looks after …"). */
const ROLE = String.raw`(?:handles?|manages?|runs?|covers?|owns?|looks?\safter|deals?\swith|takes?\scare\sof|is\sin\scharge\sof)\b`;

/** Subjects a reason or a remark is said of. */
const SUBJECT = String.raw`(?:it|they|he|she|we|nothing|nobody|no\sone|everyone|(?:the|our|my|new)\s[\w-]+(?:\s[\w-]+)?|[a-z]+s)`;
const SENTENCE_END = String.raw`(?=\s*(?:[.!?](?:\s|$)|$))`;

/** How a span's names are judged: any new name refuses it, or its role names what the rule names. */
type Named = false | 'role';

const CONTEXT_SPANS: readonly (readonly [RegExp, Named])[] = [
  // "… so it doesnt sit there", "… so the booking site doesnt go to sleep": what the step is for
  [new RegExp(String.raw`,?\sso\s(?:that\s)?${SUBJECT}\s[^,.;:!?→()]{2,100}${SENTENCE_END}`, 'gi'), false],
  // "…, they like that", "…, he never checks the inbox", "…, he's our IT guy": a remark about someone
  [
    new RegExp(
      String.raw`,\s(?:they|he|she)(?!\s${ROLE})(?:'s|'re|\sis|\sare)?\s[^,.;:!?→()]{2,100}${SENTENCE_END}`,
      'gi',
    ),
    false,
  ],
  // "Jo is our head of strings and she is very particular about tone": who someone is, as a sentence
  [
    /(?<=(?:^|[.!?])\s?)(?:he|she|they|[A-Z][a-z]+)(?:'s|'re|\sis|\sare)\s(?:our|the|my)\s[^.;:!?→()]{2,120}?(?=\sso\s|\s?[.!?](?:\s|$)|$)/g,
    false,
  ],
  // "…, he handles all the commercial HVAC bids" (after a test of commercial): someone's role, in the rule's words
  [new RegExp(String.raw`,\s(?:he|she|they)\s${ROLE}\s[^,.;:!?→()]{2,100}${SENTENCE_END}`, 'gi'), 'role'],
  // "Kayla (our US office mgr)": who someone is, in brackets after the name
  [/(?<=\b[A-Z][a-z]{1,20})\s\((?:our|the|my)\s[^()]{2,40}\)/g, false],
];

/** A person named in the words who is named nowhere else: maybe someone to tell ("so Tom knows"). */
const newName = (words: string, rest: string): boolean =>
  [...words.matchAll(/\b[A-Z][a-z]+/g)].some((m) => !NOT_A_NAME.test(m[0]) && !rest.includes(m[0]));
/** Words written with a capital where a sentence starts. */
const NOT_A_NAME =
  /^(?:At|The|This|That|They|He|She|It|We|Our|My|So|And|But|Right|Currently|For|These|Those|Half|Most)$/;

/**
 * Whom a message would go to or is for, a second time, or an order of steps: "so it goes to the VIPs", "this is for
 * the VIPs", "so nobody gets it twice", "she likes to check the client out first" (an approval).
 */
const GOES_OUT =
  /\b(?:first|beforehand)\b|\bappl(?:y|ies)\b|\bfor\s(?!(?:this|that|it|us|me|now|years|ages|a\swhile|(?:the|our)\s(?:business|company|team|office))\b)|\b(?:go|goes|going|went|get|gets|reach|reaches|receive|receives|sent|send)\s(?:out\s)?(?:to\s(?:the|a|an|our|their|every|each|all|any|them|him|her|us|me|everyone|[A-Z])|it\b|them\b)|\b(?:twice|again|duplicate|same\s(?:person|one|people))\b/;

/** Whether the words name no condition, time, number, record choice, action, recipient or narrowing. */
const namesNothing = (said: string, rest: string, named: Named): boolean => {
  // "he handles all the commercial bids": all of his role, never all of the records
  const words = said
    .replace(/^[,\s]+/, '')
    .replace(/\b(handles|manages|runs|covers|after|with|of)\sall\s/gi, '$1 ');
  const w = words.toLowerCase();
  // "the booking site", "our invoice app": a tool named by what it holds is no record and no step
  const plain = w.replace(
    /\b(?:booking|invoice|email|e-mail|message|crm|calendar|payment)\s(?=site|page|system|tool|app|software|platform|website|portal|inbox|form)/g,
    '',
  );
  // a reason or a remark may say "not" of the people or the tools ("he never checks the inbox"), as what it is for
  const unnegated = plain.replace(/\b(?:not|never|no)\b|n't\b/g, '');
  return !(
    CONTENT.test(plain) ||
    SWALLOWED.test(plain) ||
    RISKY_IN_REASON.test(plain) ||
    CHANGES_WHO_WHEN_WHICH.test(unnegated) ||
    NARROWS.test(plain) ||
    DONE_TO_SOMEONE.test(plain) ||
    GOES_OUT.test(words) ||
    saysWhatTheRecordsAre(words) ||
    remarkChoosesRecords(words) ||
    newName(words, rest) ||
    (named === 'role' && !saidInTheRule(words, rest))
  );
};

/**
 * "he handles all the commercial bids" after a test of commercial: the role names what the rule already names; "she
 * handles the big accounts" names a kind of record the rule does not, which may choose who is told.
 */
const saidInTheRule = (words: string, rest: string): boolean => {
  const said = new Set(rest.toLowerCase().split(/[^a-z']+/));
  return words
    .toLowerCase()
    .split(/[^a-z']+/)
    .some((w) => w.length > 3 && !ROLE_WORDS.has(w) && said.has(w));
};
const ROLE_WORDS = new Set(
  'handle handles manage manages run runs cover covers own owns look looks after deal deals with take takes care charge they their them that this these those side'.split(
    ' ',
  ),
);

/** Whether a message's content names nothing that could change who, when or which. */
const carriesOnly = (words: string): boolean =>
  // "the file name" is words in it, never a file attached; "where to park" is what it tells, never which records;
  // "if you want us next spring" speaks to the reader, never a test of the records
  !CHANGES_WHO_WHEN_WHICH.test(
    (/^\s?[-–—:]\s/.test(words) ? words.replace(/\bif\s(?=(?:you|u)\b)/gi, '') : words).replace(
      /\bfile\s(?=names?\b)|\b(?:what|how|where)\sto\b/gi,
      '',
    ),
  ) &&
  !/\b(?:whoever|whichever|wherever)\b/i.test(words) &&
  // "slack Kai: tag them vip": a step after the colon, never its words
  !VERB_START.test(words.replace(/^\s?[-–—:]\s/, ''));

export interface WordsAround {
  readonly text: string;
  readonly notes: readonly string[];
}

/** The request without the words around its steps, and the notes that say them back; undefined when none. */
export const wordsAround = (request: string, from: readonly string[] = []): WordsAround | undefined => {
  let text = request;
  const content: string[] = [...from];
  const context: string[] = [];
  for (const span of CONTENT_SPANS)
    text = text.replace(span, (said: string) => {
      if (!carriesOnly(said)) return said;
      content.push(said.trim());
      return '';
    });
  for (const [span, named] of CONTEXT_SPANS)
    text = text.replace(span, (said: string, at: number, all: string) => {
      if (!namesNothing(said, all.slice(0, at) + all.slice(at + said.length), named)) return said;
      context.push(said.replace(/^[,\s]+/, '').trim());
      return '';
    });
  if (content.length + context.length === 0) return undefined;
  return {
    text: text.replace(/\s{2,}/g, ' ').replace(/(?<!\s)\s+([,.!?])/g, '$1'),
    notes: [
      ...(content.length > 0 ? [contentNote(content)] : []),
      ...(context.length > 0 ? [`ignored as context: ${context.map((c) => `"${c}"`).join(', ')}`] : []),
    ],
  };
};

const contentNote = (content: readonly string[]): string =>
  `kept as the message's content: ${content.map((c) => `"${c}"`).join(', ')}`;

type Read = { readonly ok: true; readonly notes: readonly string[] } | { readonly ok: false };

/**
 * The request read, who a message is from taken out first; refused, read again without the words around its steps,
 * taken only when that is read. What was taken out is said back in the notes.
 */
export const readAround = <R extends Read>(request: string, read: (text: string) => R): R => {
  const from = fromSomeone(request);
  const first = read(from.text);
  const around = first.ok ? undefined : wordsAround(from.text, from.said);
  const again = around ? read(around.text) : undefined;
  if (again?.ok && around) return { ...again, notes: [...again.notes, ...around.notes] };
  return first.ok && from.said.length > 0
    ? { ...first, notes: [...first.notes, contentNote(from.said)] }
    : first;
};

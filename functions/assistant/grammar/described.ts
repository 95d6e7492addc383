import { VERB_WORD } from './split';

/**
 * A template's description speaks about the workflow, not to it; its sentences are put in the imperative the action
 * readers read. Read by the verb's form and where it stands, over split.ts's clause-starting verbs, never by
 * sentence:
 *   "this workflow sends a follow-up email"               → "send a follow-up email"
 *   "the automation saves the reply as a note"            → "save the reply as a note"
 *   "- Sends an onboarding email - Notifies your team"    → "- send an onboarding email - notify your team"
 *   "it finds every overdue invoice and sends the customer a reminder" → "find … and send …" (the same subject)
 *   "… and emails you", "notifies you"                    → "email me", "notify me" (the reader is who it is for)
 *   "Triggers when a lead's status changes", "It runs every Monday" → "when a lead's status changes", "every Monday"
 * A verb is rewritten only when it is an action among the clause-starting verbs, its subject is the workflow itself
 * (this/the/our workflow, automation, template, zap, scenario, flow, recipe, system; "it" only where a clause starts
 * and no "if"/"when" opens it, so "log it put a note" stays two actions; the base form only after a modal) or nothing (it starts a sentence or a bullet), and what follows is its object: a determiner, a pronoun, a
 * channel or a quote. "Invoices over £500 …", "Emails from clients …", "if it reaches …" are left as written.
 */

/** Verbs of the clause-starting list that say no action of their own ("it runs", "it keeps", "it gets"). */
const NOT_AN_ACTION = new Set(
  'go get have run start stop hit keep use look let line hold fix leave apply clear trigger wait pause sleep delay require seek need check determine detect evaluate assess rate score sort'.split(
    ' ',
  ),
);

/** The base form of a third-person verb, when it is one of the actions: "sends" → send, "notifies" → notify. */
const actionOf = (word: string, base = false): string | undefined => {
  const w = word.toLowerCase();
  if (base && VERB_WORD.test(w) && !NOT_AN_ACTION.has(w)) return w;
  const candidates = w.endsWith('ies')
    ? [`${w.slice(0, -3)}y`]
    : w.endsWith('es')
      ? [w.slice(0, -2), w.slice(0, -1)]
      : w.endsWith('s') && !w.endsWith('ss')
        ? [w.slice(0, -1)]
        : [];
  return candidates.find((c) => VERB_WORD.test(c) && !NOT_AN_ACTION.has(c));
};

/** What the verb's object starts with. */
const OBJECT =
  "(?=\\s+(?:an?|the|your|our|their|its|his|her|them|it|you|me|us|him|every|each|all|this|that|these|those|any|new|last|next|yesterday's|today's|[a-z]+'s|\\d|#|⟦|\"|')|\\s+[a-z]+\\s+(?:to|as|in|on)\\s)";

/**
 * The workflow as the subject: "this workflow", "the automation", "our zap", "the system", "the app", "it" (not after
 * "if"/"when"), with or without a modal ("the system should send", "it will email").
 */
const AGENT = new RegExp(
  `\\b(?:(?:this|the|our|your|my|that)\\s(?:workflow|automation|template|zap|scenario|flow|recipe|integration|bot|sequence|system|app|software|platform|tool|assistant)|(?<=(?:^|[.!?;:,])\\s?|\\b(?:and|then)\\s)(?<!\\b(?:if|when|whenever|once|unless|until|after|before|as|that|which|so|whether)\\s)it)(\\s(?:should|must|will|shall|can|could|would|needs\\sto|has\\sto|is\\sto|is\\sgoing\\sto)|'ll)?\\s((?:(?:then|also|automatically|instantly|immediately|simply|just|now)\\s)*)([a-z]+)\\b${OBJECT}`,
  'gi',
);

/** "I want it to send …", "we'd like the system to email …": the action wanted. */
const WANT_IT =
  /\b(?:i|we)(?:'d|\swould)?\s(?:really\s)?(?:want|need|like|expect)\s(?:it|the\s(?:system|app|workflow|automation|tool|bot|software|platform))\sto\s(?:(?:automatically|then|also|just)\s)?(?=[a-z]+\s)/gi;

/** A sentence or a bullet that starts with the verb: "Sends an onboarding email.", "- Notifies your team". */
const BARE = new RegExp(
  `(^\\s*(?:(?:[-*•·]|\\d{1,2}[.)])\\s+)?|:\\s+|\\s[-*•·]\\s+)((?:(?:then|also|automatically|instantly|immediately|finally)\\s)*)([A-Za-z]+)\\b${OBJECT}`,
  'g',
);

/** "… and sends", ", then posts": the same subject's next action, in a sentence already rewritten. */
const NEXT = new RegExp(
  `(,\\s|\\s)((?:and|then|and then|&)\\s(?:(?:also|then)\\s)?)([a-z]+)\\b${OBJECT}`,
  'gi',
);

/** "Triggers when …", "It runs every Monday …": when the workflow runs, with nothing to do of its own. */
const RUNS =
  /(^|\n[ \t]*(?:[-*•·]\s*)?|[.!?;:]\s+)(?:(?:it|this\s(?:workflow|automation|template|zap|scenario|flow))\s)?(?:triggers|fires|runs|starts|kicks\soff)\s(?:automatically\s)?(?=(?:when|whenever|every|each|as\ssoon\sas|once|on\s(?:the\s|every\s|each\s|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekdays?))\b)/gi;

/** The reader is the one the description's messages are for: "emails you" → "email me". */
const YOU = /\b(email|mail|notify|alert|ping|message|remind|tell|text|send|post|forward)\s(you|your)\b/gi;

/** "your sales team is notified on Slack", "the owner gets alerted": tell them (never in an "if"/"when" clause). */
const NOTIFIED =
  /(^\s*|[,;:]\s+|\s(?:and|then)\s+)((?:your|the|our|my)\s(?:[a-z]+\s){0,2}?(?:team|manager|owner|department|rep|staff|admin|boss|people|group|channel|crew|desk)|#[\w-]+)\s(?:is|are|gets?|will\sbe)\s(?:then\s|also\s|immediately\s|instantly\s|automatically\s)?(?:notified|alerted|told|informed|pinged|messaged)\b/gi;

const OPENED = /\b(?:if|when|whenever|unless|once|until|while|as soon as|after|before)\b[^,.;:!?]*$/i;

/** Of the adverbs before the verb, the ones that order the steps ("then", "also"); "automatically" says nothing. */
const kept = (adverbs: string): string =>
  adverbs
    .split(' ')
    .filter((a) => /^(?:then|also|finally)$/i.test(a))
    .map((a) => `${a} `)
    .join('');

const imperative = (text: string): { text: string; done: boolean } => {
  let done = false;
  const out = text
    .replace(WANT_IT, () => {
      done = true;
      return '';
    })
    .replace(AGENT, (m, modal: string | undefined, adverbs: string, verb: string) => {
      // the base form only after a modal ("the system should send"): "the system send" is a run-on, not a subject
      const act = actionOf(verb, modal !== undefined);
      if (!act) return m;
      done = true;
      return `${kept(adverbs)}${act}`;
    })
    .replace(BARE, (m, start: string, adverbs: string, verb: string) => {
      const act = actionOf(verb);
      if (!act) return m;
      done = true;
      return `${start}${kept(adverbs)}${act}`;
    });
  if (!done) return { text, done };
  const next = out.replace(NEXT, (m, sep: string, and: string, verb: string) => {
    const act = actionOf(verb);
    return act ? `${sep}${and}${act}` : m;
  });
  return {
    text: next.replace(YOU, (_m, verb: string, you: string) => `${verb} ${you === 'you' ? 'me' : 'my'}`),
    done,
  };
};

/** Each sentence (or bullet) of the request, in the imperative when it describes what the workflow does. */
export const asInstructions = (text: string): string => {
  if (!/[a-z](?:s|es|ies|ed)\b/i.test(text)) return text;
  const ran = text
    .replace(RUNS, '$1')
    .replace(NOTIFIED, (m, start: string, who: string, at: number, all: string) =>
      OPENED.test(all.slice(0, at + start.length)) ? m : `${start}notify ${who}`,
    );
  return ran
    .split(/(?<=[.!?;\n])/)
    .map((sentence) => imperative(sentence).text)
    .join('');
};

import { EVENT_DETAIL_PATHS } from '../../../statemachines/event-details';
import { EVENT_NAMES, type EventName } from '../../../statemachines/events';
import { ROLE_RE } from './recipients';
import { RECORD_WORDS, RULE_WORDS, WE_DO } from './rule-words';
import { WEAK_NAMES, ZONE_NAME } from './timezones';
import { workflowWordIn } from './workflow-words';

/**
 * Parts set aside (issue #16): a request refused only because of words no reader read — a reason, a remark about
 * the business, politeness, who did something the catalogue keeps no record of — is read again without them, when
 * every one of them provably cannot change the workflow; the answer quotes each part it set aside. A part can
 * change the workflow when it carries anything a workflow is made of, so it is set aside only when it carries none:
 *   - a word of the workflow's own tables (workflow-words.ts: every field, enum value, event and action name of
 *     the language, the events' details and the actions' inputs: "source", "location", "title", "paid", "slack"),
 *     or of the grammars' shared vocabulary (rule-words.ts RULE_WORDS: numbers, amounts, times, days, schedules,
 *     trigger, condition, wait and branch words, actions and their channels, the people written to, every verb of
 *     the catalogue), or a record it could be about (RECORD_WORDS);
 *   - a digit, an amount, an address, a #channel, a quotation, a comparison sign;
 *   - a negation, an exception, a quantifier or a comparison word ("not", "only", "except", "other", "than");
 *   - someone written to or named: an object pronoun, a role the recipients' grammar reads (recipients.ts ROLE_RE:
 *     "the receptionist", "our bookkeeper"), a capitalised name or an acronym, a place that may be a zone;
 *   - a wish or an order (a step the user wants and no reader read): "want", "should", "please", "make sure";
 *     someone doing something no reader reads ("because we reconcile the ledgers"): maybe a step, said as a statement;
 *   - a modifier that could say which records ("from …", "for …", "on our … page", "with …"): only a statement
 *     (its own subject: "we're a small shop so"), a reason ("because …", "since …") or who did it ("by the
 *     family") may be set aside, never a phrase that could pick out records or be an object.
 * The refusals considered are only those that quote words as not understood; any other problem (a time zone, a
 * channel with no action, business days) is a refusal of what the words mean, and it stands.
 */

/** "I did not understand "…"" and its variants for a trigger's words and for words that could restrict. */
const UNREAD = [
  /^I did not understand "(.+)"$/,
  /^I did not understand "(.+)" about what starts the workflow$/,
  /^I did not understand "(.+)", which could change who, when or which records the workflow is for: /,
];

/** Closed-class words that restrict, negate, compare or count: what a condition or a filter is made of. */
const POLARITY =
  /\b(?:not|no|never|none|nobody|nothing|nowhere|neither|nor|without|cannot|except|excluding|unless|only|just|even|also|too|again|else|other|others|another|more|less|fewer|most|least|any|all|every|each|some|both|either|first|last|next|same|already|still|yet|ever|instead|rather|than|if|when|whenever|once|while|until|till|before|after|during|within|between|over|under|above|below|per|whether|solely|exclusively|purely|strictly|merely|mainly|mostly|primarily|especially|particularly|specifically)\b|n't\b/;

/** Someone a step could be for. */
const SOMEONE =
  /\b(?:me|us|him|her|them|myself|ourselves|themselves|someone|somebody|everyone|everybody|anyone|anybody|whoever|whom)\b/;

/** A wish or an order: a step the writer wants. */
const WISH =
  /\b(?:want|wants|wanted|need|needs|needed|like|love|wish|prefer|should|must|have to|has to|had to|got to|gotta|please|pls|kindly|make sure|ensure|remember|forget|let's|can|could|would|will|shall)\b/;

/** How a part that is no modifier starts: a subject (a statement), a reason, or who did it. */
const STARTS_FREE =
  /^(?:(?:and|but|so|or|also|then)\s+)?(?:i|i'm|i've|we|we're|we've|it|it's|they|they're|there|there's|that's|this is|because|since|cause|as|so|by\s+(?:the|a|an|our|their|his|her|its|my)\s)\b/;

/**
 * A preposition or a relative word anywhere in the part: what follows could say which records, where, or to whom
 * ("this is for the managed portfolio", "as it goes to our shared inbox"); only a leading "by" (who did it) is free.
 */
const MODIFIER =
  /\b(?:for|from|with|without|to|on|onto|at|in|into|of|about|via|through|across|among|regarding|like|whose|which|who|where)\b/;

/** The subject of a statement, after the words that make it a reason. */
const DOER = /^(?:(?:and|but|so|or|also|then|because|since|cause|as)\s+)*(?:we|i|it|they|you|he|she)\s/;

/** A verb of being, having or seeming: what a statement of how things are is said with. */
const STATIVE =
  /\b(?:is|are|am|was|were|be|been|being|has|have|had|got|gets|feels?|seems?|looks?)\b|'(?:s|re|m|ve)\b/;

/** Words other than a span's first that are capitalised: a name, an app, an acronym (never "I"). */
const CAPITALISED = /(?<=\S\s)(?!I\b|I'[a-z]+\b)[A-Z]|\b[A-Z]{2,}\b/;

/** Without the punctuation and spaces at its ends (a loop: a trailing `[…]+$` pattern is quadratic on long runs). */
const trimEdges = (text: string): string => {
  let from = 0;
  let to = text.length;
  while (from < to && /[\s,;:.-]/.test(text[from] ?? '')) from += 1;
  while (to > from && /[\s,;:.!-]/.test(text[to - 1] ?? '')) to -= 1;
  return text.slice(from, to);
};

/** What is wrong with setting `part` aside (the first reason found), or undefined when nothing is. */
export const whyNotInert = (part: string): string | undefined => {
  const raw = part.replace(/[‘’`´]/g, "'").trim();
  const s = trimEdges(raw);
  const lower = s.toLowerCase();
  if (!/\p{L}{2}/u.test(s) || s.length > 160) return 'length';
  if (/[\d$€£₹%#@"“”=<>/&+→|*]/.test(s)) return 'sign';
  if (CAPITALISED.test(s)) return 'name';
  const zone = ZONE_NAME.exec(lower);
  if (zone && !WEAK_NAMES.has(zone[0])) return 'place';
  if (POLARITY.test(lower)) return 'condition';
  if (SOMEONE.test(lower)) return 'someone';
  // "by the receptionist", "since the bookkeeper left": one of ours, named by the role the recipients' grammar reads
  if (ROLE_RE.test(lower.replace(/\bby\s/g, ''))) return 'person';
  if (WISH.test(lower)) return 'wish';
  if (RULE_WORDS.test(lower)) return 'rule word';
  if (RECORD_WORDS.test(lower)) return 'record';
  const word = workflowWordIn(lower.replace(FUNCTION_WORDS, ' '));
  if (word) return `workflow word "${word}"`;
  if (!STARTS_FREE.test(lower) || MODIFIER.test(lower)) return 'modifier';
  // "because we reconcile the ledgers", "as it prints the labels": someone doing what nobody reads may be a step
  // (rule-words.ts WE_DO, said of any subject: "it got messy" is how things are, "they moved away" may not be)
  const done = DOER.exec(lower);
  if (done && WE_DO.test(`we ${lower.slice(done[0].length)}`)) return 'step';
  // "since our intern reconciles the ledgers": a statement is set aside only when it says how things are
  if (!AGENT.test(lower) && !STATIVE.test(lower)) return 'step';
  return undefined;
};

/**
 * Words of the tables that are the glue of names ("forEach", "dueInDays", "createdAt"), not fields or values: what
 * they say (a condition, a time) is judged by POLARITY and RULE_WORDS above.
 */
const FUNCTION_WORDS =
  /\b(?:at|by|for|from|in|on|of|to|with|via|the|a|an|this|that|is|are|was|be|do|does|get|gets|got|put|will|since|until|within|before|after|next|last|no|not)\b/g;

/** The parts a refusal quotes as not understood; undefined when it says anything else. */
const unreadParts = (problems: readonly string[]): string[] | undefined => {
  const parts: string[] = [];
  for (const problem of problems) {
    const quoted = UNREAD.map((re) => re.exec(problem)?.[1]).find((q) => q !== undefined);
    if (quoted === undefined) return undefined;
    parts.push(...quoted.split(' … '));
  }
  return parts;
};

/** `text` without `part` (found once, in any case), the punctuation around it tidied; undefined if not found once. */
const without = (text: string, part: string): string | undefined => {
  const lower = text.toLowerCase();
  const p = part.toLowerCase().trim();
  const at = lower.indexOf(p);
  if (p.length === 0 || at < 0 || lower.indexOf(p, at + 1) >= 0) return undefined;
  return `${text.slice(0, at)} ${text.slice(at + p.length)}`
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:!?])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/^[\s,;:.]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
};

/** A reason ("because they moved", "since …") and who did it ("by the family"): the kinds of remark a field may keep. */
const REASON = /^(?:(?:and|but|so|or|also|then)\s+)?(?:because|since|cause|as)\b/i;
const AGENT = /^(?:(?:and|but|so|or|also|then)\s+)?by\s/i;
/** Fields that keep why something happened (booking.cancelled `reason`) and who did it (`sender`, `…By`). */
const REASON_FIELD = /(?:reason|cause)$/i;
const AGENT_FIELD = /(?:^from|^sender|By)$/;

/**
 * Whether the trigger's event keeps what the part says in a field, so that a condition could test it: a reason
 * set aside from a cancellation that records its reason could be "only when they cancel because they are ill".
 */
const keptByEvent = (part: string, event: string | undefined): boolean => {
  if (!event || !(EVENT_NAMES as readonly string[]).includes(event)) return false;
  const fields = EVENT_DETAIL_PATHS[event as EventName].map((p) => p.split('.').at(-1) ?? p);
  if (REASON.test(part.trim())) return fields.some((f) => REASON_FIELD.test(f));
  if (AGENT.test(part.trim())) return fields.some((f) => AGENT_FIELD.test(f));
  return false;
};

interface Read {
  readonly ok: boolean;
  readonly notUnderstood: readonly string[];
}
export type Refused = { readonly ok: false; readonly problems: readonly string[] };
export type Accepted = {
  readonly ok: true;
  readonly notes: readonly string[];
  readonly definition: {
    readonly trigger: { readonly type: string; readonly event?: string };
    readonly steps: readonly unknown[];
  };
};

/** How many times a request is read again without more parts (each reading may quote what the last one hid). */
const ROUNDS = 3;
/** At most this many parts are set aside: a request made mostly of unread words is refused as it was. */
const MOST_PARTS = 4;

/** The note that says the parts set aside back, with why they could be. */
export const setAsideNote = (parts: readonly string[]): string =>
  `set aside, as nothing in them can change the workflow (no time, amount, condition, person, channel, action, event or field): ${parts.map((p) => `"${p}"`).join(', ')}`;

/**
 * Reads a request; when it is refused only for words not understood, and every such part is inert (`whyNotInert`),
 * reads it again without them. The refusal stands when any part could matter, or when the request is refused again.
 */
export const settingAside =
  <R extends Read & (Refused | Accepted)>(read: (text: string) => R) =>
  (text: string): R => {
    const first = read(text);
    let result = first;
    let rest = text;
    const aside: string[] = [];
    for (let round = 0; round < ROUNDS && !result.ok; round++) {
      const parts = unreadParts(result.problems);
      if (!parts || parts.length === 0 || aside.length + parts.length > MOST_PARTS) return first;
      for (const part of parts) {
        if (whyNotInert(part) !== undefined) return first;
        const next = without(rest, part);
        if (next === undefined || !/\p{L}/u.test(next)) return first;
        rest = next;
        aside.push(part.trim());
      }
      result = read(rest);
    }
    if (!result.ok || aside.length === 0) return first;
    const { trigger } = result.definition;
    // "when a booking is cancelled because …": the event keeps its reason, which a condition could test
    if (trigger.type === 'webhook' || aside.some((p) => keptByEvent(p, trigger.event))) return first;
    return {
      ...result,
      notUnderstood: [...aside, ...result.notUnderstood],
      notes: [...result.notes, setAsideNote(aside)],
    } as R;
  };

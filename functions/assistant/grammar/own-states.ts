import { awaitedOutcomes } from './awaited-outcomes';
import { eventThenWait, spanFirstJoined } from './event-then-wait';
import { formTools, toolHeader } from './form-tools';
import { namedTools } from './named-tools';
import { PERSON, ROLE } from './nouns';
import { outcomes } from './outcomes';
import { LEAD_STATUS_WORDS } from './statuses';
import { toolEvents } from './tool-events';
import { webhookIntros } from './webhook-intros';
import { webhookSources } from './webhook-sources';
import { weekContext } from './week-context';
import { headed } from './wishes';
import { writersTriggers } from './writer-triggers';

/**
 * A state said in the writer's own word, with what it is in the CRM said in brackets right after it: "goes from trial
 * to paid (we flip them to customer in the CRM)", "is marked as signed (won in our CRM)", "moves to paying (status
 * customer)". The word is read as the one status the brackets name, and said back; the brackets are the writer's
 * mapping, not a clause of their own. Brackets that name no status, or two, are left as written for the other
 * readers (which refuse what they cannot place). After a status the CRM has ("to customer (that's our paid stage)"),
 * brackets that only gloss it (a stage, a column, what we call it) are the same mapping said the other way round.
 */

/** A verb of changing state and the preposition before the state word ("goes from trial to", "marked as"). */
const STATE_WORD =
  /\b((?:is|are|was|gets|got|goes|go|went|gone|moves?|moved|changes?|changed|switch(?:es)?|switched|converts?|converted|flips?|flipped|becomes?|became|turns?(?:\s+into)?|turned(?:\s+into)?|marked(?:\s+as)?|set\s+(?:to|as)|progress(?:es|ed)?|transitions?|transitioned|upgrades?|upgraded)(?:\s+from\s+[\w-]+)?(?:\s+(?:to|into|as))?\s+(?:(?:a|an)\s+)?)([a-z][\w-]*)\s*\(([^()]{1,80})\)/gi;

/** "is", "gets": before them a word is a state only when it is a status ("an invoice is paid (…)" is no lead's). */
const COPULA = /^(?:is|are|was|gets|got)\s/i;

/** Words that are never a state ("marked as them (…)"). */
const NOT_STATE = /^(?:them|him|her|us|me|it|the|a|an|our|their|my|his|its|this|that|from|to|and|or|then)$/i;

/** A gloss of the status said before it: "that's our paid stage", "what we call won", "the Paid column". */
const GLOSS =
  /\b(?:stage|status|column|pipeline|bucket|crm|hubspot|salesforce|pipedrive|we\s+call|aka|i\.e\.)\b/i;
/** Words that could choose records or add a step: a bracket with them is not a mere gloss. */
const MORE_THAN_A_GLOSS =
  /\b(?:only|just|if|unless|except|when|over|under|above|below|tagged|with|not|and|or|then|send|email|notify|post|tell)\b|\d/i;

/** The statuses the words name, one word or two ("closed won") at a time. */
const statusesIn = (text: string): Set<string> => {
  const found = new Set<string>();
  const words = text.toLowerCase().split(/[^a-z]+/);
  for (const [i, word] of words.entries()) {
    const status = LEAD_STATUS_WORDS[`${word} ${words[i + 1] ?? ''}`] ?? LEAD_STATUS_WORDS[word];
    if (status) found.add(status);
  }
  return found;
};

export interface OwnStates {
  readonly text: string;
  /** Each mapping read, said back with the workflow. */
  readonly notes: readonly string[];
}

/** The request with each state word the writer mapped in brackets read as the status the brackets name. */
export const ownStates = (text: string): OwnStates => {
  if (!text.includes('(')) return { text, notes: [] };
  const notes: string[] = [];
  const out = text.replace(STATE_WORD, (whole, before: string, word: string, inside: string) => {
    if (NOT_STATE.test(word)) return whole;
    const own = LEAD_STATUS_WORDS[word.toLowerCase()];
    const named = statusesIn(inside);
    if (MORE_THAN_A_GLOSS.test(inside) || inside.split(/\s+/).length > 10) return whole;
    const [status] = [...named];
    // "is won (customer in our CRM)": the same status said twice; after "is" only a status is a state
    if (own && own === status) return `${before}${word}`;
    if (named.size === 1 && status && !own && !COPULA.test(before)) {
      notes.push(`"${word}" is read as the status ${status}, as you said in brackets`);
      return `${before}${status}`;
    }
    // "to customer (that's our paid stage)": the writer's name for a status we have
    if (own && named.size === 0 && GLOSS.test(inside)) {
      notes.push(`"(${inside.trim()})" is read as your name for the status ${own}`);
      return `${before}${word}`;
    }
    return whole;
  });
  return { text: out, notes };
};

/**
 * Verbs that say where a person now stands ("cancels", "churns", "quits", "renews", "upgrades", "signs up"): with the
 * status it leaves them in said in brackets right after ("a subscriber cancels (lost)", "someone cancels their sub (we
 * set them to lost in the CRM)"), the bracket's status is what happened. Never a verb of another catalogue event
 * (books, fills in, replies, pays an invoice): a status in brackets after those stays as written.
 */
const STANDING_VERB =
  /^(?:cancel(?:s|led|ed)?|churn(?:s|ed)?|quit(?:s)?|leaves?|left|lapse[sd]?|renew(?:s|ed)?|upgrade[sd]?|downgrade[sd]?|convert(?:s|ed)?|unsubscribe[sd]?|drops?|dropped|stops?|stopped|joins?|joined|buys?|bought|purchase[sd]?|subscribes?|subscribed|commits?|committed|goes|went|moves?|moved|declines?|declined|accepts?|accepted|signs?|signed|hires?|hired|engages?|engaged|retains?|retained|agrees?|agreed|commits?|wins?|won|loses?|lost|ghosts?|ghosted|withdraws?|withdrew|withdrawn|rejects?|rejected|closes?|closed|passes|passed|onboards?|onboarded|says|said)$/;
/** An object after the verb that could pick some of them out (a number, a test, a second step): never read. */
const PICKING_OBJECT =
  /\d|\b(?:only|just|if|unless|except|when|over|under|above|below|more|less|tagged|with|from|not|and|or|then|twice|again|first|second|big|large|small)\b/i;
/** Who it is, before the verb: someone, or one noun of a person after a determiner (never a record's noun). */
const STANDING_SUBJECT =
  /^(?:someone|somebody|anyone|anybody|they|(?:(?:a|an|the|any|each|every|our|one\s+of\s+(?:our|the|my))\s+)?(?:(?:new|potential|prospective|possible|first-time|brand-new)\s+){0,3}(?:(?!(?:is|are|was|were|gets?|got|has|have|had|from|with|via|through|who|that|which|in|on|at|of|for|by|and|or|vip|big|small|hot|cold|trial|paying|existing|returning|tagged)\b)[a-z][\w-]*\s+)?(?!(?:invoice|bill|booking|meeting|call|appointment|payment|form|email|message|file|quote|order|task|ticket|job|project)s?\b|(?:is|are|was|were|gets?|got|has|have|had|been|just|then)$)[a-z][\w'-]*)$/;

/** "(lost or cold)", "(lost/cold)": a bracket of statuses only, each one the CRM keeps (or its word for one). */
const onlyStatuses = (said: string): boolean => {
  const parts = said
    .trim()
    .toLowerCase()
    .split(/\bor\b|[/,]/)
    .map((p) => p.trim());
  return parts.length > 1 && parts.every((p) => Object.hasOwn(LEAD_STATUS_WORDS, p));
};

/** "a subscriber cancels (lost) →": the verb and its object read as the change to the one status in the brackets. */
const standingStates = (text: string, notes: string[]): string => {
  let out = '';
  let from = 0;
  for (const m of text.matchAll(/\(([^()]{1,80})\)/g)) {
    const named = statusesIn(m[1] ?? '');
    // "(lead status -> customer)": a clause of its own, the trigger's gloss (glosses.ts), not a state's name
    const alternatives = onlyStatuses(m[1] ?? '');
    if (
      !alternatives &&
      (named.size !== 1 || MORE_THAN_A_GLOSS.test(m[1] ?? '') || GLOSS_CLAUSE.test(m[1] ?? ''))
    )
      continue;
    const before = text.slice(from, m.index);
    const tail = before.slice(Math.max(...[...'.,;:!?→>('].map((c) => before.lastIndexOf(c))) + 1);
    const words = tail.replace(STANDING_OPENER, '').trim().split(/\s+/);
    if (words.length > 8) continue;
    const verbAt = words.findIndex((w, i) => i > 0 && STANDING_VERB.test(w.toLowerCase()));
    // "a candidate is hired (we mark them won)": the passive's auxiliary goes with the verb, not with who it is
    const aux = /\s(?:is|was|gets|got|has been)$/i
      .exec(` ${words.slice(0, verbAt).join(' ')}`)?.[0]
      .trim()
      .split(' ');
    const who = words
      .slice(0, verbAt - (aux?.length ?? 0))
      .join(' ')
      .toLowerCase();
    if (verbAt < 1 || !STANDING_SUBJECT.test(who) || (aux && !PASSIVE_PERSON.test(who))) continue;
    const object = words.slice(verbAt + 1);
    if (object.length > 4 || PICKING_OBJECT.test(object.join(' '))) continue;
    // "(lost or qualified)": two changes, said back as two so the reader refuses the second, never a new lead tested
    const status = [...named].join(' or ');
    const said = words.slice(verbAt - (aux?.length ?? 0)).join(' ');
    const start = before.lastIndexOf(said);
    if (start < 0) continue;
    notes.push(`"${said}" is read as the status changing to ${status}, as you said in brackets`);
    // the bracket ended the event: a comma keeps that boundary before an action run on after it
    const next = text
      .slice(m.index + m[0].length)
      .trimStart()
      .charAt(0);
    out += `${before.slice(0, start)}becomes ${status}${/[a-z]/i.test(next) ? ',' : ''}`;
    from = m.index + m[0].length;
  }
  return from === 0 ? text : out + text.slice(from);
};

/** Done to someone ("is hired", "is onboarded"): only one of our people; a thing is closed or signed too. */
const PASSIVE_PERSON = new RegExp(`(?:^|\\s)(?:${PERSON}|${ROLE}|enquir(?:y|ies)|inquir(?:y|ies))$`);

/** A bracket that names the record and its field: a clause restating the trigger, read by glosses.ts. */
const GLOSS_CLAUSE = /\b(?:lead|deal|contact)'?s?\s+(?:status|stage)\b/i;

/** The word that says when, before the clause's subject. */
const STANDING_OPENER =
  /^\s*(?:(?:and|then|so)\s+)?(?:when(?:ever)?|if|once|as soon as|each time|every time|after)\s+/i;

/** "moves to = won", "is set to → qualified", "goes to -> lost": the state after its preposition, marked as a value. */
const STATE_ARROW = /\b(to|into|as)\s?(?:=>|->|→|=)\s?(?=[a-z"'])/gi;

/** "and industry_type = dental", "if their companySize == 50": a field named as a system names it, tested. */
const FIELD_TEST =
  /\b((?:and|if|with|where|whose|when|or)\s(?:(?:the|their|its|his|her)\s)?)([a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+)\s?={1,3}\s?/g;

/** "moves to stage "Won"", "is changed to 'Closed Won'": a status in quotes is the status (its words, not a text). */
const QUOTED_STATE =
  /\b((?:to|as|into)\s(?:(?:the\s)?(?:stage|status)\s)?)["“']([A-Za-z][A-Za-z -]{1,20})["”']/g;

/**
 * The request restated before the grammars: triggers in the forms the shapes read (writer-triggers.ts), an event
 * joined to a wait on it, then the writer's status words.
 */
export const restated = (request: string): OwnStates => {
  const week = weekContext(request); // "Puppy class runs Saturdays. Every Friday at noon …": the week, not a day
  const events = toolEvents(week.text); // "jotform tournament entries →", "calendly cancellations ->"
  const forms = formTools(events.text); // "the financing form (Tally) is submitted": a Tally form
  const intros = webhookIntros(forms.text); // "… a webhook (source "ruby") … . When that comes in, …"
  const tools = namedTools(intros.text); // "when stripe says a payment failed", "shopify order paid ->"
  const said = writersTriggers(tools.text)
    .replace(STATE_ARROW, '$1 ')
    .replace(FIELD_TEST, '$1$2 is ')
    .replace(QUOTED_STATE, (whole, before: string, word: string) =>
      Object.hasOwn(LEAD_STATUS_WORDS, word.toLowerCase().replace(/[\s_-]+/g, ' '))
        ? `${before}${word.toLowerCase()}`
        : whole,
    );
  const own = ownStates(eventThenWait(outcomes(awaitedOutcomes(headed(spanFirstJoined(said)))))); // before framing drops "paid = …"
  const hooks = webhookSources(own.text);
  return {
    text: hooks.text,
    notes: [
      ...week.notes,
      ...events.notes,
      ...forms.notes,
      ...intros.notes,
      ...tools.notes,
      ...own.notes,
      ...hooks.notes,
    ],
  };
};

/**
 * The request with what someone did read as the status in the brackets after it ("a subscriber cancels (lost)"),
 * before any other reading of brackets (glosses.ts would read "(lost)" as a test of a new lead's status).
 * A form tool said as a header ("Jotform: when a new … comes through") is read first, before headers are labels.
 */
export const standing = (request: string): OwnStates => {
  const header = toolHeader(request); // "Jotform: when a new declaration comes through": before headers are labels
  if (!header.text.includes('(')) return header;
  const notes = [...header.notes];
  return { text: standingStates(header.text, notes), notes };
};

import { eventThenWait } from './event-then-wait';
import { LEAD_STATUS_WORDS } from './statuses';

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
  /\b((?:is|are|was|gets|got|goes|go|went|gone|moves?|moved|changes?|changed|switch(?:es)?|switched|converts?|converted|flips?|flipped|becomes?|became|turns?(?:\s+into)?|turned(?:\s+into)?|marked(?:\s+as)?|set\s+(?:to|as)|progress(?:es|ed)?|transitions?|transitioned|upgrades?|upgraded)(?:\s+from\s+[\w-]+)?(?:\s+(?:to|into|as))?\s+)([a-z][\w-]*)\s*\(([^()]{1,80})\)/gi;

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

/** The request restated before the grammars: an event joined to a wait on it, then the writer's status words. */
export const restated = (text: string): OwnStates => ownStates(eventThenWait(text));

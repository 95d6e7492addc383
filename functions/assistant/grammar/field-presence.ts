import type { Kind } from './condition-words';

/**
 * A field tested for being there, not for a value: "has a phone number", "has no company" (a lead's), and a field
 * said filled in or empty ("the company field is filled in", "the phone is left blank": session 38, read as
 * eq "filled" before). Said after the field and its "is"/"not" (the atom's negation wraps it).
 */
const HAS =
  /^(?:has|have)\s+(no\s+|a\s+|an\s+)?(phone(?:\s+number)?|company|name|email(?:\s+address)?)\b|^(?:does not|doesn't)\s+have\s+(?:a\s+|an\s+)?(phone(?:\s+number)?|company|name)\b/;
const FILLED =
  /^\s*(?:(?:is|are|was|has\s+been|have\s+been|gets|got)\s+)?(not\s+|n't\s+)?(filled(?:\s+(?:in|out))?|completed|entered|provided|given|set|present|blank|empty|missing|left\s+(?:blank|empty))(?=\s*(?:[,.;:!?]|$|\s(?:and|or|then|tag|send|notify|add|create|mark|email|tell|post)\b))/;

export const presenceAt = (
  rest: string,
  kind: Kind,
  field: string | undefined,
): { field: string; present: boolean; length: number } | undefined => {
  const has = kind === 'lead' ? HAS.exec(rest) : null;
  if (has) {
    const f = (has[2] ?? has[3] ?? '').split(/\s/)[0] ?? '';
    return { field: f, present: !(has[1]?.trim() === 'no' || Boolean(has[3])), length: has[0].length };
  }
  const filled = field ? FILLED.exec(rest) : null;
  if (!field || !filled) return undefined;
  const present = /^(?:fill|comp|ent|pro|giv|set|pres)/.test(filled[2] ?? '') !== Boolean(filled[1]);
  return { field, present, length: filled[0].length };
};

/** "a customer emails about a warranty", "… emails hello@shop.com": "emails" the verb, not the lead's address. */
export const EMAILS_VERB =
  /^s\s+(?:\S*@|(?!(?:is|are|contains?|includes?|ends?|starts?|equals?|matches?|has|have)\b)[a-z])/;

/** "the amount field is over 250": a form's field named with the word "field" is the field of that name. */
export const namedFormField = (kind: Kind, after: string): boolean =>
  kind === 'form' && /^\s+field\b/.test(after);

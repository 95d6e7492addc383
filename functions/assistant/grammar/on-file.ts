/**
 * A tag a lead is created with, said after the create as its own clause: ", tag quote" (as ", source website" is its
 * source). Kept apart: a tag on someone ("tag them as beta"), after an arrow or "then", or before more steps.
 */
const BARE_TAG_FIELD =
  /^\s*(?:tag|label)\s+(?!(?:them|him|her|it|the|their|this|as|with)\b)(?:⟦\d+⟧|[a-z0-9][\w-]*)\s*$/;
const CREATES_LEAD =
  /(?:^|\s)(?:create|add|save|put|enter|make)\s+(?:(?:them|him|her|the\s+[a-z]+)\s+)?(?:(?:as\s+)?(?:an?\s+|the\s+)?(?:new\s+)?(?:lead|contact)\b|(?:to|in|into)\s+(?:the\s+|our\s+)?(?:crm|system|database)\b)/;

/**
 * Whether the piece `c` after `before` is a tag the lead created there is created with: only when it ends the
 * request ("create lead, tag "PI", email them, …" lists steps, as a tool's layout does).
 */
export const leadFieldGoesOn = (before: string, c: { text: string; raw: string }, last: boolean): boolean =>
  last && CREATES_LEAD.test(before) && c.raw.trim() === ',' && BARE_TAG_FIELD.test(c.text);

import { PERSON } from './nouns';

/** "to the student's file", "on the client record": the record a note goes on, in the trade's words. */
export const PERSONS_FILE = new RegExp(
  `\\b(?:to|on|in|onto|into)\\s+(?:the|their|his|her|this|that)\\s+(?:${PERSON}(?:'s)?\\s+)?(?:crm\\s+)?(?:record|file|profile|timeline|account|card)\\b`,
);

/**
 * A tag a lead is created with, said after the create as its own clause: ", tag quote" (as ", source website" is its
 * source), or a list of its fields (", tag hip-hop, source website, status new"). Kept apart: a tag on someone ("tag
 * them as beta"), after an arrow or "then", or before more steps.
 */
const BARE_TAG_FIELD =
  /^\s*(?:tag|label)\s+(?!(?:them|him|her|it|the|their|this|as|with)\b)(?:⟦\d+⟧|[a-z0-9][\w-]*)\s*$/;
/** The next field of that list: ", source website", ", status contacted", ", tag vip". */
const NEXT_FIELD =
  /^\s*(?:(?:tag|label)\s+(?!(?:them|him|her|it|the|their|this|as|with)\b)(?:⟦\d+⟧|[a-z0-9][\w-]*)|(?:source|status)(?:\s*:|\s+is)?\s+(?:⟦\d+⟧|[a-z0-9][\w-]*))\s*$/;
const CREATES_LEAD =
  /(?:^|\s)(?:create|add|save|put|enter|make)\s+(?:(?:them|him|her|the\s+[a-z]+)\s+)?(?:(?:as\s+)?(?:an?\s+|the\s+)?(?:new\s+)?(?:lead|contact)\b|(?:to|in|into)\s+(?:the\s+|our\s+)?(?:crm|system|database)\b)/;

/**
 * Whether the piece `c` after `before` is a tag the lead created there is created with: only when it ends the
 * request, or only its fields follow (`rest`; "create lead, tag "PI", email them, …" lists steps, as a tool's layout
 * does).
 */
export const leadFieldGoesOn = (
  before: string,
  c: { text: string; raw: string },
  rest: readonly { text: string; raw: string }[],
): boolean =>
  rest.every((r) => r.raw.trim() === ',' && NEXT_FIELD.test(r.text)) &&
  CREATES_LEAD.test(before) &&
  c.raw.trim() === ',' &&
  BARE_TAG_FIELD.test(c.text);

import { VERB_WORD } from './split';

/**
 * Verbs people use for an action the grammars know under another name, as a table: each rewritten to the verb the
 * action readers read ("advise the team" is "inform the team", "pencil in a call" is "schedule a call"), so a new
 * synonym is one row, not a new pattern in every reader. Then the modal before an imperative goes: "you must send",
 * "you should add" are "send", "add".
 */
const SYNONYMS: readonly [RegExp, string][] = [
  [
    /\badvi[sc]e(?=\s+(?:the|our|my|him|her|them|us|me|sales|finance|support|[a-z]+\s+(?:on|via|by)\b))/gi,
    'inform',
  ],
  [/\bbrief(?=\s+(?:the|our|my|him|her|them|sales|finance|support)\b)/gi, 'inform'],
  [
    /\bgive\s+(the\s+team|sales|finance|support|me|us|him|her|[a-z]+)\s+a\s+(?:shout|shout-out|buzz|call-out)\b/gi,
    'notify $1',
  ],
  [
    /\bsay\s+(?:hello|hi)\s+to\s+(them|him|her|the lead|the customer|the client)(?:\s+(?:with|by|via|in)\s+(?:an?\s+)?(?:e-?mail|mail|message))?/gi,
    'send $1 a welcome email',
  ],
  // "→ contact in CRM + …": the record to create, named alone
  [
    /(^|[:>→+,;]\s*|\b(?:and|then)\s+)(?:an?\s+)?(?:new\s+)?(contact|lead)\s+in\s+(?:the\s+)?crm\b/gi,
    '$1create a $2 in the crm',
  ],
  [
    /\b(?:log|record|enter)\s+(them|him|her|the person|the customer|the client)\s+(?:in|into|on)\s+(?:the\s+)?crm\s+as\s+(?:an?\s+)?(?:new\s+)?(?:lead|contact)\b/gi,
    'add $1 to the crm',
  ],
  // "confirm it", "confirm the booking": the confirmation is an email to them
  [
    /(?<!(?:\bnot|n't|\bnever|\bto|\bwill|\bwould|\bshould|\bmust|\bcan|\bcould|\bdoes|\bdo|\bdid|\bthey|\bhe|\bshe|\bwe|\bi|\byou|\bwho|\bthat|\bclient|\bcustomer|\blead|\battendee|\bsomeone|\bnobody|\bstill)\s)\bconfirm\s+(?:it|the\s+(?:booking|appointment|appt|meeting|demo|call|reservation)|their\s+(?:booking|appointment|meeting)|with\s+them)\b(?!\s+(?:is|was|has|gets)\b)/gi,
    'send them a confirmation email',
  ],
  // "chase every customer … with a payment reminder": one reminder, said twice
  [
    /\b(chase|nudge|remind)\b([^,.;]{1,60}?)\s+with\s+(?:an?\s+)?(?:payment\s+|polite\s+|friendly\s+|gentle\s+|quick\s+)?(?:reminder|nudge)(?:\s+e-?mail)?\b/gi,
    '$1$2',
  ],
  [/\bpencil\s+in\b/gi, 'schedule'],
  [/\bpencil\b(?=\s+(?:a|an)\s+(?:call|meeting|demo|appointment|slot)\b)/gi, 'schedule'],
  [/\b(?:pop|chuck|stick|bung|plonk)(?!\s+up\b)(?=\s)/gi, 'put'],
  [/\b(?:fire|shoot|send)\s+off\b/gi, 'send'],
  [/\bdrop\s+(them|him|her|the lead|the customer|the client)\s+a\s+(?:line|quick line|mail)\b/gi, 'email $1'],
];

const MODAL =
  /(^|[^a-z'])(?:you|u)\s+(?:must|should|have to|need to|gotta|got to|can|could|will|would|shall)(?:\s+(?:also|then|please))?\s+([a-z]+)/gi;

export const withCommonVerbs = (s: string): string =>
  SYNONYMS.reduce((text, [re, verb]) => text.replace(re, verb), s).replace(
    MODAL,
    (m, before: string, verb: string) => (VERB_WORD.test(verb.toLowerCase()) ? `${before}${verb}` : m),
  );

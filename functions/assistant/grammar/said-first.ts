/**
 * Words read before the sentence is normalised, while its brackets and "we" are still there (session 38's wrong
 * answers): who "the owner" is, who signs an email, the times a bracket gives "twice a day".
 */

/**
 * "we email the owner the instructions", "email the owner about our cancellation policy", "the pet's owner": an
 * owner the business writes to is its client (a pet's, a home's), never the business's own owner (notified).
 */
const CLIENT_OWNER =
  /\b(?:(?<=\b(?:we|i)\s(?:e-?mail|send|message|write\sto|contact)\s)the\sowner(?=\s(?:the|their|our)\s(?![\w-]+\s(?:summary|report|recap|digest|numbers|figures)\b)[\w-]+\s[\w-]+)|(?<=\b(?:e-?mail|send|message|write\sto|contact)\s)the\sowner(?=\s(?:about|with|regarding)\sour\b)|(?:the|their)\s(?:pet|dog|cat|animal|horse|property|home|house|car|vehicle)(?:['’]s|s['’])\sowners?\b|the\sowners?\sof\s(?:the|their|each)\s(?:pet|dog|cat|animal|horse|property|home|house|car|vehicle)\b)/gi;

/** "send a thank you email from the CEO", "… from me": who signs the email we send, not someone to notify. */
const SIGNED_BY =
  /(\b(?:send|e-?mail)\s(?:(?:them|him|her|the\s(?:client|customer|donor|lead))\s)?(?:an?\s|the\s)?(?:(?!(?:me|us|to|the|a|an|our|my|their)\b)[\w'-]+\s){0,3}?(?:e-?mail|message|note|letter))\sfrom\s(?:me|us|(?:the|our|my)\s(?:ceo|founder|owner|director|boss|md|president|principal|head\steacher|vicar|pastor|chair|treasurer))\b/gi;

export const clientOwner = (s: string): string =>
  s.replace(CLIENT_OWNER, 'the client').replace(SIGNED_BY, '$1');

/** "twice a day (9 and 3)", "3 times a day (8, 12 and 4)": the bracket names the times ("at 9 and 3"). */
const TIMES_IN_BRACKETS =
  /\b((?:twice|(?:\d+|two|three|four)\s*(?:times|x))\s+(?:a|per|each|every)\s+day|twice\s+daily)\s*\(\s*(?:at\s+)?(\d{1,2}(?::\d\d)?(?:\s*[ap]m)?(?:\s*(?:,|and|&)\s*\d{1,2}(?::\d\d)?(?:\s*[ap]m)?){1,3})\s*\)/gi;

export const saidFirst = (s: string): string =>
  s.replace(CLIENT_OWNER, 'the client').replace(SIGNED_BY, '$1').replace(TIMES_IN_BRACKETS, '$1 at $2');

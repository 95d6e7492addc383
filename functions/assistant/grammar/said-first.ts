import { writerOnce } from './synonyms';

/**
 * Words read before the sentence is normalised, while its brackets and "we" are still there (session 38's wrong
 * answers): who "the owner" is, who signs an email, the times a bracket gives "twice a day", a person
 * messaged on Slack.
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

/** "slack Tom", "slack Priya about it": a person messaged by Slack (a team message to them), not a channel post. */
const SLACK_NAMED =
  /(?<!\b(?:to|on|in|into|via|through|using|over|the|our|a|your|my)\s)\b[sS]lack\s(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Then|And|Also|If|When|Every|Each|Daily|Weekly|Monthly|Channel|Team|At|On|In|By|For|Before|After|Please|Today|Tomorrow|Tonight|Noon|Midnight|Morning|Evening|Weekday|Weekend)[a-z]*\b)([A-Z][a-z]+)\b(?![-#@'’]|\s?[#@])/g;
/** "tell the treasurer (Graham) on slack": the person named is whom it goes to, the role what they are. */
const ROLE_THEN_NAME =
  /\b(the|our|my)\s([a-z]+(?:\s[a-z]+)?)\s?\(([A-Z][a-z]+)\)(?=\s(?:on|via|in|over|by)\s[sS]lack\b)/g;

/** "we send the pre-arrival form after booking.": each booking starts it (not "24 hours after booking", a wait). */
const AFTER_BOOKING =
  /(?<!\b(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s)\b(after)\s+booking(?=\s*(?:[.,;!?]|$))/gi;

/** "email all the office staff to …. email is office@x.com": the address said after is theirs, one email. */
const ADDRESS_AFTER =
  /\b(e-?mail|send)\s((?:all\s)?(?:the|our|my)\s[a-z]+(?:\s[a-z]+)?)\b([^.;@]{0,120})[.;]\s*(?:(?:the|their|his|her|its|our)\s)?(?:e-?mail(?:\saddress)?|address)\s(?:is|=|:)\s?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\.?/gi;

export const saidFirst = (s: string): string =>
  writerOnce(s)
    .replace(CLIENT_OWNER, 'the client')
    .replace(SIGNED_BY, '$1')
    .replace(TIMES_IN_BRACKETS, '$1 at $2')
    .replace(SLACK_NAMED, 'message $1 on slack')
    .replace(ROLE_THEN_NAME, '$3 ($1 $2)')
    .replace(AFTER_BOOKING, '$1 each booking')
    .replace(ADDRESS_AFTER, '$1 $2 at $4$3.');

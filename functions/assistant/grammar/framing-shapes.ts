/**
 * Statements around a rule recognised by their SHAPE (session 33, h5; class 3 of sealed sets 29/30: reasons,
 * generalisations, statements that scope the business): framing only when the shape cannot restrict who, when or which
 * records, nor add an action — no modal or imperative, no "only … for", no condition word, no number, no referent of
 * the rule ("this", "it", "them"). Each shape has a must-refuse twin in test/unit/assistant/classes/framing-s33.ts.
 */

/** Words that could restrict or refer to the rule: a statement holding one is never framing by shape. */
const COULD_RESTRICT =
  /\d|\b(?:this|it|that|these|those|them|him|her|workflow|automation|rule|zap|if|when|whenever|unless|except|until|before|after|every|each|only\s+(?:for|to|on|in|at|if|when)|should|must|need|needs|want|wants|please|pls|make sure|don't|do not|never|not|no|over|under|above|below|more|less|than|between|within)\b|[?:;]/i;

/** Verbs that are the catalogue's actions on people: "we only email …" could be this rule's own step. */
const ACTION_VERB =
  /^(?:send|sends|email|emails|e-mail|notify|notifies|remind|reminds|post|posts|tag|tags|message|messages|text|texts|call|calls|contact|contacts|ping|pings|alert|alerts|chase|chases|follow|follows|do|does|want|need|like|use|get|have|see|add|adds|create|creates|update|updates|mark|marks|schedule|schedules)$/i;

/** "We only invoice annual memberships.", "We mostly sell gift vouchers.": what the business does, scoped. */
const BUSINESS_SCOPE =
  /^(?:we|i|our\s(?:team|business|studio|gym|shop|store|salon|clinic|practice))\s(?:only|mostly|mainly|just|usually|generally|typically|always|normally)\s([a-z]+)\s([a-z][\w'-]*(?:\s[a-z][\w'-]*){0,3})[.!]?$/i;

/** "Members usually book online.", "Most bookings come in on Sundays.": how things tend to be. */
const GENERALISATION =
  /^(?:(?:most|many|some|a lot|lots|half|the majority)(?:\sof)?\s(?:our\s|the\s)?[a-z-]+s|(?:our\s)?[a-z-]+s\s(?:usually|mostly|often|normally|generally|typically|tend\sto|always))\s[a-z][\w'-]*(?:\s[a-z][\w'-]*){0,6}[.!]?$/i;

/** Asides that open or close a statement ("tbh", "FWIW", "…, anyway"): how it is said, not what (session 34). */
const ASIDE_OPENER =
  /^(?:tbh|to be honest|honestly|fwiw|for what it's worth|btw|by the way|fyi|ngl|realistically|in practice|in reality|frankly|sadly|annoyingly|funnily enough)[,:-]?\s+/i;
const ASIDE_CLOSER = /,?\s(?:anyway|tbh|lol|haha|sadly|unfortunately)(?=[.!]?$)/i;

/** "Most new leads never book.", "Half of them never reply.": how things tend NOT to be, still only a tendency. */
const NEVER_TENDENCY =
  /^(?:most|many|some|a lot|lots|half|the majority|plenty)(?:\sof)?\s(?:our\s|the\s|them\b|new\s)*(?:[a-z-]+s\s)?(?:never|rarely|seldom|hardly ever|don't|do not|won't)\s[a-z][\w'-]*(?:\s(?:a|an|the|their|back|again|up|in|on time|anyway))*[.!]?$/i;

/** "We're a 3-person team.", "We're a small firm of 4 lawyers.", "It's just me and Sam.": who the business is. */
const WHO_WE_ARE =
  /^(?:we(?:'re|\sare)\s(?:just\s|only\s)?(?:a|an)\s(?:(?:small|tiny|little|busy|growing|new|young|local|family-run|family|boutique)\s){0,2}(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)[\s-](?:person|people|man|woman|lawyer|attorney|partner|seat)s?\s)?(?:[a-z]+\s){0,2}(?:team|firm|company|practice|shop|agency|studio|office|business|clinic|startup|outfit|operation|partnership)(?:\s(?:of|with)\s(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a\sfew|a\shandful\sof)\s[a-z]+)?(?:\sin\s[A-Z][a-z]+)?|it(?:'s|\sis)\s(?:just|only)\s(?:me|us\s(?:two|three)|the\s(?:two|three|four)\sof\sus)(?:\sand\s[A-Z][a-z]+)?(?:\sfor\snow|\sright\snow|\shere)?|there\sare\s(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|only\s\w+|just\s\w+)\sof\sus)[.!]?$/i;

/** "Sam is our intake paralegal.", "Priya's my assistant.": who someone named is, by their role (session 34). */
const ROLE_OF =
  /^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:\sis|'s)\s(?:our|my|the)\s(?:[a-z-]+\s){0,2}(?:paralegal|assistant|manager|admin|administrator|bookkeeper|accountant|associate|receptionist|coordinator|co-?founder|founder|ceo|cto|coo|cfo|director|owner|intern|specialist|officer|consultant|va|ea|pa|secretary|partner)[.!]?$/;

/** Whether a sentence is framing by its shape alone (it then passes, said back as context). */
export const framingByShape = (sentence: string): boolean => {
  const s = sentence.trim().replace(ASIDE_OPENER, '').replace(ASIDE_CLOSER, '');
  if (s.length <= 120 && (WHO_WE_ARE.test(s) || NEVER_TENDENCY.test(s) || ROLE_OF.test(s))) return true;
  if (s.length > 120 || COULD_RESTRICT.test(s)) return false;
  const scope = BUSINESS_SCOPE.exec(s);
  if (scope?.[1]) return !ACTION_VERB.test(scope[1]);
  // "VIP clients usually get a call": what someone gets could be an action asked for
  return (
    GENERALISATION.test(s) && !/\b(?:get|gets|receive|receives|expect|expects|deserve|deserves)\b/i.test(s)
  );
};

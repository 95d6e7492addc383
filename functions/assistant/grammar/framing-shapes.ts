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

/** Whether a sentence is framing by its shape alone (it then passes, said back as context). */
export const framingByShape = (sentence: string): boolean => {
  const s = sentence.trim();
  if (s.length > 120 || COULD_RESTRICT.test(s)) return false;
  const scope = BUSINESS_SCOPE.exec(s);
  if (scope?.[1]) return !ACTION_VERB.test(scope[1]);
  // "VIP clients usually get a call": what someone gets could be an action asked for
  return (
    GENERALISATION.test(s) && !/\b(?:get|gets|receive|receives|expect|expects|deserve|deserves)\b/i.test(s)
  );
};

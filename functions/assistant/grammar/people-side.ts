import type { Clause } from './clause';
import type { ActionResult, Ctx } from './context';
import { PERSON, ROLE, THEIR_PERSON } from './nouns';
import { OURS_GROUP, readTeamReminder } from './reminders';
import { ROLE_HEAD } from './roles';

/**
 * Whom a message goes to, said with an article and a word for a person (session 42): "email the player a reminder",
 * "send the pupil a confirmation". The record's own people in any trade's word (PERSON, THEIR_PERSON) are the
 * workflow's person; a staff role ("the treasurer", "the coach") is one of ours; both are read where they were. A word
 * neither list holds decides nothing: where the workflow has a person of its own, "send the wibbler a confirmation"
 * would silently go to that person (or, as a reminder, to the team), so it is refused, quoted.
 */
/** A word of the phrase: never a joint, a preposition, a pronoun or a verb's -ing ("the customer asking how …"). */
const W =
  "(?!(?:to|about|from|with|for|in|on|at|by|of|and|or|but|if|when|that|it|it's|its|how|what|why|who|which|as|so|then|asking|telling|saying|letting|inviting|reminding)(?![\\w'-]))[a-z][a-z'-]*(?<!ing)(?![\\w'-])";
const TO_WHOM = new RegExp(
  `^[\\s,]*(?:(?:then|also|and|please|just|pls)\\s+)*(?:send|e-?mail|mail|text|message|shoot|drop|thank)\\s+(?:the|our|their|your)\\s+((?:${W}\\s+)?)(${W})\\s+(?=(?:a|an|the|our|their|this|that|some|its)\\s)(?!(?:a|an|the|this|that|one)\\s+(?:[a-z]+\\s+)?(?:day|days|hour|hours|week|weeks|month|months|minute|minutes|few|couple|next|same|following|morning|evening|night|moment|second|time)\\b)`,
);
const KNOWN = new RegExp(
  `^(?:${PERSON}|${THEIR_PERSON}|${ROLE}|${ROLE_HEAD}|person|people|one|ones|lead|owner|owners|boss|head|guy|gal|lady|bloke)$`,
);

const undecided = (clause: Clause, ctx: Ctx): { problem: string } | undefined => {
  if (!ctx.subject?.email) return undefined;
  const m = TO_WHOM.exec(clause.view);
  const head = m?.[2] ?? '';
  const mod = (m?.[1] ?? '').trim();
  if (!m || KNOWN.test(head) || KNOWN.test(mod) || OURS_GROUP.test(head)) return undefined;
  const said = clause.cased(`${m[1] ?? ''}${head}`).trim();
  // "send our guide Jack a heads up": a name, one of ours
  if (/\p{Lu}/u.test(said)) return undefined;
  return {
    problem: `I did not understand whom "the ${said}" means: one of your team (say their name or role, "the manager") or the ${ctx.subject.noun}'s own person ("the customer")`,
  };
};

/** A message to someone named by a word for a person: refused when the word decides nothing, else a team reminder. */
export const readPersonAddressed = (clause: Clause, ctx: Ctx): ActionResult | undefined =>
  undecided(clause, ctx) ?? readTeamReminder(clause, ctx);

import { PERSON_PLURAL } from './nouns';

/**
 * Many people or records in the writer's own words (session 29): "everyone with a birthday this week", "every
 * family with a child in year 6", "all members on the waiting list". A qualifier the grammars could not read, right
 * after a group ("everyone", "all …", "every …", "each …", "any …"), picks some of them out: left out, the workflow
 * would act on all of them (or tell the whole team), so the restriction gate refuses it, quoted.
 */

const QUALIFIER = /^(?:with|without|having|whose|on|in|at|from|who|that|which|where|whom)\s/i;
const GROUP_WORD = /^(?:everyone|everybody|anyone|anybody|all|every|each|any|those)$/i;

/** Whether `left`, a leftover of `request`, qualifies a group named just before it. */
export const picksOutOfGroup = (left: string, request: string): boolean => {
  if (!QUALIFIER.test(left)) return false;
  const at = request.toLowerCase().indexOf(left.toLowerCase());
  if (at < 0) return false;
  return request
    .slice(Math.max(0, at - 80), at)
    .split(/\s+/)
    .filter(Boolean)
    .slice(-4)
    .some((w) => GROUP_WORD.test(w));
};

/**
 * "email all the vip ⟨customers tagged lawn⟩": a word left right before people a list reader took picks some of them
 * out (a second tag, "big", "local"); said back and left out, the find would take them all (session 36).
 */
export const qualifiesPeopleAfter = (left: string, text: string): boolean => {
  const at = text.toLowerCase().indexOf(left.toLowerCase());
  return at >= 0 && PEOPLE_AFTER.test(text.slice(at + left.length));
};
const PEOPLE_AFTER = new RegExp(`^\\s+${PERSON_PLURAL}(?![\\w'-])`);

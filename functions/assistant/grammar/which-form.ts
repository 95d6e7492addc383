import { type Atom, type ConditionContext, cmp } from './condition-words';

/**
 * "if it's the day pass form", "if it is the 'Day Pass' form" (session 40, issue #16): which form was submitted,
 * the event's form name (form.submitted's `form`). Said of "it" only, after its verb; a word that picks no form by
 * its name ("the new form", "the right form") is none.
 */
const NAMED_FORM =
  /^(?:(?:is|was)\s+)?(?:the|our)\s+((?!(?:new|first|last|same|other|right|wrong|whole|online|web|paper|main|usual|normal|old|next|correct|full|entire)\s)(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*|⟦\d+⟧)\s+form(?![\w'-])/;

/** The form named at the start of `rest` after "it's"/"it is" (`pronoun`), as the comparison read at `at`. */
export const whichForm = (
  rest: string,
  ctx: ConditionContext,
  at: number,
  pronoun: boolean,
): Atom | undefined => {
  const m = pronoun && ctx.event === 'form.submitted' ? NAMED_FORM.exec(rest) : null;
  return m?.[1]
    ? { comparison: cmp('trigger.form', 'eq', ctx.cased(m[1])), length: at + m[0].length, kind: 'form' }
    : undefined;
};

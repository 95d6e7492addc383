import { FORM_ANSWER } from './comparison-parts';
import { type Atom, type ConditionContext, cmp, readValue, STOP_WORDS } from './condition-words';

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

/** "the form name is X", "the form is called X", "the form's not titled X": the form's own name, said of the form. */
const FORM_NAMED =
  /^(?:(?:name|title)\s+(?:(?:is|was|=|says)\s*)?(?<no>(?:not|n't)\s+)?|(?:(?:is|was)(?:\s+|(?=n't)))?(?<not>(?:not|n't)\s+)?(?:called|named|titled)\s+)/;

/** FORM_NAMED after the subject "the form" (`noun`) of a form submitted, as the comparison read at `at`. */
const formNamed = (
  rest: string,
  ctx: ConditionContext,
  at: number,
  noun: string | undefined,
): Atom | undefined => {
  const m = noun === 'form' && ctx.event === 'form.submitted' ? FORM_NAMED.exec(rest) : null;
  const v = m ? readValue(rest.slice(m[0].length)) : undefined;
  if (!m || !v) return undefined;
  const length = at + m[0].length + v.length;
  // which forms start the workflow, as the trigger's filter (a step's test when the request says "otherwise")
  if (m.groups?.no || m.groups?.not)
    return { comparison: cmp('trigger.form', 'ne', ctx.cased(v.value)), length, kind: 'form' };
  return { filter: { form: [ctx.cased(v.value)] }, length, kind: 'form' };
};

/**
 * "they answered yes to dinner", "if they ticked no for the newsletter": the submitter's answer to a question of the
 * form, the question being the field (the words of a longer question are not its name: refused).
 */
const ANSWERED =
  /^(?:(?:have|has|had)\s+)?(?:answered|answers?|said|says|ticked|ticks?|picked|picks?|chose|chooses?|selected|selects?|replied|put)\s+(?<answer>yes|no|⟦\d+⟧)\s+(?:to|for|on)\s+(?:the\s+)?/;

const answeredAt = (rest: string, ctx: ConditionContext, at: number): Atom | undefined => {
  const m = ctx.event === 'form.submitted' && ctx.subject?.fieldsRoot ? ANSWERED.exec(rest) : null;
  const q = m
    ? /^([a-z][\w-]*)(?:\s+(?:question|option|box))?(?![\w'-])/.exec(rest.slice(m[0].length))
    : null;
  // "answered yes to dinner email the kitchen": one word, or one before what follows a test
  const after = q ? rest.slice(m?.[0].length ?? 0).slice(q[0].length) : '';
  const next = /^\s+([a-z]+)/.exec(after)?.[1];
  if (!m || !q?.[1] || STOP_WORDS.test(q[1]) || (next !== undefined && !STOP_WORDS.test(next)))
    return undefined;
  return {
    comparison: cmp(`${ctx.subject?.fieldsRoot}.${q[1]}`, 'eq', ctx.cased(m.groups?.answer ?? '')),
    length: at + m[0].length + q[0].length,
    kind: 'form',
  };
};

/** Which form it is or what was answered on it, after the subject (`subj`, as read) of a test at `at`. */
export const formSaid = (
  rest: string,
  ctx: ConditionContext,
  at: number,
  subj: RegExpExecArray | undefined,
): Atom | undefined =>
  whichForm(rest, ctx, at, /^\s*it(?:'s|\s)/.test(subj?.[0] ?? '')) ??
  formNamed(rest, ctx, at, subj?.groups?.noun ?? (/^\s*it\b/.test(subj?.[0] ?? '') ? 'form' : undefined)) ??
  answeredAt(rest, ctx, at);

/** "species is rabbit", "pet type = dog": a form's question (one or two words) said bare before "is" and its answer. */
const FORM_LABEL =
  /^(?!(?:it|they|he|she|we|you|this|that|these|those|there|one|anything|everything|something|nothing|all|any|each|either|neither|both|none|today|tomorrow|tonight|yesterday|now|time|date|day|weather|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)([a-z][\w-]*(?:\s+(?!(?:is|was|isn't|says|of)\b)[a-z][\w-]*)?)(?=\s+(?:is|isn't|=|says)\s(?!(?:submitted|received|sent|created|paid|booked|cancell?ed|updated|added|made|filled|completed|signed|uploaded|done|in|out|on|off|over|new)\b))/;

/**
 * A form's answer named at the start of `rest` before its comparison (FORM_ANSWER), or FORM_LABEL on a form submitted
 * with nothing read before it (`before`): "if species is rabbit" is the form's question, never "the dog is friendly"
 * (a thing of theirs), "for VIP clients is submitted" nor "today is Monday".
 */
export const formAnswer = (
  rest: string,
  before: string,
  ctx: ConditionContext,
  subj: RegExpExecArray | null,
): RegExpExecArray | null =>
  FORM_ANSWER.exec(rest) ??
  (!subj && ctx.event === 'form.submitted' && !/\S/.test(before) ? FORM_LABEL.exec(rest) : null);

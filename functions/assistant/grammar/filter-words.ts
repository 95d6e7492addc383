import type { Trigger } from '../../../statemachines/schema';
import type { Clause } from './clause';
import { quoteIn } from './text';

/**
 * A trigger's filter as the request wrote it, once its phrase is read (trigger.ts): the event readers see the request
 * in lower case with its quotes set aside, and a filter matches values exactly.
 *   a form named in quotes, as what is submitted   'When the "Holiday Club" form is submitted', "when 'visa query'
 *                                                  form comes in", "submits the 'Holiday Club' form", "fills in the
 *                                                  form called 'Holiday Club'" → form.submitted {"form": ["Holiday Club"]}
 *   a tag in its own mixed casing                  "When a lead is tagged EL-signed" → {"lead.tags": ["EL-signed"]}
 * Only the words read as the trigger (`spans`) count.
 */
export const asWritten = (
  trigger: Trigger,
  clause: Clause,
  spans: readonly (readonly [number, number])[],
): Trigger => casedTags(namedForm(trigger, clause, spans), clause, spans);

type Spans = readonly (readonly [number, number])[];
const inside = (spans: Spans, at: number, length: number): boolean =>
  spans.some(([i, l]) => at >= i && at + length <= i + l);

const NAMED_FORM =
  /(?:\b(?:a|an|the|our|my)\s+)?(⟦\d+⟧)\s+(?:form|survey|questionnaire)(?=\s+(?:(?:is|gets|was|has\s+been)\s+)?(?:submitted|filled|completed|received|sent|comes?|came|arrives?)\b)/;

/** "submits the 'Request Service' form", "fills in the "Tax organizer request" form", "comes in through the 'X' form". */
const FORM_SUBMITTED =
  /\b(?:submit(?:s|ted)?|fill(?:s|ed)?\s+(?:in|out)|complete(?:s|d)?|sen(?:ds?|t)\s+(?:in|us)|through|via|using|from)\s+(?:a|an|the|our|my)\s+(⟦\d+⟧)\s+(?:form|survey|questionnaire)\b/;

const namedForm = (trigger: Trigger, clause: Clause, spans: Spans): Trigger => {
  if (trigger.type !== 'event' || trigger.event !== 'form.submitted' || trigger.filter?.form) return trigger;
  const named = NAMED_FORM.exec(clause.text) ?? FORM_SUBMITTED.exec(clause.text);
  const name =
    named?.[1] && inside(spans, named.index, named[0].length)
      ? quoteIn(clause.prepared, named[1])
      : undefined;
  return name ? { ...trigger, filter: { ...trigger.filter, form: [name] } } : trigger;
};

const casedTags = (trigger: Trigger, clause: Clause, spans: Spans): Trigger => {
  const tags = trigger.type === 'event' ? trigger.filter?.['lead.tags'] : undefined;
  if (trigger.type !== 'event' || !Array.isArray(tags)) return trigger;
  const cased = tags.map((tag) => {
    if (typeof tag !== 'string' || tag !== tag.toLowerCase()) return tag;
    const at = wordAt(clause.text, tag);
    const said = at >= 0 && inside(spans, at, tag.length) ? clause.cased(tag) : tag;
    // ("a VIP client": a word in capitals is said so, as the table reads it; "EL-signed" is the tag's own casing)
    return said === said.toUpperCase() ? tag : said;
  });
  return { ...trigger, filter: { ...trigger.filter, 'lead.tags': cased } };
};

/** Where `word` is said as a whole word in `text` (never inside "vip-gold" for "vip"), or -1. */
const wordAt = (text: string, word: string): number => {
  const part = /[\w-]/;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (!part.test(text[at - 1] ?? ' ') && !part.test(text[at + word.length] ?? ' ')) return at;
  return -1;
};

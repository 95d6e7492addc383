import type { Step, WorkflowDefinition } from '../../../statemachines/schema';
import { PERSON_PLURAL } from './nouns';

/**
 * How many people the request says the business has, anywhere in it (session 33): "We have 35k people on the list",
 * "our 12,000 subscribers", "a list of 4.5k members", "about 2000 customers". A find of leads returns at most 1,000
 * of them: over that, every lead a loop is about is exported to a file and the loop reads the file (crm.exportLeads
 * with forEach.itemsFrom), or the workflow would silently reach the first thousand only. A count under 1,000, a sum
 * of money ("35k in sales") or a count of anything else ("2,000 emails a month") changes nothing.
 */
const COUNT = new RegExp(
  `(?<![\\w.,£$€])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?\\s?[kK]|\\d+(?:\\.\\d+)?\\s?(?:thousand|million)|\\d{4,})\\s+(?:(?:active|paying|current|existing|email|newsletter|mailing|past|lapsed|total|registered|loyal|regular)\\s+)?(?:people|ppl|names|contacts|folks|records|of\\sthem|${PERSON_PLURAL})(?![\\w'-])`,
  'i',
);

const FIND_LIMIT = 1000;

/**
 * ", there's about 8000 of them so it needs to handle the lot": the people counted, said after the steps, put in
 * brackets as context (framing.ts says it back; the count is read from it as from any context).
 */
const COUNT_SAID =
  /,\s(there(?:'s|\sis|\sare|'re)\s(?:about|around|roughly|over|nearly|almost|prob(?:ably)?|like|some)?\s?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?[kK]|\d{4,})\s(?:of\sthem|people|ppl|names|contacts)(?:\s(?:so|and)\s(?:it|this|the\s(?:workflow|automation))\s(?:needs|has|must)\sto\s(?:handle|cover|reach|get\sto|do)\s(?:the\slot|them\sall|all\sof\sthem|every\sone))?)(?=\s?[.;!]|$)/gi;

/** The count said after the steps, as an aside. */
export const countsAside = (text: string): string => text.replace(COUNT_SAID, ' ($1)');

/**
 * "(there's thousands)", "there are tens of thousands of them": thousands of the people the request is about, no
 * number said. Never money or messages ("there's thousands of pounds owed", "thousands of emails").
 */
const THOUSANDS =
  /\bthere(?:'s|\sis|\sare|'re)\s(?:literally\s|easily\s|probably\s|over\s|about\s)?(?:(?:tens|hundreds)\sof\s)?thousands\b(?!\sof\s(?!(?:them|people|contacts|names)\b))/i;

/** The number of people said, if any. */
const peopleCount = (text: string): number | undefined => {
  if (THOUSANDS.test(text)) return 2 * FIND_LIMIT;
  const m = COUNT.exec(text);
  if (!m?.[1]) return undefined;
  const said = m[1].toLowerCase().replace(/,/g, '').replace(/\s/g, '');
  const scale = /k$|thousand$/.test(said) ? 1000 : /million$/.test(said) ? 1_000_000 : 1;
  const value = Number(said.replace(/k$|thousand$|million$/, '')) * scale;
  return Number.isFinite(value) ? value : undefined;
};

const exportOf = (steps: readonly Step[]): Step[] =>
  steps.map((step, i) => {
    const next = steps[i + 1];
    if ('action' in step && step.action === 'crm.findLeads' && next && 'forEach' in next) {
      if (next.forEach.items === `{{steps.${step.id}.leads}}`)
        return { ...step, action: 'crm.exportLeads' } as Step;
    }
    const prev = steps[i - 1];
    if ('forEach' in step && prev && 'action' in prev && prev.action === 'crm.findLeads') {
      const { items, ...rest } = step.forEach;
      if (items === `{{steps.${prev.id}.leads}}`) return { ...step, forEach: { ...rest, itemsFrom: items } };
    }
    return step;
  });

/** The steps with every loop over found leads reading an export, when the request counts more than a find returns. */
const exportedWhenMany = (steps: readonly Step[], text: string): Step[] | undefined => {
  const count = peopleCount(text);
  if (count === undefined || count <= FIND_LIMIT) return undefined;
  const changed = exportOf(steps);
  return JSON.stringify(changed) === JSON.stringify(steps) ? undefined : changed;
};

type Result =
  | { readonly ok: true; readonly definition: WorkflowDefinition; readonly notes: readonly string[] }
  | { readonly ok: false };

/** "We have 35k people on the list. Every Monday email all of them …": a loop over more leads than a find returns. */
export const exported = <R extends Result>(result: R, text: string): R => {
  const steps = result.ok ? exportedWhenMany(result.definition.steps, text) : undefined;
  if (!result.ok || !steps) return result;
  const note =
    'the request counts more people than a find returns (1,000): they are exported and read from a file';
  return { ...result, definition: { ...result.definition, steps }, notes: [...result.notes, note] };
};

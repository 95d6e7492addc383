import type { Condition } from '../../../statemachines/schema';
import { readAtom } from './condition-atom';
import {
  type Atom,
  type ConditionContext,
  type ConditionRead,
  cmp,
  readValue,
  STOP_WORDS,
} from './condition-words';

/** Every status a lead, an invoice or a booking can hold (the validator refuses any other value). */
const STATUSES = new Set([
  'new',
  'contacted',
  'qualified',
  'customer',
  'lost',
  'draft',
  'open',
  'paid',
  'overdue',
  'confirmed',
  'cancelled',
]);

export type { ConditionContext, ConditionRead } from './condition-words';

/**
 * Conditions: "the deal is worth more than 10k", "the lead is from LinkedIn and qualified", "the invoice total is
 * over $1,000", "the reply mentions pricing", "it is more than 30 days overdue". Comparisons are read one at a
 * time (each may drop the subject of the one before) and joined with and/or. The grammar stops at the first word
 * it cannot read as part of a condition, so "if the value is over 10k notify the team" leaves "notify the team"
 * to the action grammar instead of comparing the value with the text "10k notify the team".
 */

/** Reads "A and B", "A or B" at the start of `text`. */
export const readCondition = (text: string, ctx: ConditionContext): ConditionRead | undefined => {
  const first = readAtom(text, ctx, undefined);
  if (!first) return undefined;
  const atoms: Atom[] = [first];
  const joins: string[] = [];
  let pos = first.length;
  let tagOr = false;
  for (;;) {
    const join =
      /^\s*(?:,\s*)?(and(?=\s+also\s)|and|or|but not|&|(?=with\s)|(?=whose\s)|(?=(?:has|having|is\s+worth|worth)\s))(?:\s+also)?\s*|^\s*(,)\s*/.exec(
        text.slice(pos),
      );
    if (!join) break;
    const after = text.slice(pos + join[0].length);
    const listed = join[2] === ',';
    // "the company is Google or Amazon": the same test on another value, one alternative of that atom
    const prev = atoms.at(-1);
    const tests = prev?.comparison
      ? [prev.comparison]
      : prev?.range && 'any' in prev.range
        ? prev.range.any
        : [];
    const last = tests.at(-1);
    // "LinkedIn, Google or Bing": a list of values, its commas too ("and" ends a list begun with commas)
    const alternative = join[1] === 'or' || listed || (join[1] === 'and' && tests.length > 1);
    // "the subject contains 'outage' or 'down'", "says 'urgent' or 'asap'": another quoted word, the same field
    // (learners.ts says the verb again: "contains 'outage' or contains 'down'", never the text instead of the subject)
    // "says urgent or leak post it in #emergencies": the word ends where an action or a join begins
    const said =
      alternative && last && 'contains' in last
        ? /^(?:(?:contains?|mentions?|includes?|says)\s+)?(⟦\d+⟧|[\w-]+)/.exec(after)
        : null;
    const beyond = said ? after.slice(said[0].length) : '';
    const word =
      said && (/^\s*(?:[,;]|$|or\s)/.test(beyond) || STOP_WORDS.test(/^\s+([\w'-]+)/.exec(beyond)?.[1] ?? ''))
        ? said
        : null;
    if (prev && last && 'path' in last && word?.[1]) {
      atoms[atoms.length - 1] = {
        kind: prev.kind,
        range: { any: [...tests, cmp(last.path, 'contains', ctx.cased(word[1]))] },
        length: prev.length + join[0].length + word[0].length,
      };
      pos += join[0].length + word[0].length;
      continue;
    }
    const next = listed ? undefined : readAtom(after, ctx, atoms.at(-1)?.kind);
    // "the team field says U7 or says U8" (learners.ts says the verb again): the value after it
    const again = /^(?:says|reads|is)\s+(?=\S)/.exec(after)?.[0].length ?? 0;
    const v0 =
      !next && alternative && last && 'eq' in last && typeof last.eq === 'string'
        ? readValue(after.slice(again))
        : undefined;
    const v = v0 && { value: v0.value, length: again + v0.length };
    // a value after a comma belongs to the list only when the list goes on ("Acme, Anna gets told" does not); a
    // status is one of the record's statuses ("qualified or the industry is retail" is no second status)
    const inList =
      v !== undefined &&
      (!listed || /^\s*(?:,|or\b|and\b)/.test(after.slice(v.length))) &&
      (!(last && 'path' in last && /\.status$/.test(last.path)) || STATUSES.has(v.value.toLowerCase()));
    if (prev && last && 'path' in last && v && inList) {
      const any: Condition = { any: [...tests, cmp(last.path, 'eq', ctx.cased(v.value))] };
      atoms[atoms.length - 1] = {
        kind: prev.kind,
        range: any,
        length: prev.length + join[0].length + v.length,
      };
      pos += join[0].length + v.length;
      continue;
    }
    // "tagged vip or hot": another tag, which the filter of one tag would drop unsaid
    if (!next && prev?.filter && (join[1] === 'or' || listed) && readValue(after)) tagOr = true;
    if (!next) break;
    joins.push(join[1] || 'and');
    atoms.push(next);
    pos += join[0].length + next.length;
  }
  const comparisons = atoms.flatMap((a, i) => {
    const c: Condition | undefined = a.range ?? a.comparison;
    return c ? [joins[i - 1] === 'but not' ? ({ not: c } as Condition) : c] : [];
  });
  const filters = atoms.flatMap((a) => (a.filter ? [a.filter] : []));
  const anyJoin = joins.includes('or');
  // "over 10k and from LinkedIn or a referral": which way "and" and "or" group is a guess; never guessed
  if (anyJoin && joins.some((j) => j !== 'or'))
    return {
      condition: undefined,
      filter: undefined,
      length: pos,
      about: first.kind,
      problem: `"${ctx.cased(text.slice(0, pos)).trim()}" joins tests with both "and" and "or"; say which go together, or make two conditions`,
    };
  if ((anyJoin || tagOr) && filters.length > 0)
    return {
      condition: undefined,
      filter: undefined,
      length: pos,
      about: first.kind,
      problem: 'a tag cannot be one of several alternatives ("or"); make two workflows',
    };
  const condition: Condition | undefined =
    comparisons.length === 0
      ? undefined
      : comparisons.length === 1
        ? comparisons[0]
        : anyJoin
          ? { any: comparisons }
          : { all: comparisons };
  const filter = filters.length > 0 ? Object.assign({}, ...filters) : undefined;
  return { condition, filter, length: pos, about: first.kind };
};

import { type Atom, type ConditionContext, cmp, readValue } from './condition-words';
import { PERSON } from './nouns';

const WHOSE = new RegExp(
  `^(?:(?:from|for|by)\\s+)?(?:(?:(?:an?|the|one\\s+of\\s+our|our)\\s+)?${PERSON}|someone|somebody)\\s+(?:(?:who|that)(?:'s|'re|\\s+is|\\s+are)?\\s+)?(?:(?<not>not|isn't|aren't)\\s+)?(?=(?:tagged|labell?ed)\\s)`,
);

/**
 * A tag test at the start of `rest` ("tagged vip", "has the tag vip", "have a vip tag" with "have a" read before it):
 * the trigger's filter (a step's test when the request says "otherwise": assemble.ts), or, said with "not", a
 * step's test of the list, since no filter says it (EventBridge's anything-but passes a list holding vip and more).
 * Null when the tag is of no trigger's record. `at` is how much of the comparison was read before `rest`; `had` says it ended with "has"/"have" and an article.
 */
export const tagTestAt = (
  rest: string,
  at: number,
  root: string,
  negated: boolean,
  had: boolean,
  ctx: ConditionContext,
): Atom | null | undefined => {
  // "(a booking) from a guest tagged vip", "for a patient who's tagged anxious": the person the record is from or for
  const whose = WHOSE.exec(rest);
  if (whose) {
    const not = negated !== Boolean(whose.groups?.not);
    return tagTestAt(rest.slice(whose[0].length), at + whose[0].length, root, not, false, ctx);
  }
  const tagged =
    /^(?:tagged|labell?ed)\s+(?:as\s+|with\s+)?|^ha(?:s|ve)\s+(?:the\s+|a\s+)?tag\s+|^ha(?:s|ve)\s+(?:the\s+|a\s+)?(?=[\w-]+\s+tag\b)/.exec(
      rest,
    ) ?? (had ? /^tag\s+|^(?=[\w-]+\s+tag\b)/.exec(rest) : null);
  const v = tagged ? readValue(rest.slice(tagged[0].length)) : undefined;
  if (!tagged || !v) return undefined;
  const tail = /^\s+tag\b/.exec(rest.slice(tagged[0].length + v.length));
  const value = ctx.cased(v.value).replace(/(?<!\s)\s+tag$/, '');
  const rel = root.startsWith('trigger.') ? root.slice('trigger.'.length) : undefined;
  const length = at + tagged[0].length + v.length + (tail?.[0].length ?? 0);
  if (!rel) return null; // a tag of something no trigger carries (an item's): no comparison at all
  if (negated) return { range: { not: cmp(`${root}.tags`, 'contains', value) }, length, kind: 'lead' };
  return { filter: { [`${rel}.tags`]: [value] }, length, kind: 'lead' };
};

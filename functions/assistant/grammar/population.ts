import { EVERY, OUR_THE } from './lexicon';
import { BOOKING_NOUN, FORM_NOUN, NOT_BOOKED, PICKING_WORD } from './nouns';
import { ROLE_HEAD } from './roles';
import { LEAD_STATUS_WORDS } from './statuses';

/**
 * Many people in the business's own noun, picked by a filter only leads have (session 33, h8): "every stockist
 * (tagged wholesale)", "all the lapsed subscribers (status lost)", "our regulars (the leads tagged regular)", "each
 * wholesaler with the status 'qualified'". A tag or a status is kept on leads alone, so the noun is the writer's name
 * for those leads, whatever the trade: the head is read by its shape, not from a list. Never a record of the
 * catalogue ("every order tagged x", "all bookings with status lost"), never one of ours ("every tech tagged x"):
 * those stay refused. A status said bare after the noun ("subscribers status lost", a bracket read into the
 * sentence) is the writer's own restatement of the word before the noun: their name for the same people, not a
 * second filter ("lapsed" is what "status lost" means to them); any other word before the noun is a tag, and with a
 * second tag after it the phrase is left to the readers, which refuse it (a find takes one tag). A modifier that
 * picks some out ("big", "recent", a number) is never read here either. "Everyone tagged choir", "anyone with the
 * status lost": people with no noun, picked by the same filters (session 38; "everyone" alone was the team).
 */

/** Heads that are records of the catalogue or ours, never the writer's name for leads. */
const NOT_PEOPLE = `(?:${NOT_BOOKED}|${BOOKING_NOUN}|${FORM_NOUN}|${ROLE_HEAD}|products?|items?|skus?|listings?|pages?|events?|stock|orders?|parcels?|packages?|shipments?|deliver(?:y|ies)|returns?|refunds?|transactions?|days?|weeks?|months?|times?|dates?|things?|ones?|people|everyone|everybody|anyone|all|records?|rows?|entries|entry|statuses|tags?|labels?|status|stage)`;
/** A head noun: one word not a record, not ours and not a function word. */
const HEAD = `(?:leads?|contacts?|prospects?)(?![\\w'-])|(?!${NOT_PEOPLE}(?![\\w'-]))(?!(?:the|our|my|a|an|of|with|in|on|at|to|for|who|that|which|whose|is|are|was|were|still|only|already|currently|now|also|just|then|and|or|status|stage|tagged|labell?ed)(?![\\w'-]))[a-z][a-z'-]{2,}(?![\\w'-])`;
/** At most one word before the head that is neither a picking word nor a number. */
const MOD = `(?!${PICKING_WORD}|\\d)(?<mod>[a-z][\\w-]*)\\s+`;
const STATUS_VALUE = '(?:new|contacted|qualified|lost|customers?|⟦\\d+⟧)';
/** A restatement said bare after the noun ("status lost", "the leads tagged regular", "tag: wholesale"). */
const BARE = `(?:(?:(?:i\\.?e\\.?|aka|so|=)\\s+)?(?:the\\s+|our\\s+)?(?:leads|contacts|people|ones|those)\\s+)?`;
/** A tag said aloud in two words ("tagged at risk", "on hold"): one tag, hyphenated (as collections.ts reads it). */
const TAG_VALUE =
  '(?:⟦\\d+⟧|(?:at|on|high|low|no|non|off)\\s(?!(?:the|a|an|our|their|least|most|all)\\b)[a-z]+(?![\\w-])|[\\w-]+)';
const FILTER = `(?:(?:(?:that|who)\\s+(?:are|is)\\s+)?(?:still\\s+)?(?<bare>${BARE})(?:(?:status|stage)(?:\\s*[:=])?\\s+(?<st>${STATUS_VALUE})|(?:tagged|labell?ed|tag\\s*[:=])\\s+(?:as\\s+)?(?<tg>${TAG_VALUE}))|(?:(?:that|who)\\s+are\\s+)?(?:tagged|labell?ed|with\\s+(?:the\\s+|a\\s+)?tag)(?:\\s*[:=])?\\s+(?:as\\s+)?(?<tg2>${TAG_VALUE})|(?:with|having|in)\\s+(?:the\\s+|a\\s+)?(?:status|stage)(?:\\s+(?:of|is))?(?:\\s*[:=])?\\s+(?<st2>${STATUS_VALUE})|whose\\s+(?:status|stage)\\s+is\\s+(?<st3>${STATUS_VALUE}))(?![\\w'-])`;

export const POPULATION = new RegExp(
  `\\b(?:(?:${EVERY}(?:\\s+(?:one|1))?\\s+(?:of\\s+)?(?:${OUR_THE}\\s+)?|${OUR_THE}\\s+)(?:${MOD})?(?<head>${HEAD})|(?<anyone>everyone|everybody|anyone|anybody))\\s+${FILTER}`,
);

/**
 * "all the volunteers", "every one of our players": people a business keeps as contacts beside its customers, with
 * nothing after them that picks some out. Sent a message, they are the leads tagged with the noun ("volunteer"): a
 * find by that tag, never every lead (the donors too) nor the team (session 38). Not those a booking names
 * (attendees, guests: calendar.find), and a reminder to them stays one of ours (reminders.ts).
 */
const ROLE_GROUP =
  /\b(?:all|every|each)(?:\s(?:one\s)?of)?\s(?:(?:the|our|my)\s)?(?<role>volunteers|exhibitors|residents|players|trainees)(?![\w'-])(?!\s(?:who|that|which|whose|with|without|from|in|on|at|for|of|booked|tagged|status)\b)/;
const REMINDED = /\b(?:remind|nudge)/;

/** "all the volunteers" in `view`, unless the clause reminds them (a reminder to one of ours). */
export const roleGroup = (view: string): RegExpExecArray | undefined =>
  REMINDED.test(view) ? undefined : (ROLE_GROUP.exec(view) ?? undefined);

export interface Population {
  readonly status?: string;
  readonly tag?: string;
}

/**
 * The filter of a population said in the writer's noun; undefined when the head is plural-less after "the/our" (one
 * record, not many) or its status is no lead status.
 */
export const populationOf = (
  m: RegExpExecArray,
  quote: (said: string) => string | undefined,
  cased: (said: string) => string,
): Population | undefined => {
  const g = m.groups ?? {};
  if (g.role) return { tag: cased(g.role).replace(/s$/, '') };
  const head = g.head ?? '';
  // "the stockist tagged x" is one record; many are said with a quantifier or in the plural
  if (!/^(?:all|every|each|any)\b/.test(m[0]) && !/s$/.test(head) && !g.anyone) return undefined;
  const statusSaid = g.st ?? g.st2 ?? g.st3;
  const tagSaid = g.tg ?? g.tg2;
  const status = statusSaid ? (quote(statusSaid) ?? statusSaid).toLowerCase() : undefined;
  const leadStatus = status ? LEAD_STATUS_WORDS[status] : undefined;
  if (status && !leadStatus) return undefined;
  const tag = tagSaid ? (quote(tagSaid) ?? cased(tagSaid).replace(/\s+/g, '-')) : undefined;
  // a status said bare after the noun ("lapsed subscribers (status lost)") restates the modifier before it
  const bare = g.st !== undefined;
  const mod = g.mod;
  const modTag =
    mod && !bare && !/^(?:new|existing|current|active|regular|registered|other)$/.test(mod) ? mod : undefined;
  // two tags ("the lapsed stockists tagged wholesale"): a find takes one; left to the readers, which refuse it
  if (modTag && tag && modTag !== tag.toLowerCase()) return undefined;
  return {
    ...(leadStatus ? { status: leadStatus } : {}),
    ...(tag ? { tag } : modTag ? { tag: cased(modTag) } : {}),
  };
};

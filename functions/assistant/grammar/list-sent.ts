import type { Clause } from './clause';
import type { Ctx } from './context';
import type { Item, ReadState } from './items';
import { MESSAGE_NOUN } from './message-content';
import { PERSON_PLURAL } from './nouns';
import { recipientOf } from './recipients';
import { deliveryOf } from './sent-text';
import { EMAIL_ADDRESS } from './text';

/** Finds whose `text` output lists what they found, and the heading of that list. */
const LISTED_BY: Readonly<Record<string, string>> = {
  'invoice.find': 'Invoices found',
  'calendar.find': 'Bookings',
  'crm.findLeads': 'Leads found',
};
/** "email me the list", "put the list in #accounts", "email the full list to …": what was found, sent once. */
const THE_LIST =
  /^[\s,]*(?:(?:then|also|and|please|just)\s+)*(?:send|e-?mail|mail|post|share|forward|put|drop|slack|give)\b(?:\s+(?:me|us|the\s+team))?\s+(?:the|that|this)\s+(?:full\s+|whole\s+)?list\b(?!\s+of\b)/;

/**
 * "find members that joined yesterday and post them in #welcome", "check for overdue invoices and post them to slack":
 * records found, posted in a channel, are one post listing them (session 42; invoices and bookings since session 44);
 * "post each one in #ar" stays a post each.
 */
const PEOPLE_POSTED =
  /^[\s,]*(?:(?:then|also|and|please|just)\s+)*(?:post|share|put|drop|list)\s+them(?:\s+all)?(?=\s+(?:in|to|on|into)\s+(?:#|the\s+[\w-]+\s+channel\b|slack\b))/;

const POSTED_WORDS =
  /^[\s,]*(?:(?:then|also|and|please|just)\s+)*(?:post|share|put|drop|list)\s+them(?:\s+all)?(?:\s+(?:in|into|to|on)(?=\s+(?:#|the\s+[\w-]+\s+channel\b)))?/;

/**
 * "email me a list of everyone who owes us money", "send me every lead tagged hot", "post the list of tenants in
 * arrears to #lettings" (`here`): the records this clause found (their words taken), sent to us, an address or a
 * channel with nothing else said, are one list, not a message each.
 */
const VERB_WORDS =
  '^[\\s,]*(?:(?:then|also|and|please|just)\\s+)*(?:send|e-?mail|mail|post|share|forward|slack|give)';
const TO_US = `(?:me|us|the\\s(?!(?:${PERSON_PLURAL}|${MESSAGE_NOUN})\\b)[a-z][\\w-]*(?:\\s(?:team|desk|manager))?|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|#[a-z0-9][\\w-]*)`;
const HERE_LIST = /^\s*(?:all\s+)?(?:(?:a|the)\s+(?:full\s+|whole\s+)?(?:list|rundown)(?:\s+of)?)?/;
const HERE = new RegExp(
  `${VERB_WORDS}(?<to> ${TO_US})?(?:\\s+all)?(?:\\s+(?:a|the)\\s+(?:full\\s+|whole\\s+)?(?:list|rundown)(?:\\s+of)?)?(?<after>\\s+(?:to|in|on|into)\\s+(?:${TO_US}|(?:the\\s+)?slack))?\\s*$`,
);
const TIME_WORD =
  '(?:day|week|month|morning|afternoon|evening|night|weekday|hour|mon|tues|wednes|thurs|fri|satur|sun)';
const EACH_ONE = new RegExp(`\\beach\\s+(?!${TIME_WORD})`);
const EVERY_ONE = new RegExp(`\\bevery\\s+(?!${TIME_WORD})`);
const HERE_VERB = new RegExp(`${VERB_WORDS}(?:\\s+(?:me|us|the\\s+team)\\b)?`);

/**
 * "find the overdue invoices and email me the list", "get this week's events, then email the list to …": the records
 * the clause before found for a loop no one asked for are sent as one list (a message per record was made). The loop
 * item becomes its find and the message; the loop is closed.
 */
export const sentAsList = (clause: Clause, state: ReadState, items: Item[], here = false): boolean => {
  const last = items.at(-1);
  const find = last?.kind === 'loop' && !last.explicit ? last.collection.find : undefined;
  const heading = find && 'action' in find ? LISTED_BY[find.action] : undefined;
  const said = clause.view;
  // ("post each one in #sales", read as "post them", is a post each: "them" must be the writer's word)
  const them = Boolean(heading) && clause.prepared.text.includes(said.trim());
  const listed = them ? PEOPLE_POSTED : THE_LIST;
  const mine = here && find && 'action' in find && find.action !== 'calendar.find' ? HERE.exec(said) : null;
  // "post each overdue invoice in #ar", "post every overdue invoice in #collections": a post each
  const each = EACH_ONE.test(clause.text) || (EVERY_ONE.test(clause.text) && /#|slack/.test(said));
  const words = here
    ? (mine?.groups?.to || mine?.groups?.after) && !each
      ? mine
      : null
    : (THE_LIST.exec(said) ?? listed.exec(said));
  if (!last || !find || !heading || !words || !state.loopOuter) return false;
  // "post them in #welcome": the verb and "in" before the channel is read as whom
  const posted = here || THE_LIST.test(said) ? undefined : clause.take(POSTED_WORDS);
  const address = clause.find(EMAIL_ADDRESS);
  if (address) clause.mark(address.index, address[0].length);
  const ctx: Ctx = state.ctx;
  [ctx.subject, state.loopOuter] = [state.loopOuter.subject, undefined];
  const early = address
    ? ({ kind: 'address', address: clause.cased(address[0]) } as const)
    : recipientOf(clause, undefined);
  const verb = posted ?? clause.take(here ? HERE_VERB : THE_LIST) ?? undefined;
  if (here) clause.take(HERE_LIST);
  const text = `${heading}:\n{{steps.${find.id}.text}}`;
  const ids = { email: 'email-list', team: 'send-list', subject: heading };
  const sent = deliveryOf(clause, ctx, said, { early, verb, sentBy: undefined }, text, ids);
  if (sent.length === 0) return false;
  items.splice(-1, 1, {
    segment: last.segment,
    sep: last.sep,
    kind: 'steps',
    steps: [find, ...sent],
    usesSubject: false,
  });
  return true;
};

import { alt, OUR_THE } from './lexicon';
import { PERSON, ROLE } from './nouns';
import { ROLE_HEAD } from './roles';

/**
 * Whom a list of found records is sent to, as said after the verb (found-lists.ts): "send me", "email the techs",
 * "send Coach Mia the list of …", "post", "the walkers need"; and the lists said with no finder words: "the list"
 * alone, "our student list".
 */

export const LEAD = '^[\\s,]*(?:(?:then|also|and|please|just)\\s+)*';
export const VERB =
  'send|e-?mail|mail|post|share|give|forward|drop|slack|deliver|save|store|export|back\\s+up|backup';
/** Who sends it and to whom: "send me", "email the techs", "send Rosa", "post", "the walkers need". */
export const ADDRESS = '[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+';
/** A day said before the records ("post yesterdays new leads"), never whom they go to. */
const DAY_WORD = `${alt('day')}(?:'s|s|’s)?`;
/** Words that pick records out, never whom they go to ("email the overdue invoices to Kate"). */
const STATUS_WORD = 'overdue|late|past|unpaid|outstanding|open|paid|draft|new|contacted|qualified|lost';
/** "email me owner@x.com …" (its brackets gone): who "me" is. */
export const DELIVERED = `${LEAD}(?:(?:${VERB})(?:\\s+(?<to>(?:me|us)(?:\\s+${ADDRESS})?|${ADDRESS}|#[a-z0-9][\\w-]*|the\\s+(?:[a-z][\\w-]*\\s+){0,2}(?:team|crew|staff|${ROLE_HEAD})(?![\\w'-])|the\\s+front\\s+desk|(?:our|my)\\s+[a-z][\\w-]*(?=\\s+(?:the|all|our)\\s)|the\\s+(?!(?:list|rundown|summary|${STATUS_WORD})\\b)[a-z][\\w-]*(?:\\s+${ADDRESS})?|[a-z][\\w-]*\\s+[a-z][\\w-]*(?=\\s+(?:the|a)\\s+list\\s+of\\s)|(?!(?:a|an|the|my|our|all|list|rundown|summary|${STATUS_WORD}|${DAY_WORD})\\s)[a-z][\\w-]*))?|(?:the\\s+)?[a-z][\\w-]*\\s+(?:need|needs|want|wants|get|gets))`;

/** A list sent with nothing said of what is on it: "post the list in slack", "email me the full list". */
export const BARE_LIST = new RegExp(
  `${DELIVERED}(?<bare>\\s+(?:the|that|this)\\s+(?:full\\s+|whole\\s+)?list)(?!\\s+of\\b)(?![\\w'-])`,
);

/**
 * "save a copy of our student list to a file", "email the client list to the office", "post our members list in
 * #committee": the people on file, as one list. Sent, it goes to us, one of ours or a channel ("email our client list
 * the new offer" is a message to each of them, not this).
 */
export const PEOPLE_LIST = new RegExp(
  `(?:${LEAD}(?:back\\s+up|backup)|${DELIVERED})\\s+(?:a\\s+(?:copy|backup)\\s+of\\s+)?(?<list>${OUR_THE}\\s+(?:(?<noun>${PERSON})|${ROLE})\\s+list)(?![\\w'-])`,
);

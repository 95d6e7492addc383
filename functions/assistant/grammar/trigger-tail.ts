import type { Trigger } from '../../../statemachines/schema';
import type { Clause } from './clause';
import { restoreQuotes } from './text';

/**
 * The words right after the trigger's event phrase that no reader read (session 36). Said with a word that
 * qualifies the event — "with …", "from …", "about …", "for …", "that …", "who …" — they choose which events start
 * the workflow ("an email comes in from a VIP", "a form is submitted about a warranty", "a booking is made for a
 * state inspection"). Left out, the workflow runs for every one of them: a wrong workflow. So they are refused,
 * quoted; never set aside as a detail.
 */
const QUALIFYING =
  /^(?:with|w\/|from|about|regarding|concerning|re|for|that|which|who|whose|where|containing|mentioning|having|without|by|via|through|over|under|above|below|worth|tagged|marked|labell?ed|in|on|at|after|before|during|outside|of\s(?:our|my|the|these|those|their))\b/i;

/**
 * Where an event happens that every one of them has in common: our own system, inbox or calendar ("a lead is added
 * in the CRM", "an email lands in our inbox", "a booking is made on our calendar"), with us ("books a call with
 * us"), on a workflow ("an approval is requested on a workflow"), our site or list ("signs up on the website",
 * "signs up for the newsletter"). It names no kind of event.
 */
const EVERY_ONE =
  /^(?:(?:in|on|into|to|through|via|at|from)\s(?:the|our|my)\s(?:own\s)?(?:crm|system|app|inbox|mailbox|calendar|account|database|pipeline|dashboard|platform|portal|software|tool)|(?:with|to|for)\s(?:us|me|our\s(?:team|office|company|business|firm|practice|clinic|shop|studio|salon))|(?:on|in|for)\s(?:a|any|one\sof\s(?:our|the|my))\s(?:workflows?|automations?)|(?:on|through|via|from|at)\s(?:the|our)\s(?:website|web\s?site|site|landing\spage|home\s?page|app|portal)|for\s(?:the|our)\s(?:newsletter|mailing\slist|e-?mail\slist|list|wait-?list|waiting\slist|updates|e-?mails|blog))\s*$/i;

/** The unread run right after `end` in the clause, up to what a reader read or the end of its sentence. */
const unreadAfter = (clause: Clause, end: number): string | undefined => {
  const text = clause.text;
  let from = end;
  while (from < text.length && !clause.isMarked(from) && /\s/.test(text.charAt(from))) from++;
  if (from >= text.length || clause.isMarked(from)) return undefined;
  let to = from;
  while (to < text.length && !clause.isMarked(to) && !/[,;.!?:→]/.test(text.charAt(to))) to++;
  const run = text.slice(from, to).trim();
  return run.length > 0 ? run : undefined;
};

/** The refusal for words that qualify the trigger's event and that nothing read, quoted as written; else none. */
export const unreadQualifiers = (
  clauses: readonly Clause[],
  found: { readonly at: number; readonly end?: number | undefined; readonly trigger?: Trigger | undefined },
): string[] => {
  const clause = clauses[found.at];
  const run = clause && found.end !== undefined ? unreadAfter(clause, found.end) : undefined;
  // a webhook's phrase has no word of its own left over: any unread word in it may choose its events (issue #16)
  if (!clause || !run || !(found.trigger?.type === 'webhook' || QUALIFYING.test(run)) || EVERY_ONE.test(run))
    return [];
  return [
    `I did not understand "${restoreQuotes(clause.prepared, clause.cased(run))}" about what starts the workflow`,
  ];
};

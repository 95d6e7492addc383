import type { Clause } from './clause';
import type { Ctx } from './context';
import type { Item } from './items';
import { readWait } from './waits';

/** "We email a client and if they don't respond in 3 days, …": a request that starts with a message we send. */
export const SENT_BY_US =
  /^(?:we|i)\s+(?:e-?mail|emailed|send|sent|message|messaged|contact|contacted|write to|wrote to)\s/i;
const WE_SEND = /^\s*(?:(?:when|whenever|after|once)\s+)?(?:we|i)\s+(?:e-?mail(?:ed|s)?|send|sent)\b/i;
/** What the first clause may make of the message we send: an email, a report, an invoice. */
const SENDING: ReadonlySet<string> = new Set(['email.send', 'report.summarize', 'invoice.create']);

export interface FirstRead {
  readonly text: string;
  readonly clauses: readonly Clause[];
  readonly items: Item[];
  /** Where the first clause's items start, and the step before them. */
  readonly from: number;
  readonly ctx: Ctx;
  readonly previous: Ctx['previous'];
}

/**
 * "We email clients a rebook reminder. If they don't reply in 3 days, …", "We email out the term invoices. If one
 * isn't paid …", "When we email a parent the progress report and …": the first clause says what we already send,
 * the message the wait starts from (the trigger the wait implies, or the sent message read at the first clause),
 * not a step that sends it again. Its steps are dropped when they only send (or make) that message.
 * `triggerAt`: the clause the trigger was read in, -1 when the wait implied it.
 */
export const dropSentAlready = (
  { text, clauses, items, from, ctx, previous }: FirstRead,
  triggerAt: number,
): void => {
  const said = items.slice(from);
  if (
    (ctx.event === 'email.sent' || (ctx.event === 'invoice.created' && triggerAt < 0)) &&
    triggerAt <= 0 &&
    said.length > 0 &&
    WE_SEND.test(text) &&
    said.every((i) => i.kind === 'steps' && i.steps.every((s) => 'action' in s && SENDING.has(s.action))) &&
    clauses.slice(1).some((c) => readWait(c.view) !== undefined)
  ) {
    items.splice(from);
    ctx.previous = previous;
  }
};

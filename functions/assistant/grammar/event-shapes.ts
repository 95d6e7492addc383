import type { EventName } from '../../../statemachines/events';
import type { EventFilter, Trigger } from '../../../statemachines/schema';
import { LEAD_STATUS_WORDS } from './statuses';

/**
 * The parts event shapes are made of (events.ts): a shape and its builders, the transition between two statuses, and
 * the webhook and manual starts, whose patterns name no record.
 */

/** Form tools whose submissions arrive as form.submitted with their name as the source. */
export const FORM_SOURCES = ['typeform', 'tally', 'jotform', 'webflow'];

export interface Shape {
  readonly re: RegExp;
  readonly event?: EventName;
  readonly build?: (m: RegExpExecArray) => { trigger: Trigger; problem?: string; note?: string } | undefined;
}

export const shape = (event: EventName, source: string): Shape => ({ event, re: new RegExp(`^${source}`) });
/** A shape that builds its trigger (and what it needs or leaves untested) from the match. */
export const built = (source: string, build: NonNullable<Shape['build']>): Shape => ({
  re: new RegExp(`^${source}`),
  build,
});
export const withFilter = (
  event: EventName,
  source: string,
  filter: (m: RegExpExecArray) => EventFilter,
): Shape => built(source, (m) => ({ trigger: { type: 'event', event, filter: filter(m) } }));

/**
 * The filter of a transition: the status it goes to, and the one it leaves when the CRM has that status. A state
 * it has none for ("from trial") cannot be tested: said back with the workflow, never dropped unsaid.
 */
export const transition = (fromWord: string, toWord: string): { trigger: Trigger; note?: string } => {
  const to = LEAD_STATUS_WORDS[toWord] ?? toWord;
  const from = LEAD_STATUS_WORDS[fromWord];
  if (from && from !== to)
    return {
      trigger: {
        type: 'event',
        event: 'lead.updated',
        filter: { 'changes.status.to': [to], 'changes.status.from': [from] },
      },
    };
  return {
    trigger: { type: 'event', event: 'lead.updated', filter: { 'changes.status.to': [to] } },
    note: `it runs when a lead's status changes to ${to}; "from ${fromWord}" is not tested, since a lead has no status "${fromWord}"`,
  };
};

export const webhookOf = (m: RegExpExecArray, explicit = true) => {
  const source = (m.groups?.src3 ?? m.groups?.src2 ?? m.groups?.src ?? '').replace(/[^a-z0-9_-]/g, '');
  const { src, src2, src3 } = m.groups ?? {};
  const before = src2 ?? (src && !PAYLOAD_WORD.test(src) ? src : undefined);
  // "a payment webhook arrives": what it carries, no sender; "a Zapier webhook comes in from Facebook": two;
  // "it posts to a webhook": a pronoun names no sender; "a webhook from our site": nor does "our"
  if (
    !source ||
    /^(?:a|an|the|new|any|our|my|their|your|us|webhook|arrives|comes|is|it|this|that|they|we|i|you|he|she|someone|something)$/.test(
      source,
    ) ||
    PAYLOAD_WORD.test(source) ||
    (before && src3 && before !== src3)
  )
    return {
      trigger: { type: 'webhook', source: 'webhook' } as Trigger,
      problem: 'say which service sends the webhook ("a webhook from stripe")',
    };
  if (!explicit && FORM_SOURCES.includes(source))
    return { trigger: { type: 'event', event: 'form.submitted', filter: { source: [source] } } as Trigger };
  // "a webhook from stripe of type invoice.payment_failed": the provider's event type (docs/api.md, `webhook.type`)
  const type = m.groups?.wtype;
  return {
    trigger: (type
      ? { type: 'webhook', source, filter: { 'webhook.type': [type] } }
      : { type: 'webhook', source }) as Trigger,
  };
};

/** What a webhook says it carries, between its sender and "webhook" ("a Calendly booking webhook"). */
export const WEBHOOK_PAYLOAD =
  '(?:payment|booking|order|event|status|form|lead|sign-?up|checkout|subscription|invoice|refund|charge|reservation|message|call|meeting|appointment|delivery|shipment|ticket|review|update|notification|unlock|lock)s?';
const PAYLOAD_WORD = new RegExp(`^${WEBHOOK_PAYLOAD}$`);
/** Not before a source said again ("Shopify order webhook (source shopify, over $500)"): refused, as before. */
const CARRIES = `(?:${WEBHOOK_PAYLOAD}\\s+(?=webhooks?(?![\\w-])(?!\\s+(?:source|src|from|sender)\\b)))?`;

/** Webhooks and manual starts, first of the shapes. */
export const WEBHOOK_SHAPES: readonly Shape[] = [
  {
    re: new RegExp(
      `^(?:(?:a|an|the|any)\\s+)?(?:(?<src>[a-z0-9_-]+)\\s+${CARRIES})?webhook(?:\\s+(?:from|for|by)\\s+(?<src2>[a-z0-9_-]+)(?:\\s+of\\s+type\\s+(?<wtype>[a-z][a-z0-9_]*(?:[./][a-z][a-z0-9_]*)+))?)?\\s+(?:(?:is|gets)\\s+)?(?:arrives?|received|comes? in|fires|called|triggered|hits|sent|is received|is called)(?:\\s+from\\s+(?!(?:a|an|the|our|my|their|your|one|any|some|each|every)\\b)(?<src3>[a-z][a-z0-9_-]*)(?![\\w-]))?`,
    ),
    build: (m) => webhookOf(m),
  },
  {
    re: /^(?<src>[a-z0-9_-]+)\s+(?:sends|posts|calls|fires|triggers|hits|pings)\s+(?:us\s+|to\s+)?(?:a\s+|an\s+|our\s+|the\s+|my\s+)?(?:new\s+)?(?:(?:payment|event|order|status)\s+)?webhook/,
    build: webhookOf,
  },
  {
    re: /^(?:we|i)\s+(?:get|receive)\s+(?:a\s+)?(?:(?:payment|event|order|status)\s+)?webhook\s+from\s+(?<src>[a-z0-9_-]+)/,
    build: webhookOf,
  },
  {
    re: new RegExp(
      `^(?:(?:a|an|the|any|new|every|each|incoming)\\s+)?(?:${WEBHOOK_PAYLOAD}\\s+)?webhooks?\\s+(?:from|by)\\s+(?<src>[a-z][a-z0-9_-]*)(?![\\w-])(?!\\s+(?:is|are|was|gets?|arrives?|comes?|fires?|hits?)\\b)`,
    ),
    build: webhookOf,
  },
  // "Shopify webhook → new lead", "on a Stripe webhook event": the webhook named alone
  {
    re: new RegExp(
      `^(?:(?:a|an|the|any|new|every|each|incoming)\\s+)?(?<src>[a-z][a-z0-9_-]*)\\s+${CARRIES}webhooks?(?:\\s+(?:event|call|request|notification|payload)s?)?(?![\\w-])(?!\\s+(?:is|are|was|gets?|has|have|comes?|arrives?|fires?|hits?|url|endpoint|secret)\\b)`,
    ),
    build: webhookOf,
  },
  {
    // "… with inputs-name-email": what the run is given (manual-starts.ts), its declared inputs
    re: /^(?:(?:i|we|someone)\s+(?:click|press|hit|run|start|trigger|launch)\s+(?:it|this|a button|the button|the workflow|run|the run button|go|start)(?:\s+(?:manually|by hand|myself))?|(?:i|we|someone)\s+(?:kick|fire|set)\s+(?:it|this|the workflow)\s+off(?:\s+(?:manually|by hand|myself|on demand))?|(?:i|we)\s+(?:start|run|trigger)\s+it\s+(?:manually|by hand|on demand)|(?:run|start|trigger)\s+(?:it|this)\s+(?:manually|by hand|on demand)|(?:it is|it's)?\s*(?:started|run|triggered)\s+(?:manually|by hand|on demand)|on demand|manually)(?:\s+with\s+inputs(?<inputs>(?:-(?:name|email|company|phone|topic|question|invoiceid))+)(?![\w-]))?/,
    build: (m) => {
      const inputs = m.groups?.inputs
        ?.slice(1)
        .split('-')
        .map((i) => (i === 'invoiceid' ? 'invoiceId' : i));
      return { trigger: inputs ? { type: 'manual', inputs } : { type: 'manual' } };
    },
  },
];

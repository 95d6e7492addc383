import { SAYS_A_TEST } from './trigger-said';

/**
 * A third-party tool named as the one that tells us something (issue #16, sets 27–31), said as the webhook it sends:
 *   the tool says it          "When stripe says a payment failed (invoice.payment_failed) …", "when stripe tells us
 *                             a payment has gone through …"           → "When a webhook from stripe arrives …"
 *   the tool's record, its    "stripe payment came in -> …", "when a Shopify order gets paid …", "shopify order
 *   event after it            paid -> …" (not a booking tool's booking: that is booking.created, as before)
 *   a header over the event   "stripe webhook: when a day pass payment succeeds …"
 * Only tools in the short list below: "when Maria says a payment failed" names a person, not a webhook's sender
 * (a sender said with "sends a webhook" may have any name: trigger-said.ts, webhook-intros.ts). Form tools are left
 * to form-tools.ts (their submissions are form.submitted, with the tool as the source). What the tool is said to
 * tell is what its webhook carries and is not tested (it sends what it is subscribed to send), except the
 * provider's own event type written out in brackets or quotes ("(invoice.payment_failed)", "'orders/paid'"): the
 * webhook's documented `webhook.type`, tested. Words that say a test ("over $500", "only", "not") are left as
 * written, for the readers to refuse quoted.
 */

/** Senders of webhooks known by name: docs/api.md's providers and the payment, booking and signing tools writers name. */
export const TOOL =
  '(stripe|shopify|calendly|paypal|square|mollie|razorpay|gocardless|xero|quickbooks|honeybook|docusign|pandadoc|acuity|eventbrite|woocommerce|github)';
/** A tool or a webhook said before, in the same sentence: a dotted name in brackets or after "of type" is its event type. */
const TOOL_BEFORE = new RegExp(String.raw`\b(?:${TOOL}|webhooks?)\b[^.;!?]{0,80}(?:\(|\sof\stype\s)$`, 'i');
/** Whether the dotted name at `at` is a tool's own event type ("stripe says … (invoice.payment_failed)"), kept as written. */
export const toolsEventType = (text: string, at: number): boolean => TOOL_BEFORE.test(text.slice(0, at));
/** Where a trigger starts: the request's or a sentence's start, or a "when" word. */
const START = String.raw`(^|[.!?]\s|\b(?:[Ww]hen(?:ever)?|[Ii]f|[Oo]nce|[Aa]s\ssoon\sas|[Ee]ach\stime|[Ee]very\stime)\s)`;
/** The provider's event type as it writes it ("invoice.payment_failed", "orders/paid", "invitee.created"). */
const TYPE = '[a-z][a-z0-9_]*(?:[./][a-z][a-z0-9_]*)+';
const TYPE_SAID = String.raw`(?:\s?\(['"‘“]?(${TYPE})['"’”]?\)|\s['"‘“](${TYPE})['"’”])?(?:\s?\((?:via\s|by\s)?(?:a\s)?webhook\)|\s(?:via|by|over)\s(?:a\s)?webhook(?![\w-]))?`;
/** The verbs steps start with, ending what the tool is said to tell when no punctuation does. */
const STEP_VERB =
  'email|e-mail|send|post|notify|tell|let|create|add|slack|text|mark|save|log|ping|book|schedule|record|update|thank|file|forward|message|invoice|remind';
/** Where what the tool tells ends: punctuation, an arrow or dash, a bracket, the end, or a step's verb. */
const UNTIL = String.raw`(?=\s?[(,;:.!]|\s?(?:->|→|=>|>|[-–—])\s|\s?$|\s(?:${STEP_VERB})\b)`;

/** "stripe says a payment failed", "when Stripe tells us a payment has gone through", "when shopify sends us a paid order". */
const TOOL_SAYS = new RegExp(
  String.raw`${START}(?:(?:our|the)\s)?${TOOL}\s(?:says|said|tells\s(?:us|me)|told\s(?:us|me)|lets\s(?:us|me)\sknow|notifies\s(?:us|me)|sends\s(?:us|me)|reports|confirms)(?:\sthat)?\s((?:a|an|the|our|their|someone|somebody|[a-z][\w-]*'s)\s[^,;.:()"→—]{1,60}?)${UNTIL}${TYPE_SAID}`,
  'gi',
);
/** What the tool's event is delivered as, after it ("stripe payment failed webhooks →"). */
const HOOK_NOUN = String.raw`(?:webhooks?|events?|notifications?|alerts?)`;
/** "stripe 'payment failed' webhooks": the tool's event in quotes before what delivers it, its words as said. */
const QUOTED_EVENT = new RegExp(
  String.raw`\b${TOOL}\s['"‘“]([a-z][\w -]{1,40}?)['"’”](?=\s${HOOK_NOUN}(?![\w-]))`,
  'gi',
);
/**
 * "stripe payment came in", "a Shopify order gets paid": the tool's record, then its event. Not the booking tools: a
 * booking made through Calendly or Acuity is a booking (booking.created, docs/assistant.md), as it was.
 */
const TOOL_EVENT = new RegExp(
  String.raw`${START}(?:(?:a|an|the|any|each|every)\s)?(?:new\s)?(?!calendly|acuity)${TOOL}\s((?:[a-z][\w'-]*\s){1,3}?)(?:(?:is|gets|got|was|has\sbeen|have\sbeen)\s)?(comes?\sin|came\sin|arrives?|arrived|(?:is\s|gets\s|got\s)?paid|succeed(?:s|ed)|(?:goes|went|has\sgone)\sthrough|fail(?:s|ed)|received|placed|signed|refunded|cancell?ed)(?![\w'-])(?:\s${HOOK_NOUN})?${UNTIL}${TYPE_SAID}`,
  'gi',
);
/** "stripe webhook: when a day pass payment succeeds …": the tool's webhook as a header over what it tells. */
const TOOL_HEADER = new RegExp(
  String.raw`^${TOOL}\swebhooks?\s?[:–—-]\s(?:(?:when(?:ever)?|each\stime|every\stime|once|if)\s)((?:a|an|the|someone|somebody)\s[^,;.:()"→—]{1,60}?)${UNTIL}${TYPE_SAID}`,
  'i',
);
/** What the tool is said to tell that is no event of a record at all ("says hello"), or names a step of its own. */
const NOT_AN_EVENT = /[#@]|\b(?:we|i|you|please|pls|and|then|email|e-mail|text|notify|slack)\b/i;

/**
 * The provider's own event type for what it is said to tell, where docs/api.md documents one: a Stripe payment that
 * failed is `invoice.payment_failed`, a Shopify order paid is `orders/paid`. Anything else is not tested.
 */
const knownType = (tool: string, about: string): string | undefined =>
  tool === 'stripe' && /\bpayments?\b.*\b(?:fail(?:s|ed)?|declined|bounced)\b/i.test(about)
    ? 'invoice.payment_failed'
    : tool === 'shopify' && /\borders?\b.*\bpaid\b/i.test(about)
      ? 'orders/paid'
      : undefined;

export interface NamedTools {
  readonly text: string;
  readonly notes: readonly string[];
}

/** The request with a named tool telling us something said as the webhook it sends ("When a webhook from X arrives"). */
export const namedTools = (text: string): NamedTools => {
  if (!new RegExp(`\\b${TOOL}\\b`, 'i').test(text)) return { text, notes: [] };
  const notes: string[] = [];
  const said = (
    all: string,
    start: string,
    tool: string,
    about: string,
    type: string | undefined,
  ): string => {
    // "a stripe webhook zzz comes in": words after "webhook" are no record of the tool's; left for the readers to refuse
    if (SAYS_A_TEST.test(about) || NOT_AN_EVENT.test(about) || /\bwebhooks?\s+\S/i.test(about)) return all;
    const source = tool.toLowerCase();
    type ??= knownType(source, about);
    const when = /\S/.test(start) && !/[.!?]\s$/.test(start) ? start : `${start}When `;
    notes.push(
      `"${all.slice(start.length).trim()}" is read as a webhook from ${source}; ${type ? `its event type ${type} is tested (webhook.type)` : 'what it says the webhook is about is not tested'}`,
    );
    return `${when}a webhook from ${source}${type ? ` of type ${type}` : ''} arrives`;
  };
  const out = text
    .replace(QUOTED_EVENT, '$1 $2')
    .replace(TOOL_HEADER, (all, tool: string, about: string, t1?: string, t2?: string) =>
      said(all, '', tool, about, t1 ?? t2),
    )
    .replace(TOOL_SAYS, (all, start: string, tool: string, about: string, t1?: string, t2?: string) =>
      said(all, start, tool, about, t1 ?? t2),
    )
    .replace(
      TOOL_EVENT,
      (all, start: string, tool: string, what: string, verb: string, t1?: string, t2?: string) =>
        said(all, start, tool, `${what}${verb}`, t1 ?? t2),
    );
  return notes.length === 0 ? { text, notes } : { text: out, notes };
};

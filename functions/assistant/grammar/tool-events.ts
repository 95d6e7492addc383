import { FORM_SOURCES } from './event-shapes';
import { SAYS_A_TEST } from './trigger-said';

/**
 * A known tool and an event of that tool, read from the two parts (issue #16, session 42): the MEANING is "a tool
 * we use tells us one of its things happened". The tool is one of a short list by what it does (docs/api.md's
 * providers and the tools writers name), the event is a noun or verb of that kind of tool; together, wherever the
 * trigger is said (a header before an arrow or colon, after "when", "we get …", "someone buys … on <tool>"), they are
 * put in the forms the event shapes read:
 *   a form tool's submission     "jotform tournament entries →", "when we get a typeform submission for holiday camp"
 *                                → "a <tool> form is submitted" (form.submitted, source; the form's name not tested)
 *   a booking tool's cancelling  "calendly cancellations ->" → "a booking is cancelled" (as a Calendly booking is a
 *                                booking: docs/assistant.md); with "webhook" said, Calendly's `invitee.canceled`
 *   a shop's order               "when someone buys from the club shop on shopify", "shopify store: when an order is
 *                                paid" → a webhook from the shop (typed `orders/paid` for a Shopify order paid)
 *   a ticket tool's sale         "eventbrite ticket sold ->" → a webhook from the ticket tool
 * A tool named as where a step goes ("post it in shopify") is no trigger: only the trigger's places are read. Words
 * that say a test ("over $500", "only", "not") leave the request as written, for the readers to refuse.
 */

const FORM = `(?:${FORM_SOURCES.join('|')})`;
const BOOKING_TOOL = '(?:calendly|acuity|setmore|simplybook|youcanbookme|savvycal|tidycal)';
/**
 * Shops and ticket sellers: only the providers docs/api.md documents or named-tools.ts already reads (a WooCommerce or
 * Etsy order stays refused as a tool we do not integrate: set 15, REFUSALS).
 */
const SHOP = '(?:shopify)';
const TICKETS = '(?:eventbrite)';

/** A form tool's event nouns: what arrives from it. */
const FORM_NOUN =
  '(?:submissions?|entries|entry|responses?|forms?|applications?|registrations?|regos?|sign-?ups?|enquir(?:y|ies)|inquir(?:y|ies)|requests?|results?|answers?)';
const CANCEL_NOUN = '(?:cancell?ations?|cancell?ed\\s(?:bookings?|appointments?|meetings?|events?))';
const ORDER_NOUN = '(?:orders?|purchases?|sales?|checkouts?)';
const TICKET_NOUN = '(?:tickets?\\s(?:sold|sales?|orders?|purchases?)|orders?|registrations?|attendees?)';

/** Up to three words naming which of the tool's things ("tournament", "artwork upload"). */
const NAME = "((?:[a-z][\\w'-]*\\s){0,3}?)";
const WHEN = '(when(?:ever)?\\s|each\\stime\\s|every\\stime\\s|once\\s|as\\ssoon\\sas\\s|if\\s)';
const ARTICLE = '(?:(?:a|an|any|each|every|all|our|the)\\s)?(?:new\\s)?';
/** Where the trigger said at the start ends: an arrow, a colon or a dash. */
const HEADER_END = '\\s?(?:->|→|=>|:|–|—|-{1,2})\\s';
/** After "when …": a comma, an arrow, or the first step's verb. */
const STEP_VERB =
  'email|e-mail|send|post|notify|tell|let|create|add|slack|text|save|log|ping|book|file|forward|message|mark|put|drop|thank|record|update';
const WHEN_END = `(?=\\s?[,;:]|\\s?(?:->|→|=>)|\\s(?:${STEP_VERB})\\b)`;
/** "comes in", "is placed": what the noun's arrival may be said with. */
const ARRIVES =
  '(?:\\s(?:(?:is|are|gets|get)\\s)?(?:comes?\\s(?:in|through)|arrives?|received|submitted|placed|made|lands?|happens|goes\\sthrough))?';

/** What each kind of tool's event is said as, for the event shapes. */
const EVENT_SAID = {
  form: (tool: string) => `a form is submitted via ${tool}`,
  cancel: (_tool: string) => 'a booking is cancelled',
  order: (tool: string, paid = false) =>
    `a webhook from ${tool}${paid && tool === 'shopify' ? ' of type orders/paid' : ''} arrives`,
} as const;

const toolName = (tool: string): string => tool.toLowerCase();

/** "jotform tournament entries →", "calendly cancellations ->": the tool's event as a header before the steps. */
const HEADER = new RegExp(
  `^${ARTICLE}(?:(${FORM})\\s${NAME}${FORM_NOUN}|(${BOOKING_TOOL})\\s${CANCEL_NOUN}|(${SHOP})\\s${NAME}${ORDER_NOUN}(\\s(?:(?:is|gets)\\s)?paid)?|(${TICKETS})\\s${TICKET_NOUN})${ARRIVES}${HEADER_END}`,
  'i',
);

/** "jotform artwork upload submissions go into slack #studio": each one posted where it goes (a channel only). */
const GO_INTO = new RegExp(
  `^${ARTICLE}(${FORM})\\s${NAME}${FORM_NOUN}\\s(?:(?:should\\s)?go|goes|get|gets|land|lands)\\s(?:straight\\s)?(?:into|in|to)\\s(?=(?:slack\\s)?#[a-z0-9]|slack\\b)`,
  'i',
);

/** "when we get a typeform submission for holiday camp send …": the tool's event after "when". */
const AFTER_WHEN = new RegExp(
  `\\b${WHEN}(?:(?:we|i)\\s(?:get|receive|have)\\s|there(?:'s|\\sis)\\s)?${ARTICLE}(?:(${FORM})\\s${NAME}${FORM_NOUN}|(${BOOKING_TOOL})\\s${CANCEL_NOUN}|(${TICKETS})\\s${TICKET_NOUN})${ARRIVES}(?:\\s(?:for|from)\\s((?:the\\s|our\\s)?[a-z][\\w'-]*(?:\\s[\\w'-]+){0,3}?))?${WHEN_END}`,
  'gi',
);

/** "when someone buys from the club shop on shopify": a purchase made on a shop. */
const BUYS_ON = new RegExp(
  `\\b${WHEN}(?:someone|somebody|anyone|a\\scustomer|customers|people|a\\s[a-z][\\w'-]*)\\s(?:buys|orders|purchases|checks\\sout|places\\san\\sorder)((?:\\s[\\w'-]+){0,5}?)\\s(?:on|from|through|via|in|at|using)\\s(?:our\\s|the\\s)?(${SHOP})(?:\\s(?:store|shop|site))?${WHEN_END}`,
  'gi',
);

/**
 * "someone buys sheet music in our shopify store →", "merch orders from our shopify store ->": a purchase made on a
 * shop, said as a header before an arrow or a colon (no "when").
 */
const BOUGHT_HEADER = new RegExp(
  `^(?:(?:someone|somebody|anyone|a\\scustomer|customers|people)\\s(?:buys|orders|purchases)((?:\\s[\\w'-]+){0,4}?)|${ARTICLE}((?:[a-z][\\w'-]*\\s){0,2}?)${ORDER_NOUN})\\s(?:on|in|from|through|via|at)\\s(?:our\\s|the\\s)?(${SHOP})(?:\\s(?:store|shop|site))?${HEADER_END}`,
  'i',
);

/** "We sell our own cleaning kits on Shopify - when an order's paid …": what we sell there, then its order after "when". */
const SELL_ON = new RegExp(
  `^(?:we|i)\\s(?:sell|stock)\\s[^.;:!?]{1,60}?\\s(?:on|through|via|in)\\s(?:our\\s)?(${SHOP})(?:\\s(?:store|shop|site))?\\s?[-–—:.]\\s${WHEN}${ARTICLE}${ORDER_NOUN}(?:'s|\\s(?:is|gets|was|has\\sbeen))?\\s(paid|placed|made|comes\\sin|arrives)(?![\\w'-])`,
  'i',
);

/** "shopify parts store: when an order is paid …": the shop as a header, then its order after "when". */
const SHOP_HEADER = new RegExp(
  `^(?:our\\s|the\\s)?(${SHOP})(?:\\s[\\w'-]+){0,3}\\s?[:–—-]\\s${WHEN}${ARTICLE}${ORDER_NOUN}\\s(?:(?:is|gets|was|has\\sbeen)\\s)?(paid|placed|made|comes\\sin|arrives|goes\\sthrough)(?![\\w'-])`,
  'i',
);

/** What is bought said with a limit ("over $50", "only", "not"): a test, never dropped. */
const LIMIT =
  /\d|[$€£%]|\b(?:only|over|under|above|below|more|less|not|never|unless|except|if|tagged|vip)\b|n't\b/i;

export interface ToolEvents {
  readonly text: string;
  readonly notes: readonly string[];
}

/** "calendly cancellation webhook comes in": the tool's webhook, typed with its documented event type (docs/api.md). */
const CANCEL_WEBHOOK = new RegExp(
  `(?:^|\\b${WHEN})${ARTICLE}calendly\\s(?:cancell?ations?|cancel)\\swebhooks?\\s(?:comes?\\sin|arrives?|fires|is\\sreceived|hits)(?![\\w'-])`,
  'i',
);

/** The request with a known tool's event said as the event the shapes read, and what was read said back. */
export const toolEvents = (text: string): ToolEvents => {
  const notes: string[] = [];
  const note = (said: string, as: string) => notes.push(`"${said.trim()}" is read as ${as}`);
  let out = text.replace(
    HEADER,
    (
      all,
      form?: string,
      name?: string,
      booking?: string,
      shop?: string,
      shopName?: string,
      paid?: string,
      tickets?: string,
    ) => {
      if (SAYS_A_TEST.test(name ?? '') || SAYS_A_TEST.test(shopName ?? '')) return all;
      const said = all.replace(/\s?(?:->|→|=>|:|–|—|-{1,2})\s$/, '');
      const event = form
        ? EVENT_SAID.form(toolName(form))
        : booking
          ? EVENT_SAID.cancel(toolName(booking))
          : EVENT_SAID.order(toolName(shop ?? tickets ?? ''), Boolean(paid));
      note(said, `"${event}"`);
      return `When ${event}, `;
    },
  );
  out = out.replace(GO_INTO, (all, form: string, name: string) => {
    if (SAYS_A_TEST.test(name)) return all;
    const said = all.replace(/\s(?:(?:should\s)?go|goes|gets?|lands?)\s.*$/i, '');
    note(said, `"${EVENT_SAID.form(toolName(form))}", each one posted`);
    return `When ${EVENT_SAID.form(toolName(form))}, post it in `;
  });
  // "calendly cancellation webhook comes in ->": Calendly's own event type for a cancellation
  out = out.replace(CANCEL_WEBHOOK, (all, when?: string) => {
    notes.push(`"${all.trim()}" is Calendly's invitee.canceled, tested (webhook.type)`);
    return `${when ?? 'When '}a webhook from calendly of type invitee.canceled arrives`;
  });
  out = out
    .replace(
      AFTER_WHEN,
      (
        all,
        when: string,
        form?: string,
        name?: string,
        booking?: string,
        tickets?: string,
        forWhat?: string,
      ) => {
        if (SAYS_A_TEST.test(`${name ?? ''} ${forWhat ?? ''}`)) return all;
        const event = form
          ? EVENT_SAID.form(toolName(form))
          : booking
            ? EVENT_SAID.cancel(toolName(booking))
            : EVENT_SAID.order(toolName(tickets ?? ''));
        note(
          all.slice(when.length),
          `"${event}"${forWhat ? `; "${forWhat.trim()}" says which one, not tested` : ''}`,
        );
        return `${when}${event}`;
      },
    )
    .replace(BUYS_ON, (all, when: string, between: string, shop: string) => {
      // "from the club shop" says where, as "on shopify" does; an amount or a limit says a test
      if (LIMIT.test(between)) return all;
      const event = EVENT_SAID.order(toolName(shop));
      note(all.slice(when.length), `"${event}"; what is bought is not tested`);
      return `${when}${event}`;
    })
    .replace(BOUGHT_HEADER, (all, bought?: string, kind?: string, shop?: string) => {
      // what is bought ("sheet music", "merch") says which, not tested; an amount or a limit says a test
      if (LIMIT.test(`${bought ?? ''} ${kind ?? ''}`) || SAYS_A_TEST.test(`${bought ?? ''} ${kind ?? ''}`))
        return all;
      const event = EVENT_SAID.order(toolName(shop ?? ''));
      note(all.replace(/\s?(?:->|→|=>|:|–|—|-{1,2})\s$/, ''), `"${event}"; what is bought is not tested`);
      return `When ${event}, `;
    })
    .replace(SELL_ON, (all, shop: string, when: string, verb: string) => {
      const event = EVENT_SAID.order(toolName(shop), verb.toLowerCase() === 'paid');
      note(all, `"${event}"; what you sell there is not tested`);
      return `${when.charAt(0).toUpperCase()}${when.slice(1)}${event}`;
    })
    .replace(SHOP_HEADER, (all, shop: string, when: string, verb: string) => {
      const event = EVENT_SAID.order(toolName(shop), verb.toLowerCase() === 'paid');
      note(all, `"${event}"`);
      return `${when.charAt(0).toUpperCase()}${when.slice(1)}${event}`;
    });
  return notes.length === 0 ? { text, notes } : { text: out, notes };
};

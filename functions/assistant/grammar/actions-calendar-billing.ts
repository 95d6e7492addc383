import { AMOUNT, amountOf } from './amounts';
import type { Clause } from './clause';
import { type ActionResult, action, type Ctx, noSubject, outcome } from './context';
import { BOOKING_NOUN, NOT_BOOKED, TRADE_BOOKING } from './nouns';
import { recipientOf } from './recipients';
import { quoteIn } from './text';

/** Records of the calendar and of billing: meetings (book, cancel) and invoices (create, remind, mark paid). */

// -------------------------------------------------------------------------------------------------- meetings

/** How long a booking is, said before its noun: "30 minute", "1 hr", "45min", "half-hour", "an hour". */
const LENGTH = String.raw`(?:\d+[- ]?min(?:ute)?s?|\d+[- ]?(?:hours?|hrs?)|half[- ]hour|an?\s+hour(?:-long)?)`;
/** Up to two words of the trade after a length ("a 30 minute buyer consult", "a 1 hr prep appointment"). */
const AFTER_LENGTH = String.raw`(?:(?!(?:with|for|to|in|on|at|the|a|an|and|or|next|free|another|after|before|later|from|of|by|then|into|them|him|her|their|each|every)\b)[a-z][\w-]*\s+){0,2}?`;
const MEETING =
  /\b(?:(?:\d+[- ]?min(?:ute)?s?|\d+[- ]?hours?|half[- ]hour|an?\s+hour(?:-long)?|quick|short|intro(?:ductory)?|discovery|sales|demo|kick-?off|onboarding|induction|orientation|intake|screening|follow[- ]up|check-?in|strategy|consultation|zoom|video|phone|product|first)\s+)*(?:meeting|call|demo|appointment|consultation|consult|session|kick-?off|check-?in|chat|catch[- ]up)\b(?![-'])/;
/**
 * "book a 30 minute buyer consult", "book a 1 hr prep appointment", "book them a 30 min quote call": a length, then up
 * to two words of the trade.
 */
const LENGTH_MEETING = new RegExp(
  String.raw`^[\s,]*(?:(?:then|also|and|please)\s+)*(?:schedule|book|arrange|set\s+up)\s+(?:(?:them|him|her)\s+(?:in\s+)?(?:for\s+)?)?(?:an?\s+)?${LENGTH}\s+${AFTER_LENGTH}(?:meeting|call|demo|appointment|consultation|consult|session|chat)\b(?![-'])`,
);

/**
 * "book the valuation visit", "book them in for a viewing", "schedule a home inspection": what a trade books, read as
 * its noun (nouns.ts TRADE_BOOKING) with up to two words before it; the booking is titled with what was written.
 */
const TRADE_MEETING = new RegExp(
  `^[\\s,]*(?:(?:then|also|and|please)\\s+)*(?:schedule|book|arrange|organi[sz]e|set\\s+up|line\\s+up|pencil\\s+in)(?:\\s+(?:them|him|her|the\\s+(?:lead|client|customer|tenant|buyer|seller|landlord|applicant|contact))(?:\\s+in)?)?(?:\\s+(?:in\\s+)?for)?\\s+(?:an?\\s+|the\\s+|their\\s+|a\\s+new\\s+)?(?:(?<len>${LENGTH})\\s+)?(?<kind>(?:(?!(?:next|another|same|other|first|second|final|last|new|free)\\b)[a-z][\\w-]*\\s+){0,2}${TRADE_BOOKING})(?![\\w'-])`,
);

/** Words of a time after the booking's noun ("an induction next week"): never part of it. */
const NOT_TIME =
  "(?!(?:next|this|today|tomorrow|tonight|week|month|day|morning|afternoon|evening|asap|soon|within|on|at|for|with|in)(?![\\w'-]))";
/** "book the sale", "book a refund", "book a courier": what books keep or what is sent, never an appointment. */
const NOT_AN_APPOINTMENT = `(?:${NOT_BOOKED}|sales?|revenue|expenses?|refunds?|credits?|debits?|transactions?|deliver(?:y|ies)|couriers?|collections?|shipments?|returns?|stock|time|holiday|leave|room|flights?|hotels?|tickets?)`;
/**
 * "book their induction", "book them in for an assessment", "book a fitting": the verb "book" says the record is a
 * booking whatever its noun (session 33), titled as written; never a record the catalogue keeps otherwise ("book
 * the invoice", nouns.ts NOT_BOOKED) nor one picked among others ("their next induction").
 */
const BOOK_ANY = new RegExp(
  `^[\\s,]*(?:(?:then|also|and|please)\\s+)*book(?:\\s+(?:them|him|her))?(?:\\s+in)?(?:\\s+for)?\\s+(?:an?|the|their|his|her)\\s+(?!(?:next|another|same|other|second|final|last|free)\\b)(?:(?<len>${LENGTH})\\s+)?(?<kind>(?:${NOT_TIME}[a-z][\\w-]*\\s+)?${NOT_TIME}(?!${NOT_AN_APPOINTMENT}(?![\\w'-]))[a-z][\\w-]*)(?![\\w'-])`,
);

export const readSchedule = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const t = clause.view;
  const verb =
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:schedule|book|set up|set|arrange|plan|organi[sz]e|create|add|put|invite|hold|reserve|propose|offer|get|fix|line up)\b/.exec(
      t,
    );
  const meeting = LENGTH_MEETING.exec(t) ?? MEETING.exec(t);
  const trade = meeting ? undefined : TRADE_MEETING.exec(t);
  if (trade?.groups?.kind && !/^(?:jobs?|services?|slots?|weddings?)$/.test(trade.groups.kind))
    return tradeBooking(clause, ctx, trade);
  const booked = meeting ? undefined : BOOK_ANY.exec(t);
  if (booked?.groups?.kind) return tradeBooking(clause, ctx, booked);
  if (!verb || !meeting) return undefined;
  clause.mark(verb.index, verb[0].length);
  clause.mark(meeting.index, meeting[0].length);
  const kind = /demo/.test(meeting[0])
    ? 'Demo'
    : /kick-?off/.test(meeting[0])
      ? 'Kickoff call'
      : /onboarding/.test(meeting[0])
        ? 'Onboarding call'
        : /call/.test(meeting[0])
          ? 'Call'
          : 'Meeting';
  const minutes = /(?<!\d)(\d+)[- ]?min/.exec(meeting[0]) ?? clause.take(/\bfor\s+(\d+)\s+minutes?\b/);
  const hours = /(?<!\d)(\d+)[- ]?(?:hours?|hrs?)\b/.exec(meeting[0]);
  const hour = /\b(?:an?\s+)?hour\b/.test(meeting[0]) || clause.take(/\bfor\s+an?\s+hour\b/);
  const durationMinutes = minutes?.[1]
    ? Number(minutes[1])
    : hours?.[1]
      ? Number(hours[1]) * 60
      : hour
        ? 60
        : /half[- ]hour/.test(meeting[0])
          ? 30
          : kind === 'Demo'
            ? 45
            : 30;
  const to = recipientOf(clause, ctx.subject);
  clause.take(/\b(?:them|with them|in|for them|a slot|a time|time)\b/);
  const within = withinOf(clause);
  const who =
    to?.kind === 'member'
      ? to.member
      : to?.kind === 'address'
        ? to.address
        : (ctx.subject?.name ?? ctx.subject?.email);
  const input: Record<string, unknown> = {
    title: who ? `${kind} with ${who}` : kind,
    durationMinutes: Math.min(480, Math.max(5, durationMinutes)),
  };
  if (to?.kind === 'address') input.attendeeEmail = to.address;
  else if (ctx.subject?.email && to?.kind !== 'member') input.attendeeEmail = ctx.subject.email;
  if (ctx.subject?.leadId && to?.kind !== 'address') input.leadId = ctx.subject.leadId;
  if (within) input.within = within;
  return outcome([action(ctx, 'schedule-meeting', 'calendar.schedule', input)], Boolean(ctx.subject?.email));
};

/** Minutes of a length said before the booking's noun ("45 minutes", "1 hr", "an hour"), within 5 to 480. */
const lengthMinutes = (said: string | undefined): number | undefined => {
  if (!said) return undefined;
  const n = /\d+/.exec(said);
  const minutes = /min/.test(said) ? Number(n?.[0]) : /half/.test(said) ? 30 : Number(n?.[0] ?? 1) * 60;
  return Math.min(480, Math.max(5, minutes));
};

const tradeBooking = (clause: Clause, ctx: Ctx, m: RegExpExecArray): ActionResult => {
  clause.mark(m.index, m[0].length);
  const said = clause.cased(m.groups?.kind ?? '').trim();
  const kind = said.replace(/^./, (c) => c.toUpperCase());
  const to = recipientOf(clause, ctx.subject);
  clause.take(/\b(?:with them|for them|in)\b/);
  const within = withinOf(clause);
  const who = to?.kind === 'member' ? to.member : (ctx.subject?.name ?? ctx.subject?.email);
  const input: Record<string, unknown> = {
    title: who ? `${kind} with ${who}` : kind,
    durationMinutes: lengthMinutes(m.groups?.len) ?? 60,
  };
  if (ctx.subject?.email && to?.kind !== 'member') input.attendeeEmail = ctx.subject.email;
  if (ctx.subject?.leadId) input.leadId = ctx.subject.leadId;
  if (within) input.within = within;
  return outcome([action(ctx, 'schedule-meeting', 'calendar.schedule', input)], Boolean(ctx.subject?.email));
};

/** "next week", "within 3 days", "tomorrow": how soon the booking is made (calendar.schedule's `within`). */
const withinOf = (clause: Clause): string | undefined => {
  const within = clause.take(
    /\b(?:(?:for\s+|by\s+)?next week|this week|within (?:the )?(?:next\s+)?(\d+)\s+days?|in the next (\d+) days?|(?:for\s+)?tomorrow)\b/,
  );
  if (!within) return undefined;
  const days = within[1] ?? within[2];
  return days ? `P${days}D` : /tomorrow/.test(within[0]) ? 'P2D' : 'P7D';
};

/** "cancel the meeting", "call off their interview", "cancel the slot": any booking by its trade's noun. */
const CANCEL_BOOKING = new RegExp(
  `^[\\s,]*(?:(?:then|also|and|please)\\s+)*(?:cancel|call off|delete)\\s+(?:(?:the|their|this|that|his|her)\\s+)?(?:\\w+\\s+)?(?:demo|${BOOKING_NOUN})(?![\\w'-])`,
);

export const readCancel = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const m =
    clause.find(CANCEL_BOOKING) ??
    // "cancel it" when the workflow is about a booking
    (ctx.subject?.bookingId
      ? clause.find(/^[\s,]*(?:(?:then|also|and|please)\s+)*(?:cancel|call off)(?:\s+(?:it|them)\b|\s*$)/)
      : undefined);
  if (!m) return undefined;
  clause.mark(m.index, m[0].length);
  if (!ctx.subject?.bookingId) return noSubject(clause.original.trim(), ctx);
  return outcome(
    [action(ctx, 'cancel-meeting', 'calendar.cancel', { bookingId: ctx.subject.bookingId })],
    true,
  );
};

// -------------------------------------------------------------------------------------------------- invoices

export const readInvoiceReminder = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  // a paid invoice is never chased: "wait 6 months and send an oil change reminder" is an email to the customer
  if (!ctx.subject?.invoiceId || ctx.event === 'invoice.paid') return undefined;
  const t = clause.view;
  const m =
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:send|email)\s+(?:(?:to\s+)?(?:them|him|her|the customer|the client)\s+)?(?:an?\s+|the\s+|another\s+|one more\s+|a second\s+|a final\s+|a last\s+)?(?:\w+\s+){0,2}?(?:payment\s+)?reminders?\b(?:\s+(?:e-?mails?|mails?|messages?|notices?))?/.exec(
      t,
    ) ??
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:remind|chase(?:\s+(?:it|them|this|the\s+payment)\s+up)?|nudge|dun)\b/.exec(
      t,
    ) ??
    /^[\s,]*(?:(?:then|also|and|please)\s+)*follow\s+up\s+on\s+(?:the\s+|their\s+)?(?:payment|invoice)\b/.exec(
      t,
    );
  if (!m) return undefined;
  clause.mark(m.index, m[0].length);
  // whoever pays, in any trade's word ("chase the tenant", "nudge our member")
  clause.take(
    /\b(?:them|(?:the|our|their)\s+(?:customer|client|tenant|member|parent|patient|student|buyer|payer|debtor|family|guest)s?|customers?|clients?|tenants?)\b/,
  );
  clause.take(
    /\b(?:to pay|about (?:the |their )?(?:payment|invoice)|of (?:the |their )?(?:payment|invoice)|(?:for|on) (?:the |their )?(?:payment|invoice|bill)|the payment|the invoice|by email|again|payment)\b/,
  );
  const quoted = clause.take(/⟦\d+⟧/);
  const input: Record<string, unknown> = { invoiceId: ctx.subject.invoiceId };
  if (quoted) input.message = quoteIn(clause.prepared, quoted[0]);
  return outcome([action(ctx, 'payment-reminder', 'invoice.sendReminder', input)], true);
};

/** The webhook's invoice: the one its body names (docs/api.md: a provider's body is open; ours is `invoiceId`). */
const PAYLOAD_INVOICE = '{{trigger.payload.invoiceId}}';

/** A webhook's invoice marked paid: which one, said back with the workflow. */
export const payloadInvoice = (steps: readonly unknown[]): string[] =>
  JSON.stringify(steps).includes(PAYLOAD_INVOICE)
    ? [
        'the invoice marked paid is the one whose id the webhook\'s body carries as "invoiceId"; a delivery without it fails that step and marks nothing',
      ]
    : [];

export const readMarkPaid = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const m =
    clause.find(
      /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:mark|record|set|flag)\s+(?:the\s+|their\s+|this\s+)?(?:invoice|bill|payment)s?\s+(?:(?:(?:named|mentioned|referenced)\s+)?in\s+it\s+|(?:it|the\s+(?:webhook|payment|payload))\s+(?:names|mentions|is\s+for|refers\s+to)\s+)?(?:as\s+|to\s+)?(?:paid|settled|received)\b/,
    ) ??
    (ctx.subject?.invoiceId
      ? clause.find(
          /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:mark|record|set|flag)\s+(?:it|this)\s+(?:as\s+)?(?:paid|settled)\b/,
        )
      : undefined);
  if (!m) return undefined;
  clause.mark(m.index, m[0].length);
  // a payment webhook's invoice, said as a record ("mark the invoice in it as paid"): the one its body names
  const invoiceId =
    ctx.subject?.invoiceId ??
    (ctx.subject?.fieldsRoot === 'trigger.payload' && /\b(?:invoice|bill|payment)/.test(m[0])
      ? PAYLOAD_INVOICE
      : undefined);
  if (!invoiceId) return noSubject(clause.original.trim(), ctx);
  return outcome([action(ctx, 'mark-paid', 'invoice.markPaid', { invoiceId })], true);
};

/** "plus VAT at 20%", "+ 20% tax", "and VAT" (no rate: refused), never a tax named for something else ("the tax return"). */
const TAX =
  /\b(?:(?:(?:and|plus|with|incl(?:uding|\.)?)\s+)?(?:vat|tax|gst|sales\s+tax)(?:\s+(?:at|of|@))?\s+(\d{1,2}(?:\.\d{1,2})?)\s?%|(?:(?:and|plus|with|incl(?:uding|\.)?)\s+)?(\d{1,2}(?:\.\d{1,2})?)\s?%\s+(?:vat|tax|gst|sales\s+tax)\b|(?:and|plus|with|incl(?:uding|\.)?)\s+(?:vat|tax|gst|sales\s+tax)\b)/;

const AMOUNT_SAID = new RegExp(`(?:\\b(?:for|of|worth)\\s*)?${AMOUNT.source}`);
const FEE_ARTICLE = new RegExp(
  `\\b(?:the|a|an|their)\\s+(?=${AMOUNT.source}\\s+[a-z][\\w-]*\\s+(?:fee|deposit|charge)\\b)`,
);
const QUANTITY_AT = new RegExp(
  `(?:\\b(?:for|of)\\s+)?(?<![\\d.,])\\b([1-9]\\d{0,3})\\s*(?:(?:x|×)\\s*|([a-z][\\w-]*(?:\\s+[a-z][\\w-]*){0,2})\\s+(?:at|@)\\s+)(?=${AMOUNT.source})`,
);
const EACH = /^\s*(?:each|apiece|(?:per|a|an)\s+(?!(?:month|year|week)\b)[a-z]+)\b/;
const PER_BOOKING = new RegExp(`\\b(?:per|each|for\\s+each)\\s+${BOOKING_NOUN}(?![\\w-])`);
const DOLLAR_CODE = /(?:\bin\s+)?\b(usd|nzd|aud|cad|sgd|hkd)\b/;

/** "to Harbour View HOA accounts@hoa.org", "(invoice) accounts@hoa.org": the customer's name (if said) and address. */
const BILLED_ADDRESS =
  /(?:\b(?:to|for)\s+((?:(?!(?:them|the|a|an|their|our|for|to|at|due|in)\b)[a-z][\w&'.-]*\s+){0,5}?)|^[\s,]*)([a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+)/;

export const readCreateInvoice = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const t = clause.view;
  // "issue a 250 EUR invoice", "send them a bill for 75 EUR": the amount may come before the noun
  const noun =
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:create|send|issue|generate|raise|make(?:\s+out)?|prepare|draft|cut)\s+(?:them\s+|the customer\s+|the client\s+)?(?:an?\s+|the\s+|their\s+)?(?:new\s+)?(?<kind>(?:(?!(?:overdue|unpaid|outstanding|open|late|same|existing|previous|last|current|old|that|this|paid|reminder|payment|invoice|bill|new|an?|the|their|them|customer|client)\b)[a-z][\w-]*\s+){0,2}?)(?=invoice\b|(?:[$€£]\s?)?\d[\d,.]*\s?(?:k\s?)?(?:[$€£]|usd|eur|gbp|euros?|dollars?|pounds?)?\s+(?:(?:deposit|booking|setup|set-up|membership|enrolment|enrollment|registration|late|cancellation|service|hire|rental|fee)\s+|[a-z][\w-]*\s+(?=fee\s+invoice\b)){0,2}invoice\b|bill\s+(?:for|of)\s+(?:[$€£]\s?)?\d)/.exec(
      t,
    );
  if (noun) clause.take(/\b(?:invoice|bill)\b/);
  const m =
    noun ??
    /^[\s,]*(?:(?:then|also|and|please)\s+)*(?:bill|charge|invoice)\s+(?:them\b|the customer\b|the client\b|the lead\b|the attendee\b|(?=[a-z0-9._%+-]+@))/.exec(
      t,
    ) ??
    // "invoice for 300 EUR", "charge $50", "invoice for the €200 deposit"
    new RegExp(
      `^[\\s,]*(?:(?:then|also|and|please)\\s+)*(?:bill|charge|invoice)\\b(?=\\s+(?:for\\s+(?:the\\s+|a\\s+)?|of\\s+)?${AMOUNT.source})`,
    ).exec(t);
  if (!m) return undefined;
  clause.mark(m.index, m[0].length);
  // "the fee invoice to Harbour View HOA (accounts@hoa.org)": a customer named by address needs no one from the trigger
  const billed = AMOUNT.test(clause.view) ? clause.take(BILLED_ADDRESS) : undefined;
  const email = billed?.[2] ?? ctx.subject?.email;
  if (!email) return noSubject(clause.original.trim(), ctx);
  // "plus VAT at 20%", "+ 20% tax": the invoice's tax rate; a tax said without its rate, or already inside the
  // amount ("including VAT"), is something invoice.create cannot be told: refused, quoted
  const tax = clause.take(TAX);
  if (tax && (!(tax[1] ?? tax[2]) || /^\s*incl/.test(tax[0])))
    return {
      problem: `say the tax as a rate added to the amount ("plus VAT at 20%"): "${clause.cased(tax[0]).trim()}" in "${clause.original.trim()}"`,
    };
  // "invoice them the $99 joining fee": the article before the amount
  clause.take(FEE_ARTICLE);
  // "10 kegs at $210 each", "3 x $50": a quantity of the thing at a price each
  const items = clause.take(QUANTITY_AT);
  const amountMatch = clause.take(AMOUNT_SAID);
  if (items && amountMatch) clause.take(EACH);
  // "£35 per lesson" on the run of one booked lesson: that booking's price
  else if (amountMatch && ctx.event?.startsWith('booking.')) clause.take(PER_BOOKING);
  // "the £300 deposit invoice", "the €200 deposit": what the amount is for, said after it
  const after = amountMatch
    ? clause.take(
        /^\s*((?:deposit|booking|setup|set-up|membership|enrolment|enrollment|registration|late|cancellation|service|hire|rental|fee)(?:\s+(?:deposit|fee))?|[a-z][\w-]*\s+(?:fee|deposit|charge))\b/,
      )
    : undefined;
  // "make them a $89 diagnostic invoice": the word between the amount and the noun (read above) names it
  const named = noun && amountMatch && !after ? clause.take(/^\s*([a-z][\w-]*)(?=\s*(?:$|,))/) : undefined;
  const amount = amountMatch ? amountOf(new RegExp(AMOUNT.source).exec(amountMatch[0]) ?? ['']) : undefined;
  if (!amount)
    return {
      problem: `say the amount to invoice, with its currency ("an invoice for 150 EUR"): "${clause.original.trim()}"`,
    };
  // "the $99 joining fee (NZD)", "$99 … in NZD": which dollar, said apart from the amount
  const dollar =
    amount.currency === 'USD' && /(?<![a-z])\$/.test(amountMatch?.[0] ?? '')
      ? clause.take(DOLLAR_CODE)
      : undefined;
  const currency =
    (dollar?.[1] ? dollar[1].toUpperCase() : amount.currency) ??
    (/\b(?:usd|dollars?)\b/.test(t) ? 'USD' : undefined);
  if (!currency)
    return { problem: `say the currency of the invoice ("150 EUR", "$150"): "${clause.original.trim()}"` };
  const about = clause.take(/\bfor\s+(?:the\s+|their\s+)?([a-z][\w -]{2,40})$/);
  // "a deposit invoice", "the job invoice": what the invoice is for, as its line ("first", "final" say when)
  const kindSaid = noun?.groups?.kind ?? '';
  const kind = kindSaid.trim();
  if (noun && kind) clause.mark(noun.index + noun[0].length - kindSaid.length, kindSaid.length);
  const item = items?.[2] ? clause.cased(items[2]).replace(/^./, (c) => c.toUpperCase()) : undefined;
  const description = item
    ? about?.[1]
      ? `${clause
          .cased(about[1])
          .trim()
          .replace(/^./, (c) => c.toUpperCase())}: ${item.toLowerCase()}`
      : item
    : about?.[1]
      ? clause.cased(about[1]).trim()
      : kind && !/^(?:first|second|third|final|next|1st|2nd|3rd|initial|new)$/.test(kind)
        ? clause.cased(kind).replace(/^./, (c) => c.toUpperCase())
        : (after?.[1] ?? named?.[1])
          ? clause.cased(after?.[1] ?? named?.[1] ?? '').replace(/^./, (c) => c.toUpperCase())
          : ctx.event?.startsWith('booking.')
            ? '{{trigger.booking.title}}'
            : 'Services';
  const input: Record<string, unknown> = {
    customerEmail: email,
    currency,
    lines: [
      { description, quantity: Number(items?.[1] ?? 1), unitPriceCents: Math.round(amount.value * 100) },
    ],
  };
  const billedName = billed?.[1] ? clause.cased(billed[1]).trim() : undefined;
  if (billed) {
    if (billedName) input.customerName = billedName;
  } else {
    if (ctx.subject?.name) input.customerName = ctx.subject.name;
    if (ctx.subject?.leadId) input.leadId = ctx.subject.leadId;
  }
  const rate = Number(tax?.[1] ?? tax?.[2]);
  if (tax && rate > 0 && rate <= 100) input.taxRateBps = Math.round(rate * 100);
  const due = clause.take(/\b(?:due|payable)\s+(?:in|within)\s+(\d+)\s+days?\b/);
  if (due?.[1]) input.dueInDays = Number(due[1]);
  clause.take(/\b(?:to|for)?\s*(?:them|the customer|the client|it)\b/);
  const step = action(ctx, 'create-invoice', 'invoice.create', input);
  ctx.subject = {
    ...ctx.subject,
    noun: ctx.subject?.noun ?? 'customer',
    invoiceId: `{{steps.${step.id}.invoiceId}}`,
  };
  return outcome([step], true);
};

import type { EventName } from '../../../statemachines/events';
import type { EventPhrase } from './events';
import { TOOL } from './named-tools';
import { BOOKING_NOUN, FORM_NOUN, INVOICE_STATE_WORD, MONEY_NOUN, PICKING_WORD } from './nouns';

/**
 * An event said of a record as a noun phrase and a verb, read part by part (session 30) rather than as whole
 * shapes: determiner, possessive or quantifier ("a", "each", "our", "a member's", "the client's", "one of our") +
 * modifiers + head noun + the verb's meaning in any aspect or voice. The head decides the record: invoices and
 * bills; forms by their role (an application, an RSVP, a timesheet, a sign-up sheet, a survey); what a trade books
 * (an interview, a viewing, a tasting, a consult, a session). The modifiers are the record's own name for itself
 * ("placement invoice", "deposit invoice", "sponsor invoice", "subs invoice" are every invoice of that business),
 * unless they have the shape of a choice among the records (nouns.ts PICKING_WORD: "final", "overdue", "big"),
 * which is refused, quoted. The verb says the event by what it means for that record: arriving (comes in, lands in
 * our inbox, is sent back, gets submitted) is a form's submission or an invoice's issue; being raised, issued or
 * sent out an invoice's issue; being paid or settled its payment; falling overdue; being booked, scheduled or
 * confirmed a booking; being cancelled or called off its cancellation. A verb no record of the catalogue has is
 * never read as a near one: the phrase stays unread.
 */

type RecordKind = 'invoice' | 'money' | 'form' | 'booking';

/** "a", "each", "one of our", "a member's", "the client's", "our customers'": whose or which record. */
const DET =
  '(?:(?:a|an|the|any|each|every|all|some|our|my|their|his|her|its|your|this|one\\s+of\\s+(?:our|the|my|their))\\s+)';
/** A possessor is a determiner: one word before "'s", never a time ("today's", "this week's" say when). */
const TIME = '(?:today|tomorrow|yesterday|tonight|week|month|year|day|morning|evening|weekend|quarter)';
const POSSESSOR = `(?:${DET}?(?:(?:new|existing)\\s+)?(?!${TIME}(?![\\w-]))[a-z][\\w-]*(?:'s|s')\\s+)`;
/** Words that end a noun phrase (a verb, a joint, a preposition): never a modifier. */
const NOT_MODIFIER =
  '(?:is|are|was|were|gets?|got|has|have|had|been|and|or|then|with|for|from|to|by|in|on|at|of|via|that|who|which|when|if|comes?|came|lands?|arrives?|goes|went|falls?|becomes?|turns?)';
/** One word before the head; never a possessive ("a VIP client's invoice": the VIP picks some clients out). */
const MODIFIER = `(?:(?!${NOT_MODIFIER}(?![\\w'-]))[a-z0-9][\\w-]*(?![\\w'-])\\s+)`;

const HEADS: Readonly<Record<RecordKind, string>> = {
  invoice: '(?:invoices?|bills?)',
  money: MONEY_NOUN,
  form: FORM_NOUN,
  booking: BOOKING_NOUN,
};

/** "is", "gets", "has been", "was just": the aspect and voice around the verb, read as nothing more. */
const AUX =
  "(?:(?:is|are|was|were|gets?|got|has\\s+been|have\\s+been|had\\s+been|has|have|'s|just|finally|now|actually|been|being)\\s+)*";
const INBOX =
  '(?:\\s+(?:in|into|to|through)\\s+(?:our|the|my|your)\\s+(?:inbox|mailbox|system|crm|portal|website|site|dashboard))?';
const ARRIVES = `(?:(?:comes?|came|coming)\\s+(?:in|back|through)|arrives?|arrived|arriving|lands?|landed|landing|shows?\\s+up|showed\\s+up|turns?\\s+up|turned\\s+up|drops?\\s+in|dropped\\s+in|pops?\\s+in|hits?\\s+(?:our|the|my)\\s+inbox)${INBOX}`;
const SUBMITTED = `(?:submitted|received|sent\\s+(?:in|back|over|through)|returned|handed\\s+in|filled\\s+(?:in|out)|completed|done|uploaded|logged)${INBOX}`;
/** "the deposit lands in our account": where money arrives. */
const BANKED = '(?:\\s+(?:in|into)\\s+(?:our|the|my)\\s+(?:bank\\s+)?account)?';
const PAID = '(?:paid|settled|cleared)(?:\\s+(?:in\\s+full|off|up|online))?';
const ISSUED = '(?:raised|issued|created|generated|sent(?:\\s+out)?|drafted|produced|made)';
const OVERDUE =
  '(?:(?:is|are|was|becomes?|became|goes|went|gone|falls?|fell|fallen|turns?|turned|gets?|got|has|have|now|just)\\s+)+(?:overdue|past[\\s-]due|late)';
const BOOKED =
  '(?:booked|scheduled|confirmed|arranged|set\\s+up|made|reserved|requested|added|pencil(?:l)?ed\\s+in|locked\\s+in)(?:\\s+in)?';
/**
 * "a viewing is booked for a property", "a lesson booked for a new patient": whom or what every such booking is for
 * (one noun: "for a repeat customer" picks some out, read or refused by the qualifier readers).
 */
const FOR_ANY =
  "(?:\\s+for\\s+(?:a|an)\\s+(?:new\\s+)?(?!(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|afternoon|evening|night|weekend|date|day|week|month|year|time)s?(?![\\w'-]))[a-z][\\w'-]*(?![\\w'-]))?";
/** "an appointment goes in the diary", "a job is put on the calendar": what is booked, put where bookings are kept. */
const DIARY = `(?:${AUX}(?:put|added|entered|pencil(?:l)?ed|popped)|goes|go|went|gets\\s+put|pops?\\s+up)\\s+(?:in|into|on|onto|to)\\s+(?:the|our|my)\\s+(?:diary|calendar|schedule|rota)`;
const CANCELLED = '(?:cancell?ed|called\\s+off|scrapped|withdrawn)';

const MEANINGS: Readonly<Record<RecordKind, readonly (readonly [EventName, string])[]>> = {
  invoice: [
    ['invoice.paid', `${AUX}${PAID}`],
    ['invoice.overdue', OVERDUE],
    ['invoice.created', `(?:${AUX}${ISSUED}|(?:goes|go|went|gone)\\s+out|${ARRIVES})`],
  ],
  // what an invoice asks for: arriving, taken or collected is its payment; never issued ("rent is raised" is more rent)
  money: [
    [
      'invoice.paid',
      `(?:${AUX}(?:${PAID}|received|taken|collected)|${ARRIVES}|clears?|(?:goes|go|went|gone)\\s+through)${BANKED}`,
    ],
    ['invoice.overdue', `(?:${OVERDUE}|${AUX}missed)`],
  ],
  form: [['form.submitted', `(?:${AUX}${SUBMITTED}|${AUX}${ARRIVES})`]],
  booking: [
    ['booking.cancelled', `${AUX}${CANCELLED}`],
    ['booking.created', `(?:${AUX}${BOOKED}${FOR_ANY}|${DIARY})`],
  ],
};

/** A qualifier between the noun and its verb ("from the careers page", "over $500"), for the condition grammar. */
const Q =
  '(?<q>\\s+(?:from|via|through|worth|valued|over|above|under|below|tagged|for(?=\\s+(?:more|less|over|under|above|below|[$€£₹]|\\d)))(?:\\s+[^\\s,;:?]+)*?)?';

/** The verb must end the phrase: the clause ends or a joint, an action or a test follows. */
const END =
  '(?=\\s*(?:$|[,.;:!?(→>–—-]|(?:and|then|so|please|pls|we|i|send|notify|email|e-mail|add|create|post|tell|alert|ping|remind|mark|tag|let|text|call)\\b|(?:can|could|would|will)\\s+(?:you|u)\\b))';

/** Each record's noun phrase and each meaning of its verb, as one pattern (analysed as built: grammar-regex test). */
export const RECORD_SHAPES: readonly (readonly [RecordKind, EventName, RegExp])[] = (
  Object.keys(HEADS) as RecordKind[]
).flatMap((kind) =>
  MEANINGS[kind].map(
    ([event, verb]) =>
      [
        kind,
        event,
        new RegExp(
          `^\\s*(?:${POSSESSOR}|${DET}(?:(?:new|fresh|incoming)\\s+)?|(?:new|fresh|incoming)\\s+)?(?<mods>${MODIFIER}{0,3}?)(?<head>${HEADS[kind]})(?![\\w'-])${Q}\\s+${verb}${END}`,
        ),
      ] as const,
  ),
);

/** "a new RSVP", "each timesheet": one of them arriving, said as the noun alone (a form's role). */
const NEW_FORM = new RegExp(
  `^\\s*(?:(?:a|an|any|each|every)\\s+)?(?:new|fresh|incoming)\\s+(?<mods>${MODIFIER}{0,2}?)${FORM_NOUN}(?![\\w'-])`,
);

const CURRENCY_MOD = /\s(usd|eur|gbp|inr|cad|aud|chf|dollar|euro|sterling|pound)\s/;
const CURRENCY_CODE: Readonly<Record<string, string>> = {
  dollar: 'usd',
  euro: 'eur',
  sterling: 'gbp',
  pound: 'gbp',
};
const PICKING = new RegExp(`(?:^|\\s)(${PICKING_WORD})\\s`);
/** "a stripe payment comes thru": the tool's own record, its webhook (named-tools.ts), never every invoice. */
const TOOL_MOD = new RegExp(`(?:^|\\s)${TOOL}\\s`);
const STATE = new RegExp(`(?:^|\\s)${INVOICE_STATE_WORD}\\s`);

const read = (kind: RecordKind, event: EventName, m: RegExpExecArray): EventPhrase | undefined => {
  const mods = m.groups?.mods ?? '';
  // amounts and dates before the noun ("a $500 invoice", "the 3pm call") are tests the other readers make
  // so is a state ("an overdue invoice is paid"), tested or refused by the condition and wait readers
  if (/\d/.test(mods) || STATE.test(` ${mods}`)) return undefined;
  // "a USD invoice", "a sterling invoice": the invoice's own currency, a test of it (never every invoice)
  const billed = kind === 'invoice' || kind === 'money';
  const money = CURRENCY_MOD.exec(` ${mods}`)?.[1];
  if ((money && !billed) || (kind === 'money' && TOOL_MOD.test(` ${mods}`))) return undefined;
  const picking = PICKING.exec(` ${mods}`)?.[1];
  const said = m.groups?.q?.trim();
  const qualifier = money
    ? `${said ? `${said} and ` : ''}currency is ${CURRENCY_CODE[money] ?? money}`
    : said;
  const phrase: EventPhrase = {
    trigger: { type: 'event', event },
    qualifier: qualifier ? qualifier : undefined,
    length: m[0].length,
  };
  const head = m.groups?.head ?? '';
  // "rent goes overdue": every invoice's, said back (the catalogue keeps no rent apart from other invoices)
  if (!picking)
    return kind === 'money'
      ? {
          ...phrase,
          note: `on every invoice: the catalogue keeps ${head} as invoices and cannot tell them from others, so this runs for all of them`,
        }
      : phrase;
  // "a final invoice", "an overdue invoice is paid": a choice among them that nothing on the record says
  if (!billed) return undefined;
  return {
    ...phrase,
    problem: `"${picking} ${kind === 'money' ? head : 'invoice'}": an invoice records no kind, so a ${picking} invoice cannot be told from the others; say what sets it apart (its amount, its customer) or leave "${picking}" out`,
  };
};

/** The event a record's noun phrase and verb say, read at the start of `text`; undefined when it is not one. */
export const recordEvent = (text: string): EventPhrase | undefined => {
  for (const [kind, event, re] of RECORD_SHAPES) {
    const m = re.exec(text);
    if (m) return read(kind, event, m);
  }
  const fresh = NEW_FORM.exec(text);
  return fresh ? read('form', 'form.submitted', fresh) : undefined;
};

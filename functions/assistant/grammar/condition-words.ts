import type { EventName } from '../../../statemachines/events';
import type { Comparison, Condition, EventFilter } from '../../../statemachines/schema';
import type { Subject } from './subjects';

/** The words conditions are made of: subjects, fields, operators, statuses, values. */

export interface ConditionRead {
  readonly condition: Condition | undefined;
  /** A tag or a folder: the trigger's filter, or the step's test when the request says "otherwise" (assemble.ts). */
  readonly filter: EventFilter | undefined;
  /** Characters understood. */
  readonly length: number;
  /** What the comparison is about, when no trigger says it ("if an invoice is over $500" → an invoice event). */
  readonly about: 'lead' | 'invoice' | 'booking' | 'message' | 'form' | 'file' | undefined;
  readonly problem?: string;
}

export type Kind = NonNullable<ConditionRead['about']>;

const OWN_NOUNS: Record<string, Kind> = {
  lead: 'lead',
  deal: 'lead',
  customer: 'lead',
  client: 'lead',
  contact: 'lead',
  prospect: 'lead',
  opportunity: 'lead',
  person: 'lead',
  invoice: 'invoice',
  bill: 'invoice',
  payment: 'invoice',
  deposit: 'invoice',
  booking: 'booking',
  meeting: 'booking',
  call: 'booking',
  demo: 'booking',
  appointment: 'booking',
  email: 'message',
  reply: 'message',
  message: 'message',
  response: 'message',
  form: 'form',
  submission: 'form',
  file: 'file',
  document: 'file',
};

/** The lead in a trade's word: "the guest is tagged vip", "the tenant's budget" (never "the guests field": a form's). */
const PERSON_SUBJECTS = ['guest', 'patient', 'tenant', 'student', 'applicant', 'diner', 'donor'];

export const SUBJECT_NOUNS: Record<string, Kind> = {
  ...OWN_NOUNS,
  ...Object.fromEntries(PERSON_SUBJECTS.map((noun) => [noun, 'lead' as const])),
};

export const SUBJECT = new RegExp(
  `^(?:(?:the|a|an|this|that|their|its|his|her|our)\\s+)?(?:new\\s+)?(?<noun>${Object.keys(OWN_NOUNS).join('|')}|(?:${PERSON_SUBJECTS.join('|')})(?!s?\\s+field\\b))(?:'s|s'|s)?\\b\\s*|^(?:they|it|he|she|their|its|his|her)(?:'s|'re)?\\b\\s*`,
);

/**
 * The subject a test starts with; "the message mentions wholesale" on a form submitted (session 41): no email
 * arrived, so the message is the form's own answer of that name: only its article is taken, the word read as the field.
 */
export const subjectAt = (rest: string, ctx: ConditionContext): RegExp =>
  ctx.event === 'form.submitted' &&
  !ctx.subject?.messageRoot &&
  /^\s*(?:the|their|its)\s+message\b(?!')/.test(rest)
    ? /^\s*(?:the|their|its)\s+(?=message\b)/
    : SUBJECT;

export const OPS: readonly [RegExp, keyof Comparison][] = [
  [
    /^(?:more than or equal to|greater than or equal to|at least|no less than|a minimum of|minimum|>=|≥|not less than)/,
    'gte',
  ],
  [/^(?:less than or equal to|at most|no more than|up to|a maximum of|maximum|<=|≤|not more than)/, 'lte'],
  [
    /^(?:anything\s+(?=over|above|more|greater|higher))?(?:(?:more|greater|bigger|larger|higher)\s+(?:than|as|then)|(?:(?:rises?|rose|climbs?|climbed|jumps?|jumped|goes|went|gets?|got)\s+)?(?:over|above)|exceeding|exceeds?|in excess of|north of|upwards of|beyond|>)/,
    'gt',
  ],
  [
    /^(?:anything\s+(?=less|smaller|lower|fewer|under|below))?(?:(?:less|smaller|lower|fewer)\s+(?:than|as|then)|(?:(?:drops?|dropped|falls?|fell|dips?|dipped|goes|went|gets?|got)\s+)?(?:under|below)|south of|<)/,
    'lt',
  ],
  [/^(?:equal to|equals?|exactly|=|==)/, 'eq'],
];

/**
 * Words before a status: "a", "marked as", "changes to", "is set to", "becomes"; "still" ("their lead is still new"),
 * never with a time after it (STILL_THEN_TIME: "still new after 3 days" is a wait, never a test now).
 */
export const STATUS_LEAD_IN =
  /^(?:(?:still|currently|now)\s+)?(?:(?:a|an|marked as|marked|(?:changes|changed|moves|moved|goes|went|is changed|is set|gets set|is moved|is updated|turns|turned)\s+to|becomes|became)\s+)?/;

/** "still new after 3 days", "still unpaid 2 weeks later": a time in the clause after "still" (read up to its end). */
export const STILL_THEN_TIME = (clause: string): boolean =>
  /^(?:still|currently)\s/.test(clause) &&
  /\b(?:after|later|by|within|until|days?|weeks?|hours?|months?)\b/.test(clause.split(/[,;.]/, 1)[0] ?? '');
export const LEAD_STATUS = /^(new|contacted|qualified|customer|client|lost|won)\b/;
export const INVOICE_STATUS = /^(paid|open|draft|overdue|unpaid)\b/;

/** Field words after the subject ("value", "deal size", "total", …) and what they mean for each kind. */
export const FIELDS: readonly [RegExp, Partial<Record<Kind, string>>][] = [
  [
    /^(?:(?:deal|loan|contract|project|order|policy|job|account|mortgage)\s+)?(?:value|amount|worth)|^(?:deal|loan|contract|project|order|policy|job|account|mortgage)\s+size|^budget|^revenue|^price/,
    { lead: 'value', invoice: 'totalCents', form: 'budget' },
  ],
  // "the size is over 10" on a form: its own answer "size" (a tattoo's, a dog's), never a budget
  [/^size/, { lead: 'value', form: '', file: 'size' }],
  [/^(?:invoice\s+)?(?:total|amount|sum)/, { invoice: 'totalCents', lead: 'value' }],
  // '' for a form: the form's own answer of that name, read as one ("the fee is over 500": fields.fee)
  [/^(?:fees?|cost)/, { invoice: 'totalCents', lead: 'value', form: '' }],
  [/^(?:status|stage)/, { lead: 'status', invoice: 'status', booking: 'status' }],
  [/^(?:lead\s+)?source/, { lead: 'source', form: 'source' }],
  // "company size", "company revenue": a field of the company no record keeps, never its name nor the deal's value
  [
    /^company(?:\s+name)?(?!\s+(?:size|headcount|type|sector|industry|revenue|turnover|age|location|country|city|website|count))/,
    { lead: 'company', form: 'company' },
  ],
  [
    /^email(?:\s+address)?/,
    { lead: 'email', invoice: 'customerEmail', booking: 'attendeeEmail', message: 'from' },
  ],
  // "the address has CBD in it": a booking's is where it is; a mail's is its sender; a lead keeps no street address
  [/^(?:address|venue|location)/, { booking: 'location', message: 'from' }],
  [/^(?:name|full name)/, { lead: 'name', invoice: 'customerName', file: 'name', form: 'name' }],
  [/^subject(?:\s+line)?/, { message: 'subject' }],
  // "the notes mention a dog", "the booking description says cot": what the guest wrote on a booking (a form's is its answer)
  [/^(?:booking\s+)?(?:notes?|description|special\s+requests?|comments?)/, { booking: 'notes' }],
  [/^(?:text|body|content|message)/, { message: 'text' }],
  // "the file type is application/pdf": a file's content type (a booking's "type" is its title)
  [/^(?:(?:content|mime|media)\s+)?type/, { booking: 'title', file: 'contentType' }],
  [/^title/, { booking: 'title' }],
  // "the reason mentions weather": a cancellation's reason (booking.cancelled's own field, beside the booking)
  [/^(?:cancell?ation\s+)?reason/, { booking: 'reason' }],
  [/^currency/, { invoice: 'currency' }],
  [/^(?:folder)/, { file: 'folder' }],
  // "the case value", "the pledge value", "the job is worth …": what a lead is worth, whatever the trade calls it
  [
    /^(?!(?:is|are|was|it|they|this|that|tax|deposit|discount|paid)\s)[a-z]+(?:\s+(?:value|worth)|(?=\s+(?:is\s+|'s\s+)?(?:worth|valued\s+at)\s))/,
    { lead: 'value', form: '' },
  ],
];

export const rootOf = (
  kind: Kind,
  subject: Subject | undefined,
  event: EventName | undefined,
): string | undefined => {
  // no trigger read yet (the event is implied by the test): its record; a webhook's payload holds none of them
  const implied = event === undefined && subject === undefined;
  switch (kind) {
    case 'lead':
      return subject?.leadRoot ?? (implied ? 'trigger.lead' : undefined);
    case 'invoice':
      return subject?.invoiceRoot ?? (implied ? 'trigger.invoice' : undefined);
    case 'booking':
      return subject?.bookingRoot ?? (implied ? 'trigger.booking' : undefined);
    case 'message':
      return subject?.messageRoot;
    case 'form':
      return subject?.fieldsRoot;
    case 'file':
      return subject?.fileRoot;
  }
};

export const defaultKind = (subject: Subject | undefined): Kind | undefined =>
  subject?.invoiceRoot
    ? 'invoice'
    : subject?.bookingRoot && !subject.leadRoot
      ? 'booking'
      : subject?.fieldsRoot
        ? 'form'
        : subject?.leadRoot
          ? 'lead'
          : subject?.fileRoot
            ? 'file'
            : undefined;

/** A value of one to three words (or a quoted phrase), stopping before an action verb or a connector. */
export const STOP_WORDS =
  /^(?:and|or|but|then|so|send|email|notify|tell|alert|add|create|mark|tag|schedule|book|post|ping|let|remind|call|assign|move|update|set|log|escalate|forward|flag|share|pass|hand|inform|draft|please|pls|kindly|asap|thanks|thx|immediately|straight|right|automatically|also|just|too|as|well|because|since|instead|otherwise|else|if|when|to|on|in|for|with|via|by|at|has|have|having|is|are|worth|whose|somewhere|anywhere|everywhere)$/;
export const readValue = (text: string): { value: string; length: number } | undefined => {
  const quoted = /^⟦\d+⟧/.exec(text);
  if (quoted) return { value: quoted[0], length: quoted[0].length };
  const words: string[] = [];
  const re = /\s*([\p{L}\p{N}@._+'-]+)/uy;
  let end = 0;
  for (let m = re.exec(text); m && words.length < 3; m = re.exec(text)) {
    const w = (m[1] ?? '').replace(/(?<![.'])[.']+$/, '');
    if (STOP_WORDS.test(w) || w.length === 0) break;
    words.push(w);
    end = re.lastIndex;
  }
  if (words.length === 0) return undefined;
  // "from a referral": the article is not part of the name
  if (words.length > 1 && /^(?:a|an|the)$/i.test(words[0] ?? '')) {
    const rest = readValue(text.replace(/^\s*(?:a|an|the)\s/i, (m) => ' '.repeat(m.length)));
    return rest ? { value: rest.value.trim(), length: rest.length } : undefined;
  }
  // "their company has more than 50 employees": a verb or a comparison is not a name to compare with
  if (
    /^(?:has|have|had|is|are|was|were|more|less|fewer|over|under|above|below|greater|bigger|smaller|at)$/i.test(
      words[0] ?? '',
    )
  )
    return undefined;
  return {
    value: text
      .slice(0, end)
      .trim()
      .replace(/(?<!\.)\.+$/, ''),
    length: end,
  };
};

export interface Atom {
  readonly comparison?: Comparison;
  /** "between 1k and 5k": both bounds, which a single comparison cannot hold. */
  readonly range?: Condition;
  readonly filter?: EventFilter;
  readonly length: number;
  readonly kind: Kind | undefined;
}

export interface ConditionContext {
  readonly subject: Subject | undefined;
  readonly event: EventName | undefined;
  /** The original casing of a fragment (values such as "LinkedIn" keep theirs). */
  readonly cased: (fragment: string) => string;
}

export const readOp = (text: string): { op: keyof Comparison; length: number } | undefined => {
  for (const [re, op] of OPS) {
    const m = re.exec(text);
    if (m) return { op, length: m[0].length };
  }
  return undefined;
};

export const cmp = (path: string, op: keyof Comparison, value: unknown): Comparison =>
  ({ path, [op]: value }) as unknown as Comparison;

export const negate = (c: Comparison): Comparison => {
  if (c.eq !== undefined) return { path: c.path, ne: c.eq } as Comparison;
  if (c.ne !== undefined) return { path: c.path, eq: c.ne } as Comparison;
  return { not: c } as unknown as Comparison;
};

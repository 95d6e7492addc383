import type { ConditionContext, Kind } from './condition-words';

/**
 * A field named the way a system names it — `company_size`, `companySize`, `'lead_source'` — is that field, taken
 * literally: never a field of ours whose name starts the same ("company") followed by a value ("_size"). A name
 * that is one of the lead record's own fields, with or without the record's noun ("lead_source", "dealValue",
 * "email_address"), is that field; any other is one of the record's free-form fields, spelled as written.
 */

const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w'-])/;
const WORD = /^[a-z][a-z0-9]*(?![\w'-])/;
const CAMEL = /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/;
const QUOTED = /^⟦\d+⟧/;

/** The lead record's own fields, as a system's field name says them (words joined, the record's noun left out). */
const LEAD_FIELD_NAMES: ReadonlyMap<string, string> = new Map([
  ['source', 'source'],
  ['status', 'status'],
  ['stage', 'status'],
  ['value', 'value'],
  ['amount', 'value'],
  ['company', 'company'],
  ['companyname', 'company'],
  ['email', 'email'],
  ['emailaddress', 'email'],
  ['name', 'name'],
  ['fullname', 'name'],
  ['phone', 'phone'],
  ['phonenumber', 'phone'],
]);
const RECORD_PREFIX = /^(?:lead|deal|contact|client|customer)(?=[a-z])/;

export interface FieldName {
  /** The path under the record's root: `source`, `fields.company_size` (leads); `company_size` (forms, payloads). */
  readonly field: string;
  /** Characters read, with a "field" after the name. */
  readonly length: number;
  /** Named as a field ("the company_size field"). */
  readonly named: boolean;
}

/**
 * The field name at the start of `text` (lower case) when it is written as an identifier: snake_case, camelCase
 * (seen in the original casing) or an identifier in quotes. Undefined for plain words; null for a lead's free-form
 * field where the event carries only the lead's summary (a booking, a reply): no test of it could ever be true.
 */
export const fieldName = (
  text: string,
  kind: Kind,
  ctx: Pick<ConditionContext, 'cased' | 'subject'>,
): FieldName | null | undefined => {
  const quoted = QUOTED.exec(text);
  const said = quoted
    ? ctx.cased(quoted[0])
    : (SNAKE.exec(text)?.[0] ?? camel(WORD.exec(text)?.[0], ctx.cased));
  const length = quoted?.[0].length ?? said?.length ?? 0;
  if (!said || !/^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*$/.test(said)) return undefined;
  const suffix = /^\s+field\b/.exec(text.slice(length))?.[0] ?? '';
  // a quoted plain word is a field only when named as one ("'budget' field"); it may be the text a test looks for
  if (!(quoted && suffix) && !said.includes('_') && !CAMEL.test(said)) return undefined;
  const read = (field: string): FieldName => ({
    field,
    length: length + suffix.length,
    named: suffix !== '',
  });
  if (kind === 'form') return read(said);
  if (kind !== 'lead') return undefined;
  const joined = said.toLowerCase().replace(/_/g, '');
  const own = LEAD_FIELD_NAMES.get(joined) ?? LEAD_FIELD_NAMES.get(joined.replace(RECORD_PREFIX, ''));
  if (own) return read(own);
  return ctx.subject?.leadFields?.includes('fields') ? read(`fields.${said}`) : null;
};

/** A word that was written in camelCase ("companysize" written "companySize"), as written. */
const camel = (word: string | undefined, cased: (fragment: string) => string): string | undefined => {
  if (!word) return undefined;
  const written = cased(word);
  return CAMEL.test(written) ? written : undefined;
};

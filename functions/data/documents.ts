/**
 * Free-form documents (event details, triggers) kept inside items. The edge admits bodies of up to 32 levels
 * (functions/shared/json-limits.ts), which is all DynamoDB holds for a whole item; stored one or two levels
 * deeper (an event's detail.lead.fields) the same document would be refused, and the event dead-lettered. Such
 * a document is kept as its JSON text instead, and read back the same.
 */

/** A top-level attribute's value may nest 31 maps or lists (DynamoDB: 32 levels, the attribute counting as 1). */
const MAX_VALUE_NESTING = 31;

const nesting = (value: unknown, limit: number): number => {
  if (typeof value !== 'object' || value === null) return 0;
  let deepest = 0;
  for (const v of Object.values(value)) {
    deepest = Math.max(deepest, nesting(v, limit));
    if (deepest >= limit) break;
  }
  return deepest + 1;
};

/** `{ [name]: value }` when DynamoDB can hold the value as a map, else `{ [name + 'Json']: text }`. */
export const documentAttribute = (name: string, value: Record<string, unknown>): Record<string, unknown> =>
  nesting(value, MAX_VALUE_NESTING + 1) <= MAX_VALUE_NESTING
    ? { [name]: value }
    : { [`${name}Json`]: JSON.stringify(value) };

/** The document stored by documentAttribute, whichever way it was kept. */
export const readDocument = (
  item: Record<string, unknown>,
  name: string,
): Record<string, unknown> | undefined => {
  const value = item[name];
  if (typeof value === 'object' && value !== null) return value as Record<string, unknown>;
  const text = item[`${name}Json`];
  return typeof text === 'string' ? (JSON.parse(text) as Record<string, unknown>) : undefined;
};

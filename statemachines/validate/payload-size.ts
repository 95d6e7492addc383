import * as zc from 'zod/v4/core';
import { getAction } from '../catalogue';
import { itemFileElement } from '../catalogue/spec';
import { EVENT_DETAILS } from '../event-details';
import type { EventName } from '../events';

/**
 * Estimated JSON size of what an action returns into the run's state, from its catalogue output schema. Schemas
 * do not bound strings, so sizes are typical, not worst, for text: an id, address or date is SHORT_TEXT bytes, a
 * free-text field (an email body, a summary) LONG_TEXT; an action's lists hold LIST_ITEMS elements unless it
 * bounds them (LIST_BOUNDS), lists inside an element NESTED_LIST_ITEMS. The figures are deliberately on the generous side: a run that fits by this estimate has
 * room, one that does not will fail on AWS with States.DataLimitExceeded long before its biggest case.
 */

export const SHORT_TEXT = 48;
export const LONG_TEXT = 1_000;
export const LIST_ITEMS = 10;
/** Lists inside an item (a lead's tags, an email's attachments). */
export const NESTED_LIST_ITEMS = 3;
/** Free-text fields, by name. */
const LONG_FIELDS = new Set([
  'body',
  'text',
  'summary',
  'answer',
  'content',
  'html',
  'message',
  'description',
]);

/** Lists an action bounds itself: the list field's element count, from the step's input. */
const LIST_BOUNDS: Readonly<
  Record<string, { field: string; count: (input: Record<string, unknown>) => number }>
> = {
  // crm.findLeads returns `limit` leads (default 100, at most 1,000) and never more than about 180 KB of them.
  'crm.findLeads': {
    field: 'leads',
    count: (input) => (typeof input.limit === 'number' ? input.limit : 100),
  },
};

/** The cap crm.findLeads puts on its own result (functions/agents/result-size.ts, MAX_FIND_RESULT_BYTES). */
const FIND_RESULT_CAP = 180_000;

const sizeOf = (schema: unknown, field: string, depth = 0, lists?: ReadonlyMap<string, number>): number => {
  if (!(schema instanceof zc.$ZodType) || depth > 12) return SHORT_TEXT;
  if (
    schema instanceof zc.$ZodOptional ||
    schema instanceof zc.$ZodNullable ||
    schema instanceof zc.$ZodDefault
  )
    return sizeOf(schema._zod.def.innerType, field, depth + 1, lists);
  if (schema instanceof zc.$ZodObject) {
    const file = itemFileElement(schema);
    if (file) return 80;
    let bytes = 2;
    for (const [key, value] of Object.entries(schema._zod.def.shape as Record<string, unknown>))
      bytes += key.length + 4 + sizeOf(value, key, depth + 1, depth === 0 ? lists : undefined);
    return bytes;
  }
  if (schema instanceof zc.$ZodArray) {
    const count = lists?.get(field) ?? (depth <= 1 ? LIST_ITEMS : NESTED_LIST_ITEMS);
    return 2 + count * (1 + sizeOf(schema._zod.def.element, field, depth + 1));
  }
  if (schema instanceof zc.$ZodRecord)
    return 2 + LIST_ITEMS * (SHORT_TEXT + 4 + sizeOf(schema._zod.def.valueType, field, depth + 1));
  if (schema instanceof zc.$ZodString) return LONG_FIELDS.has(field) ? LONG_TEXT : SHORT_TEXT;
  if (schema instanceof zc.$ZodNumber) return 12;
  if (schema instanceof zc.$ZodBoolean) return 5;
  if (schema instanceof zc.$ZodEnum)
    return 2 + Math.max(...Object.values(schema._zod.def.entries).map((o) => String(o).length));
  return SHORT_TEXT;
};

/** Bytes an action step adds to the run's state (its output under `steps.<id>`). */
export const actionOutputBytes = (action: string, input: unknown): number => {
  const spec = getAction(action);
  if (!spec) return SHORT_TEXT;
  const bound = LIST_BOUNDS[action];
  if (!bound) return sizeOf(spec.output, '');
  const values = input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  const bytes = sizeOf(spec.output, '', 0, new Map([[bound.field, bound.count(values)]]));
  return action === 'crm.findLeads' ? Math.min(bytes, FIND_RESULT_CAP) : bytes;
};

/** How many elements a list action returns, when it bounds them (crm.findLeads: `limit`). */
export const listCount = (action: string, input: unknown): number | undefined => {
  const bound = LIST_BOUNDS[action];
  if (!bound) return undefined;
  return bound.count(input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {});
};

/** Bytes of an event a waitFor step receives (its detail, as EventBridge delivers it). */
export const eventBytes = (event: string): number =>
  event in EVENT_DETAILS ? 100 + sizeOf(EVENT_DETAILS[event as EventName], '') : 2 * LONG_TEXT;

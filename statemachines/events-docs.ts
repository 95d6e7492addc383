import * as zc from 'zod/v4/core';
import { ACTION_NAMES, CATALOGUE } from './catalogue';
import {
  EVENT_DETAILS,
  EventBooking,
  EventFile,
  EventInvoice,
  EventLead,
  EventLeadSummary,
} from './event-details';
import { EVENT_FIELD_NOTES } from './event-notes';
import { EVENT_DESCRIPTIONS, EVENT_NAMES, type EventName, eventSource } from './events';

/** The bus events as Markdown, generated from EVENT_DETAILS (docs/workflow-language.md embeds it). */

const ENTITIES: readonly [string, zc.$ZodObject][] = [
  ['Lead', EventLead],
  ['LeadSummary', EventLeadSummary],
  ['Booking', EventBooking],
  ['Invoice', EventInvoice],
  ['File', EventFile],
];

const anchor = (name: string) => `event-object-${name.toLowerCase()}`;

/** `z.number().int()`: a number whose checks include the safe-integer format. */
const isSafeInt = (schema: zc.$ZodNumber): boolean =>
  (schema._zod.def.checks ?? []).some((c) => {
    const def = c._zod.def as { check: string; format?: string };
    return def.check === 'number_format' && def.format === 'safeint';
  });

const typeOf = (schema: zc.$ZodType): string => {
  if (schema instanceof zc.$ZodOptional) return typeOf(schema._zod.def.innerType);
  if (schema instanceof zc.$ZodNullable) return `${typeOf(schema._zod.def.innerType)} \\| null`;
  const entity = ENTITIES.find(([, s]) => s === schema);
  if (entity) return `[${entity[0]}](#${anchor(entity[0])})`;
  if (schema instanceof zc.$ZodObject) return `{ ${Object.keys(schema._zod.def.shape).join(', ')} }`;
  if (schema instanceof zc.$ZodArray) return `${typeOf(schema._zod.def.element)}[]`;
  if (schema instanceof zc.$ZodRecord) return 'object';
  if (schema instanceof zc.$ZodEnum)
    return Object.values(schema._zod.def.entries)
      .map((o) => JSON.stringify(o))
      .join(' \\| ');
  if (schema instanceof zc.$ZodNumber) return isSafeInt(schema) ? 'integer' : 'number';
  if (schema instanceof zc.$ZodString) return 'string';
  if (schema instanceof zc.$ZodBoolean) return 'boolean';
  return 'any';
};

const fieldsOf = (schema: zc.$ZodObject, notes: Readonly<Record<string, string>> = {}): string =>
  Object.entries(schema._zod.def.shape)
    .map(([name, s]) => {
      const required = !(s instanceof zc.$ZodOptional);
      const note = notes[name] ? ` (${notes[name]})` : '';
      return `\`${name}${required ? '*' : ''}\` ${typeOf(s)}${note}`;
    })
    .join('<br>');

const publishersOf = (name: EventName): string => {
  const actions = ACTION_NAMES.filter((a) => (CATALOGUE[a] as { emits?: EventName }).emits === name);
  return actions.map((a) => `\`${a}\``).join(', ');
};

export const eventsMarkdown = (): string => {
  const rows = EVENT_NAMES.map((name) => {
    const actions = publishersOf(name);
    return `| \`${name}\` | \`${eventSource(name)}\` | ${EVENT_DESCRIPTIONS[name]}${actions ? ` Actions: ${actions}.` : ''} | ${fieldsOf(EVENT_DETAILS[name], EVENT_FIELD_NOTES[name])} |`;
  });
  const entities = ENTITIES.map(
    ([name, schema]) => `| <a id="${anchor(name)}"></a>${name} | ${fieldsOf(schema)} |`,
  );
  return [
    '| Event | Source | When | Detail fields (* = always present) |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    'Objects inside event details (they may carry more fields than listed):',
    '',
    '| Object | Fields (* = always present) |',
    '| --- | --- |',
    ...entities,
  ].join('\n');
};

export const EVENTS_BEGIN = '<!-- events:begin (generated from statemachines/event-details.ts) -->';
export const EVENTS_END = '<!-- events:end -->';

/** The document with the section between the markers replaced by the current event contracts. */
export const withEvents = (doc: string): string => {
  const start = doc.indexOf(EVENTS_BEGIN);
  const end = doc.indexOf(EVENTS_END);
  if (start < 0 || end < start) return doc;
  return `${doc.slice(0, start + EVENTS_BEGIN.length)}\n${eventsMarkdown()}\n${doc.slice(end)}`;
};

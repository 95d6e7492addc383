import * as z from 'zod';
import { ACTION_NAMES, CATALOGUE } from './catalogue';
import {
  EVENT_DESCRIPTIONS,
  EVENT_DETAILS,
  EVENT_NAMES,
  EventBooking,
  EventFile,
  EventInvoice,
  EventLead,
  EventLeadSummary,
  type EventName,
  eventSource,
} from './events';

/** The bus events as Markdown, generated from EVENT_DETAILS (docs/workflow-language.md embeds it). */

const ENTITIES: readonly [string, z.ZodObject][] = [
  ['Lead', EventLead],
  ['LeadSummary', EventLeadSummary],
  ['Booking', EventBooking],
  ['Invoice', EventInvoice],
  ['File', EventFile],
];

const anchor = (name: string) => `event-object-${name.toLowerCase()}`;

const typeOf = (schema: z.ZodType): string => {
  if (schema instanceof z.ZodOptional) return typeOf(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodNullable) return `${typeOf(schema.unwrap() as z.ZodType)} \\| null`;
  const entity = ENTITIES.find(([, s]) => s === schema);
  if (entity) return `[${entity[0]}](#${anchor(entity[0])})`;
  if (schema instanceof z.ZodObject) return `{ ${Object.keys(schema.shape).join(', ')} }`;
  if (schema instanceof z.ZodArray) return `${typeOf(schema.element as z.ZodType)}[]`;
  if (schema instanceof z.ZodRecord) return 'object';
  if (schema instanceof z.ZodEnum) return schema.options.map((o) => JSON.stringify(o)).join(' \\| ');
  if (schema instanceof z.ZodNumber) return schema.format === 'safeint' ? 'integer' : 'number';
  if (schema instanceof z.ZodString) return 'string';
  if (schema instanceof z.ZodBoolean) return 'boolean';
  return 'any';
};

const fieldsOf = (schema: z.ZodObject, notes: boolean): string =>
  Object.entries(schema.shape as Record<string, z.ZodType>)
    .map(([name, s]) => {
      const required = !(s instanceof z.ZodOptional);
      const note = notes && s.description ? ` (${s.description})` : '';
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
    return `| \`${name}\` | \`${eventSource(name)}\` | ${EVENT_DESCRIPTIONS[name]}${actions ? ` Actions: ${actions}.` : ''} | ${fieldsOf(EVENT_DETAILS[name], true)} |`;
  });
  const entities = ENTITIES.map(
    ([name, schema]) => `| <a id="${anchor(name)}"></a>${name} | ${fieldsOf(schema, false)} |`,
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

export const EVENTS_BEGIN = '<!-- events:begin (generated from statemachines/events.ts) -->';
export const EVENTS_END = '<!-- events:end -->';

/** The document with the section between the markers replaced by the current event contracts. */
export const withEvents = (doc: string): string => {
  const start = doc.indexOf(EVENTS_BEGIN);
  const end = doc.indexOf(EVENTS_END);
  if (start < 0 || end < start) return doc;
  return `${doc.slice(0, start + EVENTS_BEGIN.length)}\n${eventsMarkdown()}\n${doc.slice(end)}`;
};

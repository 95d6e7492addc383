import type * as z from 'zod/mini';
import { EVENT_DETAIL_PATHS, EVENT_DETAILS } from '../event-details';
import { EVENT_NAMES, type EventName } from '../events';

/** What the validator knows of each platform event's detail (from statemachines/event-details.ts). */

export const isEventName = (v: unknown): v is EventName =>
  typeof v === 'string' && (EVENT_NAMES as readonly string[]).includes(v);

/** Detail fields (beyond tenantId) that every publisher of the event sends. */
export const requiredDetailFields = (event: EventName): string[] =>
  Object.entries(EVENT_DETAILS[event].shape as Record<string, z.ZodMiniType>)
    .filter(([key, schema]) => key !== 'tenantId' && !schema.safeParse(undefined).success)
    .map(([key]) => key);

/** Filter keys name list elements without `[]` (EventBridge matches each element): `invoice.lines[].description`. */
export const filterDetailPath = (event: EventName, segments: readonly string[]): string => {
  const paths = EVENT_DETAIL_PATHS[event];
  let out = '';
  for (const seg of segments) {
    out = !out ? seg : paths.some((p) => p.startsWith(`${out}[].`)) ? `${out}[].${seg}` : `${out}.${seg}`;
  }
  return out;
};

/** The declared fields directly under a dotted path of the detail ('' = the top level). */
export const detailChildren = (event: EventName, parent: string): string[] => {
  const names = new Set<string>();
  for (const p of EVENT_DETAIL_PATHS[event]) {
    const plain = p.replaceAll('[]', '');
    if (parent && !plain.startsWith(`${parent}.`)) continue;
    const rest = parent ? plain.slice(parent.length + 1) : plain;
    const child = rest.split('.')[0];
    if (child && child !== '*') names.add(child);
  }
  return [...names];
};

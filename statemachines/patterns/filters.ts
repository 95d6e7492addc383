import {
  describe,
  type EventPattern,
  isPlainObject,
  type Json,
  nestDottedKeys,
  type PatternProblem,
} from './shape';
import { validatePattern } from './validate';

/**
 * Turns a trigger filter (dotted keys `{ "lead.status": ["new"] }` or nested objects, `$or` allowed) into an
 * EventBridge pattern on the event's `detail`. No filter (or an empty one) gives `{}`, which matches every event.
 */
export const filterToPattern = (filter: Readonly<Record<string, unknown>> | undefined): EventPattern => {
  if (!filter || Object.keys(filter).length === 0) return {};
  return { detail: nestDottedKeys(filter, 'pattern') };
};

/** validatePattern for a trigger filter, with paths relative to the filter (`lead.status[0].prefix`). */
export const validateFilter = (filter: unknown): PatternProblem[] => {
  if (filter === undefined) return [];
  if (!isPlainObject(filter))
    return [{ path: '', message: `a filter must be a JSON object, not ${describe(filter)}` }];
  return validatePattern(filterToPattern(filter)).map((p) => ({
    path: p.path.replace(/^detail\.?/, ''),
    message: p.message,
  }));
};

/** The shape EventBridge matches patterns against, built from a bus event envelope. */
export interface MatchableEvent {
  readonly id: string;
  readonly source: string;
  readonly detailType: string;
  readonly time: string;
  readonly detail: unknown;
  readonly account?: string;
  readonly region?: string;
  readonly resources?: readonly string[];
}

export const toEventBridgeShape = (event: MatchableEvent): Record<string, Json | unknown> => ({
  version: '0',
  id: event.id,
  'detail-type': event.detailType,
  source: event.source,
  account: event.account ?? '000000000000',
  time: event.time,
  region: event.region ?? 'local',
  resources: event.resources ?? [],
  detail: event.detail,
});

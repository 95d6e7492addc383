import { createHash } from 'node:crypto';
import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Clock, Database } from '../shared/ports';
import { readPartition } from './repository';
import { GSI1, KEY, tenantKey } from './table';

/**
 * Pending waits (`waitFor` steps): a task token stored under the awaited event and its correlation key, so the
 * correlator finds the executions an event resumes with one strongly consistent query.
 *
 *   pk     T#<tenantId>#WAIT#<event>#<fields>#<values>   sk     TOKEN#<sha256(taskToken)>
 *   gsi1pk T#<tenantId>#RUNWAITS#<runId>                  gsi1sk <stepId>#<sha256(taskToken)>
 *   ttl    expiry + 1 day
 *
 * The correlation key of `match: { leadId: "L1" }` is fields `leadId`, values `L1`; several fields are sorted
 * by name. Because the correlator does not know which fields waits use, each (event, field set) in use is also
 * recorded once:
 *
 *   pk     T#<tenantId>#WAITFIELDS#<event>               sk     <fields>      ttl = the latest expiry using it
 *
 * The same partition holds the field sets workflows declare for the look-back (functions/data/lookback-keys.ts),
 * so one query tells the correlator what is waiting and what to index.
 *
 * Claiming a wait is a conditional delete: of two correlators (duplicate delivery, or the correlator racing a
 * registration's look-back) exactly one wins and resumes the execution. The event that resumed a run's wait is
 * recorded against the run, so the run's next wait on the same event does not take it again from the look-back:
 *
 *   pk     T#<tenantId>#WAITED#<runId>                   sk     <eventId>     ttl = 2 days (look-back lasts 1)
 */

export const WAIT_TTL_GRACE_SECONDS = 24 * 3600;
/** Longer than the look-back window (activity's recent-event index lives 24 hours). */
export const CONSUMED_TTL_SECONDS = 2 * 24 * 3600;
/** Correlation values longer than this are hashed in the key. */
const MAX_VALUE_IN_KEY = 200;

export interface PendingWait {
  readonly tenantId: string;
  readonly event: string;
  /** Detail field (dotted path) -> expected value. */
  readonly match: Readonly<Record<string, unknown>>;
  readonly taskToken: string;
  readonly workflowId: string;
  readonly runId: string;
  readonly stepId: string;
  /** When the run started: the look-back window for events that arrived before the wait was stored. */
  readonly runStartedAt: string;
  readonly registeredAt: string;
  readonly expiresAt: string;
}

/** Items of declared look-back keys in the WAITFIELDS partition (functions/data/lookback-keys.ts). */
export const LOOKBACK_KEY_TYPE = 'lookbackKey';

/** Field sets (sorted dotted paths; empty = any event of the type) in use for one event type. */
export interface WaitInterest {
  /** Used by pending waits: the correlator looks for waits under these. */
  readonly waiting: string[][];
  /** Declared by workflows' waitFor steps: a recorded event gets a look-back entry for these. */
  readonly declared: string[][];
}

export interface WaitStore {
  /** Stores the wait (idempotent for the same task token). */
  register(wait: PendingWait): Promise<void>;
  /** The field sets pending waits and declared look-back keys use for this event (strongly consistent). */
  interest(tenantId: string, event: string): Promise<WaitInterest>;
  /** Pending waits for an exact correlation (strongly consistent). */
  find(tenantId: string, event: string, match: Readonly<Record<string, unknown>>): Promise<PendingWait[]>;
  /** Deletes the wait if it is still there. True for exactly one caller. */
  claim(wait: PendingWait): Promise<boolean>;
  /** Puts a claimed wait back (resuming failed for a reason worth retrying). */
  restore(wait: PendingWait): Promise<void>;
  /** Waits of one run (e.g. to clean up after a cancel). */
  forRun(tenantId: string, runId: string): Promise<PendingWait[]>;
  /** Records that `eventId` resumed a wait of the run, before the run can move on to its next wait. */
  markConsumed(wait: PendingWait, eventId: string): Promise<void>;
  /** Ids of the events that already resumed a wait of this run (strongly consistent). */
  consumedBy(tenantId: string, runId: string): Promise<Set<string>>;
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Canonical text of a correlation value: strings and numbers compare by their text ("5" and 5 correlate). */
export const correlationValue = (value: unknown): string => {
  const text =
    typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.length > MAX_VALUE_IN_KEY || /[#|]/.test(text) ? `sha256:${sha(text)}` : text;
};

/** `leadId`, `booking.leadId+status`; `*` for an empty match (any event of the type). */
export const fieldSetKey = (fields: readonly string[]): string =>
  fields.length === 0 ? '*' : [...fields].sort().join('+');

/** `<fields>#<values>` for a match object; values in field order. */
export const correlationKey = (match: Readonly<Record<string, unknown>>): string => {
  const fields = Object.keys(match).sort();
  return `${fieldSetKey(fields)}#${fields.map((f) => correlationValue(match[f])).join('|')}`;
};

/** Reads a dotted path from an event detail (`lead.id`), preferring a literal key with dots. */
export const readPath = (detail: unknown, path: string): unknown => {
  if (typeof detail !== 'object' || detail === null) return undefined;
  const record = detail as Record<string, unknown>;
  if (Object.hasOwn(record, path)) return record[path];
  let current: unknown = detail;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
};

/** At most this many correlations are tried for one event and field set (lists multiply them). */
export const MAX_CORRELATIONS = 32;

/**
 * The values a detail field offers a wait: the value itself and, for a list, each of its elements, so that a wait on
 * `to` is resumed by mail naming that address among others (EventBridge matches an event array when one element
 * does). Nothing for a missing or null field.
 */
export const correlationCandidates = (value: unknown): unknown[] => {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return [value];
  const elements = value.filter((v) => v !== null && typeof v !== 'object');
  return [value, ...new Set(elements)];
};

/** Whether a detail field's value correlates with a wait's match value (itself, or one element of a list). */
export const correlates = (value: unknown, wanted: unknown): boolean => {
  const key = correlationValue(wanted);
  return correlationCandidates(value).some((v) => correlationValue(v) === key);
};

/** The match objects an event detail gives for a field set (one per element of a list field); none when a field is missing. */
export const matchesFromDetail = (detail: unknown, fields: readonly string[]): Record<string, unknown>[] => {
  let out: Record<string, unknown>[] = [{}];
  for (const field of fields) {
    const values = correlationCandidates(readPath(detail, field));
    out = out.flatMap((m) => values.map((v) => ({ ...m, [field]: v }))).slice(0, MAX_CORRELATIONS);
    if (out.length === 0) return [];
  }
  return out;
};

const tokenHash = (taskToken: string) => sha(taskToken).slice(0, 40);

const waitKey = (wait: Pick<PendingWait, 'tenantId' | 'event' | 'match' | 'taskToken'>) => ({
  [KEY.pk]: tenantKey(wait.tenantId, 'WAIT', wait.event, correlationKey(wait.match)),
  [KEY.sk]: `TOKEN#${tokenHash(wait.taskToken)}`,
});

const epochSeconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);

const fromItem = (item: Record<string, unknown>): PendingWait => ({
  tenantId: String(item.tenantId),
  event: String(item.event),
  match: (item.match ?? {}) as Record<string, unknown>,
  taskToken: String(item.taskToken),
  workflowId: String(item.workflowId),
  runId: String(item.runId),
  stepId: String(item.stepId),
  runStartedAt: String(item.runStartedAt),
  registeredAt: String(item.registeredAt),
  expiresAt: String(item.expiresAt),
});

export const createWaitStore = ({ db, clock }: { db: Database; clock: Clock }): WaitStore => {
  const put = (wait: PendingWait) =>
    db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: {
          ...waitKey(wait),
          [KEY.gsi1pk]: tenantKey(wait.tenantId, 'RUNWAITS', wait.runId),
          [KEY.gsi1sk]: `${wait.stepId}#${tokenHash(wait.taskToken)}`,
          [KEY.ttl]: epochSeconds(wait.expiresAt) + WAIT_TTL_GRACE_SECONDS,
          type: 'wait',
          ...wait,
        },
      }),
    );

  return {
    async register(wait) {
      const fields = fieldSetKey(Object.keys(wait.match));
      const ttl = epochSeconds(wait.expiresAt) + WAIT_TTL_GRACE_SECONDS;
      // The field set first: a correlator that sees the wait item must also see how to find it.
      await db.doc
        .send(
          new PutCommand({
            TableName: db.tableName,
            Item: {
              [KEY.pk]: tenantKey(wait.tenantId, 'WAITFIELDS', wait.event),
              [KEY.sk]: fields,
              [KEY.ttl]: ttl,
              type: 'waitFields',
              fields: Object.keys(wait.match).sort(),
            },
            // Never shorten the life of a field set another, longer wait relies on.
            ConditionExpression: 'attribute_not_exists(#pk) OR #ttl < :ttl',
            ExpressionAttributeNames: { '#pk': KEY.pk, '#ttl': KEY.ttl },
            ExpressionAttributeValues: { ':ttl': ttl },
          }),
        )
        .catch((error: unknown) => {
          if (!isConditionFailure(error)) throw error;
        });
      await put(wait);
    },

    async interest(tenantId, event) {
      const waiting: string[][] = [];
      const declared = new Map<string, string[]>();
      const now = Math.floor(clock.now().getTime() / 1000);
      for (const item of await readPartition(db, tenantKey(tenantId, 'WAITFIELDS', event))) {
        if (typeof item[KEY.ttl] === 'number' && item[KEY.ttl] < now) continue;
        const fields = Array.isArray(item.fields) ? item.fields.map(String) : [];
        if (item.type === LOOKBACK_KEY_TYPE) declared.set(fieldSetKey(fields), fields);
        else waiting.push(fields);
      }
      return { waiting, declared: [...declared.values()] };
    },

    async find(tenantId, event, match) {
      const waits: PendingWait[] = [];
      for (const item of await readPartition(db, tenantKey(tenantId, 'WAIT', event, correlationKey(match))))
        waits.push(fromItem(item));
      return waits;
    },

    async claim(wait) {
      try {
        await db.doc.send(
          new DeleteCommand({
            TableName: db.tableName,
            Key: waitKey(wait),
            ConditionExpression: 'attribute_exists(#pk)',
            ExpressionAttributeNames: { '#pk': KEY.pk },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async restore(wait) {
      await put(wait);
    },

    async forRun(tenantId, runId) {
      const page = await db.doc.send(
        new QueryCommand({
          TableName: db.tableName,
          IndexName: GSI1,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': KEY.gsi1pk },
          ExpressionAttributeValues: { ':pk': tenantKey(tenantId, 'RUNWAITS', runId) },
        }),
      );
      return (page.Items ?? []).map(fromItem);
    },

    async markConsumed(wait, eventId) {
      await db.doc.send(
        new PutCommand({
          TableName: db.tableName,
          Item: {
            [KEY.pk]: tenantKey(wait.tenantId, 'WAITED', wait.runId),
            [KEY.sk]: eventId,
            [KEY.ttl]: Math.floor(clock.now().getTime() / 1000) + CONSUMED_TTL_SECONDS,
            type: 'waitConsumed',
            runId: wait.runId,
            stepId: wait.stepId,
            eventId,
          },
        }),
      );
    },

    async consumedBy(tenantId, runId) {
      const ids = new Set<string>();
      for (const item of await readPartition(db, tenantKey(tenantId, 'WAITED', runId)))
        ids.add(String(item[KEY.sk]));
      return ids;
    },
  };
};

export const isConditionFailure = (error: unknown): boolean =>
  error instanceof Error && error.name === 'ConditionalCheckFailedException';

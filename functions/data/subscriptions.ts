import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { EventPattern } from '../../statemachines/patterns';
import type { Clock, Database } from '../shared/ports';
import { POLICIES, retry } from '../shared/retry';
import { SUBSCRIBERS, versionKey } from './event-interest';
import { queryAll, readItem } from './repository';
import { GSI1, KEY, tenantKey } from './table';

/**
 * The routing index: which enabled workflows listen to an event type, with their filter as an EventBridge
 * pattern. Read by the dispatcher for every event, written by the provisioner.
 *
 *   pk     T#<tenantId>#SUB#<eventType>     sk     WF#<workflowId>      (dispatcher: all subscribers of a type)
 *   gsi1pk T#<tenantId>#WFSUB#<workflowId>  gsi1sk <eventType>          (provisioner: a workflow's subscriptions)
 *   pk     T#<tenantId>#SUB#<eventType>     sk     #VERSION             (the version: +1 per change; how many
 *                                                                           subscribe, and which workflows await
 *                                                                           the type: functions/data/event-interest.ts)
 *   pk     T#<tenantId>#SUB#<eventType>     sk     #CHANGE#<version>    (what that change did; expires after 7 days)
 *
 * Every change writes the subscription, the next version and its change record in one transaction, conditional on
 * the version it read, so versions have no gaps and a reader that holds version n catches up by reading the change
 * records after n (changesSince) instead of every subscriber again.
 *
 * Webhook triggers subscribe under the pseudo event type `webhook:<source>`.
 */

export type WorkflowType = 'STANDARD' | 'EXPRESS';

export interface Subscription {
  readonly tenantId: string;
  /** Bus detail-type, or `webhook:<source>`. */
  readonly eventType: string;
  readonly workflowId: string;
  readonly workflowVersion: number;
  /** Full EventBridge pattern matched against the event (see filterToPattern). `{}` matches every event. */
  readonly pattern: EventPattern;
  readonly stateMachineArn: string;
  readonly workflowType: WorkflowType;
}

export interface StoredSubscription extends Subscription {
  readonly updatedAt: string;
}

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

export interface SubscriptionStore {
  /** Idempotent: writes only when something differs. */
  upsert(subscription: Subscription): Promise<UpsertOutcome>;
  /** Idempotent: false when there was nothing to remove. */
  remove(tenantId: string, eventType: string, workflowId: string): Promise<boolean>;
  /** Every subscriber of (tenant, event type), all pages, strongly consistent. */
  forEvent(tenantId: string, eventType: string): Promise<StoredSubscription[]>;
  /** Changes whenever a subscriber of (tenant, event type) is added, changed or removed (0 before any). */
  indexVersion(tenantId: string, eventType: string): Promise<number>;
  /** The changes numbered after `after` up to `upTo` (both versions), in order; fewer once they expired. */
  changesSince(
    tenantId: string,
    eventType: string,
    after: number,
    upTo: number,
  ): Promise<SubscriptionChange[]>;
  /** Every subscription a workflow holds (normally 0 or 1; more after a crash while its trigger changed). */
  forWorkflow(tenantId: string, workflowId: string): Promise<StoredSubscription[]>;
}

/** One change of a (tenant, event type)'s subscribers: the subscription as it now is, or undefined once removed. */
export interface SubscriptionChange {
  readonly version: number;
  readonly workflowId: string;
  readonly subscription: StoredSubscription | undefined;
}

/** How long change records are kept: a dispatcher that fell further behind reads every subscriber again. */
export const CHANGE_RETENTION_SECONDS = 7 * 24 * 3600;

export const webhookEventType = (source: string): string => `webhook:${source}`;

export const subscriptionKey = (tenantId: string, eventType: string, workflowId: string) => ({
  [KEY.pk]: tenantKey(tenantId, 'SUB', eventType),
  [KEY.sk]: `WF#${workflowId}`,
});

/** The stored item (exported for bulk seeding with BatchWrite in tests and benchmarks). */
export const subscriptionItem = (s: Subscription, updatedAt: string) => ({
  ...subscriptionKey(s.tenantId, s.eventType, s.workflowId),
  [KEY.gsi1pk]: tenantKey(s.tenantId, 'WFSUB', s.workflowId),
  [KEY.gsi1sk]: s.eventType,
  type: 'subscription',
  tenantId: s.tenantId,
  eventType: s.eventType,
  workflowId: s.workflowId,
  workflowVersion: s.workflowVersion,
  // A string keeps any pattern key ("detail-type", "$or") and value (null, nested arrays) exactly as written.
  pattern: JSON.stringify(s.pattern),
  stateMachineArn: s.stateMachineArn,
  workflowType: s.workflowType,
  updatedAt,
});

const subscribersQuery = (tenantId: string, eventType: string) => ({
  KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :wf)',
  ExpressionAttributeNames: { '#pk': KEY.pk, '#sk': KEY.sk },
  ExpressionAttributeValues: { ':pk': tenantKey(tenantId, 'SUB', eventType), ':wf': 'WF#' },
  ConsistentRead: true,
});

const changeSk = (version: number) => `#CHANGE#${String(version).padStart(12, '0')}`;

/**
 * Moves the version from `current` to `current + 1`, only if no other change took `current + 1` first, and sets how
 * many workflows subscribe after this change (exact: the count read with the version moves with it).
 */
const nextVersion = (
  tableName: string,
  tenantId: string,
  eventType: string,
  current: number,
  subscribers: number,
) => ({
  TableName: tableName,
  Key: versionKey(tenantId, eventType),
  UpdateExpression: 'SET #version = :next, #subscribers = :subscribers',
  ConditionExpression: current === 0 ? 'attribute_not_exists(#version)' : '#version = :current',
  ExpressionAttributeNames: { '#version': 'version', '#subscribers': SUBSCRIBERS },
  ExpressionAttributeValues:
    current === 0
      ? { ':next': 1, ':subscribers': subscribers }
      : { ':next': current + 1, ':current': current, ':subscribers': subscribers },
});

const changeItem = (
  tenantId: string,
  eventType: string,
  workflowId: string,
  version: number,
  subscription: StoredSubscription | undefined,
  nowSeconds: number,
) => ({
  [KEY.pk]: tenantKey(tenantId, 'SUB', eventType),
  [KEY.sk]: changeSk(version),
  type: 'subscriptionChange',
  tenantId,
  eventType,
  workflowId,
  version,
  ...(subscription ? { subscription: JSON.stringify(subscription) } : {}),
  [KEY.ttl]: nowSeconds + CHANGE_RETENTION_SECONDS,
});

const cancellationCodes = (error: unknown): (string | undefined)[] | undefined =>
  error instanceof Error && error.name === 'TransactionCanceledException'
    ? ((error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? []).map((r) => r.Code)
    : undefined;

/** The version moved between our read and our write (items 1 and 2 of every change transaction). */
const isVersionRace = (error: unknown): boolean => {
  const codes = cancellationCodes(error);
  return (
    codes !== undefined && (codes[1] === 'ConditionalCheckFailed' || codes[2] === 'ConditionalCheckFailed')
  );
};

const fromChange = (item: Record<string, unknown>): SubscriptionChange => ({
  version: Number(item.version),
  workflowId: String(item.workflowId),
  subscription:
    typeof item.subscription === 'string' ? (JSON.parse(item.subscription) as StoredSubscription) : undefined,
});

const fromItem = (item: Record<string, unknown>): StoredSubscription => ({
  tenantId: String(item.tenantId),
  eventType: String(item.eventType),
  workflowId: String(item.workflowId),
  workflowVersion: Number(item.workflowVersion),
  pattern: JSON.parse(String(item.pattern)) as EventPattern,
  stateMachineArn: String(item.stateMachineArn),
  workflowType: item.workflowType === 'EXPRESS' ? 'EXPRESS' : 'STANDARD',
  updatedAt: String(item.updatedAt),
});

const sameSubscription = (a: Subscription, b: Subscription): boolean =>
  a.workflowVersion === b.workflowVersion &&
  a.stateMachineArn === b.stateMachineArn &&
  a.workflowType === b.workflowType &&
  JSON.stringify(a.pattern) === JSON.stringify(b.pattern);

export const createSubscriptionStore = ({ db, clock }: { db: Database; clock: Clock }): SubscriptionStore => {
  const readAll = async <T = StoredSubscription>(
    input: Parameters<typeof queryAll>[1],
    read: (item: Record<string, unknown>) => T = fromItem as (item: Record<string, unknown>) => T,
  ): Promise<T[]> => (await queryAll(db, input)).map(read);

  const readVersion = async (tenantId: string, eventType: string): Promise<number> => {
    const item = await readItem(db, versionKey(tenantId, eventType));
    return typeof item?.version === 'number' ? item.version : 0;
  };

  /** The version and the subscriber count it goes with (counted once for an index from before the count). */
  const readCounter = async (tenantId: string, eventType: string) => {
    const item = await readItem(db, versionKey(tenantId, eventType));
    const version = typeof item?.version === 'number' ? item.version : 0;
    const counted = item?.[SUBSCRIBERS];
    const subscribers =
      typeof counted === 'number'
        ? counted
        : version === 0
          ? 0
          : (await queryAll(db, subscribersQuery(tenantId, eventType))).length;
    return { version, subscribers };
  };

  /**
   * One change: `write` (the subscription's own Put or Delete), the next version with the subscriber count `delta`
   * changes by, and its change record, in one transaction conditional on the version read just before; a concurrent
   * change of the same (tenant, event type) makes it read the version again and retry.
   */
  const change = (
    tenantId: string,
    eventType: string,
    workflowId: string,
    write: Record<string, unknown>,
    subscription: StoredSubscription | undefined,
    delta: number,
  ) =>
    retry(
      async () => {
        const current = await readCounter(tenantId, eventType);
        const now = Math.floor(clock.now().getTime() / 1000);
        const subscribers = Math.max(0, current.subscribers + delta);
        await db.doc.send(
          new TransactWriteCommand({
            TransactItems: [
              write,
              { Update: nextVersion(db.tableName, tenantId, eventType, current.version, subscribers) },
              {
                Put: {
                  TableName: db.tableName,
                  Item: changeItem(tenantId, eventType, workflowId, current.version + 1, subscription, now),
                  ConditionExpression: 'attribute_not_exists(#pk)',
                  ExpressionAttributeNames: { '#pk': KEY.pk },
                },
              },
            ],
          }),
        );
      },
      POLICIES.versionConflict,
      { retryOn: isVersionRace },
    );

  return {
    async upsert(subscription) {
      const key = subscriptionKey(subscription.tenantId, subscription.eventType, subscription.workflowId);
      // The put is conditional on what was read (there or not), so the subscriber count moves by exactly one per
      // subscription: an item that appeared or went since the read makes it read again.
      for (;;) {
        const existing = await db.doc.send(
          new GetCommand({ TableName: db.tableName, Key: key, ConsistentRead: true }),
        );
        if (existing.Item && sameSubscription(fromItem(existing.Item), subscription)) return 'unchanged';
        const item = subscriptionItem(subscription, clock.now().toISOString());
        const put = {
          Put: {
            TableName: db.tableName,
            Item: item,
            ConditionExpression: existing.Item ? 'attribute_exists(#pk)' : 'attribute_not_exists(#pk)',
            ExpressionAttributeNames: { '#pk': KEY.pk },
          },
        };
        try {
          await change(
            subscription.tenantId,
            subscription.eventType,
            subscription.workflowId,
            put,
            fromItem(item),
            existing.Item ? 0 : 1,
          );
          return existing.Item ? 'updated' : 'created';
        } catch (error) {
          if (isVersionRace(error) || cancellationCodes(error)?.[0] !== 'ConditionalCheckFailed') throw error;
        }
      }
    },

    async remove(tenantId, eventType, workflowId) {
      const write = {
        Delete: {
          TableName: db.tableName,
          Key: subscriptionKey(tenantId, eventType, workflowId),
          ConditionExpression: 'attribute_exists(#pk)',
          ExpressionAttributeNames: { '#pk': KEY.pk },
        },
      };
      try {
        await change(tenantId, eventType, workflowId, write, undefined, -1);
        return true;
      } catch (error) {
        if (!isVersionRace(error) && cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') return false;
        throw error;
      }
    },

    indexVersion: readVersion,

    async changesSince(tenantId, eventType, after, upTo) {
      if (upTo <= after) return [];
      return readAll(
        {
          KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
          ExpressionAttributeNames: { '#pk': KEY.pk, '#sk': KEY.sk },
          ExpressionAttributeValues: {
            ':pk': tenantKey(tenantId, 'SUB', eventType),
            ':from': changeSk(after + 1),
            ':to': changeSk(upTo),
          },
          ConsistentRead: true,
        },
        fromChange,
      );
    },

    forEvent(tenantId, eventType) {
      return readAll(subscribersQuery(tenantId, eventType));
    },

    forWorkflow(tenantId, workflowId) {
      return readAll({
        IndexName: GSI1,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': KEY.gsi1pk },
        ExpressionAttributeValues: { ':pk': tenantKey(tenantId, 'WFSUB', workflowId) },
      });
    },
  };
};

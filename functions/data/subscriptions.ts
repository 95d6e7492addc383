import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { EventPattern } from '../../statemachines/patterns';
import type { Clock, Database } from '../shared/ports';
import { GSI1, KEY, tenantKey } from './table';

/**
 * The routing index: which enabled workflows listen to an event type, with their filter as an EventBridge
 * pattern. Read by the dispatcher for every event, written by the provisioner.
 *
 *   pk     T#<tenantId>#SUB#<eventType>     sk     WF#<workflowId>      (dispatcher: all subscribers of a type)
 *   gsi1pk T#<tenantId>#WFSUB#<workflowId>  gsi1sk <eventType>          (provisioner: a workflow's subscriptions)
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
  /** Every subscription a workflow holds (normally 0 or 1; more after a crash while its trigger changed). */
  forWorkflow(tenantId: string, workflowId: string): Promise<StoredSubscription[]>;
}

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

/** One counter per (tenant, event type), beside its subscriptions (sk sorts before `WF#`, never listed). */
const versionKey = (tenantId: string, eventType: string) => ({
  [KEY.pk]: tenantKey(tenantId, 'SUB', eventType),
  [KEY.sk]: '#VERSION',
});

const bumpVersion = (tableName: string, tenantId: string, eventType: string) => ({
  TableName: tableName,
  Key: versionKey(tenantId, eventType),
  UpdateExpression: 'ADD #version :one',
  ExpressionAttributeNames: { '#version': 'version' },
  ExpressionAttributeValues: { ':one': 1 },
});

const isCancelledByCondition = (error: unknown): boolean =>
  error instanceof Error &&
  error.name === 'TransactionCanceledException' &&
  ((error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? []).some(
    (r) => r.Code === 'ConditionalCheckFailed',
  );

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
  const queryAll = async (input: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName'>) => {
    const items: StoredSubscription[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await db.doc.send(
        new QueryCommand({ ...input, TableName: db.tableName, ExclusiveStartKey }),
      );
      for (const item of page.Items ?? []) items.push(fromItem(item));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  };

  return {
    async upsert(subscription) {
      const existing = await db.doc.send(
        new GetCommand({
          TableName: db.tableName,
          Key: subscriptionKey(subscription.tenantId, subscription.eventType, subscription.workflowId),
          ConsistentRead: true,
        }),
      );
      if (existing.Item && sameSubscription(fromItem(existing.Item), subscription)) return 'unchanged';
      // The write and the index version change together, so a cached list can never outlive a change.
      await db.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: db.tableName,
                Item: subscriptionItem(subscription, clock.now().toISOString()),
              },
            },
            { Update: bumpVersion(db.tableName, subscription.tenantId, subscription.eventType) },
          ],
        }),
      );
      return existing.Item ? 'updated' : 'created';
    },

    async remove(tenantId, eventType, workflowId) {
      try {
        await db.doc.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Delete: {
                  TableName: db.tableName,
                  Key: subscriptionKey(tenantId, eventType, workflowId),
                  ConditionExpression: 'attribute_exists(#pk)',
                  ExpressionAttributeNames: { '#pk': KEY.pk },
                },
              },
              { Update: bumpVersion(db.tableName, tenantId, eventType) },
            ],
          }),
        );
        return true;
      } catch (error) {
        if (isCancelledByCondition(error)) return false;
        throw error;
      }
    },

    async indexVersion(tenantId, eventType) {
      const out = await db.doc.send(
        new GetCommand({
          TableName: db.tableName,
          Key: versionKey(tenantId, eventType),
          ConsistentRead: true,
        }),
      );
      return typeof out.Item?.version === 'number' ? out.Item.version : 0;
    },

    forEvent(tenantId, eventType) {
      return queryAll({
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :wf)',
        ExpressionAttributeNames: { '#pk': KEY.pk, '#sk': KEY.sk },
        ExpressionAttributeValues: { ':pk': tenantKey(tenantId, 'SUB', eventType), ':wf': 'WF#' },
        ConsistentRead: true,
      });
    },

    forWorkflow(tenantId, workflowId) {
      return queryAll({
        IndexName: GSI1,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': KEY.gsi1pk },
        ExpressionAttributeValues: { ':pk': tenantKey(tenantId, 'WFSUB', workflowId) },
      });
    },
  };
};

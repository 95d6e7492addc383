import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
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
      await db.doc.send(
        new PutCommand({
          TableName: db.tableName,
          Item: subscriptionItem(subscription, clock.now().toISOString()),
        }),
      );
      return existing.Item ? 'updated' : 'created';
    },

    async remove(tenantId, eventType, workflowId) {
      const result = await db.doc.send(
        new DeleteCommand({
          TableName: db.tableName,
          Key: subscriptionKey(tenantId, eventType, workflowId),
          ReturnValues: 'ALL_OLD',
        }),
      );
      return result.Attributes !== undefined;
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

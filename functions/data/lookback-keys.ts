import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type WorkflowDefinition, walkSteps } from '../../statemachines/schema';
import type { Database } from '../shared/ports';
import { declareAwaited, forgetAwaited } from './event-interest';
import { queryAll } from './repository';
import { KEY, tenantKey } from './table';
import { fieldSetKey, LOOKBACK_KEY_TYPE } from './waits';

/**
 * What the activity look-back indexes: the (event, match fields) of every `waitFor` a workflow declares. A recorded
 * event gets a look-back entry only for these (functions/data/activity.ts), not for every scalar of its detail.
 *
 * A workflow's keys are declared when a definition is saved, before it can be deployed and run, next to the field
 * sets of pending waits (one strongly consistent query gives the correlator both):
 *
 *   pk  T#<tenantId>#WAITFIELDS#<event>   sk  LOOKBACK#<fields>#<workflowId>   type lookbackKey
 *
 * Keys of earlier versions stay declared (a run of an older version may still wait on them) until the workflow is
 * deleted. The same goes for the workflow's name in the event type's `awaitedBy` (functions/data/event-interest.ts),
 * which routes a run's own events of that type to the correlator.
 */

export interface LookbackKey {
  readonly event: string;
  /** Detail field paths, sorted; empty = any event of the type. */
  readonly fields: readonly string[];
}

/** The distinct (event, field set) pairs of a definition's waitFor steps, at any depth. */
export const lookbackKeys = (definition: Pick<WorkflowDefinition, 'steps'>): LookbackKey[] => {
  const keys = new Map<string, LookbackKey>();
  for (const { step } of walkSteps(definition.steps)) {
    if (!('waitFor' in step)) continue;
    const fields = Object.keys(step.waitFor.match).sort();
    keys.set(`${step.waitFor.event}\n${fieldSetKey(fields)}`, { event: step.waitFor.event, fields });
  }
  return [...keys.values()];
};

const declarationKey = (tenantId: string, workflowId: string, key: LookbackKey) => ({
  [KEY.pk]: tenantKey(tenantId, 'WAITFIELDS', key.event),
  [KEY.sk]: `LOOKBACK#${fieldSetKey(key.fields)}#${workflowId}`,
});

/** Declares a definition's look-back keys for the workflow (idempotent). */
export const declareLookbackKeys = async (
  db: Database,
  tenantId: string,
  workflowId: string,
  definition: Pick<WorkflowDefinition, 'steps'>,
): Promise<void> => {
  const keys = lookbackKeys(definition);
  await declareAwaited(
    db,
    tenantId,
    keys.map((key) => key.event),
    workflowId,
  );
  await Promise.all(
    keys.map((key) =>
      db.doc.send(
        new PutCommand({
          TableName: db.tableName,
          Item: {
            ...declarationKey(tenantId, workflowId, key),
            type: LOOKBACK_KEY_TYPE,
            workflowId,
            fields: [...key.fields],
          },
        }),
      ),
    ),
  );
};

/** Removes the look-back keys every saved version of a workflow declared (its deletion, before its partition goes). */
export const forgetLookbackKeys = async (
  db: Database,
  tenantId: string,
  workflowId: string,
): Promise<void> => {
  const keys = new Map<string, LookbackKey>();
  const items = await queryAll(db, {
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': KEY.pk, '#def': 'definition' },
    ExpressionAttributeValues: { ':pk': tenantKey(tenantId, 'WF', workflowId) },
    ProjectionExpression: '#def',
  });
  for (const item of items) {
    const definition = item.definition as Pick<WorkflowDefinition, 'steps'> | undefined;
    if (!Array.isArray(definition?.steps)) continue;
    for (const key of lookbackKeys(definition)) keys.set(`${key.event}\n${fieldSetKey(key.fields)}`, key);
  }
  await forgetAwaited(
    db,
    tenantId,
    [...keys.values()].map((key) => key.event),
    workflowId,
  );
  await Promise.all(
    [...keys.values()].map((key) =>
      db.doc.send(
        new DeleteCommand({ TableName: db.tableName, Key: declarationKey(tenantId, workflowId, key) }),
      ),
    ),
  );
};

import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { readItem } from '../data/repository';
import { KEY, tenantKey } from '../data/table';
import type { Database } from '../shared/ports';

// ------------------------------------------------------------------------------------------------ provision state

/**
 * The last requested state (enabled/disabled), kept beside the workflow so an `error` status knows what to
 * converge to. In the workflow's partition, so removing the workflow removes it.
 *   pk T#<t>#WF#<workflowId>   sk PROVISION
 */
export interface ProvisionState {
  readonly target: 'enabled' | 'disabled';
  readonly lastError: string | null;
  readonly updatedAt: string;
}

export interface ProvisionStateStore {
  get(tenantId: string, workflowId: string): Promise<ProvisionState | undefined>;
  put(tenantId: string, workflowId: string, state: ProvisionState): Promise<void>;
  delete(tenantId: string, workflowId: string): Promise<void>;
}

export const provisionKey = (tenantId: string, workflowId: string) => ({
  [KEY.pk]: tenantKey(tenantId, 'WF', workflowId),
  [KEY.sk]: 'PROVISION',
});

export const createProvisionStateStore = ({ db }: { db: Database }): ProvisionStateStore => ({
  async get(tenantId, workflowId) {
    const item = await readItem(db, provisionKey(tenantId, workflowId));
    if (!item) return undefined;
    return {
      target: item.target === 'enabled' ? 'enabled' : 'disabled',
      lastError: typeof item.lastError === 'string' ? item.lastError : null,
      updatedAt: String(item.updatedAt),
    };
  },
  async put(tenantId, workflowId, state) {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: {
          ...provisionKey(tenantId, workflowId),
          type: 'provisionState',
          tenantId,
          workflowId,
          ...state,
        },
      }),
    );
  },
  async delete(tenantId, workflowId) {
    await db.doc.send(
      new DeleteCommand({ TableName: db.tableName, Key: provisionKey(tenantId, workflowId) }),
    );
  },
});

// ------------------------------------------------------------------------------------------------ desired state

import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Clock, Database } from '../../shared/ports';
import { forgetLookbackKeys } from '../lookback-keys';
import { isConditionFailure } from '../platform-store';
import { deletePartition } from '../repository';
import { tenantKey } from '../table';
import {
  type DeployedResources,
  updateWorkflow,
  type WorkflowRecord,
  type WorkflowStatus,
  wfKey,
} from './records';

/** A workflow's status and deployment as the API and the provisioner change them, and its deletion. */
export const createWorkflowLifecycle = ({ db, clock }: { db: Database; clock: Clock }) => ({
  async setStatus(
    tenantId: string,
    workflowId: string,
    status: Exclude<WorkflowStatus, 'deleting'>,
    reason: string | null = null,
  ): Promise<WorkflowRecord> {
    return updateWorkflow(db, tenantId, workflowId, {
      status,
      statusReason: reason,
      updatedAt: clock.now().toISOString(),
    });
  },

  enable(tenantId: string, workflowId: string): Promise<WorkflowRecord> {
    return updateWorkflow(db, tenantId, workflowId, {
      status: 'enabled',
      statusReason: null,
      updatedAt: clock.now().toISOString(),
    });
  },

  disable(tenantId: string, workflowId: string, reason: string | null = null): Promise<WorkflowRecord> {
    return updateWorkflow(db, tenantId, workflowId, {
      status: 'disabled',
      statusReason: reason,
      updatedAt: clock.now().toISOString(),
    });
  },

  /** The provisioner records what it deployed; `ifVersion` makes a slow provisioner lose to a newer save. */
  async setDeployment(
    tenantId: string,
    workflowId: string,
    deployed: Omit<DeployedResources, 'deployedAt'>,
  ): Promise<WorkflowRecord> {
    return updateWorkflow(
      db,
      tenantId,
      workflowId,
      {
        deployed: { ...deployed, deployedAt: clock.now().toISOString() },
        updatedAt: clock.now().toISOString(),
      },
      {
        condition: '#cv >= :dv',
        names: { '#cv': 'currentVersion' },
        values: { ':dv': deployed.version },
        conflict: `Version ${deployed.version} of workflow ${workflowId} does not exist`,
      },
    );
  },

  async clearDeployment(tenantId: string, workflowId: string): Promise<void> {
    await db.doc
      .send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: wfKey(tenantId, workflowId),
          UpdateExpression: 'SET #d = :null',
          ExpressionAttributeNames: { '#d': 'deployed' },
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':null': null },
        }),
      )
      .catch((error: unknown) => {
        if (!isConditionFailure(error)) throw error;
      });
  },

  /** Step 1 of delete: no more runs or saves; the provisioner then removes the resources and calls remove(). */
  async markDeleting(tenantId: string, workflowId: string): Promise<WorkflowRecord> {
    return updateWorkflow(db, tenantId, workflowId, {
      status: 'deleting',
      statusReason: 'Deletion requested',
      updatedAt: clock.now().toISOString(),
    });
  },

  /** Step 2 of delete: the workflow item and its version history. Idempotent. */
  async remove(tenantId: string, workflowId: string): Promise<void> {
    await forgetLookbackKeys(db, tenantId, workflowId);
    await deletePartition(db, tenantKey(tenantId, 'WF', workflowId));
  },
});

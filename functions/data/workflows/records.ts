import { randomBytes } from 'node:crypto';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Trigger, WorkflowDefinition } from '../../../statemachines/schema';
import { ConflictError, NotFoundError } from '../../shared/errors';
import type { Database } from '../../shared/ports';
import { type Item, isConditionFailure } from '../platform-store';
import { tenantKey } from '../table';

/**
 * Workflows and their immutable version history, in one partition per workflow:
 *   workflow  pk T#<t>#WF#<id>  sk WORKFLOW        gsi1pk T#<t>#WORKFLOWS  gsi1sk <createdAt>#<id>
 *   version   pk T#<t>#WF#<id>  sk V#<0000000042>
 * Each save writes a new version item and bumps currentVersion in one transaction, guarded by expectedVersion.
 */

export const WORKFLOW_STATUSES = ['draft', 'enabled', 'disabled', 'error', 'deleting'] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

export interface TriggerSummary {
  readonly type: Trigger['type'];
  readonly event?: string;
  readonly source?: string;
  readonly cron?: string;
  readonly rate?: string;
  readonly at?: string;
  readonly timezone?: string;
}

export interface DeployedResources {
  readonly stateMachineArn: string | null;
  readonly scheduleArn: string | null;
  /** Subscription index key (event type or `webhook:<source>`) when event/webhook-triggered. */
  readonly subscriptionKey: string | null;
  /** Which saved version is deployed. */
  readonly version: number;
  readonly deployedAt: string;
}

export interface WorkflowRecord {
  readonly tenantId: string;
  readonly workflowId: string;
  readonly name: string;
  readonly description: string | null;
  readonly status: WorkflowStatus;
  readonly statusReason: string | null;
  readonly trigger: TriggerSummary;
  readonly autoMode: boolean | null;
  readonly definition: WorkflowDefinition;
  readonly currentVersion: number;
  readonly deployed: DeployedResources | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly createdBy: string | null;
  readonly updatedBy: string | null;
}

export interface WorkflowVersion {
  readonly workflowId: string;
  readonly version: number;
  readonly definition: WorkflowDefinition;
  readonly savedAt: string;
  readonly savedBy: string | null;
  readonly comment: string | null;
}

export const summarizeTrigger = (trigger: Trigger): TriggerSummary => {
  switch (trigger.type) {
    case 'event':
      return { type: 'event', event: trigger.event };
    case 'webhook':
      return { type: 'webhook', source: trigger.source };
    case 'schedule':
      return {
        type: 'schedule',
        ...(trigger.cron ? { cron: trigger.cron } : {}),
        ...(trigger.rate ? { rate: trigger.rate } : {}),
        ...(trigger.at ? { at: trigger.at } : {}),
        ...(trigger.timezone ? { timezone: trigger.timezone } : {}),
      };
    case 'manual':
      return { type: 'manual' };
  }
};

export const WORKFLOW_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const newWorkflowId = (): string => `wf-${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;

export const wfKey = (tenantId: string, workflowId: string) => ({
  pk: tenantKey(tenantId, 'WF', workflowId),
  sk: 'WORKFLOW',
});
export const versionSk = (version: number) => `V#${String(version).padStart(10, '0')}`;

export const toRecord = (i: Item): WorkflowRecord => ({
  tenantId: i.tenantId,
  workflowId: i.workflowId,
  name: i.name,
  description: i.description ?? null,
  status: i.status,
  statusReason: i.statusReason ?? null,
  trigger: i.trigger,
  autoMode: i.autoMode ?? null,
  definition: i.definition,
  currentVersion: i.currentVersion,
  deployed: i.deployed ?? null,
  createdAt: i.createdAt,
  updatedAt: i.updatedAt,
  createdBy: i.createdBy ?? null,
  updatedBy: i.updatedBy ?? null,
});

export const toVersion = (i: Item): WorkflowVersion => ({
  workflowId: i.workflowId,
  version: i.version,
  definition: i.definition,
  savedAt: i.savedAt,
  savedBy: i.savedBy ?? null,
  comment: i.comment ?? null,
});

export interface SaveOptions {
  readonly by?: string;
  readonly comment?: string;
}

export const versionItem = (
  tenantId: string,
  workflowId: string,
  version: number,
  definition: WorkflowDefinition,
  at: string,
  opts: SaveOptions,
): Item => ({
  pk: tenantKey(tenantId, 'WF', workflowId),
  sk: versionSk(version),
  type: 'workflowVersion',
  tenantId,
  workflowId,
  version,
  definition,
  savedAt: at,
  savedBy: opts.by ?? null,
  comment: opts.comment ?? null,
});

export const readWorkflow = async (
  db: Database,
  tenantId: string,
  workflowId: string,
): Promise<WorkflowRecord | undefined> => {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: wfKey(tenantId, workflowId), ConsistentRead: true }),
  );
  return out.Item ? toRecord(out.Item) : undefined;
};

export const mustReadWorkflow = async (
  db: Database,
  tenantId: string,
  workflowId: string,
): Promise<WorkflowRecord> => {
  const wf = await readWorkflow(db, tenantId, workflowId);
  if (!wf) throw new NotFoundError('Workflow', workflowId);
  return wf;
};

/** Runs an update on an existing, not-deleting workflow; a missing one is 404, a failed extra condition 409. */
export const updateWorkflow = async (
  db: Database,
  tenantId: string,
  workflowId: string,
  set: Record<string, unknown>,
  extra?: {
    condition: string;
    names?: Record<string, string>;
    values?: Record<string, unknown>;
    conflict: string;
  },
  remove: readonly string[] = [],
): Promise<WorkflowRecord> => {
  const names: Record<string, string> = { '#status': 'status', ...extra?.names };
  const values: Record<string, unknown> = { ':deleting': 'deleting', ...extra?.values };
  const sets = Object.entries(set).map(([k, v], n) => {
    names[`#s${n}`] = k;
    values[`:s${n}`] = v;
    return `#s${n} = :s${n}`;
  });
  const removes = remove.map((k, n) => {
    names[`#r${n}`] = k;
    return `#r${n}`;
  });
  try {
    const out = await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: wfKey(tenantId, workflowId),
        UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
        ConditionExpression: `attribute_exists(pk) AND #status <> :deleting${extra ? ` AND (${extra.condition})` : ''}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
      }),
    );
    return toRecord(out.Attributes ?? {});
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const wf = await mustReadWorkflow(db, tenantId, workflowId);
    if (wf.status === 'deleting') throw new ConflictError(`Workflow ${workflowId} is being deleted`);
    throw new ConflictError(extra?.conflict ?? `Workflow ${workflowId} changed concurrently`);
  }
};

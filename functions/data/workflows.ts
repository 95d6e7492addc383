import { randomBytes } from 'node:crypto';
import {
  BatchWriteCommand,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Trigger, WorkflowDefinition } from '../../statemachines/schema';
import { BadRequestError, ConflictError, NotFoundError } from '../shared/errors';
import type { Clock, Database } from '../shared/ports';
import {
  decodeCursor,
  encodeCursor,
  type Item,
  isConditionFailure,
  type Page,
  type PageRequest,
  pageSize,
} from './platform-store';
import { GSI1, tenantKey } from './table';

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

const WORKFLOW_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const newWorkflowId = (): string => `wf-${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;

const wfKey = (tenantId: string, workflowId: string) => ({
  pk: tenantKey(tenantId, 'WF', workflowId),
  sk: 'WORKFLOW',
});
const versionSk = (version: number) => `V#${String(version).padStart(10, '0')}`;

const toRecord = (i: Item): WorkflowRecord => ({
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

const toVersion = (i: Item): WorkflowVersion => ({
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

export const createWorkflowRepository = ({ db, clock }: { db: Database; clock: Clock }) => {
  const T = db.tableName;

  const versionItem = (
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

  const get = async (tenantId: string, workflowId: string): Promise<WorkflowRecord | undefined> => {
    const out = await db.doc.send(
      new GetCommand({ TableName: T, Key: wfKey(tenantId, workflowId), ConsistentRead: true }),
    );
    return out.Item ? toRecord(out.Item) : undefined;
  };

  const mustGet = async (tenantId: string, workflowId: string): Promise<WorkflowRecord> => {
    const wf = await get(tenantId, workflowId);
    if (!wf) throw new NotFoundError('Workflow', workflowId);
    return wf;
  };

  /** Runs an update on an existing, not-deleting workflow; a missing one is 404, a failed extra condition 409. */
  const update = async (
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
          TableName: T,
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
      const wf = await mustGet(tenantId, workflowId);
      if (wf.status === 'deleting') throw new ConflictError(`Workflow ${workflowId} is being deleted`);
      throw new ConflictError(extra?.conflict ?? `Workflow ${workflowId} changed concurrently`);
    }
  };

  return {
    get,
    mustGet,

    /** Creates a workflow (version 1, status draft) in one transaction with its first version item. */
    async create(
      tenantId: string,
      definition: WorkflowDefinition,
      opts: SaveOptions & { workflowId?: string } = {},
    ): Promise<WorkflowRecord> {
      const workflowId = opts.workflowId ?? newWorkflowId();
      if (!WORKFLOW_ID.test(workflowId)) {
        throw new BadRequestError(`Invalid workflow id ${workflowId}: 1-40 lowercase letters, digits or "-"`);
      }
      const at = clock.now().toISOString();
      const item: Item = {
        ...wfKey(tenantId, workflowId),
        gsi1pk: tenantKey(tenantId, 'WORKFLOWS'),
        gsi1sk: `${at}#${workflowId}`,
        type: 'workflow',
        tenantId,
        workflowId,
        name: definition.name,
        description: definition.description ?? null,
        status: 'draft',
        statusReason: null,
        trigger: summarizeTrigger(definition.trigger),
        autoMode: definition.autoMode ?? null,
        definition,
        currentVersion: 1,
        deployed: null,
        createdAt: at,
        updatedAt: at,
        createdBy: opts.by ?? null,
        updatedBy: opts.by ?? null,
      };
      try {
        await db.doc.send(
          new TransactWriteCommand({
            TransactItems: [
              { Put: { TableName: T, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
              {
                Put: {
                  TableName: T,
                  Item: versionItem(tenantId, workflowId, 1, definition, at, opts),
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
            ],
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new ConflictError(`Workflow ${workflowId} already exists`);
        throw error;
      }
      return toRecord(item);
    },

    /**
     * Saves a new definition as version expectedVersion + 1. A stale expectedVersion (someone saved meanwhile) is a
     * ConflictError (409) and nothing is written.
     */
    async saveVersion(
      tenantId: string,
      workflowId: string,
      definition: WorkflowDefinition,
      expectedVersion: number,
      opts: SaveOptions = {},
    ): Promise<WorkflowRecord> {
      const at = clock.now().toISOString();
      const next = expectedVersion + 1;
      try {
        await db.doc.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: T,
                  Key: wfKey(tenantId, workflowId),
                  UpdateExpression:
                    'SET #cv = :next, #def = :def, #name = :name, #desc = :desc, #trigger = :trigger, #auto = :auto, #at = :at, #by = :by',
                  ConditionExpression: 'attribute_exists(pk) AND #cv = :expected AND #status <> :deleting',
                  ExpressionAttributeNames: {
                    '#cv': 'currentVersion',
                    '#def': 'definition',
                    '#name': 'name',
                    '#desc': 'description',
                    '#trigger': 'trigger',
                    '#auto': 'autoMode',
                    '#at': 'updatedAt',
                    '#by': 'updatedBy',
                    '#status': 'status',
                  },
                  ExpressionAttributeValues: {
                    ':next': next,
                    ':expected': expectedVersion,
                    ':deleting': 'deleting',
                    ':def': definition,
                    ':name': definition.name,
                    ':desc': definition.description ?? null,
                    ':trigger': summarizeTrigger(definition.trigger),
                    ':auto': definition.autoMode ?? null,
                    ':at': at,
                    ':by': opts.by ?? null,
                  },
                },
              },
              {
                Put: {
                  TableName: T,
                  Item: versionItem(tenantId, workflowId, next, definition, at, opts),
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
            ],
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const wf = await mustGet(tenantId, workflowId);
        if (wf.status === 'deleting') throw new ConflictError(`Workflow ${workflowId} is being deleted`);
        throw new ConflictError(
          `Workflow ${workflowId} is at version ${wf.currentVersion}, not ${expectedVersion}: reload and apply your change again`,
        );
      }
      return mustGet(tenantId, workflowId);
    },

    async getVersion(tenantId: string, workflowId: string, version: number): Promise<WorkflowVersion> {
      const out = await db.doc.send(
        new GetCommand({
          TableName: T,
          Key: { pk: tenantKey(tenantId, 'WF', workflowId), sk: versionSk(version) },
        }),
      );
      if (!out.Item) throw new NotFoundError(`Version ${version} of workflow`, workflowId);
      return toVersion(out.Item);
    },

    /** Versions newest first. */
    async listVersions(
      tenantId: string,
      workflowId: string,
      page: PageRequest = {},
    ): Promise<Page<WorkflowVersion>> {
      const out = await db.doc.send(
        new QueryCommand({
          TableName: T,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
          ExpressionAttributeValues: { ':pk': tenantKey(tenantId, 'WF', workflowId), ':v': 'V#' },
          ScanIndexForward: false,
          Limit: pageSize(page.limit),
          ExclusiveStartKey: decodeCursor(tenantId, page.cursor, {
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
            ExpressionAttributeValues: { ':pk': tenantKey(tenantId, 'WF', workflowId), ':v': 'V#' },
          }),
        }),
      );
      const nextCursor = encodeCursor(tenantId, out.LastEvaluatedKey);
      return { items: (out.Items ?? []).map(toVersion), ...(nextCursor ? { cursor: nextCursor } : {}) };
    },

    /** The tenant's workflows, newest first; `status` filters within the tenant's partition. */
    async list(
      tenantId: string,
      page: PageRequest & { status?: WorkflowStatus } = {},
    ): Promise<Page<WorkflowRecord>> {
      const limit = pageSize(page.limit);
      const items: WorkflowRecord[] = [];
      let startKey = decodeCursor(tenantId, page.cursor, {
        IndexName: GSI1,
        KeyConditionExpression: 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': tenantKey(tenantId, 'WORKFLOWS') },
      });
      let lastKey: Item | undefined;
      do {
        const out = await db.doc.send(
          new QueryCommand({
            TableName: T,
            IndexName: GSI1,
            KeyConditionExpression: 'gsi1pk = :p',
            ExpressionAttributeValues: {
              ':p': tenantKey(tenantId, 'WORKFLOWS'),
              ...(page.status ? { ':st': page.status } : {}),
            },
            ...(page.status
              ? { FilterExpression: '#status = :st', ExpressionAttributeNames: { '#status': 'status' } }
              : {}),
            ScanIndexForward: false,
            Limit: limit - items.length,
            ExclusiveStartKey: startKey,
          }),
        );
        items.push(...(out.Items ?? []).map(toRecord));
        lastKey = out.LastEvaluatedKey;
        startKey = lastKey;
      } while (lastKey && items.length < limit);
      const nextCursor = encodeCursor(tenantId, lastKey);
      return { items, ...(nextCursor ? { cursor: nextCursor } : {}) };
    },

    async setStatus(
      tenantId: string,
      workflowId: string,
      status: Exclude<WorkflowStatus, 'deleting'>,
      reason: string | null = null,
    ): Promise<WorkflowRecord> {
      return update(tenantId, workflowId, {
        status,
        statusReason: reason,
        updatedAt: clock.now().toISOString(),
      });
    },

    enable(tenantId: string, workflowId: string): Promise<WorkflowRecord> {
      return update(tenantId, workflowId, {
        status: 'enabled',
        statusReason: null,
        updatedAt: clock.now().toISOString(),
      });
    },

    disable(tenantId: string, workflowId: string, reason: string | null = null): Promise<WorkflowRecord> {
      return update(tenantId, workflowId, {
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
      return update(
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
            TableName: T,
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
      return update(tenantId, workflowId, {
        status: 'deleting',
        statusReason: 'Deletion requested',
        updatedAt: clock.now().toISOString(),
      });
    },

    /** Step 2 of delete: the workflow item and its version history. Idempotent. */
    async remove(tenantId: string, workflowId: string): Promise<void> {
      const pk = tenantKey(tenantId, 'WF', workflowId);
      let startKey: Item | undefined;
      do {
        const out = await db.doc.send(
          new QueryCommand({
            TableName: T,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': pk },
            ProjectionExpression: 'pk, sk',
            ExclusiveStartKey: startKey,
          }),
        );
        const keys = (out.Items ?? []).map((i) => ({ pk: i.pk, sk: i.sk }));
        for (let n = 0; n < keys.length; n += 25) {
          let requests = keys.slice(n, n + 25).map((Key) => ({ DeleteRequest: { Key } }));
          for (let attempt = 0; requests.length > 0 && attempt < 8; attempt++) {
            const res = await db.doc.send(new BatchWriteCommand({ RequestItems: { [T]: requests } }));
            requests = (res.UnprocessedItems?.[T] ?? []) as typeof requests;
          }
        }
        startKey = out.LastEvaluatedKey;
      } while (startKey);
    },
  };
};

export type WorkflowRepository = ReturnType<typeof createWorkflowRepository>;

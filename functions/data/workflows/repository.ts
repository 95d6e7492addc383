import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { WorkflowDefinition } from '../../../statemachines/schema';
import { BadRequestError, ConflictError, NotFoundError } from '../../shared/errors';
import type { Clock, Database } from '../../shared/ports';
import {
  decodeCursor,
  encodeCursor,
  type Item,
  isConditionFailure,
  type Page,
  type PageRequest,
  pageSize,
} from '../platform-store';
import { GSI1, tenantKey } from '../table';
import { createWorkflowLifecycle } from './lifecycle';
import {
  mustReadWorkflow,
  newWorkflowId,
  readWorkflow,
  type SaveOptions,
  summarizeTrigger,
  toRecord,
  toVersion,
  versionItem,
  versionSk,
  WORKFLOW_ID,
  type WorkflowRecord,
  type WorkflowStatus,
  type WorkflowVersion,
  wfKey,
} from './records';

export const createWorkflowRepository = ({ db, clock }: { db: Database; clock: Clock }) => ({
  get: (tenantId: string, workflowId: string) => readWorkflow(db, tenantId, workflowId),
  mustGet: (tenantId: string, workflowId: string) => mustReadWorkflow(db, tenantId, workflowId),

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
            { Put: { TableName: db.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
            {
              Put: {
                TableName: db.tableName,
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
                TableName: db.tableName,
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
                TableName: db.tableName,
                Item: versionItem(tenantId, workflowId, next, definition, at, opts),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const wf = await mustReadWorkflow(db, tenantId, workflowId);
      if (wf.status === 'deleting') throw new ConflictError(`Workflow ${workflowId} is being deleted`);
      throw new ConflictError(
        `Workflow ${workflowId} is at version ${wf.currentVersion}, not ${expectedVersion}: reload and apply your change again`,
      );
    }
    return mustReadWorkflow(db, tenantId, workflowId);
  },

  async getVersion(tenantId: string, workflowId: string, version: number): Promise<WorkflowVersion> {
    const out = await db.doc.send(
      new GetCommand({
        TableName: db.tableName,
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
        TableName: db.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
        ExpressionAttributeValues: { ':pk': tenantKey(tenantId, 'WF', workflowId), ':v': 'V#' },
        ScanIndexForward: false,
        Limit: pageSize(page.limit),
        ExclusiveStartKey: decodeCursor(tenantId, page.cursor),
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
    let startKey = decodeCursor(tenantId, page.cursor);
    let lastKey: Item | undefined;
    do {
      const out = await db.doc.send(
        new QueryCommand({
          TableName: db.tableName,
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

  ...createWorkflowLifecycle({ db, clock }),
});

export type WorkflowRepository = ReturnType<typeof createWorkflowRepository>;

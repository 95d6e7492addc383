import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { WorkflowDefinition } from '../../../statemachines/schema';
import { BadRequestError, ConflictError, NotFoundError } from '../../shared/errors';
import type { Clock, Database } from '../../shared/ports';
import { declareLookbackKeys } from '../lookback-keys';
import { type Item, isConditionFailure, type Page, type PageRequest, pageSize } from '../platform-store';
import { mapPage, queryPage } from '../repository';
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
    // Before the workflow exists, so before it can run: what its waits look back for is indexed from now on.
    await declareLookbackKeys(db, tenantId, workflowId, definition);
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
    await declareLookbackKeys(db, tenantId, workflowId, definition);
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
    const out = await queryPage(db, {
      tenantId,
      keyCondition: 'pk = :pk AND begins_with(sk, :v)',
      names: {},
      values: { ':pk': tenantKey(tenantId, 'WF', workflowId), ':v': 'V#' },
      limit: pageSize(page.limit),
      cursor: page.cursor,
      newestFirst: true,
    });
    return mapPage(out, toVersion);
  },

  /** The tenant's workflows, newest first; `status` filters within the tenant's partition. */
  async list(
    tenantId: string,
    page: PageRequest & { status?: WorkflowStatus } = {},
  ): Promise<Page<WorkflowRecord>> {
    const out = await queryPage(db, {
      tenantId,
      index: GSI1,
      keyCondition: 'gsi1pk = :p',
      names: page.status ? { '#status': 'status' } : {},
      values: { ':p': tenantKey(tenantId, 'WORKFLOWS'), ...(page.status ? { ':st': page.status } : {}) },
      ...(page.status ? { filter: '#status = :st' } : {}),
      limit: pageSize(page.limit),
      cursor: page.cursor,
      newestFirst: true,
    });
    return mapPage(out, toRecord);
  },

  ...createWorkflowLifecycle({ db, clock }),
});

export type WorkflowRepository = ReturnType<typeof createWorkflowRepository>;

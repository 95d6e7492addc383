import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { NotFoundError } from '../shared/errors';
import type { Clock, Database } from '../shared/ports';
import {
  boundedJson,
  type Item,
  isConditionFailure,
  type Page,
  type PageRequest,
  pageSize,
} from './platform-store';
import { mapPage, queryPage } from './repository';
import { compactExecutionId, ENDED_RUN_REMOVES, expandExecutionId, runItemIds } from './run-item';
import { GSI1, GSI2, tenantKey } from './table';

/**
 * Run records (one per execution; runId = execution name), in the run's partition beside its log entries:
 *   run  pk T#<t>#RUN#<runId>  sk RUN
 *        gsi1pk T#<t>#WF#<workflowId>#RUNS  gsi1sk <startedAt>#<runId>   (runs of a workflow, newest first)
 *        gsi2pk T#<t>#RUNS                  gsi2sk <startedAt>#<runId>   (runs of the tenant, newest first)
 */

export const RUN_STATUSES = [
  'running',
  'waiting_approval',
  'succeeded',
  'failed',
  'rejected',
  'cancelled',
] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
export const TERMINAL_RUN_STATUSES: readonly RunStatus[] = ['succeeded', 'failed', 'rejected', 'cancelled'];
export type TriggerType = 'event' | 'schedule' | 'manual' | 'webhook';

export interface RunError {
  readonly error: string;
  readonly cause: string | null;
  /** Step whose failure ended the run, when known. */
  readonly stepId: string | null;
}

export interface RunRecord {
  readonly tenantId: string;
  readonly runId: string;
  readonly workflowId: string;
  readonly workflowName: string;
  readonly version: number;
  readonly executionId: string;
  readonly status: RunStatus;
  readonly triggerType: TriggerType;
  readonly eventId: string | null;
  readonly dryRun: boolean;
  readonly autoMode: boolean;
  readonly startedAt: string;
  readonly endedAt: string | null;
  /** Per-step results ($.steps) as recorded at the end of the run. */
  readonly steps: Record<string, unknown> | null;
  readonly error: RunError | null;
  readonly llmUsage: { readonly inputTokens: number; readonly outputTokens: number } | null;
  /** Redrives of the run's execution so far (reopen counts them). */
  readonly redriveCount: number;
  readonly updatedAt: string;
}

export interface NewRun {
  readonly runId: string;
  readonly workflowId: string;
  readonly workflowName: string;
  readonly version: number;
  readonly executionId: string;
  readonly triggerType: TriggerType;
  readonly eventId?: string;
  readonly dryRun: boolean;
  readonly autoMode: boolean;
  readonly startedAt: string;
  readonly status?: RunStatus;
}

/** Step results are stored up to this size; larger ones are kept as a truncated preview (item limit 400 KB). */
export const MAX_STEPS_BYTES = 300_000;

export const runKey = (tenantId: string, runId: string) => ({
  pk: tenantKey(tenantId, 'RUN', runId),
  sk: 'RUN',
});

/** A stored run record (as written, or with what an ended run leaves out put back: functions/data/run-item.ts). */
export const toRun = (tenantId: string, i: Item): RunRecord => {
  const ids = runItemIds(tenantId, i);
  return {
    tenantId: ids.tenantId,
    runId: ids.runId,
    workflowId: ids.workflowId,
    workflowName: i.workflowName,
    version: i.version,
    executionId: typeof i.executionId === 'string' ? expandExecutionId(i.executionId, ids) : i.executionId,
    status: i.status,
    triggerType: i.triggerType,
    eventId: i.eventId ?? null,
    dryRun: Boolean(i.dryRun),
    autoMode: Boolean(i.autoMode),
    startedAt: ids.startedAt,
    endedAt: i.endedAt ?? null,
    steps: typeof i.stepsJson === 'string' ? (JSON.parse(i.stepsJson) as Record<string, unknown>) : null,
    error: i.error ?? null,
    llmUsage:
      i.inputTokens !== undefined || i.outputTokens !== undefined
        ? { inputTokens: i.inputTokens ?? 0, outputTokens: i.outputTokens ?? 0 }
        : null,
    redriveCount: typeof i.redriveCount === 'number' ? i.redriveCount : 0,
    updatedAt: i.updatedAt ?? i.endedAt ?? ids.startedAt,
  };
};

export const createRunRepository = ({ db, clock }: { db: Database; clock: Clock }) => {
  const T = db.tableName;

  const get = async (tenantId: string, runId: string): Promise<RunRecord | undefined> => {
    const out = await db.doc.send(
      new GetCommand({ TableName: T, Key: runKey(tenantId, runId), ConsistentRead: true }),
    );
    return out.Item ? toRun(tenantId, out.Item) : undefined;
  };

  const query = async (
    tenantId: string,
    index: typeof GSI1 | typeof GSI2,
    partition: string,
    page: PageRequest & { status?: RunStatus },
  ): Promise<Page<RunRecord>> => {
    const attr = index === GSI1 ? 'gsi1pk' : 'gsi2pk';
    const out = await queryPage(db, {
      tenantId,
      index,
      keyCondition: `${attr} = :p`,
      names: page.status ? { '#status': 'status' } : {},
      values: { ':p': partition, ...(page.status ? { ':st': page.status } : {}) },
      ...(page.status ? { filter: '#status = :st' } : {}),
      limit: pageSize(page.limit),
      cursor: page.cursor,
      newestFirst: true,
    });
    return mapPage(out, (i) => toRun(tenantId, i));
  };

  /** Records a new run; a second create with the same runId (a retried start) returns the first record. */
  const create = async (tenantId: string, run: NewRun): Promise<{ run: RunRecord; created: boolean }> => {
    const item: Item = {
      ...runKey(tenantId, run.runId),
      gsi1pk: tenantKey(tenantId, 'WF', run.workflowId, 'RUNS'),
      gsi1sk: `${run.startedAt}#${run.runId}`,
      gsi2pk: tenantKey(tenantId, 'RUNS'),
      gsi2sk: `${run.startedAt}#${run.runId}`,
      type: 'run',
      tenantId,
      runId: run.runId,
      workflowId: run.workflowId,
      workflowName: run.workflowName,
      version: run.version,
      executionId: run.executionId,
      status: run.status ?? 'running',
      triggerType: run.triggerType,
      eventId: run.eventId ?? null,
      dryRun: run.dryRun,
      autoMode: run.autoMode,
      startedAt: run.startedAt,
      endedAt: null,
      error: null,
      updatedAt: clock.now().toISOString(),
    };
    try {
      await db.doc.send(
        new PutCommand({ TableName: T, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }),
      );
      return { run: toRun(tenantId, item), created: true };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const existing = await get(tenantId, run.runId);
      if (!existing) throw error;
      return { run: existing, created: false };
    }
  };

  /** A conditional run update that did not apply: the run as it stands (404 when there is none); other errors rethrown. */
  const unchanged = async (
    error: unknown,
    tenantId: string,
    runId: string,
  ): Promise<{ run: RunRecord; changed: false }> => {
    if (!isConditionFailure(error)) throw error;
    const existing = await get(tenantId, runId);
    if (!existing) throw new NotFoundError('Run', runId);
    return { run: existing, changed: false };
  };

  /**
   * Moves a run to a new status unless it already ended. Returns the updated record, or the unchanged one when it
   * had already ended (a retried finish/fail is then a no-op), with `changed` telling which.
   */
  const transition = async (
    tenantId: string,
    runId: string,
    status: RunStatus,
    fields: {
      steps?: Record<string, unknown>;
      error?: RunError;
      endedAt?: string;
      executionId?: string;
      /** The run's workflow, when `executionId` is given for a run that ends: it is stored with the ids as tokens. */
      workflowId?: string;
    } = {},
  ): Promise<{ run: RunRecord; changed: boolean }> => {
    const names: Record<string, string> = { '#status': 'status' };
    const values: Record<string, unknown> = {
      ':status': status,
      ':t0': 'succeeded',
      ':t1': 'failed',
      ':t2': 'rejected',
      ':t3': 'cancelled',
    };
    // An ended run's record leaves out what its keys hold (functions/data/run-item.ts): under 1 KB, it bills a third.
    const ends = TERMINAL_RUN_STATUSES.includes(status);
    const sets = ['#status = :status'];
    const removes: string[] = ends ? ENDED_RUN_REMOVES.filter((a) => a !== 'updatedAt') : [];
    if (ends && fields.endedAt !== undefined) removes.push('updatedAt');
    else {
      sets.push('updatedAt = :now');
      values[':now'] = clock.now().toISOString();
    }
    if (fields.steps !== undefined) {
      const { json, truncated } = boundedJson(fields.steps, MAX_STEPS_BYTES);
      sets.push('stepsJson = :steps');
      values[':steps'] = json;
      if (truncated || !ends) {
        sets.push('stepsTruncated = :trunc');
        values[':trunc'] = truncated;
      } else removes.push('stepsTruncated');
    }
    if (fields.error !== undefined) {
      sets.push('#error = :error');
      values[':error'] = fields.error;
    }
    if (fields.error !== undefined || ends) names['#error'] = 'error';
    if (fields.error === undefined && ends) removes.push('#error');
    if (fields.endedAt !== undefined) {
      sets.push('endedAt = :ended');
      values[':ended'] = fields.endedAt;
    }
    // A run approved before its execution started continues in the execution the decision started; an ending
    // execution names itself (stored with the run's ids as tokens).
    if (fields.executionId !== undefined) {
      sets.push('executionId = :execution');
      values[':execution'] =
        (ends
          ? compactExecutionId(fields.executionId, {
              tenantId,
              runId,
              workflowId: fields.workflowId ?? '',
            })
          : undefined) ?? fields.executionId;
    }
    try {
      const out = await db.doc.send(
        new UpdateCommand({
          TableName: T,
          Key: runKey(tenantId, runId),
          UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
          ConditionExpression: 'attribute_exists(pk) AND NOT (#status IN (:t0, :t1, :t2, :t3))',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      return { run: toRun(tenantId, out.Attributes ?? {}), changed: true };
    } catch (error) {
      return unchanged(error, tenantId, runId);
    }
  };

  /**
   * Puts a failed or cancelled run back to running after its execution was redriven (Step Functions redrives
   * failed, aborted and timed-out executions). Conditional on the run still being failed/cancelled, so a repeated
   * or racing redrive reopens it once; `changed` is false when it was in any other status. The error of the
   * attempt that ended is cleared (the execution's timeline keeps it).
   */
  const reopen = async (tenantId: string, runId: string): Promise<{ run: RunRecord; changed: boolean }> => {
    const now = clock.now().toISOString();
    try {
      const out = await db.doc.send(
        new UpdateCommand({
          TableName: T,
          Key: runKey(tenantId, runId),
          UpdateExpression:
            'SET #status = :running, endedAt = :null, updatedAt = :now, redrivenAt = :now, redriveCount = if_not_exists(redriveCount, :zero) + :one, tenantId = :tenant, runId = :run REMOVE #error',
          ConditionExpression: 'attribute_exists(pk) AND #status IN (:failed, :cancelled)',
          ExpressionAttributeNames: { '#status': 'status', '#error': 'error' },
          ExpressionAttributeValues: {
            ':running': 'running',
            ':failed': 'failed',
            ':cancelled': 'cancelled',
            ':null': null,
            ':now': now,
            ':zero': 0,
            ':one': 1,
            // What the update that ended it left out, that a running record's raw readers use (recovery).
            ':tenant': tenantId,
            ':run': runId,
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return { run: toRun(tenantId, out.Attributes ?? {}), changed: true };
    } catch (error) {
      return unchanged(error, tenantId, runId);
    }
  };

  return {
    get,
    async mustGet(tenantId: string, runId: string): Promise<RunRecord> {
      const run = await get(tenantId, runId);
      if (!run) throw new NotFoundError('Run', runId);
      return run;
    },
    create,
    transition,
    reopen,
    /** Runs of one workflow, newest first. */
    listByWorkflow(tenantId: string, workflowId: string, page: PageRequest & { status?: RunStatus } = {}) {
      return query(tenantId, GSI1, tenantKey(tenantId, 'WF', workflowId, 'RUNS'), page);
    },
    /** Runs of the tenant, newest first. */
    listByTenant(tenantId: string, page: PageRequest & { status?: RunStatus } = {}) {
      return query(tenantId, GSI2, tenantKey(tenantId, 'RUNS'), page);
    },
    /** Adds LLM token usage to the run (atomic counters; safe under concurrent steps). */
    async addLlmUsage(tenantId: string, runId: string, usage: { inputTokens: number; outputTokens: number }) {
      await db.doc
        .send(
          new UpdateCommand({
            TableName: T,
            Key: runKey(tenantId, runId),
            UpdateExpression: 'ADD inputTokens :i, outputTokens :o',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':i': usage.inputTokens, ':o': usage.outputTokens },
          }),
        )
        .catch((error: unknown) => {
          if (!isConditionFailure(error)) throw error;
        });
    },
  };
};

export type RunRepository = ReturnType<typeof createRunRepository>;

import { createHash } from 'node:crypto';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError, ForbiddenError, NotFoundError } from '../shared/errors';
import type { Clock, Database } from '../shared/ports';
import { documentAttribute, readDocument } from './documents';
import { type Item, isConditionFailure, type Page, type PageRequest, pageSize } from './platform-store';
import { mapPage, queryPage } from './repository';
import { GSI1, GSI2, tenantKey } from './table';

/**
 * Approvals (Auto Mode gate and approval steps), each holding the task token of the parked execution, or for a run
 * approved before its execution starts (Express workflows, Auto Mode off) what starts it (`start`, with the trigger):
 *   approval  pk T#<t>#APPROVAL#<id>  sk APPROVAL
 *             gsi1pk T#<t>#APPROVALS#PENDING  gsi1sk <createdAt>#<id>   (sparse: removed once decided)
 *             gsi2pk T#<t>#RUN#<runId>#APPROVALS  gsi2sk <createdAt>#<id>
 * The decision is a conditional update on status = pending, so it happens exactly once.
 */

/** `expired`: the run ended (timed out, failed, stopped) while the approval was still pending. */
export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'expired';

export interface ApprovalRecord {
  readonly tenantId: string;
  readonly approvalId: string;
  readonly runId: string;
  readonly workflowId: string;
  readonly workflowName: string;
  readonly stepId: string;
  readonly message: string;
  /** What will happen if approved, in words ("Send email to …", "Create invoice …"). */
  readonly willDo: readonly string[];
  readonly approvers: readonly string[];
  readonly status: ApprovalStatus;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly comment: string | null;
}

/**
 * What the decision on a run approved before its execution starts needs: the state machine to start, the input
 * context of the first execution, and the run context that execution built (a rejection or expiry closes the run
 * with it).
 */
export interface ApprovalStart {
  readonly stateMachineArn: string;
  readonly inputContext: Record<string, unknown>;
  readonly runContext: Record<string, unknown>;
}

/**
 * What the supervisor records when a step asks for approval: the record's own fields and either the engine's task
 * token (the execution waits) or what starts the run when decided (`start`; the trigger is then required).
 */
export interface NewApproval
  extends Pick<ApprovalRecord, 'runId' | 'workflowId' | 'workflowName' | 'stepId' | 'message' | 'willDo'> {
  readonly approvers?: readonly string[];
  readonly taskToken?: string;
  /** Position inside a forEach (`itemPath`, else `itemIndex`): several approvals of one step stay apart. */
  readonly itemKey?: string;
  readonly start?: ApprovalStart;
  readonly expiresAt?: string;
  readonly trigger?: Record<string, unknown>;
}

/** What a decided approval resumes: the parked execution's task token, or the run to start. */
export interface DecidedApproval {
  readonly approval: ApprovalRecord;
  readonly taskToken: string | undefined;
  readonly start: (ApprovalStart & { trigger: Record<string, unknown> }) | undefined;
  readonly repeated: boolean;
  readonly resumed: boolean;
}

/** The task-token stand-in of a run approved before its execution starts (one such approval per run). */
export const BEFORE_START = 'before-start';

const startOf = (item: Item): DecidedApproval['start'] =>
  item.start ? { ...(item.start as ApprovalStart), trigger: readDocument(item, 'trigger') ?? {} } : undefined;

export interface Decision {
  readonly approved: boolean;
  readonly by: string;
  readonly comment?: string | null;
  /** Other identities of the decider (email, user id) matched against the approval's approvers. */
  readonly aliases?: readonly string[];
}

/** With approvers listed, only they may decide (compared case-insensitively with `by` and its aliases). */
export const mayDecide = (
  approvers: readonly string[],
  decision: Pick<Decision, 'by' | 'aliases'>,
): boolean => {
  if (approvers.length === 0) return true;
  const allowed = new Set(approvers.map((a) => a.trim().toLowerCase()));
  return [decision.by, ...(decision.aliases ?? [])].some((id) => allowed.has(id.trim().toLowerCase()));
};

const sameIdentity = (a: unknown, b: string): boolean =>
  typeof a === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();

/** Same (run, step, task token) -> same approval: a retried request does not create a second one. */
export const approvalIdOf = (runId: string, stepId: string, taskToken: string): string =>
  `apr-${createHash('sha256').update(`${runId}\n${stepId}\n${taskToken}`).digest('hex').slice(0, 24)}`;

const key = (tenantId: string, approvalId: string) => ({
  pk: tenantKey(tenantId, 'APPROVAL', approvalId),
  sk: 'APPROVAL',
});

const toApproval = (i: Item): ApprovalRecord => ({
  tenantId: i.tenantId,
  approvalId: i.approvalId,
  runId: i.runId,
  workflowId: i.workflowId,
  workflowName: i.workflowName,
  stepId: i.stepId,
  message: i.message,
  willDo: i.willDo ?? [],
  approvers: i.approvers ?? [],
  status: i.status,
  createdAt: i.createdAt,
  expiresAt: i.expiresAt ?? null,
  decidedBy: i.decidedBy ?? null,
  decidedAt: i.decidedAt ?? null,
  comment: i.comment ?? null,
});

export const createApprovalRepository = ({ db, clock }: { db: Database; clock: Clock }) => {
  const T = db.tableName;

  const getItem = async (tenantId: string, approvalId: string): Promise<Item | undefined> =>
    (
      await db.doc.send(
        new GetCommand({ TableName: T, Key: key(tenantId, approvalId), ConsistentRead: true }),
      )
    ).Item;

  const itemsOf = (
    tenantId: string,
    index: typeof GSI1 | typeof GSI2,
    partition: string,
    req: PageRequest,
  ) => {
    const attr = index === GSI1 ? 'gsi1pk' : 'gsi2pk';
    return queryPage(db, {
      tenantId,
      index,
      keyCondition: `${attr} = :p`,
      names: {},
      values: { ':p': partition },
      limit: pageSize(req.limit),
      cursor: req.cursor,
      newestFirst: true,
    });
  };
  const list = async (
    tenantId: string,
    index: typeof GSI1 | typeof GSI2,
    partition: string,
    req: PageRequest,
  ) => mapPage(await itemsOf(tenantId, index, partition, req), toApproval) as Page<ApprovalRecord>;

  return {
    /** Stores a pending approval; a retried request (same run, step and token) returns the existing one. */
    async create(
      tenantId: string,
      input: NewApproval,
    ): Promise<{ approval: ApprovalRecord; created: boolean }> {
      const approvalId = approvalIdOf(input.runId, input.stepId, input.taskToken ?? BEFORE_START);
      const createdAt = clock.now().toISOString();
      const item: Item = {
        ...key(tenantId, approvalId),
        gsi1pk: tenantKey(tenantId, 'APPROVALS', 'PENDING'),
        gsi1sk: `${createdAt}#${approvalId}`,
        gsi2pk: tenantKey(tenantId, 'RUN', input.runId, 'APPROVALS'),
        gsi2sk: `${createdAt}#${approvalId}`,
        type: 'approval',
        tenantId,
        approvalId,
        runId: input.runId,
        workflowId: input.workflowId,
        workflowName: input.workflowName,
        stepId: input.stepId,
        message: input.message,
        willDo: [...input.willDo],
        approvers: [...(input.approvers ?? [])],
        ...(input.taskToken ? { taskToken: input.taskToken } : {}),
        ...(input.itemKey !== undefined ? { itemKey: input.itemKey } : {}),
        ...(input.start ? { start: input.start } : {}),
        status: 'pending',
        createdAt,
        expiresAt: input.expiresAt ?? null,
        ...(input.trigger ? documentAttribute('trigger', input.trigger) : {}),
      };
      try {
        await db.doc.send(
          new PutCommand({ TableName: T, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }),
        );
        return { approval: toApproval(item), created: true };
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const existing = await getItem(tenantId, approvalId);
        if (!existing) throw error;
        return { approval: toApproval(existing), created: false };
      }
    },

    /**
     * The approval a parked execution's step asked before and that no execution resumed yet (pending, or decided
     * while nothing waited for it), now pointed at `taskToken`: the step asks again when its execution was started
     * again after the process stopped (or the request was retried with a new token), and the person must not be
     * asked twice. Undefined when there is none.
     */
    async takeOver(
      tenantId: string,
      asked: { runId: string; stepId: string; itemKey: string | undefined; taskToken: string },
    ): Promise<DecidedApproval | undefined> {
      let cursor: string | undefined;
      do {
        const page = await itemsOf(tenantId, GSI2, tenantKey(tenantId, 'RUN', asked.runId, 'APPROVALS'), {
          limit: 100,
          ...(cursor ? { cursor } : {}),
        });
        for (const item of page.items) {
          if (item.stepId !== asked.stepId || item.itemKey !== asked.itemKey || item.resumedAt) continue;
          if (typeof item.taskToken !== 'string' || item.status === 'expired') continue;
          try {
            const out = await db.doc.send(
              new UpdateCommand({
                TableName: T,
                Key: key(tenantId, item.approvalId as string),
                UpdateExpression: 'SET taskToken = :new',
                ConditionExpression: 'taskToken = :old AND attribute_not_exists(resumedAt)',
                ExpressionAttributeValues: { ':new': asked.taskToken, ':old': item.taskToken },
                ReturnValues: 'ALL_NEW',
              }),
            );
            const taken = out.Attributes ?? {};
            return {
              approval: toApproval(taken),
              taskToken: asked.taskToken,
              start: undefined,
              repeated: taken.status !== 'pending',
              resumed: false,
            };
          } catch (error) {
            if (!isConditionFailure(error)) throw error;
          }
        }
        cursor = page.cursor;
      } while (cursor);
      return undefined;
    },

    /** What starts the run of an approval asked before its execution started (undefined for parked executions). */
    async startOf(tenantId: string, approvalId: string): Promise<DecidedApproval['start']> {
      const item = await getItem(tenantId, approvalId);
      return item ? startOf(item) : undefined;
    },

    async get(tenantId: string, approvalId: string): Promise<ApprovalRecord> {
      const item = await getItem(tenantId, approvalId);
      if (!item) throw new NotFoundError('Approval', approvalId);
      return toApproval(item);
    },

    /**
     * Decides a pending approval exactly once (conditional on status = pending). Returns the record and the task
     * token the caller resumes the execution with. A different or opposite second decision is a ConflictError;
     * the SAME decision by the same decider is a repeat (`repeated`): it returns the recorded decision and token so
     * the caller can re-send a resume that failed the first time (`resumed` says whether one already succeeded,
     * see markResumed).
     */
    async decide(tenantId: string, approvalId: string, decision: Decision): Promise<DecidedApproval> {
      const current = await getItem(tenantId, approvalId);
      if (!current) throw new NotFoundError('Approval', approvalId);
      if (!mayDecide((current.approvers as string[] | undefined) ?? [], decision)) {
        throw new ForbiddenError(
          `Only ${(current.approvers as string[]).join(', ')} may decide this approval`,
        );
      }
      try {
        const out = await db.doc.send(
          new UpdateCommand({
            TableName: T,
            Key: key(tenantId, approvalId),
            UpdateExpression:
              'SET #status = :decided, decidedBy = :by, decidedAt = :at, #comment = :comment REMOVE gsi1pk, gsi1sk',
            ConditionExpression: 'attribute_exists(pk) AND #status = :pending',
            ExpressionAttributeNames: { '#status': 'status', '#comment': 'comment' },
            ExpressionAttributeValues: {
              ':decided': decision.approved ? 'approved' : 'rejected',
              ':pending': 'pending',
              ':by': decision.by,
              ':at': clock.now().toISOString(),
              ':comment': decision.comment ?? null,
            },
            ReturnValues: 'ALL_NEW',
          }),
        );
        const item = out.Attributes ?? {};
        return {
          approval: toApproval(item),
          taskToken: item.taskToken as string | undefined,
          start: startOf(item),
          repeated: false,
          resumed: false,
        };
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const existing = await getItem(tenantId, approvalId);
        if (!existing) throw new NotFoundError('Approval', approvalId);
        if (
          existing.status === (decision.approved ? 'approved' : 'rejected') &&
          sameIdentity(existing.decidedBy, decision.by)
        ) {
          return {
            approval: toApproval(existing),
            taskToken: existing.taskToken as string | undefined,
            start: startOf(existing),
            repeated: true,
            resumed: typeof existing.resumedAt === 'string',
          };
        }
        throw new ConflictError(
          `Approval ${approvalId} was already ${existing.status as string} by ${existing.decidedBy as string} at ${existing.decidedAt as string}`,
        );
      }
    },

    /** Records that the parked execution was resumed with the decision, so a repeated decision does not resume twice. */
    async markResumed(tenantId: string, approvalId: string): Promise<void> {
      await db.doc
        .send(
          new UpdateCommand({
            TableName: T,
            Key: key(tenantId, approvalId),
            UpdateExpression: 'SET resumedAt = if_not_exists(resumedAt, :at)',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':at': clock.now().toISOString() },
          }),
        )
        .catch((error: unknown) => {
          if (!isConditionFailure(error)) throw error;
        });
    },

    /** Marks a run's still-pending approvals expired (the run ended; their tokens are dead). Returns how many. */
    async expireForRun(tenantId: string, runId: string): Promise<number> {
      let expired = 0;
      let cursor: string | undefined;
      do {
        const page = await list(tenantId, GSI2, tenantKey(tenantId, 'RUN', runId, 'APPROVALS'), {
          limit: 100,
          ...(cursor ? { cursor } : {}),
        });
        for (const a of page.items.filter((x) => x.status === 'pending')) {
          try {
            await db.doc.send(
              new UpdateCommand({
                TableName: T,
                Key: key(tenantId, a.approvalId),
                UpdateExpression: 'SET #status = :expired, decidedAt = :at REMOVE gsi1pk, gsi1sk',
                ConditionExpression: '#status = :pending',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: {
                  ':expired': 'expired',
                  ':pending': 'pending',
                  ':at': clock.now().toISOString(),
                },
              }),
            );
            expired++;
          } catch (error) {
            if (!isConditionFailure(error)) throw error;
          }
        }
        cursor = page.cursor;
      } while (cursor);
      return expired;
    },

    /** Pending approvals of the tenant, newest first. */
    listPending(tenantId: string, req: PageRequest = {}): Promise<Page<ApprovalRecord>> {
      return list(tenantId, GSI1, tenantKey(tenantId, 'APPROVALS', 'PENDING'), req);
    },

    /** Approvals of one run (pending and decided), newest first. */
    listByRun(tenantId: string, runId: string, req: PageRequest = {}): Promise<Page<ApprovalRecord>> {
      return list(tenantId, GSI2, tenantKey(tenantId, 'RUN', runId, 'APPROVALS'), req);
    },
  };
};

export type ApprovalRepository = ReturnType<typeof createApprovalRepository>;

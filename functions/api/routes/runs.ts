import { randomUUID } from 'node:crypto';
import type { ExecutionInput } from '../../../statemachines/contracts';
import { type RunRecord, TERMINAL_RUN_STATUSES } from '../../data/runs';
import { ConflictError, NotFoundError } from '../../shared/errors';
import { isExpressExecution } from '../../shared/execution-arn';
import { type AnyRoute, accepted, defineRoute, ok, ServiceUnavailableError } from '../../shared/http';
import { mapRunLabel } from '../../shared/ports';
import { type ApiContext, actorOf, tenantOf } from '../context';
import {
  IdParams,
  pageView,
  Run,
  RunDetail,
  RunIdParams,
  RunListQuery,
  RunPage,
  RunStarted,
  StartRunBody,
} from '../schemas';
import { findWorkflow } from './workflow-lookup';

const route = defineRoute<ApiContext>();
const tags = ['Runs'];

const findRun = async (ctx: ApiContext, runId: string): Promise<RunRecord> => {
  const run = await ctx.deps.runs.get(tenantOf(ctx), runId);
  if (!run) throw new NotFoundError('Run', runId);
  return run;
};

/** Express executions (`…:express:…` ARNs): Step Functions offers no stop, redrive or history for them. */
const isExpressRun = (run: RunRecord): boolean => run.executionId.split(':')[5] === 'express';

/** Failures recorded by "Record failure" (business outcomes): a redrive would restart at the Fail state. */
const BUSINESS_FAILURES = new Set(['NonRetriableError', 'ConflictError', 'ApprovalUnavailable']);

/** Manual runs get a random, valid execution name (the runId). */
export const newManualRunId = (): string => `manual-${randomUUID()}`;

/**
 * Engine refusals that are about the state of the execution, not the engine's health (AWS Step Functions error
 * names; the LocalEngine raises the same): the caller raced another request or asked for something the run's state
 * does not allow, so a retry cannot help -> 409.
 */
const ENGINE_CONFLICTS = new Set([
  'ExecutionNotRedrivable',
  'ExecutionAlreadyExists',
  'StateMachineDeleting',
  'StateMachineDoesNotExist',
  'TaskDoesNotExist',
  'TaskTimedOut',
  // DescribeExecution/StopExecution/RedriveExecution on an express: execution ARN (AWS and the LocalEngine).
  'InvalidArn',
]);

/** An engine call: a conflict with the run's state is a 409; any other failure is the engine's (logged, 503). */
const engineCall = async <T>(ctx: ApiContext, what: string, call: () => Promise<T>): Promise<T> => {
  try {
    return await call();
  } catch (err) {
    const name = (err as { name?: string } | null)?.name ?? '';
    if (ENGINE_CONFLICTS.has(name)) {
      throw new ConflictError(`The workflow engine could not ${what}: ${name}: ${(err as Error).message}`);
    }
    if (name === 'ExecutionDoesNotExist') throw new NotFoundError('Execution of the run');
    ctx.deps.log(`Engine call failed: ${what}`, { tenantId: ctx.principal?.tenantId, error: String(err) });
    throw new ServiceUnavailableError(`The workflow engine could not ${what}; retry in a moment`);
  }
};

export const runRoutes: AnyRoute<ApiContext>[] = [
  route({
    operationId: 'startRun',
    method: 'POST',
    path: '/workflows/{id}/runs',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary: 'Start a manual run with input',
      description:
        'Manual runs never wait for approval (Auto Mode applies to event, schedule and webhook starts).',
      tags,
      responses: { 202: { description: 'Started', schema: RunStarted } },
    },
    auth: 'tenant',
    params: IdParams,
    body: StartRunBody,
    errors: [409, 503],
    async handler(req, ctx) {
      const tenantId = tenantOf(ctx);
      const workflow = await findWorkflow(ctx, req.params.id);
      const stateMachineArn = workflow.deployed?.stateMachineArn;
      if (!stateMachineArn || workflow.status === 'error') {
        throw new ConflictError(
          `Workflow ${workflow.workflowId} is not deployed${workflow.statusReason ? ` (${workflow.statusReason})` : ''}; enable it first`,
        );
      }
      const runId = newManualRunId();
      const input: ExecutionInput = {
        trigger: req.body?.input ?? {},
        context: {
          tenantId,
          workflowId: workflow.workflowId,
          workflowVersion: workflow.deployed?.version ?? workflow.currentVersion,
          triggerType: 'manual',
          startedBy: actorOf(ctx),
        },
      };
      const started = await engineCall(ctx, 'start the run', () =>
        ctx.deps.platform.engine.startExecution({ stateMachineArn, name: runId, input }),
      );
      // The supervisor's start task records the run too; whichever comes first wins (same runId), so a GET right
      // after this answer finds it. The execution has started either way: failing here would invite a retry that
      // starts a second run, so a failed write is logged and the supervisor's record stands.
      let status: RunRecord['status'] = 'running';
      try {
        const { run } = await ctx.deps.runs.create(tenantId, {
          runId,
          workflowId: workflow.workflowId,
          workflowName: workflow.name,
          version: workflow.deployed?.version ?? workflow.currentVersion,
          executionId: started.executionArn,
          triggerType: 'manual',
          dryRun: false,
          autoMode: true,
          startedAt: ctx.deps.platform.clock.now().toISOString(),
        });
        status = run.status;
      } catch (err) {
        ctx.deps.log('Recording a started run failed', { tenantId, runId, error: String(err) });
      }
      return accepted({
        runId,
        executionArn: started.executionArn,
        status,
        alreadyStarted: started.alreadyStarted,
      });
    },
  }),
  route({
    operationId: 'listRuns',
    method: 'GET',
    path: '/workflows/{id}/runs',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary: 'List the runs of a workflow, newest first',
      tags,
      responses: { 200: { description: 'A page of runs', schema: RunPage } },
    },
    auth: 'tenant',
    params: IdParams,
    query: RunListQuery,
    async handler(req, ctx) {
      const workflow = await findWorkflow(ctx, req.params.id);
      const { limit, cursor, status } = req.query;
      return ok(
        pageView(
          await ctx.deps.runs.listByWorkflow(tenantOf(ctx), workflow.workflowId, {
            ...(limit !== undefined ? { limit } : {}),
            ...(cursor !== undefined ? { cursor } : {}),
            ...(status !== undefined ? { status } : {}),
          }),
        ),
      );
    },
  }),
  route({
    operationId: 'getRun',
    method: 'GET',
    path: '/runs/{runId}',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary: 'Get a run with its step timeline and item progress',
      description:
        'Each timeline entry: state name, step id, status, input, output or error, start and end times, retries.',
      tags,
      responses: { 200: { description: 'The run', schema: RunDetail } },
    },
    auth: 'tenant',
    params: RunIdParams,
    async handler(req, ctx) {
      const tenantId = tenantOf(ctx);
      const run = await findRun(ctx, req.params.runId);
      // The run record is ours; the history is the engine's (and expires there after 90 days): without it the run
      // is still answered, with an empty timeline.
      const fromEngine = async <T>(what: string, read: () => Promise<T>, fallback: T): Promise<T> => {
        try {
          return await read();
        } catch (err) {
          ctx.deps.log(`Reading the ${what} of run ${run.runId} failed`, { tenantId, error: String(err) });
          return fallback;
        }
      };
      const { engine } = ctx.deps.platform;
      const [timeline, execution, approvals, mapRuns] = await Promise.all([
        fromEngine('timeline', () => engine.getTimeline(run.executionId), []),
        // DescribeExecution refuses Express executions (InvalidArn): their record and timeline are all there is.
        isExpressExecution(run.executionId)
          ? undefined
          : fromEngine('execution', () => engine.describeExecution(run.executionId), undefined),
        ctx.deps.approvals.listByRun(tenantId, run.runId, { limit: 100 }),
        fromEngine('item progress', async () => (await engine.listMapRuns?.(run.executionId)) ?? [], []),
      ]);
      const items = mapRuns.map(({ mapRunArn, status, itemCounts }) => ({
        stepId: mapRunLabel(mapRunArn),
        status,
        ...itemCounts,
      }));
      return ok({
        run,
        timeline,
        ...(items.length > 0 ? { items } : {}),
        approvals: approvals.items,
        execution: execution
          ? {
              status: execution.status,
              startDate: execution.startDate,
              ...(execution.stopDate ? { stopDate: execution.stopDate } : {}),
            }
          : null,
      });
    },
  }),
  route({
    operationId: 'cancelRun',
    method: 'POST',
    path: '/runs/{runId}/cancel',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary: 'Cancel a running run',
      tags,
      responses: { 200: { description: 'Cancelled', schema: Run } },
    },
    auth: 'tenant',
    params: RunIdParams,
    errors: [409, 503],
    async handler(req, ctx) {
      const tenantId = tenantOf(ctx);
      const run = await findRun(ctx, req.params.runId);
      if (TERMINAL_RUN_STATUSES.includes(run.status)) {
        throw new ConflictError(`Run ${run.runId} already ended (${run.status})`);
      }
      if (isExpressRun(run)) {
        throw new ConflictError(
          `Run ${run.runId} is an Express execution: Step Functions cannot stop it; it ends within 5 minutes`,
        );
      }
      const by = actorOf(ctx);
      await engineCall(ctx, 'stop the run', () =>
        ctx.deps.platform.engine.stopExecution(run.executionId, `Cancelled by ${by}`),
      );
      const now = ctx.deps.platform.clock.now().toISOString();
      const { run: updated, changed } = await ctx.deps.runs.transition(tenantId, run.runId, 'cancelled', {
        endedAt: now,
        error: { error: 'Cancelled', cause: `Cancelled by ${by}`, stepId: null },
      });
      // The stopped execution's task tokens are dead: its pending approvals close with it.
      await ctx.deps.approvals.expireForRun(tenantId, run.runId);
      if (!changed)
        throw new ConflictError(`Run ${run.runId} ended (${updated.status}) before it could be cancelled`);
      return ok(updated);
    },
  }),
  route({
    operationId: 'redriveRun',
    method: 'POST',
    path: '/runs/{runId}/redrive',
    docs: typeof DYNARIS_BUNDLE === 'undefined' && {
      summary: 'Redrive a failed or cancelled run from the step where it stopped',
      tags,
      responses: { 200: { description: 'Running again', schema: Run } },
    },
    auth: 'tenant',
    params: RunIdParams,
    errors: [409, 503],
    async handler(req, ctx) {
      const tenantId = tenantOf(ctx);
      const run = await findRun(ctx, req.params.runId);
      if (run.status !== 'failed' && run.status !== 'cancelled') {
        throw new ConflictError(
          `Only failed or cancelled runs can be redriven; run ${run.runId} is ${run.status}`,
        );
      }
      if (isExpressRun(run)) {
        throw new ConflictError(
          `Run ${run.runId} is an Express execution: Step Functions cannot redrive Express executions; start a new run`,
        );
      }
      if (run.error && BUSINESS_FAILURES.has(run.error.error)) {
        throw new ConflictError(
          `Run ${run.runId} failed with ${run.error.error}, a business outcome a redrive would only repeat; fix the cause and start a new run`,
        );
      }
      // Claim first (the run record's conditional reopen): of racing redrives exactly one goes on, the others get
      // 409 without touching the engine.
      if (!(await ctx.deps.reopenFailedRun(tenantId, run.runId))) {
        throw new ConflictError(`Run ${run.runId} is already being redriven or changed meanwhile`);
      }
      try {
        // An approval still pending belongs to the attempt that ended (its token is dead): a redrive that reaches
        // the approval step asks again, so the run never shows two.
        await ctx.deps.approvals.expireForRun(tenantId, run.runId);
        await engineCall(ctx, 'redrive the run', () =>
          ctx.deps.platform.engine.redriveExecution(run.executionId),
        );
      } catch (error) {
        // Not redriven: the run goes back to how it ended.
        await ctx.deps.runs.transition(tenantId, run.runId, run.status, {
          ...(run.endedAt ? { endedAt: run.endedAt } : {}),
          ...(run.error ? { error: run.error } : {}),
        });
        throw error;
      }
      return ok(await findRun(ctx, run.runId));
    },
  }),
];

import '../../statemachines/zod-kit';
import * as z from 'zod/mini';
import {
  ExecutionContext,
  ExecutionInput,
  type SupervisorFail,
  type SupervisorFinish,
  type SupervisorRegisterWait,
  type SupervisorStart,
} from '../../statemachines/contracts';
import { walkSteps } from '../../statemachines/schema';
import type { RunStatus } from '../data/runs';
import { NonRetriableError } from '../shared/errors';
import type { ItemWrite } from '../shared/ports';
import { countRunEnded, countRunStarted } from '../shared/run-metrics';
import { EXPRESS_RUN_DEADLINE_MS, isExpressExecution, type SupervisorKit } from './kit';
import { createStartApprovals } from './start-approval';
import {
  durationText,
  erroredSteps,
  readableCause,
  rejection,
  secondsText,
  TRIGGER_WORDS,
  truncate,
} from './text';

const hasApprovalStep = (steps: Parameters<typeof walkSteps>[0]): boolean => {
  for (const { step } of walkSteps(steps)) if ('approval' in step) return true;
  return false;
};

/** Opening, waiting and closing runs: start, registerWait, finish, fail, and closing runs from status changes. */

/** The detail of EventBridge's "Step Functions Execution Status Change" event (the fields used). */
export const ExecutionStatusChange = /* @__PURE__ */ (() =>
  z.looseObject({
    executionArn: z.string(),
    name: z.string(),
    status: z.string(),
    input: z.nullish(z.string()),
    error: z.nullish(z.string()),
    cause: z.nullish(z.string()),
    /** Which attempt ended: 0 for the first, n after n redrives (events can arrive late and out of order). */
    redriveCount: z.nullish(z.number().check(z.int()).check(z.gte(0))),
  }))();
export type ExecutionStatusChange = z.infer<typeof ExecutionStatusChange>;

const MAX_RESULT_IN_EVENT = 64 * 1024;

export const createRunLifecycle = (kit: SupervisorKit) => {
  const startApprovals = createStartApprovals(kit);
  /** The step of the last state that failed, from the execution history; null when it cannot be read. */
  const failedStepOf = async (executionArn: string): Promise<string | null> => {
    if (!kit.deps.engine) return null;
    try {
      const timeline = await kit.deps.engine.getTimeline(executionArn);
      return [...timeline].reverse().find((t) => t.status === 'failed' && t.stepId)?.stepId ?? null;
    } catch {
      return null;
    }
  };

  const {
    deps,
    clock,
    runs,
    approvals,
    deadlines,
    publish,
    publishWithWrites,
    log,
    logWrite,
    definitionOf,
    endRun,
    loadWorkflowAndSettings,
  } = kit;
  return {
    async start(p: z.infer<typeof SupervisorStart>): Promise<ExecutionContext> {
      const c = p.input.context;
      const { wf, settings, startedInterest } = await loadWorkflowAndSettings(c.tenantId, c.workflowId);
      if (!wf) throw new NonRetriableError(`Workflow ${c.workflowId} does not exist`);
      const version = c.workflowVersion ?? wf.deployed?.version ?? wf.currentVersion;
      const definition = await definitionOf(wf, version);
      const autoMode = definition.autoMode ?? settings.autoMode;
      const manual = c.triggerType === 'manual';
      // Started by the decision on an approval asked before the run's first execution ended (Express only): the run
      // is the one the approval belongs to; otherwise the run id is the execution's name.
      const decided =
        p.approveBeforeStart && c.approvalId
          ? await startApprovals.decision(c.tenantId, c.workflowId, c.approvalId)
          : undefined;
      const runId = decided?.runId ?? p.executionName;
      const approval = decided?.approval;
      const needsApproval = !manual && !autoMode && approval?.approved !== true;
      const startedAt = new Date(p.startedAt).toISOString();

      const runnable = manual ? wf.status !== 'deleting' : wf.status === 'enabled';
      const { run, created } = await runs.create(c.tenantId, {
        runId,
        workflowId: c.workflowId,
        workflowName: definition.name,
        version,
        executionId: p.executionId,
        triggerType: c.triggerType,
        ...(c.eventId ? { eventId: c.eventId } : {}),
        dryRun: c.dryRun ?? false,
        autoMode,
        startedAt,
      });
      const ids = { tenantId: c.tenantId, runId, workflowId: c.workflowId };
      // Counted once, by the attempt that created the record of a run that runs (the one workflow.started announces).
      if (created && runnable && !approval) countRunStarted(deps.metrics, ids, c.triggerType);
      const express = isExpressExecution(p.executionId);
      const parks = needsApproval && p.approveBeforeStart === true && !approval;
      const deadline =
        express && !parks && approval?.approved !== false
          ? new Date(Date.parse(startedAt) + EXPRESS_RUN_DEADLINE_MS).toISOString()
          : undefined;
      // On the usual path the deadline goes with the start's log entry (one request; nothing in between can fail).
      const deadlineWithLog = deadline !== undefined && runnable && !approval;
      if (deadline && !deadlineWithLog) await deadlines.open(c.tenantId, runId, deadline);
      const context = ExecutionContext.parse({
        ...c,
        workflowVersion: version,
        workflowName: definition.name,
        runId,
        executionId: p.executionId,
        triggerType: c.triggerType,
        dryRun: c.dryRun ?? false,
        needsApproval,
        asksApproval: needsApproval || hasApprovalStep(definition.steps),
        autoMode,
        timezone: settings.timezone,
        startedAt: run.startedAt,
        ...(approval ? { approval } : {}),
      });
      if (!runnable) {
        const reason = `Workflow "${definition.name}" is ${wf.status}: runs started by ${TRIGGER_WORDS[c.triggerType]} are not executed`;
        const ended = await runs.transition(c.tenantId, runId, 'cancelled', {
          endedAt: clock.now().toISOString(),
          error: { error: 'WorkflowNotEnabled', cause: reason, stepId: null },
        });
        if (ended.changed) await log(ids, '_start', 'warn', reason);
        throw new NonRetriableError(reason);
      }

      if (approval) {
        // The first execution logged the start and put workflow.started; this one carries the decision.
        if (approval.approved) {
          const resumed = await runs.transition(c.tenantId, runId, 'running', { executionId: p.executionId });
          if (!resumed.changed) {
            throw new NonRetriableError(
              `Run ${runId} already ended (${resumed.run.status}): its steps do not run`,
            );
          }
          await log(
            ids,
            '_run',
            'info',
            `Approved by ${approval.by ?? 'a person'}${approval.comment ? `: "${approval.comment}"` : ''}; the steps run now.`,
            undefined,
            startedAt,
          );
        }
        return context;
      }

      const gate = needsApproval
        ? ` Auto Mode is off${definition.autoMode === false ? ' for this workflow' : ' for this account'}: waiting for approval before any step runs${parks ? ' (the run starts when approved)' : ''}.`
        : manual
          ? ''
          : ' Auto Mode is on: running now.';
      // Written on every attempt under the run's start time: a retry rewrites the same entry, never loses it.
      const started = `Run started by ${TRIGGER_WORDS[c.triggerType]}${c.triggerType === 'event' && wf.trigger.event ? ` (${wf.trigger.event})` : ''}, version ${version}${c.dryRun ? ', dry run (nothing is sent or changed)' : ''}.${gate}`;
      // The start entry, the Express deadline and workflow.started's feed items in one BatchWriteItem, before
      // PutEvents: the deadline is in place before the run can be seen started (a crash after it leaves a run the
      // sweeper closes), and a retried start writes the same items and publishes under the same event id.
      const writes: ItemWrite[] = [
        logWrite(ids, '_start', 'info', started, undefined, run.startedAt),
        ...(deadlineWithLog && deadline
          ? [{ PutRequest: { Item: deadlines.item(c.tenantId, runId, deadline) } }]
          : []),
      ];
      await publishWithWrites(
        writes,
        { writesFirst: true },
        'workflow.started',
        `${c.tenantId}:${runId}:workflow.started`,
        {
          tenantId: c.tenantId,
          workflowId: c.workflowId,
          runId,
          workflowName: definition.name,
          version,
          triggerType: c.triggerType,
          ...(c.eventId ? { eventId: c.eventId } : {}),
        },
        startedInterest,
      );
      if (parks) await startApprovals.request(context, p.input, p.executionId, definition);
      return context;
    },

    async registerWait(p: z.infer<typeof SupervisorRegisterWait>): Promise<{ registered: true }> {
      if (!deps.waits) throw new NonRetriableError('Waiting for events is not configured (no correlator)');
      await deps.waits.registerWait(p);
      await log(
        p.context,
        p.stepId,
        'info',
        `Waiting up to ${secondsText(p.timeoutSeconds)} for ${p.event}${Object.keys(p.match).length ? ` matching ${truncate(JSON.stringify(p.match), 300)}` : ''}.`,
      );
      return { registered: true };
    },

    async finish(p: z.infer<typeof SupervisorFinish>): Promise<{ status: RunStatus }> {
      const ctx = p.context;
      const rejected = p.outcome === 'rejected';
      const status: RunStatus = rejected ? 'rejected' : 'succeeded';
      const now = clock.now();
      const { run, changed } = await endRun(ctx, status, {
        steps: p.steps,
        endedAt: now.toISOString(),
      });
      if (changed) countRunEnded(deps.metrics, status, ctx);
      // A run that asks no approval has none to expire (one Query less per run).
      if (ctx.asksApproval !== false) await approvals.expireForRun(ctx.tenantId, ctx.runId);
      const express = isExpressExecution(ctx.executionId);
      if (run.status !== status) {
        if (express) await deadlines.close(ctx.tenantId, ctx.runId);
        return { status: run.status };
      }
      // Under the run's recorded end: a retried finish rewrites the same entry (a lost write is made good).
      const endedAt = run.endedAt ?? now.toISOString();
      const stepIds = Object.keys(p.steps);
      const errored = erroredSteps(p.steps);
      let message: string;
      if (rejected) {
        const r = rejection(p.steps) ?? ctx.approval;
        message = r?.by
          ? `Run rejected by ${r.by}${r.comment ? `: "${r.comment}"` : ''}; nothing further was done.`
          : 'Run ended without approval (rejected or no decision in time); nothing further was done.';
      } else {
        message = `Run succeeded in ${durationText(run.startedAt, new Date(endedAt))}: ${stepIds.length} step${stepIds.length === 1 ? '' : 's'} recorded${stepIds.length ? ` (${truncate(stepIds.join(', '), 300)})` : ''}.`;
        if (errored.length) message += ` Continued past errors in: ${errored.join(', ')}.`;
      }
      const level = rejected || errored.length ? 'warn' : 'info';
      // The finish entry and an Express run's deadline deletion go with workflow.completed's feed items: one
      // BatchWriteItem after PutEvents. A crash before it leaves the run ended with its deadline, which the retried
      // finish (the same entry, the same event id) or the sweeper (the run has ended: the deadline goes) completes.
      const writes = [
        logWrite(ctx, '_finish', level, message, undefined, endedAt),
        ...(express ? [{ DeleteRequest: { Key: deadlines.key(ctx.tenantId, ctx.runId) } }] : []),
      ];
      const stepsJson = JSON.stringify(p.steps);
      await publishWithWrites(
        writes,
        {},
        'workflow.completed',
        `${ctx.tenantId}:${ctx.runId}:workflow.completed`,
        {
          tenantId: ctx.tenantId,
          workflowId: ctx.workflowId,
          runId: ctx.runId,
          workflowName: ctx.workflowName,
          result: {
            status,
            ...(Buffer.byteLength(stepsJson) <= MAX_RESULT_IN_EVENT
              ? { steps: p.steps }
              : { stepsOmitted: true }),
          },
        },
      );
      return { status };
    },

    async fail(p: z.infer<typeof SupervisorFail>): Promise<{ status: RunStatus }> {
      const ctx = p.context;
      const cause = readableCause(p.error.Cause);
      const now = clock.now();
      const { run, changed } = await endRun(ctx, 'failed', {
        ...(p.steps ? { steps: p.steps } : {}),
        endedAt: now.toISOString(),
        error: { error: p.error.Error, cause, stepId: null },
      });
      if (changed) countRunEnded(deps.metrics, 'failed', ctx);
      if (ctx.asksApproval !== false) await approvals.expireForRun(ctx.tenantId, ctx.runId);
      const express = isExpressExecution(ctx.executionId);
      if (run.status !== 'failed') {
        if (express) await deadlines.close(ctx.tenantId, ctx.runId);
        return { status: run.status };
      }
      const endedAt = run.endedAt ?? now.toISOString();
      // As at the finish: the entry and the deadline's deletion with workflow.failed's feed items, after PutEvents.
      const writes = [
        logWrite(
          ctx,
          '_fail',
          'error',
          `Run failed after ${durationText(run.startedAt, new Date(endedAt))}: ${p.error.Error}${cause ? ` — ${truncate(cause, 1000)}` : ''}`,
          undefined,
          endedAt,
        ),
        ...(express ? [{ DeleteRequest: { Key: deadlines.key(ctx.tenantId, ctx.runId) } }] : []),
      ];
      await publishWithWrites(writes, {}, 'workflow.failed', `${ctx.tenantId}:${ctx.runId}:workflow.failed`, {
        tenantId: ctx.tenantId,
        workflowId: ctx.workflowId,
        runId: ctx.runId,
        workflowName: ctx.workflowName,
        error: { error: p.error.Error, cause: cause ? truncate(cause, 4000) : null },
      });
      return { status: 'failed' };
    },

    /**
     * Closes runs from EventBridge's "Step Functions Execution Status Change" (FAILED, TIMED_OUT, ABORTED): a
     * failure a redrive could fix ends the execution at the failing state itself, without "Record failure", and
     * execution timeouts and stops end it from outside. The failed step comes from the execution history. A run
     * that already ended is left alone, and so is the change of an attempt a redrive has since replaced.
     */
    async reconcileExecution(
      change: ExecutionStatusChange,
    ): Promise<{ status: RunStatus } | { skipped: string }> {
      if (!['FAILED', 'TIMED_OUT', 'ABORTED'].includes(change.status))
        return { skipped: `status ${change.status}` };
      let input: ExecutionInput;
      try {
        input = ExecutionInput.parse(JSON.parse(change.input ?? ''));
      } catch {
        return { skipped: 'execution input not available' };
      }
      const { tenantId, workflowId } = input.context;
      const existing = await runs.get(tenantId, change.name);
      if (!existing) return { skipped: 'no run record' };
      const attempt = change.redriveCount ?? 0;
      if (attempt < existing.redriveCount) {
        return {
          skipped: `status change of an earlier attempt (redrive ${attempt} < ${existing.redriveCount})`,
        };
      }
      const status: RunStatus = change.status === 'ABORTED' ? 'cancelled' : 'failed';
      const stepId = change.status === 'FAILED' ? await failedStepOf(change.executionArn) : null;
      const error =
        change.status === 'TIMED_OUT'
          ? { error: 'States.Timeout', cause: 'The execution ran past its time limit', stepId: null }
          : change.status === 'ABORTED'
            ? {
                error: 'ExecutionAborted',
                cause: readableCause(change.cause ?? undefined) ?? 'The execution was stopped',
                stepId: null,
              }
            : {
                error: change.error ?? 'ExecutionFailed',
                cause: readableCause(change.cause ?? undefined),
                stepId,
              };
      const now = clock.now();
      const { run, changed } = await runs.transition(tenantId, change.name, status, {
        endedAt: now.toISOString(),
        error,
      });
      await approvals.expireForRun(tenantId, change.name);
      if (!changed) return { status: run.status };
      const ids = { tenantId, runId: run.runId, workflowId };
      countRunEnded(deps.metrics, status, ids);
      await log(
        ids,
        '_fail',
        status === 'cancelled' ? 'warn' : 'error',
        status === 'cancelled'
          ? `Run stopped after ${durationText(run.startedAt, now)}${error.cause ? `: ${truncate(error.cause, 500)}` : ''}.`
          : `Run ${change.status === 'TIMED_OUT' ? 'timed out' : 'failed'} after ${durationText(run.startedAt, now)}: ${error.error}${error.cause ? ` — ${truncate(error.cause, 1000)}` : ''}`,
      );
      if (status === 'failed') {
        await publish('workflow.failed', `${tenantId}:${run.runId}:workflow.failed`, {
          tenantId,
          workflowId,
          runId: run.runId,
          workflowName: run.workflowName,
          error: { error: error.error, cause: error.cause },
        });
      }
      return { status };
    },
  };
};

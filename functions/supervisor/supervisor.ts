import { z } from 'zod';
import {
  ACTION_NAMES,
  type ActionName,
  type AgentName,
  CATALOGUE,
  getAction,
} from '../../statemachines/catalogue';
import {
  ERRORS,
  ExecutionContext,
  ExecutionInput,
  type SupervisorFail,
  type SupervisorFinish,
  type SupervisorRegisterWait,
  type SupervisorRequestApproval,
  type SupervisorRoute,
  type SupervisorStart,
  taskUnit,
} from '../../statemachines/contracts';
import { eventSource } from '../../statemachines/events';
import type { WorkflowDefinition } from '../../statemachines/schema';
import { TEMPLATE_IDS, TEMPLATES, type TemplateId } from '../../statemachines/templates';
import { converse, type LlmTool, toolNameOf } from '../adapters/bedrock';
import { type AgentParts, runAgentTask } from '../agents/runner';
import { type ApprovalRecord, createApprovalRepository } from '../data/approvals';
import { withIdempotency } from '../data/idempotency';
import { createLogRepository, type LogLevel } from '../data/logs';
import { createRunRepository, type RunStatus } from '../data/runs';
import { createTenantRepository } from '../data/tenants';
import { createWorkflowRepository, summarizeTrigger, type WorkflowRecord } from '../data/workflows';
import { ConflictError, NonRetriableError, NotFoundError } from '../shared/errors';
import type { Clock, Database, EventPublisher, LlmConfig, SecretBox, WorkflowEngine } from '../shared/ports';
import { describeSteps, stepsAfter } from './describe';

/**
 * The supervisor: opens every run (context, Auto Mode), parks runs and steps on approvals, registers event waits,
 * closes every run (result or failure, event, readable log) and routes free-form `ai.task` steps to an action
 * with Bedrock tool use. Every operation is safe to retry (Lambda and Step Functions retry it).
 */

type StartPayload = z.infer<typeof SupervisorStart>;
type RequestApprovalPayload = z.infer<typeof SupervisorRequestApproval>;
type RegisterWaitPayload = z.infer<typeof SupervisorRegisterWait>;
type FinishPayload = z.infer<typeof SupervisorFinish>;
type FailPayload = z.infer<typeof SupervisorFail>;
type RoutePayload = z.infer<typeof SupervisorRoute>;

/** Stores a waitFor task token and resumes at once if the event already arrived (the correlator's registerWait). */
export interface WaitRegistrar {
  registerWait(payload: RegisterWaitPayload): Promise<unknown>;
}

/** Executors by agent area (functions/agents/registry.ts), for ai.task routing in-process. */
export type AgentRegistry = Partial<Record<AgentName, AgentParts>>;

export interface SupervisorDeps {
  readonly db: Database;
  readonly bus: EventPublisher;
  readonly clock: Clock;
  readonly secrets: SecretBox;
  readonly llm: LlmConfig | undefined;
  /** Needed by decideApproval (resumes the parked execution). */
  readonly engine?: WorkflowEngine;
  /** Needed by registerWait. */
  readonly waits?: WaitRegistrar;
  /** Needed by route; built lazily because it instantiates every agent. */
  readonly agents?: () => AgentRegistry;
}

export interface ApprovalDecision {
  readonly approved: boolean;
  readonly by: string;
  readonly comment?: string | null;
}

const truncate = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** Lambda error causes are JSON (`{"errorType","errorMessage",…}`); a person wants the message. */
export const readableCause = (cause: string | undefined): string | null => {
  if (!cause) return null;
  try {
    const parsed = JSON.parse(cause) as { errorMessage?: unknown; errorType?: unknown };
    if (typeof parsed.errorMessage === 'string') return parsed.errorMessage;
  } catch {
    // plain text cause
  }
  return cause;
};

const TRIGGER_WORDS: Record<ExecutionContext['triggerType'], string> = {
  event: 'an event',
  schedule: 'its schedule',
  manual: 'hand',
  webhook: 'a webhook',
};

/** `42s`, `3m 5s`, `5h 0m`, `2d 0h`. */
export const secondsText = (seconds: number): string => {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${s % 60}s`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h ${m % 60}m`;
  return `${Math.floor(h / 24)}d ${h % 24}h`;
};

const durationText = (fromIso: string, to: Date): string =>
  secondsText((to.getTime() - new Date(fromIso).getTime()) / 1000);

/** Step ids whose result is an error recorded with onError: continue. */
const erroredSteps = (steps: Record<string, unknown>): string[] =>
  Object.entries(steps)
    .filter(
      ([, v]) => v !== null && typeof v === 'object' && 'error' in v && (v as { error?: unknown }).error,
    )
    .map(([k]) => k);

const rejection = (steps: Record<string, unknown>): { by?: string; comment?: string | null } | undefined => {
  for (const value of Object.values(steps)) {
    if (value && typeof value === 'object' && (value as { approved?: unknown }).approved === false) {
      return value as { by?: string; comment?: string | null };
    }
  }
  return undefined;
};

/**
 * Approvers as written in the workflow (names or emails) plus the email and name of each matching team member, so
 * a person signed in with their email may decide an approval that names them.
 */
export const expandApprovers = (
  approvers: readonly string[],
  team: readonly { name: string; email?: string | undefined }[],
): string[] => {
  const out = new Set(approvers);
  for (const a of approvers) {
    const wanted = a.trim().toLowerCase();
    for (const m of team) {
      if (m.name.toLowerCase() === wanted || m.email?.toLowerCase() === wanted) {
        out.add(m.name);
        if (m.email) out.add(m.email);
      }
    }
  }
  return [...out];
};

/** The detail of EventBridge's "Step Functions Execution Status Change" event (the fields used). */
export const ExecutionStatusChange = z.looseObject({
  executionArn: z.string(),
  name: z.string(),
  status: z.string(),
  input: z.string().nullish(),
  error: z.string().nullish(),
  cause: z.string().nullish(),
});
export type ExecutionStatusChange = z.infer<typeof ExecutionStatusChange>;

const MAX_RESULT_IN_EVENT = 64 * 1024;

export const createSupervisor = (deps: SupervisorDeps) => {
  const { db, bus, clock } = deps;
  const workflows = createWorkflowRepository({ db, clock });
  const tenants = createTenantRepository({ db, clock, secrets: deps.secrets });
  const runs = createRunRepository({ db, clock });
  const logs = createLogRepository({ db, clock });
  const approvals = createApprovalRepository({ db, clock });

  const publish = (
    type: Parameters<typeof eventSource>[0],
    id: string,
    detail: { tenantId: string } & Record<string, unknown>,
  ) =>
    bus.publish([
      { detailType: type, source: eventSource(type), detail, id, time: clock.now().toISOString() },
    ]);

  const log = (
    ctx: { tenantId: string; runId: string; workflowId: string },
    stepId: string,
    level: LogLevel,
    message: string,
    data?: Record<string, unknown>,
    /** A time fixed by a stored record: the entry's key is then the same on every retry (written once). */
    at?: string,
  ) =>
    logs.append(ctx.tenantId, {
      runId: ctx.runId,
      workflowId: ctx.workflowId,
      stepId,
      level,
      message,
      ...(data ? { data } : {}),
      ...(at ? { at } : {}),
    });

  /** The definition a run executes: its version when still stored, else the current one. */
  const definitionOf = async (wf: WorkflowRecord, version: number): Promise<WorkflowDefinition> => {
    if (version === wf.currentVersion) return wf.definition;
    try {
      return (await workflows.getVersion(wf.tenantId, wf.workflowId, version)).definition;
    } catch (error) {
      // Only a version that is gone falls back; a throttle must not run the run on another definition.
      if (error instanceof NotFoundError) return wf.definition;
      throw error;
    }
  };

  /** The run record when "Start run" never wrote it (its start failed before): finish/fail must still record. */
  const createMissingRun = async (ctx: ExecutionContext): Promise<void> => {
    await runs.create(ctx.tenantId, {
      runId: ctx.runId,
      workflowId: ctx.workflowId,
      workflowName: ctx.workflowName,
      version: ctx.workflowVersion,
      executionId: typeof ctx.executionId === 'string' ? ctx.executionId : ctx.runId,
      triggerType: ctx.triggerType,
      dryRun: ctx.dryRun,
      autoMode: !ctx.needsApproval,
      startedAt: ctx.startedAt,
    });
  };

  /** Ends the run; the record is created only when the transition finds none (the common case is one update). */
  const endRun = async (
    ctx: ExecutionContext,
    status: RunStatus,
    fields: Parameters<typeof runs.transition>[3],
  ): ReturnType<typeof runs.transition> => {
    try {
      return await runs.transition(ctx.tenantId, ctx.runId, status, fields);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      await createMissingRun(ctx);
      return runs.transition(ctx.tenantId, ctx.runId, status, fields);
    }
  };

  /** A saved workflow, or a built-in one the stack deployed from a template (it has no item in the table). */
  const loadWorkflow = async (tenantId: string, workflowId: string): Promise<WorkflowRecord | undefined> =>
    (await workflows.get(tenantId, workflowId)) ?? builtInWorkflow(tenantId, workflowId);

  const supervisor = {
    async start(p: StartPayload): Promise<ExecutionContext> {
      const c = p.input.context;
      const [wf, settings] = await Promise.all([
        loadWorkflow(c.tenantId, c.workflowId),
        tenants.getTenantSettings(c.tenantId),
      ]);
      if (!wf) throw new NonRetriableError(`Workflow ${c.workflowId} does not exist`);
      const version = c.workflowVersion ?? wf.deployed?.version ?? wf.currentVersion;
      const definition = await definitionOf(wf, version);
      const autoMode = definition.autoMode ?? settings.autoMode;
      const manual = c.triggerType === 'manual';
      const needsApproval = !manual && !autoMode;
      const runId = p.executionName;
      const startedAt = new Date(p.startedAt).toISOString();

      const { run } = await runs.create(c.tenantId, {
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

      const runnable = manual ? wf.status !== 'deleting' : wf.status === 'enabled';
      if (!runnable) {
        const reason = `Workflow "${definition.name}" is ${wf.status}: runs started by ${TRIGGER_WORDS[c.triggerType]} are not executed`;
        const ended = await runs.transition(c.tenantId, runId, 'cancelled', {
          endedAt: clock.now().toISOString(),
          error: { error: 'WorkflowNotEnabled', cause: reason, stepId: null },
        });
        if (ended.changed) await log(ids, '_start', 'warn', reason);
        throw new NonRetriableError(reason);
      }

      const gate = needsApproval
        ? ` Auto Mode is off${definition.autoMode === false ? ' for this workflow' : ' for this account'}: waiting for approval before any step runs.`
        : manual
          ? ''
          : ' Auto Mode is on: running now.';
      // Written on every attempt under the run's start time: a retry rewrites the same entry, never loses it.
      await log(
        ids,
        '_start',
        'info',
        `Run started by ${TRIGGER_WORDS[c.triggerType]}${c.triggerType === 'event' && wf.trigger.event ? ` (${wf.trigger.event})` : ''}, version ${version}${c.dryRun ? ', dry run (nothing is sent or changed)' : ''}.${gate}`,
        undefined,
        run.startedAt,
      );
      await publish('workflow.started', `${c.tenantId}:${runId}:workflow.started`, {
        tenantId: c.tenantId,
        workflowId: c.workflowId,
        runId,
        workflowName: definition.name,
        version,
        triggerType: c.triggerType,
        ...(c.eventId ? { eventId: c.eventId } : {}),
      });

      return ExecutionContext.parse({
        ...c,
        workflowVersion: version,
        workflowName: definition.name,
        runId,
        executionId: p.executionId,
        triggerType: c.triggerType,
        dryRun: c.dryRun ?? false,
        needsApproval,
        autoMode,
        timezone: settings.timezone,
        startedAt: run.startedAt,
      });
    },

    async requestApproval(p: RequestApprovalPayload): Promise<{ approvalId: string }> {
      const ctx = p.context;
      const wf = await loadWorkflow(ctx.tenantId, ctx.workflowId);
      const definition = wf ? await definitionOf(wf, ctx.workflowVersion) : undefined;
      const next = definition
        ? p.stepId === '_run'
          ? definition.steps
          : (stepsAfter(definition.steps, p.stepId) ?? [])
        : [];
      const willDo = describeSteps(next, p.trigger);
      const { approval } = await approvals.create(ctx.tenantId, {
        runId: ctx.runId,
        workflowId: ctx.workflowId,
        workflowName: ctx.workflowName,
        stepId: p.stepId,
        message: p.message,
        willDo,
        ...(p.approvers?.length
          ? { approvers: expandApprovers(p.approvers, (await tenants.getTenantSettings(ctx.tenantId)).team) }
          : {}),
        taskToken: p.taskToken,
        ...(p.trigger ? { trigger: p.trigger } : {}),
      });
      await runs.transition(ctx.tenantId, ctx.runId, 'waiting_approval');
      await log(
        ctx,
        p.stepId,
        'info',
        `Waiting for approval: ${p.message}${p.approvers?.length ? ` (approvers: ${p.approvers.join(', ')})` : ''}`,
        { approvalId: approval.approvalId },
        approval.createdAt,
      );
      const summary =
        willDo.length > 0
          ? `${p.message}. If approved: ${willDo.map((l) => l.trim()).join('; ')}`
          : p.message;
      await publish('approval.requested', `${ctx.tenantId}:${approval.approvalId}:approval.requested`, {
        tenantId: ctx.tenantId,
        workflowId: ctx.workflowId,
        runId: ctx.runId,
        workflowName: ctx.workflowName,
        approvalId: approval.approvalId,
        stepId: p.stepId,
        message: p.message,
        summary: truncate(summary, 2000),
        willDo,
        approvers: p.approvers ?? [],
      });
      return { approvalId: approval.approvalId };
    },

    async registerWait(p: RegisterWaitPayload): Promise<{ registered: true }> {
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

    async finish(p: FinishPayload): Promise<{ status: RunStatus }> {
      const ctx = p.context;
      const rejected = p.outcome === 'rejected';
      const status: RunStatus = rejected ? 'rejected' : 'succeeded';
      const now = clock.now();
      const { run } = await endRun(ctx, status, {
        steps: p.steps,
        endedAt: now.toISOString(),
      });
      await approvals.expireForRun(ctx.tenantId, ctx.runId);
      if (run.status !== status) return { status: run.status };
      // Under the run's recorded end: a retried finish rewrites the same entry (a lost write is made good).
      const endedAt = run.endedAt ?? now.toISOString();
      const stepIds = Object.keys(p.steps);
      const errored = erroredSteps(p.steps);
      let message: string;
      if (rejected) {
        const r = rejection(p.steps);
        message = r?.by
          ? `Run rejected by ${r.by}${r.comment ? `: "${r.comment}"` : ''}; nothing further was done.`
          : 'Run ended without approval (rejected or no decision in time); nothing further was done.';
      } else {
        message = `Run succeeded in ${durationText(run.startedAt, new Date(endedAt))}: ${stepIds.length} step${stepIds.length === 1 ? '' : 's'} recorded${stepIds.length ? ` (${truncate(stepIds.join(', '), 300)})` : ''}.`;
        if (errored.length) message += ` Continued past errors in: ${errored.join(', ')}.`;
      }
      await log(ctx, '_finish', rejected || errored.length ? 'warn' : 'info', message, undefined, endedAt);
      const stepsJson = JSON.stringify(p.steps);
      await publish('workflow.completed', `${ctx.tenantId}:${ctx.runId}:workflow.completed`, {
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
      });
      return { status };
    },

    async fail(p: FailPayload): Promise<{ status: RunStatus }> {
      const ctx = p.context;
      const cause = readableCause(p.error.Cause);
      const now = clock.now();
      const { run } = await endRun(ctx, 'failed', {
        ...(p.steps ? { steps: p.steps } : {}),
        endedAt: now.toISOString(),
        error: { error: p.error.Error, cause, stepId: null },
      });
      await approvals.expireForRun(ctx.tenantId, ctx.runId);
      if (run.status !== 'failed') return { status: run.status };
      const endedAt = run.endedAt ?? now.toISOString();
      await log(
        ctx,
        '_fail',
        'error',
        `Run failed after ${durationText(run.startedAt, new Date(endedAt))}: ${p.error.Error}${cause ? ` — ${truncate(cause, 1000)}` : ''}`,
        undefined,
        endedAt,
      );
      await publish('workflow.failed', `${ctx.tenantId}:${ctx.runId}:workflow.failed`, {
        tenantId: ctx.tenantId,
        workflowId: ctx.workflowId,
        runId: ctx.runId,
        workflowName: ctx.workflowName,
        error: { error: p.error.Error, cause: cause ? truncate(cause, 4000) : null },
      });
      return { status: 'failed' };
    },

    /**
     * Closes runs whose execution ended without reaching "Finish run" or "Record failure" (execution timeout, a stop
     * from the console, a failure of the failure path): from EventBridge's "Step Functions Execution Status Change".
     * A run that already ended is left alone.
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
      const status: RunStatus = change.status === 'ABORTED' ? 'cancelled' : 'failed';
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
                stepId: null,
              };
      const now = clock.now();
      const { run, changed } = await runs.transition(tenantId, change.name, status, {
        endedAt: now.toISOString(),
        error,
      });
      await approvals.expireForRun(tenantId, change.name);
      if (!changed) return { status: run.status };
      const ids = { tenantId, runId: run.runId, workflowId };
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

    /**
     * Records a person's decision (exactly once) and resumes the parked execution: SendTaskSuccess
     * { approved, by, at, comment } or SendTaskFailure ApprovalRejected with the same fields as JSON cause.
     */
    async decideApproval(
      tenantId: string,
      approvalId: string,
      decision: ApprovalDecision,
    ): Promise<ApprovalRecord> {
      if (!deps.engine) throw new Error('decideApproval needs the workflow engine');
      // The same decision by the same person again re-sends a resume that failed; once resumed, it is a no-op.
      const { approval, taskToken, repeated, resumed } = await approvals.decide(
        tenantId,
        approvalId,
        decision,
      );
      if (repeated && resumed) return approval;
      const result = {
        by: approval.decidedBy ?? decision.by,
        at: approval.decidedAt,
        comment: approval.comment,
      };
      try {
        if (decision.approved) await deps.engine.sendTaskSuccess(taskToken, { approved: true, ...result });
        else await deps.engine.sendTaskFailure(taskToken, ERRORS.rejected, JSON.stringify(result));
      } catch (error) {
        const name = (error as { name?: string }).name ?? '';
        if (/TaskTimedOut|TaskDoesNotExist|InvalidToken/.test(name)) {
          throw new ConflictError('The run no longer waits for this approval (it timed out or was stopped)');
        }
        throw error;
      }
      await approvals.markResumed(tenantId, approvalId);
      const ctx = { tenantId, runId: approval.runId, workflowId: approval.workflowId };
      if (decision.approved) await runs.transition(tenantId, approval.runId, 'running');
      await log(
        ctx,
        approval.stepId,
        decision.approved ? 'info' : 'warn',
        `${decision.approved ? 'Approved' : 'Rejected'} by ${decision.by}${decision.comment ? `: "${decision.comment}"` : ''}.`,
      );
      return approval;
    },

    async route(p: RoutePayload): Promise<{ result: string; action: string | null; output: unknown }> {
      const llm = deps.llm;
      if (!llm) throw new NonRetriableError('ai.task needs a model (set BEDROCK_MODEL_ID)');
      const input = CATALOGUE['ai.task'].input.safeParse(p.input);
      if (!input.success) throw new NonRetriableError(`Invalid input for ai.task: ${input.error.message}`);
      const meta = p.meta;
      return withIdempotency(
        db,
        {
          tenantId: meta.tenantId,
          key: `${taskUnit(meta)}#ai.task`,
          clock,
        },
        () => routeOnce(llm, input.data.instruction, input.data.context, meta),
      );
    },
  };

  const toolsFor = (registry: AgentRegistry): { tools: LlmTool[]; byTool: Map<string, ActionName> } => {
    const byTool = new Map<string, ActionName>();
    const tools: LlmTool[] = [];
    for (const name of ACTION_NAMES) {
      const spec = getAction(name);
      if (spec?.performer.kind !== 'agent') continue;
      if (!registry[spec.performer.agent]?.executors[name]) continue;
      const { $schema: _drop, ...schema } = z.toJSONSchema(spec.input, {
        unrepresentable: 'any',
        io: 'input',
      }) as Record<string, unknown>;
      const tool = toolNameOf(name);
      byTool.set(tool, name);
      tools.push({ name: tool, description: `${spec.title}: ${spec.description}`, inputSchema: schema });
    }
    return { tools, byTool };
  };

  const routeOnce = async (
    llm: LlmConfig,
    instruction: string,
    context: Record<string, unknown> | undefined,
    meta: RoutePayload['meta'],
  ): Promise<{ result: string; action: string | null; output: unknown }> => {
    const registry = deps.agents?.() ?? {};
    const { tools, byTool } = toolsFor(registry);
    const recordUsage = (u: { inputTokens: number; outputTokens: number }) =>
      runs.addLlmUsage(meta.tenantId, meta.runId, {
        inputTokens: u.inputTokens,
        outputTokens: u.outputTokens,
      });
    const system =
      'You are the supervisor of a business automation workflow. Carry out the instruction by calling exactly one ' +
      'of the tools with complete, valid input. Use only facts from the instruction and the context; never invent ' +
      'email addresses or ids. If no tool fits, answer in one short sentence without calling a tool.';
    const prompt = `Instruction:\n${instruction}${context ? `\n\nContext (JSON):\n${truncate(JSON.stringify(context), 20_000)}` : ''}`;
    const first = await converse(
      llm,
      { system, prompt, tools, toolChoice: 'auto', maxTokens: 1500 },
      recordUsage,
    );
    let choice = first.toolUse;
    if (!choice) return { result: first.text || 'No action was needed.', action: null, output: null };

    let action = byTool.get(choice.name);
    let problem = action ? checkInput(action, choice.input) : `unknown tool ${choice.name}`;
    if (problem) {
      // One correction round: the model sees why its call was refused.
      const retry = await converse(
        llm,
        {
          system,
          messages: [
            { role: 'user', content: [{ text: prompt }] },
            {
              role: 'assistant',
              content: [
                { toolUse: { toolUseId: choice.toolUseId, name: choice.name, input: choice.input as never } },
              ],
            },
            {
              role: 'user',
              content: [
                {
                  toolResult: {
                    toolUseId: choice.toolUseId,
                    status: 'error',
                    content: [{ text: `Refused: ${problem}. Call the tool again with valid input.` }],
                  },
                },
              ],
            },
          ],
          tools,
          toolChoice: 'any',
          maxTokens: 1500,
        },
        recordUsage,
      );
      choice = retry.toolUse;
      action = choice ? byTool.get(choice.name) : undefined;
      problem = choice && action ? checkInput(action, choice.input) : 'no tool was chosen';
      if (problem || !choice || !action)
        throw new NonRetriableError(`ai.task: the model did not produce a valid action (${problem})`);
    }
    if (!action) throw new NonRetriableError('ai.task: no action');
    const spec = CATALOGUE[action];
    const area = (spec.performer as { agent: AgentName }).agent;
    const parts = registry[area] as AgentParts;
    const output = await runAgentTask({
      area,
      executors: parts.executors,
      ...(parts.previews ? { previews: parts.previews } : {}),
      deps: { db, clock },
      payload: { action, input: choice.input, meta },
    });
    const said = first.text ? `${first.text} ` : '';
    return { result: truncate(`${said}${spec.title} done.`, 4000), action, output };
  };

  const checkInput = (action: ActionName, value: unknown): string | undefined => {
    const parsed = CATALOGUE[action].input.safeParse(value);
    return parsed.success
      ? undefined
      : parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ');
  };

  return supervisor;
};

export type Supervisor = ReturnType<typeof createSupervisor>;

/** Ids of the built-in workflows infra deploys from statemachines/templates (infra/constructs/built-in-workflows.ts). */
export const BUILT_IN_PREFIX = 'builtin-';

const isTemplateId = (id: string): id is TemplateId => (TEMPLATE_IDS as readonly string[]).includes(id);

/** The record of a built-in workflow: enabled, version 1, its definition the template it was compiled from. */
export const builtInWorkflow = (tenantId: string, workflowId: string): WorkflowRecord | undefined => {
  const templateId = workflowId.startsWith(BUILT_IN_PREFIX) ? workflowId.slice(BUILT_IN_PREFIX.length) : '';
  if (!isTemplateId(templateId)) return undefined;
  const definition = TEMPLATES[templateId];
  return {
    tenantId,
    workflowId,
    name: definition.name,
    description: definition.description ?? null,
    status: 'enabled',
    statusReason: 'deployed by the stack',
    trigger: summarizeTrigger(definition.trigger),
    autoMode: definition.autoMode ?? null,
    definition,
    currentVersion: 1,
    deployed: null,
    createdAt: '1970-01-01T00:00:00.000Z',
    updatedAt: '1970-01-01T00:00:00.000Z',
    createdBy: 'stack',
    updatedBy: 'stack',
  };
};

import type * as z from 'zod';
import type { ExecutionContext, SupervisorRegisterWait } from '../../statemachines/contracts';
import { eventSource } from '../../statemachines/events';
import type { WorkflowDefinition } from '../../statemachines/schema';
import { createApprovalRepository } from '../data/approvals';
import { interestFromItem, versionKey } from '../data/event-interest';
import { createLogRepository, type LogLevel } from '../data/logs';
import { batchGetAll, batchWriteAll } from '../data/repository';
import { createRunDeadlines } from '../data/run-deadlines';
import { createRunRepository, type RunStatus } from '../data/runs';
import { settingsKey } from '../data/tenants/schema';
import { createSettingsReads } from '../data/tenants/settings-reads';
import { createWorkflowRepository, type WorkflowRecord } from '../data/workflows';
import { toRecord, wfKey } from '../data/workflows/records';
import { createStartGuard } from '../dispatcher/start-guard';
import { NotFoundError } from '../shared/errors';
import type { MetricsPort } from '../shared/metrics';
import type {
  AgentTasks,
  Clock,
  Database,
  EventPublisher,
  ItemWrite,
  LlmConfig,
  PublishedEvent,
  WorkflowEngine,
} from '../shared/ports';
import { builtInWorkflow } from './built-in';

/** Stores a waitFor task token and resumes at once if the event already arrived (the correlator's registerWait). */
export interface WaitRegistrar {
  registerWait(payload: z.infer<typeof SupervisorRegisterWait>): Promise<unknown>;
}

export interface SupervisorDeps {
  readonly db: Database;
  readonly bus: EventPublisher;
  readonly clock: Clock;
  readonly llm: LlmConfig | undefined;
  /** Needed by decideApproval (resumes the parked execution). */
  readonly engine?: WorkflowEngine;
  /** Needed by registerWait. */
  readonly waits?: WaitRegistrar;
  /** Needed by route (ai.task): where the chosen agent's action runs (its Lambda on AWS, in process locally). */
  readonly agentTasks?: AgentTasks;
  /** RunsStarted / RunsSucceeded / RunsFailed, counted where the run record changes (functions/shared/run-metrics.ts). */
  readonly metrics?: MetricsPort;
}

export { isExpressExecution } from '../shared/execution-arn';

/** An Express execution ends within 5 minutes; its run is swept as timed out a minute after that. */
export const EXPRESS_RUN_DEADLINE_MS = 6 * 60_000;

/** The repositories and helpers every supervisor operation uses, built once from its dependencies. */
export const createSupervisorKit = (deps: SupervisorDeps) => {
  const { db, bus, clock } = deps;
  const workflows = createWorkflowRepository({ db, clock });
  // The supervisor only reads settings (the team for approvers, the time zone): their reads, not the repository with
  // the settings' validation, secrets and API keys.
  const tenants = createSettingsReads({ db });
  const runs = createRunRepository({ db, clock });
  const logs = createLogRepository({ db, clock });
  const approvals = createApprovalRepository({ db, clock });
  const deadlines = createRunDeadlines({ db, clock });
  const startGuard = createStartGuard({ db, clock });

  const eventOf = (
    type: Parameters<typeof eventSource>[0],
    id: string,
    detail: { tenantId: string } & Record<string, unknown>,
    interest?: PublishedEvent['interest'],
  ): PublishedEvent => ({
    detailType: type,
    source: eventSource(type),
    detail,
    id,
    time: clock.now().toISOString(),
    ...(interest ? { interest } : {}),
  });

  /** `interest`: who listens to the type, when this invocation read it already (see PublishedEvent.interest). */
  const publish = (...args: Parameters<typeof eventOf>) => bus.publish([eventOf(...args)]);

  /**
   * Publishes one event and writes `writes` (idempotent puts and deletes) with the feed items its publisher records:
   * one BatchWriteItem after PutEvents (`writesFirst`: before) where the publisher can (EventPublisher.
   * publishWithWrites), else the writes first and then the event.
   */
  const publishWithWrites = async (
    writes: readonly ItemWrite[],
    options: { readonly writesFirst?: boolean },
    ...args: Parameters<typeof eventOf>
  ) => {
    if (bus.publishWithWrites) return bus.publishWithWrites([eventOf(...args)], writes, options);
    await batchWriteAll(db, writes);
    await bus.publish([eventOf(...args)]);
  };

  const entry = (
    ctx: { tenantId: string; runId: string; workflowId: string },
    stepId: string,
    level: LogLevel,
    message: string,
    data?: Record<string, unknown>,
    at?: string,
  ) => ({
    runId: ctx.runId,
    workflowId: ctx.workflowId,
    stepId,
    level,
    message,
    ...(data ? { data } : {}),
    ...(at ? { at } : {}),
  });

  /** Appends a log entry; `at`, a time fixed by a stored record, makes its key the same on every retry. */
  const log = (...args: Parameters<typeof entry>) => logs.append(args[0].tenantId, entry(...args));

  /** A log entry's put, for a caller's BatchWriteItem (`at` fixed, as for log). */
  const logWrite = (...args: Parameters<typeof entry>): ItemWrite => ({
    PutRequest: { Item: logs.entryItem(args[0].tenantId, entry(...args)) },
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
    // The execution that ends the run names itself: stored compactly (functions/data/run-item.ts).
    const ending =
      typeof ctx.executionId === 'string'
        ? { ...fields, executionId: ctx.executionId, workflowId: ctx.workflowId }
        : fields;
    try {
      return await runs.transition(ctx.tenantId, ctx.runId, status, ending);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      await createMissingRun(ctx);
      return runs.transition(ctx.tenantId, ctx.runId, status, ending);
    }
  };

  /** A saved workflow, or a built-in one the stack deployed from a template (it has no item in the table). */
  const loadWorkflow = async (tenantId: string, workflowId: string): Promise<WorkflowRecord | undefined> =>
    (await workflows.get(tenantId, workflowId)) ?? builtInWorkflow(tenantId, workflowId);

  /**
   * The workflow (as loadWorkflow), the tenant's settings and who listens to workflow.started (the interest its
   * publish routes by, read before the run record is written) from one strongly consistent BatchGetItem.
   */
  const loadWorkflowAndSettings = async (tenantId: string, workflowId: string) => {
    const keys = {
      wf: wfKey(tenantId, workflowId),
      settings: settingsKey(tenantId),
      started: versionKey(tenantId, 'workflow.started'),
    };
    const readAtMs = clock.now().getTime();
    const items = await batchGetAll(db, Object.values(keys));
    const itemOf = (key: { pk: string; sk: string }) => items.find((i) => i.pk === key.pk && i.sk === key.sk);
    const wfItem = itemOf(keys.wf);
    return {
      wf: wfItem ? toRecord(wfItem) : builtInWorkflow(tenantId, workflowId),
      settings: tenants.settingsFromItem(tenantId, itemOf(keys.settings)),
      startedInterest: { ...interestFromItem(itemOf(keys.started)), readAtMs },
    };
  };
  return {
    deps,
    clock,
    workflows,
    tenants,
    runs,
    logs,
    approvals,
    deadlines,
    startGuard,
    publish,
    publishWithWrites,
    log,
    logWrite,
    definitionOf,
    endRun,
    loadWorkflow,
    loadWorkflowAndSettings,
  };
};

export type SupervisorKit = ReturnType<typeof createSupervisorKit>;

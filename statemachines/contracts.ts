import * as z from 'zod/mini';
import { MAX_BUSINESS_DAYS } from './limits';
import { builtOnFirstUse } from './zod-kit';

/**
 * What flows between a compiled state machine and the functions it calls. The compiler writes these shapes in
 * Parameters; the supervisor, the agents and the local engine parse them. Change them only together.
 *
 * State data of a running workflow:
 *   $.trigger  the event detail / webhook payload / manual input / schedule info that started the run
 *   $.context  tenantId, workflowId, runId, … (ExecutionContext, filled by the supervisor's start task)
 *   $.steps    results by step id: $.steps.<id> = the action's output (trimmed to its declared keys)
 */

/**
 * ExecutionInput and ExecutionContext, built on the first call: the validator derives the `{{context.…}}` fields from
 * them only when a definition refers to one, so api-workflows does not build them at cold start. The exports below
 * are the same schemas by name.
 */
export const executionSchemas = /* @__PURE__ */ builtOnFirstUse(() => {
  /** Input given to StartExecution by every starter (dispatcher, scheduler, API, webhook path). */
  const ExecutionInput = z.object({
    trigger: z.record(z.string(), z.unknown()),
    context: z.looseObject({
      tenantId: z.string().check(z.minLength(1)),
      workflowId: z.string().check(z.minLength(1)),
      workflowVersion: z.optional(z.number().check(z.int()).check(z.gte(1))),
      triggerType: z.enum(['event', 'schedule', 'manual', 'webhook']),
      /** Bus event id that started the run (event/webhook triggers). */
      eventId: z.optional(z.string()),
      /** Dry run: side-effecting actions are recorded with their inputs and not performed. */
      dryRun: z.optional(z.boolean()),
      /**
       * The run's approval, decided before this execution started (Express workflows with Auto Mode off: the first
       * execution recorded a pending approval and ended; the decision starts this one). Checked against the record.
       */
      approvalId: z.optional(z.string().check(z.minLength(1))),
    }),
  });

  /** $.context after the supervisor's start task. */
  const ExecutionContext = z.looseObject({
    tenantId: z.string(),
    workflowId: z.string(),
    workflowVersion: z.number().check(z.int()),
    workflowName: z.string(),
    runId: z.string(),
    triggerType: z.enum(['event', 'schedule', 'manual', 'webhook']),
    dryRun: z.boolean(),
    /** Whether the run must wait for approval before its steps (Auto Mode off and not manual). */
    needsApproval: z.boolean(),
    /**
     * false: the run asks no approval (no approval step, none before its steps), so its end has none to expire.
     * Absent (a context from before this field): it may have asked one.
     */
    asksApproval: z.optional(z.boolean()),
    timezone: z.string(),
    startedAt: z.string(),
    /** The decision on the run's approval when it was asked before the execution started (see approveBeforeStart). */
    approval: z.optional(
      z.object({
        approvalId: z.string(),
        approved: z.boolean(),
        by: z.nullable(z.string()),
        at: z.nullable(z.string()),
        comment: z.nullable(z.string()),
      }),
    ),
  });

  return { ExecutionInput, ExecutionContext };
});

/** Input given to StartExecution by every starter (dispatcher, scheduler, API, webhook path). */
export const ExecutionInput = /* @__PURE__ */ (() => executionSchemas().ExecutionInput)();
export type ExecutionInput = z.infer<typeof ExecutionInput>;

/** $.context after the supervisor's start task. */
export const ExecutionContext = /* @__PURE__ */ (() => executionSchemas().ExecutionContext)();
export type ExecutionContext = z.infer<typeof ExecutionContext>;

/** Metadata the compiler attaches to every agent invocation. */
export const TaskMeta = /* @__PURE__ */ (() =>
  z.object({
    tenantId: z.string().check(z.minLength(1)),
    workflowId: z.string().check(z.minLength(1)),
    runId: z.string().check(z.minLength(1)),
    executionId: z.string().check(z.minLength(1)),
    stepId: z.string().check(z.minLength(1)),
    /** Index inside a forEach (Map) iteration; -1 outside one. Part of the idempotency key. */
    itemIndex: z.optional(z.number().check(z.int())),
    /**
     * Inside a forEach nested in another forEach: the indexes from the outermost loop in, `"2.5"` (itemIndex alone
     * repeats across outer iterations). Absent otherwise. Part of the idempotency key when present.
     */
    itemPath: z.optional(z.string()),
    /** `$$.State.RetryCount`. */
    attempt: z.optional(z.number().check(z.int())),
    dryRun: z.optional(z.boolean()),
  }))();
export type TaskMeta = z.infer<typeof TaskMeta>;

/** Payload of an agent Lambda invocation (`arn:aws:states:::lambda:invoke`, Payload). */
export const AgentTaskPayload = /* @__PURE__ */ (() =>
  z.object({
    action: z.string().check(z.minLength(1)),
    input: z.record(z.string(), z.unknown()),
    meta: TaskMeta,
  }))();
export type AgentTaskPayload = z.infer<typeof AgentTaskPayload>;

/** Payloads of the supervisor's tasks. */
export const SupervisorStart = /* @__PURE__ */ (() =>
  z.object({
    op: z.literal('start'),
    executionId: z.string(),
    executionName: z.string(),
    startedAt: z.string(),
    input: ExecutionInput,
    /**
     * Express workflows whose runs may need approval (Auto Mode off): an execution cannot wait, so when approval is
     * needed the supervisor records a pending approval that starts the run again once decided, and this execution
     * ends without running a step.
     */
    approveBeforeStart: z.optional(z.literal(true)),
  }))();
export const SupervisorRequestApproval = /* @__PURE__ */ (() =>
  z.object({
    op: z.literal('requestApproval'),
    taskToken: z.string().check(z.minLength(1)),
    context: ExecutionContext,
    /** Step id of an approval step; `_run` for the Auto Mode gate before the whole run. */
    stepId: z.string(),
    /** Position inside a forEach (Map) iteration, so concurrent iterations' approvals stay apart. */
    itemIndex: z.optional(z.number().check(z.int())),
    /** Nested forEach: the indexes from the outermost loop in (see TaskMeta.itemPath). */
    itemPath: z.optional(z.string()),
    message: z.string(),
    approvers: z.optional(z.array(z.string())),
    trigger: z.optional(z.record(z.string(), z.unknown())),
  }))();
export const SupervisorRegisterWait = /* @__PURE__ */ (() =>
  z.object({
    op: z.literal('registerWait'),
    taskToken: z.string().check(z.minLength(1)),
    context: ExecutionContext,
    stepId: z.string(),
    /** Position inside a forEach (Map) iteration, so concurrent iterations' waits stay apart. */
    itemIndex: z.optional(z.number().check(z.int())),
    /** Nested forEach: the indexes from the outermost loop in (see TaskMeta.itemPath). */
    itemPath: z.optional(z.string()),
    event: z.string(),
    /** Correlation: detail field -> expected value, already resolved. */
    match: z.record(z.string(), z.unknown()),
    timeoutSeconds: z.number().check(z.int()),
  }))();
/** When a wait relative to a time in the data ends (compile/control-steps.ts relativeDeadline; relative-time.ts). */
export const SupervisorRelativeDeadline = /* @__PURE__ */ (() =>
  z.object({
    op: z.literal('relativeDeadline'),
    context: ExecutionContext,
    stepId: z.string(),
    /** The referenced value (`{{trigger.booking.start}}`), as the run holds it: checked by the supervisor. */
    at: z.unknown(),
    /** Seconds added to it: negative for `before`. */
    offsetSeconds: z.number().check(z.int()),
    /** The deadline state's `$$.State.EnteredTime`. */
    from: z.string(),
  }))();
/** The deadline of a business-day wait or waitFor timeout (compile/control-steps.ts businessDeadline). */
export const SupervisorBusinessDeadline = /* @__PURE__ */ (() =>
  z.object({
    op: z.literal('businessDeadline'),
    context: ExecutionContext,
    stepId: z.string(),
    businessDays: z.number().check(z.int()).check(z.gte(1)).check(z.lte(MAX_BUSINESS_DAYS)),
    /** When the count starts: the deadline state's `$$.State.EnteredTime`. */
    from: z.iso.datetime({ offset: true }),
  }))();
export const SupervisorFinish = /* @__PURE__ */ (() =>
  z.object({
    op: z.literal('finish'),
    /** `rejected` when an approval was refused or timed out (the compiler's "Finish: rejected" state). @default succeeded */
    outcome: z.optional(z.enum(['succeeded', 'rejected'])),
    context: ExecutionContext,
    steps: z.record(z.string(), z.unknown()),
  }))();
export const SupervisorFail = /* @__PURE__ */ (() =>
  z.object({
    op: z.literal('fail'),
    context: ExecutionContext,
    steps: z.optional(z.record(z.string(), z.unknown())),
    error: z.object({ Error: z.string(), Cause: z.optional(z.string()) }),
  }))();
export const SupervisorRoute = /* @__PURE__ */ (() =>
  z.object({
    op: z.literal('route'),
    input: z.record(z.string(), z.unknown()),
    meta: TaskMeta,
  }))();
export const SupervisorPayload = /* @__PURE__ */ (() =>
  z.discriminatedUnion('op', [
    SupervisorStart,
    SupervisorRequestApproval,
    SupervisorRegisterWait,
    SupervisorRelativeDeadline,
    SupervisorBusinessDeadline,
    SupervisorFinish,
    SupervisorFail,
    SupervisorRoute,
  ]))();
export type SupervisorPayload = z.infer<typeof SupervisorPayload>;

/** Error names thrown by tasks and matched in Retry/Catch. */
export const ERRORS = {
  /** Bad input, missing integration, permanent refusal: never retried. */
  nonRetriable: 'NonRetriableError',
  /** Throttling, timeouts, 5xx from a dependency: retried with backoff. */
  retriable: 'RetriableError',
  /** A booking overlaps another one. */
  conflict: 'ConflictError',
  /** The run was rejected by a person. */
  rejected: 'ApprovalRejected',
} as const;

/** Where the compiler gets resource ARNs: CDK tokens at synth, real ARNs at run time, local ARNs locally. */
export interface ResourceResolver {
  agentFunction(agent: string): string;
  supervisorFunction(): string;
  tableName(): string;
  eventBusName(): string;
  /** The files bucket: item files of a forEach with itemsFrom, and its children's results. */
  filesBucket(): string;
}

/**
 * The unit of work a Step Functions retry repeats: execution, step and position in (nested) forEach loops.
 * Idempotency keys, tracking ids and event ids derive from it, so two iterations never share one.
 */
export const taskUnit = (meta: Pick<TaskMeta, 'executionId' | 'stepId' | 'itemIndex' | 'itemPath'>): string =>
  `${meta.executionId}#${meta.stepId}#${meta.itemPath ?? meta.itemIndex ?? -1}`;

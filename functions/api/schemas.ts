import * as z from 'zod/mini';
import { EVENT_NAMES } from '../../statemachines/events';
import { workflowLanguage } from '../../statemachines/schema';
import { builtOnFirstParse, builtOnFirstUse, described, withMeta } from '../../statemachines/zod-kit';
import { RUN_STATUSES } from '../data/runs';
import { WORKFLOW_STATUSES } from '../data/workflows/records';

/**
 * Request and response schemas of the API routes. The router validates requests with them and the OpenAPI
 * document is generated from them, so the two cannot disagree.
 */

/**
 * The workflow definition as the routes validate it (the language's own schema); named so the OpenAPI document
 * shows it once, as the language's JSON Schema (statemachines/json-schema.ts).
 */
export const WorkflowDefinitionBody = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(workflowLanguage().WorkflowDefinition, { id: 'WorkflowDefinition' }),
);

export const Id = /* @__PURE__ */ (() =>
  z
    .string()
    .check(z.minLength(1))
    .check(z.maxLength(128))
    .check(
      z.regex(
        /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/,
        'must start with a letter or digit, then letters, digits, "-", "_", "." or ":"',
      ),
    ))();

/*
 * Route-level requests (path parameters, queries, bodies) are built on the first request that parses each
 * (`builtOnFirstParse`): a function's cold start builds none of them, and a request builds only its own.
 */
export const IdParams = /* @__PURE__ */ builtOnFirstParse(() => z.object({ id: Id }));
export const RunIdParams = /* @__PURE__ */ builtOnFirstParse(() => z.object({ runId: Id }));

export const Limit = /* @__PURE__ */ (() =>
  described(
    z.optional(z.coerce.number().check(z.int()).check(z.gte(1)).check(z.lte(100))),
    'Page size (1-100)',
  ))();
export const Cursor = /* @__PURE__ */ (() =>
  described(
    z.optional(z.string().check(z.minLength(1)).check(z.maxLength(2048))),
    'nextCursor of the previous page',
  ))();
const pageQuery = /* @__PURE__ */ builtOnFirstUse(() => z.object({ limit: Limit, cursor: Cursor }));
export const PageQuery = /* @__PURE__ */ builtOnFirstParse(pageQuery);

/** Repository pages (`cursor` = the next page's cursor) as the API answers them: `{ items, nextCursor? }`. */
export const pageView = <T>(page: {
  readonly items: readonly T[];
  readonly cursor?: string;
  readonly nextCursor?: string;
}) => {
  const next = page.cursor ?? page.nextCursor;
  return { items: page.items, ...(next ? { nextCursor: next } : {}) };
};

export const pageOf = <T extends z.ZodMiniType>(item: T, id: string) =>
  withMeta(z.object({ items: z.array(item), nextCursor: z.optional(z.string()) }), { id });

const validationIssue = /* @__PURE__ */ builtOnFirstUse(() =>
  z.object({
    path: described(z.string(), 'JSONPath in the definition: $.steps[2].input.to'),
    code: described(z.string(), 'Machine-readable class: unknown-action, bad-reference, …'),
    message: z.string(),
  }),
);

export const ValidationReport = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.object({
      valid: z.boolean(),
      issues: z.array(validationIssue()),
      warnings: described(
        z.array(validationIssue()),
        "What may fail at run time in a definition that saves and runs (value-may-be-missing: a reference that may be null or absent where a step needs a value; condition-rarely-holds: a condition that almost never holds when the trigger's event is published); never makes it invalid",
      ),
    }),
    { id: 'ValidationReport' },
  ),
);

export const TriggerSummary = /* @__PURE__ */ builtOnFirstUse(() =>
  z.looseObject({
    type: z.enum(['event', 'schedule', 'manual', 'webhook']),
    event: z.optional(z.string()),
    source: z.optional(z.string()),
    cron: z.optional(z.string()),
    rate: z.optional(z.string()),
    at: z.optional(z.string()),
    timezone: z.optional(z.string()),
  }),
);

export const Workflow = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.looseObject({
      workflowId: z.string(),
      name: z.string(),
      description: z.nullable(z.string()),
      status: z.enum(WORKFLOW_STATUSES),
      statusReason: z.nullable(z.string()),
      trigger: TriggerSummary(),
      autoMode: z.nullable(z.boolean()),
      definition: WorkflowDefinitionBody(),
      currentVersion: z.number().check(z.int()),
      deployed: z.nullable(
        z.looseObject({
          stateMachineArn: z.nullable(z.string()),
          scheduleArn: z.nullable(z.string()),
          subscriptionKey: z.nullable(z.string()),
          version: z.number().check(z.int()),
          deployedAt: z.string(),
        }),
      ),
      createdAt: z.string(),
      updatedAt: z.string(),
      createdBy: z.nullable(z.string()),
      updatedBy: z.nullable(z.string()),
      builtIn: described(
        z.optional(z.boolean()),
        'true: deployed by the stack from a template (read-only: PUT, DELETE, enable, disable answer 409)',
      ),
      templateId: described(z.optional(z.string()), 'The template a built-in workflow is deployed from'),
    }),
    { id: 'Workflow' },
  ),
);

export const WorkflowWithReport = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(z.object({ workflow: Workflow(), validation: ValidationReport() }), {
    id: 'WorkflowSaved',
  }),
);
export const WorkflowDetail = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(z.object({ workflow: Workflow(), validation: ValidationReport(), diagram: z.string() }), {
    id: 'WorkflowDetail',
  }),
);
export const WorkflowPage = /* @__PURE__ */ builtOnFirstUse(() => pageOf(Workflow(), 'WorkflowPage'));

export const WorkflowListQuery = /* @__PURE__ */ builtOnFirstParse(() =>
  z.extend(pageQuery(), {
    status: z.optional(z.enum(WORKFLOW_STATUSES)),
  }),
);

export const UpdateWorkflowBody = /* @__PURE__ */ builtOnFirstUse(() =>
  z.strictObject({
    /** The version the change was made from (currentVersion of the GET): a newer save -> 409. */
    expectedVersion: z.number().check(z.int()).check(z.gte(1)),
    definition: workflowLanguage().WorkflowDefinition,
    comment: z.optional(z.string().check(z.maxLength(500))),
  }),
);

export const TestWorkflowBody = /* @__PURE__ */ builtOnFirstParse(() =>
  z.optional(
    z.strictObject({
      /** What the trigger carries: event detail, webhook payload or manual input. */
      trigger: z.optional(z.record(z.string(), z.unknown())),
    }),
  ),
);

export const StartRunBody = /* @__PURE__ */ builtOnFirstParse(() =>
  z.optional(
    z.strictObject({
      /** The manual run's input: available to the workflow as `{{trigger.…}}`. */
      input: z.optional(z.record(z.string(), z.unknown())),
    }),
  ),
);

export const RunStatusEnum = /* @__PURE__ */ (() => z.enum(RUN_STATUSES))();

export const Run = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.looseObject({
      runId: z.string(),
      workflowId: z.string(),
      workflowName: z.string(),
      version: z.number().check(z.int()),
      executionId: z.string(),
      status: RunStatusEnum,
      triggerType: z.enum(['event', 'schedule', 'manual', 'webhook']),
      eventId: z.nullable(z.string()),
      dryRun: z.boolean(),
      startedAt: z.string(),
      endedAt: z.nullable(z.string()),
      steps: z.nullable(z.record(z.string(), z.unknown())),
      error: z.nullable(z.looseObject({ error: z.string(), cause: z.nullable(z.string()) })),
    }),
    { id: 'Run' },
  ),
);
export const RunPage = /* @__PURE__ */ builtOnFirstUse(() => pageOf(Run(), 'RunPage'));
export const RunListQuery = /* @__PURE__ */ (() =>
  z.extend(pageQuery(), { status: z.optional(RunStatusEnum) }))();

export const TimelineEntry = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.object({
      name: z.string(),
      stepId: z.optional(z.string()),
      type: z.string(),
      status: z.enum(['running', 'succeeded', 'failed', 'waiting']),
      input: z.optional(z.unknown()),
      output: z.optional(z.unknown()),
      error: z.optional(z.object({ error: z.string(), cause: z.optional(z.string()) })),
      startedAt: z.string(),
      endedAt: z.optional(z.string()),
      retries: z.optional(z.number().check(z.int())),
    }),
    { id: 'TimelineEntry' },
  ),
);

export const Approval = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.looseObject({
      approvalId: z.string(),
      runId: z.string(),
      workflowId: z.string(),
      workflowName: z.string(),
      stepId: z.string(),
      message: z.string(),
      willDo: z.array(z.string()),
      approvers: z.array(z.string()),
      status: described(
        z.enum(['pending', 'approved', 'rejected', 'expired']),
        'expired: the run ended (timed out, failed, stopped) before anyone decided',
      ),
      createdAt: z.string(),
      expiresAt: z.nullable(z.string()),
      decidedBy: z.nullable(z.string()),
      decidedAt: z.nullable(z.string()),
      comment: z.nullable(z.string()),
    }),
    { id: 'Approval' },
  ),
);
export const ApprovalPage = /* @__PURE__ */ builtOnFirstUse(() => pageOf(Approval(), 'ApprovalPage'));

/** Progress of a forEach over an item file (a Distributed Map Run), by item. */
export const ItemProgress = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.object({
      stepId: z.string(),
      status: z.enum(['RUNNING', 'SUCCEEDED', 'FAILED', 'ABORTED']),
      total: z.number().check(z.int()),
      pending: z.number().check(z.int()),
      running: z.number().check(z.int()),
      succeeded: z.number().check(z.int()),
      failed: z.number().check(z.int()),
      timedOut: z.number().check(z.int()),
      aborted: z.number().check(z.int()),
    }),
    { id: 'ItemProgress' },
  ),
);

export const RunDetail = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.object({
      run: Run(),
      timeline: z.array(TimelineEntry()),
      /** Present when the run has a forEach with itemsFrom: its items done, failed and still running. */
      items: z.optional(z.array(ItemProgress())),
      approvals: z.array(Approval()),
      execution: z.nullable(
        z.looseObject({ status: z.string(), startDate: z.string(), stopDate: z.optional(z.string()) }),
      ),
    }),
    { id: 'RunDetail' },
  ),
);

export const RunStarted = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.object({
      runId: z.string(),
      executionArn: z.string(),
      status: RunStatusEnum,
      alreadyStarted: z.boolean(),
    }),
    { id: 'RunStarted' },
  ),
);

export const DecisionBody = /* @__PURE__ */ builtOnFirstParse(() =>
  z.optional(z.strictObject({ comment: z.optional(z.string().check(z.maxLength(2000))) })),
);

export const LogEntry = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.looseObject({
      runId: z.string(),
      workflowId: z.string(),
      stepId: z.string(),
      level: z.enum(['debug', 'info', 'warn', 'error']),
      message: z.string(),
      at: z.string(),
      data: z.optional(z.record(z.string(), z.unknown())),
    }),
    { id: 'LogEntry' },
  ),
);
export const LogPage = /* @__PURE__ */ builtOnFirstUse(() => pageOf(LogEntry(), 'LogPage'));
export const LogQuery = /* @__PURE__ */ builtOnFirstParse(() =>
  z.extend(pageQuery(), { runId: z.optional(Id) }),
);

export const ActivityEvent = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.looseObject({
      eventId: z.string(),
      type: z.string(),
      source: z.string(),
      time: z.string(),
      detail: z.record(z.string(), z.unknown()),
      workflowId: z.optional(z.string()),
      runId: z.optional(z.string()),
      leadId: z.optional(z.string()),
      receivedAt: z.string(),
    }),
    { id: 'ActivityEvent' },
  ),
);
export const ActivityPage = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.object({
      items: z.array(ActivityEvent()),
      nextCursor: z.optional(z.string()),
      newestCursor: z.optional(z.string()),
    }),
    { id: 'ActivityPage' },
  ),
);
export const EventsQuery = /* @__PURE__ */ builtOnFirstParse(() =>
  z.object({
    since: described(
      z.optional(z.string().check(z.minLength(1)).check(z.maxLength(512))),
      'Only events newer than this: a newestCursor from a previous answer, or an ISO time',
    ),
    cursor: described(Cursor, 'nextCursor of the previous page (older events)'),
    type: described(
      z.optional(z.string().check(z.minLength(1)).check(z.maxLength(100))),
      `Event type, e.g. ${EVENT_NAMES.slice(0, 3).join(', ')}`,
    ),
    workflowId: z.optional(Id),
    leadId: z.optional(Id),
    limit: z.optional(z.coerce.number().check(z.int()).check(z.gte(1)).check(z.lte(200))),
  }),
);

export const ScheduleEntry = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(
    z.object({
      workflowId: z.string(),
      name: z.string(),
      status: z.string(),
      expression: z.string(),
      timezone: z.string(),
      nextFireTimes: z.array(z.string()),
      lastRun: z.nullable(
        z.object({
          runId: z.string(),
          status: z.string(),
          startedAt: z.string(),
          endedAt: z.nullable(z.string()),
        }),
      ),
      problem: z.optional(z.string()),
    }),
    { id: 'ScheduleEntry' },
  ),
);
export const ScheduleList = /* @__PURE__ */ builtOnFirstUse(() =>
  withMeta(z.object({ items: z.array(ScheduleEntry()) }), { id: 'ScheduleList' }),
);

import * as z from 'zod';
import { EVENT_NAMES } from '../../statemachines/events';
import { WorkflowDefinition } from '../../statemachines/schema';
import { RUN_STATUSES } from '../data/runs';
import { WORKFLOW_STATUSES } from '../data/workflows';

/**
 * Request and response schemas of the API routes. The router validates requests with them and the OpenAPI
 * document is generated from them, so the two cannot disagree.
 */

/**
 * The workflow definition as the routes validate it (the language's own schema); named so the OpenAPI document
 * shows it once, as the language's JSON Schema (statemachines/json-schema.ts).
 */
export const WorkflowDefinitionBody = WorkflowDefinition.meta({ id: 'WorkflowDefinition' });

export const Id = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'must be letters, digits, "-", "_", "." or ":"');

export const IdParams = z.object({ id: Id });
export const RunIdParams = z.object({ runId: Id });

export const Limit = z.coerce.number().int().min(1).max(100).optional().describe('Page size (1-100)');
export const Cursor = z.string().min(1).max(2048).optional().describe('nextCursor of the previous page');
export const PageQuery = z.object({ limit: Limit, cursor: Cursor });

/** Repository pages (`cursor` = the next page's cursor) as the API answers them: `{ items, nextCursor? }`. */
export const pageView = <T>(page: {
  readonly items: readonly T[];
  readonly cursor?: string;
  readonly nextCursor?: string;
}) => {
  const next = page.cursor ?? page.nextCursor;
  return { items: page.items, ...(next ? { nextCursor: next } : {}) };
};

export const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z.object({ items: z.array(item), nextCursor: z.string().optional() }).meta({ id });

export const ValidationReport = z
  .object({
    valid: z.boolean(),
    issues: z.array(
      z.object({
        path: z.string().describe('JSONPath in the definition: $.steps[2].input.to'),
        code: z.string().describe('Machine-readable class: unknown-action, bad-reference, …'),
        message: z.string(),
      }),
    ),
  })
  .meta({ id: 'ValidationReport' });

export const TriggerSummary = z.looseObject({
  type: z.enum(['event', 'schedule', 'manual', 'webhook']),
  event: z.string().optional(),
  source: z.string().optional(),
  cron: z.string().optional(),
  rate: z.string().optional(),
  at: z.string().optional(),
  timezone: z.string().optional(),
});

export const Workflow = z
  .looseObject({
    workflowId: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    status: z.enum(WORKFLOW_STATUSES),
    statusReason: z.string().nullable(),
    trigger: TriggerSummary,
    autoMode: z.boolean().nullable(),
    definition: WorkflowDefinitionBody,
    currentVersion: z.number().int(),
    deployed: z
      .looseObject({
        stateMachineArn: z.string().nullable(),
        scheduleArn: z.string().nullable(),
        subscriptionKey: z.string().nullable(),
        version: z.number().int(),
        deployedAt: z.string(),
      })
      .nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    createdBy: z.string().nullable(),
    updatedBy: z.string().nullable(),
    builtIn: z
      .boolean()
      .optional()
      .describe(
        'true: deployed by the stack from a template (read-only: PUT, DELETE, enable, disable answer 409)',
      ),
    templateId: z.string().optional().describe('The template a built-in workflow is deployed from'),
  })
  .meta({ id: 'Workflow' });

export const WorkflowWithReport = z
  .object({ workflow: Workflow, validation: ValidationReport })
  .meta({ id: 'WorkflowSaved' });
export const WorkflowDetail = z
  .object({ workflow: Workflow, validation: ValidationReport, diagram: z.string() })
  .meta({ id: 'WorkflowDetail' });
export const WorkflowPage = pageOf(Workflow, 'WorkflowPage');

export const WorkflowListQuery = PageQuery.extend({
  status: z.enum(WORKFLOW_STATUSES).optional(),
});

export const UpdateWorkflowBody = z.strictObject({
  /** The version the change was made from (currentVersion of the GET): a newer save -> 409. */
  expectedVersion: z.number().int().min(1),
  definition: WorkflowDefinition,
  comment: z.string().max(500).optional(),
});

export const TestWorkflowBody = z
  .strictObject({
    /** What the trigger carries: event detail, webhook payload or manual input. */
    trigger: z.record(z.string(), z.unknown()).optional(),
  })
  .optional();

export const StartRunBody = z
  .strictObject({
    /** The manual run's input: available to the workflow as `{{trigger.…}}`. */
    input: z.record(z.string(), z.unknown()).optional(),
  })
  .optional();

export const RunStatusEnum = z.enum(RUN_STATUSES);

export const Run = z
  .looseObject({
    runId: z.string(),
    workflowId: z.string(),
    workflowName: z.string(),
    version: z.number().int(),
    executionId: z.string(),
    status: RunStatusEnum,
    triggerType: z.enum(['event', 'schedule', 'manual', 'webhook']),
    eventId: z.string().nullable(),
    dryRun: z.boolean(),
    startedAt: z.string(),
    endedAt: z.string().nullable(),
    steps: z.record(z.string(), z.unknown()).nullable(),
    error: z.looseObject({ error: z.string(), cause: z.string().nullable() }).nullable(),
  })
  .meta({ id: 'Run' });
export const RunPage = pageOf(Run, 'RunPage');
export const RunListQuery = PageQuery.extend({ status: RunStatusEnum.optional() });

export const TimelineEntry = z
  .object({
    name: z.string(),
    stepId: z.string().optional(),
    type: z.string(),
    status: z.enum(['running', 'succeeded', 'failed', 'waiting']),
    input: z.unknown().optional(),
    output: z.unknown().optional(),
    error: z.object({ error: z.string(), cause: z.string().optional() }).optional(),
    startedAt: z.string(),
    endedAt: z.string().optional(),
    retries: z.number().int().optional(),
  })
  .meta({ id: 'TimelineEntry' });

export const Approval = z
  .looseObject({
    approvalId: z.string(),
    runId: z.string(),
    workflowId: z.string(),
    workflowName: z.string(),
    stepId: z.string(),
    message: z.string(),
    willDo: z.array(z.string()),
    approvers: z.array(z.string()),
    status: z
      .enum(['pending', 'approved', 'rejected', 'expired'])
      .describe('expired: the run ended (timed out, failed, stopped) before anyone decided'),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    comment: z.string().nullable(),
  })
  .meta({ id: 'Approval' });
export const ApprovalPage = pageOf(Approval, 'ApprovalPage');

/** Progress of a forEach over an item file (a Distributed Map Run), by item. */
export const ItemProgress = z
  .object({
    stepId: z.string(),
    status: z.enum(['RUNNING', 'SUCCEEDED', 'FAILED', 'ABORTED']),
    total: z.number().int(),
    pending: z.number().int(),
    running: z.number().int(),
    succeeded: z.number().int(),
    failed: z.number().int(),
    timedOut: z.number().int(),
    aborted: z.number().int(),
  })
  .meta({ id: 'ItemProgress' });

export const RunDetail = z
  .object({
    run: Run,
    timeline: z.array(TimelineEntry),
    /** Present when the run has a forEach with itemsFrom: its items done, failed and still running. */
    items: z.array(ItemProgress).optional(),
    approvals: z.array(Approval),
    execution: z
      .looseObject({ status: z.string(), startDate: z.string(), stopDate: z.string().optional() })
      .nullable(),
  })
  .meta({ id: 'RunDetail' });

export const RunStarted = z
  .object({ runId: z.string(), executionArn: z.string(), status: RunStatusEnum, alreadyStarted: z.boolean() })
  .meta({ id: 'RunStarted' });

export const DecisionBody = z.strictObject({ comment: z.string().max(2000).optional() }).optional();

export const LogEntry = z
  .looseObject({
    runId: z.string(),
    workflowId: z.string(),
    stepId: z.string(),
    level: z.enum(['debug', 'info', 'warn', 'error']),
    message: z.string(),
    at: z.string(),
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'LogEntry' });
export const LogPage = pageOf(LogEntry, 'LogPage');
export const LogQuery = PageQuery.extend({ runId: Id.optional() });

export const ActivityEvent = z
  .looseObject({
    eventId: z.string(),
    type: z.string(),
    source: z.string(),
    time: z.string(),
    detail: z.record(z.string(), z.unknown()),
    workflowId: z.string().optional(),
    runId: z.string().optional(),
    leadId: z.string().optional(),
    receivedAt: z.string(),
  })
  .meta({ id: 'ActivityEvent' });
export const ActivityPage = z
  .object({
    items: z.array(ActivityEvent),
    nextCursor: z.string().optional(),
    newestCursor: z.string().optional(),
  })
  .meta({ id: 'ActivityPage' });
export const EventsQuery = z.object({
  since: z
    .string()
    .min(1)
    .max(512)
    .optional()
    .describe('Only events newer than this: a newestCursor from a previous answer, or an ISO time'),
  cursor: Cursor.describe('nextCursor of the previous page (older events)'),
  type: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe(`Event type, e.g. ${EVENT_NAMES.slice(0, 3).join(', ')}`),
  workflowId: Id.optional(),
  leadId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const ScheduleEntry = z
  .object({
    workflowId: z.string(),
    name: z.string(),
    status: z.string(),
    expression: z.string(),
    timezone: z.string(),
    nextFireTimes: z.array(z.string()),
    lastRun: z
      .object({
        runId: z.string(),
        status: z.string(),
        startedAt: z.string(),
        endedAt: z.string().nullable(),
      })
      .nullable(),
    problem: z.string().optional(),
  })
  .meta({ id: 'ScheduleEntry' });
export const ScheduleList = z.object({ items: z.array(ScheduleEntry) }).meta({ id: 'ScheduleList' });

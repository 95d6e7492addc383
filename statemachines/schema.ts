import * as z from 'zod/mini';
import './zod-kit';

/**
 * The workflow language: a workflow definition is data. This file is the structural schema only; the
 * semantic checks (actions exist, inputs fit, references resolve, durations parse, limits) live in
 * validate/, which reports every problem at once with its JSON path.
 */

export const StepId = /* @__PURE__ */ (() =>
  z
    .string()
    .check(
      z.regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be 1-64 characters: lowercase letters, digits, "-" or "_"'),
    )
    .brand<'StepId'>())();
export type StepId = z.infer<typeof StepId>;

/** ISO-8601 duration (`P2D`, `PT30M`, `P1DT12H`); parsed and range-checked by duration.ts. */
export const IsoDuration = /* @__PURE__ */ (() => z.string().check(z.minLength(2)))();

/**
 * An EventBridge-style filter on the event detail. Either dotted keys (`{ "lead.status": ["new"] }`) or nested
 * objects; leaves are EventBridge pattern arrays (`["new"]`, `[{ "prefix": "a" }]`, `[{ "numeric": [">", 5] }]`).
 */
export const EventFilter = /* @__PURE__ */ (() => z.record(z.string(), z.unknown()))();
export type EventFilter = z.infer<typeof EventFilter>;

export const EventTrigger = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('event'),
    /** A bus event name (see events.ts). */
    event: z.string().check(z.minLength(1)),
    filter: z.optional(EventFilter),
  }))();

export const ScheduleTrigger = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('schedule'),
    /** EventBridge Scheduler cron: 6 fields `min hour day-of-month month day-of-week year`. */
    cron: z.optional(z.string()),
    /** `5 minutes`, `1 hour`, `1 day`. */
    rate: z.optional(z.string()),
    /** One-time: local date-time `2026-12-01T09:00:00` in `timezone`. */
    at: z.optional(z.string()),
    /** IANA time zone. @default the tenant's time zone, else UTC */
    timezone: z.optional(z.string()),
  }))();

export const ManualTrigger = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('manual'),
    /** Names of the input fields a manual run is expected to carry (checked references: `{{trigger.<name>}}`). */
    inputs: z.optional(z.array(z.string().check(z.minLength(1)))),
  }))();

export const WebhookTrigger = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('webhook'),
    /** The `{source}` of `POST /webhooks/{tenantId}/{source}`. */
    source: z
      .string()
      .check(z.regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be lowercase letters, digits, "-" or "_"')),
    /** Optional filter on the webhook payload (same syntax as event filters). */
    filter: z.optional(EventFilter),
  }))();

export const Trigger = /* @__PURE__ */ (() =>
  z.discriminatedUnion('type', [EventTrigger, ScheduleTrigger, ManualTrigger, WebhookTrigger]))();
export type Trigger = z.infer<typeof Trigger>;

export const ComparisonOperators = [
  'eq',
  'ne',
  'gt',
  'gte',
  'lt',
  'lte',
  'contains',
  'startsWith',
  'in',
  'exists',
] as const;
export type ComparisonOperator = (typeof ComparisonOperators)[number];

export const Comparison = /* @__PURE__ */ (() =>
  z.strictObject({
    /** What to look at: `trigger.lead.value`, `steps.find.count` (no braces). */
    path: z.string().check(z.minLength(1)),
    eq: z.optional(z.union([z.string(), z.number(), z.boolean(), z.null()])),
    ne: z.optional(z.union([z.string(), z.number(), z.boolean(), z.null()])),
    gt: z.optional(z.union([z.number(), z.string()])),
    gte: z.optional(z.union([z.number(), z.string()])),
    lt: z.optional(z.union([z.number(), z.string()])),
    lte: z.optional(z.union([z.number(), z.string()])),
    contains: z.optional(z.string()),
    startsWith: z.optional(z.string()),
    in: z.optional(z.array(z.union([z.string(), z.number()])).check(z.minLength(1))),
    exists: z.optional(z.boolean()),
  }))();
export type Comparison = z.infer<typeof Comparison>;

export type Condition = Comparison | { all: Condition[] } | { any: Condition[] } | { not: Condition };
export const Condition: z.ZodMiniType<Condition> = /* @__PURE__ */ (() =>
  z.lazy(() =>
    z.union([
      z.strictObject({ all: z.array(Condition).check(z.minLength(1)) }),
      z.strictObject({ any: z.array(Condition).check(z.minLength(1)) }),
      z.strictObject({ not: Condition }),
      Comparison,
    ]),
  ))();

export const RetryPolicy = /* @__PURE__ */ (() =>
  z.strictObject({
    /** @default the action's policy from the catalogue */
    maxAttempts: z.optional(z.number().check(z.int()).check(z.gte(0)).check(z.lte(10))),
    intervalSeconds: z.optional(z.number().check(z.int()).check(z.gte(1)).check(z.lte(3600))),
    backoffRate: z.optional(z.number().check(z.gte(1)).check(z.lte(10))),
  }))();
export type RetryPolicy = z.infer<typeof RetryPolicy>;

const base = /* @__PURE__ */ (() => ({
  id: StepId,
  /** Display name used for the state name; @default derived from the step ("Send email"). */
  name: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(70))),
  description: z.optional(z.string().check(z.maxLength(500))),
}))();

export type Step = ActionStep | WaitStep | WaitForStep | IfStep | ParallelStep | ForEachStep | ApprovalStep;

export interface ActionStep {
  id: StepId;
  name?: string | undefined;
  description?: string | undefined;
  action: string;
  input?: Record<string, unknown> | undefined;
  retry?: RetryPolicy | undefined;
  /** `fail` (default): the run fails. `continue`: the error is recorded under steps.<id>.error and the run goes on. */
  onError?: 'fail' | 'continue' | undefined;
  /** Task timeout (ISO-8601 duration). */
  timeout?: string | undefined;
}

export interface WaitStep {
  id: StepId;
  name?: string | undefined;
  description?: string | undefined;
  /** ISO duration (`P2D`), or `{ until }` with an ISO timestamp or a reference to one. */
  wait: string | { until: string };
}

export interface WaitForStep {
  id: StepId;
  name?: string | undefined;
  description?: string | undefined;
  waitFor: { event: string; match: Record<string, string>; timeout: string };
  onEvent?: Step[] | undefined;
  onTimeout?: Step[] | undefined;
}

export interface IfStep {
  id: StepId;
  name?: string | undefined;
  description?: string | undefined;
  if: Condition;
  then: Step[];
  else?: Step[] | undefined;
}

export interface ParallelStep {
  id: StepId;
  name?: string | undefined;
  description?: string | undefined;
  parallel: Step[][];
}

export interface ForEachStep {
  id: StepId;
  name?: string | undefined;
  description?: string | undefined;
  forEach: {
    items?: string | undefined;
    itemsFrom?: string | undefined;
    concurrency?: number | undefined;
    toleratedFailurePercent?: number | undefined;
    steps: Step[];
  };
}

export interface ApprovalStep {
  id: StepId;
  name?: string | undefined;
  description?: string | undefined;
  approval: { message: string; approvers?: string[] | undefined; timeout?: string | undefined };
  /** Steps run when rejected or timed out; @default the run ends as rejected. */
  onReject?: Step[] | undefined;
}

export const StepKinds = ['action', 'wait', 'waitFor', 'if', 'parallel', 'forEach', 'approval'] as const;
export type StepKind = (typeof StepKinds)[number];

/** The kind of a step, from its distinguishing key; undefined when it has none (or several). */
export const stepKind = (step: unknown): StepKind | undefined => {
  if (step === null || typeof step !== 'object') return undefined;
  const kinds = StepKinds.filter((k) => (k === 'action' ? 'action' in step : k in step));
  return kinds.length === 1 ? kinds[0] : undefined;
};

const Steps: z.ZodMiniType<Step[]> = /* @__PURE__ */ (() => z.lazy(() => z.array(Step)))();

export const ActionStep = /* @__PURE__ */ (() =>
  z.strictObject({
    ...base,
    action: z.string().check(z.minLength(1)),
    input: z.optional(z.record(z.string(), z.unknown())),
    retry: z.optional(RetryPolicy),
    onError: z.optional(z.enum(['fail', 'continue'])),
    timeout: z.optional(IsoDuration),
  }))();

export const WaitStep = /* @__PURE__ */ (() =>
  z.strictObject({
    ...base,
    wait: z.union([IsoDuration, z.strictObject({ until: z.string().check(z.minLength(1)) })]),
  }))();

export const WaitForStep = /* @__PURE__ */ (() =>
  z.strictObject({
    ...base,
    waitFor: z.strictObject({
      event: z.string().check(z.minLength(1)),
      /** Correlation: event detail field -> expected value (usually a reference). At least one entry. */
      match: z.record(z.string(), z.string()),
      timeout: IsoDuration,
    }),
    onEvent: z.optional(Steps),
    onTimeout: z.optional(Steps),
  }))();

export const IfStep = /* @__PURE__ */ (() =>
  z.strictObject({ ...base, if: Condition, then: Steps, else: z.optional(Steps) }))();

export const ParallelStep = /* @__PURE__ */ (() => z.strictObject({ ...base, parallel: z.array(Steps) }))();

export const ForEachStep = /* @__PURE__ */ (() =>
  z.strictObject({
    ...base,
    forEach: z.strictObject({
      /** A whole reference to a list in the run: `{{steps.find.leads}}` (up to about 1,000 small items). */
      items: z.optional(z.string().check(z.minLength(1))),
      /**
       * Instead of items: a whole reference to an item file, `{{steps.export.leads}}` (crm.exportLeads). Any
       * number of items, each run as its own child execution (a Step Functions Distributed Map).
       */
      itemsFrom: z.optional(z.string().check(z.minLength(1))),
      /** Items processed at once; 0 = no limit. @default 10 with items, no limit (10,000) with itemsFrom */
      concurrency: z.optional(z.number().check(z.int()).check(z.gte(0)).check(z.lte(10_000))),
      /** With itemsFrom: the percentage of items that may fail without failing the step. @default 0 */
      toleratedFailurePercent: z.optional(z.number().check(z.gte(0)).check(z.lte(100))),
      steps: Steps,
    }),
  }))();

export const ApprovalStep = /* @__PURE__ */ (() =>
  z.strictObject({
    ...base,
    approval: z.strictObject({
      message: z.string().check(z.minLength(1)),
      approvers: z.optional(z.array(z.string().check(z.minLength(1)))),
      timeout: z.optional(IsoDuration),
    }),
    onReject: z.optional(Steps),
  }))();

export const STEP_SCHEMAS = {
  action: ActionStep,
  wait: WaitStep,
  waitFor: WaitForStep,
  if: IfStep,
  parallel: ParallelStep,
  forEach: ForEachStep,
  approval: ApprovalStep,
} as const;

export const Step: z.ZodMiniType<Step> = /* @__PURE__ */ (() =>
  z.lazy(() =>
    z.pipe(
      z.custom<unknown>(),
      z.transform((value, ctx) => {
        const kind = stepKind(value);
        if (!kind) {
          ctx.issues.push({
            code: 'custom',
            message: `a step needs exactly one of: ${StepKinds.join(', ')}`,
            input: value,
          });
          return z.NEVER;
        }
        const parsed = STEP_SCHEMAS[kind].safeParse(value);
        if (!parsed.success) {
          for (const issue of parsed.error.issues)
            ctx.issues.push({ ...issue, code: 'custom', path: issue.path, input: value });
          return z.NEVER;
        }
        return parsed.data as Step;
      }),
    ),
  ) as unknown as z.ZodMiniType<Step>)();

export const WorkflowSettings = /* @__PURE__ */ (() =>
  z.strictObject({
    /** STANDARD or EXPRESS. @default chosen for cost: EXPRESS when there is no wait/waitFor/approval */
    type: z.optional(z.enum(['STANDARD', 'EXPRESS'])),
    /** Execution timeout (ISO duration). @default none for STANDARD, PT5M for EXPRESS */
    timeout: z.optional(IsoDuration),
  }))();
export type WorkflowSettings = z.infer<typeof WorkflowSettings>;

export const WorkflowDefinition = /* @__PURE__ */ (() =>
  z.strictObject({
    name: z.string().check(z.trim()).check(z.minLength(1)).check(z.maxLength(80)),
    description: z.optional(z.string().check(z.maxLength(2000))),
    trigger: Trigger,
    /** Overrides the tenant's Auto Mode for this workflow. @default the tenant setting */
    autoMode: z.optional(z.boolean()),
    settings: z.optional(WorkflowSettings),
    steps: Steps,
    /** For editors only: the JSON Schema the file follows (schema/workflow.schema.json). Ignored when running. */
    $schema: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(2000))),
  }))();
export type WorkflowDefinition = z.infer<typeof WorkflowDefinition>;

/** Depth-first walk over every step, with its JSON path (`steps[0].then[1]`) as an array of keys. */
export function* walkSteps(
  steps: readonly Step[],
  path: readonly (string | number)[] = ['steps'],
): Generator<{ step: Step; path: (string | number)[] }> {
  for (const [i, step] of steps.entries()) {
    const here = [...path, i];
    yield { step, path: here };
    for (const [key, children] of childBranches(step)) yield* walkSteps(children, [...here, ...key]);
  }
}

/** The nested step lists of a step, each with its key path relative to the step. */
export const childBranches = (step: Step): [(string | number)[], Step[]][] => {
  if ('then' in step)
    return [[['then'], step.then], ...(step.else ? [[['else'], step.else] as [string[], Step[]]] : [])];
  if ('waitFor' in step)
    return [
      ...(step.onEvent ? [[['onEvent'], step.onEvent] as [string[], Step[]]] : []),
      ...(step.onTimeout ? [[['onTimeout'], step.onTimeout] as [string[], Step[]]] : []),
    ];
  if ('parallel' in step) return step.parallel.map((b, i) => [['parallel', i], b]);
  if ('forEach' in step) return [[['forEach', 'steps'], step.forEach.steps]];
  if ('approval' in step) return step.onReject ? [[['onReject'], step.onReject]] : [];
  return [];
};

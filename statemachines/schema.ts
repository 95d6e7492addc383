import type * as z from 'zod/mini';
import { workflowLanguage } from './language-schemas';
import './zod-kit';

/**
 * The workflow language: a workflow definition is data. This file is the structural schema only (its types here,
 * its schemas built by language-schemas.ts on first use); the
 * semantic checks (actions exist, inputs fit, references resolve, durations parse, limits) live in
 * validate/, which reports every problem at once with its JSON path.
 */

/** Written out (not inferred) so the step types do not depend on the built schemas; checked equal below. */
export type StepId = string & z.core.$brand<'StepId'>;

/**
 * An EventBridge-style filter on the event detail. Either dotted keys (`{ "lead.status": ["new"] }`) or nested
 * objects; leaves are EventBridge pattern arrays (`["new"]`, `[{ "prefix": "a" }]`, `[{ "numeric": [">", 5] }]`).
 */
export type EventFilter = z.infer<typeof EventFilter>;

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

/** Written out, as StepId; checked equal to the schema's type below. */
export interface Comparison {
  path: string;
  eq?: string | number | boolean | null | undefined;
  ne?: string | number | boolean | null | undefined;
  gt?: number | string | undefined;
  gte?: number | string | undefined;
  lt?: number | string | undefined;
  lte?: number | string | undefined;
  contains?: string | number | undefined;
  startsWith?: string | undefined;
  in?: (string | number)[] | undefined;
  exists?: boolean | undefined;
}

export type Condition = Comparison | { all: Condition[] } | { any: Condition[] } | { not: Condition };

/** Written out, as StepId; checked equal to the schema's type below. */
export interface RetryPolicy {
  maxAttempts?: number | undefined;
  intervalSeconds?: number | undefined;
  backoffRate?: number | undefined;
}

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

/** A time counted in the tenant's business days (1 to MAX_BUSINESS_DAYS; validate/ checks the range). */
export interface BusinessDays {
  businessDays: number;
}

export interface WaitUntil {
  until: string;
  before?: string | undefined;
  after?: string | undefined;
}

export interface WaitStep {
  id: StepId;
  name?: string | undefined;
  description?: string | undefined;
  /**
   * ISO duration (`P2D`), or `{ until }` with an ISO timestamp or a reference to one; with a reference, `before` or
   * `after` (an ISO duration) moves the time that much earlier or later (a deadline task computes it); or
   * `{ businessDays }` counted in the tenant's working week, time zone and holidays (business-days.ts).
   */
  wait: string | WaitUntil | BusinessDays;
}

export interface WaitForStep {
  id: StepId;
  name?: string | undefined;
  description?: string | undefined;
  /** timeout: an ISO duration (`P2D`) or `{ businessDays }`. */
  waitFor: { event: string; match: Record<string, string>; timeout: string | BusinessDays };
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

export type WorkflowSettings = z.infer<typeof WorkflowSettings>;

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

export { type StepKind, StepKinds, stepKind, workflowLanguage } from './language-schemas';

/**
 * The schemas by name (language-schemas.ts builds them). Reading one at module scope builds them all at that
 * module's load: code on a cold start path reads `workflowLanguage()` where it parses instead.
 */
export const StepId = /* @__PURE__ */ (() => workflowLanguage().StepId)();
/** ISO-8601 duration (`P2D`, `PT30M`, `P1DT12H`); parsed and range-checked by duration.ts. */
export const IsoDuration = /* @__PURE__ */ (() => workflowLanguage().IsoDuration)();
export const BusinessDays = /* @__PURE__ */ (() => workflowLanguage().BusinessDays)();
export const EventFilter = /* @__PURE__ */ (() => workflowLanguage().EventFilter)();
export const EventTrigger = /* @__PURE__ */ (() => workflowLanguage().EventTrigger)();
export const ScheduleTrigger = /* @__PURE__ */ (() => workflowLanguage().ScheduleTrigger)();
export const ManualTrigger = /* @__PURE__ */ (() => workflowLanguage().ManualTrigger)();
export const WebhookTrigger = /* @__PURE__ */ (() => workflowLanguage().WebhookTrigger)();
export const Trigger = /* @__PURE__ */ (() => workflowLanguage().Trigger)();
export const Comparison = /* @__PURE__ */ (() => workflowLanguage().Comparison)();
export const Condition = /* @__PURE__ */ (() => workflowLanguage().Condition)();
export const RetryPolicy = /* @__PURE__ */ (() => workflowLanguage().RetryPolicy)();
export const ActionStep = /* @__PURE__ */ (() => workflowLanguage().ActionStep)();
export const WaitStep = /* @__PURE__ */ (() => workflowLanguage().WaitStep)();
export const WaitForStep = /* @__PURE__ */ (() => workflowLanguage().WaitForStep)();
export const IfStep = /* @__PURE__ */ (() => workflowLanguage().IfStep)();
export const ParallelStep = /* @__PURE__ */ (() => workflowLanguage().ParallelStep)();
export const ForEachStep = /* @__PURE__ */ (() => workflowLanguage().ForEachStep)();
export const ApprovalStep = /* @__PURE__ */ (() => workflowLanguage().ApprovalStep)();
export const STEP_SCHEMAS = /* @__PURE__ */ (() => workflowLanguage().STEP_SCHEMAS)();
export const Step = /* @__PURE__ */ (() => workflowLanguage().Step)();
export const WorkflowSettings = /* @__PURE__ */ (() => workflowLanguage().WorkflowSettings)();
export const WorkflowDefinition = /* @__PURE__ */ (() => workflowLanguage().WorkflowDefinition)();

/** Compile-time: the written-out types are exactly what the schemas parse to (a drift fails `tsc`). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type WrittenTypesMatch = [
  Holds<Same<StepId, z.output<typeof StepId>>>,
  Holds<Same<Comparison, z.output<typeof Comparison>>>,
  Holds<Same<RetryPolicy, z.output<typeof RetryPolicy>>>,
  Holds<Same<BusinessDays, z.output<typeof BusinessDays>>>,
];

import * as z from 'zod/mini';
import type { Condition, Step } from './schema';
import { builtOnFirstUse } from './zod-kit';

/**
 * The workflow language's schemas (the structure of a definition; schema.ts has its types and exports each schema
 * by name). Kept apart from schema.ts so that the types there do not depend on this builder.
 */

export const StepKinds = ['action', 'wait', 'waitFor', 'if', 'parallel', 'forEach', 'approval'] as const;
export type StepKind = (typeof StepKinds)[number];

/** The kind of a step, from its distinguishing key; undefined when it has none (or several). */
export const stepKind = (step: unknown): StepKind | undefined => {
  if (step === null || typeof step !== 'object') return undefined;
  const kinds = StepKinds.filter((k) => (k === 'action' ? 'action' in step : k in step));
  return kinds.length === 1 ? kinds[0] : undefined;
};

/**
 * The language's schemas (about 230 zod objects), built on the first call and kept: a function that does not parse a
 * definition (api-workflows' list, get and version routes) never builds them, and one that does builds them on its
 * first parse. Each step kind's schema (with what only it uses: conditions for `if`, the retry policy for actions) is
 * built when a parse first meets a step of that kind, so a definition of actions builds neither conditions nor loops.
 * schema.ts exports each by name, for code that reads them at its own module scope (tests, the JSON Schema
 * generator); a bundle that reads only `workflowLanguage()` drops those exports.
 */
const buildLanguage = () => {
  const StepId = z
    .string()
    .check(
      z.regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be 1-64 characters: lowercase letters, digits, "-" or "_"'),
    )
    .brand<'StepId'>();

  const IsoDuration = z.string().check(z.minLength(2));

  /** A time in the tenant's business days: `{ "businessDays": 3 }` (range checked by validate/, at its path). */
  const BusinessDays = z.strictObject({ businessDays: z.number() });

  const EventFilter = z.record(z.string(), z.unknown());

  const EventTrigger = z.strictObject({
    type: z.literal('event'),
    /** A bus event name (see events.ts). */
    event: z.string().check(z.minLength(1)),
    filter: z.optional(EventFilter),
  });

  const ScheduleTrigger = z.strictObject({
    type: z.literal('schedule'),
    /** EventBridge Scheduler cron: 6 fields `min hour day-of-month month day-of-week year`. */
    cron: z.optional(z.string()),
    /** `5 minutes`, `1 hour`, `1 day`. */
    rate: z.optional(z.string()),
    /** One-time: local date-time `2026-12-01T09:00:00` in `timezone`. */
    at: z.optional(z.string()),
    /** IANA time zone. @default the tenant's time zone, else UTC */
    timezone: z.optional(z.string()),
  });

  const ManualTrigger = z.strictObject({
    type: z.literal('manual'),
    /** Names of the input fields a manual run is expected to carry (checked references: `{{trigger.<name>}}`). */
    inputs: z.optional(z.array(z.string().check(z.minLength(1)))),
  });

  const WebhookTrigger = z.strictObject({
    type: z.literal('webhook'),
    /** The `{source}` of `POST /webhooks/{tenantId}/{source}`. */
    source: z
      .string()
      .check(z.regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be lowercase letters, digits, "-" or "_"')),
    /** Optional filter on the webhook payload (same syntax as event filters). */
    filter: z.optional(EventFilter),
  });

  const Trigger = z.discriminatedUnion('type', [
    EventTrigger,
    ScheduleTrigger,
    ManualTrigger,
    WebhookTrigger,
  ]);

  // Built with the first step of their kind (an `if` for conditions, an action for its retry policy): a definition
  // builds the schemas of the step kinds it uses, and a parse meets a kind only where a step has it.
  const comparison = builtOnFirstUse(() =>
    z.strictObject({
      /** What to look at: `trigger.lead.value`, `steps.find.count` (no braces). */
      path: z.string().check(z.minLength(1)),
      eq: z.optional(z.union([z.string(), z.number(), z.boolean(), z.null()])),
      ne: z.optional(z.union([z.string(), z.number(), z.boolean(), z.null()])),
      gt: z.optional(z.union([z.number(), z.string()])),
      gte: z.optional(z.union([z.number(), z.string()])),
      lt: z.optional(z.union([z.number(), z.string()])),
      lte: z.optional(z.union([z.number(), z.string()])),
      contains: z.optional(z.union([z.string(), z.number()])),
      startsWith: z.optional(z.string()),
      in: z.optional(z.array(z.union([z.string(), z.number()])).check(z.minLength(1))),
      exists: z.optional(z.boolean()),
    }),
  );

  const condition = builtOnFirstUse(() => {
    const Condition: z.ZodMiniType<Condition> = z.lazy(() =>
      z.union([
        z.strictObject({ all: z.array(Condition).check(z.minLength(1)) }),
        z.strictObject({ any: z.array(Condition).check(z.minLength(1)) }),
        z.strictObject({ not: Condition }),
        comparison(),
      ]),
    );
    return Condition;
  });

  const retryPolicy = builtOnFirstUse(() =>
    z.strictObject({
      /** @default the action's policy from the catalogue */
      maxAttempts: z.optional(z.number().check(z.int()).check(z.gte(0)).check(z.lte(10))),
      intervalSeconds: z.optional(z.number().check(z.int()).check(z.gte(1)).check(z.lte(3600))),
      backoffRate: z.optional(z.number().check(z.gte(1)).check(z.lte(10))),
    }),
  );

  const base = {
    id: StepId,
    /** Display name used for the state name; @default derived from the step ("Send email"). */
    name: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(70))),
    description: z.optional(z.string().check(z.maxLength(500))),
  };

  const Steps: z.ZodMiniType<Step[]> = z.lazy(() => z.array(Step));

  const built = new Set<StepKind>();
  const kindSchema = <T>(kind: StepKind, build: () => T): (() => T) =>
    builtOnFirstUse(() => {
      built.add(kind);
      return build();
    });

  const ActionStep = kindSchema('action', () =>
    z.strictObject({
      ...base,
      action: z.string().check(z.minLength(1)),
      input: z.optional(z.record(z.string(), z.unknown())),
      retry: z.optional(retryPolicy()),
      onError: z.optional(z.enum(['fail', 'continue'])),
      timeout: z.optional(IsoDuration),
    }),
  );

  const WaitStep = kindSchema('wait', () =>
    z.strictObject({
      ...base,
      wait: z.union([
        IsoDuration,
        z.strictObject({
          until: z.string().check(z.minLength(1)),
          /** That long before the time `until` names (validate/ checks it is a date-time reference). */
          before: z.optional(IsoDuration),
          /** That long after the time `until` names. */
          after: z.optional(IsoDuration),
        }),
        BusinessDays,
      ]),
    }),
  );

  const WaitForStep = kindSchema('waitFor', () =>
    z.strictObject({
      ...base,
      waitFor: z.strictObject({
        event: z.string().check(z.minLength(1)),
        /** Correlation: event detail field -> expected value (usually a reference). At least one entry. */
        match: z.record(z.string(), z.string()),
        /** An ISO duration, or `{ "businessDays": N }`. */
        timeout: z.union([IsoDuration, BusinessDays]),
      }),
      onEvent: z.optional(Steps),
      onTimeout: z.optional(Steps),
    }),
  );

  const IfStep = kindSchema('if', () =>
    z.strictObject({ ...base, if: condition(), then: Steps, else: z.optional(Steps) }),
  );

  const ParallelStep = kindSchema('parallel', () => z.strictObject({ ...base, parallel: z.array(Steps) }));

  const ForEachStep = kindSchema('forEach', () =>
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
    }),
  );

  const ApprovalStep = kindSchema('approval', () =>
    z.strictObject({
      ...base,
      approval: z.strictObject({
        message: z.string().check(z.minLength(1)),
        approvers: z.optional(z.array(z.string().check(z.minLength(1)))),
        timeout: z.optional(IsoDuration),
      }),
      onReject: z.optional(Steps),
    }),
  );

  /** The step schemas by kind, each built on first read: a parse builds those of the kinds its steps have. */
  const STEP_SCHEMAS = {
    get action() {
      return ActionStep();
    },
    get wait() {
      return WaitStep();
    },
    get waitFor() {
      return WaitForStep();
    },
    get if() {
      return IfStep();
    },
    get parallel() {
      return ParallelStep();
    },
    get forEach() {
      return ForEachStep();
    },
    get approval() {
      return ApprovalStep();
    },
  };

  const Step: z.ZodMiniType<Step> = z.lazy(() =>
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
  ) as unknown as z.ZodMiniType<Step>;

  const WorkflowSettings = z.strictObject({
    /** STANDARD or EXPRESS. @default chosen for cost: EXPRESS when there is no wait/waitFor/approval */
    type: z.optional(z.enum(['STANDARD', 'EXPRESS'])),
    /** Execution timeout (ISO duration). @default none for STANDARD, PT5M for EXPRESS */
    timeout: z.optional(IsoDuration),
  });

  const WorkflowDefinition = z.strictObject({
    name: z.string().check(z.trim()).check(z.minLength(1)).check(z.maxLength(80)),
    description: z.optional(z.string().check(z.maxLength(2000))),
    trigger: Trigger,
    /** Overrides the tenant's Auto Mode for this workflow. @default the tenant setting */
    autoMode: z.optional(z.boolean()),
    settings: z.optional(WorkflowSettings),
    steps: Steps,
    /** For editors only: the JSON Schema the file follows (schema/workflow.schema.json). Ignored when running. */
    $schema: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(2000))),
  });

  return {
    StepId,
    IsoDuration,
    BusinessDays,
    EventFilter,
    EventTrigger,
    ScheduleTrigger,
    ManualTrigger,
    WebhookTrigger,
    Trigger,
    get Comparison() {
      return comparison();
    },
    get Condition() {
      return condition();
    },
    get RetryPolicy() {
      return retryPolicy();
    },
    get ActionStep() {
      return ActionStep();
    },
    get WaitStep() {
      return WaitStep();
    },
    get WaitForStep() {
      return WaitForStep();
    },
    get IfStep() {
      return IfStep();
    },
    get ParallelStep() {
      return ParallelStep();
    },
    get ForEachStep() {
      return ForEachStep();
    },
    get ApprovalStep() {
      return ApprovalStep();
    },
    STEP_SCHEMAS,
    /** The step kinds whose schemas this instance has built so far. */
    builtStepKinds: (): StepKind[] => StepKinds.filter((k) => built.has(k)),
    Step,
    WorkflowSettings,
    WorkflowDefinition,
  };
};

/** The workflow language's schemas (one instance each), built on the first call: see buildLanguage. */
export const workflowLanguage: () => ReturnType<typeof buildLanguage> =
  /* @__PURE__ */ builtOnFirstUse(buildLanguage);

/** A new instance of the language in which nothing is built yet (for tests of what is built when). */
export const newWorkflowLanguage = (): ReturnType<typeof buildLanguage> => buildLanguage();

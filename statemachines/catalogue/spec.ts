import * as z from 'zod/mini';
import { $ZodArray, $ZodDefault, $ZodNullable, $ZodObject, $ZodOptional, type $ZodType } from 'zod/v4/core';
import type { EventName } from '../events';
import { builtOnFirstUse } from '../zod-kit';

/**
 * The parts every action spec is made of (performers, retry policies, shared field schemas). The action catalogue: one registry, read by the validator, the compiler, the assistant, the local runtime, the
 * agents and the docs. Action names are a public contract.
 *
 * Output schemas list every key an action returns; agents always return every key (null when absent) because the
 * compiler trims results with a ResultSelector built from these keys.
 */

export const AGENTS = [
  'email',
  'crm',
  'calendar',
  'billing',
  'notify',
  'report',
  'http',
  'files',
  'knowledge',
] as const;
export const AgentName = /* @__PURE__ */ (() => z.enum(AGENTS))();
export type AgentName = z.infer<typeof AgentName>;

/** Who performs an action: an agent Lambda, or a direct Step Functions service integration (no Lambda hop). */
export type Performer =
  | { readonly kind: 'agent'; readonly agent: AgentName }
  | { readonly kind: 'integration'; readonly service: 'dynamodb' | 'eventbridge' }
  /** The supervisor routes free-form `ai.task` steps to the right agent and action (Bedrock tool use). */
  | { readonly kind: 'supervisor' };

export interface ActionRetry {
  /** Attempts after the first. */
  readonly maxAttempts: number;
  readonly intervalSeconds: number;
  readonly backoffRate: number;
  /** Cap on a single backoff interval. */
  readonly maxDelaySeconds: number;
}

export interface ActionSpec<
  I extends z.ZodMiniType = z.ZodMiniType,
  O extends z.ZodMiniObject = z.ZodMiniObject,
> {
  readonly name: string;
  readonly description: string;
  readonly performer: Performer;
  readonly input: I;
  readonly output: O;
  /** Sends, creates or changes something outside the run: idempotent per (execution, step), skipped in dry runs. */
  readonly sideEffect: boolean;
  readonly retry: ActionRetry;
  /** Short verb phrase for default state names: "Send email". */
  readonly title: string;
  /** The bus event the action publishes when it changes something (its detail: EVENT_DETAILS in event-details.ts). */
  readonly emits?: EventName;
}

export const DEFAULT_RETRY: ActionRetry = {
  maxAttempts: 3,
  intervalSeconds: 2,
  backoffRate: 2,
  maxDelaySeconds: 60,
};
export const PATIENT_RETRY: ActionRetry = {
  maxAttempts: 5,
  intervalSeconds: 5,
  backoffRate: 2,
  maxDelaySeconds: 300,
};
export const AI_RETRY: ActionRetry = {
  maxAttempts: 3,
  intervalSeconds: 5,
  backoffRate: 2,
  maxDelaySeconds: 60,
};

export const Email = /* @__PURE__ */ builtOnFirstUse(() => z.email());
export const IsoDateTime = /* @__PURE__ */ builtOnFirstUse(() => z.iso.datetime({ offset: true }));
export const Money = /* @__PURE__ */ builtOnFirstUse(() => z.number().check(z.int()).check(z.gte(0)));
export const Currency = /* @__PURE__ */ builtOnFirstUse(() =>
  z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO-4217 code such as EUR')),
);
export const LeadStatus = /* @__PURE__ */ builtOnFirstUse(() =>
  z.enum(['new', 'contacted', 'qualified', 'customer', 'lost']),
);

export const LeadSummary = /* @__PURE__ */ builtOnFirstUse(() =>
  z.object({
    id: z.string(),
    email: z.string(),
    name: z.nullable(z.string()),
    company: z.nullable(z.string()),
    status: LeadStatus(),
    value: z.nullable(z.number()),
    tags: z.array(z.string()),
  }),
);

/** Element schemas of item files, by the file schema (see itemFile). */
const ITEM_FILES = new WeakMap<z.ZodMiniType, z.ZodMiniType>();

/**
 * A list too big for a run's state (256 KiB), written by the action as a JSON Lines object in the files bucket:
 * `{ key, count }`. A forEach reads it with `itemsFrom` (a Distributed Map); `element` types `{{item}}`.
 */
export const itemFile = (element: z.ZodMiniType) => {
  const file = z.object({ key: z.string(), count: z.number() });
  ITEM_FILES.set(file, element);
  return file;
};

/** The element schema when `schema` is an item file. */
export const itemFileElement = (schema: unknown): z.ZodMiniType | undefined =>
  schema instanceof z.ZodMiniType ? ITEM_FILES.get(schema) : undefined;

export const agent = (a: AgentName): Performer => ({ kind: 'agent', agent: a });

/**
 * An action's spec whose input and output schemas are built on first use: a function reads the few actions it
 * performs or checks, and building every action's schemas took ~40 ms of each Lambda's cold init (docs/performance.md).
 */
export const spec = <I extends z.ZodMiniType, O extends z.ZodMiniObject>(
  s: Omit<ActionSpec<I, O>, 'input' | 'output'> & { readonly input: () => I; readonly output: () => O },
): ActionSpec<I, O> => {
  let input: I | undefined;
  let output: O | undefined;
  return {
    ...s,
    get input() {
      input ??= s.input();
      return input;
    },
    get output() {
      output ??= s.output();
      return output;
    },
  };
};

/**
 * Whether an action input is optional and refuses null: given null (a reference to a field that had none in this
 * run, `{{trigger.invoice.leadId}}`), it is treated as not given (docs/workflow-language.md). A required input given
 * null stays refused.
 */
export const nullMeansAbsent = (schema: $ZodType | undefined): boolean =>
  schema?._zod.optin === 'optional' && !z.safeParse(schema, null).success;

/** The input with each null in an optional input (at any depth of objects and lists) left out, as the agents read it. */
export const withoutNullOptionals = (schema: $ZodType, input: unknown): unknown => {
  let s = schema;
  while (s instanceof $ZodOptional || s instanceof $ZodNullable || s instanceof $ZodDefault)
    s = s._zod.def.innerType;
  if (Array.isArray(input) && s instanceof $ZodArray)
    return input.map((x) => withoutNullOptionals(s._zod.def.element, x));
  if (input === null || typeof input !== 'object' || Array.isArray(input) || !(s instanceof $ZodObject))
    return input;
  const shape = s._zod.def.shape;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) {
    const field = shape[k];
    if (v === null && nullMeansAbsent(field)) continue;
    out[k] = field ? withoutNullOptionals(field, v) : v;
  }
  return out;
};

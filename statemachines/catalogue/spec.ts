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
  /** Rules between inputs that the fields alone do not state; part of `input` (checked wherever it is parsed). */
  readonly inputRules?: readonly InputRule[];
}

/**
 * A rule between inputs: `anyOf`, at least one of these inputs is given (a null counts as not given); `before`,
 * when both are timestamps, the first is earlier than the second.
 */
export type InputRule =
  | { readonly anyOf: readonly [string, string, ...string[]] }
  | { readonly before: readonly [string, string] };

const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(' or ');

/** What a rule says, in the words of the validator's and the agents' messages. */
export const inputRuleText = (action: string, rule: InputRule): string =>
  'anyOf' in rule
    ? `${action} needs ${quoted(rule.anyOf)}`
    : `${action} needs "${rule.before[0]}" before "${rule.before[1]}"`;

/** The input schema with its rules as one check (a rule's issue carries `params.inputs`: the inputs it is about). */
const withRules = <I extends z.ZodMiniType>(action: string, input: I, rules: readonly InputRule[]): I =>
  input.check(
    z.superRefine((value: unknown, ctx) => {
      if (value === null || typeof value !== 'object') return;
      const given = value as Record<string, unknown>;
      for (const rule of rules) {
        if ('anyOf' in rule) {
          if (rule.anyOf.some((k) => given[k] !== undefined && given[k] !== null)) continue;
          ctx.issues.push({
            code: 'custom',
            input: value,
            path: [],
            message: `${inputRuleText(action, rule)}: give at least one of them`,
            params: { inputs: rule.anyOf },
          });
        } else {
          const [first, then] = rule.before;
          const a = given[first];
          const b = given[then];
          if (typeof a !== 'string' || typeof b !== 'string') continue;
          const [from, to] = [Date.parse(a), Date.parse(b)];
          if (Number.isNaN(from) || Number.isNaN(to) || from < to) continue;
          ctx.issues.push({
            code: 'custom',
            input: b,
            path: [then],
            message: `must be later than "${first}" (${a})`,
            params: { inputs: rule.before },
          });
        }
      }
    }),
  ) as I;

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
      input ??= s.inputRules ? withRules(s.name, s.input(), s.inputRules) : s.input();
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

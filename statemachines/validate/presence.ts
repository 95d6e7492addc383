import type * as z from 'zod/mini';
import { nullMeansAbsent } from '../catalogue';
import { MAX_NESTING_DEPTH } from '../limits';
import { nestDottedKeys } from '../patterns/shape';
import { parseReference, type Reference } from '../references';
import type { Scope, ValidationContext } from './context';
import { isRecord, type Path } from './issues';
import { contextShape, type MaybeMissing, type Shape, walkShape } from './shapes';

/**
 * Values that may be missing where an action needs one (a warning, never an error: the workflow stays valid).
 *
 * A reference to a nullable field (`{{trigger.leadId}}` on email.received) passes null to the action, whose input
 * check then fails the step; a reference through a field that may be null or absent (`{{trigger.lead.email}}` when
 * `lead` is null) finds nothing, and Step Functions fails the step with States.Runtime. Either way the run fails at
 * that step. An enclosing if whose condition holds only when the value is there (`exists`, or any comparison but
 * `ne`, on it or on a field inside it) guards it, as does its else when the condition holds only when it is not.
 */

/** Paths known to hold a value (neither null nor absent) on every run that reaches a step: `trigger.lead`. */
export type Present = ReadonlySet<string>;

const canonical = (ref: Reference): string => [ref.root, ...ref.segments].join('.');

/** Every comparison but ne compiles to IsPresent + a type test, so it holds only on a value (compile/conditions.ts). */
const VALUE_OPERATORS = ['exists', 'eq', 'gt', 'gte', 'lt', 'lte', 'contains', 'startsWith', 'in'] as const;

/** The paths a condition proves present when it holds (`true`) or when it does not (`false`). */
export const conditionFacts = (cond: unknown, holds: boolean, depth = 0): string[] => {
  if (!isRecord(cond) || depth > MAX_NESTING_DEPTH * 4) return [];
  if (Array.isArray(cond.all) || Array.isArray(cond.any)) {
    const parts = ((cond.all ?? cond.any) as unknown[]).map((c) => conditionFacts(c, holds, depth + 1));
    // all holds: every part holds (union); any fails: every part fails (union); otherwise one part, unknown which
    const every = Array.isArray(cond.all) === holds;
    if (every) return parts.flat();
    const [first = [], ...rest] = parts;
    return first.filter((f) => rest.every((p) => p.includes(f)));
  }
  if (isRecord(cond.not)) return conditionFacts(cond.not, !holds, depth + 1);
  if (typeof cond.path !== 'string') return [];
  const path = canonical(parseReference(cond.path.trim()));
  if (holds) {
    if (cond.exists === true) return [path];
    if (cond.ne === null) return [path];
    const op = VALUE_OPERATORS.find((o) => o !== 'exists' && cond[o] !== undefined);
    if (op === 'eq' && cond.eq === null) return [];
    if (op === 'in' && Array.isArray(cond.in) && cond.in.includes(null)) return [];
    return op ? [path] : [];
  }
  return cond.exists === false ? [path] : [];
};

/**
 * Whether one EventBridge matcher matches a null or a missing field, as patterns/match.ts matches (not imported: it
 * would grow api-workflows by 2.8 KB; presence.test.ts checks the two agree). `exists: true` matches null (a leaf),
 * `exists: false` a missing field, `anything-but` everything but what it lists; exact values and the text and number
 * operators (prefix, suffix, equals-ignore-case, wildcard, numeric, cidr) match neither.
 */
export const matchesNoValue = (m: unknown): boolean => {
  if (m === null) return true;
  if (!isRecord(m)) return false;
  if ('exists' in m) return true;
  const but = m['anything-but'];
  return 'anything-but' in m && but !== null && !(Array.isArray(but) && but.includes(null));
};

/**
 * The detail paths a trigger filter lets through only with a value (`{ "lead.status": ["new"] }`: `lead.status`,
 * so `lead` too): each list of matchers none of which matches null or a missing field.
 */
export const filterFacts = (filter: unknown, depth = 0): string[] => {
  const nested = nestDottedKeys(filter, 'pattern');
  if (!isRecord(nested) || depth > MAX_NESTING_DEPTH * 4) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(nested)) {
    if (key === '$or' && Array.isArray(value)) {
      const [first = [], ...rest] = value.map((alt) => filterFacts(alt, depth + 1));
      out.push(...first.filter((f) => rest.every((p) => p.includes(f))));
    } else if (Array.isArray(value)) {
      if (value.length > 0 && !value.some(matchesNoValue)) out.push(key);
    } else if (isRecord(value)) {
      out.push(...filterFacts(value, depth + 1).map((f) => `${key}.${f}`));
    }
  }
  return out;
};

/** The scope inside a branch that runs only when these paths hold a value. */
export const withPresent = (scope: Scope, facts: readonly string[]): Scope =>
  facts.length === 0 ? scope : { ...scope, present: new Set([...(scope.present ?? []), ...facts]) };

/**
 * Fields a publisher fills together: `leadId` holds a value whenever `lead` does (email.sent's is `lead?.id ?? null`,
 * functions/agents/email/send-tracked.ts; booking.created's is the lead the booking names).
 */
const FILLED_WITH: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'email.sent': { 'trigger.leadId': 'trigger.lead' },
  'booking.created': { 'trigger.leadId': 'trigger.lead', 'trigger.booking.leadId': 'trigger.lead' },
};

/** A path is guarded when it, or a field inside it, is known to hold a value. */
const guarded = (at: string, present: Present | undefined, event: string | undefined): boolean => {
  if (!present) return false;
  if (present.has(at)) return true;
  for (const p of present) if (p.startsWith(`${at}.`)) return true;
  const partner = event === undefined ? undefined : FILLED_WITH[event]?.[at];
  return partner !== undefined && guarded(partner, present, undefined);
};

/** Where the reference's value may be missing at run time, unguarded; empty when it always holds a value. */
const unguardedMissing = (ctx: ValidationContext, ref: Reference, scope: Scope): MaybeMissing[] => {
  let start: Shape | undefined;
  let label = ref.root;
  let segments = ref.segments;
  switch (ref.root) {
    case 'trigger':
      start = ctx.triggerData;
      break;
    case 'context':
      start = contextShape();
      break;
    case 'item':
      start = scope.item;
      break;
    case 'steps': {
      const [id, ...rest] = ref.segments;
      start = id === undefined ? undefined : scope.steps.get(id);
      label = `steps.${id}`;
      segments = rest;
      break;
    }
  }
  if (!start) return [];
  const walked = walkShape(start, segments, label);
  if (!walked.ok) return [];
  const missing = [...walked.missing];
  // a free-form field a submitter may leave out (the shape is open: any key is valid, none is sure to be there)
  const free = ref.root === 'trigger' && ctx.triggerEvent ? FREE_FORM[ctx.triggerEvent] : undefined;
  const key = ref.segments[1];
  if (free !== undefined && ref.segments[0] === free && key !== undefined)
    missing.push({ at: `trigger.${free}.${key}`, maybe: 'absent' });
  return missing.filter((m) => !guarded(m.at, scope.present, ctx.triggerEvent));
};

/** Event detail objects whose keys are whoever sent them chose (a form's fields): each may be absent. */
const FREE_FORM: Readonly<Record<string, string>> = { 'form.submitted': 'fields' };

/**
 * An `anyOf` rule's inputs (`body` or `html` of email.send), given as whole references each of which may have no
 * value: a null one counts as not given, so when none has one the rule fails at run time. Warned at the first, unless
 * every one of them is already warned (each finds nothing: States.Runtime).
 */
export const checkAnyOfPresence = (
  ctx: ValidationContext,
  action: string,
  rule: readonly string[],
  given: readonly { readonly input: string; readonly ref: Reference | undefined; readonly path: Path }[],
  scope: Scope,
): void => {
  const lacking: { input: string; ref: Reference; path: Path; last: MaybeMissing; nullOnly: boolean }[] = [];
  for (const g of given) {
    if (!g.ref) return; // a value or text: always given
    const missing = unguardedMissing(ctx, g.ref, scope);
    const last = missing[missing.length - 1];
    if (!last) return;
    const nullOnly = missing.length === 1 && last.at === canonical(g.ref) && last.maybe === 'null';
    lacking.push({ input: g.input, ref: g.ref, path: g.path, last, nullOnly });
  }
  const first = lacking[0];
  if (!first || !lacking.some((l) => l.nullOnly)) return;
  const others = rule.filter((k) => !given.some((g) => g.input === k));
  ctx.warn(
    first.path,
    'value-may-be-missing',
    `${lacking.map((l) => `{{${l.ref.expression}}}`).join(' and ')} may have no value, and ${action} needs ${rule.map((k) => `"${k}"`).join(' or ')}: a null one counts as not given, so when none has a value the run fails at this step. To run the step only when there is one, put it in an if with { "path": "${first.last.at}", "exists": true }${others.length > 0 ? `; or give ${others.map((k) => `"${k}"`).join(' or ')} too` : ''}`,
  );
};

/** What receives the value: an action's input (its name and schema) at a path. */
export interface Receiver {
  readonly action: string;
  readonly input: string;
  readonly schema: z.ZodMiniType | undefined;
}

/**
 * Warns when a reference in an action's input may have no value at run time: a whole reference whose value may be
 * null where the input takes no null, or any reference through something that may be null or absent.
 */
export const checkPresence = (
  ctx: ValidationContext,
  ref: Reference,
  path: Path,
  scope: Scope,
  receiver: Receiver,
  whole: boolean,
): void => {
  const end = canonical(ref);
  const all = unguardedMissing(ctx, ref, scope);
  // null at the end is a value in text (written "null"), in an input that accepts null, and "not given" in an optional one
  const nullTolerated =
    !whole || nullMeansAbsent(receiver.schema) || receiver.schema?.safeParse(null).success !== false;
  const missing = all.filter((m) => !(m.at === end && m.maybe === 'null' && nullTolerated));
  const outer = missing[0];
  const last = missing[missing.length - 1];
  if (!outer || !last) return;
  const refused = missing.length === 1 && outer.at === end && outer.maybe === 'null';
  const may = (m: MaybeMissing) => (m.maybe === 'null' ? 'null' : 'missing');
  const what =
    outer.at === end
      ? `{{${ref.expression}}} may be ${may(outer)}`
      : `{{${ref.expression}}} may have no value (${outer.at} may be ${may(outer)})`;
  // an optional input does not need a value; the reference itself fails when what it goes through is missing
  const fails = refused
    ? `, and "${receiver.input}" of ${receiver.action} needs a value: when it has none, ${receiver.action} refuses a null "${receiver.input}"`
    : `: when it has none, the reference for "${receiver.input}" of ${receiver.action} finds nothing (States.Runtime)`;
  ctx.warn(
    path,
    'value-may-be-missing',
    `${what}${fails} and the run fails at this step. To run the step only when there is one, put it in an if with { "path": "${last.at}", "exists": true }; or accept that the run fails then`,
  );
};

import { z } from 'zod';
import { CATALOGUE, getAction, isActionName } from './catalogue';
import { allStates, compileWorkflow, placeholderResolver } from './compile';
import { ExecutionContext, ExecutionInput } from './contracts';
import { parseDuration } from './duration';
import {
  EVENT_DETAIL_FIELDS,
  EVENT_DETAIL_PATHS,
  EVENT_DETAILS,
  EVENT_NAMES,
  type EventName,
  isDeclaredDetailPath,
} from './events';
import {
  MAX_DEFINITION_BYTES,
  MAX_EXPRESS_DURATION_SECONDS,
  MAX_JSON_DEPTH,
  MAX_NESTING_DEPTH,
  MAX_PARALLEL_BRANCHES,
  MAX_STANDARD_DURATION_SECONDS,
  MAX_STATE_NAME_LENGTH,
  MAX_STATES,
  MAX_STEPS,
} from './limits';
import { validateFilter } from './patterns';
import {
  collectReferences,
  isWellFormedReference,
  parseReference,
  parseTemplate,
  type Reference,
  wholeReference,
} from './references';
import { validateSchedule } from './schedule';
import {
  ComparisonOperators,
  STEP_SCHEMAS,
  type StepKind,
  StepKinds,
  stepKind,
  Trigger,
  WorkflowDefinition,
  WorkflowSettings,
  walkSteps,
} from './schema';

/**
 * Validation of a workflow definition before anything runs. Every problem is reported at once, each with the
 * JSONPath of the offending value and a message a person understands. Never throws, whatever the input.
 *
 * Two passes over the input: the zod schema (structure), then a tolerant walk over the raw value (semantics:
 * actions, inputs, references, durations, branches, loops, limits) that checks whatever is well-typed enough to
 * check, so a structural mistake in one step does not hide the problems of the others. When both passes are
 * clean, the compiled state machine is checked against the Step Functions limits.
 */

export interface ValidationIssue {
  /** JSONPath of the offending value: `$.steps[2].then[0].input.to`. */
  readonly path: string;
  /** Stable machine-readable class of the problem: `unknown-action`, `bad-reference`, … */
  readonly code: string;
  readonly message: string;
}

export interface ValidationReport {
  readonly valid: boolean;
  readonly issues: ValidationIssue[];
  /** The parsed definition, when valid. */
  readonly definition?: WorkflowDefinition;
}

type Key = string | number;
type Path = readonly Key[];

export const toJsonPath = (path: Path): string =>
  `$${path
    .map((k) =>
      typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`,
    )
    .join('')}`;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const describe = (v: unknown): string => {
  if (v === null) return 'null';
  if (v === undefined) return 'missing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`;
  return typeof v;
};

const article = (type: string): string => {
  const names: Record<string, string> = {
    string: 'text (a string)',
    number: 'a number',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list',
    record: 'an object',
    int: 'a whole number',
  };
  return names[type] ?? type;
};

const valueAt = (root: unknown, path: Path): unknown => {
  let v: unknown = root;
  for (const k of path) {
    if (Array.isArray(v) && typeof k === 'number') v = v[k];
    else if (isRecord(v) && typeof k === 'string') v = Object.hasOwn(v, k) ? v[k] : undefined;
    else return undefined;
  }
  return v;
};

const levenshtein = (a: string, b: string): number => {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
};

/** The closest candidate, when it is close enough to be a plausible typo. */
export const closest = (word: string, candidates: readonly string[]): string | undefined => {
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const lc = c.toLowerCase();
    const score =
      Math.min(lc.length, w.length) >= 3 && (lc.includes(w) || w.includes(lc))
        ? Math.abs(lc.length - w.length) * 0.5
        : levenshtein(w, lc);
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.ceil(word.length / 3)) ? best : undefined;
};

/** `; did you mean "x"?` or `.` — ends a sentence either way, so more text can follow. */
const didYouMean = (word: string, candidates: readonly string[]): string => {
  const c = closest(word, candidates);
  return c ? `; did you mean "${c}"?` : '.';
};

const list = (names: Iterable<string>): string => [...names].join(', ');

// ----------------------------------------------------------------------------------------------- JSON guard

/** Depth of a value (iteratively, so absurd nesting cannot exhaust the stack); -1 when it contains a cycle. */
const jsonDepth = (value: unknown, stopAt: number): number => {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [v, d] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    if (seen.has(v)) return -1;
    seen.add(v);
    if (d > max) max = d;
    if (max > stopAt) return max;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
};

// ------------------------------------------------------------------------------------------ zod -> issues

interface RawZodIssue {
  readonly code?: string;
  readonly path?: readonly PropertyKey[];
  readonly message?: string;
  readonly expected?: string;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly options?: readonly unknown[];
  readonly note?: string;
  readonly discriminator?: string;
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly errors?: readonly (readonly RawZodIssue[])[];
}

const STEP_KIND_MESSAGE = 'a step needs exactly one of';
const BRANCH_KEYS = new Set(['then', 'else', 'onEvent', 'onTimeout', 'onReject', 'parallel', 'steps']);

const shapeKeys = (schema: unknown): string[] =>
  schema instanceof z.ZodObject ? Object.keys(schema.shape as Record<string, unknown>) : [];

/** Keys allowed in the object at `path` of the definition, for "unknown key" messages. */
const allowedKeysAt = (root: unknown, path: Path): string[] => {
  const here = valueAt(root, path);
  const last = path[path.length - 1];
  if (path.length === 0) return shapeKeys(WorkflowDefinition);
  if (path.length === 1 && last === 'trigger' && isRecord(here)) {
    const option = Trigger.options.find((o) => o.shape.type.value === here.type);
    return option ? shapeKeys(option) : [];
  }
  if (path.length === 1 && last === 'settings') return shapeKeys(WorkflowSettings);
  const parent = valueAt(root, path.slice(0, -1));
  const parentKind = stepKind(parent);
  if (typeof last === 'string' && parentKind && last === parentKind) {
    const inner = shapeKeys((STEP_SCHEMAS[parentKind].shape as Record<string, unknown>)[last]);
    if (inner.length > 0) return inner;
  }
  if (last === 'retry') return shapeKeys(STEP_SCHEMAS.action.shape.retry.unwrap());
  const kind = stepKind(here);
  if (kind) return shapeKeys(STEP_SCHEMAS[kind]);
  if (isRecord(here) && 'path' in here) return ['path', ...ComparisonOperators];
  return [];
};

const stepKindMessage = (value: unknown): string => {
  if (!isRecord(value))
    return `a step must be an object such as { "id": "welcome", "action": "email.send", … }, not ${describe(value)}`;
  const present = StepKinds.filter((k) => k in value);
  if (present.length === 0) {
    return `this step says nothing to do: give it exactly one of ${list(StepKinds.map((k) => `"${k}"`))}`;
  }
  return `this step has ${present.map((k) => `"${k}"`).join(' and ')}; a step has exactly one of ${list(StepKinds.map((k) => `"${k}"`))} (split it into ${present.length} steps)`;
};

const formatMessage = (issue: RawZodIssue): string => {
  switch (issue.format) {
    case 'email':
      return 'must be an email address (or a reference such as {{trigger.lead.email}})';
    case 'url':
      return 'must be an http(s) URL';
    case 'datetime':
      return 'must be an ISO timestamp with offset, e.g. 2026-12-01T09:00:00Z';
    default:
      return issue.message && !issue.message.startsWith('Invalid')
        ? issue.message
        : `must be a valid ${issue.format ?? 'value'}`;
  }
};

const zodToIssues = (issue: RawZodIssue, root: unknown, prefix: Path = []): ValidationIssue[] => {
  const path: Key[] = [...prefix, ...(issue.path ?? []).map((k) => (typeof k === 'number' ? k : String(k)))];
  const at = valueAt(root, path);
  const jp = toJsonPath(path);
  if (issue.message?.startsWith(STEP_KIND_MESSAGE)) {
    return [{ path: jp, code: 'step-kind', message: stepKindMessage(at) }];
  }
  if (issue.note === 'No matching discriminator') {
    return [
      {
        path: jp,
        code: 'unknown-trigger-type',
        message: `the trigger type must be one of ${list((issue.options ?? []).map((o) => `"${String(o)}"`))}, not ${describe(at)}`,
      },
    ];
  }
  if (issue.keys) {
    const allowed = allowedKeysAt(root, path);
    return issue.keys.map((key) => ({
      path: toJsonPath([...path, key]),
      code: 'unknown-key',
      message: `unknown key "${key}"${allowed.length ? `${didYouMean(key, allowed)} Allowed here: ${list(allowed)}` : ''}`,
    }));
  }
  if (issue.errors && issue.errors.length > 0) {
    // A union: report the alternative that came closest (fewest problems).
    const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
    if (best.length > 0) return best.flatMap((i) => zodToIssues(i, root, path));
  }
  if (
    issue.expected !== undefined &&
    (issue.code === 'invalid_type' || issue.message?.startsWith('Invalid input: expected'))
  ) {
    if (at === undefined) {
      const key = path[path.length - 1];
      return [
        {
          path: jp,
          code: key === 'id' ? 'missing-id' : 'missing',
          message:
            key === 'id'
              ? 'this step needs an "id" (lowercase letters, digits, "-" or "_"): results and references use it'
              : `"${String(key)}" is required (${article(issue.expected)})`,
        },
      ];
    }
    return [
      { path: jp, code: 'wrong-type', message: `must be ${article(issue.expected)}, not ${describe(at)}` },
    ];
  }
  if (issue.minimum !== undefined) {
    const n = Number(issue.minimum);
    const message =
      issue.origin === 'array'
        ? `needs at least ${n} item${n === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? n === 1
            ? 'must not be empty'
            : `must be at least ${n} characters`
          : `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${n}`;
    return [{ path: jp, code: 'too-small', message }];
  }
  if (issue.maximum !== undefined) {
    const n = Number(issue.maximum);
    const message =
      issue.origin === 'array'
        ? `has too many items (at most ${n})`
        : issue.origin === 'string'
          ? `is too long (at most ${n} characters)`
          : `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${n}`;
    return [{ path: jp, code: 'too-big', message }];
  }
  if (issue.values) {
    return [
      {
        path: jp,
        code: 'invalid-value',
        message: `must be one of ${list(issue.values.map((v) => JSON.stringify(v)))}, not ${describe(at)}`,
      },
    ];
  }
  if (issue.format) return [{ path: jp, code: 'invalid-format', message: formatMessage(issue) }];
  return [{ path: jp, code: 'invalid', message: issue.message ?? 'is not valid here' }];
};

// ------------------------------------------------------------------------------------------------- shapes

/** What a reference can point into: the type of trigger data, context and step results. */
type Shape =
  | { readonly t: 'open' }
  | { readonly t: 'leaf'; readonly type?: string }
  | { readonly t: 'object'; readonly fields: ReadonlyMap<string, Shape> }
  | { readonly t: 'array'; readonly element: Shape }
  | { readonly t: 'record'; readonly value: Shape }
  | { readonly t: 'forbidden'; readonly message: string; readonly code: string };

const OPEN: Shape = { t: 'open' };
const leaf = (type?: string): Shape => (type === undefined ? { t: 'leaf' } : { t: 'leaf', type });
const object = (fields: Record<string, Shape>): Shape => ({
  t: 'object',
  fields: new Map(Object.entries(fields)),
});

const shapeOfZod = (schema: unknown, depth = 0): Shape => {
  if (depth > 20) return OPEN;
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional)
    return shapeOfZod(schema.unwrap(), depth + 1);
  if (schema instanceof z.ZodObject) {
    const fields: Record<string, Shape> = {};
    for (const [k, v] of Object.entries(schema.shape as Record<string, unknown>))
      fields[k] = shapeOfZod(v, depth + 1);
    return object(fields);
  }
  if (schema instanceof z.ZodArray) return { t: 'array', element: shapeOfZod(schema.element, depth + 1) };
  if (schema instanceof z.ZodRecord) return { t: 'record', value: shapeOfZod(schema.valueType, depth + 1) };
  if (schema instanceof z.ZodString || schema instanceof z.ZodEnum) return leaf('string');
  if (schema instanceof z.ZodNumber) return leaf('number');
  if (schema instanceof z.ZodBoolean) return leaf('boolean');
  return OPEN;
};

/** The detail shape from EVENT_DETAIL_FIELDS: dotted paths nest, `[]` is a list's element, `.*` opens an object. */
const eventDetailShape = (event: string): Shape => {
  const fields = EVENT_DETAIL_FIELDS[event as EventName];
  if (!fields) return OPEN;
  const shapeAt = (prefix: string): Shape => {
    if (fields.includes(`${prefix}.*`)) return OPEN;
    const children = new Set<string>();
    for (const f of fields) {
      if (f.startsWith(`${prefix}[].`)) return { t: 'array', element: shapeAt(`${prefix}[]`) };
      if (f.startsWith(`${prefix}.`))
        children.add((f.slice(prefix.length + 1).split('.')[0] as string).replace(/\[\]$/, ''));
    }
    if (children.size === 0) return leaf();
    return object(Object.fromEntries([...children].map((c) => [c, shapeAt(`${prefix}.${c}`)])));
  };
  const out: Record<string, Shape> = { tenantId: leaf('string') };
  for (const f of fields) {
    const top = f.split('.')[0]?.replace(/\[\]$/, '') as string;
    out[top] ??= shapeAt(top);
  }
  return object(out);
};

const triggerShape = (trigger: unknown): Shape => {
  if (!isRecord(trigger)) return OPEN;
  switch (trigger.type) {
    case 'event':
      return typeof trigger.event === 'string' ? eventDetailShape(trigger.event) : OPEN;
    case 'manual':
      return Array.isArray(trigger.inputs)
        ? object(
            Object.fromEntries(trigger.inputs.filter((i) => typeof i === 'string').map((i) => [i, OPEN])),
          )
        : OPEN;
    case 'schedule':
      return object({ scheduledTime: leaf('string') });
    default:
      return OPEN;
  }
};

const CONTEXT_SHAPE: Shape = (() => {
  const a = shapeOfZod(ExecutionContext);
  const b = shapeOfZod(ExecutionInput.shape.context);
  const fields = new Map<string, Shape>();
  if (b.t === 'object') for (const [k, v] of b.fields) fields.set(k, v);
  if (a.t === 'object') for (const [k, v] of a.fields) fields.set(k, v);
  return { t: 'object', fields };
})();

const describeShape = (s: Shape): string =>
  s.t === 'leaf'
    ? s.type === undefined
      ? 'a single value'
      : article(s.type)
    : s.t === 'array'
      ? 'a list'
      : 'an object';

// ---------------------------------------------------------------------------------------------- the walk

const KIND_RESULTS: Record<StepKind, string> = {
  action: 'the action output',
  wait: 'no result (a wait)',
  waitFor: '',
  if: 'no result of its own (an if; its branches write their own steps)',
  parallel: 'no result of its own (a parallel; its branches write their own steps)',
  forEach: '',
  approval: '',
};

interface StepInfo {
  readonly id: string;
  readonly path: Path;
  readonly order: number;
  readonly kind: StepKind | undefined;
}

interface Scope {
  readonly steps: ReadonlyMap<string, Shape>;
  /** Shape of `{{item}}`; undefined outside forEach bodies. */
  readonly item: Shape | undefined;
  /** Minimum time already spent waiting on every path to here (fixed waits only). */
  readonly elapsed: number;
  readonly depth: number;
}

interface StepOutcome {
  readonly bindings: Map<string, Shape>;
  readonly elapsed: number;
}

const SENTINEL = '\u0000dynaris-reference\u0000';

class Validator {
  readonly issues: ValidationIssue[] = [];
  private readonly stepsById = new Map<string, StepInfo>();
  private readonly stepsByPath = new Map<string, StepInfo>();
  private stepCount = 0;
  private triggerData: Shape = OPEN;
  private triggerEvent: string | undefined;
  private triggerFiltered = false;
  private express = false;
  private timeoutSeconds: number | undefined;
  private unreachableReported = false;

  constructor(private readonly root: unknown) {}

  add(path: Path, code: string, message: string): void {
    this.issues.push({ path: toJsonPath(path), code, message });
  }

  run(): void {
    const def = this.root;
    if (!isRecord(def)) return;
    this.checkTrigger(def.trigger);
    this.checkSettings(def);
    if (!Array.isArray(def.steps)) return;
    this.index(def.steps, ['steps'], 1);
    if (def.steps.length === 0) this.add(['steps'], 'empty-branch', 'a workflow needs at least one step');
    this.sequence(def.steps, ['steps'], { steps: new Map(), item: undefined, elapsed: 0, depth: 1 });
  }

  // --------------------------------------------------------------------------------------- trigger / settings

  private checkTrigger(trigger: unknown): void {
    this.triggerData = triggerShape(trigger);
    if (!isRecord(trigger)) return;
    const filterKey = 'filter';
    if (trigger.type === 'event' && typeof trigger.event === 'string') {
      this.triggerEvent = trigger.event;
      if (!(EVENT_NAMES as readonly string[]).includes(trigger.event)) {
        this.add(
          ['trigger', 'event'],
          'unknown-event',
          `unknown event "${trigger.event}"${didYouMean(trigger.event, EVENT_NAMES)} Events: ${list(EVENT_NAMES)}`,
        );
      }
    }
    if ((trigger.type === 'event' || trigger.type === 'webhook') && trigger[filterKey] !== undefined) {
      this.triggerFiltered = isRecord(trigger[filterKey]) && Object.keys(trigger[filterKey]).length > 0;
      if (isRecord(trigger[filterKey])) {
        for (const p of validateFilter(trigger[filterKey])) {
          const sub =
            p.path === '' ? [] : p.path.split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== '');
          this.add(
            ['trigger', 'filter', ...sub.map((s) => (/^\d+$/.test(s) ? Number(s) : s))],
            'bad-filter',
            p.message,
          );
        }
        if (trigger.type === 'event' && isEventName(trigger.event))
          this.filterFields(trigger.event, trigger[filterKey], [], ['trigger', filterKey]);
      }
    }
    if (trigger.type === 'schedule') {
      const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
      for (const p of validateSchedule({
        cron: str(trigger.cron),
        rate: str(trigger.rate),
        at: str(trigger.at),
        timezone: str(trigger.timezone),
      })) {
        this.add(
          p.field === '' ? ['trigger'] : ['trigger', p.field],
          `bad-${p.field || 'schedule'}`,
          p.message,
        );
      }
    }
  }

  /** Every field a trigger filter tests must be one the event carries (EVENT_DETAIL_PATHS), or it never matches. */
  private filterFields(
    event: EventName,
    filter: Record<string, unknown>,
    prefix: string[],
    path: Path,
  ): void {
    for (const [key, value] of Object.entries(filter)) {
      if (key === '$or') {
        if (Array.isArray(value))
          value.forEach((branch, i) => {
            if (isRecord(branch)) this.filterFields(event, branch, prefix, [...path, key, i]);
          });
        continue;
      }
      const segments = [...prefix, ...key.split('.')];
      if (isRecord(value)) {
        this.filterFields(event, value, segments, [...path, key]);
        continue;
      }
      const detailPath = filterDetailPath(event, segments);
      if (isDeclaredDetailPath(event, detailPath)) continue;
      const shown = segments.join('.');
      const parent = segments.slice(0, -1).join('.');
      const siblings = detailChildren(event, parent);
      const last = segments.at(-1) ?? '';
      const guess = closest(last, siblings);
      this.add(
        [...path, key],
        'unknown-field',
        `the "${event}" event has no field "${shown}", so this filter never matches` +
          `${guess ? `; did you mean "${parent ? `${parent}.` : ''}${guess}"?` : '.'}` +
          `${siblings.length ? ` ${parent ? `"${parent}" has` : 'Its fields are'}: ${list(siblings)}` : ''}`,
      );
    }
  }

  private checkSettings(def: Record<string, unknown>): void {
    const settings = def.settings;
    if (!isRecord(settings)) return;
    this.express = settings.type === 'EXPRESS';
    if (typeof settings.timeout === 'string') {
      const seconds = this.duration(settings.timeout, ['settings', 'timeout']);
      if (seconds !== undefined) {
        this.timeoutSeconds = seconds;
        if (this.express && seconds > MAX_EXPRESS_DURATION_SECONDS) {
          this.add(
            ['settings', 'timeout'],
            'express-timeout',
            'an EXPRESS workflow runs at most 5 minutes (PT5M); use STANDARD for longer runs',
          );
        }
      }
    }
    const trigger = isRecord(def.trigger) ? def.trigger : {};
    if (this.express && def.autoMode !== true && trigger.type !== 'manual') {
      this.add(
        ['settings', 'type'],
        'express-cannot-wait',
        'runs started by events, schedules or webhooks may have to wait for approval first (Auto Mode off), which an EXPRESS workflow cannot do; set "autoMode": true, or use STANDARD',
      );
    }
  }

  private duration(text: string, path: Path): number | undefined {
    const r = parseDuration(text);
    if (!r.ok) {
      this.add(path, 'bad-duration', r.message);
      return undefined;
    }
    if (r.seconds > MAX_STANDARD_DURATION_SECONDS) {
      this.add(path, 'duration-too-long', `"${text}" is longer than one year, the longest a run can last`);
      return undefined;
    }
    return r.seconds;
  }

  // -------------------------------------------------------------------------------------------- indexing

  private index(steps: readonly unknown[], path: Path, depth: number): void {
    for (const [i, step] of steps.entries()) {
      const here = [...path, i];
      this.stepCount += 1;
      if (!isRecord(step)) continue;
      const kind = stepKind(step);
      if (typeof step.id === 'string') {
        const info: StepInfo = { id: step.id, path: here, order: this.stepCount, kind };
        const first = this.stepsById.get(step.id);
        if (first) {
          this.add(
            [...here, 'id'],
            'duplicate-id',
            `step id "${step.id}" is already used at ${toJsonPath(first.path)}; ids must be unique in the whole workflow`,
          );
        } else {
          this.stepsById.set(step.id, info);
        }
        this.stepsByPath.set(toJsonPath(here), info);
      }
      if (depth > MAX_NESTING_DEPTH) continue;
      for (const [key, children] of rawChildren(step)) this.index(children, [...here, ...key], depth + 1);
    }
  }

  // ---------------------------------------------------------------------------------------------- walking

  private sequence(steps: readonly unknown[], path: Path, scope: Scope): StepOutcome {
    const visible = new Map(scope.steps);
    const added = new Map<string, Shape>();
    let elapsed = scope.elapsed;
    for (const [i, step] of steps.entries()) {
      const here = [...path, i];
      if (this.timeoutSeconds !== undefined && elapsed >= this.timeoutSeconds && !this.unreachableReported) {
        this.unreachableReported = true;
        this.add(
          here,
          'unreachable',
          `this step can never run: the waits before it last at least ${elapsed} seconds, and the workflow's timeout (settings.timeout) ends the run after ${this.timeoutSeconds}`,
        );
      }
      const outcome = this.step(step, here, { ...scope, steps: visible, elapsed });
      for (const [k, v] of outcome.bindings) {
        visible.set(k, v);
        added.set(k, v);
      }
      elapsed = outcome.elapsed;
    }
    return { bindings: added, elapsed };
  }

  private step(step: unknown, path: Path, scope: Scope): StepOutcome {
    const none: StepOutcome = { bindings: new Map(), elapsed: scope.elapsed };
    if (!isRecord(step)) return none;
    if (scope.depth > MAX_NESTING_DEPTH) {
      this.add(
        path,
        'too-deep',
        `steps are nested more than ${MAX_NESTING_DEPTH} levels deep here; move part of it to its own workflow`,
      );
      return none;
    }
    const kind = stepKind(step);
    const id = typeof step.id === 'string' ? step.id : undefined;
    const bind = (shape: Shape, extra?: Map<string, Shape>, elapsed = scope.elapsed): StepOutcome => {
      const bindings = new Map(extra);
      if (id !== undefined) bindings.set(id, shape);
      return { bindings, elapsed };
    };
    const noResult = (k: StepKind): Shape => ({
      t: 'forbidden',
      code: 'no-result',
      message: `step "${id}" has ${KIND_RESULTS[k]}`,
    });
    if (this.express && (kind === 'wait' || kind === 'waitFor' || kind === 'approval')) {
      this.add(
        [...path, kind],
        'express-cannot-wait',
        `an EXPRESS workflow cannot ${kind === 'wait' ? 'wait' : kind === 'waitFor' ? 'wait for an event' : 'wait for approval'} (it runs at most 5 minutes, without callbacks); use settings.type STANDARD`,
      );
    }
    const inner = { ...scope, depth: scope.depth + 1 };
    switch (kind) {
      case 'action':
        return bind(this.action(step, path, scope));
      case 'wait': {
        const seconds = this.wait(step.wait, [...path, 'wait'], scope);
        return bind(noResult('wait'), undefined, scope.elapsed + (seconds ?? 0));
      }
      case 'waitFor':
        return bind(this.waitFor(step, path, id, inner));
      case 'if': {
        this.condition(step.if, [...path, 'if'], scope);
        if (Array.isArray(step.then)) {
          if (step.then.length === 0) {
            this.add(
              [...path, 'then'],
              'empty-branch',
              '"then" has no steps; an if needs at least one step to run when its condition holds',
            );
          }
          this.sequence(step.then, [...path, 'then'], inner);
        }
        if (Array.isArray(step.else)) this.sequence(step.else, [...path, 'else'], inner);
        return bind(noResult('if'));
      }
      case 'parallel': {
        const merged = new Map<string, Shape>();
        let elapsed = scope.elapsed;
        if (Array.isArray(step.parallel)) {
          if (step.parallel.length < 2) {
            this.add(
              [...path, 'parallel'],
              'parallel-branches',
              `a parallel step needs at least 2 branches (it has ${step.parallel.length}); for one branch, put its steps in line`,
            );
          }
          if (step.parallel.length > MAX_PARALLEL_BRANCHES) {
            this.add(
              [...path, 'parallel'],
              'parallel-branches',
              `a parallel step has at most ${MAX_PARALLEL_BRANCHES} branches`,
            );
          }
          for (const [b, branch] of step.parallel.entries()) {
            if (!Array.isArray(branch)) continue;
            if (branch.length === 0)
              this.add([...path, 'parallel', b], 'empty-branch', `parallel branch ${b} has no steps`);
            const out = this.sequence(branch, [...path, 'parallel', b], inner);
            for (const [k, v] of out.bindings) merged.set(k, v);
            elapsed = Math.max(elapsed, out.elapsed);
          }
        }
        return bind(noResult('parallel'), merged, elapsed);
      }
      case 'forEach':
        return bind(this.forEach(step, path, inner));
      case 'approval': {
        const shape = object({
          approved: leaf('boolean'),
          by: leaf('string'),
          at: leaf('string'),
          comment: leaf('string'),
        });
        const approval = step.approval;
        if (isRecord(approval)) {
          if (typeof approval.message === 'string')
            this.references(approval.message, [...path, 'approval', 'message'], scope);
          if (Array.isArray(approval.approvers))
            this.references(approval.approvers, [...path, 'approval', 'approvers'], scope);
          if (typeof approval.timeout === 'string')
            this.duration(approval.timeout, [...path, 'approval', 'timeout']);
        }
        if (Array.isArray(step.onReject)) {
          if (step.onReject.length === 0) {
            this.add(
              [...path, 'onReject'],
              'empty-branch',
              '"onReject" has no steps; remove it (the run then ends as rejected) or add steps',
            );
          }
          const steps = new Map(scope.steps);
          if (id !== undefined) steps.set(id, shape);
          this.sequence(step.onReject, [...path, 'onReject'], { ...inner, steps });
        }
        return bind(shape);
      }
      default:
        return none;
    }
  }

  private action(step: Record<string, unknown>, path: Path, scope: Scope): Shape {
    const name = step.action;
    if (typeof step.timeout === 'string') this.duration(step.timeout, [...path, 'timeout']);
    const input = step.input;
    if (input !== undefined) this.references(input, [...path, 'input'], scope);
    if (typeof name !== 'string') return OPEN;
    const spec = getAction(name);
    if (!spec) {
      this.add(
        [...path, 'action'],
        'unknown-action',
        `unknown action "${name}"${didYouMean(name, Object.keys(CATALOGUE))} See the action catalogue in docs/workflow-language.md.`,
      );
      return OPEN;
    }
    if (input === undefined || isRecord(input))
      this.actionInput(spec.input, input ?? {}, [...path, 'input'], scope);
    if (name === 'events.emit' && isRecord(input) && isEventName(input.event))
      this.emittedDetail(input.event, input.detail, [...path, 'input']);
    const emitted =
      name === 'events.emit' && isRecord(input) && typeof input.event === 'string' ? input.event : spec.emits;
    if (emitted !== undefined && emitted === this.triggerEvent && !this.triggerFiltered) {
      this.add(
        [...path, 'action'],
        'self-trigger-loop',
        `"${name}" publishes "${emitted}", the event that starts this workflow, so every run would start another one forever; add a trigger filter that the new event does not match`,
      );
    }
    let shape = shapeOfZod(spec.output);
    if (step.onError === 'continue' && shape.t === 'object') {
      const fields = new Map(shape.fields);
      fields.set('error', object({ Error: leaf('string'), Cause: leaf('string') }));
      shape = { t: 'object', fields };
    }
    if (isActionName(name) && name === 'ai.task') return OPEN;
    return shape;
  }

  /**
   * An emitted platform event carries what every publisher of it sends (the required fields of EVENT_DETAILS), so
   * the workflows it starts can read them. A detail that is one whole reference is not checked.
   */
  private emittedDetail(event: EventName, detail: unknown, path: Path): void {
    if (detail !== undefined && !isRecord(detail)) return;
    const present = new Set(Object.keys(detail ?? {}));
    for (const field of requiredDetailFields(event)) {
      if (present.has(field)) continue;
      this.add(
        detail === undefined ? path : [...path, 'detail'],
        'missing-detail-field',
        `a "${event}" event needs the detail field "${field}": every "${event}" carries it and the workflows it starts read it (fields: see the events table in docs/workflow-language.md)`,
      );
    }
  }

  /** The input against the catalogue schema; whole references may be of any type, templates are text. */
  private actionInput(schema: z.ZodType, input: Record<string, unknown>, path: Path, scope: Scope): void {
    const referencePaths: string[] = [];
    const templatePaths = new Set<string>();
    const replace = (v: unknown, at: Key[]): unknown => {
      if (typeof v === 'string') {
        const ref = wholeReference(v);
        if (ref) {
          referencePaths.push(toJsonPath(at));
          this.referenceType(ref, schemaAt(schema, at), [...path, ...at], scope);
          return SENTINEL;
        }
        if (parseTemplate(v).some((p) => p.kind === 'ref')) templatePaths.add(toJsonPath(at));
        return v;
      }
      if (Array.isArray(v)) return v.map((x, i) => replace(x, [...at, i]));
      if (isRecord(v))
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, replace(x, [...at, k])]));
      return v;
    };
    const prepared = replace(input, []);
    const parsed = schema.safeParse(prepared);
    if (parsed.success) return;
    for (const issue of parsed.error.issues as unknown as RawZodIssue[]) {
      const rel = (issue.path ?? []).map((k) => (typeof k === 'number' ? k : String(k)));
      const jp = toJsonPath(rel);
      if (referencePaths.some((r) => jp === r || jp.startsWith(`${r}.`) || jp.startsWith(`${r}[`))) continue;
      const templated = templatePaths.has(jp);
      if (
        templated &&
        (issue.format !== undefined || issue.values !== undefined || issue.maximum !== undefined)
      )
        continue;
      if (issue.keys && rel.length === 0) {
        const allowed = shapeKeys(schema);
        for (const key of issue.keys) {
          this.add(
            [...path, key],
            'unknown-input',
            `unknown input "${key}"${didYouMean(key, allowed)} Inputs of this action: ${list(allowed)}`,
          );
        }
        continue;
      }
      for (const out of zodToIssues(issue, input, [])) {
        this.issues.push({
          path: toJsonPath([...path]) + out.path.slice(1),
          code: out.code === 'unknown-key' ? 'unknown-input' : 'bad-input',
          message: out.message,
        });
      }
    }
  }

  /** A whole reference passes its value as is: refuse it when its known type differs from the input's type. */
  private referenceType(ref: Reference, expected: z.ZodType | undefined, path: Path, scope: Scope): void {
    const want = expected ? coarseSchemaType(expected) : undefined;
    if (want === undefined) return;
    const shape = this.reference(ref, path, scope, true);
    const have = shape ? coarseShapeType(shape) : undefined;
    if (have === undefined || have === want) return;
    this.add(
      path,
      'type-mismatch',
      `{{${ref.expression}}} is ${article(have)}, but this input needs ${article(want)}${want === 'string' ? '; put text around it to make a string' : ''}`,
    );
  }

  private wait(value: unknown, path: Path, scope: Scope): number | undefined {
    if (typeof value === 'string') return this.duration(value, path);
    if (isRecord(value) && typeof value.until === 'string') {
      const until = value.until;
      const ref = wholeReference(until);
      if (ref) {
        this.reference(ref, [...path, 'until'], scope);
      } else if (parseTemplate(until).some((p) => p.kind === 'ref')) {
        this.add(
          [...path, 'until'],
          'bad-until',
          '"until" must be a timestamp or one whole reference such as {{steps.meeting.start}}, not text around a reference',
        );
      } else if (!z.iso.datetime({ offset: true }).safeParse(until).success) {
        this.add(
          [...path, 'until'],
          'bad-until',
          `"${until}" is not an ISO timestamp with offset such as 2026-12-01T09:00:00Z or 2026-12-01T09:00:00+01:00`,
        );
      }
    }
    return undefined;
  }

  private waitFor(step: Record<string, unknown>, path: Path, id: string | undefined, scope: Scope): Shape {
    const spec = step.waitFor;
    let eventShape: Shape = OPEN;
    let timeoutSeconds: number | undefined;
    if (isRecord(spec)) {
      if (typeof spec.event === 'string') {
        if ((EVENT_NAMES as readonly string[]).includes(spec.event)) {
          eventShape = eventDetailShape(spec.event);
        } else {
          this.add(
            [...path, 'waitFor', 'event'],
            'unknown-event',
            `unknown event "${spec.event}"${didYouMean(spec.event, EVENT_NAMES)} Events: ${list(EVENT_NAMES)}`,
          );
        }
      }
      if (isRecord(spec.match)) {
        const keys = Object.keys(spec.match);
        if (keys.length === 0) {
          this.add(
            [...path, 'waitFor', 'match'],
            'empty-match',
            'match needs at least one field, e.g. { "leadId": "{{trigger.lead.id}}" }, or every event of that type would resume the run',
          );
        }
        for (const key of keys) {
          const check = walkShape(eventShape, key.split('.'), `the "${String(spec.event)}" event`);
          if (!check.ok) this.add([...path, 'waitFor', 'match', key], 'unknown-field', check.message);
          this.references(spec.match[key], [...path, 'waitFor', 'match', key], {
            ...scope,
            depth: scope.depth - 1,
          });
        }
      }
      if (typeof spec.timeout === 'string')
        timeoutSeconds = this.duration(spec.timeout, [...path, 'waitFor', 'timeout']);
    }
    const received = leaf('boolean');
    const inside = object({ received, event: eventShape });
    const outside: Shape = object({
      received,
      event: {
        t: 'forbidden',
        code: 'event-outside-onEvent',
        message: `steps.${id}.event exists only inside "onEvent" of "${id}" (the event may not have arrived elsewhere); check steps.${id}.received instead`,
      },
    });
    const withWait = (shape: Shape): Map<string, Shape> => {
      const steps = new Map(scope.steps);
      if (id !== undefined) steps.set(id, shape);
      return steps;
    };
    if (Array.isArray(step.onEvent))
      this.sequence(step.onEvent, [...path, 'onEvent'], { ...scope, steps: withWait(inside) });
    if (Array.isArray(step.onTimeout)) {
      const elapsed = scope.elapsed + (timeoutSeconds ?? 0);
      if (
        this.timeoutSeconds !== undefined &&
        timeoutSeconds !== undefined &&
        elapsed >= this.timeoutSeconds &&
        step.onTimeout.length > 0
      ) {
        this.unreachableReported = true;
        this.add(
          [...path, 'onTimeout'],
          'unreachable',
          `these steps can never run: the wait times out after ${timeoutSeconds} seconds, but settings.timeout ends the run first (${this.timeoutSeconds} seconds)`,
        );
      }
      this.sequence(step.onTimeout, [...path, 'onTimeout'], { ...scope, steps: withWait(outside), elapsed });
    }
    return outside;
  }

  private forEach(step: Record<string, unknown>, path: Path, scope: Scope): Shape {
    const spec = step.forEach;
    if (!isRecord(spec)) return OPEN;
    let item: Shape = OPEN;
    const outer: Scope = { ...scope, depth: scope.depth - 1 };
    if (typeof spec.items === 'string') {
      const ref = wholeReference(spec.items);
      const itemsPath = [...path, 'forEach', 'items'];
      if (!ref) {
        this.add(
          itemsPath,
          'items-not-reference',
          `"items" must be one whole reference to a list, such as {{steps.find.leads}}, not ${describe(spec.items)}`,
        );
      } else {
        const shape = this.reference(ref, itemsPath, outer);
        if (shape?.t === 'array') item = shape.element;
        else if (shape && shape.t !== 'open' && shape.t !== 'forbidden') {
          this.add(
            itemsPath,
            'items-not-array',
            `{{${ref.expression}}} is ${describeShape(shape)}, not a list; forEach needs a list`,
          );
        }
      }
    }
    let body = new Map<string, Shape>();
    if (Array.isArray(spec.steps)) {
      if (spec.steps.length === 0)
        this.add([...path, 'forEach', 'steps'], 'empty-branch', 'the forEach body has no steps');
      body = this.sequence(spec.steps, [...path, 'forEach', 'steps'], { ...scope, item }).bindings;
    }
    return object({ results: { t: 'array', element: { t: 'object', fields: body } }, count: leaf('number') });
  }

  // ------------------------------------------------------------------------------------------ conditions

  private condition(cond: unknown, path: Path, scope: Scope, depth = 0): void {
    if (!isRecord(cond) || depth > MAX_NESTING_DEPTH * 4) return;
    for (const key of ['all', 'any'] as const) {
      const branch = cond[key];
      if (Array.isArray(branch))
        for (const [i, c] of branch.entries()) this.condition(c, [...path, key, i], scope, depth + 1);
    }
    if (isRecord(cond.not)) this.condition(cond.not, [...path, 'not'], scope, depth + 1);
    if (typeof cond.path !== 'string') return;
    const operators = ComparisonOperators.filter((op) => cond[op] !== undefined);
    if (operators.length === 0) {
      this.add(path, 'missing-operator', `a comparison needs one operator: ${list(ComparisonOperators)}`);
    } else if (operators.length > 1) {
      this.add(
        path,
        'multiple-operators',
        `a comparison has one operator, not ${operators.join(' and ')}; combine comparisons with "all"`,
      );
    }
    const text = cond.path;
    if (text.includes('{{')) {
      this.add(
        [...path, 'path'],
        'bad-reference',
        `write the path without braces: "${text.replace(/\{\{\s*|\s*\}\}/g, '')}"`,
      );
      return;
    }
    const shape = this.reference(parseReference(text), [...path, 'path'], scope);
    const op = operators[0];
    if (shape?.t === 'leaf' && shape.type !== undefined && op !== undefined && operators.length === 1) {
      const value = cond[op];
      const mismatch =
        (shape.type === 'number' && ['contains', 'startsWith'].includes(op)) ||
        (shape.type === 'number' &&
          typeof value === 'string' &&
          ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'].includes(op)) ||
        (shape.type === 'boolean' && !['eq', 'ne', 'exists'].includes(op)) ||
        (shape.type === 'string' &&
          typeof value === 'number' &&
          ['gt', 'gte', 'lt', 'lte', 'eq', 'ne'].includes(op));
      if (mismatch) {
        this.add(
          [...path, op],
          'type-mismatch',
          `${text} is ${article(shape.type)}; "${op}" ${JSON.stringify(value)} can never be true`,
        );
      }
    }
  }

  // ------------------------------------------------------------------------------------------ references

  /** Every `{{…}}` inside a value (any depth): unclosed braces, roots, steps run so far, fields. */
  private references(value: unknown, path: Path, scope: Scope): void {
    const visit = (v: unknown, at: Path): void => {
      if (typeof v === 'string') {
        const stripped = v.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, '');
        if (stripped.includes('{{') || stripped.includes('}}')) {
          this.add(
            at,
            'bad-reference',
            'unbalanced "{{" or "}}"; a reference looks like {{trigger.lead.email}}',
          );
        }
      } else if (Array.isArray(v)) {
        for (const [i, x] of v.entries()) visit(x, [...at, i]);
      } else if (isRecord(v)) {
        for (const [k, x] of Object.entries(v)) visit(x, [...at, k]);
      }
    };
    visit(value, path);
    for (const { ref, path: rel } of collectReferences(value)) this.reference(ref, [...path, ...rel], scope);
  }

  /** Checks one reference; returns the shape it points to, or undefined when it is wrong (already reported). */
  private reference(ref: Reference, path: Path, scope: Scope, quiet = false): Shape | undefined {
    const shown = `{{${ref.expression}}}`;
    if (!isWellFormedReference(ref)) {
      if (!quiet)
        this.add(
          path,
          'bad-reference',
          `${shown} is not a reference; write it as {{trigger.lead.email}}, {{steps.<id>.<field>}} or {{context.tenantId}}`,
        );
      return undefined;
    }
    const fail = (code: string, message: string): undefined => {
      if (!quiet) this.add(path, code, message);
      return undefined;
    };
    const walk = (shape: Shape, segments: readonly string[], label: string): Shape | undefined => {
      const r = walkShape(shape, segments, label);
      return r.ok ? r.shape : fail(r.code, `${shown}: ${r.message}`);
    };
    switch (ref.root) {
      case 'trigger':
        return walk(this.triggerData, ref.segments, 'trigger');
      case 'context':
        return walk(CONTEXT_SHAPE, ref.segments, 'context');
      case 'item':
        if (!scope.item)
          return fail('item-outside-foreach', `${shown}: "item" exists only inside a forEach body`);
        return walk(scope.item, ref.segments, 'item');
      case 'index':
        if (!scope.item)
          return fail('item-outside-foreach', `${shown}: "index" exists only inside a forEach body`);
        if (ref.segments.length > 0)
          return fail('unknown-field', `${shown}: index is a number; it has no fields`);
        return leaf('number');
      case 'steps': {
        const [id, ...rest] = ref.segments;
        if (id === undefined)
          return fail('bad-reference', `${shown}: name a step, as in {{steps.<id>.<field>}}`);
        const shape = scope.steps.get(id);
        if (!shape) return fail('step-not-run', `${shown}: ${this.whyNotAvailable(id, path)}`);
        return walk(shape, rest, `steps.${id}`);
      }
      default:
        return fail(
          'unknown-reference-root',
          `${shown}: a reference starts with trigger, steps or context (item and index inside forEach)${didYouMean(ref.root, ['trigger', 'steps', 'context', 'item', 'index'])}`,
        );
    }
  }

  /** Why `steps.<id>` is not available at `path`: unknown, later, in another branch, inside a loop body. */
  private whyNotAvailable(id: string, path: Path): string {
    const target = this.stepsById.get(id);
    if (!target) return `there is no step "${id}"${didYouMean(id, [...this.stepsById.keys()])}`;
    const here = this.enclosingStep(path);
    if (here && here.id === id) return `a step cannot use its own result`;
    if (!here || target.order > here.order) {
      return `step "${id}" (${toJsonPath(target.path)}) runs after this point; only results of steps that already ran can be used`;
    }
    let common = 0;
    while (common < target.path.length && common < path.length && target.path[common] === path[common])
      common++;
    for (let i = Math.max(1, common - 1); i < target.path.length; i++) {
      const key = target.path[i];
      if (typeof key !== 'string' || !BRANCH_KEYS.has(key)) continue;
      if (key === 'steps' && target.path[i - 1] !== 'forEach') continue;
      const owner = this.stepsByPath.get(toJsonPath(target.path.slice(0, key === 'steps' ? i - 1 : i)));
      const ownerName = owner ? `"${owner.id}"` : 'its parent step';
      switch (key) {
        case 'steps':
          return `step "${id}" is inside the body of forEach ${ownerName}; outside the loop use {{steps.${owner?.id ?? '<loop>'}.results}}`;
        case 'parallel':
          return `step "${id}" runs in another branch of parallel ${ownerName} at the same time; branches cannot use each other's results`;
        case 'then':
        case 'else':
          return `step "${id}" runs only in the "${key}" branch of if ${ownerName}, so it has not run on every path to here`;
        case 'onEvent':
        case 'onTimeout':
          return `step "${id}" runs only in "${key}" of waitFor ${ownerName}, so it has not run on every path to here`;
        case 'onReject':
          return `step "${id}" runs only when approval ${ownerName} is rejected, and the run ends after it`;
      }
    }
    return `step "${id}" has not run on every path to here`;
  }

  private enclosingStep(path: Path): StepInfo | undefined {
    for (let i = path.length; i > 0; i--) {
      const info = this.stepsByPath.get(toJsonPath(path.slice(0, i)));
      if (info) return info;
    }
    return undefined;
  }
}

const isEventName = (v: unknown): v is EventName =>
  typeof v === 'string' && (EVENT_NAMES as readonly string[]).includes(v);

/** Detail fields (beyond tenantId) that every publisher of the event sends. */
const requiredDetailFields = (event: EventName): string[] =>
  Object.entries(EVENT_DETAILS[event].shape as Record<string, z.ZodType>)
    .filter(([key, schema]) => key !== 'tenantId' && !schema.safeParse(undefined).success)
    .map(([key]) => key);

/** Filter keys name list elements without `[]` (EventBridge matches each element): `invoice.lines[].description`. */
const filterDetailPath = (event: EventName, segments: readonly string[]): string => {
  const paths = EVENT_DETAIL_PATHS[event];
  let out = '';
  for (const seg of segments) {
    out = !out ? seg : paths.some((p) => p.startsWith(`${out}[].`)) ? `${out}[].${seg}` : `${out}.${seg}`;
  }
  return out;
};

/** The declared fields directly under a dotted path of the detail ('' = the top level). */
const detailChildren = (event: EventName, parent: string): string[] => {
  const names = new Set<string>();
  for (const p of EVENT_DETAIL_PATHS[event]) {
    const plain = p.replaceAll('[]', '');
    if (parent && !plain.startsWith(`${parent}.`)) continue;
    const rest = parent ? plain.slice(parent.length + 1) : plain;
    const child = rest.split('.')[0];
    if (child && child !== '*') names.add(child);
  }
  return [...names];
};

type WalkResult = { ok: true; shape: Shape } | { ok: false; code: string; message: string };

const walkShape = (start: Shape, segments: readonly string[], label: string): WalkResult => {
  let shape = start;
  let at = label;
  for (const seg of segments) {
    switch (shape.t) {
      case 'open':
        return { ok: true, shape: OPEN };
      case 'forbidden':
        return { ok: false, code: shape.code, message: shape.message };
      case 'leaf':
        return {
          ok: false,
          code: 'unknown-field',
          message: `${at} is ${describeShape(shape)}; it has no field "${seg}"`,
        };
      case 'record':
        shape = shape.value;
        break;
      case 'array':
        if (!/^\d+$/.test(seg)) {
          return {
            ok: false,
            code: 'unknown-field',
            message: `${at} is a list; use an index (${at}.0) or go through it with forEach`,
          };
        }
        shape = shape.element;
        break;
      case 'object': {
        const next = shape.fields.get(seg);
        if (!next) {
          const names = [...shape.fields.keys()];
          return {
            ok: false,
            code: 'unknown-field',
            message: `${at} has no field "${seg}"${didYouMean(seg, names)}${names.length ? ` It has: ${list(names)}` : ''}`,
          };
        }
        shape = next;
        break;
      }
    }
    at = `${at}.${seg}`;
  }
  if (shape.t === 'forbidden') return { ok: false, code: shape.code, message: shape.message };
  return { ok: true, shape };
};

/** The part of an input schema at a path (objects, lists, records; optional/nullable unwrapped). */
const schemaAt = (schema: z.ZodType, path: readonly Key[]): z.ZodType | undefined => {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    current = current && unwrapSchema(current);
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(key)];
    else if (current instanceof z.ZodArray && typeof key === 'number') current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else return undefined;
  }
  return current;
};

const unwrapSchema = (schema: z.ZodType): z.ZodType => {
  let s = schema;
  for (
    let i = 0;
    i < 10 && (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault);
    i++
  ) {
    s = s.unwrap() as z.ZodType;
  }
  return s;
};

type Coarse = 'string' | 'number' | 'boolean' | 'array' | 'object';

const coarseSchemaType = (schema: z.ZodType): Coarse | undefined => {
  const s = unwrapSchema(schema);
  switch (s.def.type) {
    case 'string':
      return 'string';
    case 'number':
    case 'int':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'array';
    case 'object':
    case 'record':
      return 'object';
    case 'enum':
      return s instanceof z.ZodEnum && Object.values(s.enum).every((v) => typeof v === 'string')
        ? 'string'
        : undefined;
    default:
      return undefined;
  }
};

const coarseShapeType = (shape: Shape): Coarse | undefined => {
  if (shape.t === 'leaf') return shape.type as Coarse | undefined;
  if (shape.t === 'array') return 'array';
  if (shape.t === 'object' || shape.t === 'record') return 'object';
  return undefined;
};

/** The nested step lists of a raw step, with their key paths relative to the step (tolerant of bad types). */
const rawChildren = (step: Record<string, unknown>): [Key[], unknown[]][] => {
  const out: [Key[], unknown[]][] = [];
  for (const key of ['then', 'else', 'onEvent', 'onTimeout', 'onReject'] as const) {
    const v = step[key];
    if (Array.isArray(v)) out.push([[key], v]);
  }
  if (Array.isArray(step.parallel)) {
    for (const [i, b] of step.parallel.entries()) if (Array.isArray(b)) out.push([['parallel', i], b]);
  }
  if (isRecord(step.forEach) && Array.isArray(step.forEach.steps))
    out.push([['forEach', 'steps'], step.forEach.steps]);
  return out;
};

/** Steps counted as the validator indexes them: every list, nested lists down to the nesting limit. */
const countRawSteps = (steps: readonly unknown[], depth: number): number => {
  let n = steps.length;
  if (depth > MAX_NESTING_DEPTH) return n;
  for (const step of steps) {
    if (isRecord(step)) for (const [, children] of rawChildren(step)) n += countRawSteps(children, depth + 1);
  }
  return n;
};

const tooManySteps = (count: number): ValidationIssue => ({
  path: '$.steps',
  code: 'too-many-steps',
  message: `the workflow has ${count} steps; the limit is ${MAX_STEPS}`,
});

// ---------------------------------------------------------------------------------- compiled limits

/**
 * Step Functions limits, checked on the compiled state machine (placeholder resources): state count, definition
 * size, state name length and uniqueness. Runs only on definitions that passed every other check.
 */
export const checkCompiledLimits = (def: WorkflowDefinition): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  let compiled: ReturnType<typeof compileWorkflow>;
  try {
    compiled = compileWorkflow(def, { resolver: placeholderResolver });
  } catch (error) {
    return [
      {
        path: '$',
        code: 'compile-failed',
        message: `the workflow could not be compiled: ${error instanceof Error ? error.message : String(error)}`,
      },
    ];
  }
  const stepPathById = new Map<string, string>();
  for (const { step, path } of walkSteps(def.steps)) stepPathById.set(step.id, toJsonPath(path));
  const stepOfState = new Map(Object.entries(compiled.stateNames).map(([id, name]) => [name, id]));
  const pathOfState = (name: string): string => stepPathById.get(stepOfState.get(name) ?? '') ?? '$';
  if (compiled.stateCount > MAX_STATES) {
    issues.push({
      path: '$.steps',
      code: 'too-many-states',
      message: `the workflow compiles to ${compiled.stateCount} states; the limit is ${MAX_STATES}`,
    });
  }
  const bytes = new TextEncoder().encode(compiled.json).length;
  if (bytes >= MAX_DEFINITION_BYTES) {
    issues.push({
      path: '$',
      code: 'definition-too-large',
      message: `the compiled state machine is ${bytes} bytes; Step Functions accepts definitions under ${MAX_DEFINITION_BYTES} bytes (1 MB). Move part of it to another workflow`,
    });
  }
  const seen = new Set<string>();
  for (const [name] of allStates(compiled.definition)) {
    if (name.length > MAX_STATE_NAME_LENGTH) {
      issues.push({
        path: pathOfState(name),
        code: 'state-name-too-long',
        message: `state name "${name}" has ${name.length} characters; at most ${MAX_STATE_NAME_LENGTH} are allowed (shorten the step's name)`,
      });
    }
    if (seen.has(name)) {
      issues.push({
        path: pathOfState(name),
        code: 'duplicate-state-name',
        message: `two states are named "${name}"; give one of the steps a different "name"`,
      });
    }
    seen.add(name);
  }
  return issues;
};

export interface ValidateOptions {
  /** Compile the definition and check Step Functions limits (state count, size, names). @default true */
  readonly checkLimits?: boolean;
}

export const validateWorkflow = (input: unknown, options: ValidateOptions = {}): ValidationReport => {
  const issues: ValidationIssue[] = [];
  try {
    const depth = jsonDepth(input, MAX_JSON_DEPTH);
    if (depth < 0) {
      return {
        valid: false,
        issues: [
          {
            path: '$',
            code: 'not-json',
            message: 'the definition refers to itself (a cycle); it must be plain JSON',
          },
        ],
      };
    }
    if (depth > MAX_JSON_DEPTH) {
      return {
        valid: false,
        issues: [
          {
            path: '$',
            code: 'too-deep',
            message: `the definition is nested more than ${MAX_JSON_DEPTH} levels deep`,
          },
        ],
      };
    }
    if (!isRecord(input)) {
      return {
        valid: false,
        issues: [
          {
            path: '$',
            code: 'wrong-type',
            message: `a workflow definition is a JSON object, not ${describe(input)}`,
          },
        ],
      };
    }
    // Checking every step of a workflow that can never be accepted costs the caller time for nothing.
    const stepCount = Array.isArray(input.steps) ? countRawSteps(input.steps, 1) : 0;
    if (stepCount > MAX_STEPS) return { valid: false, issues: [tooManySteps(stepCount)] };
    const parsed = WorkflowDefinition.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues as unknown as RawZodIssue[])
        issues.push(...zodToIssues(issue, input));
    }
    const validator = new Validator(input);
    validator.run();
    issues.push(...validator.issues);
    const unique = dedupe(issues);
    if (unique.length === 0 && parsed.success) {
      if (options.checkLimits !== false) unique.push(...checkCompiledLimits(parsed.data));
      if (unique.length === 0) return { valid: true, issues: [], definition: parsed.data };
    }
    return { valid: false, issues: unique };
  } catch (error) {
    return {
      valid: false,
      issues: [
        ...dedupe(issues),
        {
          path: '$',
          code: 'internal-error',
          message: `the validator failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
};

const TOP_ORDER = ['name', 'description', 'trigger', 'autoMode', 'settings', 'steps'];
const pathTokens = (path: string): (string | number)[] =>
  [...path.matchAll(/\.([^.[]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : (m[1] ?? m[3] ?? ''),
  );
const comparePaths = (a: string, b: string): number => {
  const ta = pathTokens(a);
  const tb = pathTokens(b);
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const x = ta[i] as string | number;
    const y = tb[i] as string | number;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (i === 0) return TOP_ORDER.indexOf(String(x)) - TOP_ORDER.indexOf(String(y));
    return 0;
  }
  return ta.length - tb.length;
};

/** Issues in document order (stable within one place), each message once per path. */
const dedupe = (issues: readonly ValidationIssue[]): ValidationIssue[] => {
  const seen = new Set<string>();
  return [...issues]
    .sort((a, b) => comparePaths(a.path, b.path))
    .filter((i) => {
      const key = `${i.path}\u0000${i.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
};

/** `<path>: <message>` lines, as the CLI prints them. */
export const formatIssues = (issues: readonly ValidationIssue[]): string =>
  issues.map((i) => `${i.path}: ${i.message}`).join('\n');

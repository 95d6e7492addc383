import * as zc from 'zod/v4/core';
import { ComparisonOperators, StepKinds, stepKind, workflowLanguage } from '../schema';
import { isRecord, type Key, type Path, toJsonPath, type ValidationIssue, valueAt } from './issues';
import { article, describe, didYouMean, list } from './messages';

/**
 * Structure: the zod schema's verdict on the definition, turned into issues a person understands (the JSONPath of
 * the value, what was expected, the keys allowed where an unknown one was found).
 */

export interface RawZodIssue {
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

export const shapeKeys = (schema: unknown): string[] =>
  schema instanceof zc.$ZodObject ? Object.keys(schema._zod.def.shape as Record<string, unknown>) : [];

/** Keys allowed in the object at `path` of the definition, for "unknown key" messages. */
const allowedKeysAt = (root: unknown, path: Path): string[] => {
  const { WorkflowDefinition, Trigger, WorkflowSettings, STEP_SCHEMAS } = workflowLanguage();
  const here = valueAt(root, path);
  const last = path[path.length - 1];
  if (path.length === 0) return shapeKeys(WorkflowDefinition);
  if (path.length === 1 && last === 'trigger' && isRecord(here)) {
    const option = Trigger._zod.def.options.find((o) => o.shape.type._zod.def.values[0] === here.type);
    return option ? shapeKeys(option) : [];
  }
  if (path.length === 1 && last === 'settings') return shapeKeys(WorkflowSettings);
  const parent = valueAt(root, path.slice(0, -1));
  const parentKind = stepKind(parent);
  if (typeof last === 'string' && parentKind && last === parentKind) {
    const inner = shapeKeys((STEP_SCHEMAS[parentKind]._zod.def.shape as Record<string, unknown>)[last]);
    if (inner.length > 0) return inner;
  }
  if (last === 'retry') return shapeKeys(STEP_SCHEMAS.action.shape.retry._zod.def.innerType);
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

export const zodToIssues = (issue: RawZodIssue, root: unknown, prefix: Path = []): ValidationIssue[] => {
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

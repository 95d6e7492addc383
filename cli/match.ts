import { readFile } from 'node:fs/promises';
import {
  type EventPattern,
  filterToPattern,
  matchPattern,
  toEventBridgeShape,
  validatePattern,
} from '../statemachines/patterns';
import { type CommandDef, runCommand } from './command';

/** Exit codes of `dynaris match`. */
export const MATCH_EXIT = { match: 0, noMatch: 1, invalid: 2 } as const;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const readJson = async (
  file: string,
): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> => {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return {
      ok: false,
      error: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: `${file} is not valid JSON: ${(error as Error).message}` };
  }
};

/** A workflow's trigger as the pattern the dispatcher effectively applies (event type + filter on the detail). */
const triggerPattern = (trigger: Record<string, unknown>): EventPattern | undefined => {
  const filter = isObject(trigger.filter) ? trigger.filter : undefined;
  const onDetail = filterToPattern(filter);
  if (trigger.type === 'event' && typeof trigger.event === 'string') {
    return { 'detail-type': [trigger.event], ...onDetail };
  }
  if (trigger.type === 'webhook' && typeof trigger.source === 'string') {
    const detail = isObject(onDetail.detail) ? onDetail.detail : {};
    return { detail: { ...detail, webhook: { source: [trigger.source] } } };
  }
  return undefined;
};

/** Accepts the EventBridge envelope, a bus event ({ detailType, detail }) or a bare detail. */
export const normalizeEvent = (value: unknown): unknown => {
  if (!isObject(value)) return value;
  if ('detail-type' in value || 'source' in value) return value;
  if (typeof value.detailType === 'string' && 'detail' in value) {
    return toEventBridgeShape({
      id: typeof value.id === 'string' ? value.id : 'sample',
      source: typeof value.source === 'string' ? value.source : `dynaris.${value.detailType.split('.')[0]}`,
      detailType: value.detailType,
      time: typeof value.time === 'string' ? value.time : new Date(0).toISOString(),
      detail: value.detail,
    });
  }
  return { detail: value };
};

/** Paths of the pattern's leaves that the event does not satisfy, to explain a "no match". */
export const explainMismatch = (pattern: EventPattern, event: unknown, path = ''): string[] => {
  const reasons: string[] = [];
  const obj = isObject(event) ? event : {};
  for (const [key, expected] of Object.entries(pattern)) {
    const at = path === '' ? key : `${path}.${key}`;
    if (matchPattern({ [key]: expected }, obj)) continue;
    if (isObject(expected) && key !== '$or' && isObject(obj[key])) {
      reasons.push(...explainMismatch(expected, obj[key], at));
    } else {
      const actual = obj[key];
      reasons.push(
        `${at}: expected ${JSON.stringify(expected)}, event has ${actual === undefined ? 'no such field' : JSON.stringify(actual)}`,
      );
    }
  }
  return reasons;
};

interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultOutput: Output = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
};

export const command: CommandDef = {
  name: 'match',
  synopsis: 'PATTERN_FILE EVENT_FILE [--filter]',
  summary: 'test an event filter against a sample event (exit 0 match, 1 no match, 2 invalid)',
  help: `  PATTERN_FILE  an EventBridge event pattern (JSON); with --filter, a trigger filter applied to the event detail;
                a workflow definition file is accepted too (its trigger becomes the pattern)
  EVENT_FILE    a sample event: EventBridge shape ({ "detail-type", "source", "detail" }), a bus event
                ({ "detailType", "detail" }) or a bare detail object
Exit code: 0 match, 1 no match, 2 invalid pattern or unreadable file.`,
  options: { filter: { type: 'boolean' } },
  positionals: { min: 2, max: 2, names: ['PATTERN_FILE', 'EVENT_FILE'] },
  run: ({ values, positionals: [patternFile = '', eventFile = ''] }) =>
    matchFiles(patternFile, eventFile, values.filter === true),
};

/** `dynaris match PATTERN_FILE EVENT_FILE [--filter]`. Returns the exit code. */
export const runMatch = (args: readonly string[]): Promise<number> => runCommand(command, args);

const matchFiles = async (
  patternFile: string,
  eventFile: string,
  asFilter: boolean,
  io: Output = defaultOutput,
): Promise<number> => {
  const [patternJson, eventJson] = await Promise.all([readJson(patternFile), readJson(eventFile)]);
  if (!patternJson.ok || !eventJson.ok) {
    for (const r of [patternJson, eventJson]) if (!r.ok) io.err(r.error);
    return MATCH_EXIT.invalid;
  }
  let pattern: unknown = patternJson.value;
  if (asFilter) {
    if (!isObject(pattern)) {
      io.err(`invalid filter: must be a JSON object`);
      return MATCH_EXIT.invalid;
    }
    pattern = filterToPattern(pattern);
  } else if (isObject(pattern) && isObject(pattern.trigger) && Array.isArray(pattern.steps)) {
    const fromTrigger = triggerPattern(pattern.trigger);
    if (!fromTrigger) {
      io.err(
        `invalid pattern: the workflow's trigger (${String(pattern.trigger.type)}) is not an event or webhook trigger`,
      );
      return MATCH_EXIT.invalid;
    }
    pattern = fromTrigger;
  }
  const problems = validatePattern(pattern);
  if (problems.length > 0) {
    io.err(`invalid pattern (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
    for (const p of problems) io.err(`  ${p.path || '(pattern)'}: ${p.message}`);
    return MATCH_EXIT.invalid;
  }
  const event = normalizeEvent(eventJson.value);
  if (matchPattern(pattern as EventPattern, event)) {
    io.out('match');
    return MATCH_EXIT.match;
  }
  io.out('no match');
  for (const reason of explainMismatch(pattern as EventPattern, event)) io.err(`  ${reason}`);
  return MATCH_EXIT.noMatch;
};

import type { EngineEvent } from '../../functions/engine/local-engine';

/**
 * A readable console log of runs as they happen:
 *   09:00:00 ▶ "Lead follow-up" (local/wf1) / wf1-3f2a… started
 *   09:00:00   ✓ Send welcome email [welcome]
 *   09:00:00   ⏸ Wait for reply (2 days) [await-reply] waiting
 *   09:00:00   ↻ Post to Slack [notify] retrying after RetriableError: busy
 *   09:00:00 ■ "Lead follow-up" (local/wf1) / wf1-3f2a… SUCCEEDED
 */

const QUIET_TYPES = new Set(['Pass', 'Succeed', 'Choice']);

/** `11-27 13:21:08` (UTC): virtual time jumps days, so the date is part of every line. */
const time = (iso: string) => `${iso.slice(5, 10)} ${iso.slice(11, 19)}`;

/** The state machine's name in a Standard (`…:execution:<machine>:<name>`) or Express (`…:express:…`) execution ARN. */
const machineOf = (executionArn: string) => {
  const parts = executionArn.split(':');
  return parts[5] === 'execution' || parts[5] === 'express' ? (parts[6] ?? executionArn) : executionArn;
};

/** Names state machines by the workflow they run ("Lead follow-up"), when known. */
export type MachineLabel = (stateMachineName: string) => string | undefined;

const shortCause = (cause: string | undefined): string => {
  if (!cause) return '';
  let text = cause;
  try {
    const parsed = JSON.parse(cause) as { errorMessage?: unknown };
    if (typeof parsed.errorMessage === 'string') text = parsed.errorMessage;
  } catch {
    // plain text
  }
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
};

export const formatEngineEvent = (
  event: EngineEvent,
  label: MachineLabel = () => undefined,
): string | undefined => {
  const machine = () => {
    const name = machineOf(event.executionArn);
    return label(name) ?? name;
  };
  switch (event.type) {
    case 'ExecutionStarted':
      return `${time(event.at)} ▶ ${machine()} / ${event.name} started`;
    case 'ExecutionFinished': {
      const why = event.error
        ? ` (${event.error.error}${event.error.cause ? `: ${shortCause(event.error.cause)}` : ''})`
        : '';
      return `${time(event.at)} ■ ${machine()} / ${event.name} ${event.status}${why}`;
    }
    default: {
      if (QUIET_TYPES.has(event.stateType) && event.type !== 'StateFailed') return undefined;
      const step = event.stepId ? ` [${event.stepId}]` : '';
      const label = `${event.stateName}${step}`;
      switch (event.type) {
        case 'StateEntered':
          return event.stateType === 'Map' || event.stateType === 'Parallel'
            ? `${time(event.at)}   ▸ ${label}`
            : undefined;
        case 'StateSucceeded':
          return `${time(event.at)}   ✓ ${label}`;
        case 'StateWaiting':
          return `${time(event.at)}   ⏸ ${label} waiting`;
        case 'StateRetrying':
          return `${time(event.at)}   ↻ ${label} retrying after ${event.error?.error ?? 'error'}: ${shortCause(event.error?.cause)}`;
        case 'StateFailed':
          return `${time(event.at)}   ✗ ${label} ${event.error?.error ?? 'failed'}${event.error?.cause ? `: ${shortCause(event.error.cause)}` : ''}`;
        default:
          return undefined;
      }
    }
  }
};

export const consoleRunLog =
  (write: (line: string) => void = (line) => process.stdout.write(`${line}\n`), label?: MachineLabel) =>
  (event: EngineEvent): void => {
    const line = formatEngineEvent(event, label);
    if (line) write(line);
  };

/** A console line prefixed with the clock's time (`11-27 13:21:08 …`), as the run log prints it. */
export const clockLog =
  (log: (line: string) => void, clock: { now(): Date }) =>
  (line: string): void =>
    log(`${time(clock.now().toISOString())} ${line}`);

/** The console line for a bus target that failed on an event. */
export const deliveryErrorLine = (
  target: string,
  event: { readonly detailType: string; readonly id: string },
  error: unknown,
  willRetry: boolean,
): string =>
  `! ${target} failed on ${event.detailType} ${event.id}: ${
    error instanceof Error ? error.message : String(error)
  }${willRetry ? ' (retrying)' : ' (dead letter)'}`;

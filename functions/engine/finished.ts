import type { MapRunDescription } from '../shared/ports';
import type { ExecutionSummary, StateMachineType } from './engine-types';
import type { Execution, ExecutionView, MachineLogging } from './execution';
import type { ScopeTrace } from './trace';
import { mapRunsOf } from './views';

/**
 * Finished executions leave the heap: the engine keeps a few as live objects and hands each one, as it ends, to a
 * FinishedExecutionStore as plain data (JSON-safe), from which DescribeExecution, the timeline and redrive read it
 * back. In memory the store is bounded in bytes and count (the oldest are forgotten first); the local runtime with
 * --data-dir stores them as files (infra/local/finished-files.ts), kept across restarts.
 */

/** A finished execution as stored. */
export interface FinishedExecution extends ExecutionView {
  readonly machine: {
    readonly type: StateMachineType;
    readonly logging?: MachineLogging;
    /** The definition it ran (RegisteredMachine.version): a redrive needs that same definition. */
    readonly version: string;
  };
  readonly mapRuns: readonly MapRunDescription[];
}

export interface FinishedExecutionStore {
  /** Stores (or replaces, after a redrive) a finished execution; must not throw. */
  put(record: FinishedExecution): void;
  get(executionArn: string): FinishedExecution | undefined;
  has(executionArn: string): boolean;
  /** The stored executions' summaries, when the store can list them cheaply (the in-memory one can). */
  summaries?(): Iterable<ExecutionSummary & { readonly parentMapRun?: string }>;
}

/** The stored form of a finished live execution. */
export const recordOf = (e: Execution): FinishedExecution => ({
  arn: e.arn,
  name: e.name,
  stateMachineArn: e.stateMachineArn,
  machine: {
    type: e.machine.type,
    ...(e.machine.logging ? { logging: e.machine.logging } : {}),
    version: e.machine.version,
  },
  input: e.input,
  startDate: e.startDate,
  ...(e.parentMapRun ? { parentMapRun: e.parentMapRun } : {}),
  status: e.status,
  ...(e.stopDate !== undefined ? { stopDate: e.stopDate } : {}),
  ...(e.output !== undefined ? { output: e.output } : {}),
  ...(e.error ? { error: e.error } : {}),
  redriveCount: e.redriveCount,
  ...(e.redriveDate ? { redriveDate: e.redriveDate } : {}),
  timeline: e.timeline,
  history: e.history,
  ...(e.redrivePlan ? { redrivePlan: e.redrivePlan } : {}),
  mapRuns: mapRunsOf(e),
});

export const summaryOf = (e: ExecutionView): ExecutionSummary & { readonly parentMapRun?: string } => ({
  executionArn: e.arn,
  stateMachineArn: e.stateMachineArn,
  name: e.name,
  status: e.status,
  startDate: e.startDate,
  ...(e.stopDate !== undefined ? { stopDate: e.stopDate } : {}),
  redriveCount: e.redriveCount,
  ...(e.parentMapRun ? { parentMapRun: e.parentMapRun } : {}),
});

export interface MemoryStoreLimits {
  /** JSON bytes held at most. @default 32 MiB */
  readonly maxBytes?: number;
  /** Executions held at most. @default 10,000 */
  readonly maxCount?: number;
}

/**
 * Finished executions in memory, as JSON text (a third of the live objects' size), bounded in bytes and count:
 * beyond either bound the oldest finished are forgotten (DescribeExecution then answers ExecutionDoesNotExist).
 */
export class MemoryFinishedExecutions implements FinishedExecutionStore {
  private readonly held = new Map<
    string,
    { json: string; summary: ExecutionSummary & { parentMapRun?: string } }
  >();
  private bytes = 0;
  private readonly maxBytes: number;
  private readonly maxCount: number;

  constructor(limits: MemoryStoreLimits = {}) {
    this.maxBytes = limits.maxBytes ?? 32 * 1024 * 1024;
    this.maxCount = limits.maxCount ?? 10_000;
  }

  put(record: FinishedExecution): void {
    this.drop(record.arn);
    const json = JSON.stringify(record);
    // A string's length in UTF-16 units: what V8 holds for it, within a factor of two.
    this.held.set(record.arn, { json, summary: summaryOf(record) });
    this.bytes += json.length;
    for (const [arn] of this.held) {
      if (this.bytes <= this.maxBytes && this.held.size <= this.maxCount) break;
      this.drop(arn);
    }
  }

  get(executionArn: string): FinishedExecution | undefined {
    const held = this.held.get(executionArn);
    return held ? (JSON.parse(held.json) as FinishedExecution) : undefined;
  }

  has(executionArn: string): boolean {
    return this.held.has(executionArn);
  }

  *summaries(): Iterable<ExecutionSummary & { readonly parentMapRun?: string }> {
    for (const { summary } of this.held.values()) yield summary;
  }

  /** Bytes and executions held (for the memory bench and tests). */
  get size(): { bytes: number; count: number } {
    return { bytes: this.bytes, count: this.held.size };
  }

  private drop(arn: string): void {
    const held = this.held.get(arn);
    if (!held) return;
    this.bytes -= held.json.length;
    this.held.delete(arn);
  }
}

/**
 * Finished executions of an engine that lives for one request (a dry run's EngineCore): every one kept as it ended,
 * without MemoryFinishedExecutions' bounds and JSON text: the request's own executions are all it ever holds, and the
 * JSON of a long run grows with the square of its states (each state's input can hold the whole execution input).
 * The engine's reads copy what they hand out, as from any store (views.ts), but readSteps.
 */
export const requestFinishedExecutions = (): FinishedExecutionStore => {
  const held = new Map<
    string,
    { record: FinishedExecution; summary: ExecutionSummary & { parentMapRun?: string } }
  >();
  return {
    put: (record) => {
      held.set(record.arn, { record, summary: summaryOf(record) });
    },
    get: (executionArn) => held.get(executionArn)?.record,
    has: (executionArn) => held.has(executionArn),
    summaries: () => [...held.values()].map((h) => h.summary),
  };
};

const mentionsMapRun = (trace: ScopeTrace | undefined): boolean => {
  const nested = trace?.nested;
  if (!nested) return false;
  if (nested.kind === 'mapRun') return true;
  return nested.iterations.some((i) => !i.done && mentionsMapRun(i.trace));
};

/**
 * Why a stored execution cannot be made live again for a redrive here (undefined when it can): it needs the
 * definition it ran, and a Distributed Map run's children are live objects of the execution that started them.
 */
export const notRestorableReason = (
  record: FinishedExecution,
  currentVersion: string | undefined,
): string | undefined => {
  if (!record.redrivePlan) return undefined;
  if (currentVersion !== record.machine.version)
    return 'its state machine definition changed since it ran (the local runtime keeps only the current one)';
  if (mentionsMapRun(record.redrivePlan))
    return 'its Distributed Map run is no longer held in memory (a local runtime limit: redrive it before more executions finish)';
  return undefined;
};

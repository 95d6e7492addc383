import { randomUUID } from 'node:crypto';
import type { MapSpec, TaskSpec } from './asl-types';
import {
  type EngineHost,
  type Execution,
  ExecutionStoppedError,
  type RegisteredMachine,
  TaskError,
} from './execution';
import { recordEvents } from './history';
import type { Frame, Interpreter, Visit } from './interpreter';
import { abortable } from './invocation';
import { batchItems, readItems } from './item-reader';
import { prepareDefinition } from './prepare';

/**
 * Distributed Map: a Map Run that starts one child execution per item (or per batch), of the processor as a
 * state machine of its own (STANDARD or EXPRESS, per ProcessorConfig.ExecutionType), at most MaxConcurrency at
 * once (10,000 when unset), each with its own history. Children that fail beyond ToleratedFailurePercentage /
 * ToleratedFailureCount (0 by default) fail the Map Run with States.ExceedToleratedFailureThreshold and the
 * children still running are stopped. A ResultWriter exports the results to S3 instead of returning them.
 * Redriving the parent redrives the Map Run: children that succeeded are kept, the others run again.
 */

export const DISTRIBUTED_DEFAULT_CONCURRENCY = 10_000;

export interface MapRunCounts {
  pending: number;
  running: number;
  succeeded: number;
  failed: number;
  timedOut: number;
  aborted: number;
  total: number;
  resultsWritten: number;
}

export interface MapRun {
  readonly mapRunArn: string;
  readonly executionArn: string;
  readonly stateName: string;
  readonly startDate: string;
  stopDate?: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';
  readonly maxConcurrency: number;
  readonly toleratedFailurePercentage: number;
  readonly toleratedFailureCount: number | undefined;
  readonly counts: MapRunCounts;
  /** Child execution per item (batch) index. */
  readonly children: (Execution | undefined)[];
  /** Each child's input, kept for a redrive to start the children that never started. */
  readonly inputs: readonly unknown[];
}

/** How the Map Run reaches the engine: starting and redriving child executions. */
export interface ChildExecutions {
  start(
    parent: Execution,
    machine: RegisteredMachine,
    name: string,
    input: unknown,
    mapRunArn: string,
  ): Execution;
  redrive(child: Execution): Promise<void>;
  stop(child: Execution, cause: string): void;
}

const EXCEEDED = 'States.ExceedToleratedFailureThreshold';

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

export class DistributedMaps {
  private readonly childMachines = new WeakMap<MapSpec, RegisteredMachine>();

  constructor(
    private readonly host: EngineHost,
    private readonly interpreter: Interpreter,
    private readonly children: ChildExecutions,
    private readonly blockedOn: <T>(
      e: Execution,
      stateName: string | undefined,
      wait: Promise<T>,
    ) => Promise<T>,
  ) {}

  async run(frame: Frame, spec: TaskSpec, map: MapSpec, params: Record<string, unknown>, visit: Visit) {
    const { e } = frame;
    const previous =
      visit.redo?.kind === 'mapRun'
        ? e.mapRuns.find((r) => r.mapRunArn === (visit.redo as { mapRunArn: string }).mapRunArn)
        : undefined;
    visit.redo = undefined;
    const inputs = previous ? undefined : await this.inputsOf(frame, spec, map, params, visit);
    const run = previous ?? this.open(e, spec, map, params, inputs ?? []);
    visit.nested = { kind: 'mapRun', mapRunArn: run.mapRunArn };
    recordEvents(e, 2); // MapStateStarted, MapRunStarted
    run.status = 'RUNNING';
    delete run.stopDate;
    try {
      await this.blockedOn(
        e,
        undefined,
        abortable(frame.signal, this.drive(frame, run, map, map.label ?? spec.name)),
      );
    } catch (error) {
      this.close(run, frame.signal.aborted ? 'ABORTED' : 'FAILED');
      if (!frame.signal.aborted) recordEvents(e, 2); // MapRunFailed, MapStateFailed
      throw error;
    }
    const failures = run.counts.failed + run.counts.timedOut + run.counts.aborted;
    if (this.exceeds(run, failures)) {
      this.close(run, 'FAILED');
      recordEvents(e, 2);
      throw new TaskError(EXCEEDED, 'The specified tolerated failure threshold was exceeded');
    }
    this.close(run, 'SUCCEEDED');
    recordEvents(e, 2); // MapRunSucceeded, MapStateSucceeded
    if (map.resultWriter) return this.writeResults(frame, spec, run, params.writer);
    return run.children.map((child) =>
      child?.status === 'SUCCEEDED'
        ? child.output
        : { Error: child?.error?.error, Cause: child?.error?.cause },
    );
  }

  private async inputsOf(
    frame: Frame,
    spec: TaskSpec,
    map: MapSpec,
    params: Record<string, unknown>,
    visit: Visit,
  ) {
    const raw = map.itemReader
      ? await readItems(this.host, frame.e, spec.name, map.itemReader, params.reader)
      : 'items' in params
        ? params.items
        : params.p;
    if (!Array.isArray(raw)) {
      throw new TaskError('States.Runtime', `The items of Map state '${spec.name}' are not a JSON array`);
    }
    const selector = map.itemSelector;
    const selected =
      selector !== undefined && typeof selector === 'object' && selector !== null
        ? await Promise.all(
            raw.map((value, index) =>
              this.interpreter.evaluate(
                selector,
                params.p,
                this.interpreter.contextFor(frame.e, spec.name, visit.enteredAt, {
                  Index: index,
                  Value: value,
                }),
              ),
            ),
          )
        : raw;
    if (!map.itemBatcher) return selected;
    return batchItems(
      selected,
      {
        maxItemsPerBatch: num(params.maxItemsPerBatch) ?? map.itemBatcher.maxItemsPerBatch,
        maxInputBytesPerBatch: num(params.maxInputBytesPerBatch) ?? map.itemBatcher.maxInputBytesPerBatch,
      },
      params.batchInput,
    );
  }

  private open(
    e: Execution,
    spec: TaskSpec,
    map: MapSpec,
    params: Record<string, unknown>,
    inputs: readonly unknown[],
  ): MapRun {
    const total = inputs.length;
    const label = map.label ?? spec.name;
    const run: MapRun = {
      mapRunArn: `arn:aws:states:${this.host.region}:${this.host.accountId}:mapRun:${e.machine.name}/${label}:${randomUUID()}`,
      executionArn: e.arn,
      stateName: spec.name,
      startDate: this.host.now(),
      status: 'RUNNING',
      maxConcurrency: num(params.maxConcurrency) ?? map.maxConcurrency ?? 0,
      toleratedFailurePercentage: num(params.toleratedPercentage) ?? map.toleratedFailurePercentage ?? 0,
      toleratedFailureCount: num(params.toleratedCount) ?? map.toleratedFailureCount,
      counts: {
        pending: total,
        running: 0,
        succeeded: 0,
        failed: 0,
        timedOut: 0,
        aborted: 0,
        total,
        resultsWritten: 0,
      },
      children: new Array(total).fill(undefined),
      inputs,
    };
    e.mapRuns.push(run);
    return run;
  }

  private exceeds(run: MapRun, failures: number): boolean {
    if (failures === 0) return false;
    if (run.toleratedFailureCount !== undefined && failures > run.toleratedFailureCount) return true;
    const percent = run.counts.total === 0 ? 0 : (failures / run.counts.total) * 100;
    return run.toleratedFailureCount === undefined && percent > run.toleratedFailurePercentage;
  }

  private machineFor(e: Execution, map: MapSpec, label: string): RegisteredMachine {
    let machine = this.childMachines.get(map);
    if (!machine) {
      machine = {
        arn: `${e.stateMachineArn}/${label}`,
        name: `${e.machine.name}/${label}`,
        type: map.executionType,
        prepared: prepareDefinition(map.processorDefinition),
        version: `${e.machine.version}/${label}`,
      };
      this.childMachines.set(map, machine);
    }
    return machine;
  }

  private async drive(frame: Frame, run: MapRun, map: MapSpec, label: string): Promise<void> {
    const { e } = frame;
    const machine = this.machineFor(e, map, label);
    const concurrency = run.maxConcurrency > 0 ? run.maxConcurrency : DISTRIBUTED_DEFAULT_CONCURRENCY;
    const stop = new AbortController();
    const stopAll = () => {
      stop.abort();
      for (const child of run.children)
        if (child?.status === 'RUNNING') this.children.stop(child, 'The Map Run was stopped');
    };
    frame.signal.addEventListener('abort', stopAll, { once: true });
    let next = 0;
    const worker = async () => {
      while (!stop.signal.aborted) {
        const index = next++;
        if (index >= run.children.length) return;
        const existing = run.children[index];
        if (existing?.status === 'SUCCEEDED') continue;
        this.count(run, existing, -1);
        run.counts.running += 1;
        run.counts.pending -= existing ? 0 : 1;
        let child: Execution;
        if (existing && existing.machine.type === 'STANDARD') {
          child = existing;
          await this.children.redrive(existing);
        } else {
          const input = existing ? existing.input : run.inputs[index];
          child = this.children.start(e, machine, randomUUID(), input, run.mapRunArn);
          run.children[index] = child;
        }
        while (child.status === 'RUNNING') await child.settled;
        run.counts.running -= 1;
        this.count(run, child, 1);
        const failures = run.counts.failed + run.counts.timedOut + run.counts.aborted;
        if (this.exceeds(run, failures) && !stop.signal.aborted) stopAll();
      }
    };
    try {
      await Promise.all(
        Array.from({ length: Math.max(1, Math.min(concurrency, run.children.length)) }, worker),
      );
    } finally {
      frame.signal.removeEventListener('abort', stopAll);
    }
    if (frame.signal.aborted) throw new ExecutionStoppedError();
  }

  /** Adds (+1) or removes (-1, before a redrive) a finished child in the counts. */
  private count(run: MapRun, child: Execution | undefined, sign: 1 | -1): void {
    if (!child) return;
    const c = run.counts;
    if (child.status === 'SUCCEEDED') c.succeeded += sign;
    else if (child.status === 'FAILED') c.failed += sign;
    else if (child.status === 'TIMED_OUT') c.timedOut += sign;
    else if (child.status === 'ABORTED') c.aborted += sign;
  }

  private close(run: MapRun, status: MapRun['status']): void {
    run.status = status;
    run.stopDate = this.host.now();
  }

  private async writeResults(frame: Frame, spec: TaskSpec, run: MapRun, writer: unknown) {
    const { Bucket, Prefix } = (writer ?? {}) as { Bucket?: string; Prefix?: string };
    const id = run.mapRunArn.split(':').pop() ?? 'run';
    const base = `${Prefix ? `${Prefix.replace(/\/$/, '')}/` : ''}${id}`;
    const entry = (child: Execution | undefined) => ({
      ExecutionArn: child?.arn,
      Input: JSON.stringify(child?.input ?? null),
      ...(child?.status === 'SUCCEEDED' ? { Output: JSON.stringify(child.output ?? null) } : {}),
      ...(child?.error ? { Error: child.error.error, Cause: child.error.cause } : {}),
      Status: child?.status,
    });
    const succeeded = run.children.filter((c) => c?.status === 'SUCCEEDED').map(entry);
    const failed = run.children.filter((c) => c && c.status !== 'SUCCEEDED').map(entry);
    const put = (key: string, body: unknown) =>
      this.host.invoke({
        kind: 'service',
        resource: 'arn:aws:states:::s3:putObject',
        payload: { Bucket, Key: key, Body: JSON.stringify(body) },
        executionArn: frame.e.arn,
        stateName: spec.name,
        attempt: 0,
      });
    try {
      await put(`${base}/SUCCEEDED_0.json`, succeeded);
      await put(`${base}/FAILED_0.json`, failed);
      await put(`${base}/manifest.json`, {
        DestinationBucket: Bucket,
        MapRunArn: run.mapRunArn,
        ResultFiles: {
          SUCCEEDED: [{ Key: `${base}/SUCCEEDED_0.json`, Size: succeeded.length }],
          FAILED: [{ Key: `${base}/FAILED_0.json`, Size: failed.length }],
        },
      });
    } catch (error) {
      throw new TaskError(
        'States.ResultWriterFailed',
        error instanceof Error ? error.message : String(error),
      );
    }
    run.counts.resultsWritten = succeeded.length + failed.length;
    return { MapRunArn: run.mapRunArn, ResultWriterDetails: { Bucket, Key: `${base}/manifest.json` } };
  }
}

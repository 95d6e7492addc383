import type { ExecutionDescription, WorkflowEngine } from '../shared/ports';
import { aslProblems } from './asl-check';
import { EngineCore } from './engine-core';
import {
  EngineError,
  type ExecutionSnapshot,
  type LocalEngineOptions,
  type StartedExecution,
} from './engine-types';
import type { Execution } from './execution';
import { FAST_PATHS } from './fast-paths';
import { MemoryFinishedExecutions, notRestorableReason } from './finished';
import { executionFromRecord, type ResumeReport, resumeSnapshots, snapshotsOf } from './persistence';
import { doesNotExist } from './reads';
import { describeWithRedriveStatus, reopenForRedrive } from './redrive';
import { refuseExpress } from './views';

export { EngineCore } from './engine-core';
export * from './engine-types';

/**
 * A Step Functions engine in this process, implementing the WorkflowEngine port, as strict as the service: each
 * state runs in aws-local-stepfunctions while the engine does time (an injectable clock), task tokens, Retry and
 * Catch, Map and Parallel, payload and history limits, redrive and the Express rules (see docs/local-runtime.md).
 * Task resources run through the injected `invoke`: Lambda resources as kind "function", other service
 * integrations (`arn:aws:states:::dynamodb:putItem`, `…:events:putEvents`, `…:s3:getObject`) as kind "service".
 * EngineCore (engine-core.ts) runs the executions; this adds the port's describe, stop and redrive, and snapshots,
 * resume and starts made again for a runtime that outlives a restart.
 */
export class LocalEngine extends EngineCore implements WorkflowEngine {
  /**
   * Checks each definition registered as CreateStateMachine does (asl-check.ts, ARNs left to the resolver); runs the
   * common states by the engine's fast paths (fast-paths.ts), the rest in the library; keeps finished executions in
   * a bounded store unless the options name one; describes them with their redrive status.
   */
  constructor(options: LocalEngineOptions) {
    super(options, {
      checkAsl: (definition) => aslProblems(definition, { checkArn: false }),
      fastPaths: FAST_PATHS,
      finishedExecutions: () => new MemoryFinishedExecutions(),
      describe: describeWithRedriveStatus,
    });
  }

  /**
   * Makes a start that was acknowledged but lost (the process stopped before it was saved) again: the same ARN,
   * name and input, from the start, without `beforeStart` (it is recorded already). Express executions keep their
   * ARN, so their run and idempotency records (keyed by it) are found again. False when its state machine is gone
   * or the engine already has it (running or finished).
   */
  startAgain(started: StartedExecution): boolean {
    const machine = this.machines.get(started.stateMachineArn);
    if (!machine || this.executions.has(started.executionArn) || this.finished.has(started.executionArn))
      return false;
    this.runner.start(this.runner.create(started.executionArn, started.name, machine, started.input));
    return true;
  }

  /** DescribeExecution: refused for Express executions, as on AWS (inspectExecution reads any execution). */
  async describeExecution(executionArn: string): Promise<ExecutionDescription | undefined> {
    refuseExpress(executionArn);
    return this.inspectExecution(executionArn);
  }

  async stopExecution(executionArn: string, cause: string): Promise<void> {
    refuseExpress(executionArn);
    this.abortExecution(executionArn, cause);
  }

  /**
   * RedriveExecution: continues a FAILED, TIMED_OUT or ABORTED Standard execution from every state it entered and
   * never left (see redrive.ts), keeping the same execution (ARN, name, history; agents' idempotency keys
   * therefore still match). States that succeeded are not run again.
   */
  async redriveExecution(executionArn: string): Promise<void> {
    refuseExpress(executionArn);
    const live = this.executions.get(executionArn);
    if (live) return this.redrive(live);
    const restored = this.restore(executionArn);
    this.executions.set(restored.arn, restored);
    await this.redrive(restored).catch((error: unknown) => {
      if (this.executions.get(restored.arn) === restored && restored.status !== 'RUNNING')
        this.executions.delete(restored.arn);
      throw error;
    });
  }

  /** A stored execution made live again for a redrive, on the definition it ran. */
  private restore(executionArn: string): Execution {
    const record = this.finished.get(executionArn);
    if (!record) throw doesNotExist(executionArn);
    const machine = this.machines.get(record.stateMachineArn);
    const reason = machine
      ? notRestorableReason(record, machine.version)
      : 'its state machine no longer exists';
    if (reason || !machine) {
      throw new EngineError(
        'ExecutionNotRedrivable',
        `Execution ${executionArn} cannot be redriven: ${reason}`,
      );
    }
    return executionFromRecord(record, machine);
  }

  protected override redriveChild(e: Execution): Promise<void> {
    return this.redrive(e);
  }

  private async redrive(e: Execution): Promise<void> {
    const plan = await reopenForRedrive(e, () => this.clock.now(), this.host.now());
    // A stored (or evicted Map Run child) execution is live again while it runs.
    this.executions.set(e.arn, e);
    this.runner.recordRedrive(e);
    this.host.emit({ type: 'ExecutionStarted', executionArn: e.arn, name: e.name, at: this.host.now() });
    this.runner.run(e, plan.state, plan.input, plan.nested);
    this.runner.enforceExecutionTimeout(e);
  }

  /** Running executions as they can be resumed later (see ExecutionSnapshot); those in no resumable spot are left out. */
  snapshot(): ExecutionSnapshot[] {
    return snapshotsOf(this.runner.active);
  }

  /**
   * Continues executions from snapshots (after a restart). Their state machines must be registered again first;
   * a snapshot whose state machine or state no longer exists is skipped and reported.
   */
  resume(snapshots: readonly ExecutionSnapshot[]): ResumeReport {
    return resumeSnapshots(snapshots, this.machines, this.executions, this.runner, this.finished);
  }
}

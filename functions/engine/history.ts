import { type Execution, TerminalError } from './execution';

/**
 * The events a Standard execution's history holds, counted as Step Functions writes them
 * (GetExecutionHistory event types):
 *  - ExecutionStarted, then ExecutionSucceeded | Failed | Aborted | TimedOut; ExecutionRedriven per redrive;
 *  - every state: <Type>StateEntered, and <Type>StateExited when it leaves normally (not when it fails);
 *  - every Task attempt: Scheduled, Started, Succeeded | Failed | TimedOut (LambdaFunction* for a function ARN,
 *    Task* for service integrations), plus TaskSubmitted for `.waitForTaskToken` and `.sync`;
 *  - Parallel: ParallelStateStarted and ParallelStateSucceeded | Failed, plus the states of every branch;
 *  - inline Map: MapStateStarted and MapStateSucceeded | Failed, and per iteration MapIterationStarted and
 *    MapIterationSucceeded | Failed | Aborted around the iteration's states;
 *  - Distributed Map: MapStateStarted, MapRunStarted, MapRunSucceeded | Failed, MapStateSucceeded | Failed (the
 *    child executions have histories of their own).
 * A history holds 25,000 events: when event 25,000 would be anything but ExecutionSucceeded, it is
 * ExecutionFailed with States.Runtime instead.
 */

export const MAX_HISTORY_EVENTS = 25_000;
export const HISTORY_LIMIT_CAUSE = `The execution reached the maximum number of history events (${MAX_HISTORY_EVENTS}).`;

export class HistoryLimitError extends TerminalError {
  constructor() {
    super('States.Runtime', HISTORY_LIMIT_CAUSE);
  }
}

/** Events of one Task attempt (scheduled, started, [submitted], outcome). */
export const taskAttemptEvents = (resource: string): number =>
  /\.(waitForTaskToken|sync(:2)?)$/.test(resource) ? 4 : 3;

/**
 * Appends `count` events (none of them ExecutionSucceeded). Throws HistoryLimitError when the history is full:
 * the caller ends the execution, whose ExecutionFailed is then event 25,000. Express executions have no history.
 */
export const recordEvents = (e: Execution, count: number): void => {
  if (e.machine.type === 'EXPRESS') return;
  if (e.history + count >= MAX_HISTORY_EVENTS) {
    e.history = MAX_HISTORY_EVENTS - 1;
    throw new HistoryLimitError();
  }
  e.history += count;
};

/** The closing event (ExecutionSucceeded, Failed, Aborted or TimedOut): always fits, as event 25,000 at most. */
export const recordClosingEvent = (e: Execution): void => {
  if (e.machine.type === 'EXPRESS') return;
  e.history = Math.min(MAX_HISTORY_EVENTS, e.history + 1);
};

import { ERRORS } from '../contracts';
import { durationSeconds } from '../duration';
import type { WorkflowDefinition } from '../schema';
import type { AslState, AslTaskState, JsonObject } from './asl';
import { callbackTask } from './callback-steps';
import type { CompileContext } from './context';
import { RESERVED_STATE_NAMES as R, truncate } from './names';
import { RUN_APPROVAL_TIMEOUT, SUPERVISOR_RETRY, SUPERVISOR_TIMEOUT_SECONDS } from './policy';
import { needsRunApproval, type WorkflowType } from './workflow-type';

/** The supervisor's states around every workflow: start, the Auto Mode gate, finish and the failure path. */

/**
 * "Start run" and, when runs may need approval, the gate after it, leading to `firstStep`. A STANDARD workflow parks
 * the run on a task token ("Wait for approval"). An EXPRESS workflow cannot wait, so the approval happens before its
 * execution starts: "Start run" records a pending approval and the execution ends at "Approval requested"; the
 * decision starts a new execution of the run whose context carries it (approved: the steps run; rejected or no
 * decision in time: "Finish rejected run").
 */
export const openingStates = (
  ctx: CompileContext,
  def: WorkflowDefinition,
  type: WorkflowType,
  firstStep: string,
): Record<string, AslState> => {
  const gate = needsRunApproval(def);
  const beforeStart = gate && type === 'EXPRESS';
  const start = startState(ctx, beforeStart);
  const states: Record<string, AslState> = { [R.start]: start };
  if (gate && type === 'STANDARD') {
    start.Next = R.gate;
    states[R.gate] = {
      Type: 'Choice',
      Comment: 'Auto Mode is off for this tenant or workflow: a person approves the run first.',
      Choices: [{ Variable: '$.context.needsApproval', BooleanEquals: true, Next: R.waitForApproval }],
      Default: firstStep,
    };
    states[R.waitForApproval] = runApprovalState(ctx, def, firstStep);
  } else if (beforeStart) {
    start.Next = R.gate;
    states[R.gate] = {
      Type: 'Choice',
      Comment:
        'Auto Mode is off for this tenant or workflow: a person approves the run before its steps, and an ' +
        'Express execution cannot wait, so the decision starts the run again.',
      Choices: [
        {
          And: [
            { Variable: '$.context.approval', IsPresent: true },
            { Variable: '$.context.approval.approved', BooleanEquals: false },
          ],
          Next: R.finishRejected,
        },
        { Variable: '$.context.needsApproval', BooleanEquals: true, Next: R.approvalRequested },
      ],
      Default: firstStep,
    };
    states[R.approvalRequested] = {
      Type: 'Succeed',
      Comment:
        'The supervisor recorded a pending approval holding this input; approving or rejecting it starts the run ' +
        'again. No step ran.',
    };
  } else {
    start.Next = firstStep;
  }
  return states;
};

/** "Finish run", the rejected ending when something can reject the run, and the failure path. */
export const closingStates = (ctx: CompileContext, rejectable: boolean): Record<string, AslState> => {
  const states: Record<string, AslState> = { [R.finish]: { ...finishState(ctx, 'succeeded'), End: true } };
  // Only when something can reject the run: Step Functions refuses unreachable states.
  if (rejectable) {
    states[R.finishRejected] = { ...finishState(ctx, 'rejected'), Next: R.rejected };
    states[R.rejected] = { Type: 'Succeed', Comment: 'A person rejected the run; recorded as rejected.' };
  }
  states[R.recordFailure] = recordFailureState(ctx);
  states[R.failed] = { Type: 'Fail', ErrorPath: '$.error.Error', CausePath: '$.error.Cause' };
  return states;
};

const supervisorTask = (ctx: CompileContext, parameters: JsonObject): AslTaskState => {
  return {
    Type: 'Task',
    Resource: ctx.resolver.supervisorFunction(),
    Parameters: parameters,
    TimeoutSeconds: SUPERVISOR_TIMEOUT_SECONDS,
    Retry: [SUPERVISOR_RETRY],
  };
};

const startState = (ctx: CompileContext, approveBeforeStart: boolean): AslTaskState => {
  return {
    ...supervisorTask(ctx, {
      op: 'start',
      'executionId.$': '$$.Execution.Id',
      'executionName.$': '$$.Execution.Name',
      'startedAt.$': '$$.Execution.StartTime',
      'input.$': '$',
      ...(approveBeforeStart ? { approveBeforeStart: true } : {}),
    }),
    Comment: 'Loads the run context (tenant, Auto Mode, dry run) and records the run as started.',
    // Replaces the input (no ResultPath): the state data from here on is { trigger, context, steps }.
    ResultSelector: { 'trigger.$': '$$.Execution.Input.trigger', 'context.$': '$', steps: {} },
  };
};

const runApprovalState = (ctx: CompileContext, def: WorkflowDefinition, firstStep: string): AslTaskState => {
  const task = callbackTask(
    ctx,
    {
      op: 'requestApproval',
      'taskToken.$': '$$.Task.Token',
      'context.$': '$.context',
      stepId: '_run',
      message: truncate(`Run "${def.name}"`, 200),
      'trigger.$': '$.trigger',
    },
    durationSeconds(RUN_APPROVAL_TIMEOUT),
  );
  task.ResultPath = null;
  task.Catch = [
    { ErrorEquals: [ERRORS.rejected, 'States.Timeout'], ResultPath: null, Next: R.finishRejected },
    { ErrorEquals: ctx.failureErrors(), ResultPath: '$.error', Next: R.recordFailure },
  ];
  task.Next = firstStep;
  return task;
};

const finishState = (ctx: CompileContext, outcome: 'succeeded' | 'rejected'): AslTaskState => {
  return {
    ...supervisorTask(ctx, { op: 'finish', outcome, 'context.$': '$.context', 'steps.$': '$.steps' }),
    ResultPath: null,
    Catch: [{ ErrorEquals: ctx.failureErrors(), ResultPath: '$.error', Next: R.recordFailure }],
  };
};

const recordFailureState = (ctx: CompileContext): AslTaskState => {
  return {
    ...supervisorTask(ctx, {
      op: 'fail',
      'context.$': '$.context',
      'steps.$': '$.steps',
      'error.$': '$.error',
    }),
    ResultPath: null,
    // The run fails with its original error even when recording it fails.
    Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: null, Next: R.failed }],
    Next: R.failed,
  };
};

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
 * "Start run" and, when runs may need approval, the gate after it, leading to `firstStep`. In an EXPRESS workflow
 * (no callbacks possible) the gate fails the run with ApprovalUnavailable instead of waiting.
 */
export const openingStates = (
  ctx: CompileContext,
  def: WorkflowDefinition,
  type: WorkflowType,
  firstStep: string,
): Record<string, AslState> => {
  const start = startState(ctx);
  const states: Record<string, AslState> = { [R.start]: start };
  const gate = needsRunApproval(def);
  if (gate && type === 'STANDARD') {
    start.Next = R.gate;
    states[R.gate] = {
      Type: 'Choice',
      Comment: 'Auto Mode is off for this tenant or workflow: a person approves the run first.',
      Choices: [{ Variable: '$.context.needsApproval', BooleanEquals: true, Next: R.waitForApproval }],
      Default: firstStep,
    };
    states[R.waitForApproval] = runApprovalState(ctx, def, firstStep);
  } else if (gate) {
    start.Next = R.gate;
    states[R.gate] = {
      Type: 'Choice',
      Choices: [{ Variable: '$.context.needsApproval', BooleanEquals: true, Next: R.gateUnavailable }],
      Default: firstStep,
    };
    states[R.gateUnavailable] = {
      Type: 'Pass',
      Parameters: {
        Error: 'ApprovalUnavailable',
        Cause:
          'Auto Mode is off but this is an EXPRESS workflow, which cannot wait for approval. ' +
          'Set "autoMode": true on the workflow or use settings.type STANDARD.',
      },
      ResultPath: '$.error',
      Next: R.recordFailure,
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

const startState = (ctx: CompileContext): AslTaskState => {
  return {
    ...supervisorTask(ctx, {
      op: 'start',
      'executionId.$': '$$.Execution.Id',
      'executionName.$': '$$.Execution.Name',
      'startedAt.$': '$$.Execution.StartTime',
      'input.$': '$',
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

import { ERRORS } from '../contracts';
import { durationSeconds, humanizeDuration } from '../duration';
import { hasReferences } from '../references';
import type { ApprovalStep, Step, WaitForStep } from '../schema';
import type { AslTaskState, JsonObject } from './asl';
import { type CompileContext, type Scope, stepPath, type Target } from './context';
import { businessDeadline } from './control-steps';
import { approvalLabel, RESERVED_STATE_NAMES as R, waitForTimeoutName } from './names';
import { DEFAULT_APPROVAL_TIMEOUT, SUPERVISOR_RETRY } from './policy';
import { arrayExpression, templateObject, templateString } from './templates';

/** Steps that wait for a callback (a task token): waitFor (an event) and approval (a person). */

export const CALLBACK_RESOURCE = 'arn:aws:states:::lambda:invoke.waitForTaskToken';

const callbackPayload = (step: Step, scope: Scope, fields: JsonObject): JsonObject => {
  const payload: JsonObject = {
    'taskToken.$': '$$.Task.Token',
    'context.$': '$.context',
    stepId: step.id,
  };
  if (scope.local) payload['itemIndex.$'] = '$.index';
  if (scope.keys.includes('itemPath')) payload['itemPath.$'] = '$.itemPath';
  return { ...fields, ...payload };
};

export const callbackTask = (
  ctx: CompileContext,
  payload: JsonObject,
  timeout: number | { path: string },
): AslTaskState => {
  return {
    Type: 'Task',
    Resource: CALLBACK_RESOURCE,
    Parameters: { FunctionName: ctx.resolver.supervisorFunction(), Payload: payload },
    ...(typeof timeout === 'number' ? { TimeoutSeconds: timeout } : { TimeoutSecondsPath: timeout.path }),
    // Only the registration call is retried (a retry registers a fresh token; the dead one is dropped when the
    // event arrives); States.Timeout means the wait is over.
    Retry: [SUPERVISOR_RETRY],
  };
};

export const compileWaitFor = (ctx: CompileContext, step: WaitForStep, scope: Scope, next: Target): void => {
  const name = ctx.name(step);
  const pathOf = ctx.pathOf(scope);
  const timedOut = ctx.namer.unique(waitForTimeoutName(step));
  // Business days: the deadline task before this one leaves the seconds to wait (TimeoutSecondsPath).
  const deadline = businessDeadline(ctx, step, scope, name);
  const timeout: JsonObject = deadline
    ? { 'timeoutSeconds.$': deadline.seconds }
    : { timeoutSeconds: durationSeconds(step.waitFor.timeout as string) };
  const payload = callbackPayload(step, scope, {
    op: 'registerWait',
    event: step.waitFor.event,
    match: templateObject(step.waitFor.match, pathOf, 'waitFor.match'),
    ...timeout,
  });
  const task = callbackTask(
    ctx,
    payload,
    deadline ? { path: deadline.seconds } : (timeout.timeoutSeconds as number),
  );
  if (step.description) task.Comment = step.description;
  task.ResultSelector = { received: true, 'event.$': '$.event' };
  task.ResultPath = stepPath(step.id);
  task.Catch = [
    { ErrorEquals: ['States.Timeout'], ResultPath: stepPath(step.id), Next: timedOut },
    ...ctx.catchers(scope),
  ];
  scope.states[name] = { ...task, ...ctx.flow(ctx.first(step.onEvent, next), scope) };
  scope.states[timedOut] = {
    Type: 'Pass',
    Result: { received: false, event: null },
    ResultPath: stepPath(step.id),
    ...ctx.flow(ctx.first(step.onTimeout, next), scope),
  };
  if (step.onEvent) ctx.sequence(step.onEvent, scope, next);
  if (step.onTimeout) ctx.sequence(step.onTimeout, scope, next);
};

export const compileApproval = (
  ctx: CompileContext,
  step: ApprovalStep,
  scope: Scope,
  next: Target,
): void => {
  const name = ctx.name(step);
  const label = approvalLabel(step);
  const timeout = step.approval.timeout ?? DEFAULT_APPROVAL_TIMEOUT;
  const readDecision = ctx.namer.unique(`Read rejection: ${label}`);
  const rejected = ctx.namer.unique(`Rejected: ${label}`);
  const undecided = ctx.namer.unique(`No decision: ${label}`);
  const pathOf = ctx.pathOf(scope);
  const message = templateString(step.approval.message, pathOf);
  const fields: JsonObject = { op: 'requestApproval' };
  if (message.dynamic) fields['message.$'] = message.expression;
  else fields.message = message.value;
  const approvers = step.approval.approvers;
  // Approvers may name people through references ({{trigger.lead.ownerEmail}}): rendered like any other text.
  if (approvers?.some(hasReferences))
    fields['approvers.$'] = arrayExpression(approvers, pathOf, 'approval.approvers');
  else if (approvers) fields.approvers = approvers;
  fields['trigger.$'] = '$.trigger';

  const task = callbackTask(ctx, callbackPayload(step, scope, fields), durationSeconds(timeout));
  if (step.description) task.Comment = step.description;
  task.ResultSelector = { approved: true, 'by.$': '$.by', 'at.$': '$.at', 'comment.$': '$.comment' };
  task.ResultPath = stepPath(step.id);
  task.Catch = [
    { ErrorEquals: [ERRORS.rejected], ResultPath: stepPath(step.id), Next: readDecision },
    { ErrorEquals: ['States.Timeout'], ResultPath: stepPath(step.id), Next: undecided },
    ...ctx.catchers(scope),
  ];
  scope.states[name] = { ...task, ...ctx.flow(next, scope) };

  const afterRejection = ctx.first(step.onReject, rejectionTarget(ctx, step, scope, label));
  const at = stepPath(step.id);
  scope.states[readDecision] = {
    Type: 'Pass',
    Comment: 'The rejection cause is JSON { by, at, comment }; missing fields become null.',
    Parameters: {
      'decision.$':
        'States.JsonMerge(States.StringToJson(States.Format(\'\\{"by":null,"at":null,"comment":null\\}\')), ' +
        `States.StringToJson(${at}.Cause), false)`,
    },
    ResultPath: at,
    Next: rejected,
  };
  scope.states[rejected] = {
    Type: 'Pass',
    Parameters: {
      approved: false,
      'by.$': `${at}.decision.by`,
      'at.$': `${at}.decision.at`,
      'comment.$': `${at}.decision.comment`,
    },
    ResultPath: at,
    ...ctx.flow(afterRejection, scope),
  };
  scope.states[undecided] = {
    Type: 'Pass',
    Result: {
      approved: false,
      by: null,
      at: null,
      comment: `No decision within ${humanizeDuration(timeout)}`,
    },
    ResultPath: at,
    ...ctx.flow(afterRejection, scope),
  };
  if (step.onReject) ctx.sequence(step.onReject, scope, rejectionTarget(ctx, step, scope, label));
};

/** After a rejection (and its onReject steps) the run ends as rejected; inside a branch, by failing it. */
const rejectionTarget = (ctx: CompileContext, step: ApprovalStep, scope: Scope, label: string): string => {
  if (scope.kind === 'top') {
    ctx.rejectable = true;
    return R.finishRejected;
  }
  const key = `#reject:${step.id}`;
  const known = ctx.rejectStops.get(key);
  if (known) return known;
  const stop = ctx.namer.unique(`Stop: ${label} rejected`);
  ctx.rejectStops.set(key, stop);
  scope.states[stop] = { Type: 'Fail', Error: ERRORS.rejected, Cause: `Approval "${label}" was rejected` };
  return stop;
};

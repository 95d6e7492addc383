import { type ActionSpec, getAction } from '../catalogue';
import type { ActionStep, Step } from '../schema';
import type { AslTaskState, JsonObject } from './asl';
import { type CompileContext, type Scope, stepPath, type Target } from './context';
import { integrationTask } from './integrations';
import { actionRetriers, actionTimeoutSeconds } from './policy';
import { CompileError, type PathOf, templateObject } from './templates';

/** Action steps: a Task on the agent's Lambda, the supervisor (ai.task) or a direct service integration. */

/** The `meta` of an agent payload (AgentTaskPayload): who runs the step, for idempotency keys and logs. */
export const agentMeta = (ctx: CompileContext, step: Step, scope: Scope): JsonObject => {
  const meta: JsonObject = {
    'tenantId.$': '$.context.tenantId',
    'workflowId.$': '$.context.workflowId',
    'runId.$': '$.context.runId',
    'executionId.$': '$$.Execution.Id',
    stepId: step.id,
  };
  if (scope.local) meta['itemIndex.$'] = '$.index';
  else meta.itemIndex = -1;
  if (scope.keys.includes('itemPath')) meta['itemPath.$'] = '$.itemPath';
  if (ctx.includeAttempt) meta['attempt.$'] = '$$.State.RetryCount';
  meta['dryRun.$'] = '$.context.dryRun';
  return meta;
};

export const compileAction = (ctx: CompileContext, step: ActionStep, scope: Scope, next: Target): void => {
  const spec = getAction(step.action);
  if (!spec) throw new CompileError(`step "${step.id}": unknown action "${step.action}"`);
  const name = ctx.name(step);
  const pathOf = ctx.pathOf(scope);
  const task: AslTaskState = {
    Type: 'Task',
    ...actionInvocation(ctx, step, spec, scope, pathOf),
    ResultPath: stepPath(step.id),
    TimeoutSeconds: actionTimeoutSeconds(step),
  };
  if (step.description) task.Comment = step.description;
  const retry = actionRetriers(spec, step.retry);
  if (retry.length) task.Retry = retry;

  if (step.onError === 'continue') {
    const noted = ctx.namer.unique(`${name}: failed, continuing`);
    task.Catch = [{ ErrorEquals: ['States.ALL'], ResultPath: stepPath(step.id), Next: noted }];
    scope.states[name] = { ...task, ...ctx.flow(next, scope) };
    scope.states[noted] = {
      Type: 'Pass',
      Comment: `onError "continue": the error is kept under steps.${step.id}.error and the run goes on.`,
      Parameters: { 'error.$': stepPath(step.id) },
      ResultPath: stepPath(step.id),
      ...ctx.flow(next, scope),
    };
    return;
  }
  const catchers = ctx.catchers(scope);
  if (catchers.length) task.Catch = catchers;
  scope.states[name] = { ...task, ...ctx.flow(next, scope) };
};

const actionInvocation = (
  ctx: CompileContext,
  step: ActionStep,
  spec: ActionSpec,
  scope: Scope,
  pathOf: PathOf,
): Pick<AslTaskState, 'Resource' | 'Parameters' | 'ResultSelector'> => {
  const input = step.input ?? {};
  const performer = spec.performer;
  if (performer.kind === 'integration') {
    return integrationTask(ctx.resolver, step, performer.service, scope.local !== undefined, pathOf);
  }
  const payload: JsonObject =
    performer.kind === 'supervisor'
      ? {
          op: 'route',
          action: spec.name,
          input: templateObject(input, pathOf),
          meta: agentMeta(ctx, step, scope),
        }
      : { action: spec.name, input: templateObject(input, pathOf), meta: agentMeta(ctx, step, scope) };
  const resultSelector: JsonObject = {};
  for (const key of Object.keys(spec.output.shape)) resultSelector[`${key}.$`] = `$.${key}`;
  return {
    Resource:
      performer.kind === 'agent'
        ? ctx.resolver.agentFunction(performer.agent)
        : ctx.resolver.supervisorFunction(),
    Parameters: payload,
    ResultSelector: resultSelector,
  };
};

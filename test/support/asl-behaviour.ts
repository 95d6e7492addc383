import { WorkflowDefinition } from '../../statemachines/schema';

/** Builders shared by the asl-*.test.ts files (compiled state machines executed in aws-local-stepfunctions). */

/**
 * Compiled state machines EXECUTED in aws-local-stepfunctions, every Task stubbed (see test/support/compiled-run.ts
 * for how task tokens are handled: a custom context object supplies $$.Task.Token, and the stub of a
 * `.waitForTaskToken` task answers the callback: return = SendTaskSuccess, TaskError = SendTaskFailure / timeout).
 */

export const workflow = (steps: unknown[], extra: Record<string, unknown> = {}) =>
  WorkflowDefinition.parse({ name: 'Behaviour', trigger: { type: 'manual' }, steps, ...extra });

export const log = (id: string, message = id) => ({ id, action: 'log', input: { message } });

export const ran = (r: { inputsOfAction: (a: string) => { Item: { stepId: { S: string } } }[] }) =>
  r.inputsOfAction('log').map((i) => i.Item.stepId.S);

import type { AslDefinition, AslState } from '../../statemachines/compile';
import { compileWorkflow, placeholderResolver } from '../../statemachines/compile';
import { WorkflowDefinition } from '../../statemachines/schema';

/**
 * Each step kind rendered to ASL and compared state by state with toStrictEqual (the CDK Step Functions test style).
 * Manual workflows have no Auto Mode gate, so the first step follows "Start run" directly.
 */

export const SUPERVISOR = 'arn:aws:lambda:us-east-1:000000000000:function:dynaris-supervisor';
export const lambda = (agent: string) => `arn:aws:lambda:us-east-1:000000000000:function:dynaris-${agent}`;

/** Every definition compiled by the test file (one module instance per file); its last test checks them all. */
export const compiledHere: AslDefinition[] = [];

export const compile = (steps: unknown[], extra: Record<string, unknown> = {}) => {
  const def = WorkflowDefinition.parse({ name: 'Test', trigger: { type: 'manual' }, steps, ...extra });
  const compiled = compileWorkflow(def, { resolver: placeholderResolver });
  compiledHere.push(compiled.definition);
  return compiled;
};

export const states = (steps: unknown[], extra: Record<string, unknown> = {}): Record<string, AslState> =>
  compile(steps, extra).definition.States;

/** The meta every agent task carries; inside a Map the item index comes from the iteration. */
export const meta = (stepId: string, inMap = false) => ({
  'tenantId.$': '$.context.tenantId',
  'workflowId.$': '$.context.workflowId',
  'runId.$': '$.context.runId',
  'executionId.$': '$$.Execution.Id',
  stepId,
  ...(inMap ? { 'itemIndex.$': '$.index' } : { itemIndex: -1 }),
  'attempt.$': '$$.State.RetryCount',
  'dryRun.$': '$.context.dryRun',
});

export const LAMBDA_ERRORS = [
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
  'Lambda.ClientExecutionTimeoutException',
];
/** Retried for an action that sends outside AWS (email.send): no Sandbox.Timedout, it may have sent already. */
export const AGENT_ERRORS = ['RetriableError', 'States.Timeout', ...LAMBDA_ERRORS];
/** Retried for an action whose repeat cannot act twice (crm.addNote): Sandbox.Timedout too. */
export const IDEMPOTENT_AGENT_ERRORS = [...AGENT_ERRORS, 'Sandbox.Timedout'];
/** Only business outcomes are recorded as failures; other errors fail the execution at the state (redrive). */
export const TO_RECORD_FAILURE = {
  ErrorEquals: ['NonRetriableError', 'ConflictError', 'ApprovalUnavailable'],
  ResultPath: '$.error',
  Next: 'Record failure',
};
/** An EXPRESS workflow (no redrive, no status-change event) records every failure itself. */
export const EXPRESS_TO_RECORD_FAILURE = { ...TO_RECORD_FAILURE, ErrorEquals: ['States.ALL'] };
/** Registering a wait or an approval retries like every supervisor task, the supervisor's RetriableError included. */
export const CALLBACK_RETRY = {
  ErrorEquals: [...LAMBDA_ERRORS, 'Sandbox.Timedout', 'RetriableError'],
  IntervalSeconds: 1,
  MaxAttempts: 3,
  BackoffRate: 2,
  MaxDelaySeconds: 10,
  JitterStrategy: 'FULL',
};

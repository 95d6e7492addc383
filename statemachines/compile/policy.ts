import { ACTION_NAMES, type ActionRetry, type ActionSpec, type AgentName, getAction } from '../catalogue';
import { ERRORS } from '../contracts';
import { durationSeconds } from '../duration';
import type { ActionStep, RetryPolicy } from '../schema';
import type { AslRetrier } from './asl';

/**
 * Transient errors of a Lambda invocation, which AWS recommends retrying (Step Functions best practices: "Handle
 * transient Lambda service exceptions"; TooManyRequests is Lambda's throttle).
 */
export const LAMBDA_SERVICE_ERRORS = [
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
  'Lambda.ClientExecutionTimeoutException',
] as const;

/** The function ran past its own timeout (Lambda ended it). */
export const SANDBOX_TIMEDOUT = 'Sandbox.Timedout';

/**
 * Actions whose effect leaves AWS where it cannot be de-duplicated (an email, a Slack message, an outside HTTP
 * call): a function that timed out may have sent before it was stopped and before its idempotency record was
 * written, so Sandbox.Timedout is not retried for them (the run fails at the step; a person decides on a redrive).
 */
export const SENDS_OUTSIDE_AWS: ReadonlySet<string> = new Set([
  'email.send',
  'notify.slack',
  'notify.team',
  'invoice.sendReminder',
  'http.request',
  'ai.task',
]);

/** Retried for agent actions: the agent's own transient failures, its timeouts and the Lambda service errors. */
export const AGENT_RETRY_ERRORS = [ERRORS.retriable, 'States.Timeout', ...LAMBDA_SERVICE_ERRORS];

export const DYNAMODB_RETRY_ERRORS = [
  'DynamoDB.ProvisionedThroughputExceededException',
  'DynamoDB.RequestLimitExceeded',
  'DynamoDB.ThrottlingException',
  'DynamoDB.InternalServerErrorException',
  'States.Timeout',
];

/** The optimized PutEvents integration fails with EventBridge.FailedEntry when an entry was not accepted. */
export const EVENTBRIDGE_RETRY_ERRORS = [
  'EventBridge.FailedEntry',
  'EventBridge.InternalException',
  'States.Timeout',
];

/**
 * Business outcomes: failures a redrive cannot fix (bad input, a refused booking, no approval possible). Only
 * these are caught and recorded through "Record failure" and the Fail state "Run failed". Every other error (a
 * throttle, a timeout, a tool outage) is left uncaught, so the execution fails at the failing state itself, a
 * redrive resumes there, and the run record is closed by Step Functions' execution status-change event.
 */
export const BUSINESS_ERRORS = [ERRORS.nonRetriable, ERRORS.conflict, 'ApprovalUnavailable'];

/** Retry of the supervisor's own tasks (start, finish, fail, callbacks registration): every op is idempotent. */
export const SUPERVISOR_RETRY: AslRetrier = {
  ErrorEquals: [...LAMBDA_SERVICE_ERRORS, SANDBOX_TIMEDOUT, ERRORS.retriable],
  IntervalSeconds: 1,
  MaxAttempts: 3,
  BackoffRate: 2,
  MaxDelaySeconds: 10,
  JitterStrategy: 'FULL',
};

export const SUPERVISOR_TIMEOUT_SECONDS = 30;
/** Approvals without a timeout wait this long (a person may be on holiday), then count as rejected. */
export const DEFAULT_APPROVAL_TIMEOUT = 'P7D';
/** The Auto Mode gate before a run. */
export const RUN_APPROVAL_TIMEOUT = 'P7D';
export const DEFAULT_FOREACH_CONCURRENCY = 10;

const SLOW_ACTIONS = new Set(['email.draft', 'report.summarize', 'ai.task', 'http.request']);

/** Seconds between the longest Task TimeoutSeconds that invokes a function and the function's own timeout. */
export const FUNCTION_TIMEOUT_MARGIN_SECONDS = 15;

/** The default Task TimeoutSeconds of an action (no step override). */
export const defaultActionTimeoutSeconds = (action: string): number => {
  const spec = getAction(action);
  if (spec?.performer.kind === 'integration') return 30;
  return SLOW_ACTIONS.has(action) ? 120 : 60;
};

/** Functions Task states invoke: each agent, and the supervisor (start, finish, fail, callbacks, ai.task). */
export type TaskFunction = AgentName | 'supervisor';

/** Work a function does outside Task states (the billing agent's daily overdue sweep). */
const OWN_WORK_SECONDS: Partial<Record<TaskFunction, number>> = { billing: 300 };

/**
 * A function's timeout: the longest Task TimeoutSeconds that can invoke it (the action defaults, which a step may
 * only lower, see maxActionTimeoutSeconds) plus a margin, so the task's timeout decides, not Lambda's.
 */
export const functionTimeoutSeconds = (fn: TaskFunction): number => {
  const tasks = ACTION_NAMES.filter((name) => {
    const performer = getAction(name)?.performer;
    return fn === 'supervisor'
      ? performer?.kind === 'supervisor'
      : performer?.kind === 'agent' && performer.agent === fn;
  }).map(defaultActionTimeoutSeconds);
  const longest = Math.max(SUPERVISOR_TIMEOUT_SECONDS, ...tasks);
  return Math.max(longest + FUNCTION_TIMEOUT_MARGIN_SECONDS, OWN_WORK_SECONDS[fn] ?? 0);
};

/** The longest TimeoutSeconds a step may give an action: its function must outlast it by the margin. */
export const maxActionTimeoutSeconds = (action: string): number => {
  const performer = getAction(action)?.performer;
  if (!performer || performer.kind === 'integration') return defaultActionTimeoutSeconds(action);
  const fn: TaskFunction = performer.kind === 'agent' ? performer.agent : 'supervisor';
  return functionTimeoutSeconds(fn) - FUNCTION_TIMEOUT_MARGIN_SECONDS;
};

/** Task timeout of an action: the step's own, else 30 s for direct integrations, 120 s for model calls, 60 s else. */
export const actionTimeoutSeconds = (step: Pick<ActionStep, 'action' | 'timeout'>): number =>
  step.timeout ? durationSeconds(step.timeout) : defaultActionTimeoutSeconds(step.action);

export const effectiveRetry = (spec: ActionSpec, override: RetryPolicy | undefined): ActionRetry => {
  const intervalSeconds = override?.intervalSeconds ?? spec.retry.intervalSeconds;
  return {
    maxAttempts: override?.maxAttempts ?? spec.retry.maxAttempts,
    intervalSeconds,
    backoffRate: override?.backoffRate ?? spec.retry.backoffRate,
    maxDelaySeconds: Math.max(spec.retry.maxDelaySeconds, intervalSeconds),
  };
};

export const retryErrors = (spec: ActionSpec): string[] => {
  if (spec.performer.kind === 'integration')
    return spec.performer.service === 'dynamodb' ? DYNAMODB_RETRY_ERRORS : EVENTBRIDGE_RETRY_ERRORS;
  return SENDS_OUTSIDE_AWS.has(spec.name) ? AGENT_RETRY_ERRORS : [...AGENT_RETRY_ERRORS, SANDBOX_TIMEDOUT];
};

/** The Retry field of an action step; empty when the policy allows no retries. */
export const actionRetriers = (spec: ActionSpec, override: RetryPolicy | undefined): AslRetrier[] => {
  const policy = effectiveRetry(spec, override);
  if (policy.maxAttempts === 0) return [];
  return [
    {
      ErrorEquals: retryErrors(spec),
      IntervalSeconds: policy.intervalSeconds,
      MaxAttempts: policy.maxAttempts,
      BackoffRate: policy.backoffRate,
      MaxDelaySeconds: policy.maxDelaySeconds,
      JitterStrategy: 'FULL',
    },
  ];
};

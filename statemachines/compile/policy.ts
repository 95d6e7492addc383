import { type ActionRetry, type ActionSpec, getAction } from '../catalogue';
import { ERRORS } from '../contracts';
import { durationSeconds } from '../duration';
import type { ActionStep, RetryPolicy } from '../schema';
import type { AslRetrier } from './asl';

/** Errors of a Lambda invocation that are worth retrying (AWS recommends retrying the Lambda service errors). */
export const LAMBDA_SERVICE_ERRORS = [
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
] as const;

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

/** Retry of the supervisor's own tasks (start, finish, fail, callbacks registration). */
export const SUPERVISOR_RETRY: AslRetrier = {
  ErrorEquals: [...LAMBDA_SERVICE_ERRORS, ERRORS.retriable],
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

/** Task timeout of an action: the step's own, else 30 s for direct integrations, 120 s for model calls, 60 s else. */
export const actionTimeoutSeconds = (step: Pick<ActionStep, 'action' | 'timeout'>): number => {
  if (step.timeout) return durationSeconds(step.timeout);
  const spec = getAction(step.action);
  if (spec?.performer.kind === 'integration') return 30;
  if (SLOW_ACTIONS.has(step.action)) return 120;
  return 60;
};

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
  return AGENT_RETRY_ERRORS;
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

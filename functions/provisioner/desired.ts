import { compileWorkflow } from '../../statemachines/compile';
import type { ExecutionInput } from '../../statemachines/contracts';
import { filterToPattern, validateFilter } from '../../statemachines/patterns';
import { scheduleExpression, scheduleTimezone } from '../../statemachines/schedule';
import type { Trigger } from '../../statemachines/schema';
import type { Subscription } from '../data/subscriptions';
import { webhookEventType } from '../data/subscriptions';
import type { WorkflowRecord } from '../data/workflows';
import type {
  DeployedSchedule,
  DeployedStateMachine,
  ScheduleSpec,
  StateMachineSpec,
} from '../shared/deployment-ports';
import { scheduleName, stateMachineName } from './names';
import { type ProvisionerSettings, ProvisioningError } from './types';

/** The desired state of a workflow's resources, and how to tell whether what is deployed differs from it. */

export const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
};
export const parsedOrText = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};
export const sameJsonText = (a: string, b: string) =>
  canonical(parsedOrText(a)) === canonical(parsedOrText(b));

export const desiredStateMachine = (
  settings: ProvisionerSettings,
  workflow: WorkflowRecord,
): StateMachineSpec => {
  let compiled: ReturnType<typeof compileWorkflow>;
  try {
    compiled = compileWorkflow(workflow.definition, { resolver: settings.resolver });
  } catch (error) {
    throw new ProvisioningError(`The workflow does not compile: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const express = compiled.type === 'EXPRESS';
  return {
    name: stateMachineName(settings.stateMachinePrefix, workflow.tenantId, workflow.workflowId),
    definition: compiled.json,
    roleArn: settings.stateMachineRoleArn,
    type: compiled.type,
    logging: settings.logGroupArn
      ? // Express executions have no history: their timeline is read from these logs (every event, with its data).
        { level: express ? 'ALL' : 'ERROR', includeExecutionData: express, logGroupArn: settings.logGroupArn }
      : { level: 'OFF', includeExecutionData: false },
    tracingEnabled: settings.tracingEnabled,
    tags: { tenantId: workflow.tenantId, workflowId: workflow.workflowId },
  };
};

export const stateMachineDiffers = (current: DeployedStateMachine, desired: StateMachineSpec): boolean =>
  !sameJsonText(current.definition, desired.definition) ||
  current.roleArn !== desired.roleArn ||
  current.tracingEnabled !== desired.tracingEnabled ||
  current.logging.level !== desired.logging.level ||
  current.logging.includeExecutionData !== desired.logging.includeExecutionData ||
  (current.logging.logGroupArn ?? null) !== (desired.logging.logGroupArn ?? null);

export const missingTags = (
  current: DeployedStateMachine,
  desired: StateMachineSpec,
): Record<string, string> =>
  Object.fromEntries(Object.entries(desired.tags).filter(([k, v]) => current.tags[k] !== v));

/** The subscription an event or webhook trigger needs (undefined for the others). */
export const desiredSubscription = (
  workflow: WorkflowRecord,
  stateMachineArn: string,
  type: StateMachineSpec['type'],
): Subscription | undefined => {
  const trigger: Trigger = workflow.definition.trigger;
  if (trigger.type !== 'event' && trigger.type !== 'webhook') return undefined;
  const problems = validateFilter(trigger.filter);
  if (problems.length > 0) {
    throw new ProvisioningError(
      `The trigger filter is not a valid event pattern: ${problems.map((p) => `${p.path || '(filter)'}: ${p.message}`).join('; ')}`,
    );
  }
  return {
    tenantId: workflow.tenantId,
    eventType: trigger.type === 'event' ? trigger.event : webhookEventType(trigger.source),
    workflowId: workflow.workflowId,
    workflowVersion: workflow.currentVersion,
    pattern: filterToPattern(trigger.filter),
    stateMachineArn,
    workflowType: type,
  };
};

/** Scheduler retries a failed StartExecution for up to an hour, then hands the event to the DLQ. */
export const SCHEDULE_RETRY = { maximumEventAgeInSeconds: 3600, maximumRetryAttempts: 10 } as const;

export const desiredSchedule = (
  settings: ProvisionerSettings,
  workflow: WorkflowRecord,
  stateMachineArn: string,
  fallbackTimezone: string,
): ScheduleSpec | undefined => {
  const trigger = workflow.definition.trigger;
  if (trigger.type !== 'schedule') return undefined;
  let expression: string;
  try {
    expression = scheduleExpression(trigger);
  } catch (error) {
    throw new ProvisioningError(`The schedule is not valid: ${(error as Error).message}`, { cause: error });
  }
  const input: ExecutionInput = {
    trigger: { scheduledTime: '<aws.scheduler.scheduled-time>' },
    context: {
      tenantId: workflow.tenantId,
      workflowId: workflow.workflowId,
      workflowVersion: workflow.currentVersion,
      triggerType: 'schedule',
    },
  };
  return {
    name: scheduleName(workflow.tenantId, workflow.workflowId),
    groupName: settings.scheduleGroup,
    expression,
    timezone: scheduleTimezone(trigger, fallbackTimezone),
    description: `Dynaris workflow "${workflow.name}" (${workflow.tenantId}/${workflow.workflowId})`.slice(
      0,
      512,
    ),
    flexibleWindow: { mode: 'OFF' },
    target: {
      arn: stateMachineArn,
      roleArn: settings.schedulerRoleArn,
      input: JSON.stringify(input),
      retryPolicy: { ...SCHEDULE_RETRY },
      ...(settings.schedulerDlqArn ? { deadLetterArn: settings.schedulerDlqArn } : {}),
    },
    state: 'ENABLED',
  };
};

export const scheduleDiffers = (current: DeployedSchedule, desired: ScheduleSpec): boolean =>
  current.expression !== desired.expression ||
  current.timezone !== desired.timezone ||
  current.description !== desired.description ||
  current.state !== desired.state ||
  canonical(current.flexibleWindow) !== canonical(desired.flexibleWindow) ||
  current.target.arn !== desired.target.arn ||
  current.target.roleArn !== desired.target.roleArn ||
  !sameJsonText(current.target.input, desired.target.input) ||
  canonical(current.target.retryPolicy) !== canonical(desired.target.retryPolicy) ||
  (current.target.deadLetterArn ?? null) !== (desired.target.deadLetterArn ?? null);

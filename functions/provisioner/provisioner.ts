import { createHash } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { compileWorkflow } from '../../statemachines/compile';
import type { ExecutionInput, ResourceResolver } from '../../statemachines/contracts';
import {
  type EventPattern,
  filterToPattern,
  matchPattern,
  validateFilter,
} from '../../statemachines/patterns';
import { scheduleExpression, scheduleTimezone } from '../../statemachines/schedule';
import type { Trigger } from '../../statemachines/schema';
import type { Subscription, SubscriptionStore } from '../data/subscriptions';
import { webhookEventType } from '../data/subscriptions';
import { KEY, tenantKey } from '../data/table';
import type { DeployedResources, WorkflowRecord, WorkflowStatus } from '../data/workflows';
import type {
  DeployedSchedule,
  DeployedStateMachine,
  RoutingRulesPort,
  SchedulePort,
  ScheduleSpec,
  StateMachinePort,
  StateMachineSpec,
} from '../shared/deployment-ports';
import type { Clock, Database } from '../shared/ports';
import { isTransient } from '../shared/retry';

/**
 * The provisioner converges AWS to a saved workflow: its state machine (CreateStateMachine/UpdateStateMachine),
 * its subscription in the routing index (event and webhook triggers), its Scheduler schedule (schedule triggers)
 * and the static routing rule for its event type where one is missing.
 *
 *   draft, disabled  state machine only (manual and test runs work); no subscription, no schedule
 *   enabled          state machine + subscription or schedule
 *   deleting         everything removed, state machine last, then the workflow item
 *   error            converges to the last requested state (enabled or disabled), clears the error on success
 *
 * Every step reads the current state first and writes only what differs, so running it twice changes nothing
 * and a run that crashed half-way is completed by the next one. Names are deterministic, so nothing can be
 * orphaned: a workflow item that no longer exists has its resources looked up by name and removed.
 */

export interface ProvisionerSettings {
  readonly resolver: ResourceResolver;
  readonly stateMachinePrefix: string;
  readonly stateMachineRoleArn: string;
  /** CloudWatch Logs group for state machine logs (`arn:…:log-group:name:*`); logging off when absent. */
  readonly logGroupArn?: string;
  readonly tracingEnabled: boolean;
  readonly scheduleGroup: string;
  readonly schedulerRoleArn: string;
  readonly schedulerDlqArn?: string;
}

/** The part of the workflow repository (functions/data/workflows.ts) the provisioner uses. */
export interface WorkflowSource {
  get(tenantId: string, workflowId: string): Promise<WorkflowRecord | undefined>;
  setStatus(
    tenantId: string,
    workflowId: string,
    status: Exclude<WorkflowStatus, 'deleting'>,
    reason?: string | null,
  ): Promise<unknown>;
  setDeployment(
    tenantId: string,
    workflowId: string,
    deployed: Omit<DeployedResources, 'deployedAt'>,
  ): Promise<unknown>;
  remove(tenantId: string, workflowId: string): Promise<void>;
}

export interface ProvisionerDeps {
  readonly workflows: WorkflowSource;
  readonly subscriptions: SubscriptionStore;
  readonly stateMachines: StateMachinePort;
  readonly schedules: SchedulePort;
  readonly rules: RoutingRulesPort;
  readonly state: ProvisionStateStore;
  readonly settings: ProvisionerSettings;
  /** The tenant's time zone, for schedules without one. */
  readonly tenantTimezone: (tenantId: string) => Promise<string>;
  readonly clock: Clock;
  readonly log?: (message: string, details: Record<string, unknown>) => void;
}

export type ProvisionOutcome = 'converged' | 'deleted' | 'absent' | 'error';

export interface ProvisionReport {
  readonly tenantId: string;
  readonly workflowId: string;
  readonly outcome: ProvisionOutcome;
  /** What was changed, in order (`createStateMachine`, `upsertSubscription lead.created`, …); empty when in sync. */
  readonly changes: string[];
  readonly reason?: string;
}

/** A failure the provisioner reports on the workflow and does not retry (bad definition, refused request). */
export class ProvisioningError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ProvisioningError';
  }
}

// ------------------------------------------------------------------------------------------------ names

const shortHash = (text: string, length: number) =>
  createHash('sha256').update(text).digest('hex').slice(0, length);

const fitName = (name: string, max: number, pattern: RegExp): string => {
  const clean = name.replace(pattern, '_');
  if (clean.length <= max) return clean;
  const hash = shortHash(name, 12);
  return `${clean.slice(0, max - hash.length - 1)}-${hash}`;
};

/** `<prefix>-<tenantId>-<workflowId>`, at most 80 characters (hashed tail when longer). */
export const stateMachineName = (prefix: string, tenantId: string, workflowId: string): string =>
  fitName(`${prefix}-${tenantId}-${workflowId}`, 80, /[^A-Za-z0-9_-]/g);

/** `<tenantId>-<workflowId>` within the schedule group, at most 64 characters. */
export const scheduleName = (tenantId: string, workflowId: string): string =>
  fitName(`${tenantId}-${workflowId}`, 64, /[^A-Za-z0-9_.-]/g);

/** The bus event a webhook source produces (see the webhooks handler): its dispatch rule must exist. */
export const webhookBusEvent = (source: string): string =>
  source === 'email'
    ? 'email.received'
    : ['form', 'typeform', 'tally', 'webflow', 'jotform'].includes(source)
      ? 'form.submitted'
      : 'webhook.received';

// ------------------------------------------------------------------------------------------------ provision state

/**
 * The last requested state (enabled/disabled), kept beside the workflow so an `error` status knows what to
 * converge to. In the workflow's partition, so removing the workflow removes it.
 *   pk T#<t>#WF#<workflowId>   sk PROVISION
 */
export interface ProvisionState {
  readonly target: 'enabled' | 'disabled';
  readonly lastError: string | null;
  readonly updatedAt: string;
}

export interface ProvisionStateStore {
  get(tenantId: string, workflowId: string): Promise<ProvisionState | undefined>;
  put(tenantId: string, workflowId: string, state: ProvisionState): Promise<void>;
  delete(tenantId: string, workflowId: string): Promise<void>;
}

const provisionKey = (tenantId: string, workflowId: string) => ({
  [KEY.pk]: tenantKey(tenantId, 'WF', workflowId),
  [KEY.sk]: 'PROVISION',
});

export const createProvisionStateStore = ({ db }: { db: Database }): ProvisionStateStore => ({
  async get(tenantId, workflowId) {
    const out = await db.doc.send(
      new GetCommand({
        TableName: db.tableName,
        Key: provisionKey(tenantId, workflowId),
        ConsistentRead: true,
      }),
    );
    if (!out.Item) return undefined;
    return {
      target: out.Item.target === 'enabled' ? 'enabled' : 'disabled',
      lastError: typeof out.Item.lastError === 'string' ? out.Item.lastError : null,
      updatedAt: String(out.Item.updatedAt),
    };
  },
  async put(tenantId, workflowId, state) {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: {
          ...provisionKey(tenantId, workflowId),
          type: 'provisionState',
          tenantId,
          workflowId,
          ...state,
        },
      }),
    );
  },
  async delete(tenantId, workflowId) {
    await db.doc.send(
      new DeleteCommand({ TableName: db.tableName, Key: provisionKey(tenantId, workflowId) }),
    );
  },
});

// ------------------------------------------------------------------------------------------------ desired state

const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
};
const parsedOrText = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};
const sameJsonText = (a: string, b: string) => canonical(parsedOrText(a)) === canonical(parsedOrText(b));

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
      ? { level: express ? 'ALL' : 'ERROR', includeExecutionData: false, logGroupArn: settings.logGroupArn }
      : { level: 'OFF', includeExecutionData: false },
    tracingEnabled: settings.tracingEnabled,
    tags: { tenantId: workflow.tenantId, workflowId: workflow.workflowId },
  };
};

const stateMachineDiffers = (current: DeployedStateMachine, desired: StateMachineSpec): boolean =>
  !sameJsonText(current.definition, desired.definition) ||
  current.roleArn !== desired.roleArn ||
  current.tracingEnabled !== desired.tracingEnabled ||
  current.logging.level !== desired.logging.level ||
  current.logging.includeExecutionData !== desired.logging.includeExecutionData ||
  (current.logging.logGroupArn ?? null) !== (desired.logging.logGroupArn ?? null);

const missingTags = (current: DeployedStateMachine, desired: StateMachineSpec): Record<string, string> =>
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

const scheduleDiffers = (current: DeployedSchedule, desired: ScheduleSpec): boolean =>
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

/** Name of a dispatch rule the provisioner adds: `<prefix>-route-<event type>`. */
export const dispatchRuleName = (prefix: string, eventType: string): string =>
  fitName(`${prefix}-route-${eventType.replace(/\./g, '-')}`, 64, /[^A-Za-z0-9_.-]/g);

/** Same shape as the static rules infra deploys: any Dynaris source, one event type. */
export const dispatchRulePattern = (eventType: string): EventPattern => ({
  source: [{ prefix: 'dynaris.' }],
  'detail-type': [eventType],
});

// ------------------------------------------------------------------------------------------------ convergence

const sameDeployment = (
  current: DeployedResources | null,
  next: Omit<DeployedResources, 'deployedAt'>,
): boolean =>
  current !== null &&
  current.stateMachineArn === next.stateMachineArn &&
  current.scheduleArn === next.scheduleArn &&
  current.subscriptionKey === next.subscriptionKey &&
  current.version === next.version;

const errorMessage = (error: unknown): string => {
  if (error instanceof Error)
    return error.name && error.name !== 'Error' && error.name !== 'ProvisioningError'
      ? `${error.name}: ${error.message}`
      : error.message;
  return String(error);
};

export const createProvisioner = (deps: ProvisionerDeps) => {
  const { settings } = deps;
  const routedTypes = new Set<string>();

  /** Makes sure some dispatch rule sends `eventType` to the dispatcher; adds one only where none does. */
  const ensureRoute = async (eventType: string, changes: string[]) => {
    if (routedTypes.has(eventType)) return;
    const sample = { source: `dynaris.${eventType.split('.')[0]}`, 'detail-type': eventType, detail: {} };
    const rules = await deps.rules.listDispatchRules();
    const covered = rules.some((rule) => {
      const pattern = parsedOrText(rule.pattern);
      return typeof pattern === 'object' && pattern !== null && matchPattern(pattern as EventPattern, sample);
    });
    if (!covered) {
      const name = dispatchRuleName(settings.stateMachinePrefix, eventType);
      await deps.rules.createDispatchRule(
        { name, pattern: JSON.stringify(dispatchRulePattern(eventType)) },
        `${eventType} -> dispatcher (added by the provisioner)`,
      );
      changes.push(`createDispatchRule ${name}`);
    }
    routedTypes.add(eventType);
  };

  const convergeSubscriptions = async (
    tenantId: string,
    workflowId: string,
    desired: Subscription | undefined,
    changes: string[],
  ) => {
    for (const existing of await deps.subscriptions.forWorkflow(tenantId, workflowId)) {
      if (existing.eventType !== desired?.eventType) {
        if (await deps.subscriptions.remove(tenantId, existing.eventType, workflowId)) {
          changes.push(`removeSubscription ${existing.eventType}`);
        }
      }
    }
    if (desired) {
      const outcome = await deps.subscriptions.upsert(desired);
      if (outcome !== 'unchanged')
        changes.push(`${outcome === 'created' ? 'create' : 'update'}Subscription ${desired.eventType}`);
    }
  };

  const convergeSchedule = async (
    tenantId: string,
    workflowId: string,
    desired: ScheduleSpec | undefined,
    changes: string[],
  ): Promise<string | null> => {
    const name = scheduleName(tenantId, workflowId);
    const current = await deps.schedules.get(settings.scheduleGroup, name);
    if (!desired) {
      if (current) {
        await deps.schedules.delete(settings.scheduleGroup, name);
        changes.push(`deleteSchedule ${name}`);
      }
      return null;
    }
    if (!current) {
      const { arn } = await deps.schedules.create(desired);
      changes.push(`createSchedule ${name}`);
      return arn;
    }
    if (scheduleDiffers(current, desired)) {
      const { arn } = await deps.schedules.update(desired);
      changes.push(`updateSchedule ${name}`);
      return arn;
    }
    return current.arn;
  };

  const convergeStateMachine = async (desired: StateMachineSpec, changes: string[]): Promise<string> => {
    const arn = deps.stateMachines.arnFor(desired.name);
    const current = await deps.stateMachines.describe(arn);
    if (current?.status === 'DELETING') {
      throw Object.assign(new Error(`State machine ${desired.name} is still being deleted; retrying later`), {
        name: 'StateMachineDeleting',
        $retryable: {},
      });
    }
    if (!current) {
      const created = await deps.stateMachines.create(desired);
      changes.push(`createStateMachine ${desired.name}`);
      return created.arn;
    }
    if (current.type !== desired.type) {
      // The type cannot change in place: delete now, create on the retry once the deletion has finished.
      await deps.stateMachines.delete(arn);
      changes.push(`deleteStateMachine ${desired.name} (type ${current.type} -> ${desired.type})`);
      throw Object.assign(
        new Error(`State machine ${desired.name} changes type; recreating after deletion`),
        {
          name: 'StateMachineDeleting',
          $retryable: {},
        },
      );
    }
    if (stateMachineDiffers(current, desired)) {
      await deps.stateMachines.update(arn, desired);
      changes.push(`updateStateMachine ${desired.name}`);
    }
    const tags = missingTags(current, desired);
    if (Object.keys(tags).length > 0) {
      await deps.stateMachines.tag(arn, tags);
      changes.push(`tagStateMachine ${desired.name}`);
    }
    return arn;
  };

  /** Removes every resource the workflow may have, found by its deterministic names. */
  const teardown = async (tenantId: string, workflowId: string, changes: string[]) => {
    await convergeSchedule(tenantId, workflowId, undefined, changes);
    await convergeSubscriptions(tenantId, workflowId, undefined, changes);
    const name = stateMachineName(settings.stateMachinePrefix, tenantId, workflowId);
    const arn = deps.stateMachines.arnFor(name);
    const current = await deps.stateMachines.describe(arn);
    if (current && current.status !== 'DELETING') {
      await deps.stateMachines.delete(arn);
      changes.push(`deleteStateMachine ${name}`);
    }
  };

  const provision = async (tenantId: string, workflowId: string): Promise<ProvisionReport> => {
    const changes: string[] = [];
    const report = (outcome: ProvisionOutcome, reason?: string): ProvisionReport => ({
      tenantId,
      workflowId,
      outcome,
      changes,
      ...(reason !== undefined ? { reason } : {}),
    });
    const workflow = await deps.workflows.get(tenantId, workflowId);

    if (!workflow || workflow.status === 'deleting') {
      await teardown(tenantId, workflowId, changes);
      await deps.state.delete(tenantId, workflowId);
      if (workflow) {
        await deps.workflows.remove(tenantId, workflowId);
        changes.push('removeWorkflow');
      }
      deps.log?.('provisioned', { tenantId, workflowId, outcome: workflow ? 'deleted' : 'absent', changes });
      return report(workflow ? 'deleted' : 'absent');
    }

    const saved = await deps.state.get(tenantId, workflowId);
    const target: 'enabled' | 'disabled' =
      workflow.status === 'error'
        ? (saved?.target ?? 'disabled')
        : workflow.status === 'enabled'
          ? 'enabled'
          : 'disabled';
    const now = deps.clock.now().toISOString();

    try {
      if (workflow.status !== 'error' && saved?.target !== target) {
        await deps.state.put(tenantId, workflowId, { target, lastError: null, updatedAt: now });
      }
      let stateMachineArn: string;
      let subscription: Subscription | undefined;
      let scheduleArn: string | null = null;
      if (target === 'disabled') {
        // Triggers go first, so a workflow that no longer compiles can still be switched off.
        await convergeSchedule(tenantId, workflowId, undefined, changes);
        await convergeSubscriptions(tenantId, workflowId, undefined, changes);
        stateMachineArn = await convergeStateMachine(desiredStateMachine(settings, workflow), changes);
      } else {
        const machine = desiredStateMachine(settings, workflow);
        const schedule = desiredSchedule(
          settings,
          workflow,
          deps.stateMachines.arnFor(machine.name),
          workflow.definition.trigger.type === 'schedule' && !workflow.definition.trigger.timezone
            ? await deps.tenantTimezone(tenantId)
            : 'UTC',
        );
        stateMachineArn = await convergeStateMachine(machine, changes);
        subscription = desiredSubscription(workflow, stateMachineArn, machine.type);
        const trigger = workflow.definition.trigger;
        if (trigger.type === 'event') await ensureRoute(trigger.event, changes);
        if (trigger.type === 'webhook') await ensureRoute(webhookBusEvent(trigger.source), changes);
        await convergeSubscriptions(tenantId, workflowId, subscription, changes);
        scheduleArn = await convergeSchedule(tenantId, workflowId, schedule, changes);
      }
      const deployment = {
        stateMachineArn,
        scheduleArn,
        subscriptionKey: subscription?.eventType ?? null,
        version: workflow.currentVersion,
      };
      if (!sameDeployment(workflow.deployed, deployment)) {
        await deps.workflows.setDeployment(tenantId, workflowId, deployment);
        changes.push('recordDeployment');
      }
      if (workflow.status === 'error') {
        await deps.workflows.setStatus(tenantId, workflowId, target, null);
        await deps.state.put(tenantId, workflowId, { target, lastError: null, updatedAt: now });
        changes.push(`setStatus ${target}`);
      }
      deps.log?.('provisioned', { tenantId, workflowId, outcome: 'converged', changes });
      return report('converged');
    } catch (error) {
      const reason = errorMessage(error);
      deps.log?.('provisioning failed', { tenantId, workflowId, reason, changes });
      if (workflow.status !== 'error' || workflow.statusReason !== reason) {
        await deps.state.put(tenantId, workflowId, { target, lastError: reason, updatedAt: now });
        await deps.workflows.setStatus(tenantId, workflowId, 'error', reason);
      }
      // Transient failures are retried by the caller (stream retries); the error status shows meanwhile.
      if (isTransient(error) || (error as { name?: string }).name === 'StateMachineDeleting') throw error;
      return report('error', reason);
    }
  };

  return { provision };
};

export type Provisioner = ReturnType<typeof createProvisioner>;

/** Converges one workflow (see createProvisioner). */
export const provisionWorkflow = (deps: ProvisionerDeps, tenantId: string, workflowId: string) =>
  createProvisioner(deps).provision(tenantId, workflowId);

import { type EventPattern, matchPattern } from '../../statemachines/patterns';
import type { Subscription } from '../data/subscriptions';
import type { DeployedResources } from '../data/workflows';
import type { ScheduleSpec, StateMachineSpec } from '../shared/deployment-ports';
import { isTransient } from '../shared/retry';
import {
  desiredSchedule,
  desiredStateMachine,
  desiredSubscription,
  parsedOrText,
  scheduleDiffers,
} from './desired';
import {
  dispatchRuleName,
  dispatchRulePattern,
  scheduleName,
  stateMachineNames,
  webhookBusEvent,
} from './names';
import {
  type ConvergedMachine,
  convergeStateMachine,
  deleteStateMachines,
  retireStateMachines,
} from './state-machines';
import type { ProvisionerDeps, ProvisionOutcome, ProvisionReport } from './types';

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
  const machineNames = (tenantId: string, workflowId: string) =>
    stateMachineNames(settings.stateMachinePrefix, tenantId, workflowId);

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

  /** Removes every resource the workflow may have, found by its deterministic names. */
  const teardown = async (tenantId: string, workflowId: string, changes: string[]) => {
    await convergeSchedule(tenantId, workflowId, undefined, changes);
    await convergeSubscriptions(tenantId, workflowId, undefined, changes);
    await deleteStateMachines(deps.stateMachines, machineNames(tenantId, workflowId), changes);
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
      let stateMachineArn = '';
      let stale: ConvergedMachine['stale'] = [];
      let subscription: Subscription | undefined;
      let scheduleArn: string | null = null;
      const converge = async (machine: StateMachineSpec) => {
        const deployedArn = workflow.deployed?.stateMachineArn ?? undefined;
        const names = machineNames(tenantId, workflowId);
        ({ arn: stateMachineArn, stale } = await convergeStateMachine(
          deps.stateMachines,
          machine,
          names,
          deployedArn,
          changes,
        ));
      };
      if (target === 'disabled') {
        // Triggers go first, so a workflow that no longer compiles can still be switched off.
        await convergeSchedule(tenantId, workflowId, undefined, changes);
        await convergeSubscriptions(tenantId, workflowId, undefined, changes);
        await converge(desiredStateMachine(settings, workflow));
      } else {
        const machine = desiredStateMachine(settings, workflow);
        const timezone =
          workflow.definition.trigger.type === 'schedule' && !workflow.definition.trigger.timezone
            ? await deps.tenantTimezone(tenantId)
            : 'UTC';
        // Checked before anything changes: a schedule that cannot be made leaves the deployment as it was.
        desiredSchedule(settings, workflow, deps.stateMachines.arnFor(machine.name), timezone);
        await converge(machine);
        const schedule = desiredSchedule(settings, workflow, stateMachineArn, timezone);
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
      // Only now that nothing points at them: the machines a change of type replaced.
      await retireStateMachines(deps.stateMachines, stale, changes);
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

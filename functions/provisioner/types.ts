import type { ResourceResolver } from '../../statemachines/contracts';
import type { SubscriptionStore } from '../data/subscriptions';
import type { DeployedResources, WorkflowRecord, WorkflowStatus } from '../data/workflows';
import type { RoutingRulesPort, SchedulePort, StateMachinePort } from '../shared/deployment-ports';
import type { Clock } from '../shared/ports';
import type { ProvisionStateStore } from './state-store';

/** What the provisioner is configured with, depends on, and reports. */

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

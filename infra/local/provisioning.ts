import { createSubscriptionStore } from '../../functions/data/subscriptions';
import type { TenantRepository } from '../../functions/data/tenants';
import type { WorkflowRepository } from '../../functions/data/workflows';
import type { EngineEvent, LocalEngine } from '../../functions/engine/local-engine';
import { stateMachineNames } from '../../functions/provisioner/names';
import { createProvisioner } from '../../functions/provisioner/provisioner';
import { createProvisionStateStore } from '../../functions/provisioner/state-store';
import type {
  DeployedStateMachine,
  RoutingRule,
  RoutingRulesPort,
  StateMachinePort,
  StateMachineSpec,
} from '../../functions/shared/deployment-ports';
import type { Clock, Database, ProvisionerPort } from '../../functions/shared/ports';
import { compileWorkflow } from '../../statemachines/compile';
import type { ResourceResolver } from '../../statemachines/contracts';
import { LOCAL_ACCOUNT, LOCAL_PREFIX, LOCAL_REGION } from './functions';
import type { LocalScheduler } from './scheduler';

/**
 * The provisioner's state-machine and routing ports for the local runtime: compiled ASL is registered in the
 * LocalEngine (the same JSON the AWS provisioner gives CreateStateMachine); routing rules are recorded, since the
 * local bus hands every event to the dispatcher anyway.
 */

export interface LocalStateMachinesOptions {
  readonly engine: LocalEngine;
  /** Step id -> state name for a deployed workflow (labels the timeline); undefined when unknown. */
  readonly stateNamesFor?: (
    tags: Readonly<Record<string, string>>,
  ) => Promise<Record<string, string> | undefined>;
}

export class LocalStateMachines implements StateMachinePort {
  private readonly deployed = new Map<string, DeployedStateMachine>();
  private readonly retiring = new Map<string, { tenantId: string; workflowId: string }>();

  constructor(private readonly options: LocalStateMachinesOptions) {}

  arnFor(name: string): string {
    return this.options.engine.stateMachineArn(name);
  }

  async describe(arn: string): Promise<DeployedStateMachine | undefined> {
    const found = this.deployed.get(arn);
    return found ? structuredClone(found) : undefined;
  }

  async create(spec: StateMachineSpec): Promise<{ arn: string }> {
    const arn = this.arnFor(spec.name);
    if (this.deployed.has(arn)) {
      const error = new Error(`State machine ${spec.name} already exists`);
      error.name = 'StateMachineAlreadyExists';
      throw error;
    }
    await this.register(arn, spec);
    return { arn };
  }

  async update(arn: string, spec: StateMachineSpec): Promise<void> {
    const current = this.deployed.get(arn);
    if (!current) {
      const error = new Error(`State machine ${arn} does not exist`);
      error.name = 'StateMachineDoesNotExist';
      throw error;
    }
    await this.register(arn, { ...spec, tags: { ...current.tags, ...spec.tags } });
  }

  async tag(arn: string, tags: Readonly<Record<string, string>>): Promise<void> {
    const current = this.deployed.get(arn);
    if (current) this.deployed.set(arn, { ...current, tags: { ...current.tags, ...tags } });
  }

  async hasRunningExecutions(arn: string): Promise<boolean> {
    const running =
      this.options.engine.listExecutions({ stateMachineArn: arn, status: 'RUNNING' }).length > 0;
    const tags = this.deployed.get(arn)?.tags;
    if (running && tags?.tenantId && tags.workflowId)
      this.retiring.set(arn, { tenantId: tags.tenantId, workflowId: tags.workflowId });
    return running;
  }

  /**
   * A machine kept for its running executions (a change of type replaced it) whose last execution has just
   * finished: the workflow to provision again, which deletes it.
   */
  retiredBy(executionArn: string): { tenantId: string; workflowId: string } | undefined {
    const machineArn = executionArn.replace(':execution:', ':stateMachine:').replace(/:[^:]*$/, '');
    const workflow = this.retiring.get(machineArn);
    if (
      !workflow ||
      this.options.engine.listExecutions({ stateMachineArn: machineArn, status: 'RUNNING' }).length > 0
    )
      return undefined;
    this.retiring.delete(machineArn);
    return workflow;
  }

  async delete(arn: string): Promise<void> {
    this.options.engine.deleteStateMachine(arn);
    this.deployed.delete(arn);
  }

  private async register(arn: string, spec: StateMachineSpec): Promise<void> {
    const definition = JSON.parse(spec.definition) as unknown;
    let stateNames: Record<string, string> | undefined;
    try {
      stateNames = await this.options.stateNamesFor?.(spec.tags);
    } catch {
      stateNames = undefined;
    }
    this.options.engine.registerStateMachine(arn, definition, spec.type, {
      ...(stateNames ? { stateNames } : {}),
      logging: { level: spec.logging.level, includeExecutionData: spec.logging.includeExecutionData },
    });
    this.deployed.set(arn, { ...structuredClone(spec), arn, status: 'ACTIVE' });
  }
}

export class LocalRoutingRules implements RoutingRulesPort {
  private readonly rules: RoutingRule[] = [];

  async listDispatchRules(): Promise<RoutingRule[]> {
    return [...this.rules];
  }

  async createDispatchRule(rule: RoutingRule): Promise<void> {
    if (!this.rules.some((r) => r.name === rule.name)) this.rules.push(rule);
  }
}

export interface LocalProvisioningDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly engine: LocalEngine;
  readonly scheduler: LocalScheduler;
  readonly resolver: ResourceResolver;
  readonly workflows: WorkflowRepository;
  readonly tenants: TenantRepository;
  /** Filled as workflows deploy: state machine name -> `"<workflow name>" (<tenant>/<workflowId>)`. */
  readonly machineLabels: Map<string, string>;
  /** A console line (already stamped with the time). */
  readonly say: (line: string) => void;
}

export interface LocalProvisioning {
  readonly port: ProvisionerPort;
  /** Engine events: a machine a change of type replaced is deleted once its last run has finished. */
  readonly onEngineEvent: (event: EngineEvent) => void;
  /** Provisionings requested and not finished (the runtime is not idle while any runs). */
  pending(): number;
}

/**
 * The provisioner, as the stream-triggered Lambda runs it on AWS, over the local engine, scheduler and routing:
 * one provisioning at a time per workflow, in the order they were requested.
 */
export const createLocalProvisioning = (deps: LocalProvisioningDeps): LocalProvisioning => {
  const { db, clock, engine, resolver, workflows, tenants, machineLabels, say } = deps;
  const stateMachines = new LocalStateMachines({
    engine,
    stateNamesFor: async (tags) => {
      if (!tags.tenantId || !tags.workflowId) return undefined;
      const wf = await workflows.get(tags.tenantId, tags.workflowId);
      if (!wf) return undefined;
      for (const name of stateMachineNames(LOCAL_PREFIX, wf.tenantId, wf.workflowId))
        machineLabels.set(name, `"${wf.name}" (${wf.tenantId}/${wf.workflowId})`);
      return compileWorkflow(wf.definition, { resolver }).stateNames;
    },
  });
  const provisioner = createProvisioner({
    workflows,
    subscriptions: createSubscriptionStore({ db, clock }),
    stateMachines,
    schedules: deps.scheduler,
    rules: new LocalRoutingRules(),
    state: createProvisionStateStore({ db }),
    settings: {
      resolver,
      stateMachinePrefix: LOCAL_PREFIX,
      stateMachineRoleArn: `arn:aws:iam::${LOCAL_ACCOUNT}:role/${LOCAL_PREFIX}-states`,
      // The engine keeps what CloudWatch Logs would hold: Express timelines come from these "logs".
      logGroupArn: `arn:aws:logs:${LOCAL_REGION}:${LOCAL_ACCOUNT}:log-group:/aws/vendedlogs/states/${LOCAL_PREFIX}:*`,
      tracingEnabled: false,
      scheduleGroup: LOCAL_PREFIX,
      schedulerRoleArn: `arn:aws:iam::${LOCAL_ACCOUNT}:role/${LOCAL_PREFIX}-scheduler`,
    },
    tenantTimezone: async (tenantId) => (await tenants.getTenantSettings(tenantId)).timezone,
    clock,
    log: (message, details) => {
      if (message !== 'provisioned' || (details.changes as unknown[] | undefined)?.length)
        say(
          `⚙ ${message} ${String(details.workflowId)}${details.reason ? `: ${String(details.reason)}` : ''}`,
        );
    },
  });
  let pending = 0;
  const queues = new Map<string, Promise<unknown>>();
  const port: ProvisionerPort = {
    requestProvision(tenantId, workflowId) {
      const key = `${tenantId}/${workflowId}`;
      pending += 1;
      const next = (queues.get(key) ?? Promise.resolve())
        .catch(() => {})
        .then(() => provisioner.provision(tenantId, workflowId))
        .finally(() => {
          pending -= 1;
          if (queues.get(key) === next) queues.delete(key);
        });
      queues.set(key, next);
      return next.then(() => undefined);
    },
  };
  return {
    port,
    pending: () => pending,
    onEngineEvent(event) {
      const workflow =
        event.type === 'ExecutionFinished' ? stateMachines.retiredBy(event.executionArn) : undefined;
      if (workflow) void port.requestProvision(workflow.tenantId, workflow.workflowId).catch(() => {});
    },
  };
};

import type { LocalEngine } from '../../functions/engine/local-engine';
import type {
  DeployedStateMachine,
  RoutingRule,
  RoutingRulesPort,
  StateMachinePort,
  StateMachineSpec,
} from '../../functions/provisioner/ports';

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
    this.options.engine.registerStateMachine(arn, definition, spec.type, stateNames ? { stateNames } : {});
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

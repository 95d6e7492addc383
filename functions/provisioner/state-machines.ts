import type { DeployedStateMachine, StateMachinePort, StateMachineSpec } from '../shared/deployment-ports';
import { missingTags, stateMachineDiffers } from './desired';

/**
 * A workflow's state machine over its two names (names.ts stateMachineNames). The type cannot change in place,
 * so a change of type is: create the new machine under the free name, switch the triggers and the deployment
 * record to it (the caller), then retire the old one — deleted once no run is still running on it, since deleting
 * a STANDARD machine ends its runs.
 */

export interface ConvergedMachine {
  readonly arn: string;
  /** This workflow's other ACTIVE machines: to retire once nothing points at them any more. */
  readonly stale: readonly DeployedStateMachine[];
}

const stillDeleting = (names: readonly string[]) =>
  Object.assign(new Error(`State machine ${names.join(' / ')} is still being deleted; retrying later`), {
    name: 'StateMachineDeleting',
    $retryable: {},
  });

export const convergeStateMachine = async (
  port: StateMachinePort,
  desired: StateMachineSpec,
  names: readonly string[],
  deployedArn: string | undefined,
  changes: string[],
): Promise<ConvergedMachine> => {
  const found = await Promise.all(
    names.map(async (name) => ({ name, machine: await port.describe(port.arnFor(name)) })),
  );
  const active = found.flatMap(({ name, machine }) =>
    machine?.status === 'ACTIVE' ? [{ name, machine }] : [],
  );
  const fitting = active.filter(({ machine }) => machine.type === desired.type);
  const target = fitting.find(({ machine }) => machine.arn === deployedArn) ?? fitting[0];
  if (!target) {
    const free = found.find(({ machine }) => machine === undefined);
    // Every name is taken and none has the right type: one of them is still being deleted.
    if (!free) throw stillDeleting(names);
    const created = await port.create({ ...desired, name: free.name });
    const from = active[0]?.machine.type;
    changes.push(`createStateMachine ${free.name}${from ? ` (type ${from} -> ${desired.type})` : ''}`);
    return { arn: created.arn, stale: active.map(({ machine }) => machine) };
  }
  const spec = { ...desired, name: target.name };
  if (stateMachineDiffers(target.machine, spec)) {
    await port.update(target.machine.arn, spec);
    changes.push(`updateStateMachine ${target.name}`);
  }
  const tags = missingTags(target.machine, spec);
  if (Object.keys(tags).length > 0) {
    await port.tag(target.machine.arn, tags);
    changes.push(`tagStateMachine ${target.name}`);
  }
  return { arn: target.machine.arn, stale: active.filter((a) => a !== target).map(({ machine }) => machine) };
};

/**
 * Deletes machines nothing points at any more; one with runs still running is kept (its runs finish on it) and
 * deleted by the first provisioning of the workflow after they have ended. Returns the names kept.
 */
export const retireStateMachines = async (
  port: StateMachinePort,
  stale: readonly DeployedStateMachine[],
  changes: string[],
): Promise<string[]> => {
  const kept: string[] = [];
  for (const machine of stale) {
    if (await port.hasRunningExecutions(machine.arn, machine.type)) {
      kept.push(machine.name);
      changes.push(`keepStateMachine ${machine.name} (runs still running)`);
      continue;
    }
    await port.delete(machine.arn);
    changes.push(`deleteStateMachine ${machine.name}`);
  }
  return kept;
};

/** Deletes every machine of the workflow (the workflow is being deleted: its runs end with it). */
export const deleteStateMachines = async (
  port: StateMachinePort,
  names: readonly string[],
  changes: string[],
): Promise<void> => {
  for (const name of names) {
    const arn = port.arnFor(name);
    const current = await port.describe(arn);
    if (current && current.status !== 'DELETING') {
      await port.delete(arn);
      changes.push(`deleteStateMachine ${name}`);
    }
  }
};

import { DeleteStateMachineCommand, ListExecutionsCommand } from '@aws-sdk/client-sfn';
import { describe, expect, it } from 'vitest';
import { scheduleName, stateMachineNames } from '../../functions/provisioner/names';
import { WorkflowDefinition } from '../../statemachines/schema';
import {
  awsError,
  installMocksKeepingState,
  leadWorkflow,
  machines,
  newWorkflow,
  provisioner,
  runningExecutions,
  scheduledWorkflow,
  schedules,
  settings,
  sfn,
  subscriptions,
  terminatedExecutions,
  useProvisionerWorld,
  workflows,
} from '../support/provisioner-world';

/** Step Functions cannot change a state machine's type: create the new machine, switch to it, delete the old. */

useProvisionerWorld();

const ofType = (definition: WorkflowDefinition, type: 'STANDARD' | 'EXPRESS') =>
  WorkflowDefinition.parse({ ...definition, settings: { type } });
const arnOf = (name: string) => `arn:aws:states:us-east-1:123456789012:stateMachine:${name}`;
const namesOf = (tenantId: string, workflowId: string) =>
  stateMachineNames(settings.stateMachinePrefix, tenantId, workflowId).map(arnOf);
const typesDeployed = () =>
  [...machines.values()].map((m) => `${m.input.name}:${m.input.type}:${m.status ?? 'ACTIVE'}`);

const enabledStandard = async (definition = leadWorkflow()) => {
  const ids = await newWorkflow(ofType(definition, 'STANDARD'));
  await provisioner().provision(ids.tenantId, ids.workflowId);
  return ids;
};

describe('a change of state machine type', () => {
  it('GIVEN an enabled STANDARD workflow WHEN a version makes it EXPRESS THEN one provisioning creates, switches to and keeps only the EXPRESS machine', async () => {
    const { tenantId, workflowId } = await enabledStandard();
    const [first, second] = namesOf(tenantId, workflowId) as [string, string];
    await workflows().saveVersion(tenantId, workflowId, ofType(leadWorkflow(), 'EXPRESS'), 1);

    const report = await provisioner().provision(tenantId, workflowId);

    expect(report.outcome).toBe('converged');
    expect([...machines.keys()]).toStrictEqual([second]);
    expect(machines.get(second)?.input.type).toBe('EXPRESS');
    const [subscription] = await subscriptions().forEvent(tenantId, 'lead.created');
    expect(subscription).toMatchObject({ stateMachineArn: second, workflowType: 'EXPRESS' });
    const wf = await workflows().get(tenantId, workflowId);
    expect(wf).toMatchObject({
      status: 'enabled',
      statusReason: null,
      deployed: { stateMachineArn: second, version: 2 },
    });
    // The switch happens before the old machine goes: the deletion is the last change.
    expect(report.changes.at(-1)).toBe(`deleteStateMachine ${first.split(':').at(-1)}`);
    expect(report.changes.indexOf('recordDeployment')).toBeLessThan(report.changes.length - 1);
  });

  it('GIVEN runs still running on the STANDARD machine WHEN the type changes THEN the old machine stays until they end and no run is ended', async () => {
    const { tenantId, workflowId } = await enabledStandard();
    const [first, second] = namesOf(tenantId, workflowId) as [string, string];
    runningExecutions.set(first, ['run-a', 'run-b']);
    await workflows().saveVersion(tenantId, workflowId, ofType(leadWorkflow(), 'EXPRESS'), 1);

    const report = await provisioner().provision(tenantId, workflowId);

    expect(report.outcome).toBe('converged');
    expect(report.changes).toContain(`keepStateMachine ${first.split(':').at(-1)} (runs still running)`);
    expect(sfn.commandCalls(DeleteStateMachineCommand)).toHaveLength(0);
    expect(terminatedExecutions).toStrictEqual([]);
    expect((await workflows().get(tenantId, workflowId))?.deployed?.stateMachineArn).toBe(second);

    runningExecutions.delete(first);
    const later = await provisioner().provision(tenantId, workflowId);
    expect(later.changes).toStrictEqual([`deleteStateMachine ${first.split(':').at(-1)}`]);
    expect(typesDeployed()).toStrictEqual([`${second.split(':').at(-1)}:EXPRESS:ACTIVE`]);
  });

  it('GIVEN an EXPRESS workflow that changed type WHEN it changes back THEN the STANDARD machine returns to the first name and the EXPRESS one is deleted without listing its runs', async () => {
    const { tenantId, workflowId } = await enabledStandard();
    const [first] = namesOf(tenantId, workflowId) as [string, string];
    await workflows().saveVersion(tenantId, workflowId, ofType(leadWorkflow(), 'EXPRESS'), 1);
    await provisioner().provision(tenantId, workflowId);
    await workflows().saveVersion(tenantId, workflowId, ofType(leadWorkflow('Hi again'), 'STANDARD'), 2);
    installMocksKeepingState();

    const report = await provisioner().provision(tenantId, workflowId);

    expect(report.outcome).toBe('converged');
    expect([...machines.keys()]).toStrictEqual([first]);
    expect(machines.get(first)?.input.type).toBe('STANDARD');
    expect(sfn.commandCalls(ListExecutionsCommand)).toHaveLength(0);
    expect((await subscriptions().forEvent(tenantId, 'lead.created'))[0]?.stateMachineArn).toBe(first);
  });

  it('GIVEN a scheduled workflow WHEN its type changes THEN the schedule targets the new machine', async () => {
    const { tenantId, workflowId } = await enabledStandard(scheduledWorkflow());
    const [, second] = namesOf(tenantId, workflowId) as [string, string];
    await workflows().saveVersion(tenantId, workflowId, ofType(scheduledWorkflow(), 'EXPRESS'), 1);

    expect((await provisioner().provision(tenantId, workflowId)).outcome).toBe('converged');

    expect(
      schedules.get(`${settings.scheduleGroup}/${scheduleName(tenantId, workflowId)}`)?.Target?.Arn,
    ).toBe(second);
    expect([...machines.keys()]).toStrictEqual([second]);
  });

  it('GIVEN the old machine cannot be deleted once (throttled) WHEN provisioned again THEN it completes without a second machine', async () => {
    const { tenantId, workflowId } = await enabledStandard();
    const [, second] = namesOf(tenantId, workflowId) as [string, string];
    await workflows().saveVersion(tenantId, workflowId, ofType(leadWorkflow(), 'EXPRESS'), 1);
    sfn.on(DeleteStateMachineCommand).rejectsOnce(awsError('ThrottlingException'));

    await expect(provisioner().provision(tenantId, workflowId)).rejects.toThrow(/ThrottlingException/);
    installMocksKeepingState();
    const report = await provisioner().provision(tenantId, workflowId);

    expect(report.outcome).toBe('converged');
    expect(report.changes.filter((c) => c.startsWith('createStateMachine'))).toStrictEqual([]);
    expect([...machines.keys()]).toStrictEqual([second]);
    expect((await workflows().get(tenantId, workflowId))?.status).toBe('enabled');
  });

  it('GIVEN the first name still being deleted (left by an earlier type change) WHEN provisioned THEN the machine is created under the second name', async () => {
    const { tenantId, workflowId } = await enabledStandard();
    const [first, second] = namesOf(tenantId, workflowId) as [string, string];
    (machines.get(first) as { status?: 'DELETING' }).status = 'DELETING';
    await workflows().saveVersion(tenantId, workflowId, ofType(leadWorkflow(), 'EXPRESS'), 1);

    const report = await provisioner().provision(tenantId, workflowId);

    expect(report.outcome).toBe('converged');
    expect(machines.get(second)?.input.type).toBe('EXPRESS');
    expect((await subscriptions().forEvent(tenantId, 'lead.created'))[0]?.stateMachineArn).toBe(second);
  });

  it('GIVEN a workflow with machines under both names WHEN it is deleted THEN both are deleted', async () => {
    const { tenantId, workflowId } = await enabledStandard();
    const [first] = namesOf(tenantId, workflowId) as [string, string];
    runningExecutions.set(first, ['run-a']);
    await workflows().saveVersion(tenantId, workflowId, ofType(leadWorkflow(), 'EXPRESS'), 1);
    await provisioner().provision(tenantId, workflowId);
    expect(machines.size).toBe(2);
    runningExecutions.delete(first);

    await workflows().markDeleting(tenantId, workflowId);
    const report = await provisioner().provision(tenantId, workflowId);

    expect(report.outcome).toBe('deleted');
    expect(machines.size).toBe(0);
  });
});

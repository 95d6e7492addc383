import { PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { DeleteScheduleCommand } from '@aws-sdk/client-scheduler';
import { DeleteStateMachineCommand } from '@aws-sdk/client-sfn';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { tenantKey } from '../../functions/data/table';
import { scheduleName } from '../../functions/provisioner/names';
import { WorkflowDefinition } from '../../statemachines/schema';
import {
  awsError,
  BUS,
  DISPATCH_DLQ,
  DISPATCHER,
  db,
  eventbridge,
  installMocksKeepingState,
  leadWorkflow,
  machineArnOf,
  machines,
  mutatingCalls,
  newWorkflow,
  provisioner,
  scheduledWorkflow,
  scheduler,
  schedules,
  sfn,
  subscriptions,
  useProvisionerWorld,
  workflows,
} from '../support/provisioner-world';

useProvisionerWorld();

describe('provisioner', () => {
  it('GIVEN an enabled workflow WHEN disabled THEN its subscription and schedule are removed and its state machine kept', async () => {
    const event = await newWorkflow(leadWorkflow());
    const scheduled = await newWorkflow(scheduledWorkflow());
    for (const w of [event, scheduled]) await provisioner().provision(w.tenantId, w.workflowId);
    for (const w of [event, scheduled]) await workflows().disable(w.tenantId, w.workflowId);
    sfn.resetHistory();

    for (const w of [event, scheduled]) await provisioner().provision(w.tenantId, w.workflowId);

    expect(await subscriptions().forEvent(event.tenantId, 'lead.created')).toStrictEqual([]);
    expect(scheduler.commandCalls(DeleteScheduleCommand).map((c) => c.args[0].input)).toStrictEqual([
      { GroupName: 'dynaris', Name: scheduleName(scheduled.tenantId, scheduled.workflowId) },
    ]);
    expect(schedules.size).toBe(0);
    expect(machines.size).toBe(2);
    expect(sfn.commandCalls(DeleteStateMachineCommand)).toHaveLength(0);
    expect(
      (await workflows().get(scheduled.tenantId, scheduled.workflowId))?.deployed?.scheduleArn,
    ).toBeNull();
  });

  it('GIVEN a workflow marked for deletion WHEN provisioned THEN every resource and item is gone', async () => {
    const { tenantId, workflowId } = await newWorkflow(scheduledWorkflow());
    const other = await newWorkflow(leadWorkflow());
    await provisioner().provision(tenantId, workflowId);
    await provisioner().provision(other.tenantId, other.workflowId);
    // The trigger changed once (an event subscription from an earlier version): deletion must find it too.
    await subscriptions().upsert({
      tenantId,
      eventType: 'lead.updated',
      workflowId,
      workflowVersion: 1,
      pattern: {},
      stateMachineArn: machineArnOf(tenantId, workflowId),
      workflowType: 'STANDARD',
    });
    await workflows().markDeleting(tenantId, workflowId);

    const report = await provisioner().provision(tenantId, workflowId);

    expect(report.outcome).toBe('deleted');
    expect(sfn.commandCalls(DeleteStateMachineCommand).map((c) => c.args[0].input)).toStrictEqual([
      { stateMachineArn: machineArnOf(tenantId, workflowId) },
    ]);
    expect(scheduler.commandCalls(DeleteScheduleCommand).map((c) => c.args[0].input)).toStrictEqual([
      { GroupName: 'dynaris', Name: scheduleName(tenantId, workflowId) },
    ]);
    expect([...machines.keys()]).toStrictEqual([machineArnOf(other.tenantId, other.workflowId)]);
    expect(schedules.size).toBe(0);
    expect(await subscriptions().forWorkflow(tenantId, workflowId)).toStrictEqual([]);
    const left = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': tenantKey(tenantId, 'WF', workflowId) },
      }),
    );
    expect(left.Items).toStrictEqual([]);
    // The other tenant's workflow is untouched.
    expect(await subscriptions().forEvent(other.tenantId, 'lead.created')).toHaveLength(1);

    // Running again (a redelivered stream record) is a no-op.
    sfn.resetHistory();
    scheduler.resetHistory();
    expect((await provisioner().provision(tenantId, workflowId)).outcome).toBe('absent');
    expect(mutatingCalls()).toHaveLength(0);
  });

  it('GIVEN a crash half-way through a deletion WHEN provisioned again THEN the rest is removed', async () => {
    const { tenantId, workflowId } = await newWorkflow(scheduledWorkflow());
    await provisioner().provision(tenantId, workflowId);
    await workflows().markDeleting(tenantId, workflowId);
    sfn.on(DeleteStateMachineCommand).rejectsOnce(awsError('ThrottlingException', 'Rate exceeded'));

    await expect(provisioner().provision(tenantId, workflowId)).rejects.toThrow(/Rate exceeded/);
    expect(schedules.size).toBe(0);
    expect(machines.size).toBe(1);
    expect((await workflows().get(tenantId, workflowId))?.status).toBe('deleting');

    installMocksKeepingState();
    expect((await provisioner().provision(tenantId, workflowId)).outcome).toBe('deleted');
    expect(machines.size).toBe(0);
    expect(await workflows().get(tenantId, workflowId)).toBeUndefined();
  });

  it('GIVEN an event type no dispatch rule covers WHEN provisioned THEN a rule and its dispatcher target are added once', async () => {
    const definition = WorkflowDefinition.parse({
      name: 'Thank payers',
      trigger: { type: 'event', event: 'invoice.paid' },
      steps: [{ id: 'thanks', action: 'notify.team', input: { text: 'Paid!' } }],
    });
    const a = await newWorkflow(definition);
    await provisioner().provision(a.tenantId, a.workflowId);

    expect(eventbridge.commandCalls(PutRuleCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        Name: 'dynaris-route-invoice-paid',
        EventBusName: BUS,
        // A run's own invoice.paid that nothing subscribes to (detail.routing.dispatcher) is left out, as by the static rules.
        EventPattern: JSON.stringify({
          source: [{ prefix: 'dynaris.' }],
          'detail-type': ['invoice.paid'],
          detail: { routing: { dispatcher: [{ exists: false }] } },
        }),
        State: 'ENABLED',
        Description: 'invoice.paid -> dispatcher (added by the provisioner)',
      },
    ]);
    expect(eventbridge.commandCalls(PutTargetsCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        Rule: 'dynaris-route-invoice-paid',
        EventBusName: BUS,
        Targets: [
          {
            Id: 'dispatcher',
            Arn: DISPATCHER,
            RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 21600 },
            DeadLetterConfig: { Arn: DISPATCH_DLQ },
          },
        ],
      },
    ]);

    // Another workflow on the same event type (a fresh provisioner, so no in-process cache): the rule is found.
    const b = await newWorkflow(definition);
    await provisioner().provision(b.tenantId, b.workflowId);
    expect(eventbridge.commandCalls(PutRuleCommand)).toHaveLength(1);
  });

  it('GIVEN a definition that cannot be deployed WHEN provisioned THEN the workflow is in error with the reason, and a fix clears it', async () => {
    const { tenantId, workflowId } = await newWorkflow(scheduledWorkflow('0 99 * * ? *'));
    const report = await provisioner().provision(tenantId, workflowId);

    expect(report.outcome).toBe('error');
    const broken = await workflows().get(tenantId, workflowId);
    expect(broken?.status).toBe('error');
    expect(broken?.statusReason).toMatch(/schedule is not valid/);
    expect(schedules.size).toBe(0);

    // Provisioning again with the same problem does not rewrite the workflow (no stream loop).
    const before = (await workflows().get(tenantId, workflowId))?.updatedAt;
    await provisioner().provision(tenantId, workflowId);
    expect((await workflows().get(tenantId, workflowId))?.updatedAt).toBe(before);

    await workflows().saveVersion(tenantId, workflowId, scheduledWorkflow('0 8 * * ? *'), 1);
    const fixed = await provisioner().provision(tenantId, workflowId);
    expect(fixed.outcome).toBe('converged');
    expect((await workflows().get(tenantId, workflowId))?.status).toBe('enabled');
    expect(schedules.size).toBe(1);
  });

  it('GIVEN a trigger filter EventBridge would refuse WHEN provisioned THEN the workflow is in error naming the problem and nothing subscribes', async () => {
    const definition = WorkflowDefinition.parse({
      ...leadWorkflow(),
      trigger: { type: 'event', event: 'lead.created', filter: { 'lead.ip': [{ cidr: '10.0.0.0/99' }] } },
    });
    const { tenantId, workflowId } = await newWorkflow(definition);
    const report = await provisioner().provision(tenantId, workflowId);
    expect(report.outcome).toBe('error');
    expect(report.reason).toMatch(/lead\.ip\[0\]\.cidr: "10\.0\.0\.0\/99" is not a valid/);
    expect((await workflows().get(tenantId, workflowId))?.status).toBe('error');
    expect(await subscriptions().forWorkflow(tenantId, workflowId)).toStrictEqual([]);
  });

  it('GIVEN a trigger changed from event to schedule WHEN provisioned THEN the subscription is removed and the schedule created', async () => {
    const { tenantId, workflowId } = await newWorkflow(leadWorkflow());
    await provisioner().provision(tenantId, workflowId);
    await workflows().saveVersion(tenantId, workflowId, scheduledWorkflow(), 1);

    const report = await provisioner().provision(tenantId, workflowId);

    expect(report.changes).toEqual(
      expect.arrayContaining([
        'removeSubscription lead.created',
        `createSchedule ${scheduleName(tenantId, workflowId)}`,
      ]),
    );
    expect(await subscriptions().forWorkflow(tenantId, workflowId)).toStrictEqual([]);
    expect(schedules.size).toBe(1);
  });

  it('GIVEN resources whose workflow item vanished WHEN provisioned THEN they are found by name and removed', async () => {
    const { tenantId, workflowId } = await newWorkflow(scheduledWorkflow());
    await provisioner().provision(tenantId, workflowId);
    await workflows().remove(tenantId, workflowId);

    const report = await provisioner().provision(tenantId, workflowId);

    expect(report.outcome).toBe('absent');
    expect(machines.size).toBe(0);
    expect(schedules.size).toBe(0);
  });
});

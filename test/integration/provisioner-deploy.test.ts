import { PutRuleCommand } from '@aws-sdk/client-eventbridge';
import { CreateScheduleCommand, UpdateScheduleCommand } from '@aws-sdk/client-scheduler';
import { CreateStateMachineCommand, UpdateStateMachineCommand } from '@aws-sdk/client-sfn';
import { describe, expect, it } from 'vitest';
import { scheduleName } from '../../functions/provisioner/names';
import { compileWorkflow, placeholderResolver } from '../../statemachines/compile';
import {
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
  settings,
  sfn,
  subscriptions,
  useProvisionerWorld,
  workflows,
} from '../support/provisioner-world';

useProvisionerWorld();

describe('provisioner', () => {
  it('GIVEN a new enabled event workflow WHEN provisioned THEN the state machine is created with the exact input and the subscription is written', async () => {
    const { tenantId, workflowId } = await newWorkflow(leadWorkflow());
    const report = await provisioner().provision(tenantId, workflowId);

    const name = `dynaris_${tenantId}-${workflowId}`;
    const compiled = compileWorkflow(leadWorkflow(), { resolver: placeholderResolver });
    expect(sfn.commandCalls(CreateStateMachineCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        name,
        definition: compiled.json,
        roleArn: settings.stateMachineRoleArn,
        type: compiled.type,
        loggingConfiguration: {
          level: compiled.type === 'EXPRESS' ? 'ALL' : 'ERROR',
          includeExecutionData: compiled.type === 'EXPRESS',
          destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: settings.logGroupArn } }],
        },
        tracingConfiguration: { enabled: true },
        tags: [
          { key: 'tenantId', value: tenantId },
          { key: 'workflowId', value: workflowId },
        ],
      },
    ]);
    // lead.created is already routed by a static rule: no rule added.
    expect(eventbridge.commandCalls(PutRuleCommand)).toHaveLength(0);
    expect(scheduler.commandCalls(CreateScheduleCommand)).toHaveLength(0);

    const [sub] = await subscriptions().forEvent(tenantId, 'lead.created');
    expect(sub).toMatchObject({
      workflowId,
      workflowVersion: 1,
      stateMachineArn: machineArnOf(tenantId, workflowId),
      workflowType: compiled.type,
      pattern: { detail: { lead: { status: ['new'] } } },
    });
    const wf = await workflows().get(tenantId, workflowId);
    expect(wf?.deployed).toMatchObject({
      stateMachineArn: machineArnOf(tenantId, workflowId),
      scheduleArn: null,
      subscriptionKey: 'lead.created',
      version: 1,
    });
    expect(report).toMatchObject({ outcome: 'converged' });
  });

  it('GIVEN a provisioned workflow WHEN provisioned again THEN nothing is changed', async () => {
    const { tenantId, workflowId } = await newWorkflow(leadWorkflow());
    await provisioner().provision(tenantId, workflowId);
    sfn.resetHistory();
    scheduler.resetHistory();
    eventbridge.resetHistory();

    const report = await provisioner().provision(tenantId, workflowId);

    expect(report).toStrictEqual({ tenantId, workflowId, outcome: 'converged', changes: [] });
    expect(mutatingCalls()).toHaveLength(0);
  });

  it('GIVEN a saved new version WHEN provisioned THEN the state machine is updated (not recreated) with the exact input', async () => {
    const { tenantId, workflowId } = await newWorkflow(leadWorkflow());
    await provisioner().provision(tenantId, workflowId);
    await workflows().saveVersion(tenantId, workflowId, leadWorkflow('Welcome aboard'), 1);
    sfn.resetHistory();

    await provisioner().provision(tenantId, workflowId);

    const compiled = compileWorkflow(leadWorkflow('Welcome aboard'), { resolver: placeholderResolver });
    expect(sfn.commandCalls(CreateStateMachineCommand)).toHaveLength(0);
    expect(sfn.commandCalls(UpdateStateMachineCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        stateMachineArn: machineArnOf(tenantId, workflowId),
        definition: compiled.json,
        roleArn: settings.stateMachineRoleArn,
        loggingConfiguration: {
          level: compiled.type === 'EXPRESS' ? 'ALL' : 'ERROR',
          includeExecutionData: compiled.type === 'EXPRESS',
          destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: settings.logGroupArn } }],
        },
        tracingConfiguration: { enabled: true },
      },
    ]);
    expect((await subscriptions().forEvent(tenantId, 'lead.created'))[0]?.workflowVersion).toBe(2);
    expect((await workflows().get(tenantId, workflowId))?.deployed?.version).toBe(2);
  });

  it('GIVEN a scheduled workflow WHEN provisioned THEN the schedule is created with time zone, window, retry policy, DLQ and run input', async () => {
    const { tenantId, workflowId } = await newWorkflow(scheduledWorkflow());
    await provisioner().provision(tenantId, workflowId);

    expect(scheduler.commandCalls(CreateScheduleCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        Name: scheduleName(tenantId, workflowId),
        GroupName: 'dynaris',
        ScheduleExpression: 'cron(0 17 ? * MON-FRI *)',
        // No time zone on the trigger: the tenant's.
        ScheduleExpressionTimezone: 'America/New_York',
        Description: `Dynaris workflow "Weekday summary" (${tenantId}/${workflowId})`,
        State: 'ENABLED',
        FlexibleTimeWindow: { Mode: 'OFF' },
        ActionAfterCompletion: 'NONE',
        Target: {
          Arn: machineArnOf(tenantId, workflowId),
          RoleArn: settings.schedulerRoleArn,
          Input: JSON.stringify({
            trigger: { scheduledTime: '<aws.scheduler.scheduled-time>' },
            context: { tenantId, workflowId, workflowVersion: 1, triggerType: 'schedule' },
          }),
          RetryPolicy: { MaximumEventAgeInSeconds: 3600, MaximumRetryAttempts: 10 },
          DeadLetterConfig: { Arn: settings.schedulerDlqArn },
        },
      },
    ]);
    expect(await subscriptions().forWorkflow(tenantId, workflowId)).toStrictEqual([]);

    // A new cron: UpdateSchedule with the whole schedule, nothing created.
    await workflows().saveVersion(tenantId, workflowId, scheduledWorkflow('0 9 ? * MON-FRI *'), 1);
    scheduler.resetHistory();
    await provisioner().provision(tenantId, workflowId);
    expect(scheduler.commandCalls(CreateScheduleCommand)).toHaveLength(0);
    const [update] = scheduler.commandCalls(UpdateScheduleCommand).map((c) => c.args[0].input);
    expect(update?.ScheduleExpression).toBe('cron(0 9 ? * MON-FRI *)');
    expect(JSON.parse(update?.Target?.Input ?? '{}').context.workflowVersion).toBe(2);
  });

  it('GIVEN a crash between creating the state machine and the schedule WHEN provisioned again THEN it converges without duplicates', async () => {
    const { tenantId, workflowId } = await newWorkflow(scheduledWorkflow());
    scheduler
      .on(CreateScheduleCommand)
      .rejectsOnce(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));

    await expect(provisioner().provision(tenantId, workflowId)).rejects.toThrow(/socket hang up/);
    expect(machines.size).toBe(1);
    expect(schedules.size).toBe(0);
    expect((await workflows().get(tenantId, workflowId))?.status).toBe('error');

    installMocksKeepingState();
    const report = await provisioner().provision(tenantId, workflowId);

    expect(sfn.commandCalls(CreateStateMachineCommand)).toHaveLength(0);
    expect(scheduler.commandCalls(CreateScheduleCommand)).toHaveLength(1);
    expect(schedules.size).toBe(1);
    expect(report.changes).toContain('setStatus enabled');
    const wf = await workflows().get(tenantId, workflowId);
    expect(wf?.status).toBe('enabled');
    expect(wf?.statusReason).toBeNull();
  });

  it('GIVEN a draft workflow WHEN provisioned THEN it gets a state machine but no trigger', async () => {
    const { tenantId, workflowId } = await newWorkflow(leadWorkflow(), false);
    await provisioner().provision(tenantId, workflowId);
    expect(machines.size).toBe(1);
    expect(await subscriptions().forWorkflow(tenantId, workflowId)).toStrictEqual([]);
  });
});

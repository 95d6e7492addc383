import {
  DescribeRuleCommand,
  EventBridgeClient,
  ListRuleNamesByTargetCommand,
  PutRuleCommand,
  PutTargetsCommand,
} from '@aws-sdk/client-eventbridge';
import {
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  DeleteScheduleCommand,
  GetScheduleCommand,
  SchedulerClient,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import {
  CreateStateMachineCommand,
  type CreateStateMachineCommandInput,
  DeleteStateMachineCommand,
  DescribeStateMachineCommand,
  ListTagsForResourceCommand,
  SFNClient,
  TagResourceCommand,
  UpdateStateMachineCommand,
} from '@aws-sdk/client-sfn';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRoutingRules } from '../../functions/adapters/eventbridge-bus';
import { createSchedulerAdapter } from '../../functions/adapters/scheduler';
import { createSfnEngine } from '../../functions/adapters/sfn-engine';
import { createSubscriptionStore } from '../../functions/data/subscriptions';
import { tenantKey } from '../../functions/data/table';
import { createWorkflowRepository } from '../../functions/data/workflows';
import {
  createProvisioner,
  createProvisionStateStore,
  type ProvisionerSettings,
  scheduleName,
  stateMachineName,
} from '../../functions/provisioner/provisioner';
import type { Clock } from '../../functions/shared/ports';
import { compileWorkflow, placeholderResolver } from '../../statemachines/compile';
import { WorkflowDefinition } from '../../statemachines/schema';
import { startTestDatabase, type TestDatabase } from '../support/dynalite';

const REGION = 'us-east-1';
const ACCOUNT = '123456789012';
const BUS = 'dynaris-bus';
const DISPATCHER = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:dynaris-dispatcher`;
const DISPATCH_DLQ = `arn:aws:sqs:${REGION}:${ACCOUNT}:dynaris-dispatch-dlq`;

const settings: ProvisionerSettings = {
  resolver: placeholderResolver,
  stateMachinePrefix: 'dynaris',
  stateMachineRoleArn: `arn:aws:iam::${ACCOUNT}:role/dynaris-workflows`,
  logGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/dynaris/workflows:*`,
  tracingEnabled: true,
  scheduleGroup: 'dynaris',
  schedulerRoleArn: `arn:aws:iam::${ACCOUNT}:role/dynaris-scheduler`,
  schedulerDlqArn: `arn:aws:sqs:${REGION}:${ACCOUNT}:dynaris-scheduler-dlq`,
};

const clock: Clock = { now: () => new Date('2026-11-25T10:00:00.000Z') };
const awsError = (name: string, message = name) => Object.assign(new Error(message), { name });

// ---------------------------------------------------------------------------------------------------------------
// Stateful SDK mocks: what the provisioner created is what it later describes.
// ---------------------------------------------------------------------------------------------------------------

const sfn = mockClient(SFNClient);
const scheduler = mockClient(SchedulerClient);
const eventbridge = mockClient(EventBridgeClient);

interface Machine {
  input: CreateStateMachineCommandInput;
  arn: string;
  tags: Record<string, string>;
}
const machines = new Map<string, Machine>();
const schedules = new Map<string, CreateScheduleCommandInput>();
const rules = new Map<string, { pattern: string; targets: string[] }>();

const installMocks = () => {
  sfn.reset();
  scheduler.reset();
  eventbridge.reset();
  machines.clear();
  schedules.clear();
  rules.clear();
  // The static rule infra deploys for the lead group (lead.created, lead.updated).
  rules.set('DynarisStack-DispatchLead-1A2B3C', {
    pattern: JSON.stringify({
      source: [{ prefix: 'dynaris.' }],
      'detail-type': ['lead.created', 'lead.updated'],
    }),
    targets: [DISPATCHER],
  });

  sfn.on(DescribeStateMachineCommand).callsFake(({ stateMachineArn }) => {
    const m = machines.get(stateMachineArn);
    if (!m) throw awsError('StateMachineDoesNotExist');
    return {
      stateMachineArn: m.arn,
      name: m.input.name,
      status: 'ACTIVE',
      definition: m.input.definition,
      roleArn: m.input.roleArn,
      type: m.input.type,
      loggingConfiguration: m.input.loggingConfiguration,
      tracingConfiguration: m.input.tracingConfiguration,
      creationDate: new Date(),
    };
  });
  sfn.on(ListTagsForResourceCommand).callsFake(({ resourceArn }) => ({
    tags: Object.entries(machines.get(resourceArn)?.tags ?? {}).map(([key, value]) => ({ key, value })),
  }));
  sfn.on(CreateStateMachineCommand).callsFake((input: CreateStateMachineCommandInput) => {
    const arn = `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:${input.name}`;
    if (machines.has(arn)) throw awsError('StateMachineAlreadyExists');
    machines.set(arn, {
      input,
      arn,
      tags: Object.fromEntries((input.tags ?? []).map((t) => [t.key ?? '', t.value ?? ''])),
    });
    return { stateMachineArn: arn, creationDate: new Date() };
  });
  sfn.on(UpdateStateMachineCommand).callsFake((input) => {
    const m = machines.get(input.stateMachineArn);
    if (!m) throw awsError('StateMachineDoesNotExist');
    m.input = { ...m.input, ...input };
    return { updateDate: new Date() };
  });
  sfn.on(TagResourceCommand).callsFake(({ resourceArn, tags }) => {
    const m = machines.get(resourceArn);
    if (m) for (const t of tags ?? []) m.tags[t.key ?? ''] = t.value ?? '';
    return {};
  });
  sfn.on(DeleteStateMachineCommand).callsFake(({ stateMachineArn }) => {
    machines.delete(stateMachineArn);
    return {};
  });

  const scheduleKey = (group: string | undefined, name: string | undefined) => `${group}/${name}`;
  scheduler.on(GetScheduleCommand).callsFake(({ GroupName, Name }) => {
    const s = schedules.get(scheduleKey(GroupName, Name));
    if (!s) throw awsError('ResourceNotFoundException');
    return { ...s, Arn: `arn:aws:scheduler:${REGION}:${ACCOUNT}:schedule/${GroupName}/${Name}` };
  });
  scheduler.on(CreateScheduleCommand).callsFake((input: CreateScheduleCommandInput) => {
    if (schedules.has(scheduleKey(input.GroupName, input.Name))) throw awsError('ConflictException');
    schedules.set(scheduleKey(input.GroupName, input.Name), input);
    return {
      ScheduleArn: `arn:aws:scheduler:${REGION}:${ACCOUNT}:schedule/${input.GroupName}/${input.Name}`,
    };
  });
  scheduler.on(UpdateScheduleCommand).callsFake((input) => {
    if (!schedules.has(scheduleKey(input.GroupName, input.Name))) throw awsError('ResourceNotFoundException');
    schedules.set(scheduleKey(input.GroupName, input.Name), input);
    return {
      ScheduleArn: `arn:aws:scheduler:${REGION}:${ACCOUNT}:schedule/${input.GroupName}/${input.Name}`,
    };
  });
  scheduler.on(DeleteScheduleCommand).callsFake(({ GroupName, Name }) => {
    if (!schedules.delete(scheduleKey(GroupName, Name))) throw awsError('ResourceNotFoundException');
    return {};
  });

  eventbridge.on(ListRuleNamesByTargetCommand).callsFake(({ TargetArn }) => ({
    RuleNames: [...rules.entries()].filter(([, r]) => r.targets.includes(TargetArn)).map(([n]) => n),
  }));
  eventbridge.on(DescribeRuleCommand).callsFake(({ Name }) => ({
    Name,
    EventPattern: rules.get(Name)?.pattern,
    State: 'ENABLED',
  }));
  eventbridge.on(PutRuleCommand).callsFake(({ Name, EventPattern }) => {
    rules.set(Name, { pattern: EventPattern ?? '', targets: rules.get(Name)?.targets ?? [] });
    return { RuleArn: `arn:aws:events:${REGION}:${ACCOUNT}:rule/${BUS}/${Name}` };
  });
  eventbridge.on(PutTargetsCommand).callsFake(({ Rule, Targets }) => {
    const rule = rules.get(Rule);
    if (rule) rule.targets = (Targets ?? []).map((t: { Arn?: string }) => t.Arn ?? '');
    return { FailedEntryCount: 0 };
  });
};

// ---------------------------------------------------------------------------------------------------------------

let db: TestDatabase;
beforeAll(async () => {
  db = await startTestDatabase();
});
afterAll(async () => {
  await db.close();
});
beforeEach(installMocks);

const workflows = () => createWorkflowRepository({ db, clock });
const subscriptions = () => createSubscriptionStore({ db, clock });
const provisioner = () =>
  createProvisioner({
    workflows: workflows(),
    subscriptions: subscriptions(),
    stateMachines: createSfnEngine({
      client: new SFNClient({ region: REGION }),
      region: REGION,
      accountId: ACCOUNT,
    }),
    schedules: createSchedulerAdapter(new SchedulerClient({ region: REGION })),
    rules: createRoutingRules({
      client: new EventBridgeClient({ region: REGION }),
      eventBusName: BUS,
      dispatcherArn: DISPATCHER,
      dispatchDlqArn: DISPATCH_DLQ,
    }),
    state: createProvisionStateStore({ db }),
    settings,
    tenantTimezone: async () => 'America/New_York',
    clock,
  });

const leadWorkflow = (subject = 'Welcome'): WorkflowDefinition =>
  WorkflowDefinition.parse({
    name: 'Welcome new leads',
    trigger: { type: 'event', event: 'lead.created', filter: { 'lead.status': ['new'] } },
    steps: [
      {
        id: 'welcome',
        name: 'Send welcome email',
        action: 'email.send',
        input: { to: '{{trigger.lead.email}}', subject, body: 'Hello' },
      },
    ],
  });

const scheduledWorkflow = (cron = '0 17 ? * MON-FRI *'): WorkflowDefinition =>
  WorkflowDefinition.parse({
    name: 'Weekday summary',
    trigger: { type: 'schedule', cron },
    steps: [{ id: 'summary', action: 'report.summarize', input: { period: 'today', title: 'Daily' } }],
  });

let seq = 0;
const newWorkflow = async (definition: WorkflowDefinition, enable = true) => {
  const tenantId = `tenant-${++seq}`;
  const wf = await workflows().create(tenantId, definition, { workflowId: `wf-${seq}` });
  if (enable) await workflows().enable(tenantId, wf.workflowId);
  return { tenantId, workflowId: wf.workflowId };
};

const machineArnOf = (tenantId: string, workflowId: string) =>
  `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:${stateMachineName('dynaris', tenantId, workflowId)}`;

const mutatingCalls = () => [
  ...sfn.commandCalls(CreateStateMachineCommand),
  ...sfn.commandCalls(UpdateStateMachineCommand),
  ...sfn.commandCalls(TagResourceCommand),
  ...sfn.commandCalls(DeleteStateMachineCommand),
  ...scheduler.commandCalls(CreateScheduleCommand),
  ...scheduler.commandCalls(UpdateScheduleCommand),
  ...scheduler.commandCalls(DeleteScheduleCommand),
  ...eventbridge.commandCalls(PutRuleCommand),
  ...eventbridge.commandCalls(PutTargetsCommand),
];

describe('provisioner', () => {
  it('GIVEN a new enabled event workflow WHEN provisioned THEN the state machine is created with the exact input and the subscription is written', async () => {
    const { tenantId, workflowId } = await newWorkflow(leadWorkflow());
    const report = await provisioner().provision(tenantId, workflowId);

    const name = `dynaris-${tenantId}-${workflowId}`;
    const compiled = compileWorkflow(leadWorkflow(), { resolver: placeholderResolver });
    expect(sfn.commandCalls(CreateStateMachineCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        name,
        definition: compiled.json,
        roleArn: settings.stateMachineRoleArn,
        type: compiled.type,
        loggingConfiguration: {
          level: compiled.type === 'EXPRESS' ? 'ALL' : 'ERROR',
          includeExecutionData: false,
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
          includeExecutionData: false,
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
        EventPattern: JSON.stringify({ source: [{ prefix: 'dynaris.' }], 'detail-type': ['invoice.paid'] }),
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

  it('GIVEN a new version that changes the workflow type WHEN provisioned THEN the state machine is deleted, then recreated with the new type on the retry', async () => {
    const standard = WorkflowDefinition.parse({ ...leadWorkflow(), settings: { type: 'STANDARD' } });
    const express = WorkflowDefinition.parse({ ...leadWorkflow(), settings: { type: 'EXPRESS' } });
    const { tenantId, workflowId } = await newWorkflow(standard);
    await provisioner().provision(tenantId, workflowId);
    await workflows().saveVersion(tenantId, workflowId, express, 1);

    await expect(provisioner().provision(tenantId, workflowId)).rejects.toThrow(/changes type/);
    expect(sfn.commandCalls(DeleteStateMachineCommand)).toHaveLength(1);

    const report = await provisioner().provision(tenantId, workflowId);
    expect(report.outcome).toBe('converged');
    expect(sfn.commandCalls(CreateStateMachineCommand).map((c) => c.args[0].input.type)).toStrictEqual([
      'STANDARD',
      'EXPRESS',
    ]);
    expect((await subscriptions().forEvent(tenantId, 'lead.created'))[0]?.workflowType).toBe('EXPRESS');
    expect((await workflows().get(tenantId, workflowId))?.status).toBe('enabled');
  });

  it('GIVEN a draft workflow WHEN provisioned THEN it gets a state machine but no trigger', async () => {
    const { tenantId, workflowId } = await newWorkflow(leadWorkflow(), false);
    await provisioner().provision(tenantId, workflowId);
    expect(machines.size).toBe(1);
    expect(await subscriptions().forWorkflow(tenantId, workflowId)).toStrictEqual([]);
  });
});

/** Re-installs the mocks (clearing one-off failures and call history) without losing the simulated AWS state. */
function installMocksKeepingState() {
  const keptMachines = new Map(machines);
  const keptSchedules = new Map(schedules);
  const keptRules = new Map(rules);
  installMocks();
  for (const [k, v] of keptMachines) machines.set(k, v);
  for (const [k, v] of keptSchedules) schedules.set(k, v);
  rules.clear();
  for (const [k, v] of keptRules) rules.set(k, v);
}

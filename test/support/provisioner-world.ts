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
  ListExecutionsCommand,
  ListTagsForResourceCommand,
  SFNClient,
  TagResourceCommand,
  UpdateStateMachineCommand,
} from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createRoutingRules } from '../../functions/adapters/eventbridge-bus';
import { createSchedulerAdapter } from '../../functions/adapters/scheduler';
import { createSfnEngine } from '../../functions/adapters/sfn-engine';
import { createSubscriptionStore } from '../../functions/data/subscriptions';
import { createWorkflowRepository } from '../../functions/data/workflows';
import { stateMachineName } from '../../functions/provisioner/names';
import { createProvisioner } from '../../functions/provisioner/provisioner';
import { createProvisionStateStore } from '../../functions/provisioner/state-store';
import type { ProvisionerSettings } from '../../functions/provisioner/types';
import type { Clock } from '../../functions/shared/ports';
import { placeholderResolver } from '../../statemachines/compile';
import { WorkflowDefinition } from '../../statemachines/schema';
import { startTestDatabase, type TestDatabase } from './dynalite';

/** A simulated AWS (Step Functions, Scheduler, EventBridge rules through aws-sdk-client-mock) and dynalite, for the provisioner tests. */

export const REGION = 'us-east-1';
export const ACCOUNT = '123456789012';
export const BUS = 'dynaris-bus';
export const DISPATCHER = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:dynaris-dispatcher`;
export const DISPATCH_DLQ = `arn:aws:sqs:${REGION}:${ACCOUNT}:dynaris-dispatch-dlq`;

export const settings: ProvisionerSettings = {
  resolver: placeholderResolver,
  stateMachinePrefix: 'dynaris',
  stateMachineRoleArn: `arn:aws:iam::${ACCOUNT}:role/dynaris-workflows`,
  logGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/dynaris/workflows:*`,
  tracingEnabled: true,
  scheduleGroup: 'dynaris',
  schedulerRoleArn: `arn:aws:iam::${ACCOUNT}:role/dynaris-scheduler`,
  schedulerDlqArn: `arn:aws:sqs:${REGION}:${ACCOUNT}:dynaris-scheduler-dlq`,
};

export const clock: Clock = { now: () => new Date('2026-11-25T10:00:00.000Z') };
export const awsError = (name: string, message = name) => Object.assign(new Error(message), { name });

// ---------------------------------------------------------------------------------------------------------------
// Stateful SDK mocks: what the provisioner created is what it later describes.
// ---------------------------------------------------------------------------------------------------------------

export const sfn = mockClient(SFNClient);
export const scheduler = mockClient(SchedulerClient);
export const eventbridge = mockClient(EventBridgeClient);

export interface Machine {
  input: CreateStateMachineCommandInput;
  arn: string;
  tags: Record<string, string>;
  /** Set by a DeleteStateMachine while executions still run (AWS ends them at their next transition). */
  status?: 'DELETING';
}
export const machines = new Map<string, Machine>();
/** State machine ARN -> names of its RUNNING executions (what ListExecutions answers). */
export const runningExecutions = new Map<string, string[]>();
/** Executions a DeleteStateMachine ended (runs lost). */
export const terminatedExecutions: string[] = [];
export const schedules = new Map<string, CreateScheduleCommandInput>();
export const rules = new Map<string, { pattern: string; targets: string[] }>();

export const installMocks = () => {
  sfn.reset();
  scheduler.reset();
  eventbridge.reset();
  machines.clear();
  runningExecutions.clear();
  terminatedExecutions.length = 0;
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
      status: m.status ?? 'ACTIVE',
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
    const running = runningExecutions.get(stateMachineArn) ?? [];
    const m = machines.get(stateMachineArn);
    if (running.length > 0 && m) {
      terminatedExecutions.push(...running);
      m.status = 'DELETING';
    } else machines.delete(stateMachineArn);
    return {};
  });
  sfn.on(ListExecutionsCommand).callsFake(({ stateMachineArn, statusFilter, maxResults }) => {
    const m = machines.get(stateMachineArn);
    if (!m) throw awsError('StateMachineDoesNotExist');
    // As AWS: Express executions cannot be listed.
    if (m.input.type === 'EXPRESS') throw awsError('StateMachineTypeNotSupported');
    const names =
      statusFilter === undefined || statusFilter === 'RUNNING'
        ? (runningExecutions.get(stateMachineArn) ?? [])
        : [];
    return {
      executions: names.slice(0, maxResults ?? 100).map((name) => ({
        executionArn: `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`,
        stateMachineArn,
        name,
        status: 'RUNNING',
        startDate: new Date(),
      })),
    };
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

export let db: TestDatabase;

export const workflows = () => createWorkflowRepository({ db, clock });
export const subscriptions = () => createSubscriptionStore({ db, clock });
export const provisioner = () =>
  createProvisioner({
    workflows: workflows(),
    subscriptions: subscriptions(),
    stateMachines: createSfnEngine({
      client: new SFNClient({ region: REGION }),
      region: REGION,
      accountId: ACCOUNT,
    }),
    schedules: createSchedulerAdapter({ client: new SchedulerClient({ region: REGION }) }),
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

export const leadWorkflow = (subject = 'Welcome'): WorkflowDefinition =>
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

export const scheduledWorkflow = (cron = '0 17 ? * MON-FRI *'): WorkflowDefinition =>
  WorkflowDefinition.parse({
    name: 'Weekday summary',
    trigger: { type: 'schedule', cron },
    steps: [{ id: 'summary', action: 'report.summarize', input: { period: 'today', title: 'Daily' } }],
  });

export let seq = 0;
export const newWorkflow = async (definition: WorkflowDefinition, enable = true) => {
  const tenantId = `tenant-${++seq}`;
  const wf = await workflows().create(tenantId, definition, { workflowId: `wf-${seq}` });
  if (enable) await workflows().enable(tenantId, wf.workflowId);
  return { tenantId, workflowId: wf.workflowId };
};

export const machineArnOf = (tenantId: string, workflowId: string) =>
  `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:${stateMachineName('dynaris', tenantId, workflowId)}`;

export const mutatingCalls = () => [
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

/** Re-installs the mocks (clearing one-off failures and call history) without losing the simulated AWS state. */
export function installMocksKeepingState() {
  const keptMachines = new Map(machines);
  const keptSchedules = new Map(schedules);
  const keptRules = new Map(rules);
  installMocks();
  for (const [k, v] of keptMachines) machines.set(k, v);
  for (const [k, v] of keptSchedules) schedules.set(k, v);
  rules.clear();
  for (const [k, v] of keptRules) rules.set(k, v);
}

/** Registers the set-up and tear-down of these tests in the calling file. */
export const useProvisionerWorld = (): void => {
  beforeAll(async () => {
    db = await startTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(installMocks);
};

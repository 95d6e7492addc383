import { Duration, type RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../../functions/shared/config';
import { AGENTS } from '../../statemachines/catalogue';
import { acknowledge, nagArn, REASONS } from './acknowledge';
import {
  workflowExecutionArns,
  workflowExpressExecutionArns,
  workflowMapRunArns,
  workflowStateMachineArnPrefix,
  workflowStateMachineArns,
} from './arns';
import { type Bus, TARGET_RETRY } from './bus';
import { grantDistributedMaps } from './distributed-maps';
import type { DynarisFunction } from './function';
import type { Functions } from './functions';
import type { BucketRef } from './grants';
import { deadLetterQueue } from './queues';
import type { Scheduler } from './scheduler';

export interface WorkflowRuntimeProps {
  readonly stateMachinePrefix: string;
  readonly table: { readonly tableArn: string };
  readonly bus: Bus;
  readonly functions: Functions;
  readonly scheduler: Scheduler;
  readonly logRetention: logs.RetentionDays;
  readonly removalPolicy: RemovalPolicy;
  /** The files bucket: item files and results of forEach with itemsFrom (Distributed Map). */
  readonly filesBucket: BucketRef;
}

/** CloudWatch Logs delivery for Step Functions: these actions have no resource-level permissions. */
export const LOG_DELIVERY_ACTIONS = [
  'logs:CreateLogDelivery',
  'logs:GetLogDelivery',
  'logs:UpdateLogDelivery',
  'logs:DeleteLogDelivery',
  'logs:ListLogDeliveries',
  'logs:PutResourcePolicy',
  'logs:DescribeResourcePolicies',
  'logs:DescribeLogGroups',
];

/** X-Ray trace submission: no resource-level permissions exist for these actions. */
export const XRAY_ACTIONS = [
  'xray:PutTraceSegments',
  'xray:PutTelemetryRecords',
  'xray:GetSamplingRules',
  'xray:GetSamplingTargets',
];

/**
 * What every workflow state machine runs with (built-in and runtime-provisioned): one role that may invoke the
 * agents and the supervisor, write log items, and publish events; one log group. The provisioner may create and
 * change only state machines and schedules under its own prefix and group, and pass only these two roles.
 */
export class WorkflowRuntime extends Construct {
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;
  readonly stateMachinePrefix: string;
  readonly statusChangeRule: events.Rule;
  readonly statusChangeDlq: sqs.Queue;
  readonly expressSweepRule: events.Rule;

  constructor(
    scope: Construct,
    id: string,
    private readonly props: WorkflowRuntimeProps,
  ) {
    super(scope, id);
    const { functions, table, bus } = props;
    this.stateMachinePrefix = props.stateMachinePrefix;
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      logGroupName: `/aws/vendedlogs/states/${props.stateMachinePrefix}`,
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    this.role = new iam.Role(this, 'StateMachineRole', {
      description: 'Runs Dynaris workflow state machines',
      assumedBy: new iam.ServicePrincipal('states.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    });
    const invokable: DynarisFunction[] = [functions.supervisor, ...AGENTS.map((a) => functions.agents[a])];
    this.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'InvokeAgentsAndSupervisor',
        actions: ['lambda:InvokeFunction'],
        resources: invokable.map((fn) => fn.functionArn),
      }),
    );
    this.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'WriteRunLogItems',
        actions: ['dynamodb:PutItem'],
        resources: [table.tableArn],
      }),
    );
    this.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'EmitEvents',
        actions: ['events:PutEvents'],
        resources: [bus.bus.eventBusArn],
      }),
    );
    this.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'DeliverExecutionLogs',
        actions: LOG_DELIVERY_ACTIONS,
        resources: ['*'],
      }),
    );
    this.role.addToPolicy(
      new iam.PolicyStatement({ sid: 'SendTraces', actions: XRAY_ACTIONS, resources: ['*'] }),
    );
    acknowledge(this.role, 'AwsSolutions-IAM5[Resource::*]', `${REASONS.logDelivery} ${REASONS.xray}`);
    grantDistributedMaps(this.role, props.stateMachinePrefix, props.filesBucket);
    this.wireFunctions();
    this.statusChangeDlq = deadLetterQueue(this, 'StatusChangeDlq');
    this.statusChangeRule = this.reconcileEndedExecutions(this.statusChangeDlq);
    this.expressSweepRule = this.sweepExpressRuns(this.statusChangeDlq);
    // The supervisor's asynchronous invocations (status changes, sweeps) that keep failing land in the same queue.
    functions.supervisor.configureAsyncInvoke({
      onFailure: new destinations.SqsDestination(this.statusChangeDlq),
      retryAttempts: 2,
      maxEventAge: TARGET_RETRY.maxEventAge,
    });
  }

  /**
   * Express executions send no status-change event: every 5 minutes the supervisor closes the runs of those that
   * ended without closing them (past their 5 minutes, or a failure nothing recorded).
   */
  private sweepExpressRuns(dlq: sqs.Queue): events.Rule {
    const rule = new events.Rule(this, 'ExpressRunSweep', {
      description: 'Every 5 minutes: the supervisor closes Express runs past their deadline as timed out',
      schedule: events.Schedule.rate(Duration.minutes(5)),
    });
    rule.addTarget(
      new targets.LambdaFunction(this.props.functions.supervisor, {
        event: events.RuleTargetInput.fromObject({ op: 'sweepExpressRuns' }),
        deadLetterQueue: dlq,
        ...TARGET_RETRY,
      }),
    );
    return rule;
  }

  /**
   * Executions that end outside their own failure path (execution timeout, a stop from the console) never reach
   * "Record failure": Step Functions' status-change events (default bus) let the supervisor close those runs.
   */
  private reconcileEndedExecutions(dlq: sqs.Queue): events.Rule {
    const { functions } = this.props;
    const rule = new events.Rule(this, 'EndedExecutions', {
      description: `Failed, timed-out and aborted ${this.stateMachinePrefix}_* executions -> supervisor (closes their runs)`,
      eventPattern: {
        source: ['aws.states'],
        detailType: ['Step Functions Execution Status Change'],
        detail: {
          status: ['FAILED', 'TIMED_OUT', 'ABORTED'],
          stateMachineArn: [{ prefix: workflowStateMachineArnPrefix(this, this.stateMachinePrefix) }],
        },
      },
    });
    rule.addTarget(
      new targets.LambdaFunction(functions.supervisor, { deadLetterQueue: dlq, ...TARGET_RETRY }),
    );
    return rule;
  }

  /**
   * The provisioner adds a dispatch rule (`<prefix>-route-<event>`) for an event type no static rule covers.
   * It may read the bus's rules and write only its own; the dispatcher and the dispatch DLQ accept those rules.
   */
  private wireDispatchRules(): void {
    const { functions, bus } = this.props;
    const stack = Stack.of(this);
    const rules = (name: string) =>
      stack.formatArn({ service: 'events', resource: 'rule', resourceName: `${bus.busName}/${name}` });
    const ownRules = rules(`${this.stateMachinePrefix}-route-*`);
    functions.provisioner.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ReadDispatchRules',
        actions: ['events:ListRuleNamesByTarget', 'events:DescribeRule'],
        resources: [rules('*')],
      }),
    );
    functions.provisioner.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'WriteOwnDispatchRules',
        actions: ['events:PutRule', 'events:PutTargets'],
        resources: [ownRules],
      }),
    );
    if (functions.provisioner.role) {
      acknowledge(
        functions.provisioner.role,
        `AwsSolutions-IAM5[Resource::${nagArn(this, 'events', `rule/${bus.busName}/${this.stateMachinePrefix}-route-*`)}]`,
        REASONS.dispatchRulesWrite,
      );
      acknowledge(
        functions.provisioner.role,
        `AwsSolutions-IAM5[Resource::${nagArn(this, 'events', `rule/${bus.busName}/*`)}]`,
        REASONS.dispatchRulesRead,
      );
    }
    functions.dispatcher.addPermission('InvokeFromProvisionedRules', {
      principal: new iam.ServicePrincipal('events.amazonaws.com'),
      action: 'lambda:InvokeFunction',
      sourceArn: ownRules,
      sourceAccount: stack.account,
    });
    bus.dispatchDlq.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'DeadLettersFromProvisionedRules',
        principals: [new iam.ServicePrincipal('events.amazonaws.com')],
        actions: ['sqs:SendMessage'],
        resources: [bus.dispatchDlq.queueArn],
        conditions: { ArnLike: { 'aws:SourceArn': ownRules } },
      }),
    );
  }

  private wireFunctions(): void {
    const { functions, scheduler } = this.props;
    const prefix = this.props.stateMachinePrefix;
    const machines = workflowStateMachineArns(this, prefix);
    const executions = workflowExecutionArns(this, prefix);
    const agentArns = functions.agentFunctionArns();

    const provisioner = functions.provisioner;
    provisioner.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ManageOwnStateMachines',
        actions: [
          'states:CreateStateMachine',
          'states:UpdateStateMachine',
          'states:DeleteStateMachine',
          'states:DescribeStateMachine',
          'states:ListExecutions',
          'states:TagResource',
          'states:ListTagsForResource',
        ],
        resources: [machines],
      }),
    );
    provisioner.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ManageOwnSchedules',
        actions: [
          'scheduler:CreateSchedule',
          'scheduler:UpdateSchedule',
          'scheduler:DeleteSchedule',
          'scheduler:GetSchedule',
        ],
        resources: [scheduler.scheduleArns],
      }),
    );
    provisioner.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'PassWorkflowRoles',
        actions: ['iam:PassRole'],
        resources: [this.role.roleArn, scheduler.role.roleArn],
        conditions: {
          StringEquals: { 'iam:PassedToService': ['states.amazonaws.com', 'scheduler.amazonaws.com'] },
        },
      }),
    );
    this.wireDispatchRules();
    const runtimeEnv: Record<string, string> = {
      [ENV.agentFunctionArns]: agentArns,
      [ENV.supervisorFunctionArn]: functions.supervisor.functionArn,
      [ENV.stateMachineRoleArn]: this.role.roleArn,
      [ENV.stateMachinePrefix]: prefix,
      [ENV.stateMachineLogGroupArn]: this.logGroup.logGroupArn,
      [ENV.scheduleGroup]: scheduler.group.scheduleGroupName,
      [ENV.schedulerRoleArn]: scheduler.role.roleArn,
      [ENV.schedulerDlqArn]: scheduler.dlq.queueArn,
      [ENV.dispatcherFunctionArn]: functions.dispatcher.functionArn,
      [ENV.dispatchDlqArn]: this.props.bus.dispatchDlq.queueArn,
    };
    for (const [k, v] of Object.entries(runtimeEnv)) provisioner.addEnvironment(k, v);

    // Starters: the API (manual runs, and runs approved before their Express execution starts: the decision starts
    // it) and the dispatcher (event and webhook triggers).
    for (const starter of [functions.api, functions.dispatcher]) {
      starter.addToRolePolicy(
        new iam.PolicyStatement({
          sid: 'StartWorkflowRuns',
          actions: ['states:StartExecution'],
          resources: [machines],
        }),
      );
    }
    const expressExecutions = workflowExpressExecutionArns(this, prefix);
    functions.api.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ManageWorkflowRuns',
        actions: [
          'states:DescribeExecution',
          'states:GetExecutionHistory',
          'states:StopExecution',
          'states:RedriveExecution',
          'states:ListMapRuns',
        ],
        // Express executions (`express:` ARNs) answer InvalidArn to most of these; covered so the refusal is
        // Step Functions' and never an AccessDenied.
        resources: [executions, expressExecutions],
      }),
    );
    // A run's item progress (forEach with itemsFrom): DescribeMapRun of each Map Run ListMapRuns names.
    functions.api.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ReadItemProgress',
        actions: ['states:DescribeMapRun'],
        resources: [workflowMapRunArns(this, prefix)],
      }),
    );
    // Express timelines: the state machine's log group (from DescribeStateMachine), read with FilterLogEvents.
    functions.api.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ReadExpressTimelines',
        actions: ['states:DescribeStateMachine'],
        resources: [machines],
      }),
    );
    functions.api.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ReadExecutionLogs',
        actions: ['logs:FilterLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );
    // Closing a run from a status-change event names the failed step, read from the execution history.
    functions.supervisor.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ReadFailedStep',
        actions: ['states:GetExecutionHistory'],
        resources: [executions],
      }),
    );
    functions.api.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'DecideApprovals',
        actions: ['states:SendTaskSuccess', 'states:SendTaskFailure'],
        resources: [machines],
      }),
    );
    const ackRole = (fn: DynarisFunction, finding: string, reason: string) => {
      if (fn.role) acknowledge(fn.role, `AwsSolutions-IAM5[Resource::${finding}]`, reason);
    };
    const machinesFinding = nagArn(this, 'states', `stateMachine:${prefix}_*`);
    for (const fn of [
      functions.api,
      functions.dispatcher,
      functions.correlator,
      functions.supervisor,
      provisioner,
    ]) {
      ackRole(fn, machinesFinding, REASONS.workflowStateMachines);
    }
    ackRole(functions.api, nagArn(this, 'states', `execution:${prefix}_*:*`), REASONS.workflowExecutions);
    ackRole(functions.api, nagArn(this, 'states', `express:${prefix}_*:*`), REASONS.workflowExecutions);
    ackRole(functions.api, nagArn(this, 'states', `mapRun:${prefix}_*/*:*`), REASONS.workflowExecutions);
    ackRole(
      functions.supervisor,
      nagArn(this, 'states', `execution:${prefix}_*:*`),
      REASONS.workflowExecutions,
    );
    ackRole(
      provisioner,
      nagArn(this, 'scheduler', `schedule/${scheduler.group.scheduleGroupName}/*`),
      REASONS.schedules,
    );
    // The correlator resumes waits when the event arrives; the supervisor's registerWait resumes at once when
    // the awaited event arrived before the wait was registered (recent-events lookback).
    for (const fn of [functions.correlator, functions.supervisor]) {
      fn.addToRolePolicy(
        new iam.PolicyStatement({
          sid: 'ResumeWaitingRuns',
          actions: ['states:SendTaskSuccess'],
          resources: [machines],
        }),
      );
    }
  }
}

import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge, nagArn, REASONS } from './acknowledge';
import { workflowStateMachineArns } from './arns';
import { deadLetterQueue } from './queues';

export interface SchedulerProps {
  readonly groupName: string;
  /** Workflow state machines are named `<prefix>-…`: the only ones schedules may start. */
  readonly stateMachinePrefix: string;
}

/** The schedule group for workflow schedules, the role Scheduler starts executions with, and its DLQ. */
export class Scheduler extends Construct {
  readonly group: scheduler.ScheduleGroup;
  readonly role: iam.Role;
  readonly dlq: sqs.Queue;

  constructor(scope: Construct, id: string, props: SchedulerProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.group = new scheduler.ScheduleGroup(this, 'Group', { scheduleGroupName: props.groupName });
    this.dlq = deadLetterQueue(this, 'Dlq');
    this.role = new iam.Role(this, 'ExecutionRole', {
      description: 'EventBridge Scheduler: starts workflow executions on schedule',
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    });
    this.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'StartWorkflowExecutions',
        actions: ['states:StartExecution'],
        resources: [workflowStateMachineArns(this, props.stateMachinePrefix)],
      }),
    );
    this.dlq.grantSendMessages(this.role);
    acknowledge(
      this.role,
      `AwsSolutions-IAM5[Resource::${nagArn(this, 'states', `stateMachine:${props.stateMachinePrefix}_*`)}]`,
      REASONS.workflowStateMachines,
    );
  }

  /** ARN pattern of every schedule in the group (what the provisioner manages). */
  get scheduleArns(): string {
    return Stack.of(this).formatArn({
      service: 'scheduler',
      resource: 'schedule',
      resourceName: `${this.group.scheduleGroupName}/*`,
    });
  }
}

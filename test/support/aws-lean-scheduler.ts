import * as Stock from '@aws-sdk/client-scheduler';
import * as Lean from '../../functions/adapters/aws-lean/scheduler';
import { command } from './aws-lean-sfn';
import { type Answer, wireSubject } from './aws-lean-wire';

/** A schedule call of the stock and the lean Scheduler clients as one wire subject. */
const schedulerSubject = <I extends object>(
  StockCommand: new (input: I) => unknown,
  LeanCommand: new (input: I) => unknown,
) => wireSubject<I>(Stock.SchedulerClient, StockCommand, Lean.SchedulerClient, command(LeanCommand));

/**
 * The four schedule calls of the provisioner, stock and lean, as wire subjects (test/support/aws-lean-wire.ts), with
 * the inputs and answers of test/unit/aws-lean-scheduler.test.ts.
 */
export const GET = schedulerSubject<Stock.GetScheduleCommandInput>(
  Stock.GetScheduleCommand,
  Lean.GetScheduleCommand,
);
export const CREATE = schedulerSubject<Stock.CreateScheduleCommandInput>(
  Stock.CreateScheduleCommand,
  Lean.CreateScheduleCommand,
);
export const UPDATE = schedulerSubject<Stock.UpdateScheduleCommandInput>(
  Stock.UpdateScheduleCommand,
  Lean.UpdateScheduleCommand,
);
export const DELETE = schedulerSubject<Stock.DeleteScheduleCommandInput>(
  Stock.DeleteScheduleCommand,
  Lean.DeleteScheduleCommand,
);

export const GROUP = 'dynaris-dev-schedules';
export const NAME = 't-1.wf-1.daily';
export const TARGET_ARN = 'arn:aws:states:eu-west-1:111122223333:stateMachine:dynaris-dev-t-1-wf-1-a';
export const ROLE = 'arn:aws:iam::111122223333:role/dynaris-dev-scheduler';
export const SCHEDULE_ARN = `arn:aws:scheduler:eu-west-1:111122223333:schedule/${GROUP}/${NAME}`;
export const ok = (body: unknown): Answer => ({ status: 200, body: JSON.stringify(body) });
export const EMPTY: Answer = { status: 200, body: '{}' };

/** Every member of GetSchedule's answer (the service model's), fractional timestamps included. */
export const SCHEDULE = {
  Arn: SCHEDULE_ARN,
  GroupName: GROUP,
  Name: NAME,
  ScheduleExpression: 'cron(0 9 * * ? *)',
  StartDate: 1733420130.5,
  EndDate: 1765000000,
  Description: 'Daily at 9',
  ScheduleExpressionTimezone: 'Europe/London',
  State: 'ENABLED',
  CreationDate: 1733420130.123,
  LastModificationDate: 1733420131,
  KmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:key/k',
  Target: {
    Arn: TARGET_ARN,
    RoleArn: ROLE,
    DeadLetterConfig: { Arn: 'arn:aws:sqs:eu-west-1:111122223333:dlq' },
    RetryPolicy: { MaximumEventAgeInSeconds: 3600, MaximumRetryAttempts: 3 },
    Input: '{"tenantId":"t-1","trigger":"schedule"}',
    EcsParameters: {
      TaskDefinitionArn: 'td',
      TaskCount: 2,
      LaunchType: 'FARGATE',
      NetworkConfiguration: {
        awsvpcConfiguration: { Subnets: ['s-1'], SecurityGroups: ['g-1'], AssignPublicIp: 'DISABLED' },
      },
      PlatformVersion: 'LATEST',
      Group: 'g',
      CapacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1, base: 0 }],
      EnableECSManagedTags: true,
      EnableExecuteCommand: false,
      PlacementConstraints: [{ type: 'memberOf', expression: 'x' }],
      PlacementStrategy: [{ type: 'spread', field: 'az' }],
      PropagateTags: 'TASK_DEFINITION',
      ReferenceId: 'r',
      Tags: [{ k: 'v' }],
    },
    EventBridgeParameters: { DetailType: 'd', Source: 's' },
    EventBridgePutEventsV2Parameters: { DetailType: 'd2', Source: 's2' },
    EventBridgePutRawEventsParameters: { Metadata: { a: 'b' } },
    KinesisParameters: { PartitionKey: 'p' },
    SageMakerPipelineParameters: { PipelineParameterList: [{ Name: 'n', Value: 'v' }] },
    SqsParameters: { MessageGroupId: 'm' },
  },
  FlexibleTimeWindow: { Mode: 'FLEXIBLE', MaximumWindowInMinutes: 15 },
  ActionAfterCompletion: 'NONE',
  NotInTheModel: 'dropped by both',
};

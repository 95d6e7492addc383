import type * as Scheduler from '@aws-sdk/client-scheduler';
import {
  LeanClient,
  type LeanClientConfig,
  LeanCommand,
  type LeanOperation,
  type LeanService,
} from './client';
import { modelledJsonError, restJsonBoundOperation, type Shape } from './json';

/**
 * EventBridge Scheduler's schedule calls, the ones the provisioner makes (restJson1): GetSchedule,
 * CreateSchedule, UpdateSchedule, DeleteSchedule, for a lean client (client.ts). Every member of their requests and
 * answers, in the order of the service model (the SDK's schemas), bound as the model binds them (Name in the path,
 * GroupName in GetSchedule's and DeleteSchedule's query, ClientToken filled with a UUID when left out), so that any
 * input the stock client accepts is sent byte for byte alike and any answer reads alike
 * (test/unit/aws-lean-scheduler.test.ts). The stock package loads ~3 ms of CPU at every provisioner cold start.
 */
export const SCHEDULER: LeanService = {
  clientName: 'SchedulerClient',
  endpointPrefix: 'scheduler',
  signingName: 'scheduler',
  apiVersion: '2021-06-30',
};

/** Scheduler's modelled errors and their faults (the SDK's error registry; the test checks the list). */
export const SCHEDULER_MODELED_ERRORS: ReadonlyMap<string, 'client' | 'server'> = new Map([
  ['ConflictException', 'client'],
  ['InternalServerException', 'server'],
  ['ResourceNotFoundException', 'client'],
  ['ServiceQuotaExceededException', 'client'],
  ['ThrottlingException', 'client'],
  ['ValidationException', 'client'],
]);

const schedulerError = modelledJsonError(['header', 'code', 'type'], SCHEDULER_MODELED_ERRORS);

const STRINGS: Shape = { list: 'string' };
const TARGET: Shape = {
  struct: {
    Arn: 'string',
    RoleArn: 'string',
    DeadLetterConfig: { struct: { Arn: 'string' } },
    RetryPolicy: { struct: { MaximumEventAgeInSeconds: 'number', MaximumRetryAttempts: 'number' } },
    Input: 'string',
    EcsParameters: {
      struct: {
        TaskDefinitionArn: 'string',
        TaskCount: 'number',
        LaunchType: 'string',
        NetworkConfiguration: {
          struct: {
            awsvpcConfiguration: {
              struct: { Subnets: STRINGS, SecurityGroups: STRINGS, AssignPublicIp: 'string' },
            },
          },
        },
        PlatformVersion: 'string',
        Group: 'string',
        CapacityProviderStrategy: {
          list: { struct: { capacityProvider: 'string', weight: 'number', base: 'number' } },
        },
        EnableECSManagedTags: 'boolean',
        EnableExecuteCommand: 'boolean',
        PlacementConstraints: { list: { struct: { type: 'string', expression: 'string' } } },
        PlacementStrategy: { list: { struct: { type: 'string', field: 'string' } } },
        PropagateTags: 'string',
        ReferenceId: 'string',
        Tags: { list: { map: 'string' } },
      },
    },
    EventBridgeParameters: { struct: { DetailType: 'string', Source: 'string' } },
    EventBridgePutEventsV2Parameters: { struct: { DetailType: 'string', Source: 'string' } },
    EventBridgePutRawEventsParameters: { struct: { Metadata: { map: 'string' } } },
    KinesisParameters: { struct: { PartitionKey: 'string' } },
    SageMakerPipelineParameters: {
      struct: { PipelineParameterList: { list: { struct: { Name: 'string', Value: 'string' } } } },
    },
    SqsParameters: { struct: { MessageGroupId: 'string' } },
  },
};
const WINDOW: Shape = { struct: { Mode: 'string', MaximumWindowInMinutes: 'number' } };

/** CreateSchedule's and UpdateSchedule's body (Name is in the path). */
const SCHEDULE_BODY = {
  struct: {
    ScheduleExpression: 'string',
    Target: TARGET,
    FlexibleTimeWindow: WINDOW,
    GroupName: 'string',
    StartDate: 'timestamp',
    EndDate: 'timestamp',
    Description: 'string',
    ScheduleExpressionTimezone: 'string',
    State: 'string',
    KmsKeyArn: 'string',
    ClientToken: 'string',
    ActionAfterCompletion: 'string',
  },
} as const satisfies Shape;

type Out<T> = Omit<T, '$metadata'>;

const operation = <I extends object, O extends object>(
  name: string,
  bindings: Parameters<typeof restJsonBoundOperation>[1],
  output: Readonly<Record<string, Shape>>,
): LeanOperation<I, O> => ({
  ...restJsonBoundOperation<I, O>(name, bindings, { struct: output }),
  error: schedulerError,
});

const GET = operation<Scheduler.GetScheduleCommandInput, Out<Scheduler.GetScheduleCommandOutput>>(
  'GetSchedule',
  { method: 'GET', path: '/schedules/{Name}', query: { GroupName: 'groupName' } },
  {
    Arn: 'string',
    GroupName: 'string',
    Name: 'string',
    ScheduleExpression: 'string',
    StartDate: 'timestamp',
    EndDate: 'timestamp',
    Description: 'string',
    ScheduleExpressionTimezone: 'string',
    State: 'string',
    CreationDate: 'timestamp',
    LastModificationDate: 'timestamp',
    KmsKeyArn: 'string',
    Target: TARGET,
    FlexibleTimeWindow: WINDOW,
    ActionAfterCompletion: 'string',
  },
);

const CREATE = operation<Scheduler.CreateScheduleCommandInput, Out<Scheduler.CreateScheduleCommandOutput>>(
  'CreateSchedule',
  { method: 'POST', path: '/schedules/{Name}', idempotencyToken: 'ClientToken', body: SCHEDULE_BODY },
  { ScheduleArn: 'string' },
);

const UPDATE = operation<Scheduler.UpdateScheduleCommandInput, Out<Scheduler.UpdateScheduleCommandOutput>>(
  'UpdateSchedule',
  { method: 'PUT', path: '/schedules/{Name}', idempotencyToken: 'ClientToken', body: SCHEDULE_BODY },
  { ScheduleArn: 'string' },
);

const DELETE = operation<Scheduler.DeleteScheduleCommandInput, Out<Scheduler.DeleteScheduleCommandOutput>>(
  'DeleteSchedule',
  {
    method: 'DELETE',
    path: '/schedules/{Name}',
    query: { GroupName: 'groupName', ClientToken: 'clientToken' },
    idempotencyToken: 'ClientToken',
  },
  {},
);

/** The lean module the provisioner's schedule calls use in place of @aws-sdk/client-scheduler. */
export class SchedulerClient extends LeanClient {
  constructor(config: LeanClientConfig) {
    super(SCHEDULER, config);
  }
}

export class GetScheduleCommand extends LeanCommand<
  Scheduler.GetScheduleCommandInput,
  Out<Scheduler.GetScheduleCommandOutput>
> {
  constructor(input: Scheduler.GetScheduleCommandInput) {
    super(input, GET);
  }
}

export class CreateScheduleCommand extends LeanCommand<
  Scheduler.CreateScheduleCommandInput,
  Out<Scheduler.CreateScheduleCommandOutput>
> {
  constructor(input: Scheduler.CreateScheduleCommandInput) {
    super(input, CREATE);
  }
}

export class UpdateScheduleCommand extends LeanCommand<
  Scheduler.UpdateScheduleCommandInput,
  Out<Scheduler.UpdateScheduleCommandOutput>
> {
  constructor(input: Scheduler.UpdateScheduleCommandInput) {
    super(input, UPDATE);
  }
}

export class DeleteScheduleCommand extends LeanCommand<
  Scheduler.DeleteScheduleCommandInput,
  Out<Scheduler.DeleteScheduleCommandOutput>
> {
  constructor(input: Scheduler.DeleteScheduleCommandInput) {
    super(input, DELETE);
  }
}

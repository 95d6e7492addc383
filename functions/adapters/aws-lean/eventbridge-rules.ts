import type * as EventBridge from '@aws-sdk/client-eventbridge';
import { LeanCommand, type LeanOperation } from './client';
import { jsonRpcOperation, modelledJsonError, type Shape } from './json';

/**
 * EventBridge's rule calls, the ones the provisioner's dispatch rule check makes (awsJson1_1, target AWSEvents):
 * ListRuleNamesByTarget, DescribeRule, PutRule, PutTargets, for the lean EventBridge client (eventbridge.ts). Every member of their
 * requests and answers in the order of the service model (the SDK's schemas), except targets' service-specific
 * parameters (Kinesis, ECS, Batch, SQS, HTTP, Redshift, SageMaker, AppSync), which are refused, never dropped
 * (test/unit/aws-lean-eventbridge-rules.test.ts). The stock package loads ~6 ms of CPU on the provisioner's first
 * enabling of an event- or webhook-triggered workflow.
 */

/** EventBridge's modelled errors and their faults (the SDK's error registry; the test checks the list). */
export const EVENTBRIDGE_MODELED_ERRORS: ReadonlyMap<string, 'client' | 'server'> = new Map([
  ['AccessDeniedException', 'client'],
  ['ConcurrentModificationException', 'client'],
  ['IllegalStatusException', 'client'],
  ['InternalException', 'server'],
  ['InvalidEventPatternException', 'client'],
  ['InvalidStateException', 'client'],
  ['LimitExceededException', 'client'],
  ['ManagedRuleException', 'client'],
  ['OperationDisabledException', 'client'],
  ['PolicyLengthExceededException', 'client'],
  ['ResourceAlreadyExistsException', 'client'],
  ['ResourceNotFoundException', 'client'],
  ['ThrottlingException', 'client'],
]);

const rulesError = modelledJsonError(['type', 'code', 'header'], EVENTBRIDGE_MODELED_ERRORS);

const SERVICE = { version: '1.1', target: 'AWSEvents' } as const;

type Out<T> = Omit<T, '$metadata'>;

const operation = <I extends object, O extends object>(
  name: string,
  input: Readonly<Record<string, Shape>>,
  output: Readonly<Record<string, Shape>>,
): LeanOperation<I, O> => ({
  ...jsonRpcOperation<I, O>(SERVICE, name, { struct: input }, { struct: output }),
  error: rulesError,
});

const LIST_RULE_NAMES = operation<
  EventBridge.ListRuleNamesByTargetCommandInput,
  Out<EventBridge.ListRuleNamesByTargetCommandOutput>
>(
  'ListRuleNamesByTarget',
  { TargetArn: 'string', EventBusName: 'string', NextToken: 'string', Limit: 'number' },
  { RuleNames: { list: 'string' }, NextToken: 'string' },
);

const DESCRIBE_RULE = operation<
  EventBridge.DescribeRuleCommandInput,
  Out<EventBridge.DescribeRuleCommandOutput>
>(
  'DescribeRule',
  { Name: 'string', EventBusName: 'string' },
  {
    Name: 'string',
    Arn: 'string',
    EventPattern: 'string',
    ScheduleExpression: 'string',
    State: 'string',
    Description: 'string',
    RoleArn: 'string',
    ManagedBy: 'string',
    EventBusName: 'string',
    CreatedBy: 'string',
  },
);

const PUT_RULE = operation<EventBridge.PutRuleCommandInput, Out<EventBridge.PutRuleCommandOutput>>(
  'PutRule',
  {
    Name: 'string',
    ScheduleExpression: 'string',
    EventPattern: 'string',
    State: 'string',
    Description: 'string',
    RoleArn: 'string',
    Tags: { list: { struct: { Key: 'string', Value: 'string' } } },
    EventBusName: 'string',
  },
  { RuleArn: 'string' },
);

const PUT_TARGETS = operation<EventBridge.PutTargetsCommandInput, Out<EventBridge.PutTargetsCommandOutput>>(
  'PutTargets',
  {
    Rule: 'string',
    Targets: {
      list: {
        struct: {
          Id: 'string',
          Arn: 'string',
          RoleArn: 'string',
          Input: 'string',
          InputPath: 'string',
          InputTransformer: { struct: { InputTemplate: 'string', InputPathsMap: { map: 'string' } } },
          DeadLetterConfig: { struct: { Arn: 'string' } },
          RetryPolicy: { struct: { MaximumRetryAttempts: 'number', MaximumEventAgeInSeconds: 'number' } },
        },
      },
    },
    EventBusName: 'string',
  },
  {
    FailedEntryCount: 'number',
    FailedEntries: { list: { struct: { TargetId: 'string', ErrorCode: 'string', ErrorMessage: 'string' } } },
  },
);

/** The commands the provisioner's dispatch rule check sends on the lean EventBridgeClient (eventbridge.ts). */
export class ListRuleNamesByTargetCommand extends LeanCommand<
  EventBridge.ListRuleNamesByTargetCommandInput,
  Out<EventBridge.ListRuleNamesByTargetCommandOutput>
> {
  constructor(input: EventBridge.ListRuleNamesByTargetCommandInput) {
    super(input, LIST_RULE_NAMES);
  }
}

export class DescribeRuleCommand extends LeanCommand<
  EventBridge.DescribeRuleCommandInput,
  Out<EventBridge.DescribeRuleCommandOutput>
> {
  constructor(input: EventBridge.DescribeRuleCommandInput) {
    super(input, DESCRIBE_RULE);
  }
}

export class PutRuleCommand extends LeanCommand<
  EventBridge.PutRuleCommandInput,
  Out<EventBridge.PutRuleCommandOutput>
> {
  constructor(input: EventBridge.PutRuleCommandInput) {
    super(input, PUT_RULE);
  }
}

export class PutTargetsCommand extends LeanCommand<
  EventBridge.PutTargetsCommandInput,
  Out<EventBridge.PutTargetsCommandOutput>
> {
  constructor(input: EventBridge.PutTargetsCommandInput) {
    super(input, PUT_TARGETS);
  }
}

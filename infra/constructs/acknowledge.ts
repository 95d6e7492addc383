import { Stack, Token, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** Rule ids acknowledged here are cdk-nag AwsSolutions findings that this design accepts, each with its reason. */
export const acknowledge = (scope: IConstruct, id: string, reason: string): void => {
  Validations.of(scope).acknowledge({ id, reason });
};

/** cdk-nag's rendering of a resource ARN in IAM5 finding ids (`arn:<AWS::Partition>:…`, literal env when known). */
export const nagArn = (scope: IConstruct, service: string, resource: string): string => {
  const stack = Stack.of(scope);
  const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
  const account = Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account;
  return `arn:<AWS::Partition>:${service}:${region}:${account}:${resource}`;
};

export const REASONS = {
  xray: 'X-Ray PutTraceSegments/PutTelemetryRecords (and GetSampling*) have no resource-level permissions; AWS requires Resource "*".',
  lambdaRuntime:
    'Runtime pinned to nodejs24.x on purpose: the code is built and tested for Node.js 24 (esbuild target node24); upgrades are deliberate.',
  workflowStateMachines:
    "Workflow state machines are created at run time by the provisioner, one per saved workflow, so their ARNs are unknown at deploy time; the pattern is limited to this stage's own name prefix.",
  workflowExecutions:
    "Executions are created at run time under the workflow state machines; the pattern is limited to executions of this stage's own prefix.",
  schedules:
    "Schedules are created at run time, one per scheduled workflow; the pattern is limited to this stage's own schedule group.",
  fileObjects:
    'Object keys are created at run time per tenant and file; access is limited to objects in the one files bucket (Get/Put/Delete, no listing).',
  dlqIsDlq:
    'This queue is itself a dead-letter queue (for an EventBridge target, a Lambda event source or a Scheduler schedule); a DLQ of a DLQ adds nothing. Its depth is alarmed on.',
  listStreams:
    'dynamodb:ListStreams has no resource-level permissions; the Lambda event source mapping needs it to find the table stream.',
  dispatchRulesRead:
    'The provisioner lists and describes the rules of its own bus to find whether an event type already reaches the dispatcher; rule names are not known at deploy time.',
  dispatchRulesWrite:
    'The provisioner creates dispatch rules at run time for event types no static rule covers; it may write only rules named with its own prefix on its own bus.',
  inferenceProfile:
    'A cross-region inference profile routes each request to the model in one of the regions of its geography, chosen by Bedrock; IAM must allow that one model in every region (the region is the only wildcard).',
  logDelivery:
    'CloudWatch Logs vended delivery actions (Create/Get/Update/Delete/ListLogDeliveries, Put/DescribeResourcePolicies, DescribeLogGroups) have no resource-level permissions; AWS requires Resource "*" for Step Functions logging.',
} as const;

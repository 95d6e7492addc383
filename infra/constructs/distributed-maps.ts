import { type CfnResource, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { MAP_RESULTS_PREFIX } from '../../statemachines/compile/distributed-for-each';
import { acknowledge, nagArn, REASONS } from './acknowledge';
import { workflowExecutionArns, workflowStateMachineArns } from './arns';
import type { BucketRef } from './grants';

/**
 * What a forEach with itemsFrom (a Distributed Map) needs from the workflow state machine role: to read its item
 * files (exports/) and write its children's results (map-results/) in the files bucket, and to start, describe,
 * stop and redrive its child executions, which run the state machine itself under `<machine>/<label>:<id>`.
 */
export const grantDistributedMaps = (
  role: iam.Role,
  stateMachinePrefix: string,
  filesBucket: BucketRef,
): void => {
  role.addToPolicy(
    new iam.PolicyStatement({
      sid: 'ReadItemFilesWriteMapResults',
      actions: ['s3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts'],
      resources: [
        filesBucket.arnForObjects('exports/*'),
        filesBucket.arnForObjects(`${MAP_RESULTS_PREFIX}/*`),
      ],
    }),
  );
  role.addToPolicy(
    new iam.PolicyStatement({
      sid: 'StartChildExecutions',
      actions: ['states:StartExecution'],
      resources: [workflowStateMachineArns(role, stateMachinePrefix)],
    }),
  );
  role.addToPolicy(
    new iam.PolicyStatement({
      sid: 'ManageChildExecutions',
      actions: ['states:DescribeExecution', 'states:StopExecution', 'states:RedriveExecution'],
      resources: [workflowExecutionArns(role, stateMachinePrefix)],
    }),
  );
  const cfnBucket = filesBucket.node.defaultChild as CfnResource;
  const stack = Stack.of(cfnBucket);
  const bucketId = stack.resolve(stack.getLogicalId(cfnBucket)) as string;
  for (const prefix of ['exports', MAP_RESULTS_PREFIX])
    acknowledge(role, `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${prefix}/*]`, REASONS.fileObjects);
  const machines = `stateMachine:${stateMachinePrefix}_*`;
  acknowledge(
    role,
    `AwsSolutions-IAM5[Resource::${nagArn(role, 'states', machines)}]`,
    REASONS.workflowStateMachines,
  );
  const executions = `execution:${stateMachinePrefix}_*:*`;
  acknowledge(
    role,
    `AwsSolutions-IAM5[Resource::${nagArn(role, 'states', executions)}]`,
    REASONS.workflowExecutions,
  );
};

/** Dry runs of a forEach with itemsFrom read item files (exports/) only: what they write stays in memory. */
export const grantItemFileReads = (grantee: iam.IGrantable & Construct, filesBucket: BucketRef): void => {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new iam.PolicyStatement({
      sid: 'ReadItemFiles',
      actions: ['s3:GetObject'],
      resources: [filesBucket.arnForObjects('exports/*')],
    }),
  );
  const cfnBucket = filesBucket.node.defaultChild as CfnResource;
  const stack = Stack.of(cfnBucket);
  const bucketId = stack.resolve(stack.getLogicalId(cfnBucket)) as string;
  if (Construct.isConstruct(grantee.grantPrincipal))
    acknowledge(
      grantee.grantPrincipal,
      `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/exports/*]`,
      REASONS.fileObjects,
    );
};

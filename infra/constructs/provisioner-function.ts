import { Duration } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { acknowledge, REASONS } from './acknowledge';
import { DynarisFunction } from './function';
import { grantTableReadWrite } from './grants';
import { deadLetterQueue } from './queues';
import { type ServiceFunctionProps, serviceFunctionProps } from './service-function';

/** The sort key of workflow items (functions/data/workflows.ts): the only items whose changes concern the provisioner. */
export const WORKFLOW_ITEM_SK = 'WORKFLOW';

export interface ProvisionerFunctionProps extends ServiceFunctionProps {
  /** The table whose stream brings saved workflows (it must have a stream). */
  readonly table: dynamodb.Table;
}

/**
 * The provisioner: converges each saved workflow's resources (state machine, schedule, subscriptions). It follows the
 * table's stream (workflow items only); a batch that keeps failing ends in its dead-letter queue. The API needs no
 * invoke: on AWS a saved workflow reaches the provisioner through the stream.
 */
export class ProvisionerFunction extends DynarisFunction {
  /** Where stream records that failed every retry go (alarmed on by Observability). */
  readonly streamDlq: sqs.Queue;

  /** Its dead-letter queue and the table's stream are created beside it in `scope` (ids stable since they were). */
  constructor(scope: Construct, id: string, props: ProvisionerFunctionProps) {
    super(
      scope,
      id,
      serviceFunctionProps('provisioner', 'Dynaris provisioner: converges workflow resources', props, {
        timeout: Duration.minutes(2),
      }),
    );
    const { table } = props;
    grantTableReadWrite(table, this);
    this.streamDlq = deadLetterQueue(scope, 'ProvisionerStreamDlq');
    const streamSource = dynamodb.Table.fromTableAttributes(scope, 'WorkflowStream', {
      tableArn: table.tableArn,
      ...(table.tableStreamArn ? { tableStreamArn: table.tableStreamArn } : {}),
    });
    this.addEventSource(
      new sources.DynamoEventSource(streamSource, {
        startingPosition: lambda.StartingPosition.LATEST,
        batchSize: 10,
        bisectBatchOnError: true,
        retryAttempts: 5,
        maxRecordAge: Duration.hours(6),
        reportBatchItemFailures: true,
        onFailure: new sources.SqsDlq(this.streamDlq),
        filters: [
          lambda.FilterCriteria.filter({
            dynamodb: { Keys: { sk: { S: lambda.FilterRule.isEqual(WORKFLOW_ITEM_SK) } } },
          }),
        ],
      }),
    );
    if (this.role)
      acknowledge(this.role, 'AwsSolutions-IAM5[Resource::*]', `${REASONS.listStreams} ${REASONS.xray}`);
  }
}

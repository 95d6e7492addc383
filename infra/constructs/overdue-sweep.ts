import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { deadLetterQueue } from './queues';

export interface OverdueSweepProps {
  /** The billing agent's function: `{ op: 'detectOverdue' }` marks unpaid invoices past due as overdue. */
  readonly billing: lambda.Function;
}

/**
 * Billing's daily sweep for overdue invoices: a scheduled rule invoking the billing agent asynchronously. Failed
 * deliveries and Lambda's own failed retries of the asynchronous invoke end in one dead-letter queue, never silently
 * dropped.
 */
export class OverdueSweep extends events.Rule {
  /** Where a sweep that could not be delivered or failed every retry goes (alarmed on by Observability). */
  readonly dlq: sqs.Queue;

  /** Its dead-letter queue is created beside it in `scope` (its id stable since it was). */
  constructor(scope: Construct, id: string, props: OverdueSweepProps) {
    const dlq = deadLetterQueue(scope, 'OverdueSweepDlq');
    super(scope, id, {
      description: 'Daily: billing agent marks unpaid invoices past due as overdue (invoice.overdue events)',
      schedule: events.Schedule.cron({ minute: '0', hour: '6' }),
    });
    this.dlq = dlq;
    props.billing.configureAsyncInvoke({
      onFailure: new destinations.SqsDestination(dlq),
      retryAttempts: 2,
      maxEventAge: Duration.hours(2),
    });
    this.addTarget(
      new targets.LambdaFunction(props.billing, {
        event: events.RuleTargetInput.fromObject({ op: 'detectOverdue' }),
        deadLetterQueue: dlq,
        retryAttempts: 4,
        maxEventAge: Duration.hours(2),
      }),
    );
  }
}

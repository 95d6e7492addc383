import { Duration } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { METRIC_NAMESPACE } from '../../functions/shared/metrics';
import { appAlarmMetrics, appMetricWidgets } from './app-metrics';
import type { DynarisFunction } from './function';

export interface ObservabilityProps {
  readonly namePrefix: string;
  readonly functions: readonly DynarisFunction[];
  readonly deadLetterQueues: Readonly<Record<string, sqs.IQueue>>;
  readonly apis: Readonly<Record<string, apigw.HttpApi>>;
  /** Log group every workflow state machine logs to (runtime-provisioned ones included). */
  readonly workflowLogGroup: logs.ILogGroup;
  readonly builtInStateMachines: readonly sfn.StateMachine[];
  readonly alarmEmail?: string | undefined;
}

/**
 * Alarms on what needs a person: failed workflow executions (all of them, through the shared execution log),
 * anything in a DLQ, API 5xx, Lambda errors and throttles. One dashboard shows the same.
 */
export class Observability extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    const topicKey = new kms.Key(this, 'AlarmTopicKey', {
      description: 'Encrypts the Dynaris alarm topic',
      enableKeyRotation: true,
    });
    this.topic = new sns.Topic(this, 'Alarms', {
      topicName: `${props.namePrefix}-alarms`,
      masterKey: topicKey,
      enforceSSL: true,
    });
    // CloudWatch publishes to the encrypted topic.
    topicKey.grant(
      new iam.ServicePrincipal('cloudwatch.amazonaws.com'),
      'kms:Decrypt',
      'kms:GenerateDataKey*',
    );
    if (props.alarmEmail) this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
    const alarm = (alarmId: string, metric: cloudwatch.IMetric, description: string, threshold = 0) => {
      const a = new cloudwatch.Alarm(this, alarmId, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      a.addAlarmAction(new actions.SnsAction(this.topic));
      this.alarms.push(a);
      return a;
    };

    const failedFilter = new logs.MetricFilter(this, 'FailedExecutions', {
      logGroup: props.workflowLogGroup,
      metricNamespace: METRIC_NAMESPACE,
      metricName: 'WorkflowExecutionsFailed',
      filterPattern: logs.FilterPattern.any(
        logs.FilterPattern.stringValue('$.type', '=', 'ExecutionFailed'),
        logs.FilterPattern.stringValue('$.type', '=', 'ExecutionTimedOut'),
        logs.FilterPattern.stringValue('$.type', '=', 'ExecutionAborted'),
      ),
      metricValue: '1',
      defaultValue: 0,
    });
    const failed = failedFilter.metric({ statistic: 'Sum', period: Duration.minutes(5) });
    alarm('WorkflowExecutionsFailedAlarm', failed, 'A workflow execution failed, timed out or was aborted');
    for (const machine of props.builtInStateMachines) {
      alarm(
        `${machine.node.id}FailedAlarm`,
        machine.metricFailed({ period: Duration.minutes(5), statistic: 'Sum' }),
        `Built-in workflow ${machine.node.id} failed`,
      );
    }

    const app = appAlarmMetrics();
    alarm(
      'RunsFailedAlarm',
      app.runsFailed,
      'A workflow run failed (Standard or Express; RunsFailed metric)',
    );
    alarm(
      'DispatchLagAlarm',
      app.dispatchLag,
      'A bus event waited over a minute before its dispatch',
      60_000,
    );
    alarm('WebhooksRefusedAlarm', app.webhooksRefused, 'Over 50 webhook deliveries refused in 5 minutes', 50);

    const dlqMetrics: cloudwatch.IMetric[] = [];
    for (const [name, queue] of Object.entries(props.deadLetterQueues)) {
      const depth = queue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: 'Maximum',
      });
      dlqMetrics.push(depth);
      alarm(`${name}DepthAlarm`, depth, `Messages in the ${name} dead-letter queue: inspect and redrive`);
    }

    const apiMetrics: cloudwatch.IMetric[] = [];
    for (const [name, api] of Object.entries(props.apis)) {
      const errors = api.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' });
      apiMetrics.push(errors);
      alarm(`${name}5xxAlarm`, errors, `${name} answered with 5xx`);
    }

    const fnErrors: cloudwatch.IMetric[] = [];
    const fnThrottles: cloudwatch.IMetric[] = [];
    for (const fn of props.functions) {
      const errors = fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' });
      const throttles = fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' });
      fnErrors.push(errors);
      fnThrottles.push(throttles);
      alarm(`${fn.node.id}ErrorsAlarm`, errors, `Function ${fn.serviceName} raised errors`);
      alarm(`${fn.node.id}ThrottlesAlarm`, throttles, `Function ${fn.serviceName} was throttled`);
    }

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: `${props.namePrefix}-overview`,
      widgets: [
        [
          new cloudwatch.GraphWidget({ title: 'Workflow executions failed', left: [failed], width: 8 }),
          new cloudwatch.GraphWidget({ title: 'DLQ depth', left: dlqMetrics, width: 8 }),
          new cloudwatch.GraphWidget({ title: 'API 5xx', left: apiMetrics, width: 8 }),
        ],
        [
          new cloudwatch.GraphWidget({ title: 'Lambda errors', left: fnErrors, width: 12 }),
          new cloudwatch.GraphWidget({ title: 'Lambda throttles', left: fnThrottles, width: 12 }),
        ],
        ...appMetricWidgets({ runsLogGroup: runsLogGroupOf(props.functions) }),
        [new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 })],
      ],
    });
  }
}

/** The supervisor counts runs (functions/shared/run-metrics.ts): its log group holds their EMF lines. */
const runsLogGroupOf = (functions: readonly DynarisFunction[]): logs.ILogGroup => {
  const supervisor = functions.find((fn) => fn.serviceName === 'supervisor');
  if (!supervisor)
    throw new Error('Observability needs the supervisor function (it records the run metrics)');
  return supervisor.ownLogGroup;
};

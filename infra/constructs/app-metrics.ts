import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { METRIC_NAMESPACE, METRICS, type MetricName } from '../../functions/shared/metrics';

/**
 * Dashboard widgets and alarm metrics over the metrics the functions write as EMF (functions/shared/metrics.ts).
 * A metric with a dimension is graphed with a SEARCH expression (one line per trigger, action, event type or
 * source, whichever occur); alarms use metrics with fixed dimensions, or a Metrics Insights query across them.
 */

const PERIOD = Duration.minutes(5);

/** A metric that has no dimension beyond Powertools' `service`. */
export const serviceMetric = (name: MetricName, statistic: string): cloudwatch.Metric =>
  new cloudwatch.Metric({
    namespace: METRIC_NAMESPACE,
    metricName: name,
    dimensionsMap: { service: METRICS[name].service },
    statistic,
    period: PERIOD,
  });

/** Every series of a metric, one line per value of its dimension (`{{trigger}}`, `{{action}}`…). */
export const searchMetric = (name: MetricName, statistic: string, label?: string): cloudwatch.IMetric => {
  const dimensions = ['service', ...METRICS[name].dimensions].sort().join(',');
  return new cloudwatch.MathExpression({
    expression: `SEARCH('{${METRIC_NAMESPACE},${dimensions}} MetricName="${name}"', '${statistic}', ${PERIOD.toSeconds()})`,
    label: label ?? '',
    period: PERIOD,
    usingMetrics: {},
  });
};

/** One value across every series of a metric (Metrics Insights: usable in alarms, unlike SEARCH). */
export const acrossMetric = (
  name: MetricName,
  fn: 'SUM' | 'MAX' | 'AVG',
  label: string,
): cloudwatch.IMetric => {
  const dimensions = ['service', ...METRICS[name].dimensions].join(', ');
  return new cloudwatch.MathExpression({
    expression: `SELECT ${fn}(${name}) FROM SCHEMA(${METRIC_NAMESPACE}, ${dimensions})`,
    label,
    period: PERIOD,
    usingMetrics: {},
  });
};

export interface AppMetricsProps {
  /** The supervisor's log group (it counts runs): its EMF lines carry workflowId, for the per-workflow table. */
  readonly runsLogGroup: logs.ILogGroup;
}

export const appMetricWidgets = (props: AppMetricsProps): cloudwatch.IWidget[][] => [
  [
    new cloudwatch.GraphWidget({
      title: 'Runs started (by trigger), succeeded, failed',
      left: [
        searchMetric('RunsStarted', 'Sum'),
        serviceMetric('RunsSucceeded', 'Sum'),
        serviceMetric('RunsFailed', 'Sum'),
      ],
      width: 12,
    }),
    new cloudwatch.LogQueryWidget({
      title: 'Runs by workflow (top 20, from the EMF lines)',
      logGroupNames: [props.runsLogGroup.logGroupName],
      queryLines: [
        'filter ispresent(workflowId)',
        'stats sum(RunsStarted) as started, sum(RunsSucceeded) as succeeded, sum(RunsFailed) as failed by workflowId',
        'sort started desc',
        'limit 20',
      ],
      width: 12,
    }),
  ],
  [
    new cloudwatch.GraphWidget({
      title: 'Step duration per action (p90, ms)',
      left: [searchMetric('StepDuration', 'p90')],
      width: 8,
    }),
    new cloudwatch.GraphWidget({
      title: 'Dispatch fan-out (runs per event) and lag (p99, ms)',
      left: [searchMetric('DispatchFanOut', 'Average')],
      right: [searchMetric('DispatchLag', 'p99')],
      width: 8,
    }),
    new cloudwatch.GraphWidget({
      title: 'Webhooks accepted, refused, duplicate',
      left: [
        searchMetric('WebhooksAccepted', 'Sum'),
        searchMetric('WebhooksRefused', 'Sum'),
        searchMetric('WebhooksDuplicate', 'Sum'),
      ],
      width: 8,
    }),
  ],
  [
    new cloudwatch.GraphWidget({
      title: 'LLM tokens in / out (sum per purpose)',
      left: [searchMetric('LlmInputTokens', 'Sum')],
      right: [searchMetric('LlmOutputTokens', 'Sum')],
      width: 24,
    }),
  ],
];

/** What the alarms watch: every failed run, dispatch lag over a minute, a burst of refused webhooks. */
export const appAlarmMetrics = () => ({
  runsFailed: serviceMetric('RunsFailed', 'Sum'),
  dispatchLag: acrossMetric('DispatchLag', 'MAX', 'Dispatch lag (max, ms)'),
  webhooksRefused: acrossMetric('WebhooksRefused', 'SUM', 'Webhooks refused'),
});

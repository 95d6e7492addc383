import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { dimensionsOf, METRICS, type MetricsPort, metadataOf } from '../shared/metrics';

const UNITS = { Count: MetricUnit.Count, Milliseconds: MetricUnit.Milliseconds } as const;

/**
 * Metrics on AWS: each point is one EMF log line written by Powertools Metrics (a single metric: its own dimension
 * set, published at once, so points with different dimensions never share a line). Dimensions are the catalogue's
 * (plus Powertools' `service`); tenant, workflow and run ids go in as metadata, which CloudWatch keeps in the log
 * line without creating a metric for each value.
 */
export const createEmfMetrics = (metrics: Metrics): MetricsPort => ({
  record(name, value, dimensions, metadata) {
    const single = metrics.singleMetric();
    for (const [key, dimension] of dimensionsOf(name, dimensions)) single.addDimension(key, dimension);
    for (const [key, item] of metadataOf(metadata)) single.addMetadata(key, item);
    single.addMetric(name, UNITS[METRICS[name].unit], value);
  },
});

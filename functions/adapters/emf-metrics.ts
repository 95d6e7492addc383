import type { EmfMetrics } from '../shared/emf';
import { dimensionsOf, METRICS, type MetricsPort, metadataOf } from '../shared/metrics';

/**
 * Metrics on AWS: each point is one EMF log line (functions/shared/emf.ts, the line Powertools Metrics writes for a
 * single metric: its own dimension set, published at once, so points with different dimensions never share a
 * line). Dimensions are the catalogue's (plus `service`); tenant, workflow and run ids go in as metadata, which
 * CloudWatch keeps in the log line without creating a metric for each value.
 */
export const createEmfMetrics = (metrics: EmfMetrics): MetricsPort => ({
  record(name, value, dimensions, metadata) {
    metrics.single(name, METRICS[name].unit, value, dimensionsOf(name, dimensions), metadataOf(metadata));
  },
});

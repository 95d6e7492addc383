import { authenticate } from '../../../functions/api/middleware/auth';
import type { TenantRepository } from '../../../functions/data/tenants';
import { normalizeHeaders } from '../../../functions/shared/http';
import { type MetricsRegistry, PROMETHEUS_CONTENT_TYPE } from '../metrics-registry';
import { errorResult, type LocalRoute } from './index';

/**
 * `GET /metrics`: the metrics the deployed system writes to CloudWatch, in Prometheus text format, for the caller's
 * tenant (same credentials as the API: `x-api-key` or a bearer token). Scrape it, or watch it with curl.
 */
export const metricsRoutes = (deps: {
  metrics: MetricsRegistry;
  tenants: TenantRepository;
}): LocalRoute[] => [
  {
    method: 'GET',
    path: '/metrics',
    handle: async (event) => {
      try {
        const principal = await authenticate(event, normalizeHeaders(event.headers), deps.tenants);
        return {
          statusCode: 200,
          headers: { 'content-type': PROMETHEUS_CONTENT_TYPE, 'cache-control': 'no-store' },
          body: deps.metrics.render(principal.tenantId),
        };
      } catch (error) {
        return errorResult(error);
      }
    },
  },
];

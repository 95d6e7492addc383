import type { TenantRepository } from '../../../functions/data/tenants';
import type { HttpEvent, HttpResult } from '../../../functions/shared/http';
import type { Platform } from '../../../functions/shared/platform';
import type { MetricsRegistry } from '../metrics-registry';
import type { Outbox } from '../outbox';
import { consoleRoutes } from './console';
import { docsRoutes } from './docs';
import { inboundEmailRoutes } from './inbound-email';
import type { LocalRoute } from './index';
import { metricsRoutes } from './metrics';
import { outboxRoutes } from './outbox';

/**
 * Every route only the local runtime serves, in the order they are tried: the outbox, GET /metrics, the API
 * reference at /docs, POST /inbound/email, then the console (a path its build has no file for goes on to the API).
 */
export const localRoutes = (deps: {
  readonly outbox: Outbox;
  readonly tenants: TenantRepository;
  readonly metrics: MetricsRegistry;
  readonly platform: Platform;
  readonly log: (line: string) => void;
  readonly consoleDir: string | undefined;
  readonly api: (event: HttpEvent) => Promise<HttpResult>;
}): LocalRoute[] => [
  ...outboxRoutes(deps),
  ...metricsRoutes(deps),
  ...docsRoutes(),
  ...inboundEmailRoutes(deps),
  ...consoleRoutes({ dir: deps.consoleDir, otherwise: deps.api }),
];

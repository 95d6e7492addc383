// First: JSON.parse exact for escaped keys before any module parses (functions/shared/json-parse.ts).
import '../shared/json-parse-install';
import { leanKms } from '../adapters/aws-lean/kms-calls';
import { leanPutEvents } from '../adapters/aws-lean/put-events';
import { startAwsFunction } from '../adapters/aws-platform';
import { createDeliveryStore } from '../data/deliveries';
import { createTenantRepository } from '../data/tenants';
import { emailTrackingResolver } from '../email/tracking-resolver';
import { createRouter, dispatch, type ErrorLogger, type HttpEvent, type HttpResult } from '../shared/http';
import { httpErrors } from '../shared/http-errors';
import { Logger } from '../shared/logger';
import { observed } from '../shared/observability';
import { getPlatform, type Platform } from '../shared/platform';
import type { TrackingResolver } from './mapping';
import { createWebhookRoute, type WebhookDeps } from './webhooks';

// Deployed: the Platform from this function's environment, and the SDKs of its main path, at cold start.
await startAwsFunction(['bus', 'secrets'], { putEvents: leanPutEvents, kms: leanKms });

const logger = new Logger({ serviceName: 'webhooks' });
const log: ErrorLogger = (message, details) => logger.error(message, details);

/** Webhook dependencies from the platform: the tenants repository holds the signing secrets. */
export const createWebhookDeps = (
  platform: Platform,
  options: { tracking?: TrackingResolver } = {},
): WebhookDeps => {
  const tenants = createTenantRepository({
    db: platform.db,
    secrets: platform.secrets,
    clock: platform.clock,
  });
  return {
    secrets: { secretFor: (tenantId, source) => tenants.webhookSecretFor(tenantId, source) },
    deliveries: createDeliveryStore({ db: platform.db, clock: platform.clock }),
    bus: platform.bus,
    clock: platform.clock,
    metrics: platform.metrics,
    tracking: options.tracking ?? emailTrackingResolver(platform),
  };
};

/** `POST /webhooks/{tenantId}/{source}` as a function of the event (the local runtime serves it with this). */
export const createWebhookHandler = (
  deps: WebhookDeps,
  errorLog: ErrorLogger = log,
): ((event: HttpEvent) => Promise<HttpResult>) => {
  const router = createRouter([createWebhookRoute<WebhookDeps>((ctx) => ctx)]);
  return (event) => dispatch(event, { router, context: async () => deps, log: errorLog });
};

let cached: { platform: Platform; handle: (event: HttpEvent) => Promise<HttpResult> } | undefined;

const lambdaHandler = async (event: HttpEvent): Promise<HttpResult> => {
  const platform = getPlatform();
  if (cached?.platform !== platform)
    cached = { platform, handle: createWebhookHandler(createWebhookDeps(platform)) };
  return cached.handle(event);
};

export const handler = observed(lambdaHandler, logger).use(httpErrors(log));

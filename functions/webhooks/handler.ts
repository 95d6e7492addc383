// Deployed: build the Platform from this function's environment at cold start (the local runtime sets its own).
import '../adapters/aws-platform';
import { Logger } from '@aws-lambda-powertools/logger';
import middy from '@middy/core';
import { createEmailTracking } from '../agents/email/tracking';
import { createDeliveryStore } from '../data/deliveries';
import { createLeadRepository, toLeadSummary } from '../data/leads';
import { createTenantRepository } from '../data/tenants';
import { NotFoundError } from '../shared/errors';
import { createRouter, dispatch, type ErrorLogger, type HttpEvent, type HttpResult } from '../shared/http';
import { httpErrors } from '../shared/http-errors';
import { getPlatform, type Platform } from '../shared/platform';
import { createWebhookRoute, type TrackingResolver, type WebhookDeps } from './webhooks';

const logger = new Logger({ serviceName: 'webhooks' });
const log: ErrorLogger = (message, details) => logger.error(message, details);

/** A lead deleted since the email was sent: the reply still names its id, with lead null. */
const absentAsUndefined = (err: unknown): undefined => {
  if (err instanceof NotFoundError) return undefined;
  throw err;
};

/** email.send's tracking records (functions/agents/email/tracking.ts) resolve replies to their lead. */
export const emailTrackingResolver = (platform: Pick<Platform, 'db' | 'clock'>): TrackingResolver => {
  const tracking = createEmailTracking({ db: platform.db, clock: platform.clock });
  const leads = createLeadRepository({ db: platform.db, clock: platform.clock });
  return {
    async resolve(tenantId, inbound) {
      const explicit =
        inbound.trackingId && /^[A-Za-z0-9_-]{1,128}$/.test(inbound.trackingId)
          ? await tracking.get(tenantId, inbound.trackingId)
          : undefined;
      const found =
        explicit ??
        (await tracking.resolveInbound(tenantId, {
          to: inbound.to,
          ...(inbound.inReplyTo ? { inReplyTo: inbound.inReplyTo } : {}),
          ...(inbound.references ? { references: inbound.references } : {}),
        }));
      if (!found) return undefined;
      const lead = found.leadId
        ? await leads.get(tenantId, found.leadId).catch(absentAsUndefined)
        : undefined;
      return { trackingId: found.trackingId, leadId: found.leadId, lead: lead ? toLeadSummary(lead) : null };
    },
  };
};

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
    secrets: {
      async webhookSecrets(tenantId) {
        const secret = await tenants.getWebhookSecret(tenantId);
        return secret ? [secret] : undefined;
      },
    },
    deliveries: createDeliveryStore({ db: platform.db, clock: platform.clock }),
    bus: platform.bus,
    clock: platform.clock,
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

export const handler = middy(lambdaHandler).use(httpErrors(log));

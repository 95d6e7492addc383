import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createTenantRepository } from '../../functions/data/tenants';
import type { HttpEvent, HttpResult } from '../../functions/shared/http';
import { createWebhookDeps, createWebhookHandler } from '../../functions/webhooks/handler';
import { signatureHeader } from '../../functions/webhooks/webhooks';
import { startTestPlatform, type TestPlatform } from './api-platform';
import { httpEvent } from './http-events';

/** Our own webhook secrets of tenant-a and tenant-b, and tenant-a's Typeform secret (test/integration/api/webhooks/). */
export const SECRET_A = 'whsec_tenant_a_0123456789abcdef';
export const SECRET_B = 'whsec_tenant_b_0123456789abcdef';
export const TYPEFORM_SECRET = 'typeform-secret-of-a';

export interface PostOptions {
  secret?: string;
  timestamp?: number;
  deliveryId?: string | null;
  contentType?: string;
  signature?: string;
  signedBody?: string;
  headers?: Record<string, string>;
}

export interface WebhookHarness {
  /** The platform of the file's tests (started in beforeAll, its published events cleared before each test). */
  platform(): TestPlatform;
  /** The webhook Lambda handler over that platform. */
  handle(event: HttpEvent): Promise<HttpResult>;
  /** Unix seconds on the platform's clock. */
  nowSeconds(): number;
  /** POST /webhooks/{tenant}/{source}, signed with our scheme (tenant-a's secret) under a fresh delivery id unless told. */
  post(tenant: string, source: string, body: string, options?: PostOptions): Promise<HttpResult>;
}

export const useWebhookHarness = (): WebhookHarness => {
  let current: TestPlatform | undefined;
  let handler: ((event: HttpEvent) => Promise<HttpResult>) | undefined;
  let delivery = 0;
  const platform = (): TestPlatform => {
    if (!current) throw new Error('the webhook platform is used outside a test');
    return current;
  };
  const handle = (event: HttpEvent): Promise<HttpResult> => {
    if (!handler) throw new Error('the webhook handler is used outside a test');
    return handler(event);
  };
  const nowSeconds = () => Math.floor(platform().clock.now().getTime() / 1000);

  beforeAll(async () => {
    current = await startTestPlatform();
    const tenants = createTenantRepository({
      db: current.db,
      secrets: current.secrets,
      clock: current.clock,
    });
    await tenants.setWebhookSecret('tenant-a', SECRET_A);
    await tenants.setWebhookSecret('tenant-b', SECRET_B);
    await tenants.updateSettings('tenant-a', {
      integrations: { webhookSecrets: { typeform: TYPEFORM_SECRET } },
    });
    handler = createWebhookHandler(createWebhookDeps(current), () => undefined);
  });
  afterAll(async () => current?.close());
  beforeEach(() => {
    if (current) current.published.length = 0;
  });

  const post = (tenant: string, source: string, body: string, options: PostOptions = {}) => {
    const deliveryId = options.deliveryId === undefined ? `d-${++delivery}` : options.deliveryId;
    const t = options.timestamp ?? nowSeconds();
    const headers: Record<string, string> = {
      'content-type': options.contentType ?? 'application/json',
      'x-dynaris-signature':
        options.signature ??
        signatureHeader(
          options.secret ?? SECRET_A,
          t,
          { tenantId: tenant, source },
          options.signedBody ?? body,
        ),
      ...(deliveryId !== null ? { 'x-dynaris-delivery': deliveryId } : {}),
      ...options.headers,
    };
    return handle(httpEvent('POST', `/webhooks/${tenant}/${source}`, { rawBody: body, headers }));
  };
  return { platform, handle, nowSeconds, post };
};

import { randomBytes } from 'node:crypto';
import type { createTenantRepository } from '../../functions/data/tenants';
import { LOCAL_SLACK_URL } from './outbox';

export interface TenantCredentials {
  readonly tenantId: string;
  readonly apiKey: string;
  readonly webhookSecret: string;
}

/**
 * Sets a tenant up for the local runtime: the operator's API key registered (idempotent; a key of another tenant is
 * refused), a webhook secret, and Slack pointed at the local outbox unless configured.
 */
export const localTenantSetup =
  (tenants: ReturnType<typeof createTenantRepository>, slackUrl: string | undefined) =>
  async (
    tenantId: string,
    given: { apiKey?: string; webhookSecret?: string } = {},
  ): Promise<TenantCredentials> => {
    const apiKey = given.apiKey ?? `dyn_local_${randomBytes(24).toString('base64url')}`;
    await tenants.importApiKey(tenantId, 'Local runtime key', apiKey);
    const webhookSecret =
      given.webhookSecret ??
      (await tenants.getWebhookSecret(tenantId)) ??
      (await tenants.setWebhookSecret(tenantId));
    if (given.webhookSecret) await tenants.setWebhookSecret(tenantId, given.webhookSecret);
    const settings = await tenants.getTenantSettings(tenantId);
    if (!settings.integrations.slack.configured) {
      await tenants.updateSettings(tenantId, {
        integrations: { slackWebhookUrl: slackUrl ?? LOCAL_SLACK_URL },
      });
    }
    return { tenantId, apiKey, webhookSecret };
  };

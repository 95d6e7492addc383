/**
 * Tenants: settings (Auto Mode, time zone, business hours, team, HTTP allow-list), integrations whose secrets are
 * encrypted with the SecretBox and never returned in full, API keys (stored as SHA-256 hashes), and the webhook
 * signing secret.
 *
 *   settings  pk T#<t>#TENANT   sk SETTINGS
 *   API key   pk T#<t>#APIKEY   sk <keyId>      gsi1pk APIKEY#<sha256(key)>  gsi1sk APIKEY
 */
import { createApiKeys } from './api-keys';
import type { TenantRepositoryDeps } from './schema';
import { createTenantSettings } from './settings';

export * from './schema';

export const createTenantRepository = (deps: TenantRepositoryDeps) => ({
  ...createTenantSettings(deps),
  ...createApiKeys(deps),
});

export type TenantRepository = ReturnType<typeof createTenantRepository>;

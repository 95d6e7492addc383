import { createRequestKeyStore } from '../../data/request-keys';
import type { TenantRepository } from '../../data/tenants';
import { findApiKey } from '../../data/tenants/api-key-lookup';
import type { createApiKeys } from '../../data/tenants/api-keys';
import type { Platform } from '../../shared/platform';
import type { ApiDeps } from '../context';
import { createRateLimiter, DEFAULT_RATE_LIMIT } from '../middleware/rate-limit';
import type { ApiOptions } from '../serve';

type SettingsPart = Omit<TenantRepository, keyof ReturnType<typeof createApiKeys>>;

/** The tenant settings' methods of a function whose routes read none: each fails naming it. */
const settingsOf = (fn: string): SettingsPart => {
  const absent = (): never => {
    throw new Error(`${fn} reads no tenant settings (its routes authenticate API keys only)`);
  };
  return {
    getTenantSettings: absent,
    settingsFromItem: absent,
    updateSettings: absent,
    getSlackWebhookUrl: absent,
    getTenantSettingsWithSlack: absent,
    getWebhookSecret: absent,
    webhookSecretFor: absent,
    setWebhookSecret: absent,
  };
};

/**
 * The API keys of a function whose routes only authenticate the caller: the lookup by hash (what authentication
 * reads), without the keys' repository (creation, import, listing, revocation); the other methods fail naming it.
 */
const keyLookupOf = (fn: string, db: Platform['db']): ReturnType<typeof createApiKeys> => {
  const absent = (): never => {
    throw new Error(`${fn} only looks API keys up (its routes create, list and revoke none)`);
  };
  return {
    createApiKey: absent,
    importApiKey: absent,
    listApiKeys: absent,
    revokeApiKey: absent,
    deleteApiKey: absent,
    findApiKey: (keyHash) => findApiKey(db, keyHash),
  };
};

/**
 * authParts (common.ts) for a function whose routes only authenticate the caller: the API key lookup, the rate limit
 * and Idempotency-Key records, without the tenant settings' repository (its schemas, validation, saves and secrets;
 * ~4 KB of the api-assistant bundle, which reads no settings) and without the API keys' writes (keyLookupOf).
 */
export const authOnlyParts = (
  fn: string,
  platform: Platform,
  options: ApiOptions = {},
): Pick<ApiDeps, 'tenants' | 'limiter' | 'requestKeys'> => {
  const { db, clock } = platform;
  return {
    tenants: { ...settingsOf(fn), ...keyLookupOf(fn, db) },
    limiter: createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, clock),
    requestKeys: createRequestKeyStore({ db, clock }),
  };
};

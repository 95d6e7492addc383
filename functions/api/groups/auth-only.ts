import { createRequestKeyStore } from '../../data/request-keys';
import type { TenantRepository } from '../../data/tenants';
import { findApiKey } from '../../data/tenants/api-key-lookup';
import type { createApiKeys } from '../../data/tenants/api-keys';
import type { Platform } from '../../shared/platform';
import type { ApiDeps } from '../context';
import { createRateLimiter, DEFAULT_RATE_LIMIT } from '../middleware/rate-limit';
import type { ApiOptions } from '../serve';

type SettingsPart = Omit<TenantRepository, keyof ReturnType<typeof createApiKeys>>;

/** The settings' reads a function carries (settings-reads.ts' createSettingsReads), if any. */
export type SettingsReads = Pick<SettingsPart, 'getTenantSettings' | 'settingsFromItem'>;

/** The tenant settings' methods of a function whose routes read none, or only `reads`: the others fail naming it. */
const settingsOf = (fn: string, reads: SettingsReads | undefined): SettingsPart => {
  const absent = (): never => {
    throw new Error(
      reads
        ? `${fn} only reads tenant settings (its routes change none and decrypt no secret)`
        : `${fn} reads no tenant settings (its routes authenticate API keys only)`,
    );
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
    ...reads,
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
 * authParts (common.ts) for a function whose routes only authenticate the caller, and at most read the tenant's
 * settings (`reads`, what the full repository answers): the API key lookup, the rate limit and Idempotency-Key
 * records, without the tenant settings' repository (its schemas, validation, saves and secrets; ~4 KB of the
 * api-assistant bundle, which reads no settings, and of api-dry-run's, which reads the time zone) and without the API
 * keys' writes (keyLookupOf).
 */
export const authOnlyParts = (
  fn: string,
  platform: Platform,
  options: ApiOptions = {},
  reads?: SettingsReads,
): Pick<ApiDeps, 'tenants' | 'limiter' | 'requestKeys'> => {
  const { db, clock } = platform;
  return {
    tenants: { ...settingsOf(fn, reads), ...keyLookupOf(fn, db) },
    limiter: createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, clock),
    requestKeys: createRequestKeyStore({ db, clock }),
  };
};

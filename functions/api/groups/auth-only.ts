import { createRequestKeyStore } from '../../data/request-keys';
import type { TenantRepository } from '../../data/tenants';
import { createApiKeys } from '../../data/tenants/api-keys';
import type { Platform } from '../../shared/platform';
import type { ApiDeps } from '../context';
import { createRateLimiter, DEFAULT_RATE_LIMIT } from '../middleware/rate-limit';
import type { ApiOptions } from '../serve';

type SettingsPart = Omit<TenantRepository, keyof ReturnType<typeof createApiKeys>>;

/** The tenant settings' methods of a function whose routes read none: each fails naming the function. */
const noSettings = (fn: string): SettingsPart => {
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
 * authParts (common.ts) for a function whose routes only authenticate the caller: the API key lookup, the rate limit
 * and Idempotency-Key records, without the tenant settings' repository (its schemas, validation and secrets; ~4 KB
 * of the api-assistant bundle).
 */
export const authOnlyParts = (
  fn: string,
  platform: Platform,
  options: ApiOptions = {},
): Pick<ApiDeps, 'tenants' | 'limiter' | 'requestKeys'> => {
  const { db, clock } = platform;
  return {
    tenants: { ...noSettings(fn), ...createApiKeys({ db, clock }) },
    limiter: createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, clock),
    requestKeys: createRequestKeyStore({ db, clock }),
  };
};

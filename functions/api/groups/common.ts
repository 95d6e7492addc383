import { createRequestKeyStore } from '../../data/request-keys';
import { createTenantRepository } from '../../data/tenants';
import type { Platform } from '../../shared/platform';
import type { ApiDeps } from '../context';
import { createRateLimiter, DEFAULT_RATE_LIMIT } from '../middleware/rate-limit';
import type { ApiOptions } from '../serve';

/** What every authenticated route needs: the tenants (API keys, settings), the rate limit, Idempotency-Key records. */
export const authParts = (
  platform: Platform,
  options: ApiOptions = {},
): Pick<ApiDeps, 'tenants' | 'limiter' | 'requestKeys'> => {
  const { db, clock } = platform;
  return {
    tenants: createTenantRepository({
      db,
      secrets: platform.secrets,
      clock,
      allowInsecureIntegrationUrls: platform.mode === 'local',
    }),
    limiter: createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, clock),
    requestKeys: createRequestKeyStore({ db, clock }),
  };
};

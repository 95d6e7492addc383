import type { HttpEvent, HttpResult } from '../shared/http';
import { getPlatform, type Platform } from '../shared/platform';
import { type ApiOptions, createApiHandler } from './api';
import { DEFAULT_RATE_LIMIT, rateLimitFromEnv } from './middleware/rate-limit';

/**
 * The API with some optional parts added (dry runs, the assistant), built once per container (per platform): for
 * the functions that API Gateway sends one route each (infra/constructs/api.ts). The same router, auth, rate limit
 * and error shapes as the api function answer it; the limit is the api function's (API_RATE_LIMIT / API_BURST_LIMIT,
 * read when the handler is made, at cold start).
 */
export const apiWith = (parts: (platform: Platform) => NonNullable<ApiOptions['overrides']>) => {
  const rateLimit = rateLimitFromEnv(process.env, DEFAULT_RATE_LIMIT);
  let cached: { platform: Platform; handle: (event: HttpEvent) => Promise<HttpResult> } | undefined;
  return async (event: HttpEvent): Promise<HttpResult> => {
    const platform = getPlatform();
    if (cached?.platform !== platform)
      cached = { platform, handle: createApiHandler(platform, { rateLimit, overrides: parts(platform) }) };
    return cached.handle(event);
  };
};

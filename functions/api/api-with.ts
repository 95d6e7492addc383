import type { HttpEvent, HttpResult } from '../shared/http';
import { getPlatform, type Platform } from '../shared/platform';
import { type ApiOptions, createApiHandler } from './api';

/**
 * The API with some optional parts added (dry runs, the assistant), built once per container (per platform): for
 * the functions that API Gateway sends one route each (infra/constructs/api.ts). The same router, auth, rate limit
 * and error shapes as the api function answer it.
 */
export const apiWith = (parts: (platform: Platform) => NonNullable<ApiOptions['overrides']>) => {
  let cached: { platform: Platform; handle: (event: HttpEvent) => Promise<HttpResult> } | undefined;
  return async (event: HttpEvent): Promise<HttpResult> => {
    const platform = getPlatform();
    if (cached?.platform !== platform)
      cached = { platform, handle: createApiHandler(platform, { overrides: parts(platform) }) };
    return cached.handle(event);
  };
};

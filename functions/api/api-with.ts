import type { HttpEvent, HttpResult } from '../shared/http';
import { getPlatform, type Platform } from '../shared/platform';
import type { ApiDeps } from './context';
import { DEFAULT_RATE_LIMIT, rateLimitFromEnv } from './middleware/rate-limit';
import { type ApiOptions, type RouteTable, serveRoutes } from './serve';

/** The context's document for a function that does not serve GET /openapi.json (api-docs does). */
const servedByDocs = (): never => {
  throw new Error('GET /openapi.json is served by the api-docs function');
};

/**
 * A function of the API (infra/constructs/api.ts sends it its routes): its route table over its dependencies,
 * built once per container (per platform), with the same router, auth, rate limit, Idempotency-Key and error
 * shapes as every other; the limit is API_RATE_LIMIT / API_BURST_LIMIT, read when the handler is made (cold start).
 */
export const apiFunction = (spec: {
  readonly routes: RouteTable;
  readonly deps: (platform: Platform, options: ApiOptions) => ApiDeps;
  readonly overrides?: (platform: Platform) => NonNullable<ApiOptions['overrides']>;
  readonly openapi?: () => Record<string, unknown>;
}) => {
  const rateLimit = rateLimitFromEnv(process.env, DEFAULT_RATE_LIMIT);
  let cached: { platform: Platform; handle: (event: HttpEvent) => Promise<HttpResult> } | undefined;
  return async (event: HttpEvent): Promise<HttpResult> => {
    const platform = getPlatform();
    if (cached?.platform !== platform) {
      const deps = spec.deps(platform, { rateLimit, overrides: spec.overrides?.(platform) ?? {} });
      cached = { platform, handle: serveRoutes(spec.routes, deps, spec.openapi ?? servedByDocs) };
    }
    return cached.handle(event);
  };
};

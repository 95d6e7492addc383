import { startAwsFunction } from '../adapters/aws-platform';
import { builtInCatalogFromEnv } from '../data/built-in-workflows';
import type { HttpEvent, HttpResult } from '../shared/http';
import { httpErrors } from '../shared/http-errors';
import { observed } from '../shared/observability';
import { getPlatform, type Platform } from '../shared/platform';
import { createApiHandler, defaultErrorLog, defaultLogger } from './api';
import { DEFAULT_RATE_LIMIT, rateLimitFromEnv } from './middleware/rate-limit';

// Deployed: the Platform from this function's environment, and the SDKs of its main path, at cold start.
await startAwsFunction(['bus']);

// Checked at cold start: a malformed BUILT_IN_WORKFLOWS fails the init, naming the variable.
const builtIns = builtInCatalogFromEnv();

// Read and checked at cold start: the stage throttling's figures (infra sets both).
const rateLimit = rateLimitFromEnv(process.env, DEFAULT_RATE_LIMIT);

let cached: { platform: Platform; handle: (event: HttpEvent) => Promise<HttpResult> } | undefined;

/** Built once per container (per platform): repositories, router and rate-limit buckets live across requests. */
const lambdaHandler = async (event: HttpEvent): Promise<HttpResult> => {
  const platform = getPlatform();
  if (cached?.platform !== platform)
    cached = { platform, handle: createApiHandler(platform, { rateLimit, overrides: { builtIns } }) };
  return cached.handle(event);
};

export const handler = observed(lambdaHandler, defaultLogger).use(httpErrors(defaultErrorLog));

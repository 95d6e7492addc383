// Deployed: build the Platform from this function's environment at cold start (the local runtime sets its own).
import '../adapters/aws-platform';
import type { HttpEvent, HttpResult } from '../shared/http';
import { httpErrors } from '../shared/http-errors';
import { observed } from '../shared/observability';
import { getPlatform, type Platform } from '../shared/platform';
import { createApiHandler, defaultErrorLog, defaultLogger } from './api';

let cached: { platform: Platform; handle: (event: HttpEvent) => Promise<HttpResult> } | undefined;

/** Built once per container (per platform): repositories, router and rate-limit buckets live across requests. */
const lambdaHandler = async (event: HttpEvent): Promise<HttpResult> => {
  const platform = getPlatform();
  if (cached?.platform !== platform) cached = { platform, handle: createApiHandler(platform) };
  return cached.handle(event);
};

export const handler = observed(lambdaHandler, defaultLogger).use(httpErrors(defaultErrorLog));

// Deployed: build the Platform from this function's environment at cold start (the local runtime sets its own).
import '../adapters/aws-platform';
import middy from '@middy/core';
import type { HttpEvent, HttpResult } from '../shared/http';
import { httpErrors } from '../shared/http-errors';
import { getPlatform, type Platform } from '../shared/platform';
import { createApiHandler, defaultErrorLog } from './api';
import { createDryRunner } from './dry-runner';

/**
 * The dry-run function: API Gateway sends it POST /workflows/{id}/test only (infra/constructs/api.ts), so the
 * local engine (an ASL interpreter, JSONata, JSONPath) stays out of the api function. The same router, auth, rate
 * limit and error shapes as the api function answer it.
 */
let cached: { platform: Platform; handle: (event: HttpEvent) => Promise<HttpResult> } | undefined;

const lambdaHandler = async (event: HttpEvent): Promise<HttpResult> => {
  const platform = getPlatform();
  if (cached?.platform !== platform) {
    const dryRunner = createDryRunner(platform.clock);
    cached = { platform, handle: createApiHandler(platform, { overrides: { dryRunner } }) };
  }
  return cached.handle(event);
};

export const handler = middy(lambdaHandler).use(httpErrors(defaultErrorLog));

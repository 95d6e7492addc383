import type { HttpEvent, HttpResult } from '../shared/http';
import type { Platform } from '../shared/platform';
import * as core from './api';
import type { ApiDeps } from './context';
import { createDryRunner } from './dry-runner';

/**
 * The whole API, dry runs included: what the local runtime and the tests use. On AWS the api function is built
 * from ./api (no dry-run engine) and POST /workflows/{id}/test goes to its own function (dry-run-handler.ts).
 */

export {
  API_INFO,
  API_ROUTES,
  type ApiOptions,
  createApi,
  defaultErrorLog,
  defaultLanguage,
  openApiDocument,
} from './api';

const withDryRuns = (platform: Platform, options: core.ApiOptions): core.ApiOptions => ({
  ...options,
  overrides: { dryRunner: createDryRunner(platform.clock), ...options.overrides },
});

export const createApiDeps = (platform: Platform, options: core.ApiOptions = {}): ApiDeps =>
  core.createApiDeps(platform, withDryRuns(platform, options));

export const createApiHandler = (
  platform: Platform,
  options: core.ApiOptions = {},
): ((event: HttpEvent) => Promise<HttpResult>) =>
  core.createApiHandler(platform, withDryRuns(platform, options));

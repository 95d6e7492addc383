import type { HttpEvent, HttpResult } from '../shared/http';
import type { Platform } from '../shared/platform';
import * as core from './api';
import { createAssistant } from './assistant-runner';
import type { ApiDeps } from './context';
import { withDryRunDeadline } from './dry-run-limits';
import { createDryRunner } from './dry-runner';

/**
 * The whole API, dry runs and the assistant included: what the local runtime and the tests use. On AWS the api
 * function is built from ./api (neither), and POST /workflows/{id}/test and POST /assistant/workflows go to their
 * own functions (dry-run-handler.ts, assistant-handler.ts).
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
  overrides: {
    // Held to api-dry-run's timeout (dry-run-limits.ts): not more lenient than AWS.
    dryRunner: withDryRunDeadline(createDryRunner(platform)),
    assistant: createAssistant(platform),
    ...options.overrides,
  },
});

export const createApiDeps = (platform: Platform, options: core.ApiOptions = {}): ApiDeps =>
  core.createApiDeps(platform, withDryRuns(platform, options));

export const createApiHandler = (
  platform: Platform,
  options: core.ApiOptions = {},
): ((event: HttpEvent) => Promise<HttpResult>) =>
  core.createApiHandler(platform, withDryRuns(platform, options));

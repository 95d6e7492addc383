import { startAwsFunctionWith } from '../adapters/aws-platform-core';
import { createSdkS3FileStore } from '../adapters/s3-files';
import { builtInCatalogFromEnv } from '../data/built-in-workflows';
import { httpErrors } from '../shared/http-errors';
import { observed } from '../shared/observability';
import { apiFunction } from './api-with';
import { createDryRunner } from './dry-runner';
import { DRY_RUN_ROUTES, dryRunApiDeps } from './groups/dry-run';
import { defaultErrorLog, defaultLogger } from './serve';

// Deployed: the Platform from this function's environment at cold start with the one adapter it uses, S3 for item files
// (forEach.itemsFrom). A dry run sends, publishes and decrypts nothing: no SES, EventBridge or KMS. S3's package (~25 ms
// of init) is not preloaded: only a dry run whose forEach reads an item file it did not write itself calls S3, and
// that one loads it (`npm run bench -- lambdas` prints init + that load beside the init).
await startAwsFunctionWith({ files: (bucket) => createSdkS3FileStore(bucket) });

// Checked at cold start: a malformed BUILT_IN_WORKFLOWS fails the init, naming the variable.
const builtIns = builtInCatalogFromEnv();

/**
 * The dry-run function: API Gateway sends it POST /workflows/{id}/test only, so the local engine (an ASL
 * interpreter, JSONPath) stays out of the other functions, and it serves that route alone (the other workflow routes
 * are api-workflows'), with a dry runner.
 */
export const handler = observed(
  apiFunction({
    routes: DRY_RUN_ROUTES,
    deps: dryRunApiDeps,
    overrides: (platform) => ({ dryRunner: createDryRunner(platform), builtIns }),
  }),
  defaultLogger,
).use(httpErrors(defaultErrorLog));

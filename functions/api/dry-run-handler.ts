// First: JSON.parse exact for escaped keys before any module parses (functions/shared/json-parse.ts).
import '../shared/json-parse-install';
import { startAwsFunctionWith } from '../adapters/aws-platform-core';
import { createSdkS3FileStore } from '../adapters/s3-files';
import { Logger } from '../shared/logger';
import { observed } from '../shared/observability';
import { getPlatform } from '../shared/platform';
import { serveDryRuns } from './dry-run-function';

// Deployed: the Platform from this function's environment at cold start with the one adapter it uses, S3 for item files
// (forEach.itemsFrom). A dry run sends, publishes and decrypts nothing: no SES, EventBridge or KMS. S3's package (~25 ms
// of init) is not preloaded: only a dry run whose forEach reads an item file it did not write itself calls S3, and
// that one loads it (`npm run bench -- lambdas` prints init + that load beside the init).
await startAwsFunctionWith({ files: (bucket) => createSdkS3FileStore(bucket) });

const logger = new Logger({ serviceName: 'api-dry-run' });

let served: { platform: ReturnType<typeof getPlatform>; run: ReturnType<typeof serveDryRuns> } | undefined;

/**
 * The dry-run function: the local engine (an ASL interpreter, JSONPath) and nothing of the API. api-workflows serves
 * POST /workflows/{id}/test (the lookup, the 404 and the 422 with the validation report) and invokes this function
 * with the valid definition (functions/api/remote-dry-runner.ts); this one runs it and answers the dry run.
 */
export const handler = observed(async (payload: unknown) => {
  const platform = getPlatform();
  if (served?.platform !== platform) served = { platform, run: serveDryRuns(platform) };
  return served.run(payload);
}, logger);

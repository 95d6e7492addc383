import { startAwsFunction } from '../adapters/aws-platform';
import { builtInCatalogFromEnv } from '../data/built-in-workflows';
import { httpErrors } from '../shared/http-errors';
import { observed } from '../shared/observability';
import { defaultErrorLog, defaultLogger } from './api';
import { apiWith } from './api-with';
import { createDryRunner } from './dry-runner';

// Deployed: the Platform from this function's environment at cold start; S3 for item files (forEach.itemsFrom).
await startAwsFunction(['files']);

// Checked at cold start: a malformed BUILT_IN_WORKFLOWS fails the init, naming the variable.
const builtIns = builtInCatalogFromEnv();

/**
 * The dry-run function: API Gateway sends it POST /workflows/{id}/test only, so the local engine (an ASL
 * interpreter, JSONata, JSONPath) stays out of the api function.
 */
export const handler = observed(
  apiWith((platform) => ({ dryRunner: createDryRunner(platform), builtIns })),
  defaultLogger,
).use(httpErrors(defaultErrorLog));

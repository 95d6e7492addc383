import { startAwsFunction } from '../adapters/aws-platform';
import { builtInCatalogFromEnv } from '../data/built-in-workflows';
import { httpErrors } from '../shared/http-errors';
import { observed } from '../shared/observability';
import { apiFunction } from './api-with';
import { createDryRunner } from './dry-runner';
import { WORKFLOW_ROUTES, workflowApiDeps } from './groups/workflows';
import { defaultErrorLog, defaultLogger } from './serve';

// Deployed: the Platform from this function's environment at cold start; S3 for item files (forEach.itemsFrom).
await startAwsFunction(['files']);

// Checked at cold start: a malformed BUILT_IN_WORKFLOWS fails the init, naming the variable.
const builtIns = builtInCatalogFromEnv();

/**
 * The dry-run function: API Gateway sends it POST /workflows/{id}/test only, so the local engine (an ASL
 * interpreter, JSONata, JSONPath) stays out of the other functions. It serves the workflows' table (the route and
 * the workflow lookups it shares) with a dry runner.
 */
export const handler = observed(
  apiFunction({
    routes: WORKFLOW_ROUTES,
    deps: workflowApiDeps,
    overrides: (platform) => ({ dryRunner: createDryRunner(platform), builtIns }),
  }),
  defaultLogger,
).use(httpErrors(defaultErrorLog));

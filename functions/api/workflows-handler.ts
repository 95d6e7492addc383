// First: JSON.parse exact for escaped keys before any module parses (functions/shared/json-parse.ts).
import '../shared/json-parse-install';
import { startAwsFunctionWith } from '../adapters/aws-platform-core';
import { builtInCatalogFromEnv } from '../data/built-in-workflows';
import { httpErrors } from '../shared/http-errors';
import { observed } from '../shared/observability';
import { apiFunction } from './api-with';
import { WORKFLOW_ROUTES, workflowApiDeps } from './groups/workflows';
import { lambdaDryRunnerFromEnv } from './remote-dry-runner';
import { defaultErrorLog, defaultLogger } from './serve';

// Deployed: the Platform from this function's environment at cold start with no adapter but the table's (saving a
// workflow reaches the provisioner through the table's stream; Lambda's package loads on the first dry run, which
// invokes the api-dry-run function). Its role may not send, publish, decrypt or read files: the SES, EventBridge, KMS
// and S3 adapters with the routed publisher (10.7 KB) could only have met AccessDenied.
await startAwsFunctionWith({});

// Checked at cold start: a malformed BUILT_IN_WORKFLOWS fails the init, naming the variable.
const builtIns = builtInCatalogFromEnv();
const dryRunner = lambdaDryRunnerFromEnv();

/** The api-workflows function: /workflows and below (validation, versions, dry runs run by api-dry-run), except runs. */
export const handler = observed(
  apiFunction({ routes: WORKFLOW_ROUTES, deps: workflowApiDeps, overrides: () => ({ builtIns, dryRunner }) }),
  defaultLogger,
).use(httpErrors(defaultErrorLog));

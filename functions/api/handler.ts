// First: JSON.parse exact for escaped keys before any module parses (functions/shared/json-parse.ts).
import '../shared/json-parse-install';
import { startAwsFunction } from '../adapters/aws-platform';
import { createSfnEngine } from '../adapters/sfn-engine';
import { builtInCatalogFromEnv } from '../data/built-in-workflows';
import { httpErrors } from '../shared/http-errors';
import { observed } from '../shared/observability';
import { apiFunction } from './api-with';
import { CORE_ROUTES, coreApiDeps } from './groups/core';
import { defaultErrorLog, defaultLogger } from './serve';

// Deployed: the Platform from this function's environment at cold start. Its routes publish nothing (the bus SDK
// is not loaded); Step Functions is loaded by the first route that starts, resumes or reads an execution.
await startAwsFunction([], { engine: createSfnEngine });

// Checked at cold start: a malformed BUILT_IN_WORKFLOWS fails the init, naming the variable.
const builtIns = builtInCatalogFromEnv();

/**
 * The api function: every route API Gateway does not send to one of the others (infra/constructs/api.ts):
 * health, runs, approvals, settings, events, schedules, logs. Workflows, the data modules, the OpenAPI document,
 * dry runs, the assistant and webhooks have their own functions, so this one carries none of their code.
 */
export const handler = observed(
  apiFunction({ routes: CORE_ROUTES, deps: coreApiDeps, overrides: () => ({ builtIns }) }),
  defaultLogger,
).use(httpErrors(defaultErrorLog));

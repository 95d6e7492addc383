// First: JSON.parse exact for escaped keys before any module parses (functions/shared/json-parse.ts).
import '../shared/json-parse-install';
import { startAwsFunction } from '../adapters/aws-platform';
import { httpErrors } from '../shared/http-errors';
import { observed } from '../shared/observability';
import { apiFunction } from './api-with';
import { DOCS_ROUTES, deployedOpenApiDocument, docsApiDeps } from './groups/docs';
import { defaultErrorLog, defaultLogger } from './serve';

await startAwsFunction([]);

/** The api-docs function: GET /openapi.json, the generated document (public, no table access). */
export const handler = observed(
  apiFunction({ routes: DOCS_ROUTES, deps: docsApiDeps, openapi: deployedOpenApiDocument }),
  defaultLogger,
).use(httpErrors(defaultErrorLog));

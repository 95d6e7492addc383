import { workflowJsonSchema } from '../../statemachines/json-schema';
import type { HttpEvent, HttpResult } from '../shared/http';
import type { Platform } from '../shared/platform';
import { createWebhookDeps } from '../webhooks/handler';
import { createWebhookRoute } from '../webhooks/webhooks';
import type { ApiContext, ApiDeps } from './context';
import { createDataModules } from './data';
import { authParts } from './groups/common';
import { coreParts } from './groups/core';
import { defaultLanguage } from './language';
import { buildOpenApi, type OpenApiInfo, type OperationExamples } from './openapi';
import OPENAPI_EXAMPLES from './openapi-examples.json' with { type: 'json' };
import { approvalRoutes } from './routes/approvals';
import { dataRoutes } from './routes/data';
import { feedRoutes } from './routes/feed';
import { metaRoutes } from './routes/meta';
import { runListRoutes } from './routes/run-list';
import { runRoutes } from './routes/runs';
import { settingsRoutes } from './routes/settings';
import { validationRoutes } from './routes/validation';
import { versionRoutes } from './routes/versions';
import { workflowRoutes } from './routes/workflows';
import { type ApiOptions, defaultErrorLog, type RouteTable, serveRoutes, withIdempotencyKeys } from './serve';

export { defaultLanguage } from './language';
export { type ApiOptions, defaultErrorLog, defaultLogger } from './serve';

/**
 * The whole API as a function of an API Gateway HTTP API (v2) event: the local runtime and the tests serve it
 * (through app.ts, which adds dry runs and the assistant). The route table below is the single source of the
 * router and of /openapi.json. On AWS the routes are served by several functions, each with its group of them and
 * only the dependencies those use (groups/, infra/constructs/api.ts sends each path to its function); webhooks go
 * to the webhooks function, and GET /openapi.json serves this table's document as generated
 * (openapi.generated.json).
 */

export const API_ROUTES: RouteTable = withIdempotencyKeys([
  ...metaRoutes,
  ...workflowRoutes,
  ...validationRoutes,
  ...versionRoutes,
  ...runRoutes,
  ...runListRoutes,
  ...approvalRoutes,
  ...settingsRoutes,
  ...dataRoutes,
  ...feedRoutes,
  createWebhookRoute<ApiContext>((ctx) => ctx.deps.webhooks),
]);

export const API_INFO = {
  title: 'Dynaris API',
  version: '1.0.0',
  description:
    'Workflow automation: workflows, runs, approvals, settings, data modules, events, schedules and logs. ' +
    'Authenticate with a bearer JWT (tenant from the custom:tenantId claim) or an x-api-key header. Errors share ' +
    'one shape: { error: { code, message, details?: [{ path, message }], requestId } }.',
  servers: [
    {
      url: 'http://localhost:{port}',
      description: 'The local runtime (npm start): x-api-key is printed at start-up',
      variables: { port: { default: '3000', description: 'PORT' } },
    },
    {
      url: 'https://{apiId}.execute-api.{region}.amazonaws.com',
      description:
        "Deployed: the stack's ApiUrl output (Cognito JWT) or MachineApiUrl output (x-api-key), same routes",
      variables: {
        apiId: { default: 'abc123defg', description: 'The HTTP API id in the ApiUrl / MachineApiUrl output' },
        region: { default: 'us-east-1', description: 'The region the stack is deployed to' },
      },
    },
  ],
} as const satisfies OpenApiInfo;

let openApiCache: Record<string, unknown> | undefined;
export const openApiDocument = (): Record<string, unknown> => {
  openApiCache ??= buildOpenApi(
    API_ROUTES,
    API_INFO,
    { WorkflowDefinition: workflowJsonSchema() },
    OPENAPI_EXAMPLES as Readonly<Record<string, OperationExamples>>,
  );
  return openApiCache;
};

/** Builds the API's dependencies from a Platform (real repositories over platform.db): every group's parts. */
export const createApiDeps = (platform: Platform, options: ApiOptions = {}): ApiDeps =>
  ({
    platform,
    ...authParts(platform, options),
    ...coreParts(platform),
    data: createDataModules(platform),
    language: defaultLanguage,
    webhooks: createWebhookDeps(platform),
    log: options.log ?? defaultErrorLog,
    ...options.overrides,
  }) as ApiDeps;

/** The API over given dependencies: `(event) => result`, never throws. */
export const createApi = (deps: ApiDeps): ((event: HttpEvent) => Promise<HttpResult>) =>
  serveRoutes(API_ROUTES, deps, openApiDocument);

/** The API for a platform, without dry runs unless `options.overrides.dryRunner` gives one. */
export const createApiHandler = (
  platform: Platform,
  options: ApiOptions = {},
): ((event: HttpEvent) => Promise<HttpResult>) => createApi(createApiDeps(platform, options));

import { Logger } from '@aws-lambda-powertools/logger';
import { toMermaid } from '../../statemachines/diagram';
import { workflowJsonSchema } from '../../statemachines/json-schema';
import { validateWorkflow } from '../../statemachines/validate';
import { createActivityStore } from '../data/activity';
import { createApprovalRepository } from '../data/approvals';
import { createBuiltInCatalog } from '../data/built-in-workflows';
import { createLogRepository } from '../data/logs';
import { createRequestKeyStore } from '../data/request-keys';
import { createRunRepository } from '../data/runs';
import { createTenantRepository } from '../data/tenants';
import { createWorkflowRepository } from '../data/workflows';
import { UnauthorizedError } from '../shared/errors';
import {
  type AnyRoute,
  createRouter,
  dispatch,
  type ErrorLogger,
  type HttpEvent,
  type HttpResult,
} from '../shared/http';
import type { Platform } from '../shared/platform';
import { createWebhookDeps } from '../webhooks/handler';
import { createWebhookRoute } from '../webhooks/webhooks';
import type { ApiContext, ApiDeps, WorkflowLanguage } from './context';
import { createDataModules } from './data';
import { withIdempotencyKey } from './idempotency-key';
import { authenticate, type Principal } from './middleware/auth';
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimitOptions } from './middleware/rate-limit';
import { buildOpenApi, type OpenApiInfo, type OperationExamples } from './openapi';
import OPENAPI_EXAMPLES from './openapi-examples.json' with { type: 'json' };
import { createRunReopener } from './reopen';
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

/**
 * The API as one function of an API Gateway HTTP API (v2) event. The route table below is the single source of
 * the router and of /openapi.json. Without the dry-run engine and the assistant: on AWS dry runs and the
 * assistant have their own functions (dry-run-handler.ts, assistant-handler.ts, which add them), so the api Lambda
 * does not load code it never runs; app.ts (the local runtime, tests) adds both. On AWS the handler (handler.ts) builds it from getPlatform().
 */

export const API_ROUTES: readonly AnyRoute<ApiContext>[] = [
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
].map((route) => (route.method === 'POST' && route.auth === 'tenant' ? withIdempotencyKey(route) : route));

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

export const defaultLogger = new Logger({ serviceName: 'api' });
export const defaultErrorLog: ErrorLogger = (message, details) => defaultLogger.error(message, details);

export const defaultLanguage: WorkflowLanguage = {
  validate: (definition) => validateWorkflow(definition),
  diagram: (definition) => toMermaid(definition),
};

export interface ApiOptions {
  readonly log?: ErrorLogger;
  readonly rateLimit?: RateLimitOptions;
  /** Replace parts (tests, the local runtime, the dry-run function); `undefined` removes an optional one. */
  readonly overrides?: { readonly [K in Exclude<keyof ApiDeps, 'platform'>]?: ApiDeps[K] | undefined };
}

/** Builds the API's dependencies from a Platform (real repositories over platform.db). */
export const createApiDeps = (platform: Platform, options: ApiOptions = {}): ApiDeps => {
  const { db, clock } = platform;
  const log = options.log ?? defaultErrorLog;
  const tenants = createTenantRepository({
    db,
    secrets: platform.secrets,
    clock,
    allowInsecureIntegrationUrls: platform.mode === 'local',
  });
  const base: ApiDeps = {
    platform,
    tenants,
    workflows: createWorkflowRepository({ db, clock }),
    builtIns: createBuiltInCatalog(undefined),
    runs: createRunRepository({ db, clock }),
    approvals: createApprovalRepository({ db, clock }),
    logs: createLogRepository({ db, clock }),
    activity: createActivityStore({ db, clock }),
    data: createDataModules(platform),
    language: defaultLanguage,
    webhooks: createWebhookDeps(platform),
    reopenFailedRun: createRunReopener(platform),
    limiter: createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, clock),
    requestKeys: createRequestKeyStore({ db, clock }),
    log,
  };
  return { ...base, ...options.overrides } as ApiDeps;
};

/** The API over given dependencies: `(event) => result`, never throws. */
export const createApi = (deps: ApiDeps): ((event: HttpEvent) => Promise<HttpResult>) => {
  const router = createRouter(API_ROUTES);
  return (event) =>
    dispatch<ApiContext>(event, {
      router,
      log: deps.log,
      async context(route, ev, headers) {
        if (route.auth !== 'tenant') return { deps, principal: undefined, openapi: openApiDocument };
        let principal: Principal;
        try {
          principal = await authenticate(ev, headers, deps.tenants);
        } catch (err) {
          // Failed attempts count against the caller's address: guessing keys is throttled (429) too.
          if (err instanceof UnauthorizedError)
            deps.limiter.take(`anon:${ev.requestContext?.http?.sourceIp ?? '?'}`);
          throw err;
        }
        deps.limiter.take(principal.limitKey);
        return { deps, principal, openapi: openApiDocument };
      },
    });
};

/** The API for a platform, without dry runs unless `options.overrides.dryRunner` gives one. */
export const createApiHandler = (
  platform: Platform,
  options: ApiOptions = {},
): ((event: HttpEvent) => Promise<HttpResult>) => createApi(createApiDeps(platform, options));

import { API_ROUTES, type ApiOptions } from '../../functions/api/app';
import { createAssistant } from '../../functions/api/assistant-runner';
import type { ApiDeps, DryRunner } from '../../functions/api/context';
import { serveDryRuns } from '../../functions/api/dry-run-function';
import { ASSISTANT_ROUTES, assistantApiDeps } from '../../functions/api/groups/assistant';
import { authParts } from '../../functions/api/groups/common';
import { CORE_ROUTES, coreApiDeps } from '../../functions/api/groups/core';
import { DATA_ROUTES, dataApiDeps } from '../../functions/api/groups/data';
import { DOCS_ROUTES, deployedOpenApiDocument, docsApiDeps } from '../../functions/api/groups/docs';
import { WORKFLOW_ROUTES, workflowApiDeps } from '../../functions/api/groups/workflows';
import { partialApiDeps, type RouteTable, serveRoutes } from '../../functions/api/serve';
import type { HttpEvent, HttpResult } from '../../functions/shared/http';
import type { Platform } from '../../functions/shared/platform';
import { createWebhookDeps } from '../../functions/webhooks/handler';
import {
  API_ROUTE_PLAN,
  type ApiTarget,
  type GatewayRoute,
  machineMethods,
  selectGatewayRoute,
  WEBHOOK_PATH,
} from '../../infra/api-routes';

/** Each API function as its handler builds it: its route table and the dependencies it makes for itself. */
export const API_FUNCTIONS: Readonly<
  Record<ApiTarget, { readonly routes: RouteTable; readonly deps: (p: Platform, o: ApiOptions) => ApiDeps }>
> = {
  api: { routes: CORE_ROUTES, deps: coreApiDeps },
  workflows: { routes: WORKFLOW_ROUTES, deps: workflowApiDeps },
  data: { routes: DATA_ROUTES, deps: dataApiDeps },
  docs: { routes: DOCS_ROUTES, deps: docsApiDeps },
  assistant: { routes: ASSISTANT_ROUTES, deps: assistantApiDeps },
  webhooks: {
    routes: API_ROUTES.filter((r) => r.path === WEBHOOK_PATH),
    deps: (p, o) => partialApiDeps(p, { webhooks: createWebhookDeps(p) }, o),
  },
};

type TargetRoute = GatewayRoute & { readonly target: ApiTarget };

/** The machine API's routes (x-api-key, what the harness sends). */
const MACHINE_ROUTES: readonly TargetRoute[] = API_ROUTE_PLAN.flatMap((plan) =>
  machineMethods(plan).map((method) => ({ method, path: plan.path, target: plan.target })),
);

/**
 * api-workflows' dry runner as deployed: a synchronous Invoke of the api-dry-run function, whose payload and answer
 * cross as JSON (remote-dry-runner.ts); here the function's own code (dry-run-function.ts) serves it in process.
 */
export const invokedDryRunner = (platform: Platform): DryRunner => {
  const serve = serveDryRuns(platform);
  return {
    dryRun: async (input) =>
      JSON.parse(JSON.stringify(await serve(JSON.parse(JSON.stringify(input))))) as Record<string, unknown>,
  };
};

/**
 * The API as deployed: each request goes to the function API Gateway would send it to (infra/api-routes.ts), and
 * that function serves it with only its own route table and dependencies, so a route that needs a part its function
 * does not build fails here. The tenants, the rate limit and the Idempotency-Key records are shared as the table
 * and the stage share them on AWS; the assistant is added as app.ts adds it, and api-workflows' dry runner invokes
 * the api-dry-run function's code (invokedDryRunner).
 */
export const createDeployedApi = (
  platform: Platform,
  options: ApiOptions = {},
): ((event: HttpEvent) => Promise<HttpResult>) => {
  const shared: ApiOptions = {
    ...options,
    overrides: {
      ...authParts(platform, options),
      dryRunner: invokedDryRunner(platform),
      assistant: createAssistant(platform),
      ...options.overrides,
    },
  };
  const handlers = new Map(
    Object.entries(API_FUNCTIONS).map(([target, fn]) => [
      target,
      serveRoutes(
        fn.routes,
        fn.deps(platform, shared),
        target === 'docs' ? deployedOpenApiDocument : () => ({}),
      ),
    ]),
  );
  return async (event) => {
    const route = selectGatewayRoute(
      MACHINE_ROUTES,
      event.requestContext?.http?.method ?? 'GET',
      event.rawPath,
    );
    const handle = route && handlers.get(route.target);
    if (!handle) return { statusCode: 404, body: JSON.stringify({ message: 'Not Found' }) };
    return handle(event);
  };
};

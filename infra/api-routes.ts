import { COLLECTIONS } from '../functions/api/data-modules';

/**
 * Which function serves which path of the HTTP APIs (infra/constructs/api.ts creates these routes on both). API
 * Gateway picks the most specific route; everything no other route takes is `/{proxy+}`, the api function. A path
 * goes to one function for every method, so the methods it does not serve get the 405 of the router that knows the
 * path, as when one function served the whole API (functions/api/groups/ hold each function's route table;
 * test/infra/api-routing.test.ts checks that every route of the API lands where it is served). The POST-only route
 * of the assistant leaves its path's other methods to the function that lists the route without serving it. A dry run
 * (POST /workflows/{id}/test) is api-workflows' route like every other under /workflows: that function finds and
 * validates the workflow and invokes the api-dry-run function, which is not behind the API, to run it.
 */

/** The functions that serve the API. */
export type ApiTarget = 'api' | 'workflows' | 'data' | 'docs' | 'assistant' | 'webhooks';

export type ApiMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRoutePlan {
  readonly path: string;
  readonly methods: readonly ApiMethod[];
  readonly target: ApiTarget;
  /** public: no credentials; webhook: HMAC-signed, checked by the function; authenticated: JWT or x-api-key. */
  readonly access: 'public' | 'webhook' | 'authenticated';
}

export const AUTHENTICATED_METHODS: readonly ApiMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const except = (method: ApiMethod) => AUTHENTICATED_METHODS.filter((m) => m !== method);

/** The route served by the assistant function (functions/api/assistant-handler.ts). */
export const ASSISTANT_PATH = '/assistant/workflows';
/** Inbound webhooks (functions/webhooks/handler.ts). */
export const WEBHOOK_PATH = '/webhooks/{tenantId}/{source}';

const authenticated = (target: ApiTarget, ...paths: string[]): ApiRoutePlan[] =>
  paths.map((path) => ({ path, methods: AUTHENTICATED_METHODS, target, access: 'authenticated' }));

export const API_ROUTE_PLAN: readonly ApiRoutePlan[] = [
  { path: '/health', methods: ['GET'], target: 'api', access: 'public' },
  { path: '/openapi.json', methods: ['GET'], target: 'docs', access: 'public' },
  { path: '/openapi.json', methods: except('GET'), target: 'docs', access: 'authenticated' },
  { path: WEBHOOK_PATH, methods: ['POST'], target: 'webhooks', access: 'webhook' },
  { path: WEBHOOK_PATH, methods: except('POST'), target: 'webhooks', access: 'authenticated' },
  ...authenticated('api', '/{proxy+}'),
  ...authenticated('workflows', '/workflows', '/workflows/{proxy+}'),
  // A workflow's runs are the api function's (Step Functions is granted to it alone).
  ...authenticated('api', '/workflows/{id}/runs'),
  ...authenticated('data', ...COLLECTIONS.flatMap((c) => [`/${c}`, `/${c}/{proxy+}`])),
  { path: ASSISTANT_PATH, methods: ['POST'], target: 'assistant', access: 'authenticated' },
];

/**
 * The methods of a plan entry on the machine API, which has neither an authorizer nor CORS: a path that takes every
 * method is one ANY route (a fifth of the routes and invoke permissions; a method its function does not serve is
 * that function's 405 rather than a Gateway 404); the others keep their methods.
 */
export const machineMethods = (plan: ApiRoutePlan): readonly (ApiMethod | 'ANY')[] =>
  plan.access === 'authenticated' && plan.methods.length === AUTHENTICATED_METHODS.length
    ? ['ANY']
    : plan.methods;

/** A route as API Gateway holds it: `ANY` matches every method. */
export interface GatewayRoute {
  readonly method: ApiMethod | 'ANY';
  readonly path: string;
}

const segmentsOf = (path: string): string[] => path.split('/').filter((s) => s.length > 0);
const isVariable = (segment: string) => segment.startsWith('{') && segment.endsWith('}');

const matches = (pattern: string[], parts: string[]): boolean => {
  const greedy = pattern.at(-1)?.endsWith('+}') ?? false;
  const fixed = greedy ? pattern.slice(0, -1) : pattern;
  if (greedy ? parts.length <= fixed.length : parts.length !== fixed.length) return false;
  return fixed.every((segment, i) => isVariable(segment) || segment === parts[i]);
};

/**
 * The route API Gateway (HTTP API) selects for a request: among the routes whose method and path match, a route
 * without a greedy variable before a greedy one, then the one with more literal segments, then a route of the
 * method before ANY; undefined when none matches (Gateway's own 404).
 */
export const selectGatewayRoute = <R extends GatewayRoute>(
  routes: readonly R[],
  method: string,
  path: string,
): R | undefined => {
  const parts = segmentsOf(path);
  const score = (route: R): number[] => {
    const pattern = segmentsOf(route.path);
    const greedy = pattern.at(-1)?.endsWith('+}') ?? false;
    return [greedy ? 0 : 1, pattern.filter((s) => !isVariable(s)).length, route.method === 'ANY' ? 0 : 1];
  };
  const candidates = routes.filter(
    (r) => (r.method === method || r.method === 'ANY') && matches(segmentsOf(r.path), parts),
  );
  const better = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
    return false;
  };
  return candidates.reduce<R | undefined>(
    (best, r) => (best === undefined || better(score(r), score(best)) ? r : best),
    undefined,
  );
};

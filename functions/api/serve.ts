import { UnauthorizedError } from '../shared/errors';
import {
  type AnyRoute,
  createRouter,
  dispatch,
  type ErrorLogger,
  type HttpEvent,
  type HttpResult,
} from '../shared/http';
import { Logger } from '../shared/logger';
import type { Platform } from '../shared/platform';
import type { ApiContext, ApiDeps } from './context';
import { withIdempotencyKey } from './idempotency-key';
import { authenticate, type Principal } from './middleware/auth';
import type { RateLimitOptions } from './middleware/rate-limit';

/**
 * What every function of the API shares (the api function and the ones API Gateway sends a group of routes to,
 * infra/constructs/api.ts): the router over a route table, authentication, the rate limit, Idempotency-Key on
 * tenant POST routes and the error shapes. Each function serves its own table with only the dependencies its
 * routes use, so it bundles nothing else.
 */

export type RouteTable = readonly AnyRoute<ApiContext>[];

export const defaultLogger = new Logger({ serviceName: 'api' });
export const defaultErrorLog: ErrorLogger = (message, details) => defaultLogger.error(message, details);

export interface ApiOptions {
  readonly log?: ErrorLogger;
  readonly rateLimit?: RateLimitOptions;
  /** Replace parts (tests, the local runtime, the dry-run function); `undefined` removes an optional one. */
  readonly overrides?: { readonly [K in Exclude<keyof ApiDeps, 'platform'>]?: ApiDeps[K] | undefined };
}

/** Every tenant POST route keeps its answer under the caller's Idempotency-Key. */
export const withIdempotencyKeys = (routes: RouteTable): RouteTable =>
  routes.map((route) =>
    route.method === 'POST' && route.auth === 'tenant' ? withIdempotencyKey(route) : route,
  );

/** The dependencies every route may read; dryRunner and assistant are optional (501 when absent). */
const REQUIRED_PARTS = [
  'tenants',
  'workflows',
  'builtIns',
  'runs',
  'approvals',
  'logs',
  'activity',
  'data',
  'language',
  'webhooks',
  'limiter',
  'requestKeys',
  'reopenFailedRun',
] as const satisfies readonly Exclude<keyof ApiDeps, 'platform' | 'log' | 'dryRunner' | 'assistant'>[];

/** Stands in for a part this function does not carry: touching it fails loudly, naming it. */
const absent = (name: string): never =>
  new Proxy(() => undefined, {
    get(_target, property) {
      throw new Error(
        `The API dependency '${name}' is not part of this function (reading ${String(property)})`,
      );
    },
    apply() {
      throw new Error(`The API dependency '${name}' is not part of this function`);
    },
  }) as never;

/**
 * The API's dependencies for a function that serves a group of the routes: the parts it builds, and for the
 * others a stand-in that fails loudly when touched (a route served by a function that lacks what it needs is a
 * wiring bug, which the route-group tests catch by running the API tests through the functions as deployed).
 */
export const partialApiDeps = (
  platform: Platform,
  parts: Partial<Omit<ApiDeps, 'platform'>>,
  options: ApiOptions = {},
): ApiDeps => {
  const stands = Object.fromEntries(REQUIRED_PARTS.map((name) => [name, absent(name)]));
  return {
    ...stands,
    log: options.log ?? defaultErrorLog,
    ...parts,
    platform,
    ...options.overrides,
  } as ApiDeps;
};

/** A route table (its POST routes already withIdempotencyKeys) over given dependencies: `(event) => result`, never throws. */
export const serveRoutes = (
  routes: RouteTable,
  deps: ApiDeps,
  openapi: () => Record<string, unknown>,
): ((event: HttpEvent) => Promise<HttpResult>) => {
  const router = createRouter(routes);
  return (event) =>
    dispatch<ApiContext>(event, {
      router,
      log: deps.log,
      async context(route, ev, headers) {
        if (route.auth !== 'tenant') return { deps, principal: undefined, openapi };
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
        return { deps, principal, openapi };
      },
    });
};

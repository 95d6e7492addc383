import type * as z from 'zod/mini';
import { MethodNotAllowedError, RouteNotFoundError } from './errors';
import type { HttpEvent, HttpMethod } from './event';
import type { Reply } from './replies';

type Output<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

export interface ResponseSpec {
  readonly description: string;
  /**
   * The body's schema, for the OpenAPI document: built when the document is (`npm run generate`, tests), never by a
   * deployed function, which answers requests without it. Response schemas were ~40% of the schemas an API
   * function built at cold start (docs/performance.md); `builtOnFirstUse()` (statemachines/zod-kit.ts) builds one once.
   */
  readonly schema?: () => z.ZodMiniType;
}

/**
 * What only the OpenAPI document reads (`npm run generate`, the tests, the local runtime's GET /openapi.json). Each
 * route writes it `docs: typeof DYNARIS_BUNDLE === 'undefined' && { … }`: every Lambda bundle defines DYNARIS_BUNDLE
 * (infra/constructs/function.ts BUNDLING.define), so its minifier drops the texts and the response schemas only they
 * import; no function serves the document from its routes (api-docs serves the generated one).
 */
export interface RouteDocs {
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  /** Success responses by status; error responses are added by the OpenAPI builder from `errors`. */
  readonly responses: Readonly<Record<number, ResponseSpec>>;
}

declare global {
  /** true in a Lambda bundle (esbuild's define); never set anywhere else. */
  const DYNARIS_BUNDLE: true | undefined;
}

export interface RouteRequest<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  /** Lower-cased header names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly rawBody: Buffer;
  readonly requestId: string;
  readonly event: HttpEvent;
}

/** How a route proves who calls it: a tenant principal (JWT or API key), nobody, or a webhook signature. */
export type RouteAuth = 'tenant' | 'none' | 'signature';

export interface RouteSpec<
  Ctx,
  P extends z.ZodMiniType | undefined = undefined,
  Q extends z.ZodMiniType | undefined = undefined,
  B extends z.ZodMiniType | undefined = undefined,
> {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** Path template: `/workflows/{id}`. */
  readonly path: string;
  /** false only in a Lambda bundle (RouteDocs). */
  readonly docs: RouteDocs | false;
  readonly auth: RouteAuth;
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  /** Accepts application/x-www-form-urlencoded bodies too (parsed to a string record). */
  readonly acceptsForm?: boolean;
  /** Bytes; @default DEFAULT_BODY_LIMIT */
  readonly bodyLimit?: number;
  /** Takes an `Idempotency-Key` header (functions/api/idempotency-key.ts); documented in OpenAPI. */
  readonly idempotencyKey?: boolean;
  /** Error statuses this route can answer besides the common ones (400, 401, 403, 413, 429, 500). */
  readonly errors?: readonly number[];
  // Method syntax on purpose: routes with different schemas must fit one `AnyRoute<Ctx>[]` table.
  handler(req: RouteRequest<Output<P>, Output<Q>, Output<B>>, ctx: Ctx): Promise<Reply>;
}

export type AnyRoute<Ctx> = RouteSpec<
  Ctx,
  z.ZodMiniType | undefined,
  z.ZodMiniType | undefined,
  z.ZodMiniType | undefined
>;

/** Identity with inference: `defineRoute<Ctx>()({ … })`. */
export const defineRoute =
  <Ctx>() =>
  <
    P extends z.ZodMiniType | undefined = undefined,
    Q extends z.ZodMiniType | undefined = undefined,
    B extends z.ZodMiniType | undefined = undefined,
  >(
    route: RouteSpec<Ctx, P, Q, B>,
  ): RouteSpec<Ctx, P, Q, B> =>
    route;

interface CompiledRoute<Ctx> {
  readonly route: AnyRoute<Ctx>;
  readonly segments: readonly ({ literal: string } | { param: string })[];
}

export interface RouteMatch<Ctx> {
  readonly route: AnyRoute<Ctx>;
  readonly pathParams: Record<string, string>;
}

export interface Router<Ctx> {
  readonly routes: readonly AnyRoute<Ctx>[];
  /** The matching route, or throws 404 (no such path) / 405 (path exists, not with this method). */
  match(method: string, path: string): RouteMatch<Ctx>;
  /** Methods served at a path (for OPTIONS and 405). */
  allowed(path: string): HttpMethod[];
}

const splitPath = (path: string): string[] => path.split('/').filter((s) => s.length > 0);

/**
 * The segments of a request path, or undefined when one of them is empty (`//leads`, `/leads//ld_1`): no route
 * template has an empty segment and an empty string fills no path variable, so API Gateway routes no such path to
 * a route of ours, and neither does this router (it used to drop empty segments, serving `//leads` as `/leads`).
 * One trailing slash is not a segment: an HTTP API serves `/leads/` as `/leads`.
 */
const requestSegments = (path: string): string[] | undefined => {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  const parts = trimmed.split('/');
  if (parts[0] === '') parts.shift();
  if (parts.length === 1 && parts[0] === '') return [];
  return parts.includes('') ? undefined : parts;
};

export const createRouter = <Ctx>(routes: readonly AnyRoute<Ctx>[]): Router<Ctx> => {
  const compiled: CompiledRoute<Ctx>[] = routes.map((route) => ({
    route,
    segments: splitPath(route.path).map((s) => {
      const param = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(s);
      return param ? { param: param[1] as string } : { literal: s };
    }),
  }));
  const seen = new Set<string>();
  for (const { route } of compiled) {
    const key = `${route.method} ${route.path.replace(/\{[^{}]+\}/g, '{}')}`;
    if (seen.has(key)) throw new Error(`Duplicate route ${route.method} ${route.path}`);
    seen.add(key);
  }

  const matchPath = (path: string): { route: AnyRoute<Ctx>; pathParams: Record<string, string> }[] => {
    const segments = requestSegments(path);
    if (!segments) return [];
    let parts: string[];
    try {
      parts = segments.map((s) => decodeURIComponent(s));
    } catch {
      return [];
    }
    const found: { route: AnyRoute<Ctx>; pathParams: Record<string, string>; literals: number }[] = [];
    for (const c of compiled) {
      if (c.segments.length !== parts.length) continue;
      const pathParams: Record<string, string> = {};
      let literals = 0;
      let matches = true;
      for (const [i, seg] of c.segments.entries()) {
        const part = parts[i] as string;
        if ('literal' in seg) {
          if (seg.literal !== part) {
            matches = false;
            break;
          }
          literals += 1;
        } else pathParams[seg.param] = part;
      }
      if (matches) found.push({ route: c.route, pathParams, literals });
    }
    // A literal segment beats a parameter (`/workflows/x` vs `/{collection}/{id}`): most literals first.
    const best = Math.max(-1, ...found.map((f) => f.literals));
    return found.filter((f) => f.literals === best);
  };

  return {
    routes,
    match(method, path) {
      const candidates = matchPath(path);
      if (candidates.length === 0) throw new RouteNotFoundError(path);
      const hit = candidates.find((c) => c.route.method === method.toUpperCase());
      if (!hit)
        throw new MethodNotAllowedError(
          method.toUpperCase(),
          candidates.map((c) => c.route.method),
        );
      return { route: hit.route, pathParams: hit.pathParams };
    },
    allowed(path) {
      return matchPath(path).map((c) => c.route.method);
    },
  };
};

import { randomUUID } from 'node:crypto';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
} from 'aws-lambda';
import { z } from 'zod';
import {
  BadRequestError,
  type FieldIssue,
  HttpError,
  NotFoundError,
  PayloadTooLargeError,
  TooManyRequestsError,
} from './errors';
import { checkJsonValue, parseJsonWithinLimits } from './json-limits';

/**
 * The HTTP layer shared by the API and webhook functions: API Gateway HTTP API (payload v2) events in, structured
 * results out. Routes are data (method, path template, zod schemas, responses, handler); the router, the request
 * parsing and the OpenAPI builder all read the same definitions. Errors become responses in one place
 * (errorResponse): HttpError -> its status, zod -> 400 with every field, anything else -> 500 without internals.
 */

export type HttpEvent = APIGatewayProxyEventV2 | APIGatewayProxyEventV2WithJWTAuthorizer;
export type HttpResult = APIGatewayProxyStructuredResultV2;
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export const KB = 1024;
/** Default request body limit of API routes. */
export const DEFAULT_BODY_LIMIT = 256 * KB;
/** Body limit of inbound webhooks. */
export const WEBHOOK_BODY_LIMIT = 1024 * KB;

export const REQUEST_ID_HEADER = 'x-request-id';

/** The error body every non-2xx JSON response has. Also the OpenAPI error schema. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      requestId: z.string().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** 405: the path exists with other methods. */
export class MethodNotAllowedError extends HttpError {
  readonly allow: readonly string[];
  constructor(method: string, allow: readonly string[]) {
    super(405, 'MethodNotAllowed', `Method ${method} is not allowed here; allowed: ${allow.join(', ')}`);
    this.allow = allow;
  }
}

/** 429 with the number of seconds after which a retry can succeed (Retry-After). */
export class RateLimitedError extends TooManyRequestsError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super(`Rate limit exceeded; retry after ${retryAfterSeconds} s`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** 503: a dependency is unavailable; the client may retry. */
export class ServiceUnavailableError extends HttpError {
  constructor(message: string) {
    super(503, 'ServiceUnavailable', message);
  }
}

/** 501: the route exists but its implementation is not available in this build. */
export class NotImplementedError extends HttpError {
  constructor(message: string) {
    super(501, 'NotImplemented', message);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Replies

export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export const ok = (body: unknown, headers?: Record<string, string>): Reply =>
  headers ? { status: 200, body, headers } : { status: 200, body };
export const created = (body: unknown, location?: string): Reply =>
  location ? { status: 201, body, headers: { location } } : { status: 201, body };
export const accepted = (body: unknown): Reply => ({ status: 202, body });
export const noContent = (): Reply => ({ status: 204 });

// ---------------------------------------------------------------------------------------------------------------
// Routes

type Output<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface ResponseSpec {
  readonly description: string;
  readonly schema?: z.ZodType;
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
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
> {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** Path template: `/workflows/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  readonly auth: RouteAuth;
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  /** Accepts application/x-www-form-urlencoded bodies too (parsed to a string record). */
  readonly acceptsForm?: boolean;
  /** Bytes; @default DEFAULT_BODY_LIMIT */
  readonly bodyLimit?: number;
  /** Success responses by status; error responses are added by the OpenAPI builder from `errors`. */
  readonly responses: Readonly<Record<number, ResponseSpec>>;
  /** Takes an `Idempotency-Key` header (functions/api/idempotency-key.ts); documented in OpenAPI. */
  readonly idempotencyKey?: boolean;
  /** Error statuses this route can answer besides the common ones (400, 401, 403, 413, 429, 500). */
  readonly errors?: readonly number[];
  // Method syntax on purpose: routes with different schemas must fit one `AnyRoute<Ctx>[]` table.
  handler(req: RouteRequest<Output<P>, Output<Q>, Output<B>>, ctx: Ctx): Promise<Reply>;
}

export type AnyRoute<Ctx> = RouteSpec<
  Ctx,
  z.ZodType | undefined,
  z.ZodType | undefined,
  z.ZodType | undefined
>;

/** Identity with inference: `defineRoute<Ctx>()({ … })`. */
export const defineRoute =
  <Ctx>() =>
  <
    P extends z.ZodType | undefined = undefined,
    Q extends z.ZodType | undefined = undefined,
    B extends z.ZodType | undefined = undefined,
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
    let parts: string[];
    try {
      parts = splitPath(path).map((s) => decodeURIComponent(s));
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

export class RouteNotFoundError extends NotFoundError {
  constructor(path: string) {
    super('Route', path.length > 200 ? `${path.slice(0, 200)}…` : path);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Requests

/** Header names lower-cased (API Gateway v2 already does; the local server and tests may not). */
export const normalizeHeaders = (headers: HttpEvent['headers'] | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (typeof value === 'string') out[name.toLowerCase()] = value;
  }
  return out;
};

export const requestIdOf = (event: HttpEvent): string => {
  const fromGateway = event.requestContext?.requestId;
  return typeof fromGateway === 'string' && fromGateway.length > 0 ? fromGateway : randomUUID();
};

export const methodOf = (event: HttpEvent): string =>
  (event.requestContext?.http?.method ?? 'GET').toUpperCase();

/** The request path without a named stage prefix (`/prod/workflows` -> `/workflows`). */
export const pathOf = (event: HttpEvent): string => {
  const raw = event.rawPath || event.requestContext?.http?.path || '/';
  const stage = event.requestContext?.stage;
  if (stage && stage !== '$default' && (raw === `/${stage}` || raw.startsWith(`/${stage}/`))) {
    return raw.slice(stage.length + 1) || '/';
  }
  return raw;
};

/** The raw body bytes (base64 decoded when API Gateway encoded them), refused over `limit` bytes. */
export const readBody = (event: HttpEvent, limit: number): Buffer => {
  const body = event.body ?? '';
  // Cheap upper bound first so a huge body is refused before decoding it.
  const approx = event.isBase64Encoded ? Math.floor((body.length * 3) / 4) : body.length;
  if (approx > limit * 4) throw new PayloadTooLargeError(limit);
  const bytes = event.isBase64Encoded ? Buffer.from(body, 'base64') : Buffer.from(body, 'utf8');
  if (bytes.length > limit) throw new PayloadTooLargeError(limit);
  return bytes;
};

export const mediaTypeOf = (headers: Readonly<Record<string, string>>): string =>
  (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

export const isFormMediaType = (mediaType: string): boolean =>
  mediaType === 'application/x-www-form-urlencoded';

/** Parses JSON within the free-form limits (json-limits.ts); 400 (never 500) when it is not. Empty -> undefined. */
export const parseJson = (bytes: Buffer): unknown => {
  if (bytes.length === 0) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BadRequestError('Request body is not valid UTF-8');
  }
  if (text.trim().length === 0) return undefined;
  try {
    return parseJsonWithinLimits(text, 'body');
  } catch (err) {
    if (err instanceof HttpError) throw err;
    throw new BadRequestError(`Request body is not valid JSON: ${(err as Error).message}`);
  }
};

/** application/x-www-form-urlencoded -> record; a repeated key keeps its values as an array. */
export const parseForm = (bytes: Buffer): Record<string, string | string[]> => {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(bytes.toString('utf8'))) {
    const prev = out[key];
    if (prev === undefined) out[key] = value;
    else out[key] = Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  checkJsonValue(out, 'body');
  return out;
};

/** Query string -> record. API Gateway v2 joins repeated keys with commas; we keep the last value. */
export const queryOf = (event: HttpEvent): Record<string, string> => {
  const out: Record<string, string> = {};
  if (event.rawQueryString) {
    for (const [key, value] of new URLSearchParams(event.rawQueryString)) out[key] = value;
    return out;
  }
  for (const [key, value] of Object.entries(event.queryStringParameters ?? {})) {
    if (typeof value === 'string') out[key] = value;
  }
  return out;
};

/** `['steps', 0, 'id']` under `body` -> `body.steps[0].id`. */
export const formatIssuePath = (root: string, path: readonly PropertyKey[]): string => {
  let out = root;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
};

/** Every issue of a zod error as { path, message }, unions flattened to their most relevant branch. */
export const zodDetails = (error: z.ZodError, root: string): FieldIssue[] => {
  const out: FieldIssue[] = [];
  const visit = (issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]) => {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path];
      if (issue.code === 'invalid_union' && issue.errors.length > 0) {
        // Report the branch that got furthest (fewest issues) rather than "Invalid input".
        const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
        if (best.length > 0 && best.length <= 5) {
          visit(best, path);
          continue;
        }
      }
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          out.push({ path: formatIssuePath(root, [...path, key]), message: 'Unknown field' });
        continue;
      }
      out.push({ path: formatIssuePath(root, path), message: issue.message });
    }
  };
  visit(error.issues, []);
  return out;
};

/** Parses with a schema, collecting issues (every one, with its path) rather than throwing at the first. */
export const parseWith = <S extends z.ZodType>(
  schema: S,
  value: unknown,
  root: string,
  issues: FieldIssue[],
): z.output<S> | undefined => {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  issues.push(...zodDetails(result.error, root));
  return undefined;
};

// ---------------------------------------------------------------------------------------------------------------
// Responses

export interface CorsOptions {
  readonly allowOrigin: string;
  readonly allowHeaders: readonly string[];
  readonly exposeHeaders: readonly string[];
  readonly maxAgeSeconds: number;
}

export const DEFAULT_CORS: CorsOptions = {
  allowOrigin: '*',
  allowHeaders: [
    'authorization',
    'content-type',
    'x-api-key',
    'x-dynaris-signature',
    'x-dynaris-delivery',
    'idempotency-key',
    REQUEST_ID_HEADER,
  ],
  exposeHeaders: [REQUEST_ID_HEADER, 'retry-after', 'location', 'idempotent-replayed'],
  maxAgeSeconds: 600,
};

export const corsHeaders = (cors: CorsOptions, methods?: readonly string[]): Record<string, string> => ({
  'access-control-allow-origin': cors.allowOrigin,
  'access-control-allow-headers': cors.allowHeaders.join(','),
  'access-control-expose-headers': cors.exposeHeaders.join(','),
  'access-control-max-age': String(cors.maxAgeSeconds),
  ...(methods ? { 'access-control-allow-methods': [...methods, 'OPTIONS'].join(',') } : {}),
});

export const jsonResponse = (
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): HttpResult =>
  body === undefined
    ? { statusCode: status, headers }
    : {
        statusCode: status,
        headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
        body: JSON.stringify(body),
      };

export const replyToResult = (reply: Reply, requestId: string): HttpResult =>
  jsonResponse(reply.status, reply.status === 204 ? undefined : reply.body, {
    ...reply.headers,
    [REQUEST_ID_HEADER]: requestId,
  });

/** Where unexpected errors are written (the response never carries them). */
export type ErrorLogger = (message: string, details: Record<string, unknown>) => void;

/** The one place errors become responses. */
export const errorResponse = (err: unknown, requestId: string, log: ErrorLogger): HttpResult => {
  const headers: Record<string, string> = { [REQUEST_ID_HEADER]: requestId };
  if (err instanceof z.ZodError) {
    return jsonResponse(
      400,
      {
        error: {
          code: 'BadRequest',
          message: 'Request is invalid',
          details: zodDetails(err, ''),
          requestId,
        },
      },
      headers,
    );
  }
  if (err instanceof HttpError) {
    if (err instanceof MethodNotAllowedError) headers.allow = err.allow.join(', ');
    if (err instanceof RateLimitedError) headers['retry-after'] = String(err.retryAfterSeconds);
    if (err.statusCode >= 500) log('Request failed', { requestId, error: describeError(err) });
    return jsonResponse(
      err.statusCode,
      {
        error: {
          code: err.code,
          message: err.message,
          ...(err.details && err.details.length > 0 ? { details: err.details } : {}),
          requestId,
        },
      },
      headers,
    );
  }
  if (isDependencyFailure(err)) {
    log('Dependency unavailable', { requestId, error: describeError(err) });
    return jsonResponse(
      503,
      {
        error: {
          code: 'ServiceUnavailable',
          message: 'A dependency (database, bus or engine) is unavailable; retry in a moment',
          requestId,
        },
      },
      { ...headers, 'retry-after': '1' },
    );
  }
  log('Unhandled error', { requestId, error: describeError(err) });
  return jsonResponse(
    500,
    {
      error: {
        code: 'InternalError',
        message: `Internal error; quote request id ${requestId} when reporting it`,
        requestId,
      },
    },
    headers,
  );
};

const DEPENDENCY_ERRORS = new Set([
  'InternalServerError',
  'InternalFailure',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'TimeoutError',
]);

/**
 * An AWS service (or the local store standing in for it) that failed on its side or throttled: a retry can
 * succeed, so the caller gets 503 with Retry-After, not a 500. The SDK marks such errors `$fault: 'server'` or
 * `$retryable`; connection failures carry a socket error code.
 */
export const isDependencyFailure = (err: unknown): boolean => {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { name?: string; code?: string; $fault?: string; $retryable?: unknown };
  return (
    e.$fault === 'server' ||
    e.$retryable !== undefined ||
    DEPENDENCY_ERRORS.has(e.name ?? '') ||
    ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(e.code ?? '')
  );
};

export const describeError = (err: unknown): Record<string, unknown> =>
  err instanceof Error
    ? { name: err.name, message: err.message, stack: err.stack, cause: err.cause }
    : { value: String(err) };

// ---------------------------------------------------------------------------------------------------------------
// Dispatch

export interface DispatchOptions<Ctx> {
  readonly router: Router<Ctx>;
  /** Authenticates and rate-limits for the matched route; returns what handlers get as `ctx`. May throw. */
  context(
    route: AnyRoute<Ctx>,
    event: HttpEvent,
    headers: Record<string, string>,
    requestId: string,
  ): Promise<Ctx>;
  readonly cors?: CorsOptions;
  readonly log: ErrorLogger;
}

/** Routes, authenticates, parses and validates one request, runs its handler. Never throws. */
export const dispatch = async <Ctx>(event: HttpEvent, options: DispatchOptions<Ctx>): Promise<HttpResult> => {
  const requestId = requestIdOf(event);
  const cors = options.cors ?? DEFAULT_CORS;
  const method = methodOf(event);
  const path = pathOf(event);
  let result: HttpResult;
  try {
    if (method === 'OPTIONS') {
      const allowed = options.router.allowed(path);
      if (allowed.length === 0) throw new RouteNotFoundError(path);
      result = {
        statusCode: 204,
        headers: { ...corsHeaders(cors, allowed), [REQUEST_ID_HEADER]: requestId },
      };
      return result;
    }
    const { route, pathParams } = options.router.match(method === 'HEAD' ? 'GET' : method, path);
    const headers = normalizeHeaders(event.headers);
    const ctx = await options.context(route, event, headers, requestId);
    const rawBody = readBody(event, route.bodyLimit ?? DEFAULT_BODY_LIMIT);
    const issues: FieldIssue[] = [];
    const params = route.params ? parseWith(route.params, pathParams, 'path', issues) : undefined;
    const query = route.query ? parseWith(route.query, queryOf(event), 'query', issues) : undefined;
    let body: unknown;
    if (route.body) {
      const mediaType = mediaTypeOf(headers);
      const raw = route.acceptsForm && isFormMediaType(mediaType) ? parseForm(rawBody) : parseJson(rawBody);
      body = parseWith(route.body, raw, 'body', issues);
    }
    if (issues.length > 0) throw new BadRequestError('Request is invalid', issues);
    const reply = await route.handler({ params, query, body, headers, rawBody, requestId, event }, ctx);
    result = replyToResult(reply, requestId);
  } catch (err) {
    result = errorResponse(err, requestId, options.log);
  }
  result.headers = { ...corsHeaders(cors), ...result.headers };
  if (method === 'HEAD') delete result.body;
  return result;
};

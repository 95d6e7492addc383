import * as z from 'zod/mini';
import { withMeta } from '../../../statemachines/zod-kit';
import { HttpError, NotFoundError, TooManyRequestsError } from '../errors';

/** The error body every non-2xx JSON response has. Also the OpenAPI error schema. */
export const ErrorBody = /* @__PURE__ */ (() =>
  withMeta(
    z.object({
      error: z.object({
        code: z.string(),
        message: z.string(),
        details: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
        requestId: z.optional(z.string()),
      }),
    }),
    { id: 'Error' },
  ))();
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

export class RouteNotFoundError extends NotFoundError {
  constructor(path: string) {
    super('Route', path.length > 200 ? `${path.slice(0, 200)}…` : path);
  }
}

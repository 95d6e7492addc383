import * as zc from 'zod/v4/core';
import '../../../statemachines/zod-kit';
import { HttpError } from '../errors';
import { MethodNotAllowedError, RateLimitedError } from './errors';
import { type HttpResult, REQUEST_ID_HEADER } from './event';
import type { Reply } from './replies';
import { zodDetails } from './requests';

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
  if (err instanceof zc.$ZodError) {
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

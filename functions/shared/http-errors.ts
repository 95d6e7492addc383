import type { MiddlewareObj } from '@middy/core';
import { type ErrorLogger, errorResponse, type HttpEvent, type HttpResult, requestIdOf } from './http';

/**
 * Middy safety net: an error escaping the handler (platform construction at cold start, a bug outside the
 * dispatcher) still becomes the standard JSON error response, never a raw Lambda failure with a stack trace.
 */
export const httpErrors = (log: ErrorLogger): MiddlewareObj<HttpEvent, HttpResult> => ({
  onError: (request) => {
    request.response = errorResponse(request.error, requestIdOf(request.event), log);
  },
});

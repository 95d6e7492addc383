/**
 * One typed error tree. HTTP handlers map HttpError subclasses to responses in one place (http.ts); tasks map
 * NonRetriableError / RetriableError to the error names that the state machine's Retry/Catch match.
 */

export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

export class HttpError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly details: readonly FieldIssue[] | undefined;
  constructor(statusCode: number, code: string, message: string, details?: readonly FieldIssue[]) {
    super(message);
    this.name = new.target.name;
    this.statusCode = statusCode;
    this.code = code;
    this.details = details;
  }
}

export class BadRequestError extends HttpError {
  constructor(message: string, details?: readonly FieldIssue[]) {
    super(400, 'BadRequest', message, details);
  }
}
export class UnauthorizedError extends HttpError {
  constructor(message = 'Missing or invalid credentials') {
    super(401, 'Unauthorized', message);
  }
}
export class ForbiddenError extends HttpError {
  constructor(message = 'Not allowed') {
    super(403, 'Forbidden', message);
  }
}
export class NotFoundError extends HttpError {
  constructor(what: string, id?: string) {
    super(404, 'NotFound', id ? `${what} ${id} was not found` : `${what} was not found`);
  }
}
export class ConflictError extends HttpError {
  constructor(message: string) {
    super(409, 'Conflict', message);
  }
}
export class PayloadTooLargeError extends HttpError {
  constructor(limitBytes: number) {
    super(413, 'PayloadTooLarge', `Request body exceeds ${limitBytes} bytes`);
  }
}
export class UnprocessableError extends HttpError {
  constructor(message: string, details?: readonly FieldIssue[]) {
    super(422, 'Unprocessable', message, details);
  }
}
export class TooManyRequestsError extends HttpError {
  constructor(message = 'Too many requests') {
    super(429, 'TooManyRequests', message);
  }
}

/** A task error that must not be retried (bad input, missing integration). Name matched in Catch. */
export class NonRetriableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NonRetriableError';
  }
}

/** A task error worth retrying (throttling, timeouts, dependency 5xx). Name matched in Retry. */
export class RetriableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RetriableError';
  }
}

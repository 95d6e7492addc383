/**
 * The HTTP layer shared by the API and webhook functions: API Gateway HTTP API (payload v2) events in, structured
 * results out. Routes are data (method, path template, zod schemas, responses, handler); the router, the request
 * parsing and the OpenAPI builder all read the same definitions. Errors become responses in one place
 * (errorResponse): HttpError -> its status, zod -> 400 with every field, anything else -> 500 without internals.
 */

export * from './dispatch';
export * from './errors';
export * from './event';
export * from './replies';
export * from './requests';
export * from './responses';
export * from './routes';

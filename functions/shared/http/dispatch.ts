import { BadRequestError, type FieldIssue } from '../errors';
import { RouteNotFoundError } from './errors';
import { DEFAULT_BODY_LIMIT, type HttpEvent, type HttpResult, REQUEST_ID_HEADER } from './event';
import { unknownQueryParameters } from './query-parameters';
import {
  isFormMediaType,
  mediaTypeOf,
  methodOf,
  normalizeHeaders,
  parseForm,
  parseJson,
  parseWith,
  pathOf,
  queryOf,
  readBody,
  requestIdOf,
} from './requests';
import {
  type CorsOptions,
  corsHeaders,
  DEFAULT_CORS,
  type ErrorLogger,
  errorResponse,
  replyToResult,
} from './responses';
import type { AnyRoute, Router } from './routes';

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
    const rawQuery = queryOf(event);
    if (route.query) issues.push(...unknownQueryParameters(route.query, rawQuery));
    const query = route.query ? parseWith(route.query, rawQuery, 'query', issues) : undefined;
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

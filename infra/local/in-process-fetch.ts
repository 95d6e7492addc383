import type { HttpEvent, HttpResult } from '../../functions/shared/http';
import { buildApiEvent, type RouteTemplate } from './http-server';

/**
 * A `fetch` that answers from the local runtime's request handler in-process (no socket): what the typed client
 * uses inside `dynaris run`. Requests take the same path as over HTTP (API Gateway v2 event shape, local routes).
 */
export const inProcessFetch =
  (
    handle: (event: HttpEvent) => Promise<HttpResult>,
    options: { readonly routes?: readonly RouteTemplate[]; readonly now?: () => Date } = {},
  ): typeof fetch =>
  async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const body = request.body ? await request.text() : undefined;
    const headers: Record<string, string> = {};
    request.headers.forEach((value, key) => {
      headers[key] = value;
    });
    const result = await handle(
      buildApiEvent(request.method, `${url.pathname}${url.search}`, {
        ...(body ? { body } : {}),
        headers,
        ...(options.routes ? { routes: options.routes } : {}),
        ...(options.now ? { now: options.now() } : {}),
      }),
    );
    const status = result.statusCode ?? 200;
    return new Response(status === 204 || status === 304 ? null : (result.body ?? ''), {
      status,
      headers: Object.entries(result.headers ?? {}).map(([k, v]) => [k, String(v)] as [string, string]),
    });
  };

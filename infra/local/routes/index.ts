import type { HttpEvent, HttpResult } from '../../../functions/shared/http';

/**
 * Routes only the local runtime serves (never deployed): a table of method + path -> handler, tried before the API.
 * Adding one: a file in this folder exporting `xRoutes(deps): LocalRoute[]`, listed in localRoutes()
 * (routes/all.ts; see routes/outbox.ts). Paths are exact (`/outbox`) or a prefix ending in `/*`
 * (`/console/*`); anything no local route matches goes to the API handler.
 */
export interface LocalRoute {
  readonly method: string;
  readonly path: string;
  readonly handle: (event: HttpEvent) => Promise<HttpResult>;
}

export const json = (statusCode: number, body: unknown): HttpResult => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** An error as the API answers one: its status (500 when it has none) and `{ error: { code, message } }`. */
export const errorResult = (error: unknown): HttpResult => {
  const status = (error as { statusCode?: number }).statusCode ?? 500;
  return json(status, { error: { code: (error as Error).name, message: (error as Error).message } });
};

const matches = (route: LocalRoute, method: string, path: string): boolean =>
  route.method === method &&
  (route.path.endsWith('/*') ? path.startsWith(route.path.slice(0, -1)) : route.path === path);

/** One handler for every request: the first local route that matches, else the API. */
export const routeRequests =
  (routes: readonly LocalRoute[], api: (event: HttpEvent) => Promise<HttpResult>) =>
  (event: HttpEvent): Promise<HttpResult> => {
    const method = event.requestContext.http.method.toUpperCase();
    const route = routes.find((r) => matches(r, method, event.rawPath));
    return route ? route.handle(event) : api(event);
  };

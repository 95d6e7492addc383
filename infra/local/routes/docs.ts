import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { HttpResult } from '../../../functions/shared/http';
import type { LocalRoute } from './index';

/**
 * `GET /docs`: the API reference, rendered by Redoc from `GET /openapi.json`. Redoc's standalone bundle is served
 * from the installed npm package (`/docs/redoc.standalone.js`), never from a CDN; the page's Content-Security-Policy
 * allows this origin only, so a page that tried to load anything else would fail visibly.
 */

export const REDOC_SCRIPT_PATH = '/docs/redoc.standalone.js';

const require = createRequire(import.meta.url);
const redocBundle = (): string => require.resolve('redoc/bundles/redoc.standalone.js');

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const DOCS_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Dynaris API reference</title>
    <style>body { margin: 0; }</style>
  </head>
  <body>
    <redoc spec-url="/openapi.json" hide-download-button="false" expand-responses="200,201,202"></redoc>
    <script src="${REDOC_SCRIPT_PATH}"></script>
  </body>
</html>
`;

const page = (body: string, contentType: string, cache: string): HttpResult => ({
  statusCode: 200,
  headers: {
    'content-type': contentType,
    'cache-control': cache,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
  },
  body,
});

export const docsRoutes = (): LocalRoute[] => {
  let script: Promise<string> | undefined;
  return [
    {
      method: 'GET',
      path: '/docs',
      handle: async () => page(DOCS_PAGE, 'text/html; charset=utf-8', 'no-cache'),
    },
    {
      method: 'GET',
      path: REDOC_SCRIPT_PATH,
      handle: async () => {
        script ??= readFile(redocBundle(), 'utf8');
        return page(await script, 'text/javascript; charset=utf-8', 'public, max-age=86400');
      },
    },
  ];
};

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { HttpEvent, HttpResult } from '../../functions/shared/http';
import { REPO_ROOT } from '../paths';

/**
 * Serves the built web console (console/dist) at `/` of the local runtime, beside the API. Only `/`, the files the
 * build wrote and `/config.json` (which tells the console it talks to this same origin with an API key) are
 * served; every other path is left to the API, so a console file can never shadow a route.
 */

export const DEFAULT_CONSOLE_DIR = path.join(REPO_ROOT, 'console', 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The console only loads its own files and talks to its own origin (locally the API is the same origin). */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': CONSOLE_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** Files the build puts at the top level besides index.html; everything else lives under /assets/. */
const TOP_LEVEL = /^\/(index\.html|favicon\.svg)$/;
const ASSET = /^\/assets\/[A-Za-z0-9._-]+$/;

export interface ConsoleAssetsOptions {
  /** @default console/dist */
  readonly dir?: string;
}

export type ConsoleAssets = (event: HttpEvent) => Promise<HttpResult | undefined>;

export const createConsoleAssets = (options: ConsoleAssetsOptions = {}): ConsoleAssets => {
  const dir = path.resolve(options.dir ?? DEFAULT_CONSOLE_DIR);
  return async (event) => {
    const method = event.requestContext.http.method.toUpperCase();
    const urlPath = event.rawPath;
    if (method !== 'GET' && method !== 'HEAD') return undefined;
    if (urlPath === '/config.json') {
      return {
        statusCode: 200,
        headers: {
          'content-type': TYPES['.json'] as string,
          'cache-control': 'no-cache',
          ...SECURITY_HEADERS,
        },
        body: JSON.stringify({ mode: 'local', apiUrl: '' }),
      };
    }
    const file = urlPath === '/' ? '/index.html' : urlPath;
    if (!TOP_LEVEL.test(file) && !ASSET.test(file)) return undefined;
    const full = path.join(dir, file);
    // The patterns above allow no "..", but the join is checked too: nothing outside the build is ever read.
    if (!full.startsWith(`${dir}${path.sep}`)) return undefined;
    let content: Buffer;
    try {
      content = await readFile(full);
    } catch {
      if (file !== '/index.html') return undefined;
      return {
        statusCode: 503,
        headers: {
          'content-type': TYPES['.html'] as string,
          'cache-control': 'no-store',
          ...SECURITY_HEADERS,
        },
        body:
          '<!doctype html><meta charset="utf-8"><title>Console not built</title>' +
          '<p>The web console has not been built. Run <code>npm run build:console</code> (<code>npm start</code> does it for you) and reload.</p>',
      };
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    return {
      statusCode: 200,
      headers: {
        'content-type': type,
        // Hashed file names change with their content; index.html is checked on every load.
        'cache-control': file.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...SECURITY_HEADERS,
      },
      body: content.toString('base64'),
      isBase64Encoded: true,
    };
  };
};

/**
 * Requests the run log leaves out: the console's own files, and the successful reads the open console polls with
 * (a browser marks a request from a page of this origin `sec-fetch-site: same-origin`). Changes, failures and every
 * request from curl or scripts are still logged.
 */
export const isQuietConsoleRequest = (event: HttpEvent, result: HttpResult): boolean => {
  const method = event.requestContext.http.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return false;
  const p = event.rawPath;
  if (p === '/' || p === '/config.json' || TOP_LEVEL.test(p) || ASSET.test(p)) return true;
  return event.headers?.['sec-fetch-site'] === 'same-origin' && (result.statusCode ?? 200) < 400;
};

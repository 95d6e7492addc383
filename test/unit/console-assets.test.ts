import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../console/build';
import { API_ROUTES } from '../../functions/api/app';
import { createConsoleAssets, isQuietConsoleRequest } from '../../infra/local/console-assets';
import { buildApiEvent } from '../../infra/local/http-server';
import { consoleRoutes } from '../../infra/local/routes/console';
import { routeRequests } from '../../infra/local/routes/index';

const serve = createConsoleAssets({ dir: DIST_DIR });
const get = (p: string, method = 'GET') => serve(buildApiEvent(method, p));

describe('the console served by the local runtime', () => {
  it('GIVEN / WHEN requested THEN the console page with a strict content security policy, checked on every load', async () => {
    const res = await get('/');
    expect(res?.statusCode).toBe(200);
    expect(res?.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
    });
    expect(res?.headers?.['content-security-policy']).toContain("script-src 'self'");
    expect(res?.headers?.['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(Buffer.from(res?.body ?? '', 'base64').toString()).toContain('<div id="app">');
  });

  it('GIVEN a built asset WHEN requested THEN its type and a year-long immutable cache (its name changes with its content)', async () => {
    const js = readdirSync(path.join(DIST_DIR, 'assets')).find((f) => f.endsWith('.js'));
    const res = await get(`/assets/${js}`);
    expect(res?.statusCode).toBe(200);
    expect(res?.headers?.['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res?.headers?.['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('GIVEN /config.json WHEN requested THEN it tells the console to use this origin with an API key', async () => {
    const res = await get('/config.json');
    expect(JSON.parse(res?.body ?? '')).toEqual({ mode: 'local', apiUrl: '' });
  });

  it('GIVEN API routes, other methods, unknown files and climbing paths WHEN requested THEN the console leaves them to the API', async () => {
    for (const route of API_ROUTES.filter((r) => r.method === 'GET')) {
      expect(await get(route.path.replace(/\{[^}]+\}/g, 'x')), route.path).toBeUndefined();
    }
    for (const p of [
      '/assets/../../package.json',
      '/..%2fpackage.json',
      '/assets/nope.js',
      '/package.json',
      '/assets/',
    ]) {
      expect(await get(p), p).toBeUndefined();
    }
    expect(await get('/', 'POST')).toBeUndefined();
    expect(await get('/', 'DELETE')).toBeUndefined();
  });

  it('GIVEN no built console WHEN / is requested THEN 503 saying how to build it', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'no-console-'));
    try {
      const res = await createConsoleAssets({ dir: empty })(buildApiEvent('GET', '/'));
      expect(res?.statusCode).toBe(503);
      expect(res?.body).toContain('npm run build:console');
      expect(await createConsoleAssets({ dir: empty })(buildApiEvent('GET', '/assets/a.js'))).toBeUndefined();
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it("GIVEN the open console's polling WHEN logged THEN its successful reads are quiet and its changes and failures are not", () => {
    const fromPage = { 'sec-fetch-site': 'same-origin' };
    const quiet = (method: string, p: string, status: number, headers: Record<string, string> = {}) =>
      isQuietConsoleRequest(buildApiEvent(method, p, { headers }), { statusCode: status });
    expect(quiet('GET', '/', 200)).toBe(true);
    expect(quiet('GET', '/events', 200, fromPage)).toBe(true);
    expect(quiet('GET', '/events', 200)).toBe(false); // curl, scripts
    expect(quiet('GET', '/events', 400, fromPage)).toBe(false);
    expect(quiet('POST', '/leads', 201, fromPage)).toBe(false);
  });

  it('GIVEN the local routes table WHEN a console path or any other path is requested THEN the console answers only with its own files and the API answers the rest', async () => {
    const api = async () => ({ statusCode: 404, body: 'api' });
    const handle = routeRequests(consoleRoutes({ dir: DIST_DIR, otherwise: api }), api);
    const answer = async (method: string, p: string) => (await handle(buildApiEvent(method, p))).body;
    const page = await handle(buildApiEvent('GET', '/'));
    expect(page.statusCode).toBe(200);
    expect(Buffer.from(page.body ?? '', 'base64').toString()).toContain('<div id="app">');
    expect((await handle(buildApiEvent('HEAD', '/favicon.svg'))).statusCode).toBe(200);
    expect(JSON.parse((await answer('GET', '/config.json')) ?? '')).toEqual({ mode: 'local', apiUrl: '' });
    for (const p of ['/assets/nope.js', '/assets/../package.json', '/workflows', '/package.json']) {
      expect(await answer('GET', p), p).toBe('api');
    }
    expect(await answer('POST', '/')).toBe('api');
  });
});

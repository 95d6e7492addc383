import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ConflictError } from '../../functions/shared/errors';
import {
  type AnyRoute,
  createRouter,
  defineRoute,
  dispatch,
  type HttpEvent,
  ok,
  RateLimitedError,
} from '../../functions/shared/http';
import { httpEvent, jsonOf } from '../support/http-events';

type Ctx = { calls: string[] };
const route = defineRoute<Ctx>();

const routes: AnyRoute<Ctx>[] = [
  route({
    operationId: 'getThing',
    method: 'GET',
    path: '/things/{id}',
    docs: { summary: 'thing', tags: ['t'], responses: { 200: { description: 'ok' } } },
    auth: 'none',
    params: z.object({ id: z.string().min(3) }),
    query: z.object({ limit: z.coerce.number().int().min(1).max(10).optional() }),
    async handler(req) {
      return ok({ id: req.params.id, limit: req.query.limit ?? null });
    },
  }),
  route({
    operationId: 'special',
    method: 'GET',
    path: '/things/special',
    docs: { summary: 'literal wins', tags: ['t'], responses: { 200: { description: 'ok' } } },
    auth: 'none',
    async handler() {
      return ok({ special: true });
    },
  }),
  route({
    operationId: 'createThing',
    method: 'POST',
    path: '/things',
    docs: { summary: 'create', tags: ['t'], responses: { 201: { description: 'created' } } },
    auth: 'none',
    bodyLimit: 1024,
    body: z.strictObject({ name: z.string().min(1), size: z.number().int(), tags: z.array(z.string()) }),
    async handler(req) {
      return { status: 201, body: req.body };
    },
  }),
  route({
    operationId: 'boom',
    method: 'POST',
    path: '/boom/{kind}',
    docs: { summary: 'errors', tags: ['t'], responses: { 200: { description: 'never' } } },
    auth: 'none',
    params: z.object({ kind: z.string() }),
    async handler(req) {
      if (req.params.kind === 'conflict') throw new ConflictError('version 2 expected, found 3');
      if (req.params.kind === 'limited') throw new RateLimitedError(7);
      throw new TypeError('secret internal detail at /srv/app.js:10');
    },
  }),
];

const logged: unknown[] = [];
const run = (event: HttpEvent) =>
  dispatch(event, {
    router: createRouter(routes),
    context: async () => ({ calls: [] }),
    log: (message, details) => logged.push({ message, details }),
  });

describe('the HTTP layer', () => {
  it('GIVEN a path template WHEN a request matches THEN path and query parameters are parsed and typed', async () => {
    const res = await run(httpEvent('GET', '/things/abc?limit=5'));
    expect(res.statusCode).toBe(200);
    expect(jsonOf(res)).toEqual({ id: 'abc', limit: 5 });
    expect(res.headers?.['x-request-id']).toBeTruthy();
    expect(res.headers?.['access-control-allow-origin']).toBe('*');
  });

  it('GIVEN a literal and a parameter route WHEN both match THEN the literal one wins', async () => {
    const res = await run(httpEvent('GET', '/things/special'));
    expect(jsonOf(res)).toEqual({ special: true });
  });

  it('GIVEN an encoded path segment WHEN routed THEN the parameter is decoded', async () => {
    const res = await run(httpEvent('GET', '/things/a%20b%2Fc'));
    expect(jsonOf(res)).toMatchObject({ id: 'a b/c' });
  });

  it('GIVEN an unknown path WHEN requested THEN 404 with the error shape', async () => {
    const res = await run(httpEvent('GET', '/nothing/here'));
    expect(res.statusCode).toBe(404);
    expect(jsonOf(res)).toMatchObject({ error: { code: 'NotFound' } });
  });

  it('GIVEN a known path WHEN the method is wrong THEN 405 with an Allow header', async () => {
    const res = await run(httpEvent('DELETE', '/things'));
    expect(res.statusCode).toBe(405);
    expect(res.headers?.allow).toBe('POST');
  });

  it('GIVEN an OPTIONS preflight WHEN the path exists THEN 204 with the allowed methods', async () => {
    const res = await run(httpEvent('OPTIONS', '/things'));
    expect(res.statusCode).toBe(204);
    expect(res.headers?.['access-control-allow-methods']).toBe('POST,OPTIONS');
  });

  it('GIVEN a query parameter given twice WHEN requested THEN 400 naming it, since which value was meant cannot be known, while each given once is served', async () => {
    for (const query of ['limit=5&limit=6', 'limit=5&limit=5', 'limit=5&limit=']) {
      const res = await run(httpEvent('GET', `/things/abc?${query}`));
      expect(res.statusCode, query).toBe(400);
      expect(jsonOf(res).error).toMatchObject({
        details: [{ path: 'query.limit', message: expect.stringContaining('more than once') }],
      });
    }
    expect((await run(httpEvent('GET', '/things/abc?limit=5'))).statusCode).toBe(200);
  });

  it('GIVEN several invalid fields in path, query and body WHEN validated THEN 400 lists every one with its path', async () => {
    const bad = await run(httpEvent('GET', '/things/ab?limit=50'));
    expect(bad.statusCode).toBe(400);
    const paths = (jsonOf(bad).error as { details: { path: string }[] }).details.map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['path.id', 'query.limit']));

    const res = await run(
      httpEvent('POST', '/things', { body: { name: '', size: 1.5, tags: ['a', 3], extra: 1 } }),
    );
    expect(res.statusCode).toBe(400);
    const details = (jsonOf(res).error as { details: { path: string; message: string }[] }).details;
    expect(details.map((d) => d.path).sort()).toEqual([
      'body.extra',
      'body.name',
      'body.size',
      'body.tags[1]',
    ]);
  });

  it('GIVEN a malformed JSON body WHEN posted THEN 400 saying it is not JSON', async () => {
    const res = await run(httpEvent('POST', '/things', { rawBody: '{"name": ' }));
    expect(res.statusCode).toBe(400);
    expect((jsonOf(res).error as { message: string }).message).toMatch(/not valid JSON/);
  });

  it('GIVEN a missing body WHEN the route requires one THEN 400, not 500', async () => {
    const res = await run(httpEvent('POST', '/things'));
    expect(res.statusCode).toBe(400);
  });

  it('GIVEN a body over the route limit WHEN posted THEN 413', async () => {
    const res = await run(
      httpEvent('POST', '/things', { body: { name: 'x'.repeat(2000), size: 1, tags: [] } }),
    );
    expect(res.statusCode).toBe(413);
    expect(jsonOf(res)).toMatchObject({ error: { code: 'PayloadTooLarge' } });
  });

  it('GIVEN a base64-encoded body WHEN posted THEN it is decoded before parsing', async () => {
    const res = await run(
      httpEvent('POST', '/things', { body: { name: 'ü', size: 2, tags: [] }, base64: true }),
    );
    expect(res.statusCode).toBe(201);
    expect(jsonOf(res)).toEqual({ name: 'ü', size: 2, tags: [] });
  });

  it('GIVEN an HttpError WHEN a handler throws it THEN its status and message are answered', async () => {
    const res = await run(httpEvent('POST', '/boom/conflict'));
    expect(res.statusCode).toBe(409);
    expect(jsonOf(res)).toMatchObject({
      error: { code: 'Conflict', message: 'version 2 expected, found 3' },
    });
  });

  it('GIVEN a rate-limit error WHEN answered THEN 429 carries Retry-After', async () => {
    const res = await run(httpEvent('POST', '/boom/limited'));
    expect(res.statusCode).toBe(429);
    expect(res.headers?.['retry-after']).toBe('7');
  });

  it('GIVEN an unexpected error WHEN a handler throws it THEN 500 with a request id and no internals', async () => {
    const res = await run(httpEvent('POST', '/boom/bug', { requestId: 'rid-42' }));
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toMatch(/secret internal|app\.js|TypeError|at /);
    expect(jsonOf(res)).toMatchObject({ error: { code: 'InternalError', requestId: 'rid-42' } });
    expect(JSON.stringify(logged)).toMatch(/secret internal detail/);
  });

  it('GIVEN a named stage WHEN the raw path carries it THEN the stage prefix is ignored', async () => {
    const event = httpEvent('GET', '/prod/things/abc');
    (event.requestContext as { stage: string }).stage = 'prod';
    expect((await run(event)).statusCode).toBe(200);
  });

  it('GIVEN a HEAD request WHEN a GET route exists THEN headers without a body', async () => {
    const res = await run(httpEvent('HEAD', '/things/abc'));
    expect(res.statusCode).toBe(200);
    expect(res.body).toBeUndefined();
  });
});

import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalHttpServer, serveHttp } from '../../../infra/local/http-server';

/** The local server answers oversized bodies with a JSON 413, as a client can read it, and keeps serving. */

let server: LocalHttpServer;
let handled = 0;

beforeAll(async () => {
  server = await serveHttp({
    port: 0,
    handle: async (event) => {
      handled += 1;
      return { statusCode: 200, body: JSON.stringify({ bytes: (event.body ?? '').length }) };
    },
  });
});
afterAll(async () => server.close());

/** A raw request (no fetch retries or buffering): status and body as the client reads them. */
const send = (body: Buffer, chunked = false): Promise<{ status: number; body: string }> =>
  new Promise((resolve, reject) => {
    const req = http.request(
      `${server.url}/leads`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': body.length }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (chunked) {
      for (let i = 0; i < body.length; i += 1 << 20) req.write(body.subarray(i, i + (1 << 20)));
      req.end();
    } else req.end(body);
  });

describe('local HTTP server body limit', () => {
  it('GIVEN a 7 MB body WHEN posted THEN 413 with a JSON error naming the limit, not a connection reset', async () => {
    const before = handled;
    const res = await send(Buffer.alloc(7 * 1024 * 1024, 'x'));
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual({
      error: { code: 'PayloadTooLarge', message: 'Request body exceeds 6291456 bytes' },
    });
    expect(handled).toBe(before);
  });

  it('GIVEN a 7 MB chunked body WHEN posted THEN 413 too, and the next request is served', async () => {
    expect((await send(Buffer.alloc(7 * 1024 * 1024, 'x'), true)).status).toBe(413);
    const next = await send(Buffer.from('{"a":1}'));
    expect(next).toEqual({ status: 200, body: '{"bytes":7}' });
  });
});

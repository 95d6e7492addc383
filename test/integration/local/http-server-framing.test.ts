import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpResult } from '../../../functions/shared/http';
import { type LocalHttpServer, serveHttp } from '../../../infra/local/http-server';

/**
 * The local server frames every answer with Content-Length (as API Gateway does), counted in bytes of what is
 * sent: text as UTF-8, base64 bodies decoded; no body and no length for 204 and 304.
 */

const RESULTS: Record<string, HttpResult> = {
  '/text': {
    statusCode: 200,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ name: 'Zoë — 東京 🚀' }),
  },
  '/binary': {
    statusCode: 200,
    headers: { 'content-type': 'application/octet-stream' },
    isBase64Encoded: true,
    body: Buffer.from([0, 1, 2, 250, 255]).toString('base64'),
  },
  '/empty': { statusCode: 200, body: '' },
  '/none': { statusCode: 204, body: '' },
  '/not-modified': { statusCode: 304, headers: { etag: '"x"' }, body: 'ignored' },
  '/stated': { statusCode: 200, headers: { 'Content-Length': '999' }, body: 'abc' },
};

let server: LocalHttpServer;

beforeAll(async () => {
  server = await serveHttp({
    port: 0,
    handle: async (event) => RESULTS[event.rawPath] ?? { statusCode: 404, body: '{}' },
  });
});
afterAll(async () => server.close());

/** A raw request: status, headers and the bytes as the client reads them. */
const get = (
  path: string,
  method = 'GET',
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> =>
  new Promise((resolve, reject) => {
    const req = http.request(`${server.url}${path}`, { method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });

describe('local HTTP server framing', () => {
  it('GIVEN a text body with characters outside ASCII WHEN answered THEN Content-Length is its UTF-8 byte length and it is not chunked', async () => {
    const res = await get('/text');
    const sent = Buffer.from(RESULTS['/text']?.body ?? '', 'utf8');
    expect(res.headers['content-length']).toBe(String(sent.length));
    expect(res.headers['transfer-encoding']).toBeUndefined();
    expect(res.body.equals(sent)).toBe(true);
  });

  it('GIVEN a base64 body WHEN answered THEN the decoded bytes are sent with their own length', async () => {
    const res = await get('/binary');
    expect(res.headers['content-length']).toBe('5');
    expect([...res.body]).toEqual([0, 1, 2, 250, 255]);
  });

  it('GIVEN an empty body on 200 WHEN answered THEN Content-Length is 0', async () => {
    const res = await get('/empty');
    expect(res.headers['content-length']).toBe('0');
    expect(res.body.length).toBe(0);
  });

  it('GIVEN 204 and 304 WHEN answered THEN neither carries a body nor a Content-Length', async () => {
    for (const path of ['/none', '/not-modified']) {
      const res = await get(path);
      expect(res.headers['content-length']).toBeUndefined();
      expect(res.headers['transfer-encoding']).toBeUndefined();
      expect(res.body.length).toBe(0);
    }
  });

  it('GIVEN a handler that states a wrong Content-Length WHEN answered THEN the length of the bytes sent wins', async () => {
    const res = await get('/stated');
    expect(res.headers['content-length']).toBe('3');
    expect(res.body.toString('utf8')).toBe('abc');
  });

  it('GIVEN a HEAD request WHEN the handler returns a body THEN the length is announced and no body is sent', async () => {
    const res = await get('/text', 'HEAD');
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(RESULTS['/text']?.body ?? '')));
    expect(res.body.length).toBe(0);
  });
});

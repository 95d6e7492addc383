import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELIVERY_HEADER, SIGNATURE_HEADER, signatureHeader } from '../../../functions/webhooks/signature';
import { type LocalHttpServer, serveHttp } from '../../../infra/local/http-server';
import { type LocalRuntime, startLocalRuntime } from '../../../infra/local/runtime';

/**
 * The request a handler gets from the local server is the one API Gateway (HTTP API, payload 2.0) would hand it:
 * bytes that are not UTF-8 arrive base64-encoded, not decoded with U+FFFD, and a path is routed as sent, without
 * resolving `.` and `..` segments as a browser would.
 */

/** A raw request: the path exactly as given (fetch and browsers resolve dot segments before sending). */
const send = (
  url: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: Buffer },
): Promise<{ status: number; type: string; body: string }> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const req = http.request(
      {
        hostname,
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: {
          ...(options.body ? { 'content-length': String(options.body.length) } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });

/** `{"name":"<bytes>"}` with raw bytes inside the string. */
const jsonWith = (bytes: number[]): Buffer =>
  Buffer.concat([Buffer.from('{"name":"'), Buffer.from(bytes), Buffer.from('"}')]);

describe('local HTTP server: the body a handler gets', () => {
  let server: LocalHttpServer;
  beforeAll(async () => {
    server = await serveHttp({
      port: 0,
      handle: async (event) => ({
        statusCode: 200,
        body: JSON.stringify({ isBase64Encoded: event.isBase64Encoded, body: event.body }),
      }),
    });
  });
  afterAll(async () => server.close());

  it('GIVEN a JSON body whose bytes are not UTF-8 WHEN posted THEN the handler gets those bytes base64-encoded, while a UTF-8 body still arrives as text', async () => {
    const invalid = jsonWith([0xff, 0xfe]);
    const got = await send(server.url, {
      method: 'POST',
      path: '/contacts',
      headers: { 'content-type': 'application/json' },
      body: invalid,
    });
    expect(JSON.parse(got.body)).toEqual({ isBase64Encoded: true, body: invalid.toString('base64') });

    const valid = Buffer.from('{"name":"Zoë"}', 'utf8');
    const text = await send(server.url, {
      method: 'POST',
      path: '/contacts',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: valid,
    });
    expect(JSON.parse(text.body)).toEqual({ isBase64Encoded: false, body: '{"name":"Zoë"}' });
  });

  it('GIVEN a body of a type an HTTP API does not pass as text (a form, a +json type, no type) WHEN posted THEN the handler gets it base64-encoded, while text/*, JSON, XML and JavaScript arrive as text', async () => {
    const sentAs: Record<string, boolean> = {};
    for (const type of [
      'application/x-www-form-urlencoded',
      'application/x-www-form-urlencoded; charset=utf-8',
      'application/vnd.api+json',
      'application/merge-patch+json',
      'application/json-seq',
      'application/octet-stream',
      '',
      'text/plain',
      'text/csv; charset=utf-8',
      'application/json',
      'Application/JSON; charset=UTF-8',
      'application/xml',
      'application/javascript',
    ]) {
      const body = Buffer.from('{"a":"Zoë"}', 'utf8');
      const got = await send(server.url, {
        method: 'POST',
        path: '/webhooks/t/form',
        headers: type ? { 'content-type': type } : {},
        body,
      });
      const event = JSON.parse(got.body) as { isBase64Encoded: boolean; body: string };
      expect(event.body).toBe(event.isBase64Encoded ? body.toString('base64') : body.toString('utf8'));
      sentAs[type] = event.isBase64Encoded;
    }
    expect(sentAs).toEqual({
      'application/x-www-form-urlencoded': true,
      'application/x-www-form-urlencoded; charset=utf-8': true,
      'application/vnd.api+json': true,
      'application/merge-patch+json': true,
      'application/json-seq': true,
      'application/octet-stream': true,
      '': true,
      'text/plain': false,
      'text/csv; charset=utf-8': false,
      'application/json': false,
      'Application/JSON; charset=UTF-8': false,
      'application/xml': false,
      'application/javascript': false,
    });
  });
});

describe('local runtime: requests API Gateway would not pass as the local server did', () => {
  let rt: LocalRuntime;
  let consoleDir: string;
  beforeAll(async () => {
    consoleDir = await mkdtemp(path.join(tmpdir(), 'dynaris-console-'));
    await writeFile(path.join(consoleDir, 'index.html'), '<!doctype html><title>console</title>');
    rt = await startLocalRuntime({ port: 0, clock: 'virtual', log: () => {}, env: {}, consoleDir });
  });
  afterAll(async () => {
    await rt.stop();
    await rm(consoleDir, { recursive: true, force: true });
  });

  const json = (body: Buffer) => ({
    headers: { 'content-type': 'application/json', 'x-api-key': rt.apiKey },
    body,
  });

  it('GIVEN a contact or a lead whose name is not UTF-8 WHEN it is created or updated THEN 400 names the body, and nothing is stored', async () => {
    const contact = await send(rt.url, {
      method: 'POST',
      path: '/contacts',
      ...json(jsonWith([0xff, 0xfe])),
    });
    expect(contact.status).toBe(400);
    expect(JSON.parse(contact.body).error.message).toBe('Request body is not valid UTF-8');
    const contacts = await rt.api('GET', '/contacts');
    expect((contacts.body as { items: unknown[] }).items).toEqual([]);

    const created = await rt.api('POST', '/leads', { email: 'ana@example.com', name: 'Ana' });
    const id = (created.body as { id: string }).id;
    const lead = await send(rt.url, { method: 'PUT', path: `/leads/${id}`, ...json(jsonWith([0xc3, 0x28])) });
    expect(lead.status).toBe(400);
    expect(JSON.parse(lead.body).error.message).toBe('Request body is not valid UTF-8');
    expect(((await rt.api('GET', `/leads/${id}`)).body as { name: string }).name).toBe('Ana');
  });

  it('GIVEN a form submission whose field is not UTF-8 (percent-escaped or raw bytes) WHEN posted to the form webhook THEN 400 names the field, while the same form in UTF-8 is accepted', async () => {
    const postForm = (body: Buffer) =>
      send(rt.url, {
        method: 'POST',
        path: `/webhooks/${rt.tenantId}/form`,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          [SIGNATURE_HEADER]: signatureHeader(
            rt.webhookSecret,
            Math.floor(rt.clock.now().getTime() / 1000),
            { tenantId: rt.tenantId, source: 'form' },
            body,
          ),
          [DELIVERY_HEADER]: randomUUID(),
        },
        body,
      });
    for (const body of [
      Buffer.from('email=ana%40example.com&name=Ana+%FF%FE'),
      Buffer.concat([Buffer.from('email=ana%40example.com&name=Ana+'), Buffer.from([0xff, 0xfe])]),
    ]) {
      const got = await postForm(body);
      expect(got.status).toBe(400);
      const { error } = JSON.parse(got.body) as { error: { message: string; details?: { path: string }[] } };
      expect([error.message, error.details?.[0]?.path]).toEqual([
        'Request body is not valid UTF-8',
        'body.name',
      ]);
    }
    expect((await postForm(Buffer.from('email=ana%40example.com&name=Ana+Zo%C3%AB'))).status).toBe(202);
  });

  it('GIVEN a path with a "." or ".." segment WHEN requested THEN it is routed as sent: a JSON 4xx, not the lead list and not the console page', async () => {
    const answers: Record<string, [number, string]> = {};
    for (const sent of ['/leads/.', '/leads/..', '/leads/%2e%2e', '/leads/../', '/..', '/index.html/..']) {
      const got = await send(rt.url, { path: sent, headers: { 'x-api-key': rt.apiKey } });
      const { error } = JSON.parse(got.body) as { error: { details?: { path: string }[] } };
      answers[sent] = [got.status, error.details?.[0]?.path ?? ''];
    }
    expect(answers).toEqual({
      '/leads/.': [400, 'path.id'],
      '/leads/..': [400, 'path.id'],
      '/leads/%2e%2e': [400, 'path.id'],
      '/leads/../': [400, 'path.id'],
      '/..': [404, ''],
      '/index.html/..': [404, ''],
    });
  });

  it('GIVEN a path with an empty segment (doubled slashes) WHEN requested THEN 404 naming the path as sent, as API Gateway routes it to no route, while one trailing slash still reaches the route', async () => {
    const lead = await rt.api('POST', '/leads', { email: 'ada@example.com', name: 'Ada' });
    const id = (lead.body as { id: string }).id;
    const answers: Record<string, [number, string]> = {};
    for (const sent of [
      '//leads',
      '/leads//',
      `/leads//${id}`,
      `//leads/${id}`,
      '/leads/',
      `/leads/${id}/`,
    ]) {
      const got = await send(rt.url, { path: sent, headers: { 'x-api-key': rt.apiKey } });
      const body = JSON.parse(got.body) as { error?: { message: string }; items?: unknown[]; id?: string };
      answers[sent] = [got.status, body.error?.message ?? (body.items ? 'the lead list' : `lead ${body.id}`)];
    }
    expect(answers).toEqual({
      '//leads': [404, 'Route //leads was not found'],
      '/leads//': [404, 'Route /leads// was not found'],
      [`/leads//${id}`]: [404, `Route /leads//${id} was not found`],
      [`//leads/${id}`]: [404, `Route //leads/${id} was not found`],
      '/leads/': [200, 'the lead list'],
      [`/leads/${id}/`]: [200, `lead ${id}`],
    });
  });
});

import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalHttpServer, serveHttp } from '../../../infra/local/http-server';

/**
 * What an outside client that does not speak HTTP/1.1 well gets from the local server: a JSON 4xx naming the problem
 * (as every other refusal), never Node's bare 400 without a body, and never silence.
 */

let server: LocalHttpServer;
beforeAll(async () => {
  server = await serveHttp({
    port: 0,
    handle: async () => ({ statusCode: 200, body: '{"ok":true}' }),
  });
});
afterAll(async () => server.close());

interface Answer {
  readonly status: number;
  readonly type: string;
  readonly message: string;
}

/** Bytes written as they are on a fresh connection; the answer as the client reads it (or "none" after 5 s). */
const rawAnswer = (data: string): Promise<Answer | 'none'> =>
  new Promise((resolve) => {
    const { port } = new URL(server.url);
    const chunks: Buffer[] = [];
    const socket = net.connect(Number(port), '127.0.0.1');
    const timer = setTimeout(() => socket.destroy(), 5_000);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      const head = /^HTTP\/1\.1 (\d{3})/.exec(text);
      if (!head) return resolve('none');
      const body = text.slice(text.indexOf('\r\n\r\n') + 4);
      let message = '';
      try {
        message = (JSON.parse(body) as { error: { message: string } }).error.message;
      } catch {}
      resolve({ status: Number(head[1]), type: /content-type: ([^\r\n]*)/i.exec(text)?.[1] ?? '', message });
    });
    socket.write(data);
  });

const request = (line: string, headers: string[] = [], body = '') =>
  `${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n${body}`;

describe('local HTTP server: requests that are not valid HTTP/1.1', () => {
  it('GIVEN a request the HTTP parser refuses (method, header, framing, target) WHEN sent THEN a JSON 400 names what is wrong', async () => {
    const malformed: Record<string, string> = {
      'unknown method': request('FOO /leads HTTP/1.1'),
      'header name with a space': request('GET /leads HTTP/1.1', ['X A: b']),
      'folded header': request('GET /leads HTTP/1.1', ['X-A: a', ' folded']),
      'Content-Length and Transfer-Encoding': request(
        'POST /leads HTTP/1.1',
        ['Content-Length: 5', 'Transfer-Encoding: chunked'],
        '2\r\n{}\r\n0\r\n\r\n',
      ),
      'two different Content-Lengths': request(
        'POST /leads HTTP/1.1',
        ['Content-Length: 2', 'Content-Length: 3'],
        '{}',
      ),
      'bad chunk size': request(
        'POST /leads HTTP/1.1',
        ['Transfer-Encoding: chunked'],
        'zz\r\n{}\r\n0\r\n\r\n',
      ),
      'raw byte in the path': request('GET /leads/\u00e9 HTTP/1.1'),
      'not HTTP at all': 'hello\r\n\r\n',
    };
    const answers: Record<string, Answer | 'none'> = {};
    for (const [name, data] of Object.entries(malformed)) answers[name] = await rawAnswer(data);
    for (const [name, answer] of Object.entries(answers)) {
      expect(answer, name).toMatchObject({ status: 400, type: 'application/json; charset=utf-8' });
      expect(answer === 'none' ? '' : answer.message, name).toMatch(/^Malformed HTTP request: \S/);
    }
  });

  it('GIVEN a CONNECT, an unknown Expect, or headers over 10,240 bytes WHEN sent THEN 405, 417 and 431 as JSON naming the problem, while headers within the limit are served', async () => {
    expect(await rawAnswer('CONNECT 127.0.0.1:80 HTTP/1.1\r\nHost: 127.0.0.1:80\r\n\r\n')).toMatchObject({
      status: 405,
      type: 'application/json; charset=utf-8',
      message: expect.stringContaining('CONNECT'),
    });
    expect(await rawAnswer(request('GET /leads HTTP/1.1', ['Expect: foo']))).toMatchObject({
      status: 417,
      type: 'application/json; charset=utf-8',
      message: expect.stringContaining('Expect'),
    });
    for (const size of [12_000, 20_000, 70_000]) {
      expect(await rawAnswer(request('GET /leads HTTP/1.1', [`X-Big: ${'a'.repeat(size)}`]))).toMatchObject({
        status: 431,
        type: 'application/json; charset=utf-8',
        message: expect.stringContaining('10240 bytes'),
      });
    }
    expect(await rawAnswer(request(`GET /leads?q=${'a'.repeat(12_000)} HTTP/1.1`))).toMatchObject({
      status: 431,
    });
    expect(await rawAnswer(request('GET /leads HTTP/1.1', [`X-Big: ${'a'.repeat(9_000)}`]))).toMatchObject({
      status: 200,
    });
  });
});

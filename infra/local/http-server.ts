import { isUtf8 } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpEvent, HttpResult } from '../../functions/shared/http';
import { inLane } from './dynalite/callbacks';
import {
  errorBody,
  headBytesOf,
  headTooLarge,
  MAX_HEAD_BYTES,
  refuseConnect,
  refuseExpectation,
  refuseUnparsable,
} from './http-refusals';

/**
 * Serves Lambda-style HTTP handlers on a Node server: each request becomes the API Gateway HTTP API (payload 2.0)
 * event the deployed functions receive, and the structured result is written back.
 */

export type HttpHandler = (event: HttpEvent) => Promise<HttpResult>;

export interface RouteTemplate {
  readonly method: string;
  readonly path: string;
}

/**
 * Bodies over 6 MB get 413 here. On AWS nothing that large reaches the function either: API Gateway refuses
 * bodies over 10 MB itself (413), and a Lambda invocation (the whole event, body included) is limited to 6 MB.
 * Every route's own limit (256 KB, webhooks 1 MB, files 6 MB of JSON) is below this one.
 */
const MAX_BODY_BYTES = 6 * 1024 * 1024;
/** How much of an oversized body is read (and dropped) so that the client gets its 413 rather than a reset. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * The media types an HTTP API hands a function as text; every other body (forms, `+json` types, no type at all)
 * arrives base64-encoded with isBase64Encoded. AWS's documentation names no list: this one was observed against a
 * live HTTP API (payload 2.0, AWS_PROXY; ministackorg/ministack#766).
 */
const TEXT_MEDIA_TYPES: ReadonlySet<string> = new Set([
  'application/json',
  'application/xml',
  'application/javascript',
]);
const isTextMediaType = (contentType: string): boolean => {
  const mediaType = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return mediaType.startsWith('text/') || TEXT_MEDIA_TYPES.has(mediaType);
};

/**
 * The path and the query of a request target, as the client sent them. `new URL` would resolve `.` and `..`
 * segments (`/leads/..` -> `/`, `/leads/.` -> `/leads/`): API Gateway routes the path as sent, so `/leads/..` is
 * `/leads/{id}` there, never the root. Only an absolute-form target (`GET http://host/path`) goes through URL.
 */
const splitTarget = (target: string): { path: string; query: string } => {
  if (!target.startsWith('/')) {
    const url = new URL(target, 'http://localhost');
    return { path: url.pathname, query: url.search.slice(1) };
  }
  const end = target.search(/[?#]/);
  if (end < 0) return { path: target, query: '' };
  const hash = target.indexOf('#', end);
  return {
    path: target.slice(0, end),
    query: target[end] === '?' ? target.slice(end + 1, hash < 0 ? undefined : hash) : '',
  };
};

/**
 * `/workflows/{id}` against `/workflows/abc` -> `{ id: "abc" }`; undefined when it does not match. A parameter that
 * is not valid percent-encoding is the client's error (statusCode 400).
 */
export const matchTemplate = (template: string, path: string): Record<string, string> | undefined => {
  const t = template.split('/');
  const p = path.split('/');
  if (t.length !== p.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < t.length; i++) {
    const seg = t[i] ?? '';
    const value = p[i] ?? '';
    const m = /^\{([^}+]+)\}$/.exec(seg);
    if (m?.[1]) {
      if (value === '') return undefined;
      try {
        params[m[1]] = decodeURIComponent(value);
      } catch {
        throw Object.assign(new Error(`Path segment "${value}" is not valid percent-encoding`), {
          statusCode: 400,
        });
      }
    } else if (seg !== value) return undefined;
  }
  return params;
};

export interface ToEventOptions {
  readonly routes?: readonly RouteTemplate[];
  readonly stage?: string;
  readonly now?: () => Date;
}

/** The API Gateway v2 event for a Node request and its body. */
export const toApiGatewayEvent = (
  req: http.IncomingMessage,
  body: Buffer,
  options: ToEventOptions = {},
): HttpEvent => {
  const target = splitTarget(req.url ?? '/');
  const method = (req.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    const key = name.toLowerCase();
    if (key === 'cookie') {
      cookies.push(...String(value).split(/;\s*/).filter(Boolean));
      continue;
    }
    headers[key] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(target.query)) query[k] = k in query ? `${query[k]},${v}` : v;

  let routeKey = '$default';
  let pathParameters: Record<string, string> | undefined;
  for (const route of options.routes ?? []) {
    if (route.method !== method) continue;
    const params = matchTemplate(route.path, target.path);
    if (params) {
      routeKey = `${route.method} ${route.path}`;
      if (Object.keys(params).length > 0) pathParameters = params;
      break;
    }
  }

  // A Lambda event is JSON: bytes that are not UTF-8 cannot travel in it as text, whatever the content type says.
  // They go base64-encoded, as binary bodies do, so the handler's own UTF-8 check answers 400; decoded here they
  // became U+FFFD and were stored.
  const isText = body.length === 0 || (isTextMediaType(headers['content-type'] ?? '') && isUtf8(body));
  const now = (options.now ?? (() => new Date()))();
  const requestId = randomUUID();
  const event = {
    version: '2.0',
    routeKey,
    rawPath: target.path,
    rawQueryString: target.query,
    ...(cookies.length ? { cookies } : {}),
    headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    ...(pathParameters ? { pathParameters } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: (headers.host ?? 'localhost').split('.')[0] ?? 'localhost',
      http: {
        method,
        path: target.path,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey,
      stage: options.stage ?? '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    isBase64Encoded: !isText,
    ...(body.length ? { body: isText ? body.toString('utf8') : body.toString('base64') } : {}),
  };
  return event as unknown as HttpEvent;
};

/** Statuses that carry no body, so no Content-Length either (RFC 9110 §8.6). */
const bodyless = (status: number) => status < 200 || status === 204 || status === 304;

/**
 * Writes the result with its Content-Length, as API Gateway answers. Without one, the headers written by writeHead
 * made Node frame every body as chunked: the head, the chunk size, the body and the last chunk in one writev, and a
 * Buffer copy of the text first. A text body goes to `end` as the string it is: Node sends head and body as one
 * string, in one write.
 */
export const writeResult = (res: http.ServerResponse, result: HttpResult): void => {
  const status = result.statusCode ?? 200;
  const headers: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(result.headers ?? {})) headers[k.toLowerCase()] = String(v);
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  const body =
    result.body === undefined || bodyless(status)
      ? undefined
      : result.isBase64Encoded
        ? Buffer.from(result.body, 'base64')
        : result.body;
  if (body !== undefined)
    headers['content-length'] = String(
      typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.length,
    );
  res.writeHead(status, headers);
  res.end(body);
};

/**
 * The request body, or `tooLarge` past `limit` bytes. An oversized body is still read to its end (and dropped):
 * answering 413 while the client is still sending, then closing, would reset the connection before the client
 * reads the answer. Past DRAIN_LIMIT_BYTES the client gets its 413 at once and the connection is closed.
 */
const readBody = (req: http.IncomingMessage, limit: number): Promise<Buffer | 'tooLarge'> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > DRAIN_LIMIT_BYTES) {
      resolve('tooLarge');
      return;
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > DRAIN_LIMIT_BYTES) resolve('tooLarge');
    });
    req.on('end', () => resolve(size > limit ? 'tooLarge' : Buffer.concat(chunks)));
    req.on('error', reject);
  });

const tooLarge = (limit: number): HttpResult => ({
  statusCode: 413,
  headers: { 'content-type': 'application/json; charset=utf-8', connection: 'close' },
  body: JSON.stringify({
    error: { code: 'PayloadTooLarge', message: `Request body exceeds ${limit} bytes` },
  }),
});

export interface LocalHttpServer {
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

export interface ServeOptions extends ToEventOptions {
  readonly port?: number;
  /** 127.0.0.1 by default: the local system is not exposed beyond this machine unless asked. */
  readonly host?: string;
  readonly handle: HttpHandler;
  /** Called after each request (console log). */
  readonly onRequest?: (event: HttpEvent, result: HttpResult, ms: number) => void;
  /** Tracks requests in flight (the runtime's idle detection). */
  readonly onBusy?: (delta: 1 | -1) => void;
}

export const serveHttp = async (options: ServeOptions): Promise<LocalHttpServer> => {
  const server = http.createServer((req, res) => {
    options.onBusy?.(1);
    const started = Date.now();
    // A request is front work: its storage steps never wait behind the runs in flight (dynalite/callbacks.ts).
    void inLane('front', async () => {
      try {
        const body = await readBody(req, MAX_BODY_BYTES);
        if (body === 'tooLarge') {
          writeResult(res, tooLarge(MAX_BODY_BYTES));
          res.once('finish', () => req.destroy());
          return;
        }
        if (headBytesOf(req) > MAX_HEAD_BYTES) {
          const [statusCode, code, message] = headTooLarge();
          writeResult(res, {
            statusCode,
            headers: { 'content-type': 'application/json; charset=utf-8' },
            body: errorBody(code, message),
          });
          return;
        }
        const event = toApiGatewayEvent(req, body, options);
        const result = await options.handle(event);
        writeResult(res, result);
        options.onRequest?.(event, result, Date.now() - started);
      } catch (error) {
        // The handlers never throw; this is the server's own failure (a path that is not valid percent-encoding).
        const status = (error as { statusCode?: number }).statusCode ?? 500;
        writeResult(res, {
          statusCode: status,
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify({
            error:
              status === 400
                ? { code: 'BadRequest', message: (error as Error).message }
                : { code: 'InternalError', message: 'Internal error' },
          }),
        });
      } finally {
        options.onBusy?.(-1);
      }
    });
  });
  server.keepAliveTimeout = 5_000;
  server.on('clientError', refuseUnparsable);
  server.on('connect', refuseConnect);
  server.on('checkExpectation', refuseExpectation);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

/** An API Gateway v2 event for an in-process request (no socket): `dynaris run`, benchmarks. */
export const buildApiEvent = (
  method: string,
  pathWithQuery: string,
  options: {
    body?: unknown;
    headers?: Record<string, string>;
    routes?: readonly RouteTemplate[];
    now?: Date;
  } = {},
): HttpEvent => {
  const body =
    options.body === undefined
      ? Buffer.alloc(0)
      : Buffer.from(typeof options.body === 'string' ? options.body : JSON.stringify(options.body), 'utf8');
  const headers: Record<string, string> = {
    host: 'localhost',
    ...(body.length ? { 'content-type': 'application/json' } : {}),
  };
  for (const [k, v] of Object.entries(options.headers ?? {})) headers[k.toLowerCase()] = v;
  const fake = {
    url: pathWithQuery,
    method,
    headers,
    httpVersion: '1.1',
    socket: { remoteAddress: '127.0.0.1' },
  } as unknown as http.IncomingMessage;
  return toApiGatewayEvent(fake, body, {
    ...(options.routes ? { routes: options.routes } : {}),
    ...(options.now ? { now: () => options.now as Date } : {}),
  });
};

import type { HttpEvent } from '../../functions/shared/http';

/** Builds API Gateway HTTP API (payload v2) events, the shape the Lambdas and the local server get. */
export interface EventOptions {
  readonly headers?: Record<string, string>;
  readonly query?: Record<string, string>;
  readonly body?: unknown;
  /** Raw body text, sent as is (takes precedence over `body`). */
  readonly rawBody?: string | Buffer;
  readonly base64?: boolean;
  readonly claims?: Record<string, string>;
  readonly requestId?: string;
}

let counter = 0;

export const httpEvent = (method: string, path: string, options: EventOptions = {}): HttpEvent => {
  const [rawPath, rawQuery = ''] = path.split('?') as [string, string?];
  const query = new URLSearchParams(rawQuery);
  for (const [k, v] of Object.entries(options.query ?? {})) query.set(k, v);
  let body: string | undefined;
  const raw =
    options.rawBody !== undefined
      ? options.rawBody
      : options.body !== undefined
        ? JSON.stringify(options.body)
        : undefined;
  if (raw !== undefined) {
    body = options.base64 ? Buffer.from(raw).toString('base64') : Buffer.from(raw).toString('utf8');
  }
  counter += 1;
  const requestContext = {
    accountId: 'local',
    apiId: 'local',
    domainName: 'localhost',
    domainPrefix: 'localhost',
    http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
    requestId: options.requestId ?? `req-${counter}`,
    routeKey: '$default',
    stage: '$default',
    time: new Date().toISOString(),
    timeEpoch: Date.now(),
    ...(options.claims ? { authorizer: { jwt: { claims: options.claims, scopes: null } } } : {}),
  };
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString: query.toString(),
    headers: {
      ...(raw !== undefined && !options.headers?.['content-type']
        ? { 'content-type': 'application/json' }
        : {}),
      ...options.headers,
    },
    requestContext,
    isBase64Encoded: options.base64 ?? false,
    ...(body !== undefined ? { body } : {}),
  } as HttpEvent;
};

export const jsonOf = (result: { body?: string | undefined }): Record<string, unknown> =>
  result.body ? (JSON.parse(result.body) as Record<string, unknown>) : {};

import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type * as Http from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { requireCommonJs } from '../../shared/commonjs';
import { NonRetriableError } from '../../shared/errors';
import type { HttpFetch } from '../../shared/ports';
import { traceRemote } from '../../shared/xray/remote';
import { type AllowList, forbiddenReason, parseIp } from './addresses';

/**
 * The one SSRF guard for every request the platform sends to a URL a tenant chose (http.request, the Slack
 * integration): http(s) only, no credentials in the URL, and every connection made through a DNS lookup that
 * checks the address actually connected to (no window for DNS rebinding): loopback, link-local (169.254.169.254
 * metadata), private, ULA, mapped and other special ranges are refused unless the tenant's allow-list names the
 * host or the range. Responses are size-limited; redirects are never followed here (the caller decides).
 */

// Not `import http from 'node:http'`: that ES module facade loads undici at every cold start (commonjs.ts).
const http = requireCommonJs('node:http') as typeof Http;

export type Lookup = (hostname: string) => Promise<LookupAddress[]>;

const systemLookup: Lookup = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) =>
      err ? reject(err) : resolve(addresses),
    ),
  );

export class ForbiddenAddressError extends NonRetriableError {
  constructor(host: string, address: string, reason: string, what = 'http.request') {
    super(
      `${what} refused: ${host} is ${address === host ? '' : `${address}, `}a ${reason}. Add the host or its range to the HTTP allow-list in the account settings to allow it.`,
    );
  }
}

export interface Hop {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** A `net` lookup that resolves, checks every answer, and hands the socket only checked addresses. */
const guardedLookup = (lookup: Lookup, host: string, allow: AllowList, what: string): LookupFunction =>
  ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    lookup(hostname)
      .then((addresses) => {
        if (addresses.length === 0) throw new NonRetriableError(`${what}: ${host} has no address`);
        if (!allow.allowsHost(host)) {
          for (const a of addresses) {
            const ip = parseIp(a.address);
            const reason = ip ? forbiddenReason(ip) : 'unparseable address';
            if (reason && !(ip && allow.allowsIp(ip)))
              throw new ForbiddenAddressError(host, a.address, reason, what);
          }
        }
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]?.address, addresses[0]?.family);
      })
      .catch((error: unknown) => callback(error));
  }) as unknown as LookupFunction;

const checkLiteral = (host: string, allow: AllowList, what: string): void => {
  const ip = parseIp(host);
  if (!ip || allow.allowsHost(host) || allow.allowsIp(ip)) return;
  const reason = forbiddenReason(ip);
  if (reason) throw new ForbiddenAddressError(host, host, reason, what);
};

const once = (
  url: URL,
  init: GuardedRequest,
  lookup: LookupFunction,
  maxBytes: number,
  what: string,
): Promise<Hop> =>
  new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(
      url,
      { method: init.method, headers: init.headers, signal: init.signal, lookup, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            res.destroy();
            reject(new NonRetriableError(`${what}: the response is larger than ${maxBytes} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });

const viaFetch = async (
  fetch: HttpFetch,
  url: URL,
  init: GuardedRequest,
  maxBytes: number,
  what: string,
): Promise<Hop> => {
  const { 'content-length': _length, ...headers } = init.headers;
  const response = await fetch(url.toString(), {
    method: init.method,
    headers,
    // Bodies are always text here (JSON or a string), sent as such.
    ...(init.body ? { body: init.body.toString('utf8') } : {}),
    redirect: 'manual',
    signal: init.signal,
  });
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (;;) {
    if (!reader) break;
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new NonRetriableError(`${what}: the response is larger than ${maxBytes} bytes`);
    }
    chunks.push(Buffer.from(value));
  }
  const out: IncomingHttpHeaders = {};
  response.headers.forEach((value, key) => {
    out[key] = value;
  });
  return { status: response.status, headers: out, body: Buffer.concat(chunks) };
};

export interface GuardedRequest {
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: Buffer | undefined;
  readonly signal: AbortSignal;
}

export interface GuardOptions {
  /** Names the caller in refusals: `http.request`, `notify.slack`. */
  readonly what: string;
  readonly allow: AllowList;
  /** DNS resolution (tests substitute it). */
  readonly lookup?: Lookup | undefined;
  /** Send through this fetch (the local runtime's outbox) instead of pinned sockets; literal addresses are still checked. */
  readonly via?: HttpFetch | undefined;
  readonly maxBytes: number;
}

/** One request (one hop) through the guard. */
export const sendGuarded = async (url: URL, init: GuardedRequest, options: GuardOptions): Promise<Hop> => {
  const { what, allow } = options;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new NonRetriableError(`${what}: ${url.protocol} URLs are not allowed`);
  }
  if (url.username || url.password)
    throw new NonRetriableError(`${what}: credentials in URLs are not allowed; use a header`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  checkLiteral(host, allow, what);
  if (options.via) return viaFetch(options.via, url, init, options.maxBytes, what);
  const lookup = guardedLookup(options.lookup ?? systemLookup, host, allow, what);
  return traceRemote({ url, method: init.method }, () => once(url, init, lookup, options.maxBytes, what));
};

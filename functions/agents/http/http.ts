import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { ActionInput, ActionOutput } from '../../../statemachines/catalogue';
import type { TaskMeta } from '../../../statemachines/contracts';
import { createTenantRepository } from '../../data/tenants';
import { NonRetriableError, RetriableError } from '../../shared/errors';
import type { Clock, Database, HttpFetch, SecretBox } from '../../shared/ports';
import type { AgentParts } from '../runner';
import { parseAllowList } from './addresses';
import { type Hop, type Lookup, sendGuarded } from './outbound';

export { ForbiddenAddressError, type Lookup } from './outbound';

/**
 * http.request with SSRF protection. Every connection — the first and each redirect hop — goes through a DNS
 * lookup that checks the address actually connected to (no window for DNS rebinding): loopback, link-local
 * (169.254.169.254 metadata), private, ULA, mapped and other special ranges are refused unless the tenant's
 * settings allow-list the host or the range. Responses are size-limited and every request has a deadline.
 */

export const DEFAULT_TIMEOUT_MS = 10_000;
export const MAX_RESPONSE_BYTES = 1024 * 1024;
export const MAX_REQUEST_BYTES = 1024 * 1024;
export const MAX_REDIRECTS = 5;

export interface HttpAgentDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly secrets: SecretBox;
  /** DNS resolution (tests substitute it to simulate public/private answers). */
  readonly lookup?: Lookup;
  readonly maxResponseBytes?: number;
  /**
   * Send through this fetch instead of direct sockets (the local runtime's outbox, which records requests and only
   * really calls its configured passthrough prefixes). Literal addresses are still checked; host names are not
   * resolved here.
   */
  readonly via?: HttpFetch;
}

const flattenHeaders = (headers: IncomingHttpHeaders): Record<string, string> =>
  Object.fromEntries(
    Object.entries(headers)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]),
  );

const decodeBody = (hop: Hop): unknown => {
  const type = String(hop.headers['content-type'] ?? '');
  const text = hop.body.toString('utf8');
  if (/\bjson\b/i.test(type) && text.trim()) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
};

/** Certificate problems do not fix themselves between retries. */
const TLS_FAILURES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS_CERT/;

const FORBIDDEN_REQUEST_HEADERS = new Set(['host', 'content-length', 'transfer-encoding', 'connection']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The `Idempotency-Key` (IETF httpapi draft, Stripe and others) a step sends: the same on every attempt of the step,
 * after a retry or a restart, so a service that honours the header acts once.
 */
export const stepIdempotencyKey = (meta: TaskMeta): string =>
  createHash('sha256')
    .update(`${meta.executionId}#${meta.stepId}#${meta.itemIndex}`)
    .digest('hex')
    .slice(0, 32);

/** Performs one http.request (following safe redirects) for a tenant's allow-list. Exported for tests and the CLI. */
export const performHttpRequest = async (
  input: ActionInput<'http.request'>,
  options: {
    allowList: readonly string[];
    lookup?: Lookup;
    maxResponseBytes?: number;
    via?: HttpFetch;
    /** Sent as `Idempotency-Key` on requests that are not GET/HEAD/OPTIONS, unless the workflow sets its own. */
    idempotencyKey?: string;
  },
): Promise<ActionOutput<'http.request'>> => {
  const allow = parseAllowList(options.allowList);
  const timeoutMs = input.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  let method = input.method ?? 'GET';
  const headers: Record<string, string> = {
    'user-agent': 'dynaris-workflows/1',
    accept: 'application/json, text/*;q=0.9, */*;q=0.5',
  };
  for (const [k, v] of Object.entries(input.headers ?? {})) {
    if (!FORBIDDEN_REQUEST_HEADERS.has(k.toLowerCase())) headers[k.toLowerCase()] = v;
  }
  if (options.idempotencyKey && !SAFE_METHODS.has(method) && headers['idempotency-key'] === undefined)
    headers['idempotency-key'] = options.idempotencyKey;
  let body: Buffer | undefined;
  if (input.body !== undefined && method !== 'GET') {
    body = Buffer.from(typeof input.body === 'string' ? input.body : JSON.stringify(input.body), 'utf8');
    if (typeof input.body !== 'string' && !headers['content-type'])
      headers['content-type'] = 'application/json';
    if (body.length > MAX_REQUEST_BYTES)
      throw new NonRetriableError(`http.request: the body is larger than ${MAX_REQUEST_BYTES} bytes`);
  }

  let url = new URL(input.url);
  for (let hop = 0; ; hop++) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    let res: Hop;
    try {
      const init = {
        method,
        headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) },
        body,
        signal,
      };
      res = await sendGuarded(url, init, {
        what: 'http.request',
        allow,
        lookup: options.lookup,
        via: options.via,
        maxBytes: options.maxResponseBytes ?? MAX_RESPONSE_BYTES,
      });
    } catch (error) {
      if (error instanceof NonRetriableError || error instanceof RetriableError) throw error;
      const e = error as { name?: string; code?: string };
      if (signal.aborted || e.name === 'AbortError' || e.name === 'TimeoutError') {
        throw new RetriableError(`http.request: no complete response from ${host} within ${timeoutMs} ms`);
      }
      if (e.code === 'ENOTFOUND') throw new NonRetriableError(`http.request: ${host} does not resolve`);
      if (e.code && (e.code.startsWith('ERR_INVALID') || e.code.startsWith('ERR_HTTP_INVALID'))) {
        throw new NonRetriableError(`http.request: the request is malformed (${e.code})`);
      }
      if (e.code && TLS_FAILURES.test(e.code)) {
        throw new NonRetriableError(`http.request: ${host} presented an untrusted certificate (${e.code})`);
      }
      throw new RetriableError(`http.request to ${host} failed: ${e.code ?? e.name ?? 'network error'}`);
    }
    const location = res.headers.location;
    if (res.status >= 300 && res.status < 400 && location) {
      if (hop >= MAX_REDIRECTS)
        throw new NonRetriableError(`http.request: more than ${MAX_REDIRECTS} redirects`);
      const next = new URL(location, url);
      if (next.host !== url.host) {
        delete headers.authorization;
        delete headers.cookie;
      }
      if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
        delete headers['content-type'];
      }
      url = next;
      continue;
    }
    if (res.status === 429 || res.status === 408 || res.status >= 500) {
      throw new RetriableError(`http.request: ${host} answered ${res.status}`);
    }
    return { status: res.status, headers: flattenHeaders(res.headers), body: decodeBody(res) };
  }
};

export const createHttpAgent = (deps: HttpAgentDeps): AgentParts => {
  const tenants = createTenantRepository({ db: deps.db, clock: deps.clock, secrets: deps.secrets });
  return {
    executors: {
      async 'http.request'(input, meta) {
        const settings = await tenants.getTenantSettings(meta.tenantId);
        return performHttpRequest(input, {
          allowList: settings.httpAllowList,
          idempotencyKey: stepIdempotencyKey(meta),
          ...(deps.lookup ? { lookup: deps.lookup } : {}),
          ...(deps.maxResponseBytes ? { maxResponseBytes: deps.maxResponseBytes } : {}),
          ...(deps.via ? { via: deps.via } : {}),
        });
      },
    },
    previews: {
      'http.request': () => ({ status: 0, headers: {}, body: null }),
    },
  };
};

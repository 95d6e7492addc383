import { randomUUID } from 'node:crypto';
import { DELIVERY_HEADER, SIGNATURE_HEADER, signatureHeader } from '../../functions/webhooks/webhooks';
import { type LocalRuntime, startLocalRuntime } from '../../infra/local/runtime';

/**
 * End-to-end harness: the local runtime in this process on a loopback port (port 0), with a virtual clock, driven
 * only through its HTTP API and webhooks, exactly as a user or an integration would.
 */

/** Monday 2 March 2026, 08:00 UTC (09:00 in Berlin, winter time). */
export const START = new Date('2026-03-02T08:00:00.000Z');
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export interface Reply<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: T;
}

export interface Client {
  get<T = Record<string, unknown>>(path: string): Promise<Reply<T>>;
  post<T = Record<string, unknown>>(path: string, body?: unknown): Promise<Reply<T>>;
  put<T = Record<string, unknown>>(path: string, body?: unknown): Promise<Reply<T>>;
  patch<T = Record<string, unknown>>(path: string, body?: unknown): Promise<Reply<T>>;
  del<T = Record<string, unknown>>(path: string): Promise<Reply<T>>;
}

export const clientFor = (baseUrl: string, apiKey: string): Client => {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<Reply<T>> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'x-api-key': apiKey, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : {};
    } catch {
      // keep text
    }
    return { status: res.status, body: parsed as T };
  };
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    put: (path, body) => call('PUT', path, body),
    patch: (path, body) => call('PATCH', path, body),
    del: (path) => call('DELETE', path),
  };
};

export interface System {
  readonly rt: LocalRuntime;
  readonly api: Client;
  readonly log: string[];
  /** Signed webhook delivery as the tenant's integration would send it. */
  webhook(
    source: string,
    payload: unknown,
    options?: { deliveryId?: string; tenantId?: string; secret?: string },
  ): Promise<Reply>;
  /** Saves and enables a workflow; returns its id once it is deployed. */
  deploy(definition: unknown, api?: Client): Promise<string>;
  /** Runs of a workflow (newest first). */
  runs(workflowId: string, api?: Client): Promise<Record<string, unknown>[]>;
  /** The run with its timeline. */
  run(
    runId: string,
    api?: Client,
  ): Promise<{ run: Record<string, unknown>; timeline: Record<string, unknown>[] }>;
  outbox(kind?: 'email' | 'slack' | 'http', api?: Client): Promise<Record<string, unknown>[]>;
  advance(ms: number): Promise<void>;
  settle(): Promise<void>;
  stop(): Promise<void>;
}

export const startSystem = async (
  options: { startTime?: Date; env?: NodeJS.ProcessEnv } = {},
): Promise<System> => {
  const log: string[] = [];
  const rt = await startLocalRuntime({
    port: 0,
    clock: 'virtual',
    startTime: options.startTime ?? START,
    log: (line) => log.push(line),
    env: options.env ?? {},
  });
  const api = clientFor(rt.url, rt.apiKey);
  const system: System = {
    rt,
    api,
    log,
    async webhook(source, payload, opts = {}) {
      const raw = JSON.stringify(payload);
      const timestamp = Math.floor(rt.clock.now().getTime() / 1000);
      const res = await fetch(`${rt.url}/webhooks/${opts.tenantId ?? rt.tenantId}/${source}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signatureHeader(
            opts.secret ?? rt.webhookSecret,
            timestamp,
            { tenantId: opts.tenantId ?? rt.tenantId, source },
            raw,
          ),
          [DELIVERY_HEADER]: opts.deliveryId ?? randomUUID(),
        },
        body: raw,
      });
      const text = await res.text();
      await rt.waitForIdle();
      return { status: res.status, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
    },
    async deploy(definition, client = api) {
      const created = await client.post<{ workflow: { workflowId: string } }>('/workflows', definition);
      if (created.status !== 201)
        throw new Error(`create workflow: ${created.status} ${JSON.stringify(created.body)}`);
      const id = created.body.workflow.workflowId;
      const enabled = await client.post<{ status: string; statusReason: string | null }>(
        `/workflows/${id}/enable`,
      );
      if (enabled.status !== 200 || enabled.body.status !== 'enabled') {
        throw new Error(`enable workflow: ${enabled.status} ${JSON.stringify(enabled.body)}`);
      }
      await rt.waitForIdle();
      return id;
    },
    async runs(workflowId, client = api) {
      const res = await client.get<{ items: Record<string, unknown>[] }>(`/workflows/${workflowId}/runs`);
      if (res.status !== 200) throw new Error(`list runs: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.items;
    },
    async run(runId, client = api) {
      const res = await client.get<{ run: Record<string, unknown>; timeline: Record<string, unknown>[] }>(
        `/runs/${encodeURIComponent(runId)}`,
      );
      if (res.status !== 200) throw new Error(`get run: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    },
    async outbox(kind, client = api) {
      const res = await client.get<{ items: Record<string, unknown>[] }>(
        `/outbox${kind ? `?kind=${kind}` : ''}`,
      );
      if (res.status !== 200) throw new Error(`outbox: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.items;
    },
    advance: (ms) => rt.advance(ms),
    settle: () => rt.waitForIdle(),
    stop: () => rt.stop(),
  };
  return system;
};

/** Fails with the runtime's console log attached, so a broken scenario explains itself. */
export const explain = (system: System): string => `\n--- runtime log ---\n${system.log.join('\n')}`;

/**
 * The local runtime as `dynaris serve` runs it, in its own process, for the load benchmarks: the same
 * startLocalRuntime options as the CLI (its run log goes to this process's stdout, which the parent discards),
 * plus an IPC channel that reports execution starts and ends (wall-clock ms) and answers for memory and DynamoDB
 * request counts. The parent (bench/lib/server.ts) sends load over HTTP on 127.0.0.1.
 */
import http from 'node:http';
import { startLocalRuntime } from '../../infra/local/runtime';
import { wallMs } from './figures';
import { type ChildMessage, ITEMS_WRITTEN, type ParentMessage, type ServerStats } from './protocol';

const send = (message: ChildMessage) => process.send?.(message);

const one = () => 1;
const WRITES: Record<string, (body: Record<string, unknown>) => number> = {
  PutItem: one,
  UpdateItem: one,
  DeleteItem: one,
  BatchWriteItem: (body) =>
    Object.values((body.RequestItems ?? {}) as Record<string, unknown[]>).reduce((n, l) => n + l.length, 0),
  TransactWriteItems: (body) => ((body.TransactItems ?? []) as unknown[]).length,
};

// Every DynamoDB request leaves through the SDK's http.request: count those to the endpoint's port by operation,
// and the items each write carries (one for a single-item write; batches and transactions say how many).
const counts: Record<string, number> = {};
let dynamodbPort: number | undefined;
const originalRequest = http.request;
http.request = ((...args: Parameters<typeof http.request>) => {
  const request = originalRequest(...args);
  const options = args[0] as http.RequestOptions;
  if (dynamodbPort === undefined || Number(options.port) !== dynamodbPort) return request;
  const headers = (options.headers ?? {}) as Record<string, string>;
  const target = headers['x-amz-target'] ?? headers['X-Amz-Target'] ?? '';
  const operation = target.split('.')[1] ?? 'unknown';
  counts[operation] = (counts[operation] ?? 0) + 1;
  const written = WRITES[operation];
  if (written) {
    const end = request.end.bind(request) as (...a: unknown[]) => http.ClientRequest;
    request.end = ((...a: unknown[]) => {
      const body = a[0];
      if (typeof body === 'string' || Buffer.isBuffer(body)) {
        const n = written(JSON.parse(String(body)) as Record<string, unknown>);
        counts[ITEMS_WRITTEN] = (counts[ITEMS_WRITTEN] ?? 0) + n;
      }
      return end(...a);
    }) as typeof request.end;
  }
  return request;
}) as typeof http.request;

const dataDir = process.env.BENCH_DATA_DIR || undefined;
const runtime = await startLocalRuntime({
  port: 0,
  ...(dataDir ? { dataDir } : {}),
  onEngineEvent: (event) => {
    if (event.type === 'ExecutionStarted')
      send({ kind: 'exec', phase: 'start', arn: event.executionArn, name: event.name, at: wallMs() });
    else if (event.type === 'ExecutionFinished')
      send({
        kind: 'exec',
        phase: 'end',
        arn: event.executionArn,
        name: event.name,
        at: wallMs(),
        status: event.status,
        ...(event.error ? { error: `${event.error.error}: ${event.error.cause ?? ''}`.slice(0, 300) } : {}),
      });
  },
});

async function endpointOf(rt: typeof runtime): Promise<unknown> {
  const config = rt.platform.db.doc.config as {
    endpoint?: () => Promise<{ hostname: string; port?: number }>;
  };
  const endpoint = await config.endpoint?.();
  return endpoint ? `http://${endpoint.hostname}:${endpoint.port ?? 80}` : 'http://127.0.0.1:0';
}

dynamodbPort = Number(new URL(String(await endpointOf(runtime))).port);

const stats = (): ServerStats => {
  const m = process.memoryUsage();
  return { rssBytes: m.rss, heapUsedBytes: m.heapUsed, dynamodb: { ...counts } };
};

process.on('message', (raw) => {
  const message = raw as ParentMessage;
  const reply = (value: unknown) => send({ kind: 'reply', id: message.id, value });
  void (async () => {
    if (message.kind === 'stats') return reply(stats());
    if (message.kind === 'tenants') {
      const created = [];
      for (const id of message.ids) created.push(await runtime.createTenant(id));
      return reply(created);
    }
    await runtime.stop();
    reply(null);
    process.exit(0);
  })().catch((error: unknown) => reply({ error: String(error) }));
});

send({
  kind: 'ready',
  url: runtime.url,
  tenantId: runtime.tenantId,
  apiKey: runtime.apiKey,
  webhookSecret: runtime.webhookSecret,
});

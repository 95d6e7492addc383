import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalSecretBox, generateSecretsKey } from '../../../functions/adapters/local-secrets';
import { createHttpAgent } from '../../../functions/agents/http/http';
import { runAgentTask, taskIdempotencyKey } from '../../../functions/agents/runner';
import { idempotencyKey } from '../../../functions/data/idempotency';
import { createLogRepository } from '../../../functions/data/logs';
import { createTenantRepository } from '../../../functions/data/tenants';
import type { TaskMeta } from '../../../statemachines/contracts';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';
import { tickingClock } from './fixtures';

/**
 * http.request and retried or restarted steps: every attempt of a step sends the same Idempotency-Key, and an attempt
 * that takes over from one that stopped mid-call says so in the run's log instead of calling again silently.
 */

let db: TestDatabase;
let server: Server;
let port: number;
const clock = tickingClock('2026-11-25T15:30:00.000Z');
const secrets = createLocalSecretBox(generateSecretsKey());
const seen: { method: string; key: string | undefined }[] = [];
let failuresLeft = 0;

beforeAll(async () => {
  db = await startTestDatabase();
  server = createServer((req, res) => {
    seen.push({ method: String(req.method), key: req.headers['idempotency-key'] as string | undefined });
    req.resume();
    req.on('end', () => {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        res.writeHead(503);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as AddressInfo).port;
  await createTenantRepository({ db, secrets, clock }).updateSettings('t-idem', {
    httpAllowList: ['127.0.0.1/32'],
  });
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await db.close();
});

let seq = 0;
const metaOf = (): TaskMeta => ({
  tenantId: 't-idem',
  workflowId: 'wf',
  runId: `run-${++seq}`,
  executionId: `arn:exec-${seq}`,
  stepId: 'call',
  itemIndex: -1,
});
const call = (meta: TaskMeta, input: Record<string, unknown>) =>
  runAgentTask({
    area: 'http',
    ...createHttpAgent({ db, clock, secrets }),
    deps: { db, clock },
    payload: { action: 'http.request', input, meta },
  });

describe('http.request across attempts of one step', () => {
  it('GIVEN a POST step whose first attempt gets a 503 WHEN it is retried THEN both attempts carry the same Idempotency-Key, another step gets another key, and a GET carries none', async () => {
    const meta = metaOf();
    const url = `http://127.0.0.1:${port}/hook`;
    seen.length = 0;
    failuresLeft = 1;
    await expect(call(meta, { url, method: 'POST', body: { a: 1 } })).rejects.toThrow(/503/);
    await expect(call(meta, { url, method: 'POST', body: { a: 1 } })).resolves.toMatchObject({ status: 200 });
    await call(metaOf(), { url, method: 'POST', body: { a: 1 } });
    await call(metaOf(), { url });
    const [first, retry, other, get] = seen;
    expect(first?.key).toMatch(/^[0-9a-f]{32}$/);
    expect(retry?.key).toBe(first?.key);
    expect(other?.key).not.toBe(first?.key);
    expect(get).toEqual({ method: 'GET', key: undefined });
  });

  it('GIVEN a workflow that sets its own Idempotency-Key WHEN the step calls THEN that key is sent', async () => {
    seen.length = 0;
    await call(metaOf(), {
      url: `http://127.0.0.1:${port}/hook`,
      method: 'PUT',
      headers: { 'Idempotency-Key': 'order-42' },
    });
    expect(seen.map((s) => s.key)).toEqual(['order-42']);
  });

  it('GIVEN an attempt that claimed the step and died mid-call (its claim released after a restart) WHEN the step runs again THEN it calls with the same key and the run log says an earlier attempt may already have acted', async () => {
    const meta = metaOf();
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: {
          ...idempotencyKey(meta.tenantId, taskIdempotencyKey('http.request', meta)),
          type: 'idempotency',
          tenantId: meta.tenantId,
          status: 'IN_PROGRESS',
          attemptId: 'dead-attempt',
          lockedUntil: 0,
          ttl: Math.floor(clock.now().getTime() / 1000) + 86_400,
        },
      }),
    );
    seen.length = 0;
    await call(meta, { url: `http://127.0.0.1:${port}/hook`, method: 'POST', body: { b: 2 } });
    expect(seen).toHaveLength(1);
    const log = await createLogRepository({ db, clock }).listByRun(meta.tenantId, meta.runId);
    expect(log.items.map((e) => [e.level, e.stepId])).toEqual([['warn', 'call']]);
    expect(log.items[0]?.message).toMatch(/may already have acted.*same Idempotency-Key/);
  });
});

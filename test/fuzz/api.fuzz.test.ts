import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELIVERY_HEADER, SIGNATURE_HEADER, signatureHeader } from '../../functions/webhooks/webhooks';
import { explain, type System, startSystem } from '../e2e/harness';
import { SAMPLE_BODIES } from '../support/api-arbitraries';
import {
  type FuzzRequest,
  type KnownIds,
  type Operation,
  operationsOf,
  requestArbitrary,
} from '../support/fuzz/requests';

/**
 * The fuzz suite: mutated requests for every operation of the OpenAPI document, over HTTP to the local runtime on
 * 127.0.0.1. Every answer is below 500, carries no stack trace and costs under 2 s of this process's CPU (the runtime
 * runs in it; a hang detector that the machine's load does not trip, as wall-clock time did: an assistant request
 * answered in 2.4 s twice at load 22 failed it. A slow answer is sent once more and fails only if it is slow again;
 * one that never comes is cut after 30 s), and the runtime still answers afterwards. CI
 * replays a fixed seed (test/support/fast-check-setup.ts); a failure prints the seed and the shrunk request.
 */

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 2_000);
const HANG_MS = 2_000;
const STACK_TRACE = /\n\s+at\s|node:internal|\.(?:ts|js|mjs|cjs):\d+:\d+|\bat (?:async )?[\w$.<>]+ \(/;

let system: System;
let operations: Operation[];
let ids: KnownIds;

/** `ms`: CPU (user + system) this process spent until the answer was read: the runtime's work, not the machine's load. */
const send = async (req: FuzzRequest): Promise<{ status: number; text: string; ms: number }> => {
  const started = process.cpuUsage();
  const res = await fetch(`${system.rt.url}${req.path}`, {
    method: req.method,
    headers: req.headers,
    ...(req.body !== undefined ? { body: req.body } : {}),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  const used = process.cpuUsage(started);
  return { status: res.status, text, ms: (used.user + used.system) / 1000 };
};

const idOf = (reply: { body: unknown }, ...path: string[]): string => {
  let v: unknown = reply.body;
  for (const k of path) v = (v as Record<string, unknown> | undefined)?.[k];
  if (typeof v !== 'string')
    throw new Error(`no ${path.join('.')} in ${JSON.stringify(reply.body).slice(0, 300)}`);
  return v;
};

beforeAll(async () => {
  system = await startSystem();
  const doc = await system.api.get<{ paths: Record<string, Record<string, never>> }>('/openapi.json');
  operations = operationsOf(doc.body);
  const api = system.api;
  const workflowId = await system.deploy({
    name: 'Ask first',
    trigger: { type: 'manual' },
    steps: [
      { id: 'ask', approval: { message: 'Go ahead?' } },
      { id: 'note', action: 'log', input: { message: 'ok' } },
    ],
  });
  const run = await api.post(`/workflows/${workflowId}/runs`, { input: {} });
  await system.settle();
  const approvals = await api.get<{ items: { approvalId: string }[] }>('/approvals');
  const lead = await api.post('/leads', SAMPLE_BODIES.createLead);
  await api.post('/leads', { email: 'lin@example.com' });
  const created = async (path: string, op: string, key: string) =>
    idOf(await api.post(path, SAMPLE_BODIES[op]), key);
  const [contact, booking, invoice, file, knowledge] = await Promise.all([
    created('/contacts', 'createContact', 'id'),
    created('/bookings', 'createBooking', 'id'),
    created('/invoices', 'createInvoice', 'id'),
    created('/files', 'createFile', 'id'),
    created('/knowledge', 'createKnowledgeEntry', 'id'),
  ]);
  const page = await api.get<{ nextCursor?: string }>('/leads?limit=1');
  ids = {
    byPrefix: {
      '/workflows': [workflowId],
      '/runs': [idOf(run, 'runId')],
      '/approvals': approvals.body.items.map((a) => a.approvalId),
      '/leads': [idOf(lead, 'id')],
      '/contacts': [contact],
      '/bookings': [booking],
      '/invoices': [invoice],
      '/files': [file],
      '/knowledge': [knowledge],
    },
    versions: ['1', '2'],
    tenantId: system.rt.tenantId,
    cursors: page.body.nextCursor ? [page.body.nextCursor] : [],
  };
});
afterAll(async () => system?.stop());

const sign = (tenantId: string, source: string, body: string): Record<string, string> => ({
  [SIGNATURE_HEADER]: signatureHeader(
    system.rt.webhookSecret,
    Math.floor(system.rt.clock.now().getTime() / 1000),
    { tenantId, source },
    body,
  ),
  [DELIVERY_HEADER]: randomUUID(),
});

describe('API fuzz (every OpenAPI operation over HTTP)', () => {
  it('GIVEN the OpenAPI document WHEN read THEN every operation with a body has a valid sample to mutate', () => {
    const missing = operations.filter(
      (o) => o.hasBody && !o.path.startsWith('/webhooks/') && !(o.operationId in SAMPLE_BODIES),
    );
    expect(missing.map((o) => o.operationId)).toStrictEqual([]);
    expect(operations.length).toBeGreaterThan(50);
  });

  it(`GIVEN ${REQUESTS} mutated requests WHEN sent THEN none answers 5xx, shows a stack trace or hangs, and the runtime stays up`, async () => {
    const statuses = new Map<number, number>();
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(requestArbitrary(operations, ids, system.rt.apiKey, sign), async (req) => {
        // Paced like a client within the rate limit (50 requests/s on the virtual clock), so requests reach handlers.
        if (++sent % 40 === 0) await system.advance(1_000);
        let answer = await send(req);
        if (answer.ms > HANG_MS) answer = await send(req);
        const where = `${req.method} ${req.path.slice(0, 200)} [${req.mutations.join(', ')}] -> ${answer.status} in ${Math.round(answer.ms)} ms CPU: ${answer.text.slice(0, 300)}`;
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        expect(answer.status, where).toBeLessThan(500);
        expect(STACK_TRACE.test(answer.text), where).toBe(false);
        expect(answer.ms, where).toBeLessThan(HANG_MS);
      }),
      { numRuns: REQUESTS },
    );
    const health = await fetch(`${system.rt.url}/health`);
    expect(health.status, explain(system)).toBe(200);
    // The mutations reach handlers (successes and the 4xx classes), not only the body parser.
    for (const status of [200, 201, 400, 404])
      expect([status, statuses.has(status)]).toStrictEqual([status, true]);
    console.log(`fuzz: ${REQUESTS} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  }, 300_000);
});

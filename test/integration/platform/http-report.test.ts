import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalSecretBox, generateSecretsKey } from '../../../functions/adapters/local-secrets';
import { createHttpAgent, ForbiddenAddressError, type Lookup } from '../../../functions/agents/http/http';
import { createReportAgent } from '../../../functions/agents/report/report';
import { runAgentTask } from '../../../functions/agents/runner';
import { createActivityStore } from '../../../functions/data/activity';
import { createTenantRepository } from '../../../functions/data/tenants';
import { NonRetriableError, RetriableError } from '../../../functions/shared/errors';
import type { TaskMeta } from '../../../statemachines/contracts';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';
import { tickingClock } from './fixtures';

let db: TestDatabase;
const clock = tickingClock('2026-11-25T15:30:00.000Z');
const secrets = createLocalSecretBox(generateSecretsKey());
let server: Server;
let port: number;
const hits: string[] = [];

beforeAll(async () => {
  db = await startTestDatabase();
  server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/json') {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString('utf8');
      });
      req.on('end', () => {
        res.writeHead(201, { 'content-type': 'application/json', 'x-trace': 'abc' });
        res.end(JSON.stringify({ ok: true, echo: body ? JSON.parse(body) : null, method: req.method }));
      });
      return;
    }
    if (url.pathname === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('x'.repeat(1024 * 1024 + 10));
      return;
    }
    if (url.pathname === '/slow') {
      setTimeout(() => {
        res.writeHead(200);
        res.end('late');
      }, 1500).unref();
      return;
    }
    if (url.pathname === '/redirect') {
      res.writeHead(302, { location: url.searchParams.get('to') ?? '/' });
      res.end();
      return;
    }
    if (url.pathname === '/down') {
      res.writeHead(503);
      res.end();
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('nope');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await db.close();
});

let seq = 0;
const meta = (tenantId: string): TaskMeta => ({
  tenantId,
  workflowId: 'wf',
  runId: `run-${++seq}`,
  executionId: `exec-${seq}`,
  stepId: 'call',
  itemIndex: -1,
});
const tenants = () => createTenantRepository({ db, secrets, clock });

/** Test DNS: names map to fixed answers, so "public" names that resolve to private addresses can be simulated. */
const fakeDns =
  (table: Record<string, string[]>): Lookup =>
  async (host) => {
    const answers = table[host];
    if (!answers) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return answers.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };

const call = (tenantId: string, input: Record<string, unknown>, lookup?: Lookup) =>
  runAgentTask({
    area: 'http',
    ...createHttpAgent({ db, clock, secrets, ...(lookup ? { lookup } : {}) }),
    deps: { db, clock },
    payload: { action: 'http.request', input, meta: meta(tenantId) },
  });

describe('http.request SSRF protection', () => {
  it('GIVEN no allow-list WHEN a workflow calls 127.0.0.1 THEN it is refused before any connection', async () => {
    const before = hits.length;
    const err = await call('h-default', { url: `http://127.0.0.1:${port}/json` }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ForbiddenAddressError);
    expect(err).toBeInstanceOf(NonRetriableError);
    expect((err as Error).message).toContain('loopback address');
    expect(hits.length).toBe(before);
  });

  it('GIVEN the metadata address WHEN called directly or through a name that resolves to it THEN it is refused', async () => {
    await expect(call('h-default', { url: 'http://169.254.169.254/latest/meta-data/' })).rejects.toThrow(
      /link-local address \(cloud metadata\)/,
    );
    await expect(call('h-default', { url: 'http://[::ffff:169.254.169.254]/' })).rejects.toThrow(
      /cloud metadata/,
    );
    const dns = fakeDns({ 'metadata.attacker.example': ['93.184.216.34', '169.254.169.254'] });
    await expect(call('h-default', { url: 'http://metadata.attacker.example/' }, dns)).rejects.toThrow(
      /metadata\.attacker\.example is 169\.254\.169\.254, a link-local address/,
    );
  });

  it('GIVEN a name resolving to loopback or a ULA WHEN called THEN it is refused (the check is on the resolved address)', async () => {
    const dns = fakeDns({ 'internal.example': ['127.0.0.1'], 'v6.example': ['fd00::5'] });
    await expect(call('h-default', { url: `http://internal.example:${port}/json` }, dns)).rejects.toThrow(
      /loopback/,
    );
    await expect(call('h-default', { url: 'http://v6.example/' }, dns)).rejects.toThrow(/unique local/);
  });

  it('GIVEN the tenant allow-lists 127.0.0.1/32 WHEN called THEN the request goes through with method, JSON body and headers', async () => {
    await tenants().updateSettings('h-allowed', { httpAllowList: ['127.0.0.1/32'] });
    const out = await call('h-allowed', {
      url: `http://127.0.0.1:${port}/json`,
      method: 'POST',
      body: { lead: 'ada' },
      headers: { 'X-Api-Key': 'k' },
    });
    expect(out).toEqual({
      status: 201,
      headers: expect.objectContaining({ 'content-type': 'application/json', 'x-trace': 'abc' }),
      body: { ok: true, echo: { lead: 'ada' }, method: 'POST' },
    });
    expect(await call('h-allowed', { url: `http://127.0.0.1:${port}/missing` })).toMatchObject({
      status: 404,
      body: 'nope',
    });
  });

  it('GIVEN tenant A allow-lists loopback WHEN tenant B calls it THEN B is still refused', async () => {
    await tenants().updateSettings('h-a', { httpAllowList: ['127.0.0.1'] });
    await expect(call('h-b', { url: `http://127.0.0.1:${port}/json` })).rejects.toBeInstanceOf(
      ForbiddenAddressError,
    );
  });

  it('GIVEN an allow-listed host name WHEN it redirects to a forbidden address THEN the redirect is refused', async () => {
    await tenants().updateSettings('h-redirect', { httpAllowList: ['hooks.internal'] });
    const dns = fakeDns({ 'hooks.internal': ['127.0.0.1'] });
    const ok = await call('h-redirect', { url: `http://hooks.internal:${port}/json` }, dns);
    expect(ok).toMatchObject({ status: 201 });
    const target = encodeURIComponent('http://169.254.169.254/latest/meta-data/');
    await expect(
      call('h-redirect', { url: `http://hooks.internal:${port}/redirect?to=${target}` }, dns),
    ).rejects.toThrow(/cloud metadata/);
    const viaLoopback = encodeURIComponent(`http://127.0.0.1:${port}/json`);
    await expect(
      call('h-redirect', { url: `http://hooks.internal:${port}/redirect?to=${viaLoopback}` }, dns),
    ).rejects.toThrow(/loopback/);
  });

  it('GIVEN a response over 1 MB WHEN read THEN the request fails for good at the size limit', async () => {
    await tenants().updateSettings('h-size', { httpAllowList: ['127.0.0.1'] });
    await expect(call('h-size', { url: `http://127.0.0.1:${port}/big` })).rejects.toThrow(
      new NonRetriableError('http.request: the response is larger than 1048576 bytes'),
    );
  });

  it('GIVEN a slow endpoint WHEN the timeout passes THEN the request is aborted as retriable', async () => {
    await tenants().updateSettings('h-slow', { httpAllowList: ['127.0.0.1'] });
    const err = await call('h-slow', { url: `http://127.0.0.1:${port}/slow`, timeoutMs: 200 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(RetriableError);
    expect((err as Error).message).toBe('http.request: no complete response from 127.0.0.1 within 200 ms');
  });

  it('GIVEN a header value with a line break WHEN called THEN the request is refused for good as malformed', async () => {
    await tenants().updateSettings('h-crlf', { httpAllowList: ['127.0.0.1'] });
    await expect(
      call('h-crlf', { url: `http://127.0.0.1:${port}/json`, headers: { 'x-evil': 'a\r\nInjected: 1' } }),
    ).rejects.toThrow(new NonRetriableError('http.request: the request is malformed (ERR_INVALID_CHAR)'));
  });

  it('GIVEN a 503 WHEN called THEN the error is retriable', async () => {
    await tenants().updateSettings('h-down', { httpAllowList: ['127.0.0.1'] });
    await expect(call('h-down', { url: `http://127.0.0.1:${port}/down` })).rejects.toBeInstanceOf(
      RetriableError,
    );
  });
});

describe('http.request through the local outbox fetch', () => {
  it('GIVEN the local runtime fetch WHEN a workflow calls a public host THEN the request goes through it with method, headers and body; literal private addresses are still refused', async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = [];
    const via = async (url: string, init?: RequestInit) => {
      seen.push({ url, init });
      if (url.includes('/moved'))
        return new Response(null, { status: 302, headers: { location: 'http://10.0.0.5/admin' } });
      return new Response(JSON.stringify({ ok: true, outbox: true }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    };
    const agent = createHttpAgent({ db, clock, secrets, via });
    const run = (input: Record<string, unknown>) =>
      runAgentTask({
        area: 'http',
        ...agent,
        deps: { db, clock },
        payload: { action: 'http.request', input, meta: meta('h-via') },
      });
    expect(await run({ url: 'https://api.example.com/hooks', method: 'POST', body: { a: 1 } })).toEqual({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: { ok: true, outbox: true },
    });
    const first = seen[0] as { url: string; init: RequestInit };
    expect(first.url).toBe('https://api.example.com/hooks');
    expect(first.init.method).toBe('POST');
    expect(first.init.redirect).toBe('manual');
    expect(Buffer.from(first.init.body as Uint8Array).toString('utf8')).toBe('{"a":1}');
    expect((first.init.headers as Record<string, string>)['content-type']).toBe('application/json');
    await expect(run({ url: 'http://169.254.169.254/latest' })).rejects.toBeInstanceOf(ForbiddenAddressError);
    await expect(run({ url: 'https://api.example.com/moved' })).rejects.toThrow(
      /10\.0\.0\.5 is a private address/,
    );
    expect(seen.map((x) => x.url)).toEqual([
      'https://api.example.com/hooks',
      'https://api.example.com/moved',
    ]);
  });
});

describe('report.summarize', () => {
  const record = (tenantId: string, type: string, time: string, detail: Record<string, unknown> = {}) =>
    createActivityStore({ db, clock }).record({
      id: `${tenantId}-${type}-${time}-${++seq}`,
      source: `dynaris.${type.split('.')[0]}`,
      detailType: type,
      time,
      detail: { tenantId, ...detail },
    });

  const seed = async (tenantId: string) => {
    await tenants().updateSettings(tenantId, { timezone: 'Europe/Berlin' });
    // "yesterday" in Berlin on 2026-11-25 is 2026-11-23T23:00Z .. 2026-11-24T23:00Z
    await record(tenantId, 'lead.created', '2026-11-23T22:59:59.000Z', {
      lead: { name: 'Too early', value: 99_000 },
    });
    await record(tenantId, 'lead.created', '2026-11-23T23:00:00.000Z', {
      lead: { name: 'Ada', company: 'ACME', value: 12_000 },
    });
    await record(tenantId, 'lead.created', '2026-11-24T09:00:00.000Z', {
      lead: { name: 'Small', value: 100 },
    });
    await record(tenantId, 'email.sent', '2026-11-24T10:00:00.000Z');
    await record(tenantId, 'invoice.paid', '2026-11-24T11:00:00.000Z', {
      invoice: { number: 'INV-0007', totalCents: 119_000, currency: 'EUR', customerName: 'ACME' },
    });
    await record(tenantId, 'workflow.failed', '2026-11-24T12:00:00.000Z', {
      workflowName: 'Welcome',
      error: { error: 'NonRetriableError', cause: 'Slack is not connected' },
    });
    await record(tenantId, 'email.sent', '2026-11-24T22:59:59.999Z');
    await record(tenantId, 'email.sent', '2026-11-24T23:00:00.000Z');
    await record(`${tenantId}-other`, 'email.sent', '2026-11-24T10:00:00.000Z');
  };

  it('GIVEN activity around yesterday (Berlin) WHEN summarized without a model THEN counts and notable items are exact for that local day', async () => {
    await seed('rp-1');
    const out = await runAgentTask({
      area: 'report',
      ...createReportAgent({
        db,
        clock,
        secrets,
        llm: undefined,
        activity: createActivityStore({ db, clock }),
      }),
      deps: { db, clock },
      payload: {
        action: 'report.summarize',
        input: { period: 'yesterday', title: 'Daily report' },
        meta: meta('rp-1'),
      },
    });
    expect(out).toEqual({
      summary: [
        'Daily report: Tue 24 Nov 2026, 00:00 – Wed 25 Nov 2026, 00:00 (Europe/Berlin)',
        '',
        '6 events:',
        '- email.sent: 2',
        '- lead.created: 2',
        '- invoice.paid: 1',
        '- workflow.failed: 1',
        '',
        'Notable:',
        '- High-value lead: Ada (ACME), value 12,000',
        '- Invoice INV-0007 paid by ACME (1,190.00 EUR)',
        '- Workflow "Welcome" failed: Slack is not connected',
      ].join('\n'),
      counts: { 'lead.created': 2, 'email.sent': 2, 'invoice.paid': 1, 'workflow.failed': 1 },
      from: '2026-11-23T23:00:00.000Z',
      to: '2026-11-24T23:00:00.000Z',
    });
  });

  it('GIVEN a model WHEN summarized THEN Bedrock writes the text from the digest while counts stay computed', async () => {
    await seed('rp-2');
    const client = new BedrockRuntimeClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    const bedrock = mockClient(client);
    bedrock.on(ConverseCommand).resolves({
      output: {
        message: { role: 'assistant', content: [{ text: 'One workflow failed; ACME paid INV-0007.' }] },
      },
      stopReason: 'end_turn',
      usage: { inputTokens: 100, outputTokens: 12, totalTokens: 112 },
      metrics: { latencyMs: 1 },
    });
    const out = await runAgentTask({
      area: 'report',
      ...createReportAgent({
        db,
        clock,
        secrets,
        llm: { client, modelId: 'report-model' },
        activity: createActivityStore({ db, clock }),
      }),
      deps: { db, clock },
      payload: {
        action: 'report.summarize',
        input: { since: '2026-11-24T00:00:00Z', until: '2026-11-24T12:00:00Z' },
        meta: meta('rp-2'),
      },
    });
    expect(out.counts).toEqual({ 'lead.created': 1, 'email.sent': 1, 'invoice.paid': 1 });
    expect(out.summary).toBe(
      'Activity report: Tue 24 Nov 2026, 01:00 – Tue 24 Nov 2026, 13:00 (Europe/Berlin)\n\nOne workflow failed; ACME paid INV-0007.',
    );
    const input = bedrock.commandCalls(ConverseCommand)[0]?.args[0].input;
    expect(input?.modelId).toBe('report-model');
    const prompt = input?.messages?.[0]?.content?.[0]?.text ?? '';
    expect(prompt.split('\n').slice(0, 2)).toEqual([
      'Report title: Activity report',
      'Period: Tue 24 Nov 2026, 01:00 – Tue 24 Nov 2026, 13:00 (Europe/Berlin)',
    ]);
    const data = JSON.parse(prompt.split('Data (JSON): ')[1] ?? '{}');
    expect(data).toEqual({
      total: 3,
      counts: { 'lead.created': 1, 'email.sent': 1, 'invoice.paid': 1 },
      truncated: false,
      notable: {
        highValueLeads: [],
        paidInvoices: [{ number: 'INV-0007', totalCents: 119000, currency: 'EUR', customer: 'ACME' }],
        overdueInvoices: [],
        failedRuns: [],
      },
    });
  });
});

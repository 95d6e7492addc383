import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../functions/engine/clock';
import { LocalBus } from '../../../infra/local/bus';
import { buildApiEvent, matchTemplate, serveHttp, toApiGatewayEvent } from '../../../infra/local/http-server';
import { createOutboxFetch, createOutboxMailer, Outbox, tenantScope } from '../../../infra/local/outbox';
import { LocalScheduler, parseScheduleExpression } from '../../../infra/local/scheduler';

const START = new Date('2026-03-02T08:00:00.000Z');
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('local bus', () => {
  it('GIVEN two targets WHEN events are published THEN each gets every event in the EventBridge envelope and the archive keeps them per tenant', async () => {
    const clock = new VirtualClock(START);
    const bus = new LocalBus({ clock });
    const seen: string[] = [];
    bus.addTarget({ name: 'a', handle: async (e) => void seen.push(`a:${e['detail-type']}:${e.id}`) });
    bus.addTarget({ name: 'b', handle: async (e) => void seen.push(`b:${e.source}:${e.time}`) });
    await bus.publish([
      { detailType: 'lead.created', source: 'dynaris.lead', detail: { tenantId: 't1' }, id: 'e1' },
      { detailType: 'lead.updated', source: 'dynaris.lead', detail: { tenantId: 't2' } },
    ]);
    await bus.flush();
    expect(seen.sort()).toEqual([
      'a:lead.created:e1',
      `a:lead.updated:${bus.events({ tenantId: 't2' })[0]?.id}`,
      `b:dynaris.lead:${START.toISOString()}`,
      `b:dynaris.lead:${START.toISOString()}`,
    ]);
    expect(bus.events({ tenantId: 't1' }).map((e) => e.id)).toEqual(['e1']);
    await expect(bus.publish([{ detailType: 'x', source: 's', detail: { tenantId: '' } }])).rejects.toThrow(
      /tenantId/,
    );
  });

  it('GIVEN a target that fails WHEN retries run out THEN the event lands in the dead letters with the error, and one that recovers gets it once', async () => {
    const bus = new LocalBus({ clock: new VirtualClock(START), retryDelaysMs: [1, 1] });
    let flaky = 0;
    const delivered: string[] = [];
    bus.addTarget({
      name: 'broken',
      handle: async () => {
        throw new Error('down');
      },
    });
    bus.addTarget({
      name: 'flaky',
      handle: async (e) => {
        flaky += 1;
        if (flaky < 2) throw new Error('busy');
        delivered.push(e.id);
      },
    });
    await bus.publish([
      { detailType: 'lead.created', source: 'dynaris.lead', detail: { tenantId: 't1' }, id: 'e1' },
    ]);
    await bus.flush();
    expect(delivered).toEqual(['e1']);
    expect(bus.deadLetters()).toEqual([
      expect.objectContaining({ target: 'broken', error: 'Error: down', attempts: 3 }),
    ]);
  });
});

describe('local scheduler', () => {
  it('GIVEN cron, rate and at schedules WHEN virtual time passes THEN each starts its target at the times Scheduler would, with the scheduled time substituted', async () => {
    const clock = new VirtualClock(START);
    const starts: { name: string; input: unknown }[] = [];
    const scheduler = new LocalScheduler({
      clock,
      engine: {
        startExecution: async (req) => {
          starts.push({ name: req.name, input: req.input });
          return { executionArn: `arn:${req.name}`, alreadyStarted: false };
        },
      },
    });
    const spec = (name: string, expression: string, timezone = 'UTC') => ({
      name,
      groupName: 'g',
      expression,
      timezone,
      description: name,
      flexibleWindow: { mode: 'OFF' as const },
      target: {
        arn: 'arn:sm',
        roleArn: 'arn:role',
        input: JSON.stringify({ trigger: { scheduledTime: '<aws.scheduler.scheduled-time>' } }),
        retryPolicy: { maximumEventAgeInSeconds: 60, maximumRetryAttempts: 1 },
      },
      state: 'ENABLED' as const,
    });
    await scheduler.create(spec('berlin', 'cron(0 17 * * ? *)', 'Europe/Berlin'));
    await scheduler.create(spec('hourly', 'rate(6 hours)'));
    await scheduler.create(spec('once', 'at(2026-03-02T12:30:00)', 'America/New_York'));
    expect(scheduler.nextFire('g', 'berlin')?.toISOString()).toBe('2026-03-02T16:00:00.000Z');

    while ((clock.nextDue() ?? Number.POSITIVE_INFINITY) <= START.getTime() + 86_400_000) {
      clock.fireNext();
      await settle();
      await settle();
    }
    const times = starts.map(
      (s) =>
        `${s.name.split('-')[0]}@${(s.input as { trigger: { scheduledTime: string } }).trigger.scheduledTime}`,
    );
    expect(times).toEqual([
      'hourly@2026-03-02T14:00:00.000Z',
      'berlin@2026-03-02T16:00:00.000Z',
      'once@2026-03-02T17:30:00.000Z',
      'hourly@2026-03-02T20:00:00.000Z',
      'hourly@2026-03-03T02:00:00.000Z',
      'hourly@2026-03-03T08:00:00.000Z',
    ]);
    await scheduler.delete('g', 'hourly');
    expect(await scheduler.get('g', 'hourly')).toBeUndefined();
    expect(() => parseScheduleExpression('every day', 'UTC')).toThrow();
    scheduler.stopAll();
  });
});

describe('HTTP front', () => {
  it('GIVEN a Node request WHEN converted THEN it is the API Gateway v2 event: lower-case headers, route key and path parameters, query, cookies, base64 for binary bodies', async () => {
    const routes = [{ method: 'POST', path: '/webhooks/{tenantId}/{source}' }];
    const fake = {
      url: '/webhooks/t1/typeform?x=1&x=2&y=z',
      method: 'post',
      headers: {
        'Content-Type': 'application/octet-stream',
        'X-Dynaris-Delivery': 'd1',
        cookie: 'a=1; b=2',
        host: 'localhost:3000',
      },
      httpVersion: '1.1',
      socket: { remoteAddress: '127.0.0.1' },
    } as unknown as http.IncomingMessage;
    const event = toApiGatewayEvent(fake, Buffer.from([0xff, 0x00, 0x01]), {
      routes,
      now: () => START,
    }) as unknown as Record<string, unknown>;
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'POST /webhooks/{tenantId}/{source}',
      rawPath: '/webhooks/t1/typeform',
      rawQueryString: 'x=1&x=2&y=z',
      queryStringParameters: { x: '1,2', y: 'z' },
      pathParameters: { tenantId: 't1', source: 'typeform' },
      cookies: ['a=1', 'b=2'],
      isBase64Encoded: true,
      body: Buffer.from([0xff, 0x00, 0x01]).toString('base64'),
      requestContext: {
        http: { method: 'POST', path: '/webhooks/t1/typeform', sourceIp: '127.0.0.1' },
        timeEpoch: START.getTime(),
      },
    });
    expect(event.headers).toEqual({
      'content-type': 'application/octet-stream',
      'x-dynaris-delivery': 'd1',
      host: 'localhost:3000',
    });
    expect(typeof (event.requestContext as { requestId: string }).requestId).toBe('string');
    expect(matchTemplate('/workflows/{id}', '/workflows/')).toBeUndefined();
    expect((buildApiEvent('GET', '/health') as unknown as { routeKey: string }).routeKey).toBe('$default');
  });

  it('GIVEN a path parameter that is not valid percent-encoding WHEN requested THEN the answer is 400 naming the segment, and the handler is not called', async () => {
    let called = false;
    const server = await serveHttp({
      port: 0,
      routes: [{ method: 'GET', path: '/workflows/{id}' }],
      handle: async () => {
        called = true;
        return { statusCode: 200 };
      },
    });
    try {
      const res = await fetch(`${server.url}/workflows/%E0%A4%A`);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        error: { code: 'BadRequest', message: 'Path segment "%E0%A4%A" is not valid percent-encoding' },
      });
      expect(called).toBe(false);
    } finally {
      await server.close();
    }
  });

  it('GIVEN a handler WHEN served on loopback THEN status, headers and body come back as the handler returned them', async () => {
    const server = await serveHttp({
      port: 0,
      handle: async (event) => ({
        statusCode: 201,
        headers: { 'Content-Type': 'application/json', 'X-Echo': event.requestContext.http.method },
        body: JSON.stringify({ body: event.body ?? null }),
      }),
    });
    try {
      const res = await fetch(`${server.url}/anything`, {
        method: 'PUT',
        body: '{"a":1}',
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBe(201);
      expect(res.headers.get('x-echo')).toBe('PUT');
      expect(await res.json()).toEqual({ body: '{"a":1}' });
      expect(server.port).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });
});

describe('outbox', () => {
  it('GIVEN emails and HTTP calls WHEN sent THEN they are recorded per tenant; only let-through URLs really leave, secrets in headers are masked', async () => {
    const clock = new VirtualClock(START);
    const outbox = new Outbox();
    const hits: string[] = [];
    const server = http.createServer((req, res) => {
      hits.push(`${req.method} ${req.url}`);
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const real = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const fetchOut = createOutboxFetch(outbox, {
        clock,
        passthrough: [real],
        slackUrls: ['https://hooks.slack.test/'],
      });
      await createOutboxMailer(outbox, clock).send({
        tenantId: 't1',
        from: 'a@x.io',
        to: ['b@x.io'],
        subject: 'S',
        text: 'T',
      });
      await tenantScope.run('t2', async () => {
        const slack = await fetchOut('https://hooks.slack.test/abc', {
          method: 'POST',
          body: '{"text":"hi"}',
        });
        expect(await slack.text()).toBe('ok');
        await fetchOut(`${real}sync`, {
          method: 'POST',
          body: new TextEncoder().encode('{"n":1}'),
          headers: { authorization: 'Bearer s3cret' },
        });
      });
      expect(hits).toEqual(['POST /sync']);
      expect(outbox.list({ tenantId: 't1' }).map((m) => [m.kind, m.subject])).toEqual([['email', 'S']]);
      expect(outbox.list({ tenantId: 't2' })).toEqual([
        expect.objectContaining({ kind: 'slack', body: { text: 'hi' }, delivered: false }),
        expect.objectContaining({
          kind: 'http',
          body: { n: 1 },
          delivered: true,
          response: { status: 200 },
          headers: { authorization: '***' },
        }),
      ]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

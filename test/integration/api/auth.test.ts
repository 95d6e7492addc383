import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, TENANT_A, welcomeWorkflow } from '../../support/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(async () => api.close());

describe('authentication, authorization and limits', () => {
  it('GIVEN no credentials WHEN a tenant route is called THEN 401 saying what to send', async () => {
    const res = await api.call('GET', '/workflows', { as: 'none' });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({
      code: 'Unauthorized',
      message: expect.stringMatching(/x-api-key/),
    });
  });

  it('GIVEN an unknown API key WHEN used THEN 401', async () => {
    const res = await api.call('GET', '/workflows', {
      as: 'none',
      headers: { 'x-api-key': 'dyn_forged_key' },
    });
    expect(res.status).toBe(401);
  });

  it('GIVEN a revoked API key WHEN used THEN 401 at once', async () => {
    const key = await api.tenants.createApiKey(TENANT_A, 'temp');
    expect(
      (await api.call('GET', '/settings', { as: 'none', headers: { 'x-api-key': key.key } })).status,
    ).toBe(200);
    await api.tenants.revokeApiKey(TENANT_A, key.keyId);
    expect(
      (await api.call('GET', '/settings', { as: 'none', headers: { 'x-api-key': key.key } })).status,
    ).toBe(401);
  });

  it('GIVEN a bearer token that no authorizer validated WHEN used THEN 401 (tokens are never trusted unverified)', async () => {
    const forged = `eyJhbGciOiJub25lIn0.${Buffer.from(JSON.stringify({ 'custom:tenantId': TENANT_A })).toString('base64url')}.`;
    const res = await api.call('GET', '/workflows', {
      as: 'none',
      headers: { authorization: `Bearer ${forged}` },
    });
    expect(res.status).toBe(401);
  });

  it('GIVEN JWT claims validated by API Gateway WHEN they carry a tenant THEN the caller acts for that tenant and is recorded by email', async () => {
    const claims = { sub: 'user-1', email: 'ops@acme.io', 'custom:tenantId': TENANT_A };
    const created = await api.call('POST', '/workflows', { as: 'none', claims, body: welcomeWorkflow() });
    expect(created.status).toBe(201);
    expect(created.body.workflow).toMatchObject({ tenantId: TENANT_A, createdBy: 'ops@acme.io' });
  });

  it('GIVEN JWT claims without a tenant claim WHEN used THEN 403', async () => {
    const res = await api.call('GET', '/workflows', {
      as: 'none',
      claims: { sub: 'user-2', email: 'x@y.z' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('Forbidden');
  });

  it('GIVEN a tenant in the body or query WHEN creating THEN it is ignored: the tenant comes from the principal', async () => {
    const res = await api.call('POST', '/leads?tenantId=tenant-b', {
      as: 'a',
      body: { email: 'who@example.com', tenantId: 'tenant-b' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ path: 'body.tenantId', message: 'Unknown field' }]);
    const ok = await api.call('POST', '/leads?tenantId=tenant-b', {
      as: 'a',
      body: { email: 'who@example.com' },
    });
    expect(ok.status).toBe(201);
    expect((await api.call('GET', `/leads/${ok.body.id}`, { as: 'b' })).status).toBe(404);
  });

  it('GIVEN a burst over the per-key limit WHEN requests continue THEN 429 with Retry-After, per key, refilled over time', async () => {
    const harness = await startApiHarness({ rateLimit: { burst: 3, ratePerSecond: 1 } });
    try {
      for (let i = 0; i < 3; i++) expect((await harness.call('GET', '/settings')).status).toBe(200);
      const limited = await harness.call('GET', '/settings');
      expect(limited.status).toBe(429);
      expect(limited.headers['retry-after']).toBe('1');
      expect(limited.body.error.code).toBe('TooManyRequests');
      expect((await harness.call('GET', '/settings', { as: 'b' })).status).toBe(200);
      expect((await harness.call('GET', '/health', { as: 'none' })).status).toBe(200);
      harness.platform.clock.advance(1000);
      expect((await harness.call('GET', '/settings')).status).toBe(200);
    } finally {
      await harness.close();
    }
  });

  it('GIVEN repeated bad API keys from one address WHEN they continue THEN 429 (key guessing is throttled)', async () => {
    const harness = await startApiHarness({ rateLimit: { burst: 3, ratePerSecond: 1 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push(
          (await harness.call('GET', '/settings', { as: 'none', headers: { 'x-api-key': `guess-${i}` } }))
            .status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      expect((await harness.call('GET', '/settings')).status).toBe(200);
    } finally {
      await harness.close();
    }
  });

  it('GIVEN the Lambda entry points WHEN invoked through middy with the configured platform THEN they answer like the app', async () => {
    const { setPlatform } = await import('../../../functions/shared/platform');
    const { handler } = await import('../../../functions/api/handler');
    const { handler: workflowsHandler } = await import('../../../functions/api/workflows-handler');
    const { handler: dataHandler } = await import('../../../functions/api/data-handler');
    const { handler: docsHandler } = await import('../../../functions/api/docs-handler');
    const { openApiDocument } = await import('../../../functions/api/app');
    const { handler: webhookHandler } = await import('../../../functions/webhooks/handler');
    const { httpEvent } = await import('../../support/http-events');
    setPlatform(api.platform);
    const asA = { headers: { 'x-api-key': api.keys.a } };
    try {
      const health = await handler(httpEvent('GET', '/health'), {} as never);
      expect(health.statusCode).toBe(200);
      expect((await handler(httpEvent('GET', '/settings', asA), {} as never)).statusCode).toBe(200);
      expect((await handler(httpEvent('GET', '/settings'), {} as never)).statusCode).toBe(401);
      const listed = await workflowsHandler(httpEvent('GET', '/workflows', asA), {} as never);
      expect(listed.statusCode).toBe(200);
      expect((await dataHandler(httpEvent('GET', '/leads', asA), {} as never)).statusCode).toBe(200);
      const docs = await docsHandler(httpEvent('GET', '/openapi.json'), {} as never);
      expect(docs.statusCode).toBe(200);
      expect(JSON.parse(docs.body ?? '{}').paths).toStrictEqual(openApiDocument().paths);
      const unknownTenant = await webhookHandler(
        httpEvent('POST', '/webhooks/nobody/generic', { body: {}, headers: { 'x-dynaris-delivery': 'd' } }),
        {} as never,
      );
      expect(unknownTenant.statusCode).toBe(401);
    } finally {
      setPlatform(undefined);
    }
  });

  it('GIVEN a known path WHEN called with another method THEN 405 with Allow; an unknown path is 404', async () => {
    const harness = await startApiHarness();
    try {
      const res = await harness.call('PATCH', '/workflows');
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('POST, GET');
      expect((await harness.call('GET', '/nothing-here')).status).toBe(404);
    } finally {
      await harness.close();
    }
  });

  it('GIVEN a body over 256 KB WHEN posted to the API THEN 413', async () => {
    const harness = await startApiHarness();
    try {
      const res = await harness.call('POST', '/leads', {
        body: { email: 'big@example.com', fields: { blob: 'x'.repeat(300 * 1024) } },
      });
      expect(res.status).toBe(413);
    } finally {
      await harness.close();
    }
  });
});

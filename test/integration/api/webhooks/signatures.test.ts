import { describe, expect, it } from 'vitest';
import type { HttpResult } from '../../../../functions/shared/http';
import { signatureHeader } from '../../../../functions/webhooks/webhooks';
import { httpEvent, jsonOf } from '../../../support/http-events';
import { SECRET_A, SECRET_B, useWebhookHarness } from '../../../support/webhook-harness';

const { platform, handle, nowSeconds, post } = useWebhookHarness();

describe('inbound webhooks: signatures, tolerance and tenant binding', () => {
  it('GIVEN a signature made with another secret WHEN posted THEN 401 and nothing published', async () => {
    const res = await post('tenant-a', 'generic', '{"a":1}', { secret: SECRET_B });
    expect(res.statusCode).toBe(401);
    expect(jsonOf(res)).toMatchObject({
      error: { code: 'Unauthorized', message: 'Signature does not match' },
    });
    expect(platform().published).toHaveLength(0);
  });

  it('GIVEN a body changed after signing WHEN posted THEN 401', async () => {
    const res = await post('tenant-a', 'generic', '{"amount":9999}', { signedBody: '{"amount":1}' });
    expect(res.statusCode).toBe(401);
    expect(platform().published).toHaveLength(0);
  });

  it('GIVEN a timestamp older than 5 minutes WHEN posted THEN 401 saying it is outside the tolerance', async () => {
    const res = await post('tenant-a', 'generic', '{}', { timestamp: nowSeconds() - 301 });
    expect(res.statusCode).toBe(401);
    expect((jsonOf(res).error as { message: string }).message).toMatch(/outside the tolerance/);
  });

  it('GIVEN a timestamp more than 5 minutes in the future WHEN posted THEN 401 (tolerance both ways)', async () => {
    const res = await post('tenant-a', 'generic', '{}', { timestamp: nowSeconds() + 301 });
    expect(res.statusCode).toBe(401);
    expect((jsonOf(res).error as { message: string }).message).toMatch(/outside the tolerance/);
  });

  it('GIVEN a timestamp just inside the tolerance WHEN posted THEN it is accepted', async () => {
    expect((await post('tenant-a', 'generic', '{}', { timestamp: nowSeconds() - 299 })).statusCode).toBe(202);
    expect((await post('tenant-a', 'generic', '{}', { timestamp: nowSeconds() + 299 })).statusCode).toBe(202);
  });

  it('GIVEN no or a malformed signature header WHEN posted THEN 401', async () => {
    const noSig = await handle(
      httpEvent('POST', '/webhooks/tenant-a/generic', {
        rawBody: '{}',
        headers: { 'x-dynaris-delivery': 'x1' },
      }),
    );
    expect(noSig.statusCode).toBe(401);
    expect((await post('tenant-a', 'generic', '{}', { signature: 'v1=abc' })).statusCode).toBe(401);
    expect(
      (await post('tenant-a', 'generic', '{}', { signature: `t=${nowSeconds()},v1=${'0'.repeat(63)}` }))
        .statusCode,
    ).toBe(401);
  });

  it('GIVEN a valid signature WHEN the delivery header is missing THEN 400 naming it', async () => {
    const res = await post('tenant-a', 'generic', '{}', { deliveryId: null });
    expect(res.statusCode).toBe(400);
    expect((jsonOf(res).error as { message: string }).message).toMatch(/x-dynaris-delivery/);
  });

  it('GIVEN an unknown tenant WHEN posted THEN the answer is exactly that of a wrong signature (no tenant probing)', async () => {
    const unknown = await post('tenant-zz', 'generic', '{}');
    const forged = await post('tenant-a', 'generic', '{}', { secret: 'whsec_not_the_right_one_0123' });
    const refusal = (res: HttpResult) => {
      const { code, message } = jsonOf(res).error as { code: string; message: string };
      return { status: res.statusCode, code, message };
    };
    expect(refusal(unknown)).toStrictEqual({
      status: 401,
      code: 'Unauthorized',
      message: 'Signature does not match',
    });
    expect(refusal(forged)).toStrictEqual(refusal(unknown));
    expect(unknown.body).not.toMatch(/tenant-zz|secret/i);
    // Missing headers too: the same refusal whether the tenant exists or not.
    const bare = (tenant: string) =>
      handle(httpEvent('POST', `/webhooks/${tenant}/generic`, { rawBody: '{}', headers: {} }));
    expect(refusal(await bare('tenant-zz'))).toStrictEqual(refusal(await bare('tenant-a')));
  });

  it('GIVEN a delivery signed for one source WHEN replayed to another source path of the same tenant THEN 401 and nothing published', async () => {
    const body = JSON.stringify({ email: 'grace@example.com' });
    const t = nowSeconds();
    const sig = signatureHeader(SECRET_A, t, { tenantId: 'tenant-a', source: 'form' }, body);
    expect((await post('tenant-a', 'form', body, { signature: sig, deliveryId: 'bound-1' })).statusCode).toBe(
      202,
    );
    const moved = await post('tenant-a', 'generic', body, { signature: sig, deliveryId: 'bound-1' });
    expect(moved.statusCode).toBe(401);
    expect(platform().published).toHaveLength(1);
  });

  it("GIVEN tenant A's secret WHEN posting to tenant B's endpoint THEN 401 and no event in either tenant", async () => {
    const res = await post('tenant-b', 'generic', '{}', { secret: SECRET_A });
    expect(res.statusCode).toBe(401);
    expect(platform().published).toHaveLength(0);
  });
});

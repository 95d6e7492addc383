import { describe, expect, it } from 'vitest';
import { signatureHeader, webhookEventId } from '../../../../functions/webhooks/webhooks';
import { httpEvent, jsonOf } from '../../../support/http-events';
import { SECRET_A, useWebhookHarness } from '../../../support/webhook-harness';

const { platform, handle, nowSeconds, post } = useWebhookHarness();

describe('inbound webhooks: deliveries, de-duplication and replays', () => {
  it('GIVEN a correctly signed generic JSON webhook WHEN posted THEN 202 and one webhook.received event with an id derived from the delivery', async () => {
    const res = await post(
      'tenant-a',
      'acme-crm',
      JSON.stringify({ type: 'charge.succeeded', amount: 4200 }),
      {
        deliveryId: 'evt-1',
      },
    );
    expect(res.statusCode).toBe(202);
    const eventId = webhookEventId('tenant-a', 'acme-crm', 'evt-1');
    expect(jsonOf(res)).toEqual({
      accepted: true,
      eventId,
      deliveryId: 'evt-1',
      eventType: 'webhook.received',
    });
    expect(platform().published).toEqual([
      {
        id: eventId,
        source: 'dynaris.webhook',
        detailType: 'webhook.received',
        time: platform().clock.now().toISOString(),
        detail: {
          tenantId: 'tenant-a',
          webhook: { source: 'acme-crm', deliveryId: 'evt-1' },
          payload: { type: 'charge.succeeded', amount: 4200 },
        },
      },
    ]);
  });

  it('GIVEN the same delivery id twice WHEN re-sent (new signature) THEN 200 duplicate and no second event', async () => {
    const body = JSON.stringify({ n: 1 });
    expect((await post('tenant-a', 'generic', body, { deliveryId: 'dup-1' })).statusCode).toBe(202);
    platform().clock.advance(30_000);
    const again = await post('tenant-a', 'generic', body, { deliveryId: 'dup-1' });
    expect(again.statusCode).toBe(200);
    expect(jsonOf(again)).toMatchObject({ duplicate: true, deliveryId: 'dup-1' });
    expect(platform().published).toHaveLength(1);
  });

  it('GIVEN a captured request WHEN replayed byte for byte THEN 200 duplicate and no second event', async () => {
    const body = JSON.stringify({ n: 2 });
    const t = nowSeconds();
    const headers = {
      'content-type': 'application/json',
      'x-dynaris-signature': signatureHeader(SECRET_A, t, { tenantId: 'tenant-a', source: 'generic' }, body),
      'x-dynaris-delivery': 'replay-1',
    };
    const event = () => httpEvent('POST', '/webhooks/tenant-a/generic', { rawBody: body, headers });
    expect((await handle(event())).statusCode).toBe(202);
    const replay = await handle(event());
    expect(replay.statusCode).toBe(200);
    expect(jsonOf(replay)).toMatchObject({ duplicate: true });
    expect(platform().published).toHaveLength(1);
  });

  it('GIVEN a captured signed request WHEN replayed under a new delivery id THEN it is recognised as a replay', async () => {
    const body = JSON.stringify({ n: 3 });
    const t = nowSeconds();
    const sig = signatureHeader(SECRET_A, t, { tenantId: 'tenant-a', source: 'generic' }, body);
    expect((await post('tenant-a', 'generic', body, { signature: sig, deliveryId: 'orig' })).statusCode).toBe(
      202,
    );
    const replay = await post('tenant-a', 'generic', body, { signature: sig, deliveryId: 'forged' });
    expect(replay.statusCode).toBe(200);
    expect(jsonOf(replay)).toMatchObject({ duplicate: true, reason: expect.stringMatching(/replay/) });
    expect(platform().published).toHaveLength(1);
  });

  it('GIVEN the bus is down WHEN a delivery arrives THEN 503 and the retried delivery is published once', async () => {
    platform().failNextPublish();
    const first = await post('tenant-a', 'generic', '{"x":1}', { deliveryId: 'outage-1' });
    expect(first.statusCode).toBe(503);
    expect(platform().published).toHaveLength(0);
    platform().clock.advance(1000);
    const retry = await post('tenant-a', 'generic', '{"x":1}', { deliveryId: 'outage-1' });
    expect(retry.statusCode).toBe(202);
    expect(platform().published).toHaveLength(1);
  });
});

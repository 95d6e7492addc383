import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTenantRepository } from '../../../functions/data/tenants';
import type { HttpEvent, HttpResult } from '../../../functions/shared/http';
import { createWebhookDeps, createWebhookHandler } from '../../../functions/webhooks/handler';
import { signatureHeader } from '../../../functions/webhooks/webhooks';
import { startTestPlatform, type TestPlatform } from '../../support/api-platform';
import { httpEvent, jsonOf } from '../../support/http-events';

const STRIPE = 'whsec_stripe_of_tenant_a_0123';
const CALENDLY = 'calendly-signing-key-tenant-a';
const SLACK = '8f742231b10e8888abcd99yyyzzz85a5';
const GITHUB = 'github-hook-secret';
const GENERIC = 'generic-secret-0123456789abcdef';
const OWN = 'whsec_tenant_a_own_0123456789';

let platform: TestPlatform;
let handle: (event: HttpEvent) => Promise<HttpResult>;
const now = () => Math.floor(platform.clock.now().getTime() / 1000);
const hmac = (secret: string, data: string, encoding: 'hex' | 'base64' = 'hex') =>
  createHmac('sha256', secret).update(data).digest(encoding);

const send = (tenant: string, source: string, body: string, headers: Record<string, string>) =>
  handle(
    httpEvent('POST', `/webhooks/${tenant}/${source}`, {
      rawBody: body,
      headers: { 'content-type': 'application/json', ...headers },
    }),
  );

const stripe = (tenant: string, body: string, secret = STRIPE) => {
  const t = now();
  return send(tenant, 'stripe', body, { 'stripe-signature': `t=${t},v1=${hmac(secret, `${t}.${body}`)}` });
};

const stripeInvoicePaid = JSON.stringify({
  id: 'evt_1Paid',
  object: 'event',
  type: 'invoice.paid',
  data: {
    object: {
      id: 'in_1Abc',
      object: 'invoice',
      number: 'INV-0042',
      customer_email: 'ada@example.com',
      customer_name: 'Ada Lovelace',
      currency: 'eur',
      subtotal: 10000,
      tax: 1900,
      total: 11900,
      amount_paid: 11900,
      created: 1_764_000_000,
      status_transitions: { paid_at: 1_764_050_000 },
      lines: { data: [{ description: 'Consulting', quantity: 2, amount: 10000 }] },
    },
  },
});

beforeAll(async () => {
  platform = await startTestPlatform();
  const tenants = createTenantRepository({
    db: platform.db,
    secrets: platform.secrets,
    clock: platform.clock,
  });
  await tenants.setWebhookSecret('tenant-a', OWN);
  await tenants.setWebhookSecret('tenant-b', 'whsec_tenant_b_own_0123456789');
  await tenants.updateSettings('tenant-a', {
    integrations: {
      webhookSecrets: {
        stripe: STRIPE,
        calendly: CALENDLY,
        slack: SLACK,
        github: GITHUB,
        'my-crm': {
          secret: GENERIC,
          header: 'X-CRM-Signature',
          algorithm: 'sha256',
          encoding: 'base64',
          prefix: 'v1=',
          deliveryHeader: 'X-CRM-Id',
        },
      },
    },
  });
  handle = createWebhookHandler(createWebhookDeps(platform), () => undefined);
});
afterAll(async () => platform.close());
beforeEach(() => {
  platform.published.length = 0;
});

describe('provider webhook secrets in the settings', () => {
  it('GIVEN secrets set through the settings WHEN read back THEN they are masked and stored encrypted', async () => {
    const tenants = createTenantRepository({
      db: platform.db,
      secrets: platform.secrets,
      clock: platform.clock,
    });
    const settings = await tenants.getTenantSettings('tenant-a');
    expect(settings.integrations.webhookSecrets).toMatchObject({
      stripe: 'whsec_…0123',
      'my-crm': {
        header: 'x-crm-signature',
        algorithm: 'sha256',
        encoding: 'base64',
        prefix: 'v1=',
        secret: '…cdef',
      },
    });
    expect(JSON.stringify(settings)).not.toContain(STRIPE);
    const stored = await platform.db.doc.send(
      new (await import('@aws-sdk/lib-dynamodb')).GetCommand({
        TableName: platform.db.tableName,
        Key: { pk: 'T#tenant-a#TENANT', sk: 'SETTINGS' },
      }),
    );
    expect(JSON.stringify(stored.Item)).not.toContain(STRIPE);
  });

  it('GIVEN a source secret set to null WHEN saved THEN that source no longer verifies', async () => {
    const tenants = createTenantRepository({
      db: platform.db,
      secrets: platform.secrets,
      clock: platform.clock,
    });
    await tenants.updateSettings('tenant-b', { integrations: { webhookSecrets: { stripe: STRIPE } } });
    expect((await stripe('tenant-b', stripeInvoicePaid)).statusCode).toBe(202);
    await tenants.updateSettings('tenant-b', { integrations: { webhookSecrets: { stripe: null } } });
    expect((await stripe('tenant-b', JSON.stringify({ id: 'evt_2' }))).statusCode).toBe(401);
  });
});

describe('provider deliveries', () => {
  it('GIVEN a Stripe invoice.paid event WHEN delivered THEN 202 and invoice.paid carrying the invoice and the raw payload', async () => {
    const res = await stripe('tenant-a', stripeInvoicePaid);
    expect(res.statusCode).toBe(202);
    expect(jsonOf(res)).toMatchObject({ deliveryId: 'evt_1Paid', eventType: 'invoice.paid' });
    expect(platform.published[0]).toMatchObject({
      detailType: 'invoice.paid',
      source: 'dynaris.invoice',
      detail: {
        tenantId: 'tenant-a',
        webhook: { source: 'stripe', deliveryId: 'evt_1Paid', type: 'invoice.paid' },
        invoice: {
          id: 'stripe:in_1Abc',
          status: 'paid',
          totalCents: 11900,
          paidCents: 11900,
          currency: 'EUR',
        },
        payload: JSON.parse(stripeInvoicePaid),
      },
    });
  });

  it('GIVEN the same Stripe event re-sent with a fresh signature WHEN delivered THEN 200 duplicate by the event id', async () => {
    expect((await stripe('tenant-a', stripeInvoicePaid)).statusCode).toBe(200);
    platform.clock.advance(60_000);
    const again = await stripe('tenant-a', stripeInvoicePaid);
    expect(again.statusCode).toBe(200);
    expect(jsonOf(again)).toMatchObject({ duplicate: true, deliveryId: 'evt_1Paid' });
    expect(platform.published).toHaveLength(0);
  });

  it("GIVEN tenant A's Stripe secret WHEN the event is posted to tenant B or an unknown tenant THEN 401, alike", async () => {
    const b = await stripe('tenant-b', JSON.stringify({ id: 'evt_x' }));
    const unknown = await stripe('tenant-nobody', JSON.stringify({ id: 'evt_x' }));
    expect([b.statusCode, unknown.statusCode]).toStrictEqual([401, 401]);
    expect((jsonOf(b).error as { message: string }).message).toBe(
      (jsonOf(unknown).error as { message: string }).message,
    );
  });

  it('GIVEN a Calendly invitee.created WHEN delivered THEN booking.created with the booking', async () => {
    const body = JSON.stringify({
      event: 'invitee.created',
      payload: {
        uri: 'https://api.calendly.com/scheduled_events/EV1/invitees/INV1',
        email: 'grace@example.com',
        name: 'Grace Hopper',
        scheduled_event: {
          name: 'Intro call',
          start_time: '2026-12-01T10:00:00.000000Z',
          end_time: '2026-12-01T10:30:00.000000Z',
        },
      },
    });
    const t = now();
    const res = await send('tenant-a', 'calendly', body, {
      'calendly-webhook-signature': `t=${t},v1=${hmac(CALENDLY, `${t}.${body}`)}`,
    });
    expect(res.statusCode).toBe(202);
    expect(platform.published[0]).toMatchObject({
      detailType: 'booking.created',
      detail: {
        booking: {
          id: 'calendly:INV1',
          title: 'Intro call',
          attendeeEmail: 'grace@example.com',
          status: 'confirmed',
        },
      },
    });
  });

  it("GIVEN Slack's url_verification WHEN signed THEN the challenge is answered and nothing is published", async () => {
    const body = JSON.stringify({ token: 'x', challenge: 'c-123', type: 'url_verification' });
    const t = now();
    const res = await send('tenant-a', 'slack', body, {
      'x-slack-request-timestamp': String(t),
      'x-slack-signature': `v0=${hmac(SLACK, `v0:${t}:${body}`)}`,
    });
    expect(res.statusCode).toBe(200);
    expect(jsonOf(res)).toStrictEqual({ challenge: 'c-123' });
    expect(platform.published).toHaveLength(0);
  });

  it('GIVEN a GitHub delivery WHEN replayed under a new X-GitHub-Delivery THEN the replay is recognised', async () => {
    const body = JSON.stringify({ ref: 'refs/heads/main', after: 'abc' });
    const headers = { 'x-hub-signature-256': `sha256=${hmac(GITHUB, body)}`, 'x-github-event': 'push' };
    const first = await send('tenant-a', 'github', body, { ...headers, 'x-github-delivery': 'gh-1' });
    expect(first.statusCode).toBe(202);
    expect(platform.published[0]?.detail).toMatchObject({
      webhook: { type: 'push' },
      payload: { after: 'abc' },
    });
    const replay = await send('tenant-a', 'github', body, { ...headers, 'x-github-delivery': 'gh-forged' });
    expect(jsonOf(replay)).toMatchObject({ duplicate: true, reason: expect.stringMatching(/replay/) });
    expect(platform.published).toHaveLength(1);
  });

  it('GIVEN a source with a configured generic HMAC WHEN signed that way THEN 202; our own header is not accepted for it', async () => {
    const body = JSON.stringify({ contact: 'x' });
    const ok = await send('tenant-a', 'my-crm', body, {
      'x-crm-signature': `v1=${hmac(GENERIC, body, 'base64')}`,
      'x-crm-id': 'crm-1',
    });
    expect(ok.statusCode).toBe(202);
    expect(jsonOf(ok)).toMatchObject({ deliveryId: 'crm-1', eventType: 'webhook.received' });
    const t = now();
    const ours = await send('tenant-a', 'my-crm', body, {
      'x-dynaris-signature': signatureHeader(OWN, t, { tenantId: 'tenant-a', source: 'my-crm' }, body),
      'x-dynaris-delivery': 'crm-2',
    });
    expect(ours.statusCode).toBe(401);
  });
});

describe('limits', () => {
  it('GIVEN a body under 1 MB whose event would pass 256 KB WHEN delivered THEN 413 naming the limit, nothing published or recorded', async () => {
    const body = JSON.stringify({ blob: 'x'.repeat(300 * 1024) });
    const t = now();
    const post = () =>
      send('tenant-a', 'generic', body, {
        'x-dynaris-signature': signatureHeader(OWN, t, { tenantId: 'tenant-a', source: 'generic' }, body),
        'x-dynaris-delivery': 'big-1',
      });
    const res = await post();
    expect(res.statusCode).toBe(413);
    expect((jsonOf(res).error as { message: string }).message).toMatch(/262144 bytes/);
    expect(platform.published).toHaveLength(0);
    // Not recorded as received: the same delivery is refused the same way, not answered as a duplicate.
    expect((await post()).statusCode).toBe(413);
  });

  it('GIVEN a form whose email field is 200,000 characters WHEN delivered THEN it is accepted and no lead address is invented', async () => {
    const body = JSON.stringify({ email: `${'a'.repeat(200_000)}@`, name: 'Long' });
    const t = now();
    const res = await send('tenant-a', 'form', body, {
      'x-dynaris-signature': signatureHeader(OWN, t, { tenantId: 'tenant-a', source: 'form' }, body),
      'x-dynaris-delivery': 'long-1',
    });
    expect(res.statusCode).toBe(202);
    expect(platform.published[0]?.detail).toMatchObject({ lead: null });
  });
});

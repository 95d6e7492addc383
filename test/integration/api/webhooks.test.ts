import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmailTracking } from '../../../functions/agents/email/tracking';
import { createLeadRepository } from '../../../functions/data/leads';
import { createTenantRepository } from '../../../functions/data/tenants';
import type { HttpEvent, HttpResult } from '../../../functions/shared/http';
import { createWebhookDeps, createWebhookHandler } from '../../../functions/webhooks/handler';
import { signatureHeader, webhookEventId } from '../../../functions/webhooks/webhooks';
import { startTestPlatform, type TestPlatform } from '../../support/api-platform';
import { httpEvent, jsonOf } from '../../support/http-events';

const SECRET_A = 'whsec_tenant_a_0123456789abcdef';
const SECRET_B = 'whsec_tenant_b_0123456789abcdef';
const TYPEFORM_SECRET = 'typeform-secret-of-a';

let platform: TestPlatform;
let handle: (event: HttpEvent) => Promise<HttpResult>;
let delivery = 0;

const nowSeconds = () => Math.floor(platform.clock.now().getTime() / 1000);

const post = (
  tenant: string,
  source: string,
  body: string,
  options: {
    secret?: string;
    timestamp?: number;
    deliveryId?: string | null;
    contentType?: string;
    signature?: string;
    signedBody?: string;
    headers?: Record<string, string>;
  } = {},
) => {
  const deliveryId = options.deliveryId === undefined ? `d-${++delivery}` : options.deliveryId;
  const t = options.timestamp ?? nowSeconds();
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/json',
    'x-dynaris-signature':
      options.signature ??
      signatureHeader(
        options.secret ?? SECRET_A,
        t,
        { tenantId: tenant, source },
        options.signedBody ?? body,
      ),
    ...(deliveryId !== null ? { 'x-dynaris-delivery': deliveryId } : {}),
    ...options.headers,
  };
  return handle(httpEvent('POST', `/webhooks/${tenant}/${source}`, { rawBody: body, headers }));
};

beforeAll(async () => {
  platform = await startTestPlatform();
  const tenants = createTenantRepository({
    db: platform.db,
    secrets: platform.secrets,
    clock: platform.clock,
  });
  await tenants.setWebhookSecret('tenant-a', SECRET_A);
  await tenants.setWebhookSecret('tenant-b', SECRET_B);
  await tenants.updateSettings('tenant-a', {
    integrations: { webhookSecrets: { typeform: TYPEFORM_SECRET } },
  });
  handle = createWebhookHandler(createWebhookDeps(platform), () => undefined);
});
afterAll(async () => platform.close());
beforeEach(() => {
  platform.published.length = 0;
});

describe('inbound webhooks', () => {
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
    expect(platform.published).toEqual([
      {
        id: eventId,
        source: 'dynaris.webhook',
        detailType: 'webhook.received',
        time: platform.clock.now().toISOString(),
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
    platform.clock.advance(30_000);
    const again = await post('tenant-a', 'generic', body, { deliveryId: 'dup-1' });
    expect(again.statusCode).toBe(200);
    expect(jsonOf(again)).toMatchObject({ duplicate: true, deliveryId: 'dup-1' });
    expect(platform.published).toHaveLength(1);
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
    expect(platform.published).toHaveLength(1);
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
    expect(platform.published).toHaveLength(1);
  });

  it('GIVEN a signature made with another secret WHEN posted THEN 401 and nothing published', async () => {
    const res = await post('tenant-a', 'generic', '{"a":1}', { secret: SECRET_B });
    expect(res.statusCode).toBe(401);
    expect(jsonOf(res)).toMatchObject({
      error: { code: 'Unauthorized', message: 'Signature does not match' },
    });
    expect(platform.published).toHaveLength(0);
  });

  it('GIVEN a body changed after signing WHEN posted THEN 401', async () => {
    const res = await post('tenant-a', 'generic', '{"amount":9999}', { signedBody: '{"amount":1}' });
    expect(res.statusCode).toBe(401);
    expect(platform.published).toHaveLength(0);
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
    expect(platform.published).toHaveLength(1);
  });

  it("GIVEN tenant A's secret WHEN posting to tenant B's endpoint THEN 401 and no event in either tenant", async () => {
    const res = await post('tenant-b', 'generic', '{}', { secret: SECRET_A });
    expect(res.statusCode).toBe(401);
    expect(platform.published).toHaveLength(0);
  });

  it('GIVEN a body over 1 MB WHEN posted THEN 413', async () => {
    const big = JSON.stringify({ blob: 'x'.repeat(1024 * 1024) });
    const res = await post('tenant-a', 'generic', big);
    expect(res.statusCode).toBe(413);
  });

  it('GIVEN a JSON source WHEN the body is not JSON THEN 400 (and form-encoded is refused for it)', async () => {
    expect((await post('tenant-a', 'generic', 'not json')).statusCode).toBe(400);
    const form = await post('tenant-a', 'generic', 'a=1', {
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(form.statusCode).toBe(400);
    expect(platform.published).toHaveLength(0);
  });

  it('GIVEN a form source WHEN a form-encoded submission arrives THEN form.submitted with fields and the lead email', async () => {
    const res = await post(
      'tenant-a',
      'form',
      'form=Contact&email=Ada%40Example.com&name=Ada+Lovelace&msg=hi',
      {
        contentType: 'application/x-www-form-urlencoded',
        deliveryId: 'form-1',
      },
    );
    expect(res.statusCode).toBe(202);
    expect(platform.published[0]).toMatchObject({
      source: 'dynaris.form',
      detailType: 'form.submitted',
      detail: {
        tenantId: 'tenant-a',
        webhook: { source: 'form', deliveryId: 'form-1' },
        form: 'Contact',
        fields: { email: 'Ada@Example.com', name: 'Ada Lovelace', msg: 'hi' },
        lead: { email: 'ada@example.com', name: 'Ada Lovelace' },
      },
    });
  });

  it('GIVEN a Typeform payload WHEN posted THEN answers become fields keyed by their ref', async () => {
    const body = JSON.stringify({
      form_response: {
        form_id: 'abc',
        definition: { title: 'Demo request' },
        answers: [
          { type: 'email', email: 'grace@example.com', field: { ref: 'work_email' } },
          { type: 'text', text: 'Grace', field: { ref: 'first_name' } },
          { type: 'choice', choice: { label: 'Enterprise' }, field: { ref: 'plan' } },
        ],
      },
    });
    // Typeform signs with its own header: sha256=<base64 HMAC of the body> with the secret set in the settings.
    const typeform = await post('tenant-a', 'typeform', body, {
      signature: 'ignored',
      headers: {
        'typeform-signature': `sha256=${createHmac('sha256', TYPEFORM_SECRET).update(body).digest('base64')}`,
      },
    });
    expect(typeform.statusCode).toBe(202);
    expect(platform.published[0]?.detail).toMatchObject({
      form: 'Demo request',
      fields: { work_email: 'grace@example.com', first_name: 'Grace', plan: 'Enterprise' },
      lead: { email: 'grace@example.com', name: 'Grace' },
    });
  });

  it('GIVEN an inbound email WHEN posted THEN email.received with from, subject, text and the tracking id', async () => {
    const body = JSON.stringify({
      from: 'Ada <ada@example.com>',
      to: 'reply+trk_12345678@mail.example.com',
      subject: 'Re: your offer',
      text: 'Sounds good',
      inReplyTo: '<m-1@example.com>',
    });
    expect((await post('tenant-a', 'email', body, { deliveryId: 'mail-1' })).statusCode).toBe(202);
    expect(platform.published[0]).toMatchObject({
      source: 'dynaris.email',
      detailType: 'email.received',
      detail: {
        tenantId: 'tenant-a',
        webhook: { source: 'email', deliveryId: 'mail-1' },
        from: 'ada@example.com',
        subject: 'Re: your offer',
        text: 'Sounds good',
        trackingId: 'trk_12345678',
        inReplyTo: '<m-1@example.com>',
        leadId: null,
      },
    });
  });

  it('GIVEN a reply to a tracked email WHEN it arrives at the plus address THEN email.received names the lead', async () => {
    await createEmailTracking({ db: platform.db, clock: platform.clock }).record({
      tenantId: 'tenant-a',
      trackingId: 't0123456789abcdef01234567',
      messageId: '0100018c-abc',
      leadId: 'ld_42',
      to: 'ada@example.com',
      subject: 'Offer',
      workflowId: 'wf-1',
      runId: 'run-1',
      sentAt: platform.clock.now().toISOString(),
    });
    const body = JSON.stringify({
      from: 'ada@example.com',
      to: 'sales+r-t0123456789abcdef01234567@acme.io',
      subject: 'Re: Offer',
      text: 'Yes please',
    });
    expect((await post('tenant-a', 'email', body, { deliveryId: 'mail-2' })).statusCode).toBe(202);
    expect(platform.published[0]?.detail).toMatchObject({
      leadId: 'ld_42',
      trackingId: 't0123456789abcdef01234567',
    });
    const byHeader = JSON.stringify({
      from: 'ada@example.com',
      to: 'sales@acme.io',
      subject: 'Re: Offer',
      text: 'Again',
      headers: { 'In-Reply-To': '<0100018c-abc@eu-west-1.amazonses.com>' },
    });
    expect((await post('tenant-a', 'email', byHeader, { deliveryId: 'mail-3' })).statusCode).toBe(202);
    expect(platform.published[1]?.detail).toMatchObject({ leadId: 'ld_42' });
    // Another tenant's reply never resolves to tenant A's lead.
    const other = JSON.stringify({
      from: 'x@example.com',
      to: 'sales+r-t0123456789abcdef01234567@acme.io',
      text: 'hi',
    });
    const t = nowSeconds();
    const res = await handle(
      httpEvent('POST', '/webhooks/tenant-b/email', {
        rawBody: other,
        headers: {
          'x-dynaris-signature': signatureHeader(
            SECRET_B,
            t,
            { tenantId: 'tenant-b', source: 'email' },
            other,
          ),
          'x-dynaris-delivery': 'mail-b',
        },
      }),
    );
    expect(res.statusCode).toBe(202);
    expect(platform.published[2]?.detail).toMatchObject({ tenantId: 'tenant-b', leadId: null });
  });

  it('GIVEN a reply to an email sent to a stored lead WHEN it arrives THEN email.received carries the lead summary, and a reply whose lead was deleted carries lead null', async () => {
    const leads = createLeadRepository({ db: platform.db, clock: platform.clock });
    const { lead } = await leads.create('tenant-a', {
      email: 'bea@example.com',
      name: 'Bea',
      company: 'Acme',
      value: 900,
      tags: ['hot'],
      fields: { size: 5 },
    });
    const tracking = createEmailTracking({ db: platform.db, clock: platform.clock });
    const record = (trackingId: string, leadId: string) =>
      tracking.record({
        tenantId: 'tenant-a',
        trackingId,
        messageId: `msg-${trackingId}`,
        leadId,
        to: 'bea@example.com',
        subject: 'Offer',
        workflowId: 'wf-1',
        runId: 'run-1',
        sentAt: platform.clock.now().toISOString(),
      });
    await record('t1111111111111111111111111', lead.id);
    await record('t2222222222222222222222222', 'ld_gone');
    const reply = (trackingId: string) =>
      JSON.stringify({ from: 'bea@example.com', to: `sales+r-${trackingId}@acme.io`, text: 'Yes' });
    expect((await post('tenant-a', 'email', reply('t1111111111111111111111111'))).statusCode).toBe(202);
    expect((await post('tenant-a', 'email', reply('t2222222222222222222222222'))).statusCode).toBe(202);
    expect(platform.published[0]?.detail).toMatchObject({ leadId: lead.id });
    expect(platform.published[0]?.detail.lead).toStrictEqual({
      id: lead.id,
      email: 'bea@example.com',
      name: 'Bea',
      company: 'Acme',
      status: 'new',
      value: 900,
      tags: ['hot'],
    });
    expect(platform.published[1]?.detail).toMatchObject({ leadId: 'ld_gone', lead: null });
  });

  it('GIVEN the bus is down WHEN a delivery arrives THEN 503 and the retried delivery is published once', async () => {
    platform.failNextPublish();
    const first = await post('tenant-a', 'generic', '{"x":1}', { deliveryId: 'outage-1' });
    expect(first.statusCode).toBe(503);
    expect(platform.published).toHaveLength(0);
    platform.clock.advance(1000);
    const retry = await post('tenant-a', 'generic', '{"x":1}', { deliveryId: 'outage-1' });
    expect(retry.statusCode).toBe(202);
    expect(platform.published).toHaveLength(1);
  });

  it('GIVEN an email delivery already received WHEN it is delivered again THEN 200 duplicate without looking up its lead again', async () => {
    let lookups = 0;
    const counting = createWebhookHandler(
      createWebhookDeps(platform, {
        tracking: {
          resolve: async () => {
            lookups += 1;
            return undefined;
          },
        },
      }),
      () => undefined,
    );
    const body = JSON.stringify({ from: 'ada@example.com', to: 'sales@acme.io', text: 'hello' });
    const send = () => {
      const t = nowSeconds();
      return counting(
        httpEvent('POST', '/webhooks/tenant-a/email', {
          rawBody: body,
          headers: {
            'content-type': 'application/json',
            'x-dynaris-signature': signatureHeader(
              SECRET_A,
              t,
              { tenantId: 'tenant-a', source: 'email' },
              body,
            ),
            'x-dynaris-delivery': 'mail-dup-1',
          },
        }),
      );
    };
    expect((await send()).statusCode).toBe(202);
    platform.clock.advance(1000);
    const again = await send();
    expect(again.statusCode).toBe(200);
    expect(jsonOf(again)).toMatchObject({ duplicate: true, deliveryId: 'mail-dup-1' });
    expect(lookups).toBe(1);
    expect(platform.published).toHaveLength(1);
  });

  it('GIVEN the lead lookup of an inbound email fails WHEN it arrives THEN 503 (not 500) and the retried delivery is published once', async () => {
    let failing = true;
    const flaky = createWebhookHandler(
      createWebhookDeps(platform, {
        tracking: {
          resolve: async () => {
            if (failing) throw new Error('ProvisionedThroughputExceededException');
            return undefined;
          },
        },
      }),
      () => undefined,
    );
    const body = JSON.stringify({ from: 'ada@example.com', to: 'sales@acme.io', text: 'are you there?' });
    const send = () => {
      const t = nowSeconds();
      return flaky(
        httpEvent('POST', '/webhooks/tenant-a/email', {
          rawBody: body,
          headers: {
            'content-type': 'application/json',
            'x-dynaris-signature': signatureHeader(
              SECRET_A,
              t,
              { tenantId: 'tenant-a', source: 'email' },
              body,
            ),
            'x-dynaris-delivery': 'mail-flaky-1',
          },
        }),
      );
    };
    const first = await send();
    expect(first.statusCode).toBe(503);
    expect(JSON.stringify(jsonOf(first))).not.toMatch(/ProvisionedThroughput/);
    expect(platform.published).toHaveLength(0);
    failing = false;
    platform.clock.advance(1000);
    expect((await send()).statusCode).toBe(202);
    expect(platform.published).toHaveLength(1);
  });

  it('GIVEN an invalid source segment WHEN posted THEN 400 with the path parameter named', async () => {
    const res = await post('tenant-a', 'Bad Source!', '{}');
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(jsonOf(res))).toMatch(/path\.source/);
  });
});

import { describe, expect, it } from 'vitest';
import { createEmailTracking } from '../../../../functions/agents/email/tracking';
import { createLeadRepository } from '../../../../functions/data/leads';
import { createWebhookDeps, createWebhookHandler } from '../../../../functions/webhooks/handler';
import { signatureHeader } from '../../../../functions/webhooks/webhooks';
import { httpEvent, jsonOf } from '../../../support/http-events';
import { SECRET_A, SECRET_B, useWebhookHarness } from '../../../support/webhook-harness';

const { platform, handle, nowSeconds, post } = useWebhookHarness();

describe('inbound webhooks: email deliveries', () => {
  it('GIVEN an inbound email WHEN posted THEN email.received with from, subject, text and the tracking id', async () => {
    const body = JSON.stringify({
      from: 'Ada <ada@example.com>',
      to: 'reply+trk_12345678@mail.example.com',
      subject: 'Re: your offer',
      text: 'Sounds good',
      inReplyTo: '<m-1@example.com>',
    });
    expect((await post('tenant-a', 'email', body, { deliveryId: 'mail-1' })).statusCode).toBe(202);
    expect(platform().published[0]).toMatchObject({
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
    await createEmailTracking({ db: platform().db, clock: platform().clock }).record({
      tenantId: 'tenant-a',
      trackingId: 't0123456789abcdef01234567',
      messageId: '0100018c-abc',
      leadId: 'ld_42',
      to: 'ada@example.com',
      subject: 'Offer',
      workflowId: 'wf-1',
      runId: 'run-1',
      sentAt: platform().clock.now().toISOString(),
    });
    const body = JSON.stringify({
      from: 'ada@example.com',
      to: 'sales+r-t0123456789abcdef01234567@acme.io',
      subject: 'Re: Offer',
      text: 'Yes please',
    });
    expect((await post('tenant-a', 'email', body, { deliveryId: 'mail-2' })).statusCode).toBe(202);
    expect(platform().published[0]?.detail).toMatchObject({
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
    expect(platform().published[1]?.detail).toMatchObject({ leadId: 'ld_42' });
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
    expect(platform().published[2]?.detail).toMatchObject({ tenantId: 'tenant-b', leadId: null });
  });

  it('GIVEN a reply to an email sent to a stored lead WHEN it arrives THEN email.received carries the lead summary, and a reply whose lead was deleted carries lead null', async () => {
    const leads = createLeadRepository({ db: platform().db, clock: platform().clock });
    const { lead } = await leads.create('tenant-a', {
      email: 'bea@example.com',
      name: 'Bea',
      company: 'Acme',
      value: 900,
      tags: ['hot'],
      fields: { size: 5 },
    });
    const tracking = createEmailTracking({ db: platform().db, clock: platform().clock });
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
        sentAt: platform().clock.now().toISOString(),
      });
    await record('t1111111111111111111111111', lead.id);
    await record('t2222222222222222222222222', 'ld_gone');
    const reply = (trackingId: string) =>
      JSON.stringify({ from: 'bea@example.com', to: `sales+r-${trackingId}@acme.io`, text: 'Yes' });
    expect((await post('tenant-a', 'email', reply('t1111111111111111111111111'))).statusCode).toBe(202);
    expect((await post('tenant-a', 'email', reply('t2222222222222222222222222'))).statusCode).toBe(202);
    expect(platform().published[0]?.detail).toMatchObject({ leadId: lead.id });
    expect(platform().published[0]?.detail.lead).toStrictEqual({
      id: lead.id,
      email: 'bea@example.com',
      name: 'Bea',
      company: 'Acme',
      status: 'new',
      value: 900,
      tags: ['hot'],
    });
    expect(platform().published[1]?.detail).toMatchObject({ leadId: 'ld_gone', lead: null });
  });

  it('GIVEN an email delivery already received WHEN it is delivered again THEN 200 duplicate without looking up its lead again', async () => {
    let lookups = 0;
    const counting = createWebhookHandler(
      createWebhookDeps(platform(), {
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
    platform().clock.advance(1000);
    const again = await send();
    expect(again.statusCode).toBe(200);
    expect(jsonOf(again)).toMatchObject({ duplicate: true, deliveryId: 'mail-dup-1' });
    expect(lookups).toBe(1);
    expect(platform().published).toHaveLength(1);
  });

  it('GIVEN the lead lookup of an inbound email fails WHEN it arrives THEN 503 (not 500) and the retried delivery is published once', async () => {
    let failing = true;
    const flaky = createWebhookHandler(
      createWebhookDeps(platform(), {
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
    expect(platform().published).toHaveLength(0);
    failing = false;
    platform().clock.advance(1000);
    expect((await send()).statusCode).toBe(202);
    expect(platform().published).toHaveLength(1);
  });
});

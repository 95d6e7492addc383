import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { jsonOf } from '../../../support/http-events';
import { TYPEFORM_SECRET, useWebhookHarness } from '../../../support/webhook-harness';

const { platform, post } = useWebhookHarness();

describe('inbound webhooks: bodies, forms and provider payloads', () => {
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
    expect(platform().published).toHaveLength(0);
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
    expect(platform().published[0]).toMatchObject({
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

  it('GIVEN a form submission whose fields are named like members of every object (constructor, toString, valueOf, hasOwnProperty) WHEN posted THEN 202 with each field the string sent', async () => {
    const res = await post(
      'tenant-a',
      'form',
      'email=ada%40example.com&constructor=1&toString=2&valueOf=3&hasOwnProperty=4&toString=5',
      { contentType: 'application/x-www-form-urlencoded', deliveryId: 'form-members' },
    );
    expect(res.statusCode).toBe(202);
    const fields = (platform().published[0]?.detail as { fields?: unknown } | undefined)?.fields;
    // As text: a function (Object.prototype's constructor picked up as an earlier value) would show as null.
    expect(JSON.stringify(fields)).toBe(
      '{"email":"ada@example.com","constructor":"1","toString":["2","5"],"valueOf":"3","hasOwnProperty":"4"}',
    );
  });

  it('GIVEN a form submission with a field named __proto__ WHEN posted THEN 400 naming it and nothing is published', async () => {
    const res = await post('tenant-a', 'form', 'email=ada%40example.com&__proto__=x', {
      contentType: 'application/x-www-form-urlencoded',
      deliveryId: 'form-proto',
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(jsonOf(res))).toContain('body.__proto__');
    expect(platform().published).toHaveLength(0);
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
    expect(platform().published[0]?.detail).toMatchObject({
      form: 'Demo request',
      fields: { work_email: 'grace@example.com', first_name: 'Grace', plan: 'Enterprise' },
      lead: { email: 'grace@example.com', name: 'Grace' },
    });
  });

  it('GIVEN an invalid source segment WHEN posted THEN 400 with the path parameter named', async () => {
    const res = await post('tenant-a', 'Bad Source!', '{}');
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(jsonOf(res))).toMatch(/path\.source/);
  });
});

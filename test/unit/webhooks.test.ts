import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../functions/api/middleware/rate-limit';
import {
  eventNameForSource,
  leadOfFields,
  mapEmail,
  mapFormFields,
  parseWebhookBody,
} from '../../functions/webhooks/mapping';
import {
  parseTimestampedHeader as parseSignatureHeader,
  signatureHeader,
  signPayload as signFor,
  verifyDynarisSignature,
} from '../../functions/webhooks/signature';

const body = Buffer.from('{"a":1}');
const target = { tenantId: 't1', source: 'form' };
const signPayload = (secret: string, t: number, raw: Buffer) => signFor(secret, t, target, raw);
const verifySignature = (header: string, raw: Buffer, secrets: string[], now: number) =>
  verifyDynarisSignature(header, raw, secrets, target, now);

describe('webhook signatures', () => {
  it('GIVEN a header with two v1 values WHEN the secret was rotated THEN either secret verifies it', () => {
    const header = `t=1000,v1=${signPayload('old-secret-0123456789', 1000, body)},v1=${signPayload('new-secret-0123456789', 1000, body)}`;
    expect(verifySignature(header, body, ['new-secret-0123456789'], 1000)).toBe(
      signPayload('new-secret-0123456789', 1000, body),
    );
    expect(verifySignature(header, body, ['old-secret-0123456789'], 1000)).toBe(
      signPayload('old-secret-0123456789', 1000, body),
    );
    expect(() => verifySignature(header, body, ['other-secret-012345678'], 1000)).toThrow(/does not match/);
  });

  it('GIVEN malformed headers WHEN parsed THEN they are refused rather than half-read', () => {
    expect(parseSignatureHeader('t=abc,v1=00')).toBeUndefined();
    expect(parseSignatureHeader(`t=1,v1=${'z'.repeat(64)}`)).toBeUndefined();
    expect(parseSignatureHeader(`v1=${'a'.repeat(64)}`)).toBeUndefined();
    expect(parseSignatureHeader(` t = 5 , v1 = ${'A'.repeat(64)} `)).toEqual({
      timestamp: 5,
      signatures: ['a'.repeat(64)],
    });
  });

  it('GIVEN the tolerance WHEN the timestamp is exactly 300 s away THEN it passes; 301 s fails', () => {
    const header = signatureHeader('secret-0123456789ab', 1000, target, body);
    expect(() => verifySignature(header, body, ['secret-0123456789ab'], 1300)).not.toThrow();
    expect(() => verifySignature(header, body, ['secret-0123456789ab'], 700)).not.toThrow();
    expect(() => verifySignature(header, body, ['secret-0123456789ab'], 1301)).toThrow(
      /outside the tolerance/,
    );
  });
});

describe('webhook payload mapping', () => {
  it('GIVEN each source WHEN mapped THEN email, the form tools and the rest get their event', () => {
    expect(eventNameForSource('email')).toBe('email.received');
    for (const s of ['form', 'typeform', 'tally', 'webflow', 'jotform'])
      expect(eventNameForSource(s)).toBe('form.submitted');
    expect(eventNameForSource('stripe')).toBe('webhook.received');
  });

  it('GIVEN a Tally payload WHEN mapped THEN labelled fields and the form name', () => {
    expect(
      mapFormFields('tally', {
        data: {
          formName: 'Signup',
          fields: [
            { label: 'Email', value: 'a@b.co' },
            { key: 'q2', value: 3 },
          ],
        },
      }),
    ).toEqual({ form: 'Signup', fields: { Email: 'a@b.co', q2: 3 } });
  });

  it('GIVEN a Webflow payload WHEN mapped THEN its data object', () => {
    expect(
      mapFormFields('webflow', { payload: { name: 'Contact', data: { Name: 'Ada', Email: 'ada@x.io' } } }),
    ).toEqual({
      form: 'Contact',
      fields: { Name: 'Ada', Email: 'ada@x.io' },
    });
  });

  it('GIVEN a JotForm submission WHEN mapped THEN rawRequest answers win over the flat fields', () => {
    const mapped = mapFormFields('jotform', {
      formTitle: 'Quote',
      q1: 'flat',
      rawRequest: JSON.stringify({ q3_email: 'ops@acme.io', q4_name: 'Ops' }),
    });
    expect(mapped).toEqual({ form: 'Quote', fields: { q3_email: 'ops@acme.io', q4_name: 'Ops' } });
    expect(leadOfFields(mapped.fields)).toEqual({ email: 'ops@acme.io', name: null });
  });

  it('GIVEN fields WHEN the submitter is sought THEN an email-named field, else any email value, with the name', () => {
    expect(leadOfFields({ first_name: 'Grace', last_name: 'Hopper', contact: 'grace@navy.mil' })).toEqual({
      email: 'grace@navy.mil',
      name: 'Grace Hopper',
    });
    expect(leadOfFields({ message: 'no email here' })).toBeUndefined();
  });

  it('GIVEN Postmark and Mailgun inbound emails WHEN mapped THEN the same fields come out', () => {
    const postmark = mapEmail({
      From: 'Ada <ADA@example.com>',
      To: 'sales@acme.io',
      Subject: 'Hi',
      TextBody: 'Body',
      MessageID: 'pm-1',
      Headers: [{ Name: 'In-Reply-To', Value: '<abc@amazonses.com>' }],
    });
    expect(postmark.detail).toMatchObject({
      from: 'ada@example.com',
      subject: 'Hi',
      text: 'Body',
      messageId: 'pm-1',
      inReplyTo: '<abc@amazonses.com>',
    });
    const mailgun = mapEmail({
      sender: 'b@example.com',
      recipient: 'sales@acme.io',
      subject: 'Yo',
      'body-plain': 'Text',
      'Message-Id': '<m@x>',
    });
    expect(mailgun.detail).toMatchObject({ from: 'b@example.com', to: ['sales@acme.io'], text: 'Text' });
    expect(postmark.detail.to).toStrictEqual(['sales@acme.io']);
    expect(() => mapEmail({ subject: 'no sender' })).toThrow(/invalid/);
  });

  it.each([
    ['a To header with two addresses', { To: 'Orders <Orders@Acme.io>, "Doe, Jane" <jane@acme.io>' }],
    ['To and Cc', { to: 'orders@acme.io', cc: 'Jane <JANE@acme.io>' }],
    ['a list of addresses', { to: ['orders@acme.io', 'jane@acme.io'] }],
    [
      'provider objects',
      { To: [{ Email: 'ORDERS@acme.io', Name: 'Orders' }], Cc: [{ Email: 'jane@acme.io' }] },
    ],
    ['a repeated address', { to: 'orders@acme.io, jane@acme.io', cc: 'Orders@ACME.io' }],
  ])(
    'GIVEN an inbound email webhook with %s WHEN mapped THEN to lists every recipient once, lower-cased',
    (_t, to) => {
      const { detail } = mapEmail({ from: 'a@b.com', ...to });
      expect(detail.to).toStrictEqual(['orders@acme.io', 'jane@acme.io']);
    },
  );

  it('GIVEN an inbound email webhook with no recipient WHEN mapped THEN to is an empty list', () => {
    expect(mapEmail({ from: 'a@b.com' }).detail.to).toStrictEqual([]);
  });

  it('GIVEN bodies WHEN parsed per source THEN JSON for all, form-encoded only for form and email sources', () => {
    expect(parseWebhookBody('form', Buffer.from('a=1&a=2&b=x'), 'application/x-www-form-urlencoded')).toEqual(
      { a: ['1', '2'], b: 'x' },
    );
    expect(() => parseWebhookBody('stripe', Buffer.from('a=1'), 'application/x-www-form-urlencoded')).toThrow(
      /JSON/,
    );
    expect(() => parseWebhookBody('stripe', Buffer.from(''), 'application/json')).toThrow(/empty/);
    expect(() => parseWebhookBody('stripe', Buffer.from([0xff, 0xfe]), 'application/json')).toThrow(/UTF-8/);
  });
});

describe('the per-key token bucket', () => {
  it('GIVEN a burst of 2 at 1/s WHEN drained THEN 429 says when to retry and time refills it', () => {
    let now = 0;
    const limiter = createRateLimiter({ burst: 2, ratePerSecond: 1 }, { now: () => new Date(now) });
    limiter.take('k');
    limiter.take('k');
    expect(() => limiter.take('k')).toThrow(
      expect.objectContaining({ statusCode: 429, retryAfterSeconds: 1 }),
    );
    limiter.take('other');
    now += 1000;
    expect(() => limiter.take('k')).not.toThrow();
  });
});

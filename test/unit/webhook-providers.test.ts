import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { genericVerifier, VERIFIERS, type VerifyInput } from '../../functions/webhooks/providers';

/**
 * Each provider's documented signature scheme. GitHub and Slack publish worked examples (secret, payload and the
 * expected signature): those are verified as published. Stripe, Typeform, Shopify and Calendly document the
 * algorithm without a full vector: their vectors are built by the documented recipe. Every scheme is also tried
 * forged (wrong secret, tampered body), stale (timestamped schemes) and malformed.
 */

const input = (headers: Record<string, string>, body: string, secret: string, now = 0): VerifyInput => ({
  headers,
  rawBody: Buffer.from(body, 'utf8'),
  secrets: [secret],
  nowSeconds: now,
});

const hmac = (secret: string, data: string, encoding: 'hex' | 'base64' = 'hex') =>
  createHmac('sha256', secret).update(data).digest(encoding);

describe('GitHub: X-Hub-Signature-256 (the documentation example)', () => {
  const secret = "It's a Secret to Everybody";
  const payload = 'Hello, World!';
  const documented = 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17';

  it('GIVEN the documented secret, payload and signature WHEN verified THEN it passes', () => {
    expect(() =>
      VERIFIERS.github.verify(input({ 'x-hub-signature-256': documented }, payload, secret)),
    ).not.toThrow();
  });

  it.each([
    ['a tampered payload', documented, 'Hello, World?'],
    ['a flipped digit', documented.replace(/7$/, '8'), payload],
    ['the sha1 header format', `sha1=${createHmac('sha1', secret).update(payload).digest('hex')}`, payload],
  ])('GIVEN %s WHEN verified THEN 401', (_t, header, body) => {
    expect(() => VERIFIERS.github.verify(input({ 'x-hub-signature-256': header }, body, secret))).toThrow(
      expect.objectContaining({ statusCode: 401 }),
    );
  });

  it('GIVEN the delivery header WHEN read THEN it is the de-duplication id', () => {
    expect(
      VERIFIERS.github.deliveryIdOf({ 'x-github-delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958' }, {}),
    ).toBe('72d3162e-cc78-11e3-81ab-4c9367dc0958');
  });
});

describe('Slack: X-Slack-Signature v0 (the documentation example)', () => {
  const secret = '8f742231b10e8888abcd99yyyzzz85a5';
  const timestamp = 1531420618;
  const body =
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
  const documented = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';
  const headers = { 'x-slack-signature': documented, 'x-slack-request-timestamp': String(timestamp) };

  it('GIVEN the documented request at its own time WHEN verified THEN it passes', () => {
    expect(() => VERIFIERS.slack.verify(input(headers, body, secret, timestamp + 10))).not.toThrow();
  });

  it('GIVEN the documented request more than five minutes later WHEN verified THEN it is refused as stale', () => {
    expect(() => VERIFIERS.slack.verify(input(headers, body, secret, timestamp + 301))).toThrow(/tolerance/);
  });

  it('GIVEN the documented signature with another timestamp WHEN verified THEN 401', () => {
    const moved = { ...headers, 'x-slack-request-timestamp': String(timestamp + 1) };
    expect(() => VERIFIERS.slack.verify(input(moved, body, secret, timestamp))).toThrow(/does not match/);
  });

  it('GIVEN a missing timestamp header WHEN verified THEN 401 naming it', () => {
    expect(() =>
      VERIFIERS.slack.verify(input({ 'x-slack-signature': documented }, body, secret, timestamp)),
    ).toThrow(/X-Slack-Request-Timestamp/);
  });
});

describe('Stripe: Stripe-Signature t=,v1= over "<t>.<payload>"', () => {
  const secret = 'whsec_test_secret_0123456789';
  const payload = '{"id":"evt_1","object":"event","type":"invoice.paid"}';
  const t = 1_700_000_000;
  const v1 = hmac(secret, `${t}.${payload}`);

  it('GIVEN a header with t, v1 and a v0 WHEN verified THEN the v1 scheme passes and v0 is ignored', () => {
    const header = `t=${t},v1=${v1},v0=${'0'.repeat(64)}`;
    expect(VERIFIERS.stripe.verify(input({ 'stripe-signature': header }, payload, secret, t)).signature).toBe(
      v1,
    );
  });

  it('GIVEN two v1 signatures (a rolled secret) WHEN one matches THEN it passes', () => {
    const header = `t=${t},v1=${hmac('whsec_old_secret_000000', `${t}.${payload}`)},v1=${v1}`;
    expect(() =>
      VERIFIERS.stripe.verify(input({ 'stripe-signature': header }, payload, secret, t)),
    ).not.toThrow();
  });

  it.each([
    ['stale by 301 s', `t=${t},v1=${v1}`, payload, t + 301, /tolerance/],
    ['from the future by 301 s', `t=${t},v1=${v1}`, payload, t - 301, /tolerance/],
    ['a tampered payload', `t=${t},v1=${v1}`, payload.replace('paid', 'void'), t, /does not match/],
    ['a re-timestamped signature', `t=${t + 1},v1=${v1}`, payload, t, /does not match/],
    ['only a v0 signature', `t=${t},v0=${v1}`, payload, t, /Malformed/],
    ['no header', '', payload, t, /Missing Stripe-Signature/],
  ])('GIVEN %s WHEN verified THEN 401', (_t, header, body, now, message) => {
    const headers: Record<string, string> = header ? { 'stripe-signature': header } : {};
    expect(() => VERIFIERS.stripe.verify(input(headers, body, secret, now))).toThrow(message);
  });

  it("GIVEN an exactly 300 s old signature WHEN verified THEN it passes (Stripe's default tolerance)", () => {
    expect(() =>
      VERIFIERS.stripe.verify(input({ 'stripe-signature': `t=${t},v1=${v1}` }, payload, secret, t + 300)),
    ).not.toThrow();
  });

  it('GIVEN the event WHEN read THEN its id is the de-duplication id', () => {
    expect(VERIFIERS.stripe.deliveryIdOf({}, JSON.parse(payload))).toBe('evt_1');
  });
});

describe('Typeform, Shopify: base64 HMAC-SHA256 of the body', () => {
  const body = '{"event_id":"01HX","form_response":{"token":"tok"}}';

  it('GIVEN Typeform-Signature sha256=<base64> WHEN verified THEN it passes; hex or a tampered body fail', () => {
    const secret = 'typeform-secret';
    const good = { 'typeform-signature': `sha256=${hmac(secret, body, 'base64')}` };
    expect(() => VERIFIERS.typeform.verify(input(good, body, secret))).not.toThrow();
    expect(() =>
      VERIFIERS.typeform.verify(
        input({ 'typeform-signature': `sha256=${hmac(secret, body)}` }, body, secret),
      ),
    ).toThrow(/does not match/);
    expect(() => VERIFIERS.typeform.verify(input(good, `${body} `, secret))).toThrow(/does not match/);
    expect(VERIFIERS.typeform.deliveryIdOf({}, JSON.parse(body))).toBe('01HX');
  });

  it('GIVEN X-Shopify-Hmac-Sha256 <base64> WHEN verified THEN it passes; another secret fails', () => {
    const secret = 'shpss_0123456789abcdef';
    const headers = {
      'x-shopify-hmac-sha256': hmac(secret, body, 'base64'),
      'x-shopify-webhook-id': 'b54557e4',
    };
    expect(() => VERIFIERS.shopify.verify(input(headers, body, secret))).not.toThrow();
    expect(() => VERIFIERS.shopify.verify(input(headers, body, 'shpss_other_secret_000'))).toThrow(
      /does not match/,
    );
    expect(VERIFIERS.shopify.deliveryIdOf(headers, {})).toBe('b54557e4');
  });
});

describe('Calendly: Calendly-Webhook-Signature t=,v1= with a three-minute tolerance', () => {
  const key = 'calendly-signing-key';
  const body =
    '{"event":"invitee.created","payload":{"uri":"https://api.calendly.com/scheduled_events/E/invitees/I"}}';
  const t = 1_492_774_577;
  const header = `t=${t},v1=${hmac(key, `${t}.${body}`)}`;

  it('GIVEN a signature within three minutes WHEN verified THEN it passes; 181 s later it is stale', () => {
    expect(() =>
      VERIFIERS.calendly.verify(input({ 'calendly-webhook-signature': header }, body, key, t + 180)),
    ).not.toThrow();
    expect(() =>
      VERIFIERS.calendly.verify(input({ 'calendly-webhook-signature': header }, body, key, t + 181)),
    ).toThrow(/tolerance/);
  });

  it('GIVEN two deliveries of one invitee WHEN created and cancelled THEN their ids differ; a retry keeps its id', () => {
    const created = VERIFIERS.calendly.deliveryIdOf({}, JSON.parse(body));
    const cancelled = VERIFIERS.calendly.deliveryIdOf({}, JSON.parse(body.replace('created', 'canceled')));
    expect(created).toMatch(/^invitee\.created:/);
    expect(cancelled).not.toBe(created);
    expect(VERIFIERS.calendly.deliveryIdOf({}, JSON.parse(body))).toBe(created);
  });
});

describe('generic HMAC: header, algorithm, encoding and prefix configured', () => {
  it.each([
    ['sha256', 'hex', 'sha256='],
    ['sha1', 'hex', ''],
    ['sha512', 'base64', 'v1,'],
  ] as const)(
    'GIVEN %s %s with prefix "%s" WHEN verified THEN the right digest passes and a forged one fails',
    (algorithm, encoding, prefix) => {
      const secret = 'generic-secret-0123456789';
      const body = '{"id":42}';
      const verifier = genericVerifier({
        header: 'x-signature',
        algorithm,
        encoding,
        prefix,
        deliveryHeader: 'x-id',
      });
      const digest = createHmac(algorithm, secret).update(body).digest(encoding);
      expect(() =>
        verifier.verify(input({ 'x-signature': `${prefix}${digest}` }, body, secret)),
      ).not.toThrow();
      expect(() =>
        verifier.verify(input({ 'x-signature': `${prefix}${digest}` }, '{"id":43}', secret)),
      ).toThrow(/does not match/);
      expect(verifier.deliveryIdOf({ 'x-id': 'abc' }, {})).toBe('abc');
    },
  );
});

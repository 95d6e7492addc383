import { createHash, createHmac } from 'node:crypto';
import * as z from 'zod/mini';
import '../../statemachines/zod-kit';
import { UnauthorizedError } from '../shared/errors';
import { checkTimestamp, parseTimestampedHeader, SIGNATURE_REFUSED, safeEqual } from './signature';

/**
 * Provider webhook verifiers, each exactly as the provider documents its scheme:
 * - Stripe: `Stripe-Signature: t=<ts>,v1=<hex>[,v1=…][,v0=…]`, HMAC-SHA256 of `<t>.<body>`, 5 minutes tolerance.
 * - Typeform: `Typeform-Signature: sha256=<base64>`, HMAC-SHA256 of the body.
 * - GitHub: `X-Hub-Signature-256: sha256=<hex>`, HMAC-SHA256 of the body; `X-GitHub-Delivery` is the delivery id.
 * - Slack: `X-Slack-Signature: v0=<hex>`, HMAC-SHA256 of `v0:<X-Slack-Request-Timestamp>:<body>`, 5 minutes.
 * - Shopify: `X-Shopify-Hmac-Sha256: <base64>`, HMAC-SHA256 of the body; `X-Shopify-Webhook-Id` is the delivery id.
 * - Calendly: `Calendly-Webhook-Signature: t=<ts>,v1=<hex>`, HMAC-SHA256 of `<t>.<body>`, 3 minutes (Calendly's).
 * - A generic HMAC whose header, algorithm, encoding and prefix the tenant configures.
 * The secret is the tenant's for that source (PUT /settings integrations.webhookSecrets). Headers arrive lower-cased.
 */

export interface VerifyInput {
  readonly headers: Readonly<Record<string, string>>;
  readonly rawBody: Buffer;
  readonly secrets: readonly string[];
  readonly nowSeconds: number;
}

export interface Verified {
  /** The signature that matched: the per-tenant replay-guard key. */
  readonly signature: string;
}

export interface WebhookVerifier {
  /** The header that carries the signature (documentation and error messages). */
  readonly signatureHeader: string;
  verify(input: VerifyInput): Verified;
  /** The provider's delivery or event id, from the headers or the parsed body; undefined: use the signature. */
  deliveryIdOf(headers: Readonly<Record<string, string>>, payload: unknown): string | undefined;
}

export const PROVIDERS = ['stripe', 'typeform', 'github', 'slack', 'shopify', 'calendly'] as const;
export type Provider = (typeof PROVIDERS)[number];
export const isProvider = (source: string): source is Provider =>
  (PROVIDERS as readonly string[]).includes(source);

export const STRIPE_TOLERANCE_SECONDS = 300;
export const SLACK_TOLERANCE_SECONDS = 300;
export const CALENDLY_TOLERANCE_SECONDS = 180;

const hmac = (algorithm: string, secret: string, parts: readonly (string | Buffer)[]) => {
  const h = createHmac(algorithm, secret);
  for (const part of parts) h.update(part);
  return h;
};

const missing = (header: string): never => {
  throw new UnauthorizedError(`Missing ${header} header`);
};
const malformed = (header: string, expected: string): never => {
  throw new UnauthorizedError(`Malformed ${header} header; expected ${expected}`);
};
const refused = (): never => {
  throw new UnauthorizedError(SIGNATURE_REFUSED);
};

const field = (payload: unknown, ...path: string[]): string | undefined => {
  let current: unknown = payload;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' && current.length > 0 && current.length <= 200 ? current : undefined;
};

/** `t=…,v1=…` over `<t>.<body>` (Stripe, Calendly). */
const timestamped = (headerName: string, display: string, tolerance: number) => (input: VerifyInput) => {
  const header = input.headers[headerName] ?? missing(display);
  const parsed = parseTimestampedHeader(header) ?? malformed(display, 't=<unix seconds>,v1=<hex>');
  checkTimestamp(parsed.timestamp, input.nowSeconds, tolerance);
  for (const secret of input.secrets) {
    const expected = hmac('sha256', secret, [`${parsed.timestamp}.`, input.rawBody]).digest('hex');
    for (const candidate of parsed.signatures)
      if (safeEqual(expected, candidate, 'hex')) return { signature: candidate };
  }
  return refused();
};

/** `<prefix><digest>` over the body alone (Typeform, GitHub, Shopify, generic). */
const bodyDigest =
  (headerName: string, display: string, algorithm: string, encoding: 'hex' | 'base64', prefix: string) =>
  (input: VerifyInput): Verified => {
    const header = input.headers[headerName] ?? missing(display);
    if (!header.startsWith(prefix) || header.length > 1024)
      malformed(display, `${prefix}<${encoding} HMAC-${algorithm.toUpperCase()} of the body>`);
    const given = header.slice(prefix.length).trim();
    for (const secret of input.secrets) {
      const expected = hmac(algorithm, secret, [input.rawBody]).digest(encoding);
      if (safeEqual(expected, given, encoding)) return { signature: `${algorithm}:${expected}` };
    }
    return refused();
  };

const slackVerify = (input: VerifyInput): Verified => {
  const header = input.headers['x-slack-signature'] ?? missing('X-Slack-Signature');
  const stamp = input.headers['x-slack-request-timestamp'] ?? missing('X-Slack-Request-Timestamp');
  if (!/^\d{1,12}$/.test(stamp)) malformed('X-Slack-Request-Timestamp', 'unix seconds');
  if (!/^v0=[0-9a-fA-F]{64}$/.test(header)) malformed('X-Slack-Signature', 'v0=<hex>');
  checkTimestamp(Number(stamp), input.nowSeconds, SLACK_TOLERANCE_SECONDS);
  const given = header.slice(3).toLowerCase();
  for (const secret of input.secrets) {
    const expected = hmac('sha256', secret, [`v0:${stamp}:`, input.rawBody]).digest('hex');
    if (safeEqual(expected, given, 'hex')) return { signature: given };
  }
  return refused();
};

export const VERIFIERS: Readonly<Record<Provider, WebhookVerifier>> = {
  stripe: {
    signatureHeader: 'Stripe-Signature',
    verify: timestamped('stripe-signature', 'Stripe-Signature', STRIPE_TOLERANCE_SECONDS),
    deliveryIdOf: (_h, payload) => field(payload, 'id'),
  },
  typeform: {
    signatureHeader: 'Typeform-Signature',
    verify: bodyDigest('typeform-signature', 'Typeform-Signature', 'sha256', 'base64', 'sha256='),
    deliveryIdOf: (_h, payload) => field(payload, 'event_id') ?? field(payload, 'form_response', 'token'),
  },
  github: {
    signatureHeader: 'X-Hub-Signature-256',
    verify: bodyDigest('x-hub-signature-256', 'X-Hub-Signature-256', 'sha256', 'hex', 'sha256='),
    deliveryIdOf: (headers) => headers['x-github-delivery'],
  },
  slack: {
    signatureHeader: 'X-Slack-Signature',
    verify: slackVerify,
    deliveryIdOf: (_h, payload) => field(payload, 'event_id') ?? field(payload, 'trigger_id'),
  },
  shopify: {
    signatureHeader: 'X-Shopify-Hmac-Sha256',
    verify: bodyDigest('x-shopify-hmac-sha256', 'X-Shopify-Hmac-Sha256', 'sha256', 'base64', ''),
    deliveryIdOf: (headers) => headers['x-shopify-webhook-id'] ?? headers['x-shopify-event-id'],
  },
  calendly: {
    signatureHeader: 'Calendly-Webhook-Signature',
    verify: timestamped(
      'calendly-webhook-signature',
      'Calendly-Webhook-Signature',
      CALENDLY_TOLERANCE_SECONDS,
    ),
    deliveryIdOf: (_h, payload) => {
      const event = field(payload, 'event');
      const uri = field(payload, 'payload', 'uri');
      return event && uri
        ? `${event}:${createHash('sha256').update(uri).digest('hex').slice(0, 32)}`
        : undefined;
    },
  },
};

/** A tenant-configured HMAC scheme for any other source. */
export const GenericHmac = /* @__PURE__ */ (() =>
  z.strictObject({
    secret: z.string().check(z.minLength(16)).check(z.maxLength(512)),
    header: z.pipe(
      z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/, 'must be an HTTP header name')),
      z.transform((h) => h.toLowerCase()),
    ),
    algorithm: z._default(z.enum(['sha1', 'sha256', 'sha512']), 'sha256'),
    encoding: z._default(z.enum(['hex', 'base64']), 'hex'),
    /** Text before the digest in the header, such as `sha256=`. */
    prefix: z._default(z.string().check(z.maxLength(32)), ''),
    /** A header carrying a unique delivery id, for de-duplication. @default none: the signature itself */
    deliveryHeader: z.optional(
      z.pipe(
        z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/, 'must be an HTTP header name')),
        z.transform((h) => h.toLowerCase()),
      ),
    ),
  }))();
export type GenericHmac = z.infer<typeof GenericHmac>;

export const genericVerifier = (config: Omit<GenericHmac, 'secret'>): WebhookVerifier => ({
  signatureHeader: config.header,
  verify: bodyDigest(config.header, config.header, config.algorithm, config.encoding, config.prefix),
  deliveryIdOf: (headers) => (config.deliveryHeader ? headers[config.deliveryHeader] : undefined),
});

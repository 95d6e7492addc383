import { createHmac, timingSafeEqual } from 'node:crypto';
import { UnauthorizedError } from '../shared/errors';

/**
 * Our own webhook signature: `x-dynaris-signature: t=<unix seconds>,v1=<hex>`, the HMAC-SHA256 of
 * `<t>.<tenantId>.<source>.<raw body>` with the tenant's webhook secret (or the source's own, when one is set).
 * Binding tenant and source into the signed string means a delivery replayed to another source path (or tenant)
 * does not verify. Five minutes of clock tolerance; several v1 values are accepted (secret rotation).
 */

export const SIGNATURE_HEADER = 'x-dynaris-signature';
export const DELIVERY_HEADER = 'x-dynaris-delivery';
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** Every refusal of a signature says this, whatever the cause: no tenant id, source or secret can be probed. */
export const SIGNATURE_REFUSED = 'Signature does not match';

export interface SignatureTarget {
  readonly tenantId: string;
  readonly source: string;
}

const bodyBytes = (rawBody: string | Buffer): Buffer =>
  typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody;

export const signPayload = (
  secret: string,
  timestamp: number,
  target: SignatureTarget,
  rawBody: string | Buffer,
): string =>
  createHmac('sha256', secret)
    .update(`${timestamp}.${target.tenantId}.${target.source}.`)
    .update(bodyBytes(rawBody))
    .digest('hex');

/** The header value a sender sends: `t=<unix seconds>,v1=<hex>`. */
export const signatureHeader = (
  secret: string,
  timestamp: number,
  target: SignatureTarget,
  rawBody: string | Buffer,
): string => `t=${timestamp},v1=${signPayload(secret, timestamp, target, rawBody)}`;

export interface ParsedSignature {
  readonly timestamp: number;
  readonly signatures: readonly string[];
}

/** `t=…,v1=…[,v1=…]` (Stripe-style, also Calendly's); undefined when malformed. */
export const parseTimestampedHeader = (
  header: string | undefined,
  scheme = 'v1',
): ParsedSignature | undefined => {
  if (!header || header.length > 2048) return undefined;
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (name === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (name === scheme && /^[0-9a-fA-F]{64}$/.test(value)) signatures.push(value.toLowerCase());
  }
  return timestamp === undefined || signatures.length === 0 ? undefined : { timestamp, signatures };
};

/** Constant-time comparison of two encoded digests (false on any length or decoding difference). */
export const safeEqual = (a: string, b: string, encoding: 'hex' | 'base64'): boolean => {
  const left = Buffer.from(a, encoding);
  const right = Buffer.from(b, encoding);
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
};

export const checkTimestamp = (timestamp: number, nowSeconds: number, toleranceSeconds: number): void => {
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) {
    throw new UnauthorizedError(
      `Signature timestamp is outside the tolerance of ${toleranceSeconds} seconds (sign with the current time)`,
    );
  }
};

/**
 * Checks our signature header against the raw body for this tenant and source. Returns the signature that
 * matched (the replay-guard key) or throws 401. An unknown tenant is checked against a throw-away secret, so it
 * fails exactly like a wrong signature.
 */
export const verifyDynarisSignature = (
  header: string | undefined,
  rawBody: Buffer,
  secrets: readonly string[],
  target: SignatureTarget,
  nowSeconds: number,
  toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS,
): string => {
  if (!header) throw new UnauthorizedError(`Missing ${SIGNATURE_HEADER} header`);
  const parsed = parseTimestampedHeader(header);
  if (!parsed)
    throw new UnauthorizedError(`Malformed ${SIGNATURE_HEADER} header; expected t=<unix seconds>,v1=<hex>`);
  checkTimestamp(parsed.timestamp, nowSeconds, toleranceSeconds);
  for (const secret of secrets) {
    const expected = signPayload(secret, parsed.timestamp, target, rawBody);
    for (const candidate of parsed.signatures) if (safeEqual(expected, candidate, 'hex')) return candidate;
  }
  throw new UnauthorizedError(SIGNATURE_REFUSED);
};

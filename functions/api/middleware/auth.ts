import { createHash } from 'node:crypto';
import { ForbiddenError, UnauthorizedError } from '../../shared/errors';
import type { HttpEvent } from '../../shared/http';

/** Who is calling. The tenant comes from here and nowhere else (never from the body or the path). */
export interface Principal {
  readonly tenantId: string;
  /** JWT `sub`, or `apikey:<keyId>` for machine clients. */
  readonly userId: string;
  readonly email?: string;
  readonly via: 'jwt' | 'apiKey';
  /** Rate-limit bucket: one per API key or per user. */
  readonly limitKey: string;
}

/** Looks up an API key by the SHA-256 hex of its value (keys are stored hashed). */
export interface ApiKeyLookup {
  findApiKey(keyHash: string): Promise<{ tenantId: string; keyId: string } | undefined>;
}

export const TENANT_CLAIM = 'custom:tenantId';
export const API_KEY_HEADER = 'x-api-key';

export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

type Claims = Record<string, string | number | boolean | string[]>;

/**
 * JWT claims as validated by the API Gateway JWT authorizer. The token itself is never decoded here: an
 * Authorization header without authorizer claims (no authorizer in front, or local mode) is not trusted.
 */
const claimsOf = (event: HttpEvent): Claims | undefined => {
  const authorizer = (event.requestContext as { authorizer?: { jwt?: { claims?: Claims } } }).authorizer;
  const claims = authorizer?.jwt?.claims;
  return claims && typeof claims === 'object' ? claims : undefined;
};

const claimString = (claims: Claims, name: string): string | undefined => {
  const value = claims[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
};

const MAX_API_KEY_LENGTH = 512;

export const authenticate = async (
  event: HttpEvent,
  headers: Readonly<Record<string, string>>,
  apiKeys: ApiKeyLookup,
): Promise<Principal> => {
  const claims = claimsOf(event);
  if (claims) {
    const sub = claimString(claims, 'sub');
    if (!sub) throw new UnauthorizedError('The token has no subject');
    const tenantId = claimString(claims, TENANT_CLAIM);
    if (!tenantId)
      throw new ForbiddenError(`The signed-in user belongs to no tenant (claim ${TENANT_CLAIM})`);
    const email = claimString(claims, 'email');
    return {
      tenantId,
      userId: sub,
      ...(email ? { email } : {}),
      via: 'jwt',
      limitKey: `user:${tenantId}:${sub}`,
    };
  }
  const key = headers[API_KEY_HEADER]?.trim();
  if (key) {
    if (key.length > MAX_API_KEY_LENGTH) throw new UnauthorizedError('Invalid API key');
    const found = await apiKeys.findApiKey(hashApiKey(key));
    if (!found) throw new UnauthorizedError('Invalid API key');
    if (!found.tenantId) throw new ForbiddenError('The API key belongs to no tenant');
    return {
      tenantId: found.tenantId,
      userId: `apikey:${found.keyId}`,
      via: 'apiKey',
      limitKey: `key:${found.keyId}`,
    };
  }
  throw new UnauthorizedError(
    headers.authorization
      ? 'The bearer token was not validated by an authorizer; use an x-api-key header here'
      : 'Missing credentials: send a bearer token (Authorization) or an API key (x-api-key)',
  );
};

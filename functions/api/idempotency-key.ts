import { createHash } from 'node:crypto';
import { BadRequestError, ConflictError, HttpError, UnprocessableError } from '../shared/errors';
import { type AnyRoute, errorResponse, pathOf, type Reply } from '../shared/http';
import { type ApiContext, tenantOf } from './context';

/**
 * `Idempotency-Key` on POST routes, as Stripe has it: the first request with a key runs and its answer is kept
 * (48 h); the same key with the same request gets that answer again (header `idempotent-replayed: true`) without
 * running anything; the same key with another request is a 422; while the first is still running, 409. Answers
 * of requests that failed on our side (5xx) are not kept: a retry runs again.
 */

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'idempotent-replayed';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
};

/** The request a key stands for: method, path and the validated body (key order and whitespace do not matter). */
export const requestFingerprint = (method: string, path: string, body: unknown): string =>
  createHash('sha256')
    .update(`${method}\n${path}\n${canonical(body)}`)
    .digest('hex');

const invalidKey = () =>
  new BadRequestError('Invalid Idempotency-Key header', [
    { path: `header.${IDEMPOTENCY_HEADER}`, message: 'must be 1-255 printable ASCII characters' },
  ]);

/** The route with Idempotency-Key support (documented in OpenAPI through `idempotencyKey`). */
export const withIdempotencyKey = (route: AnyRoute<ApiContext>): AnyRoute<ApiContext> => ({
  ...route,
  idempotencyKey: true,
  errors: [...new Set([...(route.errors ?? []), 409, 422])],
  async handler(req, ctx): Promise<Reply> {
    const key = req.headers[IDEMPOTENCY_HEADER];
    if (key === undefined) return route.handler(req, ctx);
    if (!KEY_PATTERN.test(key)) throw invalidKey();
    const tenantId = tenantOf(ctx);
    const store = ctx.deps.requestKeys;
    const body = route.body ? req.body : req.rawBody.toString('base64');
    const claim = await store.claim(tenantId, key, requestFingerprint(route.method, pathOf(req.event), body));
    if (claim.outcome === 'replay') {
      const { status, body, headers } = claim.response;
      return {
        status,
        ...(body !== undefined ? { body } : {}),
        headers: { ...headers, [REPLAYED_HEADER]: 'true' },
      };
    }
    if (claim.outcome === 'mismatch') {
      throw new UnprocessableError('This Idempotency-Key was already used with a different request', [
        {
          path: `header.${IDEMPOTENCY_HEADER}`,
          message: 'use a key again only to retry the very same request',
        },
      ]);
    }
    if (claim.outcome === 'inProgress') {
      throw new ConflictError(
        'A request with this Idempotency-Key is still being processed; retry in a moment',
      );
    }
    let reply: Reply;
    try {
      reply = await route.handler(req, ctx);
    } catch (error) {
      if (error instanceof HttpError && error.statusCode < 500) {
        // The request ran and was refused: that answer is the key's answer, as any other.
        const result = errorResponse(error, req.requestId, () => undefined);
        await store.complete(tenantId, key, claim.attemptId, {
          status: error.statusCode,
          body: JSON.parse(result.body ?? 'null') as unknown,
        });
      } else await store.release(tenantId, key, claim.attemptId);
      throw error;
    }
    await store.complete(tenantId, key, claim.attemptId, {
      status: reply.status,
      ...(reply.body !== undefined ? { body: reply.body } : {}),
      ...(reply.headers ? { headers: { ...reply.headers } } : {}),
    });
    return reply;
  },
});

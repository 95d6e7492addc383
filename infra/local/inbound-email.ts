import type { ApiKeyLookup } from '../../functions/api/middleware/auth';
import { authenticate } from '../../functions/api/middleware/auth';
import { createPlatformEmailIngest } from '../../functions/email/deps';
import { MAX_RAW_BYTES } from '../../functions/email/parse';
import {
  type HttpEvent,
  type HttpResult,
  mediaTypeOf,
  normalizeHeaders,
  readBody,
} from '../../functions/shared/http';
import type { Platform } from '../../functions/shared/platform';

/**
 * `POST /inbound/email` (local runtime only): a raw RFC 822 message (`content-type: message/rfc822`) for the
 * calling tenant (API key) goes through the same ingest as SES mail on AWS. 202 `{ eventId }` with the id of the
 * email.received event it published (or published before: a re-sent message), 422 `{ error: { code, reason } }`
 * when it was dropped (malformed, an automatic reply, a bounce).
 */

export const INBOUND_EMAIL_PATH = '/inbound/email';

const json = (statusCode: number, body: unknown): HttpResult => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const refusal = (statusCode: number, code: string, message: string, extra: Record<string, unknown> = {}) =>
  json(statusCode, { error: { code, message, ...extra } });

export const createInboundEmailRoute = (deps: {
  platform: Platform;
  keys: ApiKeyLookup;
  log?: (line: string) => void;
}): ((event: HttpEvent) => Promise<HttpResult>) => {
  const ingest = createPlatformEmailIngest(deps.platform, {
    log: (message, details) => deps.log?.(`✉ ${message}: ${String(details.reason ?? '')}`),
  });
  return async (event) => {
    const headers = normalizeHeaders(event.headers);
    let tenantId: string;
    try {
      tenantId = (await authenticate(event, headers, deps.keys)).tenantId;
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode ?? 401;
      return refusal(status, (error as Error).name, (error as Error).message);
    }
    if (event.requestContext.http.method.toUpperCase() !== 'POST')
      return {
        ...refusal(405, 'MethodNotAllowed', 'Use POST'),
        headers: { 'content-type': 'application/json', allow: 'POST' },
      };
    if (mediaTypeOf(headers) !== 'message/rfc822')
      return refusal(
        415,
        'UnsupportedMediaType',
        'content-type must be message/rfc822 (a raw email message)',
        {
          details: [{ path: 'header.content-type', message: 'must be message/rfc822' }],
        },
      );
    let raw: Buffer;
    try {
      raw = readBody(event, MAX_RAW_BYTES);
    } catch (error) {
      return refusal(413, 'PayloadTooLarge', (error as Error).message);
    }
    const outcome = await ingest.ingest({ tenantId, raw: new Uint8Array(raw), channel: 'local' });
    if (outcome.outcome === 'dropped')
      return refusal(422, 'EmailDropped', `The message was not accepted: ${outcome.reason}`, {
        reason: outcome.code,
        details: [{ path: 'body', message: outcome.reason }],
      });
    return json(202, {
      accepted: true,
      eventId: outcome.eventId,
      duplicate: outcome.outcome === 'duplicate',
      ...(outcome.outcome === 'published' ? { leadId: outcome.leadId } : {}),
    });
  };
};

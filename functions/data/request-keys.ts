import { createHash, randomUUID } from 'node:crypto';
import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Clock, Database } from '../shared/ports';
import { isConditionFailure } from './platform-store';
import { putIf, readItem } from './repository';
import { KEY, tenantKey } from './table';

/**
 * Idempotency-Key records of the API (one per tenant and key), like Stripe's:
 *
 *   pk T#<t>#REQUESTKEY#<sha256(key)>   sk REQUESTKEY
 *   fingerprint (sha256 of method, path and body), status IN_PROGRESS | COMPLETED, attemptId, lockedUntil (epoch s),
 *   responseJson (the first answer: status, body, headers) once completed, ttl (epoch s)
 *
 * The first request claims the key and runs; its answer is stored and replayed to every later request with the same
 * key and the same fingerprint. A claim whose lock ran out (the process that held it died: an API request cannot
 * outlive API Gateway's 30 s) can be taken over.
 */

/** Answers are kept 48 h (at least the 24 h clients may retry within). */
export const REQUEST_KEY_TTL_SECONDS = 48 * 3600;
/** An API request ends within 30 s on API Gateway; past this its claim is dead and may be taken over. */
export const REQUEST_KEY_LOCK_SECONDS = 60;

export interface StoredResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type RequestKeyClaim =
  | { readonly outcome: 'claimed'; readonly attemptId: string }
  | { readonly outcome: 'replay'; readonly response: StoredResponse }
  | { readonly outcome: 'mismatch' }
  | { readonly outcome: 'inProgress' };

export interface RequestKeyStore {
  claim(tenantId: string, key: string, fingerprint: string): Promise<RequestKeyClaim>;
  complete(tenantId: string, key: string, attemptId: string, response: StoredResponse): Promise<void>;
  /** Gives the key back (the request failed on our side): a retry runs again. */
  release(tenantId: string, key: string, attemptId: string): Promise<void>;
}

/** Items hold 400 KB: a larger answer is kept as its status and a note (its replay says so). */
const MAX_RESPONSE_BYTES = 300_000;
const storable = (response: StoredResponse): string => {
  const json = JSON.stringify(response);
  if (Buffer.byteLength(json) <= MAX_RESPONSE_BYTES) return json;
  return JSON.stringify({
    status: response.status,
    body: {
      note: 'The first answer to this Idempotency-Key was too large to keep; read the resource instead',
    },
  });
};

const keyOf = (tenantId: string, key: string) => ({
  [KEY.pk]: tenantKey(tenantId, 'REQUESTKEY', createHash('sha256').update(key).digest('base64url')),
  [KEY.sk]: 'REQUESTKEY',
});

export const createRequestKeyStore = ({ db, clock }: { db: Database; clock: Clock }): RequestKeyStore => {
  const epoch = () => Math.floor(clock.now().getTime() / 1000);
  return {
    async claim(tenantId, key, fingerprint) {
      const attemptId = randomUUID();
      const now = epoch();
      const claimed = await putIf(
        db,
        {
          ...keyOf(tenantId, key),
          type: 'requestKey',
          tenantId,
          fingerprint,
          status: 'IN_PROGRESS',
          attemptId,
          lockedUntil: now + REQUEST_KEY_LOCK_SECONDS,
          [KEY.ttl]: now + REQUEST_KEY_TTL_SECONDS,
        },
        // New, expired, or a claim whose holder is gone (same request only: a different one is a mismatch).
        {
          expression:
            'attribute_not_exists(#pk) OR #ttl < :now OR (#status = :inProgress AND lockedUntil < :now AND fingerprint = :fp)',
          names: { '#pk': KEY.pk, '#ttl': KEY.ttl, '#status': 'status' },
          values: { ':now': now, ':inProgress': 'IN_PROGRESS', ':fp': fingerprint },
        },
      );
      if (claimed) return { outcome: 'claimed', attemptId };
      const existing = await readItem(db, keyOf(tenantId, key));
      if (!existing) return { outcome: 'inProgress' }; // released meanwhile: the client retries
      if (existing.fingerprint !== fingerprint) return { outcome: 'mismatch' };
      if (existing.status === 'COMPLETED')
        return { outcome: 'replay', response: JSON.parse(String(existing.responseJson)) as StoredResponse };
      return { outcome: 'inProgress' };
    },

    async complete(tenantId, key, attemptId, response) {
      try {
        await db.doc.send(
          new UpdateCommand({
            TableName: db.tableName,
            Key: keyOf(tenantId, key),
            UpdateExpression: 'SET #status = :completed, responseJson = :response',
            ConditionExpression: 'attemptId = :attempt',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':completed': 'COMPLETED',
              ':response': storable(response),
              ':attempt': attemptId,
            },
          }),
        );
      } catch (error) {
        // Another attempt took the key over after our lock ran out: its answer is the stored one.
        if (!isConditionFailure(error)) throw error;
      }
    },

    async release(tenantId, key, attemptId) {
      await db.doc
        .send(
          new DeleteCommand({
            TableName: db.tableName,
            Key: keyOf(tenantId, key),
            ConditionExpression: 'attemptId = :attempt',
            ExpressionAttributeValues: { ':attempt': attemptId },
          }),
        )
        .catch(() => undefined);
    },
  };
};

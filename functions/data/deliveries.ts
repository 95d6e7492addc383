import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Clock, Database } from '../shared/ports';
import { isConditionFailure } from './platform-store';
import { absentOrExpired, putIf, readItem } from './repository';
import { KEY, tenantKey } from './table';

/**
 * Inbound webhook de-duplication. One item per (tenant, source, delivery id), written with a conditional put and
 * kept 7 days (TTL). A claim is `pending` until its bus event is published, then `published`; a pending claim older
 * than the lease belongs to a crashed attempt and may be taken over, so a crash never loses a delivery.
 *
 *   pk T#<tenantId>#DELIVERY#<source>#<deliveryId>   sk DELIVERY   ttl = now + 7 days
 *   pk T#<tenantId>#WEBHOOKSIG#<signature>           sk SIG        ttl = now + 1 day (replay guard)
 */
export const DELIVERY_TTL_SECONDS = 7 * 24 * 3600;
export const SIGNATURE_TTL_SECONDS = 24 * 3600;
export const DELIVERY_LEASE_SECONDS = 60;

export type ClaimResult =
  /** First time seen (or a crashed attempt taken over): publish, then markPublished. */
  | { readonly outcome: 'claimed' }
  /** Already handled (or being handled right now by another request). */
  | { readonly outcome: 'duplicate'; readonly status: 'pending' | 'published'; readonly eventId: string };

export interface DeliveryStore {
  claim(tenantId: string, source: string, deliveryId: string, eventId: string): Promise<ClaimResult>;
  markPublished(tenantId: string, source: string, deliveryId: string): Promise<void>;
  /** Gives the claim back after a failed publish so the sender's retry is processed. */
  release(tenantId: string, source: string, deliveryId: string): Promise<void>;
  /**
   * Records a signature as used by a delivery. Returns the delivery id that first used it: a different one means
   * the exact signed request was replayed under a new delivery id.
   */
  useSignature(tenantId: string, signature: string, deliveryId: string): Promise<string>;
}

const deliveryKey = (tenantId: string, source: string, deliveryId: string) => ({
  [KEY.pk]: tenantKey(tenantId, 'DELIVERY', source, deliveryId),
  [KEY.sk]: 'DELIVERY',
});

export const createDeliveryStore = ({ db, clock }: { db: Database; clock: Clock }): DeliveryStore => {
  const epoch = () => Math.floor(clock.now().getTime() / 1000);

  return {
    async claim(tenantId, source, deliveryId, eventId) {
      const now = epoch();
      const key = deliveryKey(tenantId, source, deliveryId);
      const fresh = {
        ...key,
        type: 'delivery',
        tenantId,
        source,
        deliveryId,
        eventId,
        status: 'pending',
        claimedAt: now,
        [KEY.ttl]: now + DELIVERY_TTL_SECONDS,
      };
      if (await putIf(db, fresh, absentOrExpired(now))) return { outcome: 'claimed' };
      // Someone has it: take over a stale pending claim (crashed attempt), otherwise it is a duplicate.
      try {
        await db.doc.send(
          new UpdateCommand({
            TableName: db.tableName,
            Key: key,
            UpdateExpression: 'SET claimedAt = :now',
            ConditionExpression: '#status = :pending AND claimedAt < :stale',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':now': now,
              ':pending': 'pending',
              ':stale': now - DELIVERY_LEASE_SECONDS,
            },
          }),
        );
        return { outcome: 'claimed' };
      } catch (err) {
        if (!isConditionFailure(err)) throw err;
      }
      const item = (await readItem(db, key)) ?? {};
      return {
        outcome: 'duplicate',
        status: item.status === 'pending' ? 'pending' : 'published',
        eventId: typeof item.eventId === 'string' ? item.eventId : eventId,
      };
    },

    async markPublished(tenantId, source, deliveryId) {
      await db.doc.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: deliveryKey(tenantId, source, deliveryId),
          UpdateExpression: 'SET #status = :published, publishedAt = :now',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':published': 'published', ':now': epoch() },
        }),
      );
    },

    async release(tenantId, source, deliveryId) {
      await db.doc
        .send(
          new DeleteCommand({
            TableName: db.tableName,
            Key: deliveryKey(tenantId, source, deliveryId),
            ConditionExpression: '#status = :pending',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':pending': 'pending' },
          }),
        )
        .catch((err: unknown) => {
          if (!isConditionFailure(err)) throw err;
        });
    },

    async useSignature(tenantId, signature, deliveryId) {
      const now = epoch();
      const key = { [KEY.pk]: tenantKey(tenantId, 'WEBHOOKSIG', signature), [KEY.sk]: 'SIG' };
      const item = {
        ...key,
        type: 'webhookSignature',
        tenantId,
        deliveryId,
        [KEY.ttl]: now + SIGNATURE_TTL_SECONDS,
      };
      if (await putIf(db, item, absentOrExpired(now))) return deliveryId;
      const first = (await readItem(db, key))?.deliveryId;
      return typeof first === 'string' ? first : deliveryId;
    },
  };
};

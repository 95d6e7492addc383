import { createHash, randomUUID } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type TaskMeta, taskUnit } from '../../../statemachines/contracts';
import { IdempotencyInProgressError } from '../../data/idempotency';
import { type Item, isConditionalCheckFailed, type TransactStep } from '../../data/repository';
import { GSI1, tenantKey } from '../../data/table';
import { RetriableError } from '../../shared/errors';
import type { Clock, Database } from '../../shared/ports';

/**
 * Reply tracking for sent emails. Each send gets a tracking id (deterministic per execution step, so a retry keeps
 * it). Replies are correlated back to the lead by either
 *   - the plus-addressed Reply-To `<local>+r-<trackingId>@<domain>` the reply is sent to, or
 *   - the SES Message-ID quoted in the reply's In-Reply-To / References headers.
 *
 *   pk T#<t>#EMAILTRACK#<trackingId>  sk TRACK   gsi1pk T#<t>#EMAILMSG#<messageId>  gsi1sk TRACK   ttl 180 days
 *
 * The record is also the send's claim (the step's idempotency): written `sending` (attemptId, lockedUntil) before
 * the email goes out, and completed with its message id (`sent`) after, so that a retried or duplicated step never
 * sends twice while an attempt is running or once it has sent. Records without a status were written after sending.
 */

export const TRACKING_HEADER = 'X-Dynaris-Tracking-Id';
export const TRACKING_RETENTION_DAYS = 180;

export interface EmailTrackingRecord {
  readonly tenantId: string;
  readonly trackingId: string;
  readonly messageId: string;
  readonly leadId: string | null;
  readonly to: string;
  readonly subject: string;
  readonly workflowId: string | null;
  readonly runId: string | null;
  readonly sentAt: string;
  /** The lead's timeline entry about it was written with the record (same transaction). */
  readonly timelineWritten?: boolean;
}

export const trackingIdFor = (
  meta: Pick<TaskMeta, 'executionId' | 'stepId' | 'itemIndex' | 'itemPath'>,
): string => `t${createHash('sha256').update(taskUnit(meta)).digest('hex').slice(0, 24)}`;

/** `hello@acme.com` + id -> `hello+r-<id>@acme.com` (the display name, if any, is dropped). */
export const replyToAddress = (fromAddress: string, trackingId: string): string => {
  const bare = /<([^<>]+)>/.exec(fromAddress)?.[1] ?? fromAddress;
  const at = bare.lastIndexOf('@');
  if (at <= 0) return bare;
  const local = bare.slice(0, at).split('+')[0];
  return `${local}+r-${trackingId}${bare.slice(at)}`;
};

const TRACKING_IN_ADDRESS = /\+r-(t[0-9a-f]{24})@/i;

export const trackingIdFromAddresses = (addresses: readonly string[]): string | undefined => {
  for (const a of addresses) {
    const m = TRACKING_IN_ADDRESS.exec(a);
    if (m?.[1]) return m[1].toLowerCase();
  }
  return undefined;
};

/** `<0100018c…@eu-west-1.amazonses.com> <x@y>` -> the local parts (SES message ids). */
export const messageIdsFromHeader = (header: string | undefined): string[] =>
  [...(header ?? '').matchAll(/<([^<>@\s]+)@[^<>\s]+>/g)].map((m) => m[1] as string);

/** What claiming a send found: this attempt may send, or an earlier attempt sent already. */
export type SendClaim =
  | { readonly send: true; readonly attemptId: string; readonly interrupted: boolean }
  | { readonly send: false; readonly sent: EmailTrackingRecord };

const trackKey = (tenantId: string, trackingId: string) => ({
  pk: tenantKey(tenantId, 'EMAILTRACK', trackingId),
  sk: 'TRACK',
});

export const createEmailTracking = ({ db, clock }: { db: Database; clock: Clock }) => {
  const T = db.tableName;
  const ttl = () => Math.floor(clock.now().getTime() / 1000) + TRACKING_RETENTION_DAYS * 86_400;
  const sentItem = (record: EmailTrackingRecord): Item => ({
    ...trackKey(record.tenantId, record.trackingId),
    gsi1pk: tenantKey(record.tenantId, 'EMAILMSG', record.messageId),
    gsi1sk: 'TRACK',
    type: 'emailTracking',
    ...record,
    status: 'sent',
    ttl: ttl(),
  });
  const readRaw = async (tenantId: string, trackingId: string): Promise<Item | undefined> =>
    (
      await db.doc.send(
        new GetCommand({ TableName: T, Key: trackKey(tenantId, trackingId), ConsistentRead: true }),
      )
    ).Item;
  /** The record of a sent email (a claim whose email is not known to have gone out is none). */
  const get = async (tenantId: string, trackingId: string): Promise<EmailTrackingRecord | undefined> => {
    const item = await readRaw(tenantId, trackingId);
    return item && item.status !== 'sending' ? strip(item) : undefined;
  };
  const byMessageId = async (
    tenantId: string,
    messageId: string,
  ): Promise<EmailTrackingRecord | undefined> => {
    const out = await db.doc.send(
      new QueryCommand({
        TableName: T,
        IndexName: GSI1,
        KeyConditionExpression: 'gsi1pk = :p AND gsi1sk = :s',
        ExpressionAttributeValues: { ':p': tenantKey(tenantId, 'EMAILMSG', messageId), ':s': 'TRACK' },
        Limit: 1,
      }),
    );
    const item = out.Items?.[0];
    return item ? strip(item) : undefined;
  };
  return {
    /**
     * Claims the send of `trackingId` for `lockSeconds` (until this attempt cannot be running any more). A claim left
     * by an attempt whose lock ran out is taken over (`interrupted`: that attempt may have sent). A running attempt's
     * claim is IdempotencyInProgressError (retriable).
     */
    async claim(tenantId: string, trackingId: string, lockSeconds: number): Promise<SendClaim> {
      const now = Math.floor(clock.now().getTime() / 1000);
      const attemptId = randomUUID();
      try {
        const out = await db.doc.send(
          new PutCommand({
            TableName: T,
            Item: {
              ...trackKey(tenantId, trackingId),
              type: 'emailTracking',
              tenantId,
              trackingId,
              status: 'sending',
              attemptId,
              lockedUntil: now + lockSeconds,
              ttl: ttl(),
            },
            ConditionExpression: 'attribute_not_exists(pk) OR (#status = :sending AND lockedUntil < :now)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':sending': 'sending', ':now': now },
            ReturnValues: 'ALL_OLD',
          }),
        );
        return { send: true, attemptId, interrupted: out.Attributes !== undefined };
      } catch (error) {
        if (!isConditionalCheckFailed(error)) throw error;
        const existing = await readRaw(tenantId, trackingId);
        if (existing && existing.status !== 'sending') return { send: false, sent: strip(existing) };
        throw new IdempotencyInProgressError(`email ${trackingId}`);
      }
    },
    /**
     * Completes this attempt's claim with the sent email (for a transaction with the lead's timeline entry). Another
     * attempt that took the claim over in between is a retriable conflict.
     */
    completeStep(record: EmailTrackingRecord, attemptId: string): TransactStep {
      return {
        label: `email ${record.trackingId}`,
        onConditionFailed: () =>
          new RetriableError(`Another attempt took over the send of email ${record.trackingId}`),
        item: {
          Put: {
            TableName: T,
            Item: sentItem(record),
            ConditionExpression: 'attemptId = :attempt',
            ExpressionAttributeValues: { ':attempt': attemptId },
          },
        },
      };
    },
    /** Gives up this attempt's claim (its email did not go out), so that a retry may send. */
    async release(tenantId: string, trackingId: string, attemptId: string): Promise<void> {
      await db.doc
        .send(
          new DeleteCommand({
            TableName: T,
            Key: trackKey(tenantId, trackingId),
            ConditionExpression: 'attemptId = :attempt',
            ExpressionAttributeValues: { ':attempt': attemptId },
          }),
        )
        .catch((error: unknown) => {
          if (!isConditionalCheckFailed(error)) throw error;
        });
    },
    /** The sent email alone (no timeline entry to write with it); `attemptId`: only over this attempt's claim. */
    async record(record: EmailTrackingRecord, attemptId?: string): Promise<void> {
      await db.doc.send(
        new PutCommand({
          TableName: T,
          Item: sentItem(record),
          ...(attemptId
            ? {
                ConditionExpression: 'attemptId = :attempt',
                ExpressionAttributeValues: { ':attempt': attemptId },
              }
            : {}),
        }),
      );
    },
    get,
    byMessageId,
    /**
     * The sent email an inbound one replies to, from its recipients (plus-address) or its In-Reply-To / References
     * headers; undefined when it is not a reply to a tracked email of this tenant.
     */
    async resolveInbound(
      tenantId: string,
      inbound: { to?: readonly string[]; inReplyTo?: string; references?: string },
    ): Promise<EmailTrackingRecord | undefined> {
      const tracked = trackingIdFromAddresses(inbound.to ?? []);
      if (tracked) {
        const found = await get(tenantId, tracked);
        if (found) return found;
      }
      for (const id of [
        ...messageIdsFromHeader(inbound.inReplyTo),
        ...messageIdsFromHeader(inbound.references),
      ]) {
        const found = await byMessageId(tenantId, id);
        if (found) return found;
      }
      return undefined;
    },
  };
};

const strip = (item: Record<string, unknown>): EmailTrackingRecord => {
  const {
    pk: _pk,
    sk: _sk,
    gsi1pk: _g,
    gsi1sk: _s,
    ttl: _t,
    type: _type,
    status: _status,
    attemptId: _a,
    lockedUntil: _l,
    ...rest
  } = item;
  return rest as unknown as EmailTrackingRecord;
};

export type EmailTracking = ReturnType<typeof createEmailTracking>;

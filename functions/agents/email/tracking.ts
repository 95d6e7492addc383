import { createHash } from 'node:crypto';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type TaskMeta, taskUnit } from '../../../statemachines/contracts';
import { GSI1, tenantKey } from '../../data/table';
import type { Clock, Database } from '../../shared/ports';

/**
 * Reply tracking for sent emails. Each send gets a tracking id (deterministic per execution step, so a retry keeps
 * it). Replies are correlated back to the lead by either
 *   - the plus-addressed Reply-To `<local>+r-<trackingId>@<domain>` the reply is sent to, or
 *   - the SES Message-ID quoted in the reply's In-Reply-To / References headers.
 *
 *   pk T#<t>#EMAILTRACK#<trackingId>  sk TRACK   gsi1pk T#<t>#EMAILMSG#<messageId>  gsi1sk TRACK   ttl 180 days
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

export const createEmailTracking = ({ db, clock }: { db: Database; clock: Clock }) => {
  const T = db.tableName;
  const get = async (tenantId: string, trackingId: string): Promise<EmailTrackingRecord | undefined> => {
    const out = await db.doc.send(
      new GetCommand({
        TableName: T,
        Key: { pk: tenantKey(tenantId, 'EMAILTRACK', trackingId), sk: 'TRACK' },
        // Senders read it to learn whether a retried step already sent its email.
        ConsistentRead: true,
      }),
    );
    return out.Item ? strip(out.Item) : undefined;
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
    async record(record: EmailTrackingRecord): Promise<void> {
      await db.doc.send(
        new PutCommand({
          TableName: T,
          Item: {
            pk: tenantKey(record.tenantId, 'EMAILTRACK', record.trackingId),
            sk: 'TRACK',
            gsi1pk: tenantKey(record.tenantId, 'EMAILMSG', record.messageId),
            gsi1sk: 'TRACK',
            type: 'emailTracking',
            ...record,
            ttl: Math.floor(clock.now().getTime() / 1000) + TRACKING_RETENTION_DAYS * 86_400,
          },
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
  const { pk: _pk, sk: _sk, gsi1pk: _g, gsi1sk: _s, ttl: _t, type: _type, ...rest } = item;
  return rest as unknown as EmailTrackingRecord;
};

export type EmailTracking = ReturnType<typeof createEmailTracking>;

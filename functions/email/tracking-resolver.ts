import { createEmailTracking } from '../agents/email/tracking';
import { type LeadSummary, toLeadSummary } from '../data/leads';
import { createLeadLookups } from '../data/leads/reads';
import { NotFoundError } from '../shared/errors';
import type { Platform } from '../shared/platform';

/**
 * Finds the sent email (email.send's tracking record) an inbound email replies to, and so its lead: `lead` is that
 * lead's summary as it is now (null when the lead no longer exists).
 */
export interface TrackingResolver {
  resolve(
    tenantId: string,
    inbound: { to: readonly string[]; inReplyTo?: string; references?: string; trackingId?: string },
  ): Promise<{ trackingId: string; leadId: string | null; lead?: LeadSummary | null } | undefined>;
}

/** A lead deleted since the email was sent: the reply still names its id, with lead null. */
const absentAsUndefined = (err: unknown): undefined => {
  if (err instanceof NotFoundError) return undefined;
  throw err;
};

/** email.send's tracking records (functions/agents/email/tracking.ts) resolve replies to their lead. */
export const emailTrackingResolver = (platform: Pick<Platform, 'db' | 'clock'>): TrackingResolver => {
  const tracking = createEmailTracking({ db: platform.db, clock: platform.clock });
  const leads = createLeadLookups({ db: platform.db });
  return {
    async resolve(tenantId, inbound) {
      const explicit =
        inbound.trackingId && /^[A-Za-z0-9_-]{1,128}$/.test(inbound.trackingId)
          ? await tracking.get(tenantId, inbound.trackingId)
          : undefined;
      const found =
        explicit ??
        (await tracking.resolveInbound(tenantId, {
          to: inbound.to,
          ...(inbound.inReplyTo ? { inReplyTo: inbound.inReplyTo } : {}),
          ...(inbound.references ? { references: inbound.references } : {}),
        }));
      if (!found) return undefined;
      const lead = found.leadId
        ? await leads.get(tenantId, found.leadId).catch(absentAsUndefined)
        : undefined;
      return { trackingId: found.trackingId, leadId: found.leadId, lead: lead ? toLeadSummary(lead) : null };
    },
  };
};

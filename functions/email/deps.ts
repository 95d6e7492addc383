import { createDeliveryStore } from '../data/deliveries';
import { createFileRepository } from '../data/files';
import { toLeadSummary } from '../data/leads';
import { createLeadLookups } from '../data/leads/reads';
import type { Platform } from '../shared/platform';
import { createEmailIngest, type EmailIngest } from './ingest';
import { emailTrackingResolver } from './tracking-resolver';
import { DEFAULT_VERDICT_POLICY, type VerdictPolicy } from './verdicts';

/** The ingest wired to a Platform: the same on AWS (SES handler) and locally (POST /inbound/email, the CLI). */
export const createPlatformEmailIngest = (
  platform: Platform,
  options: { policy?: VerdictPolicy; log?: (message: string, details: Record<string, unknown>) => void } = {},
): EmailIngest => {
  const { db, clock } = platform;
  const files = createFileRepository({ db, clock, store: platform.files });
  const leads = createLeadLookups({ db });
  return createEmailIngest({
    deliveries: createDeliveryStore({ db, clock }),
    bus: platform.bus,
    clock,
    files: {
      create: (tenantId, input) => files.create(tenantId, input),
      delete: (tenantId, id) => files.delete(tenantId, id),
    },
    tracking: emailTrackingResolver(platform),
    leads: {
      async findByEmail(tenantId, email) {
        const lead = await leads.findByEmail(tenantId, email);
        return lead ? toLeadSummary(lead) : undefined;
      },
    },
    policy: options.policy ?? DEFAULT_VERDICT_POLICY,
    ...(options.log ? { log: options.log } : {}),
  });
};

// Deployed: build the Platform from this function's environment at cold start (the local runtime sets its own).
import '../../adapters/aws-platform';
import * as z from 'zod';
import { makeAgentHandler } from '../runner';
import { createBillingAgent, detectOverdueInvoices } from './agent';

/** The scheduled sweep: `{ "op": "detectOverdue" }` checks every tenant that has invoices; `tenantId(s)` narrow it. */
const DetectOverdue = z.object({
  op: z.literal('detectOverdue'),
  tenantId: z.string().min(1).optional(),
  tenantIds: z.array(z.string().min(1)).optional(),
});

export const handler = makeAgentHandler('billing', (platform) => createBillingAgent(platform), {
  onOtherEvent: (event, platform) => {
    const parsed = DetectOverdue.safeParse(event);
    if (!parsed.success) return undefined;
    const { tenantId, tenantIds } = parsed.data;
    const only = tenantIds ?? (tenantId ? [tenantId] : undefined);
    return detectOverdueInvoices({ ...platform, ...(only ? { tenantIds: only } : {}) }, platform.clock.now());
  },
});

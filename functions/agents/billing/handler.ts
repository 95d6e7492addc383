import { z } from 'zod';
import { NonRetriableError } from '../../shared/errors';
import { makeAgentHandler } from '../runner';
import { createBillingAgent, detectOverdueInvoices, type TenantDirectory } from './agent';

/** The scheduled sweep: `{ "op": "detectOverdue" }` (all tenants the directory lists) or with a `tenantId`. */
const DetectOverdue = z.object({
  op: z.literal('detectOverdue'),
  tenantId: z.string().min(1).optional(),
  tenantIds: z.array(z.string().min(1)).optional(),
});

const hasDirectory = (x: unknown): x is TenantDirectory =>
  typeof (x as Partial<TenantDirectory> | null)?.listTenantIds === 'function';

export const handler = makeAgentHandler('billing', (platform) => createBillingAgent(platform), {
  onOtherEvent: (event, platform) => {
    const parsed = DetectOverdue.safeParse(event);
    if (!parsed.success) return undefined;
    return (async () => {
      const { tenantId, tenantIds } = parsed.data;
      const directory = (platform as unknown as { tenants?: unknown }).tenants;
      const ids =
        tenantIds ??
        (tenantId ? [tenantId] : hasDirectory(directory) ? await directory.listTenantIds() : undefined);
      if (!ids)
        throw new NonRetriableError('detectOverdue needs a tenantId (no tenant directory is configured)');
      return detectOverdueInvoices(platform, platform.clock.now(), ids);
    })();
  },
});

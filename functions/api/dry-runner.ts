import { getAction } from '../../statemachines/catalogue';
import { createLeadExport } from '../agents/crm/lead-export';
import { dryRunWorkflow } from '../engine/dry-run';
import { DryRunFileError, type DryRunFiles, dryRunFiles } from '../engine/dry-run-files';
import type { Platform } from '../shared/platform';
import type { DryRunner } from './context';

/** Leads a dry run's crm.exportLeads writes at most: enough to show the per-item steps within API Gateway's 30 s. */
export const DRY_RUN_EXPORT_LIMIT = 25;

/**
 * The files bucket for one tenant's dry run: its writes stay in memory; it reads the tenant's own item files
 * (exports/<tenant>/, what the deployed dry-run function may read too) and nothing else.
 */
const tenantDryRunFiles = (platform: Platform, tenantId: string): DryRunFiles =>
  dryRunFiles(async (key) => {
    if (!key.startsWith(`exports/${tenantId}/`)) {
      throw new DryRunFileError(
        'S3.AccessDeniedException',
        `A dry run reads only the tenant's own item files (exports/${tenantId}/…), not ${key}`,
      );
    }
    const body = await platform.files.get(key);
    return body === undefined ? undefined : Buffer.from(body).toString('utf8');
  });

/**
 * Dry runs with the local engine (functions/engine/dry-run.ts), on a virtual clock starting now. crm.exportLeads
 * really runs (it reads the tenant's leads and changes nothing), its file written into the dry run's memory, at
 * most DRY_RUN_EXPORT_LIMIT leads, so a forEach over it shows each lead's steps; a warning it would write to the run's
 * log (a `noReplyFor` find that stopped at its scan limit) is in the answer's `warnings`, not in the tenant's logs.
 */
export const createDryRunner = (
  platform: Platform,
  options: { readonly noReplyScanLimit?: number } = {},
): DryRunner => ({
  async dryRun(
    { tenantId, workflowId, definition, trigger, timezone, calendar },
    { signal, checkpoint } = {},
  ) {
    const files = tenantDryRunFiles(platform, tenantId);
    const warnings: { stepId: string | undefined; level: string; message: string }[] = [];
    const exportLeads = createLeadExport({
      db: platform.db,
      clock: platform.clock,
      ...(options.noReplyScanLimit !== undefined ? { noReplyScanLimit: options.noReplyScanLimit } : {}),
      logs: {
        append: async (_tenantId, entry) => {
          warnings.push({ stepId: entry.stepId, level: entry.level, message: entry.message });
        },
      },
      files: {
        put: async (key, body) =>
          files.put(key, typeof body === 'string' ? body : Buffer.from(body).toString('utf8')),
        get: async () => undefined,
        delete: async () => {},
      },
    });
    const result = await dryRunWorkflow(definition, trigger, {
      tenantId,
      workflowId,
      triggerType: definition.trigger.type,
      timezone,
      ...(calendar ? { calendar } : {}),
      now: platform.clock.now(),
      files,
      ...(signal ? { signal } : {}),
      ...(checkpoint ? { checkpoint } : {}),
      perform: (action, input, meta) => {
        if (action !== 'crm.exportLeads') return undefined;
        const given = getAction(action)?.input.parse(input) as Parameters<typeof exportLeads>[0];
        const limit = Math.min(given.limit ?? DRY_RUN_EXPORT_LIMIT, DRY_RUN_EXPORT_LIMIT);
        const taskMeta = { ...meta, tenantId } as Parameters<typeof exportLeads>[1];
        return exportLeads({ ...given, limit }, taskMeta) as Promise<Record<string, unknown>>;
      },
    });
    return { ...result, ...(warnings.length > 0 ? { warnings } : {}) };
  },
});

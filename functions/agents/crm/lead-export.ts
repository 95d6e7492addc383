import type { TaskMeta } from '../../../statemachines/contracts';
import { parseDuration } from '../../../statemachines/duration';
import type { ActivityEvent } from '../../data/activity-item';
import { newestForLead } from '../../data/activity-reads';
import { createLeadReads } from '../../data/leads/reads';
import { type Lead, type LeadFilters, toLeadSummary } from '../../data/leads/schema';
import type { NewLogEntry } from '../../data/logs';
import type { Page } from '../../data/repository';
import { NonRetriableError } from '../../shared/errors';
import type { Clock, Database, FileStore } from '../../shared/ports';
import { taskEntityId } from '../runner';

/** The key of an export in the files bucket: per tenant, one per run step (a retry writes the same object). */
export const exportKey = (tenantId: string, exportId: string): string =>
  `exports/${tenantId}/${exportId}.jsonl`;

const FIND_PAGE = 100;

/** `noReplyFor` reads each candidate lead's feed: at most this many candidates a step, newest first. */
export const NO_REPLY_SCAN_LIMIT = 2_000;
const NO_REPLY_CONCURRENCY = 8;

/** `f` over `items`, at most `limit` at a time, answers in the items' order. */
const mapBounded = async <T, R>(
  items: readonly T[],
  limit: number,
  f: (item: T) => Promise<R>,
): Promise<R[]> => {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await f(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
};

export type LeadQuery = {
  readonly [K in Exclude<keyof LeadFilters, 'cursor' | 'limit'>]?: LeadFilters[K] | undefined;
} & { readonly noReplyFor?: string | undefined };

export interface LeadFindDeps {
  readonly clock: Clock;
  readonly leads: { list(tenantId: string, filters: LeadFilters): Promise<Page<Lead>> };
  readonly newestForLead: (
    tenantId: string,
    leadId: string,
    types: readonly string[],
  ) => Promise<ActivityEvent[]>;
  /** How many candidate leads a `noReplyFor` find looks at, at most. */
  readonly scanLimit: number;
  /** Where a step's warnings go (the run's log; a dry run's answer). */
  readonly logs: { append(tenantId: string, entry: NewLogEntry): Promise<unknown> };
}

/**
 * The leads matching the filters, newest first, up to `wanted`: crm.findLeads' and crm.exportLeads' find. With
 * `noReplyFor` each candidate's feed is read (one Query a lead, NO_REPLY_CONCURRENCY at a time), and at most
 * `scanLimit` candidates are looked at: when older candidates were left unread, the step says so in the run's log
 * (the other filters narrow what is read).
 */
export const createLeadFind = (deps: LeadFindDeps) => {
  const { leads, scanLimit } = deps;

  /**
   * Emailed by a workflow at least `ms` ago, and no reply since that email: the newest email.sent / email.received of
   * the lead's feed is an email.sent that old (a reply in the same millisecond counts as a reply). One Query a lead.
   */
  const silentFor = async (tenantId: string, leadId: string, ms: number): Promise<boolean> => {
    const newest = await deps.newestForLead(tenantId, leadId, ['email.sent', 'email.received']);
    const sent = newest[0];
    if (!sent || newest.some((e) => e.type === 'email.received')) return false;
    return Date.parse(sent.time) <= deps.clock.now().getTime() - ms;
  };

  return async (meta: TaskMeta, input: LeadQuery, wanted: number): Promise<Lead[]> => {
    const { tenantId } = meta;
    const filters: LeadFilters = {
      ...(input.status ? { status: input.status } : {}),
      ...(input.tag ? { tag: input.tag } : {}),
      ...(input.source ? { source: input.source } : {}),
      ...(input.minValue !== undefined ? { minValue: input.minValue } : {}),
      ...(input.createdAfter ? { createdAfter: input.createdAfter } : {}),
      ...(input.createdBefore ? { createdBefore: input.createdBefore } : {}),
    };
    const quiet = input.noReplyFor ? parseDuration(input.noReplyFor) : undefined;
    if (quiet && !quiet.ok) throw new NonRetriableError(`noReplyFor: ${quiet.message}`);
    const found: Lead[] = [];
    let scanned = 0;
    let cursor: string | undefined;
    do {
      const page = await leads.list(tenantId, {
        ...filters,
        limit: quiet ? Math.min(FIND_PAGE, scanLimit - scanned) : Math.min(FIND_PAGE, wanted - found.length),
        ...(cursor ? { cursor } : {}),
      });
      cursor = page.cursor;
      if (!quiet) {
        found.push(...page.items);
        continue;
      }
      scanned += page.items.length;
      const silent = await mapBounded(page.items, NO_REPLY_CONCURRENCY, (lead) =>
        silentFor(tenantId, lead.id, quiet.seconds * 1000),
      );
      found.push(...page.items.filter((_, i) => silent[i]).slice(0, wanted - found.length));
    } while (cursor && found.length < wanted && (!quiet || scanned < scanLimit));
    if (quiet && found.length < wanted && cursor !== undefined)
      await deps.logs.append(tenantId, {
        runId: meta.runId,
        workflowId: meta.workflowId,
        stepId: meta.stepId,
        level: 'warn',
        message: `noReplyFor looked at the ${scanned.toLocaleString('en-US')} newest leads matching the other filters and found ${found.length}; older leads were not looked at (narrow the find with status, tag, source or createdAfter).`,
      });
    return found;
  };
};

/** crm.exportLeads: the leads found, one JSON line each (their summary), in one file of the files bucket. */
export const exportLeadsWith =
  (find: ReturnType<typeof createLeadFind>, files: FileStore) =>
  async (input: LeadQuery & { readonly limit?: number | undefined }, meta: TaskMeta) => {
    const found = await find(meta, input, input.limit ?? 100_000);
    const key = exportKey(meta.tenantId, taskEntityId(meta, 'ex'));
    const lines = found.map((lead) => JSON.stringify(toLeadSummary(lead))).join('\n');
    await files.put(key, lines, 'application/jsonl');
    return { leads: { key, count: found.length }, count: found.length };
  };

/**
 * crm.exportLeads on its own, reading leads and their feeds and writing nothing but its file: the dry run's (it
 * carries neither the lead writes nor the activity writes the crm agent has for its other actions).
 */
export const createLeadExport = (deps: {
  readonly db: Database;
  readonly clock: Clock;
  readonly files: FileStore;
  readonly logs: LeadFindDeps['logs'];
  readonly noReplyScanLimit?: number;
}) =>
  exportLeadsWith(
    createLeadFind({
      clock: deps.clock,
      leads: createLeadReads(deps),
      newestForLead: (tenantId, leadId, types) => newestForLead(deps, tenantId, leadId, types),
      scanLimit: deps.noReplyScanLimit ?? NO_REPLY_SCAN_LIMIT,
      logs: deps.logs,
    }),
    deps.files,
  );

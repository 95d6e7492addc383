import type { TaskMeta } from '../../../statemachines/contracts';
import { parseDuration } from '../../../statemachines/duration';
import { eventSource } from '../../../statemachines/events';
import { createActivityStore } from '../../data/activity';
import {
  createLeadRepository,
  type Lead,
  type LeadFilters,
  type LeadSummary,
  toLeadSummary,
} from '../../data/leads';
import { createLogRepository, type NewLogEntry } from '../../data/logs';
import { NonRetriableError, NotFoundError } from '../../shared/errors';
import type { Clock, Database, EventPublisher, FileStore } from '../../shared/ports';
import { summariesWithin } from '../result-size';
import { type AgentParts, taskEntityId, taskEventId, taskIdempotencyKey } from '../runner';

export interface CrmAgentDeps {
  readonly db: Database;
  readonly bus: EventPublisher;
  readonly clock: Clock;
  /** Where crm.exportLeads writes its files (the files bucket). */
  readonly files: FileStore;
  /** How many candidate leads a `noReplyFor` find looks at, at most (NO_REPLY_SCAN_LIMIT). */
  readonly noReplyScanLimit?: number;
  /** Where a step's warnings go. @default the run's log in the table (a dry run keeps them in its answer instead) */
  readonly logs?: { append(tenantId: string, entry: NewLogEntry): Promise<unknown> };
}

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

type LeadQuery = {
  readonly [K in Exclude<keyof LeadFilters, 'cursor' | 'limit'>]?: LeadFilters[K] | undefined;
} & { readonly noReplyFor?: string | undefined };

/** crm.createLead / updateLead / addNote / findLeads / getLead over the lead repository. */
export const createCrmAgent = (deps: CrmAgentDeps): AgentParts => {
  const leads = createLeadRepository(deps);
  const activity = createActivityStore(deps);
  const scanLimit = deps.noReplyScanLimit ?? NO_REPLY_SCAN_LIMIT;
  const logs = deps.logs ?? createLogRepository(deps);

  /**
   * Emailed by a workflow at least `ms` ago, and no reply since that email: the newest email.sent / email.received of
   * the lead's feed is an email.sent that old (a reply in the same millisecond counts as a reply). One Query a lead.
   */
  const silentFor = async (tenantId: string, leadId: string, ms: number): Promise<boolean> => {
    const newest = await activity.newestForLead(tenantId, leadId, ['email.sent', 'email.received']);
    const sent = newest[0];
    if (!sent || newest.some((e) => e.type === 'email.received')) return false;
    return Date.parse(sent.time) <= deps.clock.now().getTime() - ms;
  };

  const publish = (meta: TaskMeta, name: 'lead.created' | 'lead.updated', detail: Record<string, unknown>) =>
    deps.bus.publish([
      {
        detailType: name,
        source: eventSource(name),
        id: taskEventId(meta, name),
        detail: { tenantId: meta.tenantId, ...detail },
      },
    ]);

  const resolveLead = async (
    tenantId: string,
    input: { leadId?: string | undefined; email?: string | undefined },
  ): Promise<Lead> => {
    if (input.leadId) return leads.get(tenantId, input.leadId);
    if (input.email) {
      const lead = await leads.findByEmail(tenantId, input.email);
      if (!lead) throw new NotFoundError('lead with email', input.email);
      return lead;
    }
    throw new NonRetriableError('crm.getLead needs a leadId or an email');
  };

  /**
   * The leads matching the filters, newest first, up to `wanted`. With `noReplyFor` each candidate's feed is read
   * (one Query a lead, NO_REPLY_CONCURRENCY at a time), and at most NO_REPLY_SCAN_LIMIT candidates are looked at:
   * when older candidates were left unread, the step says so in the run's log (the other filters narrow what is read).
   */
  const findAll = async (meta: TaskMeta, input: LeadQuery, wanted: number): Promise<Lead[]> => {
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
      await logs.append(tenantId, {
        runId: meta.runId,
        workflowId: meta.workflowId,
        stepId: meta.stepId,
        level: 'warn',
        message: `noReplyFor looked at the ${scanned.toLocaleString('en-US')} newest leads matching the other filters and found ${found.length}; older leads were not looked at (narrow the find with status, tag, source or createdAfter).`,
      });
    return found;
  };

  return {
    executors: {
      'crm.createLead': async (input, meta) => {
        const leadId = taskEntityId(meta, 'ld');
        const stored = await leads.create(meta.tenantId, input, { id: leadId });
        // A retry after a failure past the write (publishing, say) finds its own lead: still this step's creation.
        const { lead } = stored;
        const created = stored.created || lead.id === leadId;
        if (created) await publish(meta, 'lead.created', { lead });
        return { leadId: lead.id, created, lead: toLeadSummary(lead) };
      },

      'crm.updateLead': async (input, meta) => {
        const { leadId, ...patch } = input;
        // A retry after lead.updated failed to publish gets this step's changes back, and publishes.
        const { lead, changes } = await leads.update(meta.tenantId, leadId, patch, {
          changeKey: taskIdempotencyKey('crm.updateLead', meta),
        });
        if (Object.keys(changes).length > 0) await publish(meta, 'lead.updated', { lead, changes });
        return { leadId: lead.id, lead: toLeadSummary(lead) };
      },

      'crm.addNote': async (input, meta) => {
        const note = await leads.addNote(meta.tenantId, input.leadId, input.text);
        return { noteId: note.id, leadId: input.leadId };
      },

      'crm.findLeads': async (input, meta) => {
        const found = await findAll(meta, input, input.limit ?? 100);
        const leadsOut: LeadSummary[] = summariesWithin(found, toLeadSummary);
        return { leads: leadsOut, count: leadsOut.length };
      },

      'crm.exportLeads': async (input, meta) => {
        const found = await findAll(meta, input, input.limit ?? 100_000);
        const key = exportKey(meta.tenantId, taskEntityId(meta, 'ex'));
        const lines = found.map((lead) => JSON.stringify(toLeadSummary(lead))).join('\n');
        await deps.files.put(key, lines, 'application/jsonl');
        return { leads: { key, count: found.length }, count: found.length };
      },

      'crm.getLead': async (input, meta) => {
        const lead = await resolveLead(meta.tenantId, input);
        return { leadId: lead.id, lead: toLeadSummary(lead) };
      },
    },
    previews: {
      'crm.createLead': async (input, meta) => {
        const existing = await leads.findByEmail(meta.tenantId, input.email);
        if (existing) return { leadId: existing.id, created: false, lead: toLeadSummary(existing) };
        return {
          leadId: 'dry-run',
          created: true,
          lead: {
            id: 'dry-run',
            email: input.email.trim().toLowerCase(),
            name: input.name ?? null,
            company: input.company ?? null,
            status: input.status ?? 'new',
            value: input.value ?? null,
            tags: input.tags ?? [],
          },
        };
      },
    },
  };
};

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
}

/** The key of an export in the files bucket: per tenant, one per run step (a retry writes the same object). */
export const exportKey = (tenantId: string, exportId: string): string =>
  `exports/${tenantId}/${exportId}.jsonl`;

const FIND_PAGE = 100;

type LeadQuery = {
  readonly [K in Exclude<keyof LeadFilters, 'cursor' | 'limit'>]?: LeadFilters[K] | undefined;
} & { readonly noReplyFor?: string | undefined };

/** crm.createLead / updateLead / addNote / findLeads / getLead over the lead repository. */
export const createCrmAgent = (deps: CrmAgentDeps): AgentParts => {
  const leads = createLeadRepository(deps);
  const activity = createActivityStore(deps);

  /** Emailed by a workflow at least `ms` ago, and no reply since that email (the lead's activity feed). */
  const silentFor = async (tenantId: string, leadId: string, ms: number): Promise<boolean> => {
    const sent = (await activity.list(tenantId, { leadId, type: 'email.sent', limit: 1 })).items[0];
    if (!sent || Date.parse(sent.time) > deps.clock.now().getTime() - ms) return false;
    const replies = await activity.list(tenantId, {
      leadId,
      type: 'email.received',
      limit: 1,
      since: sent.time,
    });
    return replies.items.length === 0;
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

  const findAll = async (tenantId: string, input: LeadQuery, wanted: number): Promise<Lead[]> => {
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
    let cursor: string | undefined;
    do {
      const page = await leads.list(tenantId, {
        ...filters,
        limit: Math.min(FIND_PAGE, wanted - found.length),
        ...(cursor ? { cursor } : {}),
      });
      if (!quiet) found.push(...page.items);
      else
        for (const lead of page.items)
          if (await silentFor(tenantId, lead.id, quiet.seconds * 1000)) found.push(lead);
      cursor = page.cursor;
    } while (cursor && found.length < wanted);
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
        const found = await findAll(meta.tenantId, input, input.limit ?? 100);
        const leadsOut: LeadSummary[] = summariesWithin(found, toLeadSummary);
        return { leads: leadsOut, count: leadsOut.length };
      },

      'crm.exportLeads': async (input, meta) => {
        const found = await findAll(meta.tenantId, input, input.limit ?? 100_000);
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

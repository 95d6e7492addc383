import type { LEAD_PERIODS } from '../../../statemachines/catalogue/crm';
import type { TaskMeta } from '../../../statemachines/contracts';
import { eventSource } from '../../../statemachines/events';
import { isValidTimeZone, localMidnight, zonedParts } from '../../../statemachines/time-zones';
import { createActivityStore } from '../../data/activity';
import { createLeadRepository, type Lead, type LeadSummary, toLeadSummary } from '../../data/leads';
import { createLogRepository, type NewLogEntry } from '../../data/logs';
import { NonRetriableError, NotFoundError } from '../../shared/errors';
import type { Clock, Database, EventPublisher, FileStore } from '../../shared/ports';
import { leadsText } from '../found-text';
import { summariesWithin } from '../result-size';
import { type AgentParts, taskEntityId, taskEventId, taskIdempotencyKey } from '../runner';
import { createLeadFind, exportLeadsWith, NO_REPLY_SCAN_LIMIT } from './lead-export';

export { exportKey, NO_REPLY_SCAN_LIMIT } from './lead-export';

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
  /** The tenant's time zone, for crm.findLeads' createdIn. @default UTC */
  readonly settings?: {
    getTenantSettings(tenantId: string): Promise<{ readonly timezone?: string | undefined }>;
  };
}

type LeadPeriod = (typeof LEAD_PERIODS)[number];

/**
 * createdAfter / createdBefore of a period crm.findLeads' createdIn names, at `now` in `zone` ("this week" from
 * Monday 00:00; "the last 7 days" the 7 × 24 hours before now).
 */
export const createdWindow = (
  period: LeadPeriod,
  now: number,
  zone: string,
): { createdAfter: string; createdBefore?: string } => {
  const midnight = (daysBack: number) => new Date(localMidnight(now, zone, daysBack)).toISOString();
  switch (period) {
    case 'today':
      return { createdAfter: midnight(0) };
    case 'yesterday':
      return { createdAfter: midnight(1), createdBefore: midnight(0) };
    case 'this-week':
      return { createdAfter: midnight(zonedParts(now, zone).weekday) };
    case 'last-7-days':
      return { createdAfter: new Date(now - 7 * 86_400_000).toISOString() };
  }
};

/** The later of two timestamps (undefined when neither is given). */
const later = (a: string | undefined, b: string | undefined, sign: 1 | -1): string | undefined =>
  a === undefined ? b : b === undefined ? a : sign * (Date.parse(a) - Date.parse(b)) >= 0 ? a : b;

/** crm.createLead / updateLead / addNote / findLeads / getLead over the lead repository. */
export const createCrmAgent = (deps: CrmAgentDeps): AgentParts => {
  const leads = createLeadRepository(deps);
  const activity = createActivityStore(deps);
  const scanLimit = deps.noReplyScanLimit ?? NO_REPLY_SCAN_LIMIT;
  const logs = deps.logs ?? createLogRepository(deps);

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

  const findAll = createLeadFind({
    clock: deps.clock,
    leads,
    newestForLead: activity.newestForLead,
    scanLimit,
    logs,
  });

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
        const { createdIn, ...query } = input;
        if (createdIn) {
          const settings = deps.settings ? await deps.settings.getTenantSettings(meta.tenantId) : {};
          const zone = settings.timezone && isValidTimeZone(settings.timezone) ? settings.timezone : 'UTC';
          const window = createdWindow(createdIn, deps.clock.now().getTime(), zone);
          // both hold: the later start, the earlier end
          query.createdAfter = later(query.createdAfter, window.createdAfter, 1);
          query.createdBefore = later(query.createdBefore, window.createdBefore, -1);
        }
        const found = await findAll(meta, query, input.limit ?? 100);
        const leadsOut: LeadSummary[] = summariesWithin(found, toLeadSummary);
        return { leads: leadsOut, count: leadsOut.length, text: leadsText(leadsOut, input.status) };
      },

      'crm.exportLeads': exportLeadsWith(findAll, deps.files),

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

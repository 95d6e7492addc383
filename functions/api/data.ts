import { z } from 'zod';
import { createLeadRepository, Lead, LeadPatch, LeadStatus, NewLead } from '../data/leads';
import { ConflictError, NotFoundError } from '../shared/errors';
import type { Platform } from '../shared/platform';
import {
  type CollectionAdapter,
  type CollectionSpec,
  type DataModules,
  dataEvent,
  defined,
} from './data-modules';
import { Cursor, Limit, pageView } from './schemas';

/**
 * The data modules over the business-data repositories: schemas for the route table and adapters that call the
 * repositories and name the bus events each write emits.
 */

const IsoTime = z.iso.datetime({ offset: true });
const ExpectedVersion = z
  .number()
  .int()
  .min(1)
  .optional()
  .describe('Version read before the change: a newer save -> 409');

/** A repository `get` that throws NotFoundError -> undefined. */
const orUndefined = async <T>(promise: Promise<T>): Promise<T | undefined> => {
  try {
    return await promise;
  } catch (err) {
    if (err instanceof NotFoundError) return undefined;
    throw err;
  }
};

// ------------------------------------------------------------------------------------------------------ leads

const LeadsQuery = z.object({
  limit: Limit,
  cursor: Cursor,
  status: LeadStatus.optional(),
  tag: z.string().min(1).max(50).optional(),
  source: z.string().min(1).max(100).optional(),
  minValue: z.coerce.number().min(0).optional(),
  createdAfter: IsoTime.optional(),
  createdBefore: IsoTime.optional(),
});

export const leadsSpec: CollectionSpec = {
  name: 'leads',
  title: 'Lead',
  item: Lead.meta({ id: 'Lead' }),
  createBody: z.strictObject(NewLead.shape).meta({ id: 'NewLead' }),
  updateBody: z
    .strictObject({ ...LeadPatch.shape, expectedVersion: ExpectedVersion })
    .meta({ id: 'LeadPatch' }),
  listQuery: LeadsQuery,
};

const leadsAdapter = (platform: Platform): CollectionAdapter => {
  const repo = createLeadRepository({ db: platform.db, clock: platform.clock });
  const { clock } = platform;
  return {
    async list(tenantId, query) {
      return pageView(await repo.list(tenantId, defined(query as z.infer<typeof LeadsQuery>)));
    },
    async create(tenantId, body) {
      const { lead, created } = await repo.create(tenantId, body as NewLead);
      if (!created) throw new ConflictError(`A lead with email ${lead.email} already exists (${lead.id})`);
      return { item: lead, events: [dataEvent(clock, tenantId, 'lead.created', { lead })] };
    },
    async get(tenantId, id) {
      return orUndefined(repo.get(tenantId, id));
    },
    async update(tenantId, id, body) {
      const { expectedVersion, ...patch } = body as LeadPatch & { expectedVersion?: number };
      const { lead, changes } = await repo.update(tenantId, id, patch, defined({ expectedVersion }));
      return {
        item: lead,
        events:
          Object.keys(changes).length > 0
            ? [dataEvent(clock, tenantId, 'lead.updated', { lead, changes })]
            : [],
      };
    },
    async remove(tenantId, id) {
      await repo.delete(tenantId, id);
      return { item: null, events: [] };
    },
  };
};

// ------------------------------------------------------------------------------------------------------ wiring

export const COLLECTION_SPECS: readonly CollectionSpec[] = [leadsSpec];

export const createDataModules = (platform: Platform): DataModules => ({
  leads: leadsAdapter(platform),
});

import * as z from 'zod/mini';
import { builtOnFirstUse, withMeta } from '../../../statemachines/zod-kit';
import {
  createLeadRepository,
  type LeadPatch,
  leadPatchSchema,
  leadSchema,
  leadStatusSchema,
  type NewLead,
  newLeadSchema,
} from '../../data/leads';
import { ConflictError } from '../../shared/errors';
import type { Platform } from '../../shared/platform';
import { type CollectionAdapter, type CollectionSpec, dataEvent, defined } from '../data-modules';
import { Cursor, Limit, pageView } from '../schemas';
import { ExpectedVersion, IsoTime, orUndefined } from './common';

const LeadsQuery = /* @__PURE__ */ builtOnFirstUse(() =>
  z.object({
    limit: Limit,
    cursor: Cursor,
    status: z.optional(leadStatusSchema()),
    tag: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(50))),
    source: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(100))),
    minValue: z.optional(z.coerce.number().check(z.gte(0))),
    createdAfter: z.optional(IsoTime),
    createdBefore: z.optional(IsoTime),
  }),
);

export const leadsSpec: CollectionSpec = {
  name: 'leads',
  title: 'Lead',
  item: builtOnFirstUse(() => withMeta(leadSchema(), { id: 'Lead' })),
  createBody: builtOnFirstUse(() => withMeta(z.strictObject(newLeadSchema().shape), { id: 'NewLead' })),
  updateBody: builtOnFirstUse(() =>
    withMeta(z.strictObject({ ...leadPatchSchema().shape, expectedVersion: ExpectedVersion }), {
      id: 'LeadPatch',
    }),
  ),
  listQuery: LeadsQuery,
};

export const leadsAdapter = (platform: Platform): CollectionAdapter => {
  const repo = createLeadRepository({ db: platform.db, clock: platform.clock });
  const { clock } = platform;
  return {
    async list(tenantId, query) {
      return pageView(await repo.list(tenantId, defined(query as z.infer<ReturnType<typeof LeadsQuery>>)));
    },
    async create(tenantId, body) {
      const { lead, created } = await repo.create(tenantId, body as NewLead);
      if (!created) throw new ConflictError(`A lead with email ${lead.email} already exists (${lead.id})`);
      return { item: lead, events: [dataEvent(clock, tenantId, 'lead.created', { lead })] };
    },
    get: (tenantId, id) => orUndefined(repo.get(tenantId, id)),
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

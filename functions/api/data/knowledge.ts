import * as z from 'zod/mini';
import { builtOnFirstUse, described, withMeta } from '../../../statemachines/zod-kit';
import {
  createKnowledgeRepository,
  type KnowledgePatch,
  knowledgeSchemas,
  type NewKnowledgeEntry,
} from '../../data/knowledge';
import type { Platform } from '../../shared/platform';
import { type CollectionAdapter, type CollectionSpec, defined } from '../data-modules';
import { Cursor, Limit, pageView } from '../schemas';
import { ExpectedVersion, orUndefined } from './common';

const KnowledgeQuery = /* @__PURE__ */ builtOnFirstUse(() =>
  z.object({
    limit: Limit,
    cursor: Cursor,
    q: described(
      z.optional(z.string().check(z.trim()).check(z.minLength(1)).check(z.maxLength(500))),
      'Full-text search (ranked, with snippets); no paging',
    ),
  }),
);

export const knowledgeSpec: CollectionSpec = {
  name: 'knowledge',
  title: 'Knowledge entry',
  item: builtOnFirstUse(() => withMeta(knowledgeSchemas().KnowledgeEntry, { id: 'KnowledgeEntry' })),
  createBody: builtOnFirstUse(() =>
    withMeta(z.strictObject(knowledgeSchemas().NewKnowledgeEntry.shape), { id: 'NewKnowledgeEntry' }),
  ),
  updateBody: builtOnFirstUse(() =>
    withMeta(
      z.strictObject({ ...knowledgeSchemas().KnowledgePatch.shape, expectedVersion: ExpectedVersion }),
      {
        id: 'KnowledgePatch',
      },
    ),
  ),
  listQuery: KnowledgeQuery,
};

export const knowledgeAdapter = (platform: Platform): CollectionAdapter => {
  const repo = createKnowledgeRepository({ db: platform.db, clock: platform.clock });
  return {
    async list(tenantId, query) {
      const { q, limit, cursor } = query as z.infer<ReturnType<typeof KnowledgeQuery>>;
      if (q) return { items: await repo.search(tenantId, q, limit ?? 10) };
      return pageView(await repo.list(tenantId, defined({ limit, cursor })));
    },
    async create(tenantId, body) {
      return { item: await repo.create(tenantId, body as NewKnowledgeEntry), events: [] };
    },
    get: (tenantId, id) => orUndefined(repo.get(tenantId, id)),
    async update(tenantId, id, body) {
      const { expectedVersion, ...patch } = body as KnowledgePatch & { expectedVersion?: number };
      return { item: await repo.update(tenantId, id, patch, defined({ expectedVersion })), events: [] };
    },
    async remove(tenantId, id) {
      await repo.delete(tenantId, id);
      return { item: null, events: [] };
    },
  };
};

import { createKnowledgeRepository } from '../../data/knowledge';
import type { Platform } from '../../shared/platform';
import type { KnowledgeSearch } from './email';

/** Knowledge-base context for email drafts: the knowledge repository's ranked search (top 5). */
export const knowledgeSearchFor = (platform: Pick<Platform, 'db' | 'clock'>): KnowledgeSearch => {
  const knowledge = createKnowledgeRepository({ db: platform.db, clock: platform.clock });
  return async (query, meta) => knowledge.search(meta.tenantId, query, 5);
};

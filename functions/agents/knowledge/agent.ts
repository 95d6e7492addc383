import { createKnowledgeRepository } from '../../data/knowledge';
import type { Clock, Database } from '../../shared/ports';
import { entriesText } from '../found-text';
import type { Executors } from '../runner';

export interface KnowledgeAgentDeps {
  readonly db: Database;
  readonly clock: Clock;
}

/** knowledge.search: BM25 over the tenant's entries (functions/data/knowledge.ts). */
export const createKnowledgeAgent = (deps: KnowledgeAgentDeps): Executors => {
  const knowledge = createKnowledgeRepository(deps);
  return {
    'knowledge.search': async (input, meta) => {
      const results = await knowledge.search(meta.tenantId, input.query, input.limit ?? 5);
      return { results, text: entriesText(results) };
    },
  };
};

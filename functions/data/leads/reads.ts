import type { Database } from '../../shared/ports';
import { AlreadyExistsError, createEntityStore, type Item, listPage, type Page } from '../repository';
import { GSI1, GSI2, tenantKey } from '../table';
import { ENTITY, emailKey, isoOrThrow, leadCompanions, leadIndexes, toLead } from './items';
import { type Lead, type LeadFilters, leadStatusSchema, normalizeTag } from './schema';

/** The leads' entity store: their item, email marker, index items and companions (repository.ts). */
export const leadStore = (db: Database) =>
  createEntityStore<Lead>(db, {
    entity: 'lead',
    kind: ENTITY,
    indexes: leadIndexes,
    fromItem: toLead,
    companions: leadCompanions,
    exists: (lead) => new AlreadyExistsError('lead', lead.id),
  });

/** The leads matching the filters, newest first, a page at a time: one Query on the index the filters choose. */
export const leadList =
  (store: Pick<ReturnType<typeof leadStore>, 'list'>) =>
  async (tenantId: string, filters: LeadFilters = {}): Promise<Page<Lead>> => {
    const names: Record<string, string> = {};
    const values: Item = {};
    const conditions: string[] = [];
    let index: typeof GSI1 | typeof GSI2 = GSI1;
    let pkName = 'gsi1pk';
    let skName = 'gsi1sk';
    if (filters.tag) {
      values[':p'] = tenantKey(tenantId, 'LEADS', 'TAG', normalizeTag(filters.tag));
    } else if (filters.source) {
      values[':p'] = tenantKey(tenantId, 'LEADS', 'SOURCE', filters.source.trim().toLowerCase());
    } else if (filters.status) {
      index = GSI2;
      pkName = 'gsi2pk';
      skName = 'gsi2sk';
      values[':p'] = tenantKey(tenantId, 'LEADS', 'STATUS', leadStatusSchema().parse(filters.status));
    } else {
      values[':p'] = tenantKey(tenantId, 'LEADS');
    }
    let keyCondition = `${pkName} = :p`;
    if (filters.createdAfter || filters.createdBefore) {
      values[':from'] = filters.createdAfter ? isoOrThrow('createdAfter', filters.createdAfter) : '0';
      values[':to'] =
        `${filters.createdBefore ? isoOrThrow('createdBefore', filters.createdBefore) : '9'}#\uffff`;
      keyCondition += ` AND ${skName} BETWEEN :from AND :to`;
    }
    if (filters.status && index === GSI1) {
      names['#status'] = 'status';
      values[':status'] = leadStatusSchema().parse(filters.status);
      conditions.push('#status = :status');
    }
    if (filters.tag && filters.source) {
      names['#source'] = 'source';
      values[':source'] = filters.source.trim();
      conditions.push('#source = :source');
    }
    if (filters.minValue !== undefined) {
      names['#value'] = 'value';
      values[':min'] = filters.minValue;
      conditions.push('#value >= :min');
    }
    return store.list(
      tenantId,
      {
        index,
        keyCondition,
        names: { ...names },
        values,
        ...(conditions.length ? { filter: conditions.join(' AND ') } : {}),
        newestFirst: true,
      },
      filters,
    );
  };

/**
 * The lead repository's list alone, for a reader that changes no lead (crm.exportLeads' find in a dry run) and so
 * need not carry the lead writes, their schemas and the timeline.
 */
export const createLeadReads = ({ db }: { readonly db: Database }) => ({
  list: leadList({ list: listPage(db, toLead) }),
});

/**
 * A lead by id or by email address, for a reader that changes no lead (email-ingest and its reply tracking): the
 * repository's own `get` and `findByEmail`, without the lead writes, their schemas, the list and the timeline.
 */
export const createLeadLookups = ({ db }: { readonly db: Database }) => {
  const store = leadStore(db);
  return {
    get: store.get,
    findByEmail: (tenantId: string, email: string): Promise<Lead | undefined> =>
      store.findByMarker(tenantId, emailKey(tenantId, email), 'leadId'),
  };
};

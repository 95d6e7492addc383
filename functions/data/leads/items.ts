import { BadRequestError } from '../../shared/errors';
import type { Clock, Database } from '../../shared/ports';
import {
  AlreadyExistsError,
  type Companion,
  entityKey,
  fieldsOf,
  type Item,
  uniqueKey,
  VersionConflictError,
} from '../repository';
import { tenantKey } from '../table';
import { type Lead, normalizeEmail, normalizeTag } from './schema';

/** How a lead is stored: its keys, its item, the email marker and the index copies that go with it. */

export interface LeadRepositoryDeps {
  readonly db: Database;
  readonly clock: Clock;
}

export const ENTITY = 'LEAD';
export const EMAIL = 'LEADEMAIL';
export const leadKey = (tenantId: string, id: string) => entityKey(tenantId, ENTITY, id);
export const emailKey = (tenantId: string, email: string) =>
  uniqueKey(tenantId, EMAIL, normalizeEmail(email));
export const createdSort = (lead: Lead) => `${lead.createdAt}#${lead.id}`;

export const leadIndexes = (tenantId: string, lead: Lead): Item => ({
  gsi1pk: tenantKey(tenantId, 'LEADS'),
  gsi1sk: createdSort(lead),
  gsi2pk: tenantKey(tenantId, 'LEADS', 'STATUS', lead.status),
  gsi2sk: createdSort(lead),
});

export interface IndexEntry {
  readonly sk: string;
  readonly gsi1pk: string;
}
export const indexEntries = (tenantId: string, lead: Lead): IndexEntry[] => {
  const entries = [...new Set(lead.tags.map(normalizeTag))].map((tag) => ({
    sk: `IDX#TAG#${tag}`,
    gsi1pk: tenantKey(tenantId, 'LEADS', 'TAG', tag),
  }));
  if (lead.source) {
    entries.push({
      sk: 'IDX#SOURCE',
      gsi1pk: tenantKey(tenantId, 'LEADS', 'SOURCE', lead.source.trim().toLowerCase()),
    });
  }
  return entries;
};
export const indexItem = (tenantId: string, lead: Lead, entry: IndexEntry): Item => ({
  ...lead,
  tenantId,
  type: 'leadIndex',
  pk: leadKey(tenantId, lead.id).pk,
  sk: entry.sk,
  gsi1pk: entry.gsi1pk,
  gsi1sk: createdSort(lead),
});

/** The email marker (leads are unique by email; dropped only while it is still this lead's) and the index copies. */
export const leadCompanions = (tenantId: string, lead: Lead): Companion[] => [
  {
    key: emailKey(tenantId, lead.email),
    label: `lead email ${lead.email}`,
    item: { ...emailKey(tenantId, lead.email), type: 'leadEmail', tenantId, leadId: lead.id },
    unique: () => new AlreadyExistsError('lead with email', lead.email),
    dropWhen: {
      expression: 'leadId = :id',
      values: { ':id': lead.id },
      onFailed: () => new VersionConflictError('lead', lead.id, lead.version),
    },
  },
  ...indexEntries(tenantId, lead).map((entry) => ({
    key: { pk: leadKey(tenantId, lead.id).pk, sk: entry.sk },
    label: `lead index ${entry.sk}`,
    item: indexItem(tenantId, lead, entry),
  })),
];

/** What a lead item stores beside the lead (the tenant, and the record of its last change). */
const LEAD_STORED_ONLY: ReadonlySet<string> = new Set(['tenantId', 'lastChange']);

export const toLead = (item: Item): Lead => fieldsOf<Lead>(item, LEAD_STORED_ONLY);

export const isoOrThrow = (name: string, value: string): string => {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new BadRequestError(`${name} must be an ISO-8601 date-time`);
  return d.toISOString();
};

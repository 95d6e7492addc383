import * as z from 'zod';
import type { LeadSummary as LeadSummarySchema } from '../../statemachines/catalogue';
import { BadRequestError, NotFoundError } from '../shared/errors';
import type { Clock, Database } from '../shared/ports';
import {
  AlreadyExistsError,
  assertId,
  type Companion,
  clampLimit,
  createEntityStore,
  deletePartition,
  entityKey,
  type Item,
  mapPage,
  mustExist,
  newId,
  type Page,
  type PageRequest,
  queryPage,
  readItem,
  transact,
  uniqueKey,
  updateAtVersion,
  VersionConflictError,
  withoutTenant,
} from './repository';
import { GSI1, GSI2, tenantKey } from './table';

/**
 * Leads, de-duplicated by email.
 *
 *   lead        pk T#<t>#LEAD#<id>        sk LEAD                 gsi1 T#<t>#LEADS / <createdAt>#<id>
 *                                                                 gsi2 T#<t>#LEADS#STATUS#<status> / <createdAt>#<id>
 *   email       pk T#<t>#LEADEMAIL#<email> sk LEADEMAIL           leadId (uniqueness, same transaction as the lead)
 *   tag index   pk T#<t>#LEAD#<id>        sk IDX#TAG#<tag>        gsi1 T#<t>#LEADS#TAG#<tag> / <createdAt>#<id>
 *   source idx  pk T#<t>#LEAD#<id>        sk IDX#SOURCE           gsi1 T#<t>#LEADS#SOURCE#<source> / <createdAt>#<id>
 *   timeline    pk T#<t>#LEAD#<id>        sk TL#<at>#<entryId>    notes, emails sent, …
 *
 * Index items carry a full copy of the lead (rewritten in the lead's transaction), so a filtered list is one Query
 * with a FilterExpression for the remaining criteria, and pages stay full.
 */

export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'customer', 'lost'] as const;
export const LeadStatus = z.enum(LEAD_STATUSES);
export type LeadStatus = z.infer<typeof LeadStatus>;
/** Keeps the lead's transaction (lead, email, tag and source index items) under DynamoDB's 100-item limit. */
export const MAX_TAGS_PER_LEAD = 45;

export const Lead = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  company: z.string().nullable(),
  phone: z.string().nullable(),
  source: z.string().nullable(),
  status: LeadStatus,
  value: z.number().nullable(),
  tags: z.array(z.string()),
  fields: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Lead = z.infer<typeof Lead>;
export type LeadSummary = z.infer<typeof LeadSummarySchema>;

export const NewLead = z.object({
  email: z.email(),
  name: z.string().max(200).optional(),
  company: z.string().max(200).optional(),
  phone: z.string().max(50).optional(),
  source: z.string().max(100).optional(),
  status: LeadStatus.optional(),
  value: z.number().min(0).optional(),
  tags: z.array(z.string().max(50)).max(MAX_TAGS_PER_LEAD).optional(),
  fields: z.record(z.string(), z.unknown()).optional(),
});
export type NewLead = z.infer<typeof NewLead>;

export const LeadPatch = z.object({
  email: z.email().optional(),
  name: z.string().max(200).nullable().optional(),
  company: z.string().max(200).nullable().optional(),
  phone: z.string().max(50).nullable().optional(),
  source: z.string().max(100).nullable().optional(),
  status: LeadStatus.optional(),
  value: z.number().min(0).nullable().optional(),
  /** Replaces all tags. */
  tags: z.array(z.string().max(50)).max(MAX_TAGS_PER_LEAD).optional(),
  addTags: z.array(z.string().max(50)).max(50).optional(),
  removeTags: z.array(z.string().max(50)).max(50).optional(),
  /** Merged into the custom fields; a null value removes that field. */
  fields: z.record(z.string(), z.unknown()).optional(),
});
export type LeadPatch = z.infer<typeof LeadPatch>;

export interface LeadFilters extends PageRequest {
  readonly status?: LeadStatus;
  readonly tag?: string;
  readonly source?: string;
  readonly minValue?: number;
  /** Inclusive, ISO-8601. */
  readonly createdAfter?: string;
  readonly createdBefore?: string;
}

export type LeadChanges = Record<string, { from: unknown; to: unknown }>;

export const TimelineEntry = z.object({
  id: z.string(),
  leadId: z.string(),
  kind: z.string(),
  text: z.string(),
  at: z.string(),
  data: z.record(z.string(), z.unknown()).nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
const normalizeTag = (tag: string): string => tag.trim().toLowerCase();
const uniqueTags = (tags: readonly string[]): string[] => [
  ...new Set(tags.map((t) => t.trim()).filter((t) => t.length > 0)),
];

export const toLeadSummary = (lead: Lead): LeadSummary => ({
  id: lead.id,
  email: lead.email,
  name: lead.name,
  company: lead.company,
  status: lead.status,
  value: lead.value,
  tags: lead.tags,
});

export interface LeadRepositoryDeps {
  readonly db: Database;
  readonly clock: Clock;
}

const ENTITY = 'LEAD';
const EMAIL = 'LEADEMAIL';
const leadKey = (tenantId: string, id: string) => entityKey(tenantId, ENTITY, id);
const emailKey = (tenantId: string, email: string) => uniqueKey(tenantId, EMAIL, normalizeEmail(email));
const createdSort = (lead: Lead) => `${lead.createdAt}#${lead.id}`;

const leadItem = (tenantId: string, lead: Lead): Item => ({
  ...leadKey(tenantId, lead.id),
  type: 'lead',
  tenantId,
  ...lead,
  gsi1pk: tenantKey(tenantId, 'LEADS'),
  gsi1sk: createdSort(lead),
  gsi2pk: tenantKey(tenantId, 'LEADS', 'STATUS', lead.status),
  gsi2sk: createdSort(lead),
});

interface IndexEntry {
  readonly sk: string;
  readonly gsi1pk: string;
}
const indexEntries = (tenantId: string, lead: Lead): IndexEntry[] => {
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
const indexItem = (tenantId: string, lead: Lead, entry: IndexEntry): Item => ({
  ...lead,
  tenantId,
  type: 'leadIndex',
  pk: leadKey(tenantId, lead.id).pk,
  sk: entry.sk,
  gsi1pk: entry.gsi1pk,
  gsi1sk: createdSort(lead),
});

/** The email marker (leads are unique by email; dropped only while it is still this lead's) and the index copies. */
const leadCompanions = (tenantId: string, lead: Lead): Companion[] => [
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

const toLead = (item: Item): Lead => {
  const { lastChange: _c, ...lead } = withoutTenant<Lead & { lastChange?: unknown }>(item);
  return lead;
};

const isoOrThrow = (name: string, value: string): string => {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new BadRequestError(`${name} must be an ISO-8601 date-time`);
  return d.toISOString();
};

export const createLeadRepository = ({ db, clock }: LeadRepositoryDeps) => {
  const store = createEntityStore<Lead>(db, {
    entity: 'lead',
    key: leadKey,
    toItem: leadItem,
    fromItem: toLead,
    companions: leadCompanions,
    exists: (lead) => new AlreadyExistsError('lead', lead.id),
  });
  const { find: getItem, get } = store;

  const findByEmail = (tenantId: string, email: string): Promise<Lead | undefined> =>
    store.findByMarker(tenantId, emailKey(tenantId, email), 'leadId');

  /**
   * Creates the lead, or returns the existing lead with the same email (`created: false`). `options.id` (checked like
   * any id) lets a retried caller name the lead, so it can tell its own earlier write from someone else's.
   */
  const create = async (
    tenantId: string,
    input: NewLead,
    options: { readonly id?: string } = {},
  ): Promise<{ lead: Lead; created: boolean }> => {
    const data = NewLead.parse(input);
    if (options.id !== undefined) assertId('lead', options.id);
    const at = clock.now().toISOString();
    const lead: Lead = {
      id: options.id ?? newId('ld', clock.now()),
      email: normalizeEmail(data.email),
      name: data.name ?? null,
      company: data.company ?? null,
      phone: data.phone ?? null,
      source: data.source?.trim() || null,
      status: data.status ?? 'new',
      value: data.value ?? null,
      tags: uniqueTags(data.tags ?? []),
      fields: data.fields ?? {},
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await store.insert(tenantId, lead);
        return { lead, created: true };
      } catch (error) {
        if (!(error instanceof AlreadyExistsError)) throw error;
        const existing =
          (options.id !== undefined ? await getItem(tenantId, options.id) : undefined) ??
          (await findByEmail(tenantId, lead.email));
        if (existing) return { lead: existing, created: false };
        // The other lead was deleted in between: try again.
      }
    }
    throw new VersionConflictError('lead with email', lead.email);
  };

  const applyPatch = (current: Lead, patch: LeadPatch, at: string): { next: Lead; changes: LeadChanges } => {
    let tags = patch.tags ? uniqueTags(patch.tags) : [...current.tags];
    if (patch.addTags) tags = uniqueTags([...tags, ...patch.addTags]);
    if (patch.removeTags) {
      const removed = new Set(patch.removeTags.map(normalizeTag));
      tags = tags.filter((t) => !removed.has(normalizeTag(t)));
    }
    if (tags.length > MAX_TAGS_PER_LEAD) {
      throw new BadRequestError(`A lead has at most ${MAX_TAGS_PER_LEAD} tags`);
    }
    const fields = { ...current.fields };
    for (const [k, v] of Object.entries(patch.fields ?? {})) {
      if (v === null) delete fields[k];
      else fields[k] = v;
    }
    const pick = <K extends keyof Lead>(key: K, value: Lead[K] | undefined): Lead[K] =>
      value === undefined ? current[key] : value;
    const next: Lead = {
      ...current,
      email: patch.email ? normalizeEmail(patch.email) : current.email,
      name: pick('name', patch.name),
      company: pick('company', patch.company),
      phone: pick('phone', patch.phone),
      source: patch.source === undefined ? current.source : patch.source?.trim() || null,
      status: pick('status', patch.status),
      value: pick('value', patch.value),
      tags,
      fields,
      updatedAt: at,
      version: current.version + 1,
    };
    const changes: LeadChanges = {};
    for (const key of [
      'email',
      'name',
      'company',
      'phone',
      'source',
      'status',
      'value',
      'tags',
      'fields',
    ] as const) {
      if (JSON.stringify(current[key]) !== JSON.stringify(next[key]))
        changes[key] = { from: current[key], to: next[key] };
    }
    return { next, changes };
  };

  /**
   * Applies the patch under optimistic versioning. With `expectedVersion` a concurrent change is a 409; without,
   * the read-modify-write is retried. A patch that changes nothing writes nothing.
   */
  const update = async (
    tenantId: string,
    id: string,
    patch: LeadPatch,
    options: { expectedVersion?: number; changeKey?: string } = {},
  ): Promise<{ lead: Lead; changes: LeadChanges }> => {
    const data = LeadPatch.parse(patch);
    const { changeKey } = options;
    return updateAtVersion(
      'lead',
      id,
      options.expectedVersion,
      async () => {
        assertId('lead', id);
        const item = mustExist('lead', id, await readItem(db, leadKey(tenantId, id)));
        const lead = toLead(item);
        const lastChange = item.lastChange as { key: string; changes: LeadChanges } | undefined;
        return { lead, lastChange, version: lead.version };
      },
      async ({ lead: current, lastChange }) => {
        const { next, changes } = applyPatch(current, data, clock.now().toISOString());
        if (Object.keys(changes).length === 0) {
          // The repeat of a change made with the same key (a retried step) gets that change back.
          const repeat = changeKey !== undefined && lastChange?.key === changeKey;
          return { lead: current, changes: repeat ? lastChange.changes : changes };
        }

        const stored = {
          ...leadItem(tenantId, next),
          ...(changeKey ? { lastChange: { key: changeKey, changes } } : {}),
        };
        const steps = store.replaceSteps(tenantId, current, next, stored);
        await transact(db, steps);
        return { lead: next, changes };
      },
    );
  };

  /** Deletes the lead, its email marker, index items and timeline. */
  const remove = async (
    tenantId: string,
    id: string,
    options: { expectedVersion?: number } = {},
  ): Promise<void> => {
    await store.remove(tenantId, id, options.expectedVersion);
    // The rest of the partition (timeline, stray index items): deleted after the lead is gone.
    await deletePartition(db, leadKey(tenantId, id).pk);
  };

  const list = async (tenantId: string, filters: LeadFilters = {}): Promise<Page<Lead>> => {
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
      values[':p'] = tenantKey(tenantId, 'LEADS', 'STATUS', LeadStatus.parse(filters.status));
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
      values[':status'] = LeadStatus.parse(filters.status);
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

  const addTimelineEntry = async (
    tenantId: string,
    leadId: string,
    entry: { kind: string; text: string; data?: Record<string, unknown> },
  ): Promise<TimelineEntry> => {
    const at = clock.now().toISOString();
    const timeline: TimelineEntry = {
      id: newId(entry.kind === 'note' ? 'nt' : 'tl', clock.now()),
      leadId,
      kind: entry.kind,
      text: entry.text,
      at,
      data: entry.data ?? null,
    };
    await transact(db, [
      {
        label: `lead ${leadId}`,
        onConditionFailed: () => new NotFoundError('lead', leadId),
        item: {
          ConditionCheck: {
            TableName: db.tableName,
            Key: leadKey(tenantId, leadId),
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
      },
      {
        label: `timeline ${timeline.id}`,
        item: {
          Put: {
            TableName: db.tableName,
            Item: {
              pk: leadKey(tenantId, leadId).pk,
              sk: `TL#${at}#${timeline.id}`,
              type: 'leadTimeline',
              tenantId,
              ...timeline,
            },
          },
        },
      },
    ]);
    return timeline;
  };

  const addNote = (tenantId: string, leadId: string, text: string): Promise<TimelineEntry> => {
    assertId('lead', leadId);
    return addTimelineEntry(tenantId, leadId, { kind: 'note', text });
  };

  /** Newest first. */
  const listTimeline = async (
    tenantId: string,
    leadId: string,
    page: PageRequest = {},
  ): Promise<Page<TimelineEntry>> => {
    assertId('lead', leadId);
    const out = await queryPage(db, {
      tenantId,
      keyCondition: 'pk = :pk AND begins_with(sk, :tl)',
      names: {},
      values: { ':pk': leadKey(tenantId, leadId).pk, ':tl': 'TL#' },
      limit: clampLimit(page.limit),
      cursor: page.cursor,
      newestFirst: true,
    });
    return mapPage(out, withoutTenant<TimelineEntry>);
  };

  return { create, get, findByEmail, update, delete: remove, list, addNote, addTimelineEntry, listTimeline };
};

export type LeadRepository = ReturnType<typeof createLeadRepository>;

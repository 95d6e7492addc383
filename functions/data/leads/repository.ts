import { BadRequestError } from '../../shared/errors';
import { POLICIES, retry } from '../../shared/retry';
import {
  AlreadyExistsError,
  assertId,
  deletePartition,
  mustExist,
  newId,
  readItem,
  transact,
  updateAtVersion,
  VersionConflictError,
} from '../repository';
import { emailKey, type LeadRepositoryDeps, leadKey, toLead } from './items';
import { createLeadLookups, leadList, leadStore } from './reads';
import {
  type Lead,
  type LeadChanges,
  type LeadPatch,
  leadPatchSchema,
  MAX_TAGS_PER_LEAD,
  type NewLead,
  newLeadSchema,
  normalizeEmail,
  normalizeTag,
  uniqueTags,
} from './schema';
import { createLeadTimeline } from './timeline';

export const createLeadRepository = ({ db, clock }: LeadRepositoryDeps) => {
  const store = leadStore(db);
  const { find: getItem } = store;
  const { get, findByEmail } = createLeadLookups({ db });

  /**
   * Creates the lead, or returns the existing lead with the same email (`created: false`). `options.id` (checked like
   * any id) lets a retried caller name the lead, so it can tell its own earlier write from someone else's.
   */
  const create = async (
    tenantId: string,
    input: NewLead,
    options: { readonly id?: string } = {},
  ): Promise<{ lead: Lead; created: boolean }> => {
    const data = newLeadSchema().parse(input);
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
    // The email is taken: that lead is the answer. It was deleted in between: try again.
    const attempt = async (): Promise<{ lead: Lead; created: boolean }> => {
      try {
        await store.insert(tenantId, lead);
        return { lead, created: true };
      } catch (error) {
        if (!(error instanceof AlreadyExistsError)) throw error;
        const existing =
          (options.id !== undefined ? await getItem(tenantId, options.id) : undefined) ??
          (await findByEmail(tenantId, lead.email));
        if (existing) return { lead: existing, created: false };
        throw new VersionConflictError('lead with email', lead.email);
      }
    };
    return retry(attempt, POLICIES.versionConflict, {
      retryOn: (error) => error instanceof VersionConflictError && error.entity === 'lead with email',
    });
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
    const data = leadPatchSchema().parse(patch);
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
          ...store.item(tenantId, next),
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

  const list = leadList(store);

  return {
    create,
    get,
    findByEmail,
    update,
    delete: remove,
    list,
    /** The lead's item key and its parser, for a caller that reads it in a batch with other items. */
    keyOf: store.key,
    fromItem: store.fromItem,
    ...createLeadTimeline({ db, clock }),
  };
};

export type LeadRepository = ReturnType<typeof createLeadRepository>;

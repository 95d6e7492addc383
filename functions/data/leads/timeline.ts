import { NotFoundError } from '../../shared/errors';
import {
  assertId,
  clampLimit,
  mapPage,
  newId,
  type Page,
  type PageRequest,
  queryPage,
  type TransactStep,
  transact,
  withoutTenant,
} from '../repository';
import { type LeadRepositoryDeps, leadKey } from './items';
import type { TimelineEntry } from './schema';

/** The lead's timeline (notes, emails sent, …): entries in the lead's partition, newest first. */
export const createLeadTimeline = ({ db, clock }: LeadRepositoryDeps) => {
  const addTimelineEntry = async (
    tenantId: string,
    leadId: string,
    entry: { kind: string; text: string; data?: Record<string, unknown> },
    /** Written in the same transaction (e.g. the record of the email the entry is about). */
    withSteps: readonly TransactStep[] = [],
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
      ...withSteps,
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

  return { addNote, addTimelineEntry, listTimeline };
};

import * as z from 'zod/mini';
import { described } from '../../../statemachines/zod-kit';
import { createLeadRepository, type Lead } from '../../data/leads';
import { NotFoundError, UnprocessableError } from '../../shared/errors';
import type { Platform } from '../../shared/platform';

export const IsoTime = /* @__PURE__ */ (() => z.iso.datetime({ offset: true }))();
export const ExpectedVersion = /* @__PURE__ */ (() =>
  described(
    z.optional(z.number().check(z.int()).check(z.gte(1))),
    'Version read before the change: a newer save -> 409',
  ))();

/** A repository `get` that throws NotFoundError -> undefined. */
export const orUndefined = async <T>(promise: Promise<T>): Promise<T | undefined> => {
  try {
    return await promise;
  } catch (err) {
    if (err instanceof NotFoundError) return undefined;
    throw err;
  }
};

/**
 * A record's `leadId` must name a lead of the caller's tenant: another tenant's id looks exactly like one that does
 * not exist (leads are read under the caller's tenant), and either is refused 422 instead of being stored as a
 * dangling reference. Returns the lead (events carry its summary).
 */
export const leadReferences = (platform: Platform) => {
  const leads = createLeadRepository({ db: platform.db, clock: platform.clock });
  return async (
    tenantId: string,
    leadId: string | null | undefined,
    what: string,
  ): Promise<Lead | undefined> => {
    if (leadId === undefined || leadId === null) return undefined;
    const lead = await orUndefined(leads.get(tenantId, leadId));
    if (!lead)
      throw new UnprocessableError(`${what} names an unknown lead`, [
        { path: 'body.leadId', message: `no lead with id ${leadId.slice(0, 128)}` },
      ]);
    return lead;
  };
};

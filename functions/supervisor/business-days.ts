import type * as z from 'zod';
import { businessDeadline } from '../../statemachines/business-days';
import type { SupervisorBusinessDeadline } from '../../statemachines/contracts';
import { NonRetriableError } from '../shared/errors';
import type { SupervisorKit } from './kit';

/**
 * Business-day waits: the deadline of `{ businessDays: N }` from when the deadline state was entered, in the tenant's
 * working week (the days its business hours open), time zone and holidays, read when the wait begins. Pure given the
 * settings, so a retry answers the same.
 */
export const createBusinessDayOps = (kit: SupervisorKit) => ({
  async businessDeadline(
    payload: z.infer<typeof SupervisorBusinessDeadline>,
  ): Promise<{ until: string; seconds: number }> {
    const settings = await kit.tenants.getTenantSettings(payload.context.tenantId);
    const r = businessDeadline(payload.from, payload.businessDays, {
      timeZone: settings.timezone,
      businessHours: settings.businessHours,
      holidays: settings.holidays,
    });
    if (!r.ok) throw new NonRetriableError(`Step "${payload.stepId}": ${r.message}`);
    return { until: r.until, seconds: r.seconds };
  },
});

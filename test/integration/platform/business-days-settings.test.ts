import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenantRepository } from '../../../functions/data/tenants';
import { BadRequestError, NonRetriableError } from '../../../functions/shared/errors';
import { setPlatform } from '../../../functions/shared/platform';
import { handler } from '../../../functions/supervisor/handler';
import type { ExecutionContext } from '../../../statemachines/contracts';
import { startTestPlatform, type TestPlatform } from '../../support/api-platform';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
  setPlatform(platform);
});
afterAll(async () => {
  setPlatform(undefined);
  await platform.close();
});

const tenants = () => createTenantRepository(platform);
const invoke = (event: unknown) => handler(event, {} as Context);

const context = (tenantId: string): ExecutionContext => ({
  tenantId,
  workflowId: 'wf-bd',
  workflowVersion: 1,
  workflowName: 'Quote follow-up',
  runId: 'run-bd',
  triggerType: 'event',
  dryRun: false,
  needsApproval: false,
  timezone: 'UTC',
  startedAt: '2026-12-04T15:00:00.000Z',
});

const deadline = (tenantId: string, from: string, businessDays: number) =>
  invoke({ op: 'businessDeadline', context: context(tenantId), stepId: 'pause', businessDays, from });

describe('tenant holidays', () => {
  it('GIVEN holidays WHEN saved THEN they are kept in date order and read back with the settings; a tenant without any has none', async () => {
    const saved = await tenants().updateSettings('bd-h1', { holidays: ['2026-12-25', '2026-12-24'] });
    expect(saved.holidays).toStrictEqual(['2026-12-24', '2026-12-25']);
    expect((await tenants().getTenantSettings('bd-h1')).holidays).toStrictEqual(['2026-12-24', '2026-12-25']);
    expect((await tenants().getTenantSettings('bd-none')).holidays).toStrictEqual([]);
  });

  it('GIVEN a date that does not exist, a date in another form or a repeated date WHEN saved THEN each is refused naming the field', async () => {
    for (const [holidays, path] of [
      [['2026-02-30'], 'holidays.0'],
      [['2026-12-24', '2026-13-01'], 'holidays.1'],
      [['2026-12-24', '24.12.2026'], 'holidays.1'],
      [['2026-12-24', '2026-12-24'], 'holidays'],
    ] as const) {
      const err = await tenants()
        .updateSettings('bd-bad', { holidays: [...holidays] })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BadRequestError);
      expect((err as BadRequestError).details?.map((d) => d.path)).toStrictEqual([path]);
    }
  });
});

describe('the supervisor’s businessDeadline op', () => {
  it('GIVEN a Berlin tenant with a Sunday-to-Thursday week and a holiday WHEN a deadline is asked THEN it is counted in that calendar', async () => {
    await tenants().updateSettings('bd-t1', {
      timezone: 'Europe/Berlin',
      businessHours: Object.fromEntries(
        (['sun', 'mon', 'tue', 'wed', 'thu'] as const).map((d) => [d, [{ start: '08:00', end: '16:00' }]]),
      ),
      holidays: ['2026-12-07'],
    });
    // Thursday 3 Dec 16:00 Berlin + 2: Sunday 6, (Monday 7 a holiday), Tuesday 8 at 16:00 Berlin.
    expect(await deadline('bd-t1', '2026-12-03T15:00:00.000Z', 2)).toStrictEqual({
      until: '2026-12-08T15:00:00Z',
      seconds: 5 * 86_400,
    });
    // Friday 4 Dec is not a working day: counted from Sunday 08:00; + 1 = Tuesday 08:00 Berlin.
    expect(await deadline('bd-t1', '2026-12-04T12:00:00.000Z', 1)).toStrictEqual({
      until: '2026-12-08T07:00:00Z',
      seconds: 4 * 86_400 - 5 * 3600,
    });
  });

  it('GIVEN a tenant that never saved settings WHEN a deadline is asked THEN Mon-Fri in UTC applies', async () => {
    expect(await deadline('bd-default', '2026-12-04T15:00:00.000Z', 1)).toStrictEqual({
      until: '2026-12-07T15:00:00Z',
      seconds: 3 * 86_400,
    });
  });

  it('GIVEN business hours with no open day WHEN a deadline is asked THEN it fails for good with the reason', async () => {
    await tenants().updateSettings('bd-closed', { businessHours: {} });
    const err = await deadline('bd-closed', '2026-12-04T15:00:00.000Z', 1).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NonRetriableError);
    expect((err as Error).message).toContain(
      'Step "pause": the tenant\'s business hours open on no working day',
    );
  });

  it('GIVEN 0 or 201 business days in the payload WHEN invoked THEN it is refused as malformed', async () => {
    for (const n of [0, 201]) {
      const err = await deadline('bd-default', '2026-12-04T15:00:00.000Z', n).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(NonRetriableError);
      expect((err as Error).message).toContain('businessDays');
    }
  });
});

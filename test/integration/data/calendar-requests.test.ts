import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalSecretBox, generateSecretsKey } from '../../../functions/adapters/local-secrets';
import { createCalendarAgent } from '../../../functions/agents/calendar/agent';
import { runAgentTask } from '../../../functions/agents/runner';
import { createBookingRepository } from '../../../functions/data/bookings';
import { idempotencyKey } from '../../../functions/data/idempotency';
import { createLeadRepository } from '../../../functions/data/leads';
import { readItem } from '../../../functions/data/repository';
import { createTenantRepository } from '../../../functions/data/tenants';
import type { PublishedEvent } from '../../../functions/shared/ports';
import { recordingDatabase, type SentCommand } from '../../support/counting-database';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

/**
 * calendar.schedule's DynamoDB requests: its lead, the booking of an earlier attempt and the tenant's calendar in one
 * read, and no idempotency record around it (the booking, written under the step's own id, is what a retry finds).
 */
describe('calendar.schedule requests', () => {
  let db: TestDatabase;
  const now = new Date('2026-03-02T08:00:00Z'); // a Monday
  const clock = { now: () => now };
  const secrets = createLocalSecretBox(generateSecretsKey());
  const events: PublishedEvent[] = [];
  const bus = { publish: async (e: readonly PublishedEvent[]) => void events.push(...e) };
  const sent: SentCommand[] = [];
  const counting = () => recordingDatabase(db, sent);

  beforeAll(async () => {
    db = await startTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  const meta = (tenantId: string, executionId: string) => ({
    tenantId,
    workflowId: 'wf',
    runId: 'run',
    executionId,
    stepId: 'meet',
    itemIndex: -1,
  });
  const schedule = (tenantId: string, input: Record<string, unknown>, m = meta(tenantId, 'exec-1')) => {
    const counted = counting();
    const settings = createTenantRepository({ db: counted, clock, secrets });
    return runAgentTask({
      area: 'calendar',
      ...createCalendarAgent({ db: counted, bus, clock, settings }),
      deps: { db: counted, clock },
      payload: { action: 'calendar.schedule', input, meta: m },
    });
  };

  it('GIVEN a lead and tenant business hours WHEN calendar.schedule books for the lead THEN lead, earlier booking, settings and who listens to booking.created are one strongly consistent BatchGetItem and no idempotency record is written', async () => {
    await createTenantRepository({ db, clock, secrets }).updateSettings('cal-io', {
      timezone: 'Europe/Berlin',
      businessHours: { mon: [{ start: '10:00', end: '16:00' }] },
    });
    const { lead } = await createLeadRepository({ db, clock }).create('cal-io', {
      email: 'ada@example.com',
      name: 'Ada',
    });
    sent.length = 0;
    const out = await schedule('cal-io', { title: 'Intro', leadId: lead.id });
    // 10:00 in Berlin on that Monday: the tenant's hours, read in the batch, were applied.
    expect(out).toMatchObject({ start: '2026-03-02T09:00:00.000Z', title: 'Intro' });
    const booked = await createBookingRepository({ db, clock }).get('cal-io', String(out.bookingId));
    expect(booked.attendeeEmail).toBe('ada@example.com');

    const reads = sent.filter((c) => /Get/.test(c.name));
    // The ticket windows (previous and current) and the calendar's claims are one Query each: no GetItem.
    expect(reads.map((c) => c.name)).toStrictEqual(['BatchGetCommand']);
    expect(sent.filter((c) => c.name === 'QueryCommand')).toHaveLength(2);
    const batch = reads[0]?.input.RequestItems as Record<
      string,
      { ConsistentRead: boolean; Keys: { sk: string }[] }
    >;
    expect(batch[db.tableName]?.ConsistentRead).toBe(true);
    // With who listens to booking.created: the event is routed by that read, not by one of its own.
    expect(batch[db.tableName]?.Keys.map((k) => k.sk).sort()).toStrictEqual([
      '#VERSION',
      'BOOKING',
      'LEAD',
      'SETTINGS',
    ]);
    // The event carries that answer, so the routing publisher reads no interest of its own.
    expect(events.at(-1)).toMatchObject({
      detailType: 'booking.created',
      interest: { subscribed: false, awaited: false },
    });
    const written = sent
      .flatMap((c) => [c.input.Key, c.input.Item])
      .map((k) => String((k as { pk?: string })?.pk));
    expect(written.some((pk) => pk.includes('#IDEMPOTENCY#'))).toBe(false);
    expect(await readItem(db, idempotencyKey('cal-io', 'exec-1#meet#calendar.schedule'))).toBeUndefined();
  });

  it('GIVEN calendar.schedule completed WHEN the same step runs again THEN it returns the same booking from one read, takes no second slot and writes nothing but its event', async () => {
    const first = await schedule('cal-again', { title: 'Call' });
    sent.length = 0;
    events.length = 0;
    const again = await schedule('cal-again', { title: 'Call' });
    expect(again).toStrictEqual(first);
    expect(sent.map((c) => c.name)).toStrictEqual(['BatchGetCommand']);
    expect((await createBookingRepository({ db, clock }).list('cal-again', {})).items).toHaveLength(1);
    expect(events.map((e) => e.detailType)).toStrictEqual(['booking.created']);
  });

  it('GIVEN a lead id that does not exist WHEN calendar.schedule runs THEN it fails for good naming the lead and books nothing', async () => {
    await expect(schedule('cal-nolead', { title: 'Call', leadId: 'ld_missing' })).rejects.toMatchObject({
      name: 'NonRetriableError',
      message: expect.stringContaining('ld_missing'),
    });
    expect((await createBookingRepository({ db, clock }).list('cal-nolead', {})).items).toHaveLength(0);
  });
});

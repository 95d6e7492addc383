import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarAgent } from '../../../functions/agents/calendar/agent';
import { runAgentTask } from '../../../functions/agents/runner';
import { finishReservation, RESERVATION_WINDOW_MS, takeReservation } from '../../../functions/data/bookings';
import type { ItemWrite, PublishedEvent } from '../../../functions/shared/ports';
import { recordingDatabase, type SentCommand } from '../../support/counting-database';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

/**
 * The reservation tickets of calendar.schedule (functions/data/bookings/reservations.ts): a finished ticket is its
 * own item, written with booking.created's feed items when its booker booked, alone when it did not; a ticket's
 * take reads the previous and the current window in one Query.
 */
describe('calendar.schedule reservation tickets', () => {
  let db: TestDatabase;
  const monday = Date.parse('2026-03-02T08:00:00Z');
  beforeAll(async () => {
    db = await startTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  const schedule = (
    tenantId: string,
    run: string,
    bus: { publish: (e: readonly PublishedEvent[]) => Promise<void> },
    input: Record<string, unknown> = { title: `Call ${run}` },
    sent: SentCommand[] = [],
  ) => {
    const target = recordingDatabase(db, sent);
    const clock = { now: () => new Date(monday) };
    return runAgentTask({
      area: 'calendar',
      ...createCalendarAgent({ db: target, bus, clock }),
      deps: { db: target, clock },
      payload: {
        action: 'calendar.schedule',
        input,
        meta: { tenantId, workflowId: 'wf', runId: run, executionId: `exec-${run}`, stepId: 'meet' },
      },
    });
  };

  it('GIVEN a booker that booked through a bus that writes with its events WHEN the next booker of the window takes a ticket THEN the first ticket is finished, and its mark was written in the event batch, not alone', async () => {
    const batches: { events: string[]; writes: ItemWrite[] }[] = [];
    const bus = {
      publish: async () => undefined,
      publishWithWrites: async (events: readonly PublishedEvent[], writes: readonly ItemWrite[]) => {
        batches.push({ events: events.map((e) => e.detailType), writes: [...writes] });
        // What routingByInterest does with them: one BatchWriteItem.
        for (const w of writes)
          if ('PutRequest' in w)
            await db.doc.send(new PutCommand({ TableName: db.tableName, Item: w.PutRequest.Item }));
      },
    };
    const sent: SentCommand[] = [];
    await schedule('tk-booked', 'a', bus, { title: 'Call a' }, sent);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.events).toStrictEqual(['booking.created']);
    expect(batches[0]?.writes.map((w) => 'PutRequest' in w && w.PutRequest.Item.sk)).toStrictEqual([
      `${Math.floor(monday / RESERVATION_WINDOW_MS)}#1`,
    ]);
    // The take (one Update) is the only write of the ticket partition this booker sent itself.
    const ticketWrites = sent.filter(
      (c) =>
        /Put|Update/.test(c.name) &&
        String(
          (c.input.Key ?? c.input.Item) && ((c.input.Key ?? c.input.Item) as { pk: string }).pk,
        ).endsWith('#SLOTS#TICKETS'),
    );
    expect(ticketWrites.map((c) => c.name)).toStrictEqual(['UpdateCommand']);

    const next = await takeReservation(db, 'tk-booked', monday);
    expect(next.ticket).toBe(2);
    expect(next.before).toStrictEqual([]);
  });

  it('GIVEN a booker that finds no free slot WHEN it gives up THEN its ticket is marked finished on its own, so the next booker leaves it no slot', async () => {
    const bus = { publish: async () => undefined };
    // Saturday only, within a day: no business hours at all.
    await expect(
      schedule('tk-full', 'a', bus, { title: 'Call', earliest: '2026-03-07T08:00:00Z', within: 'PT12H' }),
    ).rejects.toThrow(/No free 30-minute slot/);
    const next = await takeReservation(db, 'tk-full', monday);
    expect(next.ticket).toBe(2);
    expect(next.before).toStrictEqual([]);
  });

  it('GIVEN tickets of the previous and the current window, some finished WHEN a ticket is taken THEN the unfinished earlier ones of both windows come before it, read with one Query', async () => {
    const w = Math.floor(monday / RESERVATION_WINDOW_MS);
    const previous = (w - 1) * RESERVATION_WINDOW_MS + 5_000;
    const p1 = await takeReservation(db, 'tk-two', previous);
    const p2 = await takeReservation(db, 'tk-two', previous);
    await takeReservation(db, 'tk-two', previous);
    await finishReservation(db, 'tk-two', p2, previous);
    const c1 = await takeReservation(db, 'tk-two', monday);
    await finishReservation(db, 'tk-two', c1, monday);
    await takeReservation(db, 'tk-two', monday);
    const sent: SentCommand[] = [];
    const mine = await takeReservation(recordingDatabase(db, sent), 'tk-two', monday);
    expect(p1.key).toBe(`${w - 1}:1`);
    expect(mine.key).toBe(`${w}:3`);
    expect(mine.before).toStrictEqual([`${w - 1}:1`, `${w - 1}:3`, `${w}:2`]);
    expect(sent.map((c) => c.name)).toStrictEqual(['UpdateCommand', 'QueryCommand']);
  });

  it('GIVEN a window item written before finished tickets had items of their own (a done set) WHEN a ticket is taken THEN the tickets in that set count as finished', async () => {
    const w = Math.floor(monday / RESERVATION_WINDOW_MS);
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: { pk: 'T#tk-old#SLOTS#TICKETS', sk: String(w - 1), n: 3, done: new Set([1, 3]) },
      }),
    );
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: { pk: 'T#tk-old#SLOTS#TICKETS', sk: String(w), n: 2, done: new Set([2]) },
      }),
    );
    const mine = await takeReservation(db, 'tk-old', monday);
    expect(mine.ticket).toBe(3);
    expect(mine.before).toStrictEqual([`${w - 1}:2`, `${w}:1`]);
  });

  it('GIVEN a window whose number has one digit more than the previous one WHEN a ticket is taken THEN the previous window is still read', async () => {
    const at = 10 * RESERVATION_WINDOW_MS; // window 10, previous 9
    await takeReservation(db, 'tk-digits', 9 * RESERVATION_WINDOW_MS);
    const mine = await takeReservation(db, 'tk-digits', at);
    expect(mine.key).toBe('10:1');
    expect(mine.before).toStrictEqual(['9:1']);
  });
});

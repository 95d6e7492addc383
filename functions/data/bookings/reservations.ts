import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Database, ItemWrite } from '../../shared/ports';
import { type Item, queryAll } from '../repository';
import { KEY, tenantKey } from '../table';
import type { BusyInterval } from './schema';

/**
 * Places in line for "the next free slot", so that concurrent bookers pick different slots on their first try.
 *
 * Bookers that ask within the same RESERVATION_WINDOW_MS of a tenant form a cohort. Each takes a ticket with one
 * atomic update of the window's counter item, then reads which tickets of this window and the previous one are
 * finished (one Query of both windows' items); the others are still choosing. It then reads the calendar and books
 * the k-th free slot, k being the number of earlier, unfinished tickets whose booking it does not see yet: those
 * bookers take the free slots before its own, whatever each of them has seen of the others. So concurrent bookers
 * compute different slots from the same calendar, and a booker alone (or after the others finished) takes the first
 * free slot. Bookings made outside the cohort (the API, the previous window) shift everyone's view alike; a booker
 * that still loses a claim moves to the next free slot.
 *
 *   counter  pk T#<t>#SLOTS#TICKETS  sk <window>            n (tickets taken)         ttl 1 h
 *   done     pk T#<t>#SLOTS#TICKETS  sk <window>#<ticket>                             ttl 1 h
 *
 * A ticket is marked done (its own small item, an idempotent put) when its booker finishes: a booked one with its
 * booking.created event's feed items (one BatchWriteItem, after its booking is committed and so visible to every
 * later reader of the calendar, which then leaves it no slot anyway), one that did not book at once, alone. A done
 * mark read later than the ticket was taken only tells of a booker that booked (its booking is seen) or never will.
 * Counter items written before session 28 kept the finished tickets as a `done` number set: still read.
 */

export const RESERVATION_WINDOW_MS = 60_000;
const TICKET_TTL_S = 3_600;

export interface Reservation {
  /** `<window>:<ticket>`, stored with the booking's claims. */
  readonly key: string;
  readonly window: number;
  readonly ticket: number;
  /** Tickets (keys) of this cohort and the previous one that were not finished when this one was taken. */
  readonly before: readonly string[];
}

const ticketsPartition = (tenantId: string) => tenantKey(tenantId, 'SLOTS', 'TICKETS');
const counterKey = (tenantId: string, window: number) => ({
  pk: ticketsPartition(tenantId),
  sk: String(window),
});
const doneSortKey = (window: number, ticket: number) => `${window}#${ticket}`;
const ttlFrom = (nowMs: number) => Math.floor(nowMs / 1000) + TICKET_TTL_S;

const COUNTER = /^-?\d+$/;
const DONE = /^(-?\d+)#(\d+)$/;

/** What the Query of the windows' items tells per window: tickets taken (counter) and finished (done marks). */
interface WindowState {
  taken: number;
  readonly done: Set<number>;
}

const windowsOf = (items: readonly Item[]): Map<number, WindowState> => {
  const windows = new Map<number, WindowState>();
  const stateOf = (w: number) => {
    let s = windows.get(w);
    if (!s) {
      s = { taken: 0, done: new Set() };
      windows.set(w, s);
    }
    return s;
  };
  for (const item of items) {
    const sk = String(item[KEY.sk]);
    const done = DONE.exec(sk);
    if (done) stateOf(Number(done[1])).done.add(Number(done[2]));
    else if (COUNTER.test(sk)) {
      const s = stateOf(Number(sk));
      s.taken = Math.max(s.taken, Number(item.n ?? 0));
      // Before session 28 the counter item held the finished tickets itself.
      for (const t of (item.done as Set<number> | undefined) ?? []) s.done.add(Number(t));
    }
  }
  return windows;
};

/** The tickets of `window` below `below` not finished. */
const unfinished = (window: number, state: WindowState | undefined, below: number): string[] =>
  Array.from({ length: below - 1 }, (_, i) => i + 1)
    .filter((t) => !state?.done.has(t))
    .map((t) => `${window}:${t}`);

/**
 * The items of windows `window - 1` and `window` (counters and done marks): one strongly consistent Query while both
 * windows' sort keys have as many digits (always, but for a change of digit count), else one per window.
 */
const readWindows = async (db: Database, tenantId: string, window: number): Promise<Item[]> => {
  const between = (from: string, to: string) =>
    queryAll(db, {
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
      // Only what windowsOf reads: a done mark is its sort key alone (the read bills the whole items all the same).
      ProjectionExpression: '#sk, #n, #done',
      ExpressionAttributeNames: { '#pk': KEY.pk, '#sk': KEY.sk, '#n': 'n', '#done': 'done' },
      ExpressionAttributeValues: { ':pk': ticketsPartition(tenantId), ':from': from, ':to': to },
      ConsistentRead: true,
    });
  const previous = String(window - 1);
  const current = String(window);
  // `~` sorts after `#` and every digit: `<w>~` bounds the window's counter and done marks.
  if (previous.length === current.length) return between(previous, `${current}~`);
  return [...(await between(previous, `${previous}~`)), ...(await between(current, `${current}~`))];
};

/**
 * A ticket in the current window. The previous window's unfinished tickets come first too (read after taking
 * this one), so a cohort that starts while the previous one is still booking does not pile onto its slots.
 */
export const takeReservation = async (
  db: Database,
  tenantId: string,
  nowMs: number,
): Promise<Reservation> => {
  const window = Math.floor(nowMs / RESERVATION_WINDOW_MS);
  const out = await db.doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: counterKey(tenantId, window),
      UpdateExpression: 'ADD #n :one SET #ttl = :ttl',
      ExpressionAttributeNames: { '#n': 'n', '#ttl': KEY.ttl },
      ExpressionAttributeValues: { ':one': 1, ':ttl': ttlFrom(nowMs) },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  const ticket = Number(out.Attributes?.n ?? 1);
  const windows = windowsOf(await readWindows(db, tenantId, window));
  const previous = windows.get(window - 1);
  const before = [
    ...unfinished(window - 1, previous, (previous?.taken ?? 0) + 1),
    ...unfinished(window, windows.get(window), ticket),
  ];
  return { key: `${window}:${ticket}`, window, ticket, before };
};

const doneItem = (tenantId: string, r: Pick<Reservation, 'window' | 'ticket'>, nowMs: number): Item => ({
  pk: ticketsPartition(tenantId),
  sk: doneSortKey(r.window, r.ticket),
  [KEY.ttl]: ttlFrom(nowMs),
});

/** The mark of a finished ticket, as an idempotent put (for a BatchWriteItem with other items). */
export const reservationDone = (
  tenantId: string,
  r: Pick<Reservation, 'window' | 'ticket'>,
  nowMs: number,
): ItemWrite => ({ PutRequest: { Item: doneItem(tenantId, r, nowMs) } });

/** Marks the ticket finished on its own (given up, or booked by another invocation of the same step). */
export const finishReservation = async (
  db: Database,
  tenantId: string,
  r: Pick<Reservation, 'window' | 'ticket'>,
  nowMs: number,
): Promise<void> => {
  await db.doc.send(new PutCommand({ TableName: db.tableName, Item: doneItem(tenantId, r, nowMs) }));
};

/** How many of the earlier, unfinished tickets have no booking in `busy` yet: the free slots to leave to them. */
export const placesToLeave = (r: Reservation, busy: readonly BusyInterval[]): number => {
  const seen = new Set(busy.flatMap((b) => (b.reservation ? [b.reservation] : [])));
  return r.before.filter((key) => !seen.has(key)).length;
};

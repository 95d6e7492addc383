import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Database } from '../../shared/ports';
import { type Item, readItem } from '../repository';
import { KEY, tenantKey } from '../table';
import type { BusyInterval } from './schema';

/**
 * Places in line for "the next free slot", so that concurrent bookers pick different slots on their first try.
 *
 * Bookers that ask within the same RESERVATION_WINDOW_MS of a tenant form a cohort. Each takes a ticket with one
 * atomic update of the window's ticket item, which also tells it which earlier tickets were finished at that
 * moment (`done`); the others are still choosing (and so are the previous window's unfinished ones). It then reads the calendar and books the k-th free slot, k being
 * the number of earlier, unfinished tickets whose booking it does not see yet: those bookers take the free slots
 * before its own, whatever each of them has seen of the others. So concurrent bookers compute different slots from
 * the same calendar, and a booker alone (or after the others finished) takes the first free slot. Bookings made
 * outside the cohort (the API, the previous window) shift everyone's view alike; a booker that still loses a claim
 * moves to the next free slot. A ticket is marked done when its booker finishes, booked or not.
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

const ticketKey = (tenantId: string, window: number) => ({
  pk: tenantKey(tenantId, 'SLOTS', 'TICKETS'),
  sk: String(window),
});

/** The tickets of `window` below `below` not in the item's `done` set. */
const unfinished = (window: number, item: Item | undefined, below: number): string[] => {
  const done = new Set([...((item?.done as Set<number> | undefined) ?? [])].map(Number));
  return Array.from({ length: below - 1 }, (_, i) => i + 1)
    .filter((t) => !done.has(t))
    .map((t) => `${window}:${t}`);
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
      Key: ticketKey(tenantId, window),
      UpdateExpression: 'ADD #n :one SET #ttl = :ttl',
      ExpressionAttributeNames: { '#n': 'n', '#ttl': KEY.ttl },
      ExpressionAttributeValues: { ':one': 1, ':ttl': Math.floor(nowMs / 1000) + TICKET_TTL_S },
      ReturnValues: 'ALL_NEW',
    }),
  );
  const ticket = Number(out.Attributes?.n ?? 1);
  const previous = await readItem(db, ticketKey(tenantId, window - 1));
  const before = [
    ...unfinished(window - 1, previous, Number(previous?.n ?? 0) + 1),
    ...unfinished(window, out.Attributes, ticket),
  ];
  return { key: `${window}:${ticket}`, window, ticket, before };
};

/** Marks the ticket finished (booked or given up), so later bookers of the window do not wait for its slot. */
export const finishReservation = async (db: Database, tenantId: string, r: Reservation): Promise<void> => {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: ticketKey(tenantId, r.window),
      UpdateExpression: 'ADD #done :t',
      ExpressionAttributeNames: { '#done': 'done' },
      ExpressionAttributeValues: { ':t': new Set([r.ticket]) },
    }),
  );
};

/** How many of the earlier, unfinished tickets have no booking in `busy` yet: the free slots to leave to them. */
export const placesToLeave = (r: Reservation, busy: readonly BusyInterval[]): number => {
  const seen = new Set(busy.flatMap((b) => (b.reservation ? [b.reservation] : [])));
  return r.before.filter((key) => !seen.has(key)).length;
};

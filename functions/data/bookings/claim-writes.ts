import { ConflictError } from '../../shared/errors';
import type { Database } from '../../shared/ports';
import { type Item, type TransactStep, transact } from '../repository';
import { type ClaimChange, claimStep, type Span } from './slot-claims';

/** DynamoDB's limit of items in one TransactWriteItems. */
const MAX_TRANSACTION_ITEMS = 100;

export interface ClaimingWrite {
  readonly tenantId: string;
  readonly bookingId: string;
  /** The booking's interval before the write (a move or a cancellation), if it held claims. */
  readonly from?: Span | undefined;
  /** Its interval after the write, if it is to hold claims. */
  readonly to?: Span | undefined;
  readonly reservation?: string | undefined;
  readonly changes: readonly ClaimChange[];
  /** The booking's own items (insert, replace, delete). */
  readonly main: readonly TransactStep[];
  /** The error for a claim that another booking holds, given that granule item as it was. */
  readonly onConflict: (holder: Item | undefined) => Error;
}

/**
 * Writes a booking with its slot claims. Usually one transaction: the booking's items and every granule it takes
 * or gives up (a 30-minute booking touches one or two). A booking too long for one transaction takes its first
 * granules in transactions of their own before the one that writes it, and gives those back if a later one is
 * refused; granules it only gives up beyond the limit are released after it, one by one (releases are idempotent).
 * Claims are never given up before the booking item says so, so an interrupted write can leave a granule held by a
 * booking that does not hold it any more, never the opposite.
 */
export const writeWithClaims = async (db: Database, w: ClaimingWrite): Promise<void> => {
  const step = (c: ClaimChange, span = w.to) =>
    claimStep(
      db,
      w.tenantId,
      { id: w.bookingId, span: (span ?? w.from)!, reservation: w.reservation },
      c,
      w.onConflict,
    );
  const takes = w.changes.filter((c) => c.take);
  const drops = w.changes.filter((c) => !c.take);
  const budget = MAX_TRANSACTION_ITEMS - w.main.length;
  if (takes.length + drops.length <= budget) {
    await transact(db, [...w.main, ...w.changes.map((c) => step(c))]);
    return;
  }
  const inFinal = Math.min(takes.length, budget);
  const early = takes.slice(0, takes.length - inFinal);
  const done: ClaimChange[] = [];
  try {
    for (let i = 0; i < early.length; i += MAX_TRANSACTION_ITEMS) {
      const chunk = early.slice(i, i + MAX_TRANSACTION_ITEMS);
      await transact(
        db,
        chunk.map((c) => step(c)),
      );
      done.push(...chunk);
    }
    const finalDrops = drops.slice(0, budget - inFinal);
    await transact(db, [
      ...w.main,
      ...takes.slice(takes.length - inFinal).map((c) => step(c)),
      ...finalDrops.map((c) => step(c)),
    ]);
  } catch (error) {
    await undo(db, w, done);
    throw error;
  }
  for (const c of drops.slice(budget - inFinal)) await settle(transact(db, [step(c, w.from)]));
};

/** Gives back granules taken before the write failed: the old role again where the booking had one, else none. */
const undo = async (db: Database, w: ClaimingWrite, done: readonly ClaimChange[]) => {
  for (const c of done) {
    const back: ClaimChange = {
      at: c.at,
      ...(c.drop ? { take: c.drop } : {}),
      ...(c.take ? { drop: c.take } : {}),
    };
    const span = c.drop ? w.from : w.to;
    if (!span) continue;
    await settle(
      transact(db, [
        claimStep(db, w.tenantId, { id: w.bookingId, span, reservation: w.reservation }, back, w.onConflict),
      ]),
    );
  }
};

/** A release or undo that finds the granule no longer ours has nothing left to do. */
const settle = (p: Promise<void>) =>
  p.catch((error: unknown) => {
    if (!(error instanceof ConflictError)) throw error;
  });

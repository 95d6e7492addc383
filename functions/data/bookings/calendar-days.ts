import type { Database } from '../../shared/ports';
import { POLICIES, retry } from '../../shared/retry';
import {
  batchGetAll,
  putAtVersionStep,
  putNewStep,
  type TransactStep,
  VersionConflictError,
} from '../repository';
import { tenantKey } from '../table';

/**
 * The calendar-day items that keep bookings from overlapping (see index.ts): every confirmed booking is listed as
 * a slot in the item of each UTC day it touches, and every booking write conditions those items on the version read.
 */

const DAY_MS = 86_400_000;
export interface Slot {
  b: string;
  s: number;
  e: number;
}
export interface CalendarDay {
  date: string;
  version: number;
  exists: boolean;
  slots: Slot[];
}

export const dayKey = (tenantId: string, date: string) => ({
  pk: tenantKey(tenantId, 'CALDAY', date),
  sk: 'CALDAY',
});

/** UTC dates (YYYY-MM-DD) the half-open interval [start, end) touches. */
export const utcDaysTouched = (startMs: number, endMs: number): string[] => {
  const days: string[] = [];
  for (let d = Math.floor(startMs / DAY_MS); d * DAY_MS < endMs; d++) {
    days.push(new Date(d * DAY_MS).toISOString().slice(0, 10));
  }
  return days;
};

export const readDays = async (
  db: Database,
  tenantId: string,
  dates: readonly string[],
): Promise<CalendarDay[]> => {
  const found = new Map<string, Record<string, unknown>>();
  for (const item of await batchGetAll(
    db,
    dates.map((d) => dayKey(tenantId, d)),
  ))
    found.set(item.date as string, item);
  return dates.map((date) => {
    const item = found.get(date);
    return item
      ? { date, version: item.version as number, exists: true, slots: (item.slots as Slot[]) ?? [] }
      : { date, version: 0, exists: false, slots: [] };
  });
};

export const dayWrite = (db: Database, tenantId: string, day: CalendarDay, slots: Slot[]): TransactStep => {
  const item = {
    ...dayKey(tenantId, day.date),
    type: 'calendarDay',
    tenantId,
    date: day.date,
    version: day.version + 1,
    slots: slots.sort((a, b) => a.s - b.s),
  };
  return day.exists
    ? putAtVersionStep(db, 'calendar day', day.date, item, day.version)
    : putNewStep(
        db,
        `calendar day ${day.date}`,
        item,
        () => new VersionConflictError('calendar day', day.date, day.version),
      );
};

export const firstOverlap = (slots: readonly Slot[], startMs: number, endMs: number, ignore?: string) =>
  slots.find((s) => s.b !== ignore && s.s < endMs && startMs < s.e);

/** Retries when a calendar day changed between read and write (another booking on the same day). */
export const withDayRetries = <T>(attempt: () => Promise<T>): Promise<T> =>
  retry(attempt, POLICIES.sameDayBooking, {
    retryOn: (error) => error instanceof VersionConflictError && error.entity === 'calendar day',
  });

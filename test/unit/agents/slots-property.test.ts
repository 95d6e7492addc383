import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BusinessHours,
  DEFAULT_BUSINESS_HOURS,
  eachFreeSlot,
  findFreeSlot,
  type Interval,
  openingIntervals,
} from '../../../functions/agents/calendar/slots';

const MIN = 60_000;
const BASE = Date.parse('2026-03-23T00:00:00Z'); // a Monday, the week Berlin changes to summer time

/** The reference: every grid start of every opening, in order, the first that fits. */
const bruteForce = (
  earliest: number,
  latest: number,
  durationMs: number,
  timeZone: string,
  hours: BusinessHours,
  busy: readonly Interval[],
): Interval | undefined => {
  for (const open of openingIntervals(earliest, latest, timeZone, hours)) {
    for (let start = open.start; start + durationMs <= open.end; start += 15 * MIN) {
      const end = start + durationMs;
      if (start < earliest || end > latest) continue;
      if (busy.every((b) => !(b.start < end && start < b.end))) return { start, end };
    }
  }
  return undefined;
};

/** A day split in two overlapping parts given late part first (the search must not skip a slot going back). */
const OVERLAPPING_HOURS: BusinessHours = {
  mon: [
    { start: '13:00', end: '18:00' },
    { start: '08:30', end: '14:00' },
  ],
  wed: [{ start: '10:00', end: '24:00' }],
  thu: [{ start: '00:00', end: '02:00' }],
};

const HOURS: readonly [string, BusinessHours][] = [
  ['Mon-Fri 09-17', DEFAULT_BUSINESS_HOURS],
  ['that overlap, listed out of order', OVERLAPPING_HOURS],
];

describe('free slot search (properties)', () => {
  it.each(HOURS)(
    'GIVEN opening hours %s, random busy intervals, durations and windows WHEN searching THEN the first free slot and the ones after it equal an exhaustive scan of the grid',
    (_, hours) => {
      fc.assert(
        fc.property(
          fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'),
          fc.integer({ min: 0, max: 7 * 24 * 60 }),
          fc.integer({ min: 1, max: 8 }).map((n) => n * 15 * MIN),
          fc.array(
            fc.record({
              at: fc.integer({ min: 0, max: 9 * 24 * 60 }),
              length: fc.integer({ min: 5, max: 240 }),
            }),
            { maxLength: 25 },
          ),
          fc.integer({ min: 1, max: 10 }),
          (timeZone, earliestMinute, durationMs, busyRaw, windowDays) => {
            const earliest = BASE + earliestMinute * MIN;
            const latest = earliest + windowDays * 86_400_000;
            const busy = busyRaw.map((b) => ({
              start: BASE + b.at * MIN,
              end: BASE + (b.at + b.length) * MIN,
            }));
            const found = findFreeSlot({
              earliest,
              latest,
              durationMs,
              timeZone,
              businessHours: hours,
              busy,
            });
            expect(found).toEqual(bruteForce(earliest, latest, durationMs, timeZone, hours, busy));
            // The slots after it: each the first free one from the end of the one before.
            const chain: Interval[] = [];
            for (let from = earliest, slot = found; slot && chain.length < 6; ) {
              chain.push(slot);
              from = slot.end;
              slot = bruteForce(from, latest, durationMs, timeZone, hours, busy);
            }
            const walked: Interval[] = [];
            for (const slot of eachFreeSlot({
              earliest,
              latest,
              durationMs,
              timeZone,
              businessHours: hours,
              busy,
            })) {
              walked.push(slot);
              if (walked.length === 6) break;
            }
            expect(walked).toEqual(chain);
          },
        ),
        { numRuns: 300 },
      );
    },
  );
});

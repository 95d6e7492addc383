import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BUSINESS_HOURS,
  findFreeSlot,
  openingIntervals,
} from '../../../functions/agents/calendar/slots';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const HOUR = 3_600_000;

const find = (earliest: string, opts: Partial<Parameters<typeof findFreeSlot>[0]> = {}) => {
  const slot = findFreeSlot({
    earliest: at(earliest),
    latest: at(earliest) + 14 * 24 * HOUR,
    durationMs: HOUR / 2,
    timeZone: 'UTC',
    businessHours: DEFAULT_BUSINESS_HOURS,
    busy: [],
    ...opts,
  });
  return slot && { start: iso(slot.start), end: iso(slot.end) };
};

describe('free slot search', () => {
  it('GIVEN default hours WHEN asked before opening on a Monday THEN the slot starts at 09:00 UTC', () => {
    expect(find('2026-01-05T06:00:00Z')).toEqual({
      start: '2026-01-05T09:00:00.000Z',
      end: '2026-01-05T09:30:00.000Z',
    });
  });

  it('GIVEN a Friday afternoon too late for the duration WHEN searching THEN the slot is Monday morning', () => {
    expect(find('2026-01-09T16:45:00Z')).toMatchObject({ start: '2026-01-12T09:00:00.000Z' });
    expect(find('2026-01-09T16:30:00Z')).toMatchObject({ start: '2026-01-09T16:30:00.000Z' });
  });

  it('GIVEN an earliest time off the grid WHEN searching THEN the slot starts at the next quarter hour', () => {
    expect(find('2026-01-05T09:07:00Z')).toMatchObject({ start: '2026-01-05T09:15:00.000Z' });
  });

  it('GIVEN busy intervals WHEN searching THEN slots overlapping them are skipped and adjacent ones are used', () => {
    const busy = [
      { start: at('2026-01-05T09:00:00Z'), end: at('2026-01-05T10:10:00Z') },
      { start: at('2026-01-05T10:45:00Z'), end: at('2026-01-05T11:00:00Z') },
    ];
    expect(find('2026-01-05T08:00:00Z', { busy })).toMatchObject({ start: '2026-01-05T10:15:00.000Z' });
    expect(find('2026-01-05T08:00:00Z', { busy, durationMs: HOUR })).toMatchObject({
      start: '2026-01-05T11:00:00.000Z',
    });
  });

  it('GIVEN a New York tenant WHEN searching THEN business hours are local (EST is UTC-5)', () => {
    expect(find('2026-01-05T12:00:00Z', { timeZone: 'America/New_York' })).toMatchObject({
      start: '2026-01-05T14:00:00.000Z',
    });
  });

  it('GIVEN a Berlin tenant across the spring DST change WHEN searching THEN 09:00 local moves from 08:00Z to 07:00Z', () => {
    expect(find('2026-03-27T07:00:00Z', { timeZone: 'Europe/Berlin' })).toMatchObject({
      start: '2026-03-27T08:00:00.000Z',
    });
    expect(find('2026-03-27T16:30:00Z', { timeZone: 'Europe/Berlin' })).toMatchObject({
      start: '2026-03-30T07:00:00.000Z',
    });
  });

  it('GIVEN a Sydney tenant WHEN the UTC date is still the previous day THEN the local Monday is used', () => {
    // 2026-01-04T22:00Z is Monday 09:00 in Sydney (AEDT, UTC+11).
    expect(find('2026-01-04T20:00:00Z', { timeZone: 'Australia/Sydney' })).toMatchObject({
      start: '2026-01-04T22:00:00.000Z',
    });
  });

  it('GIVEN a window that closes before any opening WHEN searching THEN there is no slot', () => {
    expect(find('2026-01-10T08:00:00Z', { latest: at('2026-01-11T23:00:00Z') })).toBeUndefined();
  });

  it('GIVEN split and overnight hours WHEN listing openings THEN each interval is kept and 24:00 ends at midnight', () => {
    const hours = {
      mon: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '24:00' },
      ],
    };
    const list = openingIntervals(at('2026-01-05T00:00:00Z'), at('2026-01-06T00:00:00Z'), 'UTC', hours);
    expect(list.map((i) => [iso(i.start), iso(i.end)])).toEqual([
      ['2026-01-05T08:00:00.000Z', '2026-01-05T12:00:00.000Z'],
      ['2026-01-05T13:00:00.000Z', '2026-01-06T00:00:00.000Z'],
    ]);
    expect(find('2026-01-05T11:45:00Z', { businessHours: hours })).toMatchObject({
      start: '2026-01-05T13:00:00.000Z',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { addBusinessDays, businessDeadline, type WorkingCalendar } from '../../statemachines/business-days';
import { DEFAULT_BUSINESS_HOURS } from '../../statemachines/working-week';

/** `N business days after T` in a calendar, as an RFC 3339 instant (or the refusal). */
const plus = (from: string, days: number, calendar: Partial<WorkingCalendar> = {}): string => {
  const r = businessDeadline(from, days, {
    timeZone: 'UTC',
    businessHours: DEFAULT_BUSINESS_HOURS,
    ...calendar,
  });
  return r.ok ? r.until : `refused: ${r.message}`;
};

const BERLIN = { timeZone: 'Europe/Berlin' };

describe('business days: N business days after T is the same local time on the Nth working day after', () => {
  it('GIVEN a working day WHEN 1 to 5 business days are added THEN the weekend is skipped at the same time of day', () => {
    // Wednesday 2026-12-02 15:00 UTC.
    expect([1, 2, 3, 5].map((n) => plus('2026-12-02T15:00:00Z', n))).toStrictEqual([
      '2026-12-03T15:00:00Z',
      '2026-12-04T15:00:00Z',
      '2026-12-07T15:00:00Z',
      '2026-12-09T15:00:00Z',
    ]);
  });

  it('GIVEN a Friday WHEN one business day is added THEN it is Monday at the same time', () => {
    expect(plus('2026-12-04T15:00:00Z', 1)).toBe('2026-12-07T15:00:00Z');
  });

  it('GIVEN a Saturday or a Sunday WHEN business days are added THEN they count from Monday at opening time (1 → Tuesday 09:00)', () => {
    expect(plus('2026-12-05T10:00:00Z', 1)).toBe('2026-12-08T09:00:00Z');
    expect(plus('2026-12-06T23:30:00Z', 1)).toBe('2026-12-08T09:00:00Z');
    expect(plus('2026-12-05T10:00:00Z', 2)).toBe('2026-12-09T09:00:00Z');
  });

  it('GIVEN a working day after closing time WHEN a business day is added THEN the time of day is kept (business days, not business hours)', () => {
    expect(plus('2026-12-03T22:00:00Z', 1)).toBe('2026-12-04T22:00:00Z');
  });

  it('GIVEN the tenant’s holidays WHEN business days are counted THEN a holiday is skipped like a weekend, and a trigger on one counts from the next opening', () => {
    const holidays = ['2026-12-24', '2026-12-25', '2026-12-31', '2027-01-01'];
    // Wednesday 23 Dec + 1: Thursday 24 and Friday 25 are holidays, then the weekend → Monday 28.
    expect(plus('2026-12-23T10:00:00Z', 1, { holidays })).toBe('2026-12-28T10:00:00Z');
    // Triggered on Christmas Day: counted from Monday 28 at 09:00.
    expect(plus('2026-12-25T12:00:00Z', 1, { holidays })).toBe('2026-12-29T09:00:00Z');
  });

  it('GIVEN the end of the year WHEN business days run over New Year THEN they continue into January, skipping New Year’s Day when it is a holiday', () => {
    expect(plus('2026-12-30T16:00:00Z', 2)).toBe('2027-01-01T16:00:00Z');
    expect(plus('2026-12-30T16:00:00Z', 2, { holidays: ['2027-01-01'] })).toBe('2027-01-04T16:00:00Z');
  });

  it('GIVEN a time zone WHEN counted THEN days are the tenant’s local days: Friday 23:30 in Berlin is still Friday there although Saturday nowhere else', () => {
    // 22:30 UTC on Friday 4 Dec = Friday 23:30 in Berlin → Monday 23:30 Berlin = 22:30 UTC.
    expect(plus('2026-12-04T22:30:00Z', 1, BERLIN)).toBe('2026-12-07T22:30:00Z');
    // 23:30 UTC on Friday = Saturday 00:30 in Berlin → counted from Monday 09:00 Berlin; + 1 = Tuesday 08:00 UTC.
    expect(plus('2026-12-04T23:30:00Z', 1, BERLIN)).toBe('2026-12-08T08:00:00Z');
  });

  it('GIVEN a DST change inside the count WHEN counted THEN the local time is kept and the instant moves by the shift', () => {
    // Berlin springs forward on Sunday 29 March 2026: Friday 10:00 CET (09:00 UTC) + 1 = Monday 10:00 CEST (08:00 UTC).
    expect(plus('2026-03-27T09:00:00Z', 1, BERLIN)).toBe('2026-03-30T08:00:00Z');
    // And back on Sunday 25 October: Friday 10:00 CEST (08:00 UTC) + 1 = Monday 10:00 CET (09:00 UTC).
    expect(plus('2026-10-23T08:00:00Z', 1, BERLIN)).toBe('2026-10-26T09:00:00Z');
  });

  it('GIVEN a local time the DST change skips WHEN it is the deadline THEN it moves forward by the jump', () => {
    // New York springs forward on Sunday 8 March 2026 (02:00 → 03:00); a Sun-Thu week makes that Sunday a working day.
    const week = { sun: [{ start: '00:00' }], mon: [{ start: '09:00' }] };
    // Monday 2 March 02:30 EST (07:30 UTC) + 1 working day (Sunday 8 March) = 02:30 skipped → 03:30 EDT = 07:30 UTC.
    expect(plus('2026-03-02T07:30:00Z', 1, { timeZone: 'America/New_York', businessHours: week })).toBe(
      '2026-03-08T07:30:00Z',
    );
  });

  it('GIVEN a non-Mon–Fri working week (Sunday to Thursday) WHEN counted THEN Friday and Saturday are the weekend', () => {
    const sunToThu = Object.fromEntries(
      (['sun', 'mon', 'tue', 'wed', 'thu'] as const).map((d) => [d, [{ start: '08:00' }]]),
    );
    const cal = { timeZone: 'Asia/Jerusalem', businessHours: sunToThu };
    // Thursday 3 Dec 12:00 local (10:00 UTC) + 1 = Sunday 6 Dec 12:00 local.
    expect(plus('2026-12-03T10:00:00Z', 1, cal)).toBe('2026-12-06T10:00:00Z');
    // Friday 4 Dec: counted from Sunday 08:00 local; + 1 = Monday 08:00 local (06:00 UTC).
    expect(plus('2026-12-04T10:00:00Z', 1, cal)).toBe('2026-12-07T06:00:00Z');
  });

  it('GIVEN several opening intervals on a day WHEN a trigger on a closed day rolls THEN it takes the earliest opening', () => {
    const split = { mon: [{ start: '14:00' }, { start: '08:30' }], tue: [{ start: '08:30' }] };
    expect(plus('2026-12-06T12:00:00Z', 1, { businessHours: split })).toBe('2026-12-08T08:30:00Z');
  });

  it('GIVEN a timestamp with milliseconds WHEN counted THEN the deadline is whole seconds, and seconds is the whole seconds from the start', () => {
    const r = businessDeadline('2026-12-02T15:00:00.789Z', 1, {
      timeZone: 'UTC',
      businessHours: DEFAULT_BUSINESS_HOURS,
    });
    expect(r).toStrictEqual({ ok: true, until: '2026-12-03T15:00:00Z', seconds: 86_400 });
  });

  it('GIVEN business hours with no working day WHEN counted THEN it is refused with the reason, not an endless search', () => {
    expect(plus('2026-12-02T15:00:00Z', 1, { businessHours: {} })).toMatch(
      /^refused: the tenant's business hours open on no working day within a year/,
    );
  });

  it('GIVEN a count that ends more than a year later WHEN counted THEN it is refused (a Standard run lasts at most a year)', () => {
    const mondaysOnly = { mon: [{ start: '09:00' }] };
    expect(plus('2026-12-02T15:00:00Z', 60, { businessHours: mondaysOnly })).toMatch(
      /^refused: 60 business days from 2026-12-02T15:00:00Z end more than a year later/,
    );
    // Wednesday is closed: counted from Monday 7 Dec 09:00; 50 Mondays later.
    expect(plus('2026-12-02T15:00:00Z', 50, { businessHours: mondaysOnly })).toBe('2027-11-22T09:00:00Z');
  });

  it('GIVEN the largest count on a Mon–Fri week with a month of holidays WHEN counted THEN it ends within the year', () => {
    const holidays = Array.from({ length: 22 }, (_, i) => `2027-02-${String(i + 1).padStart(2, '0')}`);
    const r = addBusinessDays(Date.parse('2026-12-07T09:00:00Z'), 200, {
      timeZone: 'UTC',
      businessHours: DEFAULT_BUSINESS_HOURS,
      holidays,
    });
    expect(r.ok).toBe(true);
  });

  it('GIVEN a start that is not a timestamp WHEN counted THEN it is refused', () => {
    expect(plus('soon', 1)).toBe('refused: "soon" is not a timestamp');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextFireTimes } from '../../statemachines/schedule';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('cron fire times do only the work they need', () => {
  it('GIVEN an every-5-minutes cron asked late in the evening WHEN the next fire times are computed THEN the past times of the day cost no time-zone conversion', () => {
    const conversions = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    const next = nextFireTimes(
      { cron: '*/5 * * * ? *', timezone: 'Europe/Berlin' },
      new Date('2026-11-25T22:52:00Z'),
      3,
    );
    expect(next.map((d) => d.toISOString())).toStrictEqual([
      '2026-11-25T22:55:00.000Z',
      '2026-11-25T23:00:00.000Z',
      '2026-11-25T23:05:00.000Z',
    ]);
    // One conversion for the start, a few for each day's offsets, one or two per time that can still fire.
    expect(conversions.mock.calls.length).toBeLessThan(20);
  });
});

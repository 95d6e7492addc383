import { describe, expect, it } from 'vitest';
import { periodRange } from '../../../functions/agents/report/period';

describe('report periods in the tenant time zone', () => {
  const now = new Date('2026-03-15T10:30:00Z');

  it('GIVEN a Berlin tenant on 15 March WHEN last month is asked THEN it is February from local midnight to local midnight', () => {
    expect(periodRange('lastMonth', now, 'Europe/Berlin')).toStrictEqual({
      from: new Date('2026-01-31T23:00:00Z'),
      to: new Date('2026-02-28T23:00:00Z'),
    });
  });

  it('GIVEN a New York tenant WHEN this month is asked THEN it starts at local midnight on the 1st and ends now', () => {
    expect(periodRange('thisMonth', now, 'America/New_York')).toStrictEqual({
      from: new Date('2026-03-01T05:00:00Z'),
      to: now,
    });
  });

  it('GIVEN any zone WHEN the last 30 days are asked THEN they are 30 × 24 hours back from now', () => {
    expect(periodRange('last30days', now, 'Asia/Tokyo')).toStrictEqual({
      from: new Date('2026-02-13T10:30:00Z'),
      to: now,
    });
  });
});

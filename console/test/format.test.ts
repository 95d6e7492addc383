import { describe, expect, it } from 'vitest';
import { describeTrigger, formatDuration, formatTime, relativeTime } from '../src/format';

describe('formatting for people', () => {
  it('GIVEN a fire time and a schedule time zone WHEN formatted THEN it shows in that zone with the zone named', () => {
    const text = formatTime('2026-03-02T16:00:00.000Z', 'Europe/Berlin');
    expect(text).toMatch(/17:00|5:00/);
    expect(text).toMatch(/GMT\+1|CET/);
    expect(formatTime('2026-07-02T16:00:00.000Z', 'America/New_York')).toMatch(/12:00|EDT|GMT-4/);
  });

  it('GIVEN times and durations WHEN formatted THEN missing values show a dash and units fit the size', () => {
    expect(formatTime(null)).toBe('—');
    expect(formatTime('not a time')).toBe('not a time');
    expect(formatDuration(450)).toBe('450 ms');
    expect(formatDuration(4200)).toBe('4.2 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(3 * 86_400_000 + 7_200_000)).toBe('3 d 2 h');
    expect(relativeTime(null)).toBe('never');
    expect(relativeTime('2026-01-01T00:00:00Z', Date.parse('2026-01-01T00:00:30Z'))).toMatch(
      /30 seconds ago/,
    );
  });

  it('GIVEN each trigger type WHEN described THEN a short phrase', () => {
    expect(describeTrigger({ type: 'event', event: 'lead.created' })).toBe('on lead.created');
    expect(describeTrigger({ type: 'schedule', cron: '0 17 * * ? *', timezone: 'Europe/Berlin' })).toBe(
      'cron 0 17 * * ? * (Europe/Berlin)',
    );
    expect(describeTrigger({ type: 'schedule', rate: '1 day' })).toBe('every 1 day');
    expect(describeTrigger({ type: 'webhook', source: 'typeform' })).toBe('webhook from typeform');
    expect(describeTrigger({ type: 'manual' })).toBe('started by hand');
  });
});

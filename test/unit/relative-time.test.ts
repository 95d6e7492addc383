import { describe, expect, it } from 'vitest';
import { relativeWaitDeadline } from '../../functions/supervisor/relative-wait';
import { SupervisorRelativeDeadline } from '../../statemachines/contracts';
import { relativeDeadline } from '../../statemachines/relative-time';
import { runContext } from '../support/compiled-run';

const NOW = '2026-12-07T09:00:00.123Z';

describe('when a wait relative to a time in the data ends', () => {
  it.each([
    ['2026-12-10T15:00:00Z', -86_400, '2026-12-09T15:00:00Z', 194_400],
    ['2026-12-10T15:00:00.900+01:00', 3600, '2026-12-10T15:00:00Z', 280_800],
    ['2026-12-10 15:00:00+01:00', -3600, '2026-12-10T13:00:00Z', 273_600],
  ])(
    'GIVEN %s moved by %i s WHEN computed from 09:00 UTC THEN it ends at %s, %i s later, on time',
    (at, offset, until, seconds) => {
      expect(relativeDeadline(at, offset, NOW, 'UTC')).toStrictEqual({
        ok: true,
        until,
        seconds,
        late: false,
      });
    },
  );

  it('GIVEN a date alone (an invoice due date) WHEN computed in Berlin THEN it is the start of that day there, then moved (2 days before 20 December: 17 December 23:00 UTC)', () => {
    expect(relativeDeadline('2026-12-20', -172_800, NOW, 'Europe/Berlin')).toMatchObject({
      ok: true,
      until: '2026-12-17T23:00:00Z',
    });
    expect(relativeDeadline('2026-12-20', -172_800, NOW, 'UTC')).toMatchObject({
      until: '2026-12-18T00:00:00Z',
    });
  });

  it('GIVEN a time already past once moved (a booking 2 hours away, reminded 24 hours before) WHEN computed THEN it ends now, late, so the Wait ends at once', () => {
    expect(relativeDeadline('2026-12-07T11:00:00Z', -86_400, NOW, 'UTC')).toStrictEqual({
      ok: true,
      until: '2026-12-07T09:00:00Z',
      seconds: 0,
      late: true,
    });
  });

  it.each([
    [null, /holds no time \(it is empty\)/],
    ['', /holds no time/],
    ['next Tuesday', /holds "next Tuesday", not a date/],
    ['2026-12-10T15:00:00', /not a date .* or a date-time with an offset/],
    ['2026-02-30', /not a date/],
    [1_765_000_000, /holds 1765000000, not a date/],
    ['2028-01-10T00:00:00Z', /more than a year away/],
  ])('GIVEN %j WHEN computed THEN it is refused with the reason', (at, message) => {
    const r = relativeDeadline(at, -3600, NOW, 'UTC');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toMatch(message);
  });

  it('GIVEN the supervisor op WHEN the value is null THEN the run fails with NonRetriableError naming the step; else it answers { until, seconds, late }', () => {
    const payload = (at: unknown) =>
      SupervisorRelativeDeadline.parse({
        op: 'relativeDeadline',
        at,
        context: runContext({ timezone: 'UTC' }),
        stepId: 'remind',
        offsetSeconds: -86_400,
        from: NOW,
      });
    expect(() => relativeWaitDeadline(payload(null))).toThrow(
      expect.objectContaining({
        name: 'NonRetriableError',
        message: expect.stringMatching(/^Step "remind": the time to wait from holds no time/),
      }),
    );
    expect(relativeWaitDeadline(payload('2026-12-10T15:00:00Z'))).toStrictEqual({
      until: '2026-12-09T15:00:00Z',
      seconds: 194_400,
      late: false,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { humanizeDuration, parseDuration } from '../../statemachines/duration';

describe('ISO-8601 durations', () => {
  it.each([
    ['P2D', 172_800],
    ['PT30M', 1800],
    ['P1DT12H', 129_600],
    ['P1W', 604_800],
    ['PT90S', 90],
  ])('GIVEN %s WHEN parsed THEN it lasts %i seconds', (text, seconds) => {
    expect(parseDuration(text)).toStrictEqual({ ok: true, seconds });
  });

  it.each(['2 days', 'P', 'PT', 'P1M', 'P1Y', 'P0D', 'p2d', 'P2DT'])(
    'GIVEN %s WHEN parsed THEN it is refused',
    (t) => {
      expect(parseDuration(t).ok).toBe(false);
    },
  );

  it('GIVEN P1DT12H WHEN humanized THEN it reads "1 day 12 hours"', () => {
    expect(humanizeDuration('P1DT12H')).toBe('1 day 12 hours');
    expect(humanizeDuration('P2D')).toBe('2 days');
  });
});

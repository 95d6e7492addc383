import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextFireTimes, wallClock } from '../../statemachines/schedule';

/**
 * Oracle: walk every minute (instant by instant, the opposite direction of the implementation, which goes from
 * local times to instants) and keep the instants whose local time matches the cron, the first of any repeated
 * local time only. Spring-forward gaps then fire nothing because no instant has that local time.
 */
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const MINUTE = 60_000;
const WINDOW_MINUTES = 3 * 24 * 60;

interface Cron {
  minutes: number[];
  hours: number[];
  weekdays: number[] | undefined;
}

const cronText = (c: Cron): string =>
  `${c.minutes.join(',')} ${c.hours.join(',')} ${c.weekdays ? '?' : '*'} * ${c.weekdays ? c.weekdays.map((d) => DAYS[d - 1]).join(',') : '?'} *`;

const oracle = (c: Cron, zone: string, from: number): number[] => {
  const out: number[] = [];
  const seenLocal = new Set<number>();
  const start = Math.floor(from / MINUTE) * MINUTE - 2 * 3_600_000;
  for (let t = start; t <= from + WINDOW_MINUTES * MINUTE; t += MINUTE) {
    const local = wallClock(t, zone);
    const d = new Date(local);
    const matches =
      c.minutes.includes(d.getUTCMinutes()) &&
      c.hours.includes(d.getUTCHours()) &&
      (c.weekdays === undefined || c.weekdays.includes(d.getUTCDay() + 1));
    if (matches && !seenLocal.has(local)) {
      seenLocal.add(local);
      if (t > from) out.push(t);
    }
  }
  return out;
};

const cron: fc.Arbitrary<Cron> = fc.record({
  minutes: fc
    .uniqueArray(fc.integer({ min: 0, max: 59 }), { minLength: 1, maxLength: 2 })
    .map((a) => a.sort((x, y) => x - y)),
  hours: fc
    .uniqueArray(fc.integer({ min: 0, max: 23 }), { minLength: 1, maxLength: 3 })
    .map((a) => a.sort((x, y) => x - y)),
  weekdays: fc.option(
    fc
      .uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 2, maxLength: 5 })
      .map((a) => a.sort((x, y) => x - y)),
    { nil: undefined },
  ),
});

/** Zone, a day shortly before one of its 2026 DST changes (or an ordinary day), and the local hour that changes. */
const SCENARIOS: readonly [string, string, number][] = [
  ['Europe/Berlin', '2026-03-28', 2],
  ['Europe/Berlin', '2026-10-24', 2],
  ['America/New_York', '2026-03-07', 2],
  ['America/New_York', '2026-10-31', 1],
  ['Australia/Lord_Howe', '2026-04-04', 1],
  ['Australia/Lord_Howe', '2026-10-03', 2],
  ['America/Santiago', '2026-04-04', 23],
  ['America/Santiago', '2026-09-05', 0],
  ['Asia/Kolkata', '2026-06-15', 5],
  ['Asia/Kathmandu', '2026-06-15', 5],
  ['UTC', '2026-06-15', 0],
];

describe('cron fire times against a minute-by-minute oracle', () => {
  it('GIVEN random crons, zones and starts around DST changes WHEN next fire times are computed THEN they equal the oracle', () => {
    fc.assert(
      fc.property(
        cron,
        fc.constantFrom(...SCENARIOS),
        fc.boolean(),
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        (c, [zone, day, changingHour], atTheChange, minuteOfDay) => {
          const hours = atTheChange
            ? [...new Set([...c.hours, changingHour])].sort((a, b) => a - b)
            : c.hours;
          const spec: Cron = { ...c, hours, weekdays: atTheChange ? undefined : c.weekdays };
          const from = Date.parse(`${day}T00:00:00Z`) + minuteOfDay * MINUTE + 17_000;
          const expected = oracle(spec, zone, from).slice(0, 6);
          const actual = nextFireTimes(
            { cron: cronText(spec), timezone: zone },
            new Date(from),
            expected.length,
          );
          expect(actual.map((d) => d.getTime())).toStrictEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });
});

/**
 * Time zones, in one place: schedule evaluation (statemachines/schedule), report periods (agents/report) and
 * calendar slots (agents/calendar) all convert through this module, and test/unit/time-zones.test.ts holds the
 * DST cases. Intl only, no date library.
 *
 * A local time is written as the milliseconds of a UTC date with the same fields (`Date.UTC(y, m - 1, d, h, min)`).
 * Local times skipped by a spring-forward gap have no instant and local times repeated by a fall-back overlap have
 * two (localToInstants: what EventBridge Scheduler needs); localTimeToInstant picks one, as Temporal's
 * "compatible" disambiguation does (what a calendar or a report period needs).
 */

/**
 * The IANA zones without a slash that EventBridge Scheduler takes: the legacy zones of tzdata's europe and northamerica
 * files, which AWS's own TimeZone list for ScheduleExpressionTimezone carries (aws-cdk-lib core/lib/time-zone.ts:
 * CET … WET). Intl knows them but does not list them. Abbreviations that are not zones (GMT, PST, CEST, IST) stay
 * refused. EST, MST and HST are fixed offsets all year, without daylight saving.
 */
export const LEGACY_ZONES: readonly string[] = [
  'CET',
  'CST6CDT',
  'EET',
  'EST',
  'EST5EDT',
  'HST',
  'MET',
  'MST',
  'MST7MDT',
  'PST8PDT',
  'WET',
];

let zoneSet: Set<string> | undefined;
const knownZones = (): Set<string> => {
  zoneSet ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', ...LEGACY_ZONES]);
  return zoneSet;
};

/**
 * An IANA zone name (`Europe/Berlin`, `UTC`, `CET`); legacy aliases that Intl resolves (`Asia/Calcutta`) are
 * accepted.
 */
export const isValidTimeZone = (zone: string): boolean => {
  if (knownZones().has(zone)) return true;
  if (!/^[A-Za-z][A-Za-z_]*(\/[A-Za-z0-9_+-]+)+$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

let zonesByLowerCase: Map<string, string> | undefined;

/** Spelt as the IANA database spells names: each part capitalised ("US/Pacific", "Etc/GMT+5", not "ASIA/KOLKATA"). */
const speltAsIana = (zone: string): boolean =>
  zone.split('/').every((part) => {
    const first = part.charAt(0);
    return first !== first.toLowerCase() && (part !== part.toUpperCase() || part.length <= 5);
  });

/**
 * The name to store for a time zone given in any case, or undefined when it names none: a zone as Intl lists it
 * ("Europe/Berlin"), spelt as listed when given in another case ("europe/berlin" -> "Europe/Berlin", one zone matches);
 * an alias Intl resolves to another zone ("Asia/Kolkata", "US/Pacific", not listed by this runtime's ICU) only when spelt
 * as IANA spells names ("asia/kolkata" matches no listed name, and its spelling cannot be told). EventBridge Scheduler's
 * ScheduleExpressionTimezone is documented with IANA names as spelt ("America/New_York"), so a schedule or a setting
 * holds no other spelling.
 */
export const canonicalTimeZone = (zone: string): string | undefined => {
  if (knownZones().has(zone)) return zone;
  if (!zonesByLowerCase) {
    zonesByLowerCase = new Map();
    for (const known of knownZones()) zonesByLowerCase.set(known.toLowerCase(), known);
  }
  const listed = zonesByLowerCase.get(zone.toLowerCase());
  if (listed) return listed;
  if (!isValidTimeZone(zone)) return undefined;
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  if (resolved.toLowerCase() === zone.toLowerCase()) return resolved;
  return speltAsIana(zone) ? zone : undefined;
};

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (zone: string): Intl.DateTimeFormat => {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
};

/** The wall-clock time of an instant in a zone, as milliseconds of a UTC date with the same fields. */
export const wallClock = (instant: number, zone: string): number => {
  // UTC has no offset and no DST: its wall clock is the instant (formatToParts costs microseconds per call).
  if (zone === 'UTC') return instant;
  const parts: Record<string, number> = {};
  for (const p of formatterFor(zone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second) + (((instant % 1000) + 1000) % 1000);
};

export const offsetAt = (instant: number, zone: string): number => wallClock(instant, zone) - instant;

/**
 * Instants whose wall-clock time in `zone` is `local` (ms of a UTC date with the local fields): none inside a
 * spring-forward gap, two inside a fall-back overlap, one otherwise. Sorted.
 */
export const localToInstants = (local: number, zone: string): number[] => {
  const offsets = new Set([
    offsetAt(local - 86_400_000, zone),
    offsetAt(local, zone),
    offsetAt(local + 86_400_000, zone),
  ]);
  const found = new Set<number>();
  for (const offset of offsets) {
    const candidate = local - offset;
    if (wallClock(candidate, zone) === local) found.add(candidate);
  }
  return [...found].sort((a, b) => a - b);
};

export const DAY_MS = 86_400_000;

/**
 * The zone's UTC offsets in effect from the day before a local day to the day after it: every offset that
 * localToInstants would try for a local time of that day (one change at most per day, as in every real zone).
 */
export const offsetsAround = (localMidnight: number, zone: string): number[] => [
  ...new Set([-DAY_MS, 0, DAY_MS, 2 * DAY_MS].map((shift) => offsetAt(localMidnight + shift, zone))),
];

/** localToInstants(local, zone)[0] with the day's offsets computed once. */
export const firstInstant = (local: number, offsets: readonly number[], zone: string): number | undefined => {
  let first: number | undefined;
  for (const offset of offsets) {
    const candidate = local - offset;
    if ((first === undefined || candidate < first) && wallClock(candidate, zone) === local) first = candidate;
  }
  return first;
};

/** Local wall-clock fields of an instant in a zone; `weekday` 0 = Monday … 6 = Sunday. */
export interface ZonedParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: number;
}

export const zonedParts = (instant: number, zone: string): ZonedParts => {
  const d = new Date(wallClock(instant, zone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: (d.getUTCDay() + 6) % 7,
  };
};

/**
 * The instant at which the zone's clock shows `local`: a time skipped by a DST gap is moved forward by the jump
 * (02:30 on a spring-forward night is 03:30), a repeated time takes its first occurrence.
 */
export const localTimeToInstant = (local: number, zone: string): number => {
  const [first] = localToInstants(local, zone);
  if (first !== undefined) return first;
  return local - Math.min(offsetAt(local - DAY_MS, zone), offsetAt(local + DAY_MS, zone));
};

/** The instant the local calendar day `daysBack` days before the one containing `instant` begins. */
export const localMidnight = (instant: number, zone: string, daysBack = 0): number => {
  const p = zonedParts(instant, zone);
  return localTimeToInstant(Date.UTC(p.year, p.month - 1, p.day - daysBack), zone);
};

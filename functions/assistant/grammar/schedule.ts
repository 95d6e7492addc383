import type { Trigger } from '../../../statemachines/schema';
import { isValidTimeZone } from '../../../statemachines/time-zones';
import type { Clause } from './clause';
import { atOf } from './schedule-dates';
import { MONTHS_ONLY } from './schedule-months';
import {
  DAY_BEFORE,
  DAY_LIST,
  isClockTime,
  isTimeList,
  PIECES,
  type ScheduleParts,
  SKIPPED_WEEKS,
  SPREAD,
  TIME_AT,
  TIME_LIST,
} from './schedule-pieces';
import {
  changedKeys,
  contradicts,
  isNamingDay,
  MESSAGE_START,
  MESSAGE_TEXT,
  passedOver,
  RECURRING,
} from './schedule-words';
import { LANGUAGE_NAMES, resolveZone, WEAK_NAMES, ZONE_LIKE, ZONE_NAME, type ZoneResult } from './timezones';

export type { ScheduleParts } from './schedule-pieces';

/**
 * Schedules: the pieces of a recurring time — which days, what time(s), which zone — may appear anywhere in the
 * request and in any order ("every Monday at 9 in Berlin", "a summary every Monday on Slack", "at half past eight
 * on weekdays"). Each piece has its own small grammar; together they make one EventBridge Scheduler cron or rate
 * expression (AWS syntax: `min hour day-of-month month day-of-week year`, one of the day fields `?`).
 */

const ZONE_PIECE = new RegExp(
  `(?:\\(\\s*)?(?:\\b(?:in|on)\\s+)?(?:the\\s+)?(${ZONE_NAME.source})(?:\\s+(?:city|islands?))?((?:\\s+(?:standard|daylight|summer))?\\s+time(?:\\s*zone)?|\\s+timezone)?(?:\\s*\\))?`,
  'u',
);
/** "5pm Knox time"; never the end of a hyphened word ("the check-in time", "pick-up time"). */
const UNKNOWN_ZONE =
  /(?<![\w'-])(?:in\s+)?([a-z][a-z ]{1,30}?)\s+(?:time\s*zone|timezone|time)\b(?!\s+(?:of|as|for|to))/;

/** "everyday 9 …", "mondays 10 …": a bare hour said right after the days it runs on is the time. */
const AFTER_DAY =
  /\b(?:every\s?day|daily|weekdays|(?:mon|tues|wednes|thurs|fri|satur|sun)days|(?:mon|tue|wed|thu|fri|sat|sun)|(?:each|every|the|a)\s+month)\s$/;

const AFTER_TIME_OR_DAY =
  /(?:\d(?:\s?(?:am|pm|a\.m\.|p\.m\.|o'clock))?|\b(?:noon|midday|midnight|mornings?|afternoons?|evenings?|nights?|days?|daily|weekly|weekdays?|weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|time))[\s,]*$/;

/** "daily 5 new leads …": a number of things, not an hour. */
const COUNTED =
  /^\s*(?:new|more|top|most|of|leads?|invoices?|customers?|clients?|bookings?|people|items?|records?|contacts?|deals?|e?mails?|messages?|files?|forms?)\b/;

/** Whether a match of a piece is something else: a channel's name, a zone's offset, a deadline, a duration. */
const notAPiece = (clause: Clause, re: RegExp, m: RegExpExecArray, parts: ScheduleParts): boolean => {
  if (re === TIME_LIST && !isTimeList(m)) return true;
  // "the night before" what: tomorrow's records, said in the request
  if (re === DAY_BEFORE && !/\btomorrow\b/.test(clause.prepared.text)) return true;
  // "leads created in March": a month said of records, not when the schedule runs (that follows a time or a day)
  if (re === MONTHS_ONLY && !AFTER_TIME_OR_DAY.test(clause.view.slice(0, m.index))) return true;
  if (
    re === TIME_AT &&
    !isClockTime(m) &&
    !(
      AFTER_DAY.test(clause.text.slice(0, m.index + m[0].search(/\d/))) &&
      !COUNTED.test(clause.text.slice(m.index + m[0].length))
    )
  )
    return true;
  const before = clause.view.slice(0, m.index);
  // "the weekend offer", "tagged weekend", "the Black Friday sale": a name or a thing, not the days it runs on
  if (
    /^(?:the\s+)?weekends?$/.test(m[0].trim()) &&
    (/\b(?:tag(?:ged)?|label(?:l?ed)?|as)\s+$/.test(before) ||
      ((/^the\b/.test(m[0].trim()) || /\b(?:the|our|your|their|my|its|a)\s+$/.test(before)) &&
        !/\b(?:on|over|during|at|for|every|each|by|until|till|before|after|through|throughout|across)\s+(?:the\s+)?$/.test(
          before,
        ) &&
        /^\s+(?!(?:at|in|on|and|or|from|to|only|too|please|every|each|mornings?|afternoons?|evenings?|nights?)\b)[a-z]/.test(
          clause.view.slice(m.index + m[0].length),
        )))
  )
    return true;
  if (/\b(?:black|cyber|good|easter|blue)\s+$/.test(before) && /^[a-z]+$/.test(m[0])) return true;
  // "Sunday evenings at 7 remind Priya to prep the monday shortlists": one day naming a thing, beside the schedule's
  // own days (before or after it), is not a day it runs on
  if (re === DAY_LIST && isNamingDay(m[0], before, clause.view.slice(m.index + m[0].length), parts))
    return true;
  // "#daily", "#sales-weekly": a channel's name, not a schedule
  if (/[#\w-]$/.test(clause.text.slice(0, m.index)) && /^[a-z]/.test(m[0])) return true;
  // "UTC+5:30": an offset, read with the zones
  const digit = m[0].search(/\d/);
  if (digit >= 0 && /\b(?:utc|gmt)\s?[+-]\s?$/.test(clause.view.slice(0, m.index + digit))) return true;
  // "no reply by Friday": a deadline for a wait, not the days the workflow runs on
  if (
    /\b(?:by|before|until|till)\s+(?:next\s+|this\s+)?$/.test(clause.view.slice(0, m.index)) &&
    /\b(?:mon|tue|wed|thu|fri|sat|sun)/.test(m[0])
  )
    return true;
  // "3 days", "5 business days": a duration; never "3pm week summary" or "11am summarise week"
  return (
    re === TIME_AT &&
    !/am|pm|a\.m|p\.m|o'clock/.test(m[0]) &&
    /^\s*(?:[a-z]+\s+)?(?:minute|hour|day|week|month)s?\b/.test(
      clause.view.slice(m.index + m[0].length, m.index + m[0].length + 40),
    )
  );
};

/** Scans one clause for schedule pieces and marks them; call for every clause, then `schedule(parts)`. */
export const scanSchedule = (clause: Clause, parts: ScheduleParts, problems: string[]): boolean => {
  let found = false;
  // "…, email them saying the office is closed on Friday 25 December": a date in the words of a message is what the
  // message says, never a (second) schedule; only a recurring piece there ("every Monday") starts one (session 31)
  const said = MESSAGE_TEXT.exec(clause.view);
  const textFrom = said ? said.index + said[0].length : clause.view.length;
  const scheduled = Object.keys(parts).length > 0;
  // with words that may be a message's ("remind the team to …"), the pieces before them are read first; then those in
  // them, passed over when they contradict the schedule read before (session 40)
  const start = MESSAGE_START.exec(clause.view);
  const softFrom = start ? start.index + start[0].length : clause.view.length;
  const inWords = new Set<string>();
  for (const phase of start ? [0, 1] : [1]) {
    for (const piece of PIECES) {
      // a match that is something else is passed over, so "the top 5 leads … at 10" still reads "at 10"
      // (the view is kept up to date, rebuilt only when a piece is marked: rebuilding it from every match passed over,
      // for every match, made a run of numbers cubic — "1 1 1 …" at 2,000 characters took ~0.9 s)
      const passed: boolean[] = [];
      let view = clause.view;
      for (let m = piece.re.exec(view); m && m[0].length > 0; m = piece.re.exec(view)) {
        const inText = m.index >= textFrom && (scheduled || !RECURRING.test(m[0]));
        const words = m.index >= softFrom;
        if (
          (start && phase === 0 ? words : start && !words) ||
          inText ||
          notAPiece(clause, piece.re, m, parts) ||
          (words && !RECURRING.test(m[0]) && contradicts(m, piece.apply, parts, inWords))
        ) {
          for (let i = m.index; i < m.index + m[0].length; i++) passed[i] = true;
          view = view.slice(0, m.index) + ' '.repeat(m[0].length) + view.slice(m.index + m[0].length);
          continue;
        }
        const before = problems.length;
        const was: ScheduleParts = { ...parts };
        piece.apply(m, parts, problems);
        if (words) for (const k of changedKeys(was, parts)) inWords.add(k);
        // a refusal quotes the words as they were written
        for (let i = before; i < problems.length; i++)
          problems[i] = (problems[i] ?? '').replace(`"${m[0]}"`, `"${clause.cased(m[0])}"`);
        clause.mark(m.index, m[0].length);
        view = passedOver(clause.view, passed);
        found = true;
      }
    }
  }
  return found;
};

/** Whether only blanks and commas separate `index` from an understood schedule piece before it. */
const followsPiece = (clause: Clause, index: number): boolean => {
  const gap = /(?<![\s,])[\s,]*$/.exec(clause.text.slice(0, index))?.[0].length ?? 0;
  return index - gap > 0 && clause.isMarked(index - gap - 1);
};

/** "in Berlin and New York": a second zone joined to one already read (refused: one schedule has one zone). */
const joinedToPiece = (clause: Clause, index: number): boolean => {
  const joint = /(?<![\s,])[\s,]*(?:and|or|&|\/)\s*$/.exec(clause.text.slice(0, index));
  return joint !== null && joint.index > 0 && clause.isMarked(joint.index - 1);
};

/** "GMT+2", "UTC-5": a fixed offset, which IANA names Etc/GMT with the sign turned round. */
const OFFSET = /\b(?:utc|gmt)\s?([+-])\s?(\d{1,2})(?::?([0-5]\d))?(?![\d:])/;

const setZone = (parts: ScheduleParts, zone: string, problems: string[]): void => {
  if (parts.zone && parts.zone !== zone) problems.push('the request names two different time zones');
  else parts.zone = zone;
};

/** Scans one clause for time zones; call for every clause once a schedule was found. */
export const scanZones = (clause: Clause, parts: ScheduleParts, problems: string[]): void => {
  for (let m = clause.find(OFFSET); m; m = clause.find(OFFSET)) {
    const hours = Number(m[2]);
    const zone = hours === 0 ? 'UTC' : `Etc/GMT${m[1] === '+' ? '-' : '+'}${hours}`;
    if ((m[3] ?? '00') !== '00' || !isValidTimeZone(zone))
      problems.push(
        `"${clause.cased(m[0])}" is an offset no IANA zone holds; name a city or a zone such as Asia/Kolkata`,
      );
    else setZone(parts, zone, problems);
    clause.mark(m.index, m[0].length);
  }
  // a name that is no zone here ("the newsletter in Spanish") is passed over, and the next one read (the view kept
  // up to date as in scanSchedule); so is a place in the words of a message ("saying we close on Christmas Eve"),
  // unless said as a zone ("Paris time")
  const words = MESSAGE_TEXT.exec(clause.view);
  const textFrom = words ? words.index + words[0].length : clause.view.length;
  const passed: boolean[] = [];
  let view = clause.view;
  for (let m = ZONE_PIECE.exec(view); m; m = ZONE_PIECE.exec(view)) {
    const name = m[1] ?? '';
    const explicit = Boolean(m[2]) || m[0].includes('(');
    const introduced = /^\s*(?:in|on)\b/.test(m[0]);
    const adjacent = followsPiece(clause, m.index) || joinedToPiece(clause, m.index);
    const accepted = LANGUAGE_NAMES.has(name)
      ? Boolean(m[2])
      : WEAK_NAMES.has(name)
        ? explicit || adjacent
        : explicit || introduced || adjacent;
    const zone =
      accepted && (explicit || m.index < textFrom) ? resolveZone(name, clause.cased(name)) : undefined;
    if (!zone) {
      for (let i = m.index; i < m.index + m[0].length; i++) passed[i] = true;
      view = view.slice(0, m.index) + ' '.repeat(m[0].length) + view.slice(m.index + m[0].length);
      continue;
    }
    if (!zone.ok) problems.push(zone.problem);
    else setZone(parts, zone.zone, problems);
    clause.mark(m.index, m[0].length);
    view = passedOver(clause.view, passed);
  }
  const place = clause.find(/\b(?:in|at)\s+([a-z][a-z/_ ]{1,30}?)\s*(?=,|$)/);
  if (
    place?.[1] &&
    followsPiece(clause, place.index) &&
    !/^(?:the|a|an|all|once|slack|email|total|the morning|the evening|the afternoon)\b/.test(place[1])
  ) {
    const zone = countryIn(place[1], clause);
    if (zone?.ok) setZone(parts, zone.zone, problems);
    else
      problems.push(
        zone?.problem ??
          `I don't know the time zone "${clause.cased(place[1]).trim()}"; name a city or an IANA zone such as Europe/Berlin`,
      );
    // only the country's words when it was one ("#ops … Laos time" keeps its channel)
    const from = zone ? place[0].lastIndexOf(zone.said) : 0;
    clause.mark(place.index + from, place[0].length - from);
  }
  const unknown = clause.find(UNKNOWN_ZONE);
  if (!unknown?.[1]) return;
  // "5pm Knox time": the words right after a schedule piece (the match may have begun far before them)
  const tail = unknown[1]
    .slice(unknown[1].lastIndexOf('  ') + 1)
    .trimStart()
    .split(' ')
    .slice(-3)
    .join(' ');
  const tailAt = unknown.index + unknown[1].length - tail.length;
  const lead = /(?:\(|\bin )$/.exec(clause.view.slice(0, tailAt));
  const said =
    tail && !NOT_A_ZONE.test(tail) && followsPiece(clause, lead ? lead.index : tailAt)
      ? { text: tail, at: tailAt }
      : !NOT_A_ZONE.test(unknown[1])
        ? { text: unknown[1], at: unknown.index }
        : undefined;
  if (!said || !(ZONE_LIKE.test(said.text.trim()) || countryIn(said.text, clause))) return;
  const zone = countryIn(said.text, clause);
  if (zone?.ok) setZone(parts, zone.zone, problems);
  else
    problems.push(
      zone?.problem ??
        `I don't know the time zone "${clause.cased(said.text).trim()}"; name a city or an IANA zone such as Europe/Berlin`,
    );
  const from = said.at - unknown.index + (zone ? said.text.lastIndexOf(zone.said) : 0);
  clause.mark(unknown.index + from, unknown[0].length - from);
};

/** Words before "time" that say which time, not where ("the same time", "lead response time"). */
const NOT_A_ZONE =
  /^(?:the|same|each|every|a|an|any|that|this|what|lead|response|reply|delivery|send|first|next|last|real|business|office|working|their|our|my|your|local|due|record|one|any)\b/;

/** "Ghana time", "in Iceland": a country no name above holds, by its last words (ICU's zones of that country). */
const countryIn = (words: string, clause: Clause): (ZoneResult & { said: string }) | undefined => {
  const said = words.trim().split(/\s+/);
  for (let n = Math.min(3, said.length); n >= 1; n--) {
    const name = said.slice(-n).join(' ');
    if (LANGUAGE_NAMES.has(name)) return undefined;
    const zone = resolveZone(name, clause.cased(name));
    if (zone) return { ...zone, said: said.slice(-n).join(' ') };
  }
  return undefined;
};

export const newScheduleParts = (): ScheduleParts => ({});

const DAY_NAMES: Readonly<Record<string, string>> = {
  MON: 'Monday',
  TUE: 'Tuesday',
  WED: 'Wednesday',
  THU: 'Thursday',
  FRI: 'Friday',
  SAT: 'Saturday',
  SUN: 'Sunday',
};
/** "TUE" → "Tuesday"; a list or range as written ("MON,THU"). */
const dayName = (dow: string): string => DAY_NAMES[dow] ?? dow;

/** The trigger the pieces make, or the problem that prevents one. */
export const scheduleOf = (
  p: ScheduleParts,
  problems: string[],
): Extract<Trigger, { type: 'schedule' }> | undefined => {
  const withZone = (t: Extract<Trigger, { type: 'schedule' }>) => (p.zone ? { ...t, timezone: p.zone } : t);
  const hasDay = p.dow !== undefined || p.dom !== undefined || p.month !== undefined;
  const hasTime = p.hours !== undefined || p.partOfDay !== undefined || p.perDay !== undefined;
  if (p.perDay && ((p.hours && p.hours.length !== p.perDay) || p.partOfDay !== undefined)) {
    problems.push(
      `the request says ${p.perDay} times a day but names ${p.hours?.length ?? 1} time(s); name each time ("at 9 and at 4")`,
    );
    return undefined;
  }
  if (p.rate) {
    const [n, unit] = p.rate.split(' ');
    if (p.hourRange && /minute|hour/.test(unit ?? '')) {
      // AWS documents "/" as start/increment only: a stepped range is the list of its hours (every hour: "7-18")
      const [from, to, every] = [...p.hourRange, Number(n)];
      const step =
        unit?.startsWith('hour') && every > 1
          ? Array.from({ length: Math.floor((to - from) / every) + 1 }, (_, i) => from + i * every).join(',')
          : `${from}-${to}`;
      const minutes = unit?.startsWith('minute') ? `0/${n}` : '0';
      return withZone({
        type: 'schedule',
        cron: `${minutes} ${step} ${p.dow ? '?' : '*'} * ${p.dow ?? '?'} *`,
      });
    }
    if (p.dow && !p.dom && !p.month && !hasTime && /minute|hour/.test(unit ?? '')) {
      // "every hour on weekdays": the rate within the days
      const every = Number(n);
      const cron = unit?.startsWith('minute')
        ? `0/${every} * ? * ${p.dow} *`
        : `0 ${every === 1 ? '*' : Array.from({ length: Math.ceil(24 / every) }, (_, i) => i * every).join(',')} ? * ${p.dow} *`;
      return withZone({ type: 'schedule', cron });
    }
    if (hasDay || hasTime) {
      const said =
        p.rateSaid && p.rateSaid !== `every ${p.rate}`
          ? `"${p.rateSaid}" (every ${p.rate})`
          : `"every ${p.rate}"`;
      // "fortnightly on Mondays", "every two weeks on Tuesday at 4pm": refused with what to write instead (the
      // rate is kept as the trigger, so the refusal is this problem alone, not "nothing starts the workflow")
      problems.push(
        / (?:7|14|21|28) days$/.test(` ${p.rate}`) && (p.dow !== undefined || hasTime)
          ? `${said} cannot be tied to a day of the week or a time: ${SKIPPED_WEEKS}; say ${p.dow ? `"every ${dayName(p.dow)}"` : 'a weekday ("every Monday")'} or "every ${p.rate}" alone`
          : `${said} cannot also be tied to a day or a time; EventBridge Scheduler runs a rate from when it is created`,
      );
      return withZone({ type: 'schedule', rate: p.rate });
    }
    return withZone({ type: 'schedule', rate: p.rate });
  }
  const hours = p.hours
    ? p.partOfDay !== undefined && p.partOfDay >= 12 && !p.amSaid
      ? p.hours.map((h) => (h > 0 && h < 12 ? h + 12 : h))
      : p.partOfDay !== undefined && p.barePm
        ? p.hours.map((h) => (h >= 13 && h <= 18 ? h - 12 : h))
        : p.hours
    : p.perDay
      ? [...(SPREAD[p.perDay] ?? [])]
      : [p.partOfDay ?? 9];
  if (p.year !== undefined) return withZone({ type: 'schedule', at: atOf(p, hours, problems) });
  const hourField = p.hourRange ? `${p.hourRange[0]}-${p.hourRange[1]}` : hours.join(',');
  const minute = p.minute ?? 0;
  let dom = p.dom ?? (p.dow ? '?' : p.monthly ? '1' : '*');
  let dow = p.dow ?? (p.endOfWeek && !p.dom ? 'FRI' : p.weekly && !p.dom ? 'MON' : '?');
  if (dow !== '?' && dom !== '?') {
    if (p.dom) {
      problems.push('a schedule can name days of the week or days of the month, not both');
      return undefined;
    }
    dom = '?';
  }
  if (p.everyDays) {
    if (dow !== '?' || (dom !== '*' && dom !== '?')) {
      problems.push(`"every ${p.everyDays} days" cannot also be tied to days of the week or month`);
      return undefined;
    }
    if (!hasTime) return withZone({ type: 'schedule', rate: `${p.everyDays} days` });
    dom = `1/${p.everyDays}`;
    dow = '?';
  }
  return withZone({ type: 'schedule', cron: `${minute} ${hourField} ${dom} ${p.month ?? '*'} ${dow} *` });
};

import { NUMBER_WORDS } from './number-words';

/**
 * A sequence of messages said with waits and days counted from the start (session 39, set 27): "welcome email now,
 * another one 3 days later …, and a last one on day 7 …". Restated as waits between the steps, as the grammars read
 * them: "on day 7" after 3 days of waits is "4 days later" (day 7 counts from the start, as "Day 0: … Day 7: …" does
 * in timeline.ts). "Another one", "a last one" is another of the message said before it ("another email").
 * Only after a wait said in days or weeks; a day at or before the time already waited is refused, quoted.
 */

/** A wait said in days or weeks: "3 days later", "wait 5 days", "after 2 more days", "a week after that". */
const WAITED =
  /\b(?:(?:wait|after)\s(?:another\s)?(\d{1,3}|an?|one|two|three|four|five|six|seven|ten|fourteen)\s(?:more\s)?(days?|weeks?)\b|(\d{1,3}|an?|one|two|three|four|five|six|seven|ten|fourteen)\s(days?|weeks?)\s(?:later|after\s(?:that|this)|afterwards))/gi;
/** "on day 7", "on the 7th day" (never "day 7:" at a line's start: timeline.ts reads those). */
const ON_DAY = /\bon\s(?:day\s(\d{1,3})|the\s(\d{1,3})(?:st|nd|rd|th)\sday)\b(?!\s?:)/gi;
/** "another one", "a last one", "one final one": the message before, again. */
const ONE_MORE =
  /\b(another|an?\s(?:last|final|second|third|fourth|fifth)|one\s(?:last|final|more))\sone\b/gi;
const MESSAGE = /\b(e-?mail|message|reminder|text|note|follow[\s-]?up|nudge)s?\b/gi;

const days = (n: string, unit: string): number =>
  (/^\d/.test(n) ? Number(n) : (NUMBER_WORDS[n.toLowerCase()] ?? 1)) * (/^w/i.test(unit) ? 7 : 1);

export const sequenceDays = (text: string): string => {
  // only in a sequence: a wait said in days or weeks
  if (text.search(WAITED) < 0) return text;
  const more = text.replace(ONE_MORE, (all, which: string, at: number, whole: string) => {
    const noun = [...whole.slice(0, at).matchAll(MESSAGE)].at(-1)?.[1];
    return noun ? `${which} ${noun.toLowerCase()}` : all;
  });
  const marks = [
    ...[...more.matchAll(WAITED)].map((m) => ({
      at: m.index,
      end: m.index + m[0].length,
      waited: days(m[1] ?? m[3] ?? '0', m[2] ?? m[4] ?? 'day'),
      day: undefined as number | undefined,
    })),
    ...[...more.matchAll(ON_DAY)].map((m) => ({
      at: m.index,
      end: m.index + m[0].length,
      waited: 0,
      day: Number(m[1] ?? m[2]),
    })),
  ].sort((a, b) => a.at - b.at);
  let elapsed = 0;
  let waitedBefore = false;
  let out = '';
  let from = 0;
  for (const mark of marks) {
    if (mark.day === undefined) {
      elapsed += mark.waited;
      waitedBefore = true;
      continue;
    }
    if (!waitedBefore) continue;
    const gap = mark.day - elapsed;
    // a day already waited past: said as the wait it is not, which is refused, quoted
    const said = gap > 0 ? `${gap} day${gap === 1 ? '' : 's'} later` : `wait until day ${mark.day}`;
    out += `${more.slice(from, mark.at)}${said}`;
    from = mark.end;
    elapsed = Math.max(elapsed, mark.day);
  }
  return out + more.slice(from);
};

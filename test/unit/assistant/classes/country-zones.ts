import type { Case } from '../table/case';

/**
 * Countries as time zones (session 27), checked against ICU's data (IANA's zone.tab), not against a list of ours:
 * every country ICU names in English with one zone ("Ghana time", "in Iceland") is that zone; a people's adjective
 * ("Kenyan time", "Spanish time") is its country's zone; a country with several zones is refused, naming them.
 */

type LocaleInfo = Intl.Locale & { getTimeZones?: () => string[]; timeZones?: string[] };
/** Node 24 has the method; Node 20 only the older getter of the same proposal. */
const zonesOfLocale = (l: LocaleInfo): string[] => l.getTimeZones?.() ?? l.timeZones ?? [];

/** The zones ICU lists for a region code, with the current names of renamed ones. */
const zonesOf = (code: string): string[] =>
  zonesOfLocale(new Intl.Locale(`und-${code}`) as LocaleInfo).map(
    (z) =>
      (
        ({
          'Asia/Calcutta': 'Asia/Kolkata',
          'Asia/Saigon': 'Asia/Ho_Chi_Minh',
          'Asia/Katmandu': 'Asia/Kathmandu',
          'Asia/Rangoon': 'Asia/Yangon',
          'Europe/Kiev': 'Europe/Kyiv',
          'Atlantic/Faeroe': 'Atlantic/Faroe',
        }) as Record<string, string>
      )[z] ?? z,
  );

/** Every region ICU names in plain English words, with its zones. */
const REGIONS: readonly (readonly [name: string, zones: string[]])[] = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const out: [string, string[]][] = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      // plain words ("Cayman Islands", "Faroe Islands": the island's zone city and "Islands" read together)
      const zones = name && /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(name) ? zonesOf(code) : [];
      if (name && zones.length > 0) out.push([name, zones]);
    }
  return out;
})();

/**
 * Countries whose name is also read as something else first, or that a name of ours answers with their main zone
 * although ICU lists more (Spain: Madrid; Chile: Santiago; China: Shanghai …): left out of the generated rows.
 */
const OWN_ANSWER = new Set([
  'Spain',
  'Portugal',
  'Chile',
  'China',
  'Germany',
  'Ukraine',
  'Malaysia',
  'Ecuador',
  'Argentina',
]);

const SCHEDULES: readonly ((where: string) => [prompt: string, cron: string])[] = [
  (w) => [`Every day at 8am ${w} time, email the team a summary`, 'cron(0 8 * * ? *)'],
  (w) => [`Every Monday at 9 (${w} time) post a summary in #ops`, 'cron(0 9 ? * MON *)'],
  (w) => [`Post a summary in #ops every weekday at 5pm ${w} time`, 'cron(0 17 ? * MON-FRI *)'],
];

const STEPS: Record<string, string> = {
  email: 'report.summarize; notify.team',
  post: 'report.summarize; notify.slack',
};

const stepsOf = (prompt: string): string => (/email the team/.test(prompt) ? STEPS.email : STEPS.post) ?? '';

/** Every single-zone country ICU names, in every schedule. */
export const COUNTRY_ZONE_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  REGIONS.filter(([name, zones]) => zones.length === 1 && !OWN_ANSWER.has(name)).map(
    ([name, zones]): [string, Case[]] => [
      name,
      SCHEDULES.map((s): Case => {
        const [prompt, cron] = s(name);
        return [prompt, `${cron} ${zones[0]}`, stepsOf(prompt)];
      }),
    ],
  ),
);

/** A people's adjective: its country's zone (single-zone countries, and the main zone of those we answer). */
const ADJECTIVES: readonly [said: string, zone: string][] = [
  ['Spanish', 'Europe/Madrid'],
  ['Portuguese', 'Europe/Lisbon'],
  ['Irish', 'Europe/Dublin'],
  ['Kenyan', 'Africa/Nairobi'],
  ['Nigerian', 'Africa/Lagos'],
  ['Estonian', 'Europe/Tallinn'],
  ['Greek', 'Europe/Athens'],
  ['Polish', 'Europe/Warsaw'],
  ['Vietnamese', 'Asia/Ho_Chi_Minh'],
  ['Pakistani', 'Asia/Karachi'],
  ['Colombian', 'America/Bogota'],
  ['Israeli', 'Asia/Jerusalem'],
  ['Thai', 'Asia/Bangkok'],
  ['Singaporean', 'Asia/Singapore'],
];

export const ADJECTIVE_ZONE_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  ADJECTIVES.map(([said, zone]): [string, Case[]] => [
    said,
    SCHEDULES.map((s): Case => {
      const [prompt, cron] = s(said);
      return [prompt, `${cron} ${zone}`, stepsOf(prompt)];
    }),
  ]),
);

/** A people's adjective is a language too: "in Spanish" sets no zone. */
export const LANGUAGE_NOT_ZONE_CASES: readonly Case[] = ['Spanish', 'German', 'French', 'Polish'].map(
  (language): Case => [
    `Every Monday at 9, send the newsletter in ${language} to all leads`,
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
);

/** Countries with several zones that no name of ours answers with one: refused, naming the country. */
export const MULTI_ZONE_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = REGIONS.filter(
  ([name, zones]) => zones.length > 1 && !OWN_ANSWER.has(name),
)
  .slice(0, 12)
  .map(([name]) => [`Every day at 8am ${name} time, email the team a summary`, `"${name}"`]);

/** A place no zone holds, said after the time: refused, quoting it (never the schedule run in UTC). */
export const UNKNOWN_ZONE_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  'Narnia',
  'Atlantis',
  'Knox',
].flatMap((place): [string, string][] => [
  [`Send the team a summary every day at 5pm ${place} time`, `"${place}"`],
  [`Every Monday at 9 (${place} time) post a summary in #ops`, `"${place}"`],
]);

export const COUNTRY_ZONE_PRODUCT: readonly Case[] = [
  ...[...COUNTRY_ZONE_CLASS.values()].flat(),
  ...[...ADJECTIVE_ZONE_CLASS.values()].flat(),
  ...LANGUAGE_NOT_ZONE_CASES,
];

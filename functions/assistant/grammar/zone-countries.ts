import type { ZoneResult } from './timezones';

/**
 * Countries as time zones: by their English name as ICU says it ("Kenya", "Ireland") and by their people's adjective
 * ("Kenyan", "Irish"), answered with ICU's zones of that country (IANA's zone.tab): one zone is the answer; several
 * are refused, naming them ("Chile" has 4), never guessed.
 */

/**
 * Countries said by their people's adjective ("Spanish time", "Kenyan time"): the country, whose zone is then read
 * as its name is (timezones.ts's names, or ICU's zones of that country). A zone only with "time" after it ("in
 * Spanish" is a language: LANGUAGE_NAMES).
 */
export const ADJECTIVES: Readonly<Record<string, string>> = Object.fromEntries(
  'spanish:spain, portuguese:portugal, italian:italy, polish:poland, swedish:sweden, norwegian:norway, danish:denmark, finnish:finland, greek:greece, turkish:turkey, austrian:austria, belgian:belgium, czech:czechia, hungarian:hungary, romanian:romania, bulgarian:bulgaria, croatian:croatia, serbian:serbia, slovak:slovakia, slovenian:slovenia, estonian:estonia, latvian:latvia, lithuanian:lithuania, icelandic:iceland, luxembourgish:luxembourg, maltese:malta, ukrainian:ukraine, israeli:israel, emirati:uae, saudi:saudi arabia, qatari:qatar, pakistani:pakistan, bangladeshi:bangladesh, nepali:nepal, thai:thailand, vietnamese:vietnam, malaysian:malaysia, singaporean:singapore, filipino:philippines, philippine:philippines, korean:south korea, taiwanese:taiwan, nigerian:nigeria, kenyan:kenya, egyptian:egypt, moroccan:morocco, ghanaian:ghana, ethiopian:ethiopia, tanzanian:tanzania, ugandan:uganda, south african:south africa, colombian:colombia, peruvian:peru, venezuelan:venezuela, argentinian:argentina, argentine:argentina, uruguayan:uruguay, chilean:chile, ecuadorian:ecuador, cuban:cuba, jamaican:jamaica, kiwi:new zealand, scottish:scotland, welsh:united kingdom, english:england'
    .split(',')
    .map((pair) => pair.trim().split(':') as [string, string]),
);

/** The zones ICU lists for a country (IANA's zone.tab), by the country's English name; looked up only when asked. */
let regionCodes: ReadonlyMap<string, string> | undefined;
const regionOf = (name: string): string | undefined => {
  if (!regionCodes) {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const map = new Map<string, string>();
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = names.of(code)?.toLowerCase().replace(' sar china', '').replace(' & ', ' and ');
        const cut = name?.indexOf(' (') ?? -1;
        const said = (cut >= 0 ? name?.slice(0, cut) : name)?.replace('’', "'");
        if (said && !map.has(said)) map.set(said, code);
      }
    regionCodes = map;
  }
  return regionCodes.get(name);
};

/** Parts of the world said as a whole, which are not one country. */
const WORLD_PARTS =
  /^(?:the\s+)?(?:europe|asia|africa|oceania|antarctica|(?:north|south|central|latin)\s+america|the\s+americas|americas|middle\s+east|scandinavia|nordics|benelux|emea|apac|latam|dach|eu|us|usa|uk|uae)$/;

/**
 * Whether a value is a country or a part of the world ("Germany", "the United States", "EMEA"): a place no record
 * of the catalogue keeps (a lead has a source, not a country), so never a source to test. ICU's region names.
 */
export const isPlaceName = (said: string): boolean => {
  const name = said.trim().toLowerCase().replace(/\s+/g, ' ');
  return WORLD_PARTS.test(name) || regionOf(name.replace(/^the\s+/, '')) !== undefined;
};

/** `Intl.Locale#getTimeZones` (ES2024 Intl Locale Info; Node 20+): not yet in TypeScript's lib for our target. */
type LocaleInfo = Intl.Locale & { getTimeZones?: () => string[]; timeZones?: string[] };
/** Node 24 has the method; Node 20 only the older getter of the same proposal. */
const zonesOfLocale = (l: LocaleInfo): string[] => l.getTimeZones?.() ?? l.timeZones ?? [];

export const countryZone = (
  name: string,
  written: string,
  current: (zone: string) => string,
): ZoneResult | undefined => {
  const code = regionOf(name);
  if (!code) return undefined;
  const zones = [...new Set(zonesOfLocale(new Intl.Locale(`und-${code}`) as LocaleInfo).map(current))];
  if (zones.length === 0) return undefined;
  if (zones.length === 1) return { ok: true, zone: zones[0] ?? 'UTC' };
  return {
    ok: false,
    problem: `"${written.trim()}" has ${zones.length} time zones (${zones.slice(0, 4).join(', ')}${zones.length > 4 ? ', …' : ''}); name a city or an IANA zone such as ${zones[0]}`,
  };
};

/**
 * A two-letter code in capitals before "time" ("JP time", "LA time"): never read as a country's region code (session
 * 33: "5pm LA time" ran in Laos). Codes that are cities are names of their own (timezones.ts: LA, NY, NYC, DC, SF,
 * HK, SG, KL, UK, NZ); any other is refused, naming the country ICU gives it, so the writer names a city or a zone.
 * Lower case ("in time", "it", "no") is never a code.
 */
export const regionCodeZone = (
  written: string,
  current: (zone: string) => string,
): ZoneResult | undefined => {
  const code = written.trim();
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  const name = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code);
  if (!name) return undefined;
  const zones = [...new Set(zonesOfLocale(new Intl.Locale(`und-${code}`) as LocaleInfo).map(current))];
  if (zones.length === 0) return undefined;
  if (zones.length === 1)
    return {
      ok: false,
      problem: `"${code}" is a two-letter code, not a time zone (${name}'s code, or a city's): name the city or an IANA zone such as ${zones[0]}`,
    };
  return {
    ok: false,
    problem: `"${code}" (${name}) has ${zones.length} time zones (${zones.slice(0, 4).join(', ')}${zones.length > 4 ? ', …' : ''}); name a city or an IANA zone such as ${zones[0]}`,
  };
};

/** A people's adjective is a language too ("the newsletter in Spanish"): a zone only with "time" after it. */
export const LANGUAGE_NAMES = new Set([
  ...Object.keys(ADJECTIVES),
  ...'german french irish dutch british swiss indian chinese japanese american canadian australian russian brazilian mexican indonesian european'.split(
    ' ',
  ),
]);

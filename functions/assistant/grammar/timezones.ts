import { ADJECTIVES, countryZone, regionCodeZone } from './zone-countries';

export { LANGUAGE_NAMES } from './zone-countries';

/**
 * Time zones as people write them — cities, countries, common names, abbreviations, IANA ids — mapped to IANA
 * zones. Abbreviations that stand for several zones are refused with the candidates named, never guessed.
 */

/** Names by the zone they mean, each list comma-separated: read into NAMES (name -> zone) at init. */
const NAMES_BY_ZONE: Readonly<Record<string, string>> = {
  UTC: 'utc, coordinated universal time, zulu',
  'Europe/London':
    'gmt, greenwich, uk, u.k., britain, great britain, united kingdom, england, british, scotland, manchester, birmingham, edinburgh, glasgow, leeds, liverpool, bristol, cardiff, belfast',
  'Europe/Dublin': 'ireland, irish, cork, galway',
  'Europe/Berlin':
    'germany, german, cet, cest, central european, central europe, central european summer, munich, münchen, hamburg, frankfurt, cologne, köln, düsseldorf, dusseldorf, stuttgart, leipzig, dresden, hanover, nuremberg',
  'Europe/Paris': 'france, french, lyon, marseille, toulouse, nice, bordeaux, lille, nantes',
  'Europe/Madrid': 'spain, barcelona, valencia, seville, sevilla, bilbao, malaga, málaga',
  'Europe/Rome': 'italy, milan, milano, naples, turin, florence, venice, bologna',
  'Europe/Amsterdam': 'netherlands, holland, dutch, rotterdam, the hague, utrecht, eindhoven',
  'America/Kralendijk': 'caribbean netherlands',
  'Europe/Brussels': 'belgium, antwerp, ghent, bruges',
  'Europe/Zurich': 'switzerland, swiss, geneva, basel, bern, lausanne',
  'Europe/Vienna': 'austria, salzburg, graz',
  'Europe/Warsaw': 'poland, krakow, kraków, gdansk, wroclaw',
  'Europe/Stockholm': 'sweden, gothenburg, malmo, malmö',
  'Europe/Oslo': 'norway, bergen',
  'Europe/Copenhagen': 'denmark',
  'Europe/Helsinki': 'finland',
  'Europe/Athens': 'greece, eet, eest, eastern european',
  'Europe/Lisbon': 'portugal, wet, west, western european, porto',
  'Europe/Istanbul': 'turkey, ankara',
  'Europe/Kyiv': 'ukraine, kiev, kyiv',
  'Europe/Moscow': 'msk, moscow',
  'America/New_York':
    'nyc, ny, dc, new york city, manhattan, boston, miami, atlanta, washington, washington dc, washington d.c., philadelphia, est, edt, et, eastern, us eastern, east coast, pittsburgh, baltimore, charlotte, orlando, tampa, cleveland, columbus',
  'America/Chicago':
    'cdt, ct, central, us central, dallas, houston, austin, texas, minneapolis, st louis, kansas city, new orleans, nashville, milwaukee',
  'America/Denver': 'mst, mdt, mt, mountain, us mountain, salt lake city, salt lake, albuquerque',
  'America/Phoenix': 'arizona',
  'America/Los_Angeles':
    'pst, pdt, pt, pacific, us pacific, west coast, san francisco, sf, la, l.a., bay area, silicon valley, california, seattle, san diego, las vegas, portland, sacramento, san jose',
  'America/Anchorage': 'akst, alaska',
  'America/Halifax': 'atlantic, atlantic canada, adt, halifax, nova scotia, new brunswick',
  'Pacific/Honolulu': 'hst, hawaii',
  'America/Toronto': 'montreal, ottawa',
  'America/Mexico_City': 'mexico city',
  'America/Sao_Paulo': 'sao paulo, são paulo, rio de janeiro, rio, brasilia',
  'America/Argentina/Buenos_Aires': 'argentina, buenos aires',
  'America/Bogota': 'colombia',
  'America/Lima': 'peru',
  'America/Santiago': 'chile',
  'Asia/Kolkata':
    'india, indian, mumbai, bombay, delhi, new delhi, bangalore, bengaluru, calcutta, chennai, hyderabad, pune',
  'Asia/Jerusalem': 'israel, tel aviv',
  'Asia/Dubai': 'uae, abu dhabi, gulf, gulf standard',
  'Asia/Riyadh': 'saudi arabia',
  'Asia/Karachi': 'pakistan',
  'Asia/Dhaka': 'bangladesh',
  'Asia/Shanghai': 'china, chinese, beijing, shenzhen',
  'Asia/Tokyo': 'japan, japanese, osaka, jst',
  'Asia/Seoul': 'korea, south korea, kst',
  'Asia/Pyongyang': 'north korea',
  'Asia/Hong_Kong': 'hkt, hk',
  'Asia/Singapore': 'sgt, sg',
  'Asia/Manila': 'philippines',
  'Asia/Ho_Chi_Minh': 'vietnam',
  'Asia/Bangkok': 'thailand',
  'Asia/Kuala_Lumpur': 'malaysia, kuala lumpur, kl',
  'Australia/Sydney': 'aest, aedt, australian eastern, canberra',
  'Australia/Adelaide': 'acst',
  'Australia/Perth': 'awst',
  'Australia/Brisbane': 'queensland',
  'Pacific/Auckland': 'new zealand, nz, nzst, nzdt, wellington',
  'Africa/Johannesburg': "south africa, cape town, sast, joburg, jo'burg, jozi",
  'Africa/Lagos': 'nigeria',
  'Africa/Nairobi': 'kenya',
  'Africa/Cairo': 'egypt',
  'Africa/Casablanca': 'morocco',
  'Europe/Prague': 'czechia, czech republic',
  'America/Edmonton': 'calgary, edmonton',
  'Asia/Qatar': 'doha, qatar',
};

const NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(NAMES_BY_ZONE).flatMap(([zone, names]) => names.split(', ').map((name) => [name, zone])),
);

/** Texts several names share ("us", "usa", "american"). */
const US_ZONES =
  'any of the US zones (America/New_York, America/Chicago, America/Denver, America/Los_Angeles)';
const CANADIAN_ZONES = 'any of the Canadian zones (America/Toronto, America/Vancouver, …)';
const AUSTRALIAN_ZONES = 'any of the Australian zones (Australia/Sydney, Australia/Perth, …)';
const RUSSIAN_ZONES = 'any of the Russian zones (Europe/Moscow, Asia/Vladivostok, …)';
const BRAZILIAN_ZONES = 'any of the Brazilian zones (America/Sao_Paulo, America/Manaus, America/Noronha, …)';
const MEXICAN_ZONES = 'any of the Mexican zones (America/Mexico_City, America/Tijuana, America/Cancun, …)';
const INDONESIAN_ZONES = 'any of the Indonesian zones (Asia/Jakarta, Asia/Makassar, Asia/Jayapura)';
const EUROPEAN_ZONES = 'any of the European zones (Europe/London, Europe/Berlin, Europe/Athens, …)';

/** Names that mean several zones: refused, with what they could mean. */
const AMBIGUOUS: Record<string, string> = {
  cst: 'US Central (America/Chicago), China (Asia/Shanghai) or Cuba (America/Havana)',
  ist: 'India (Asia/Kolkata), Israel (Asia/Jerusalem) or Ireland (Europe/Dublin)',
  bst: 'British Summer Time (Europe/London) or Bangladesh (Asia/Dhaka)',
  ast: 'Atlantic (America/Halifax) or Arabia (Asia/Riyadh)',
  gst: 'Gulf (Asia/Dubai) or South Georgia (Atlantic/South_Georgia)',
  sst: 'Samoa (Pacific/Pago_Pago) or Singapore (Asia/Singapore)',
  cat: 'Central Africa (Africa/Maputo) or other zones',
  amt: 'Amazon (America/Manaus) or Armenia (Asia/Yerevan)',
  'us time': US_ZONES,
  us: US_ZONES,
  usa: US_ZONES,
  american: US_ZONES,
  canada: CANADIAN_ZONES,
  canadian: CANADIAN_ZONES,
  australia: AUSTRALIAN_ZONES,
  australian: AUSTRALIAN_ZONES,
  russia: RUSSIAN_ZONES,
  russian: RUSSIAN_ZONES,
  brazil: BRAZILIAN_ZONES,
  brazilian: BRAZILIAN_ZONES,
  mexico: MEXICAN_ZONES,
  mexican: MEXICAN_ZONES,
  indonesia: INDONESIAN_ZONES,
  indonesian: INDONESIAN_ZONES,
  kazakhstan: 'any of the Kazakh zones (Asia/Almaty, Asia/Aqtobe, …)',
  mongolia: 'any of the Mongolian zones (Asia/Ulaanbaatar, Asia/Hovd)',
  congo: 'Kinshasa (Africa/Kinshasa), Lubumbashi (Africa/Lubumbashi) or Brazzaville (Africa/Brazzaville)',
  greenland: 'any of the Greenland zones (America/Nuuk, America/Danmarkshavn, …)',
  europe: EUROPEAN_ZONES,
  european: EUROPEAN_ZONES,
  local: "the tenant's zone or the recipient's",
};

/** IANA cities that are ordinary words too ("center", "easter"): recognised only by their full id. */
const ORDINARY_WORDS = new Set(
  'center easter wake casey davis palmer troll knox truk midway chatham mawson vostok syowa rothera macquarie eucla marengo vevay winamac beulah monticello nome east west north south'.split(
    ' ',
  ),
);

/**
 * Zones the runtime's ICU still lists under the name IANA has since replaced (its "backward" file): read by the
 * current name and its city ("Ho Chi Minh", "Kolkata", "Kyiv"), and answered with the current id.
 */
const RENAMED: Readonly<Record<string, string>> = {
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
};

/** Every IANA zone by its id (`europe/berlin`) and by its city (`berlin`, `new york`). */
const IANA: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const listed = Intl.supportedValuesOf('timeZone');
  // the current names first, then the old ones ("Saigon", "Calcutta"), each answered with the current id
  const names = [...listed.map((z) => RENAMED[z] ?? z), ...listed.filter((z) => RENAMED[z])];
  for (const name of names) {
    const zone = RENAMED[name] ?? name;
    if (!map.has(name.toLowerCase())) map.set(name.toLowerCase(), zone);
    const city = name.split('/').at(-1)?.replaceAll('_', ' ').toLowerCase();
    if (city && name.includes('/') && !map.has(city) && !ORDINARY_WORDS.has(city)) map.set(city, zone);
  }
  map.set('utc', 'UTC');
  return map;
})();

export type ZoneResult =
  | { readonly ok: true; readonly zone: string }
  | { readonly ok: false; readonly problem: string };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Every name the scanner recognises, longest first (so "new york city" wins over "new york"). */
const ALL_NAMES = [
  ...new Set([...Object.keys(NAMES), ...Object.keys(AMBIGUOUS), ...Object.keys(ADJECTIVES), ...IANA.keys()]),
]
  .filter((n) => n.length >= 2)
  .sort((a, b) => b.length - a.length);

/** A zone name at a word boundary (abbreviations need the word boundary most). */
export const ZONE_NAME = new RegExp(
  `(?<![\\p{L}/])(?:${ALL_NAMES.map(escapeRegExp).join('|')})(?![\\p{L}/])`,
  'u',
);

/** Short names that are ordinary words too: a zone only with "time"/"timezone" or beside a clock time. */
export const WEAK_NAMES = new Set(
  'central eastern mountain pacific atlantic west wet rio local et ct mt pt sf cat us est nz uk la l.a. ny dc hk sg kl christmas'.split(
    ' ',
  ),
);

/** A table's own entry: a name such as "constructor" never reads Object.prototype's members. */
const own = (table: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

export const resolveZone = (name: string, written = name): ZoneResult | undefined => {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/(?<!\s)\s+(?:standard|daylight|summer)$/, '')
    .replace(/\s+/g, ' ');
  const ambiguous = own(AMBIGUOUS, key);
  if (ambiguous)
    return {
      ok: false,
      problem: `"${written.trim()}" is ambiguous: it could be ${ambiguous}; name a city or an IANA zone such as Europe/Berlin`,
    };
  const zone = own(NAMES, key) ?? IANA.get(key);
  if (zone) return { ok: true, zone };
  const country = own(ADJECTIVES, key);
  if (country) return resolveZone(country, written);
  return (
    countryZone(key.replace(/^the\s+/, ''), written, (z) => RENAMED[z] ?? z) ??
    regionCodeZone(written, (z) => RENAMED[z] ?? z)
  );
};

/**
 * A zone no table holds is claimed (and refused by name) only when its words could be one: up to three words, none a
 * word of a sentence ("Knox", "mountain standard", "Narnia"; never "tomorrow with a reminder of the").
 */
export const ZONE_LIKE =
  /^(?!.*\b(?:with|of|the|a|an|their|his|her|its|our|my|your|to|for|and|or|at|by|from|on|about|who|that|which|is|are|has|have|tomorrow|today|tonight|days?|weeks?)\b)[a-z][a-z'-]*(?:\s[a-z][a-z'-]*){0,2}$/;

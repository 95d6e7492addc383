import { ADJECTIVES, countryZone } from './zone-countries';

export { LANGUAGE_NAMES } from './zone-countries';

/**
 * Time zones as people write them — cities, countries, common names, abbreviations, IANA ids — mapped to IANA
 * zones. Abbreviations that stand for several zones are refused with the candidates named, never guessed.
 */

const NAMES: Record<string, string> = {
  utc: 'UTC',
  'coordinated universal time': 'UTC',
  zulu: 'UTC',
  gmt: 'Europe/London',
  greenwich: 'Europe/London',
  uk: 'Europe/London',
  'u.k.': 'Europe/London',
  britain: 'Europe/London',
  'great britain': 'Europe/London',
  'united kingdom': 'Europe/London',
  england: 'Europe/London',
  british: 'Europe/London',
  scotland: 'Europe/London',
  ireland: 'Europe/Dublin',
  irish: 'Europe/Dublin',
  germany: 'Europe/Berlin',
  german: 'Europe/Berlin',
  france: 'Europe/Paris',
  french: 'Europe/Paris',
  spain: 'Europe/Madrid',
  italy: 'Europe/Rome',
  netherlands: 'Europe/Amsterdam',
  'caribbean netherlands': 'America/Kralendijk',
  holland: 'Europe/Amsterdam',
  dutch: 'Europe/Amsterdam',
  belgium: 'Europe/Brussels',
  switzerland: 'Europe/Zurich',
  swiss: 'Europe/Zurich',
  austria: 'Europe/Vienna',
  poland: 'Europe/Warsaw',
  sweden: 'Europe/Stockholm',
  norway: 'Europe/Oslo',
  denmark: 'Europe/Copenhagen',
  finland: 'Europe/Helsinki',
  greece: 'Europe/Athens',
  portugal: 'Europe/Lisbon',
  turkey: 'Europe/Istanbul',
  ukraine: 'Europe/Kyiv',
  kiev: 'Europe/Kyiv',
  cet: 'Europe/Berlin',
  cest: 'Europe/Berlin',
  'central european': 'Europe/Berlin',
  'central europe': 'Europe/Berlin',
  'central european summer': 'Europe/Berlin',
  eet: 'Europe/Athens',
  eest: 'Europe/Athens',
  'eastern european': 'Europe/Athens',
  wet: 'Europe/Lisbon',
  west: 'Europe/Lisbon',
  'western european': 'Europe/Lisbon',
  msk: 'Europe/Moscow',
  moscow: 'Europe/Moscow',
  nyc: 'America/New_York',
  'new york city': 'America/New_York',
  manhattan: 'America/New_York',
  boston: 'America/New_York',
  miami: 'America/New_York',
  atlanta: 'America/New_York',
  washington: 'America/New_York',
  'washington dc': 'America/New_York',
  'washington d.c.': 'America/New_York',
  philadelphia: 'America/New_York',
  est: 'America/New_York',
  edt: 'America/New_York',
  et: 'America/New_York',
  eastern: 'America/New_York',
  'us eastern': 'America/New_York',
  'east coast': 'America/New_York',
  cdt: 'America/Chicago',
  ct: 'America/Chicago',
  central: 'America/Chicago',
  'us central': 'America/Chicago',
  dallas: 'America/Chicago',
  houston: 'America/Chicago',
  austin: 'America/Chicago',
  texas: 'America/Chicago',
  mst: 'America/Denver',
  mdt: 'America/Denver',
  mt: 'America/Denver',
  mountain: 'America/Denver',
  'us mountain': 'America/Denver',
  arizona: 'America/Phoenix',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  pt: 'America/Los_Angeles',
  pacific: 'America/Los_Angeles',
  'us pacific': 'America/Los_Angeles',
  'west coast': 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles',
  sf: 'America/Los_Angeles',
  'bay area': 'America/Los_Angeles',
  'silicon valley': 'America/Los_Angeles',
  california: 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  'san diego': 'America/Los_Angeles',
  akst: 'America/Anchorage',
  alaska: 'America/Anchorage',
  hst: 'Pacific/Honolulu',
  hawaii: 'Pacific/Honolulu',
  montreal: 'America/Toronto',
  ottawa: 'America/Toronto',
  'mexico city': 'America/Mexico_City',
  'sao paulo': 'America/Sao_Paulo',
  'são paulo': 'America/Sao_Paulo',
  'rio de janeiro': 'America/Sao_Paulo',
  rio: 'America/Sao_Paulo',
  argentina: 'America/Argentina/Buenos_Aires',
  'buenos aires': 'America/Argentina/Buenos_Aires',
  colombia: 'America/Bogota',
  peru: 'America/Lima',
  chile: 'America/Santiago',
  india: 'Asia/Kolkata',
  indian: 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata',
  bombay: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
  bengaluru: 'Asia/Kolkata',
  calcutta: 'Asia/Kolkata',
  chennai: 'Asia/Kolkata',
  hyderabad: 'Asia/Kolkata',
  pune: 'Asia/Kolkata',
  israel: 'Asia/Jerusalem',
  'tel aviv': 'Asia/Jerusalem',
  uae: 'Asia/Dubai',
  'abu dhabi': 'Asia/Dubai',
  'saudi arabia': 'Asia/Riyadh',
  pakistan: 'Asia/Karachi',
  bangladesh: 'Asia/Dhaka',
  china: 'Asia/Shanghai',
  chinese: 'Asia/Shanghai',
  beijing: 'Asia/Shanghai',
  shenzhen: 'Asia/Shanghai',
  japan: 'Asia/Tokyo',
  japanese: 'Asia/Tokyo',
  osaka: 'Asia/Tokyo',
  jst: 'Asia/Tokyo',
  korea: 'Asia/Seoul',
  'north korea': 'Asia/Pyongyang',
  'south korea': 'Asia/Seoul',
  kst: 'Asia/Seoul',
  hkt: 'Asia/Hong_Kong',
  sgt: 'Asia/Singapore',
  philippines: 'Asia/Manila',
  vietnam: 'Asia/Ho_Chi_Minh',
  thailand: 'Asia/Bangkok',
  malaysia: 'Asia/Kuala_Lumpur',
  'kuala lumpur': 'Asia/Kuala_Lumpur',
  aest: 'Australia/Sydney',
  aedt: 'Australia/Sydney',
  'australian eastern': 'Australia/Sydney',
  canberra: 'Australia/Sydney',
  acst: 'Australia/Adelaide',
  awst: 'Australia/Perth',
  queensland: 'Australia/Brisbane',
  'new zealand': 'Pacific/Auckland',
  nz: 'Pacific/Auckland',
  nzst: 'Pacific/Auckland',
  nzdt: 'Pacific/Auckland',
  wellington: 'Pacific/Auckland',
  'south africa': 'Africa/Johannesburg',
  'cape town': 'Africa/Johannesburg',
  sast: 'Africa/Johannesburg',
  nigeria: 'Africa/Lagos',
  kenya: 'Africa/Nairobi',
  egypt: 'Africa/Cairo',
  morocco: 'Africa/Casablanca',
  munich: 'Europe/Berlin',
  münchen: 'Europe/Berlin',
  hamburg: 'Europe/Berlin',
  frankfurt: 'Europe/Berlin',
  cologne: 'Europe/Berlin',
  köln: 'Europe/Berlin',
  düsseldorf: 'Europe/Berlin',
  dusseldorf: 'Europe/Berlin',
  stuttgart: 'Europe/Berlin',
  leipzig: 'Europe/Berlin',
  dresden: 'Europe/Berlin',
  hanover: 'Europe/Berlin',
  nuremberg: 'Europe/Berlin',
  barcelona: 'Europe/Madrid',
  valencia: 'Europe/Madrid',
  seville: 'Europe/Madrid',
  sevilla: 'Europe/Madrid',
  bilbao: 'Europe/Madrid',
  malaga: 'Europe/Madrid',
  málaga: 'Europe/Madrid',
  milan: 'Europe/Rome',
  milano: 'Europe/Rome',
  naples: 'Europe/Rome',
  turin: 'Europe/Rome',
  florence: 'Europe/Rome',
  venice: 'Europe/Rome',
  bologna: 'Europe/Rome',
  lyon: 'Europe/Paris',
  marseille: 'Europe/Paris',
  toulouse: 'Europe/Paris',
  nice: 'Europe/Paris',
  bordeaux: 'Europe/Paris',
  lille: 'Europe/Paris',
  nantes: 'Europe/Paris',
  rotterdam: 'Europe/Amsterdam',
  'the hague': 'Europe/Amsterdam',
  utrecht: 'Europe/Amsterdam',
  eindhoven: 'Europe/Amsterdam',
  geneva: 'Europe/Zurich',
  basel: 'Europe/Zurich',
  bern: 'Europe/Zurich',
  lausanne: 'Europe/Zurich',
  porto: 'Europe/Lisbon',
  krakow: 'Europe/Warsaw',
  kraków: 'Europe/Warsaw',
  gdansk: 'Europe/Warsaw',
  wroclaw: 'Europe/Warsaw',
  gothenburg: 'Europe/Stockholm',
  malmo: 'Europe/Stockholm',
  malmö: 'Europe/Stockholm',
  bergen: 'Europe/Oslo',
  antwerp: 'Europe/Brussels',
  ghent: 'Europe/Brussels',
  bruges: 'Europe/Brussels',
  manchester: 'Europe/London',
  birmingham: 'Europe/London',
  edinburgh: 'Europe/London',
  glasgow: 'Europe/London',
  leeds: 'Europe/London',
  liverpool: 'Europe/London',
  bristol: 'Europe/London',
  cardiff: 'Europe/London',
  belfast: 'Europe/London',
  cork: 'Europe/Dublin',
  galway: 'Europe/Dublin',
  salzburg: 'Europe/Vienna',
  graz: 'Europe/Vienna',
  kyiv: 'Europe/Kyiv',
  czechia: 'Europe/Prague',
  'czech republic': 'Europe/Prague',
  ankara: 'Europe/Istanbul',
  'las vegas': 'America/Los_Angeles',
  portland: 'America/Los_Angeles',
  sacramento: 'America/Los_Angeles',
  'san jose': 'America/Los_Angeles',
  'salt lake city': 'America/Denver',
  'salt lake': 'America/Denver',
  albuquerque: 'America/Denver',
  minneapolis: 'America/Chicago',
  'st louis': 'America/Chicago',
  'kansas city': 'America/Chicago',
  'new orleans': 'America/Chicago',
  nashville: 'America/Chicago',
  milwaukee: 'America/Chicago',
  pittsburgh: 'America/New_York',
  baltimore: 'America/New_York',
  charlotte: 'America/New_York',
  orlando: 'America/New_York',
  tampa: 'America/New_York',
  cleveland: 'America/New_York',
  columbus: 'America/New_York',
  calgary: 'America/Edmonton',
  edmonton: 'America/Edmonton',
  doha: 'Asia/Qatar',
  qatar: 'Asia/Qatar',
};

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
  'us time': 'any of the US zones (America/New_York, America/Chicago, America/Denver, America/Los_Angeles)',
  us: 'any of the US zones (America/New_York, America/Chicago, America/Denver, America/Los_Angeles)',
  usa: 'any of the US zones (America/New_York, America/Chicago, America/Denver, America/Los_Angeles)',
  american: 'any of the US zones (America/New_York, America/Chicago, America/Denver, America/Los_Angeles)',
  canada: 'any of the Canadian zones (America/Toronto, America/Vancouver, …)',
  canadian: 'any of the Canadian zones (America/Toronto, America/Vancouver, …)',
  australia: 'any of the Australian zones (Australia/Sydney, Australia/Perth, …)',
  australian: 'any of the Australian zones (Australia/Sydney, Australia/Perth, …)',
  russia: 'any of the Russian zones (Europe/Moscow, Asia/Vladivostok, …)',
  russian: 'any of the Russian zones (Europe/Moscow, Asia/Vladivostok, …)',
  brazil: 'any of the Brazilian zones (America/Sao_Paulo, America/Manaus, America/Noronha, …)',
  brazilian: 'any of the Brazilian zones (America/Sao_Paulo, America/Manaus, America/Noronha, …)',
  mexico: 'any of the Mexican zones (America/Mexico_City, America/Tijuana, America/Cancun, …)',
  mexican: 'any of the Mexican zones (America/Mexico_City, America/Tijuana, America/Cancun, …)',
  indonesia: 'any of the Indonesian zones (Asia/Jakarta, Asia/Makassar, Asia/Jayapura)',
  indonesian: 'any of the Indonesian zones (Asia/Jakarta, Asia/Makassar, Asia/Jayapura)',
  kazakhstan: 'any of the Kazakh zones (Asia/Almaty, Asia/Aqtobe, …)',
  mongolia: 'any of the Mongolian zones (Asia/Ulaanbaatar, Asia/Hovd)',
  congo: 'Kinshasa (Africa/Kinshasa), Lubumbashi (Africa/Lubumbashi) or Brazzaville (Africa/Brazzaville)',
  greenland: 'any of the Greenland zones (America/Nuuk, America/Danmarkshavn, …)',
  europe: 'any of the European zones (Europe/London, Europe/Berlin, Europe/Athens, …)',
  european: 'any of the European zones (Europe/London, Europe/Berlin, Europe/Athens, …)',
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
  'central eastern mountain pacific west wet rio local et ct mt pt sf cat us est nz uk'.split(' '),
);

export const resolveZone = (name: string, written = name): ZoneResult | undefined => {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/(?<!\s)\s+(?:standard|daylight|summer)$/, '')
    .replace(/\s+/g, ' ');
  const ambiguous = AMBIGUOUS[key];
  if (ambiguous)
    return {
      ok: false,
      problem: `"${written.trim()}" is ambiguous: it could be ${ambiguous}; name a city or an IANA zone such as Europe/Berlin`,
    };
  const zone = NAMES[key] ?? IANA.get(key);
  if (zone) return { ok: true, zone };
  const country = ADJECTIVES[key];
  if (country) return resolveZone(country, written);
  return countryZone(key.replace(/^the\s+/, ''), written, (z) => RENAMED[z] ?? z);
};

/**
 * Spelling mistakes in the words the grammars read ("recieved", "welcom", "submision", "payed", "shedule"): each
 * word of five letters or more that is not a known word and is one edit (a letter added, left out, changed or two
 * swapped, never the first) from exactly one of the grammars' key words becomes that word. Words the grammars
 * know (and their inflections) are never "corrected"; shorter words and misspellings two edits away are listed.
 */

const KNOWN_TEXT = `
abbreviations about above absent accept+ed+s account+ing+s action+s active activities activity actually added
additional address+es adelaide adjacent adjective+s admin+s advance africa after afternoon+s afterwards again agenda
ahead aires airtable alaska alert+ed+s aligned alone already alternate alternatives always amazon ambiguous america
american amount amsterdam analyse analyze anchorage angeles announce annually another answer+ed+s anybody anymore
anyone anything anywhere apologies apologise apologize apology apostrophes appear+s application apply appointment+s
appreciate+d approval+s approve+d approver+s april arabia archive argentina arizona armenia around arrange+d arrived
arrives asana aside asked asking assemble+d+s assembler assess assign assistant athens atlanta atlantic atoms attach
attachment attend attendee+s auckland audience audit august austin australia australian austria automate
automatically automation available awaited awesome baker bangalore bangkok bangladesh become+s bedrock before
beforehand beginning begins behalf beijing being belgium below bengaluru berlin beside between beulah bigger billing
bills birthday+s blanked blanks block bogota bombay booked booking+s books boston bought boundary bounds branch
brand brazil breaks bridge brief brisbane britain british broadcast broadest brochure brussels bucks budget buenos
build built business button buyer cadence cairo calcutta calendar calendly california called calls canada canadian
canberra cancel+ed+s cancellation cancelled candidate+s cannot capitalised capture+d carries carry casablanca cased
cases casey casing catalog catalogue catch categorise categorize causes center central cents change+d+s changing
channel character+s charge chase chatgpt chatham check checklist cheers chennai chicago chile china chinese choice
choosing chunks churned cities claim classify claude clause+s cleaned clear+ed click+s clickup client+s clock clone
close+d coast colleagues collect collection+s colombia comes comma+s comment common company comparing comparison+s
compile complaints complete+d+s compose+d concurrency condition+s confirm+ed+s confirmation congratulate
congratulations connector+s consequences console constructor consult consultation contact+ed+s containing contains
content+s context contract+s conversation convert+ed+s coordinated copenhagen copied correlates could count+ed
countries couple coupon cover coworkers craft crashes create+d+s creating currency current custom+er+ers daily
dallas database davis daylight deadline debtors december decide+d+s definition delay delete+d delhi deliver+ed
delivery demand denmark denver department depth describe description design detail+s detect determine deterministic
dhabi dhaka diego different digest digits director discord discount discovery disqualified disqualify document+s
documentation doesnt dollar+s draft+ed+s drive dropbox dropped drops dubai dublin duction ductory duration during
dutch early easter eastern edited egypt eight eighteen eleven email+ed+s ember emits emphasis empty enable
encouraging engage engineering england enrich enter+ed+s entry equal+s equality error+s escalate+d escalation escape
eucla europe european euros evaluate evening+s event+s every everybody everyday everyone everything exactly
exceeding exceeds excel except excess existing exists expect explain explanation explicit+ly express expression
extra extract facebook failed failing fails failure fallback farewell february feedback fetch fewer field+s fifteen
fifth fifty figure files filled filler fills filtered filters final+ly finance finds finish+es finite finland fires
first fixed flagged floor folder folks follow+ed+ing+s follow-up forever forms fortnight+ly forty forward+ed+s
found+er+ers fourteen fourth fragment france francisco french frequencies fresh friday+s friendly further gather
general generate+d gently georgia german germany gerund getting given gives gmail goodbye google gotten governs
grammar+s grand grateful great+er greece greenwich greet+ing+ings group guard guessed guest guide halifax happen+ed
havana haven having hawaii heads heard hello helsinki higher holds holland honolulu hourly hours houston https
hubspot human humanize hyderabad ignored ignores ignoring image imessage immediately implied implies imported
improves inbound inbox include+d+s incoming incomplete increment india indian indonesia inform+ed informal information
inherited input insert inside instagram instant+ly instead instruction+s integer intercom interest internal intro
introduce+d invitation invite invitee inviting invoice+s ireland irish israel issue+d+s issuing istanbul italy items
itself jakarta janeiro january japan japanese jerusalem johannesburg joined joins jotform karachi keeps kenya keyof
keyword kickoff kicks kindly kinds kingdom klaviyo knowledge known kolkata korea kuala label+s lagos lands language
larger lastly later launch leadership leading leads least leave+s leftovers lends letter level lines linked linkedin
lisbon listed lists literal little loading loads local location london longer longest looking looping loops lovely
lower lumpur lunch macquarie madrid mailchimp mails makes malaysia management manager+s manaus manhattan manila
manual+ly mapped maputo march marengo marked market+ing marking marks massage+s match+es materials mawson maximum
meaning+s meaningful means media meeting+s member mention+s merged meridiem message+d+s method metrics mexico miami
microsoft midday midnight midway million minimum minute+s missed misses missing model modified monday+s month+ly+s
monticello montreal morning+s morocco moscow mountain moved moves mumbai myself nairobi named names needed needs
negate+d negative nesday nests netherlands never newsletter nicely nigeria night+ly+s nineteen ninety nobody
normalised north norway noted notes nothing notification+s notified notify notion november nudge nullable numbers
obtain occurrence october offer+ing+s office offset+s often onboarding opens operations operators opportunities
opportunity order+s ordinary organise organize original osaka other+s otherwise ottawa outages outcome outer outline
outlook outside outstanding overdue overnight overview owing owner pacific paid pakistan palmer paper parallel
parcel paris parse+s parser partial participant parts passed patient paulo pause payable payer+s paying payload
payment+s pending people perform period permission person personal personalised personalized perth philadelphia
philippines phoenix phone photo phrase+s piece+s pinged pings pipedrive pipeline place plain plants please poland
polarity polite+ly politeness portfolio portugal positive possible posted posts pound+s preamble prefer prefix
prepare+d presence present press prevents previous price+d pricing prioritise prioritize problem+s process produce+d
product profile promo promote prompt proposal+s propose prospect+s provided publish+es purchase qualified qualifier
qualify quantity quarter+ly+s queensland query question+s questionnaire quick+ly quickbooks quiet quote+d+s raise+d
range+s rates rating reach+ed+es react reader reading reads really recap receipt+s receive+d+s receiving recipient+s
recognise+d+s record+ed+s recurring redundant references refers refused refuses refusing regarding register+ed+s
reject+ed relative remains remark remind+ed+er+ers+ing remove+d repeat replace+d replied replies reply report+ed+s
request+ed+s require+d reschedul research reservation reserve+d+s resolve resources respond+ed+s respondent response
restore+d result+s returned revenue review+s rewritten right riyadh rmation roots rothera round rsday ruary rundown
russia russian safer sales salesforce samoa santiago saturday+s saudi saved saves saying scale scanner scans
scenario schedule+d+s scheduler scheduling schema score scotland search seattle second+s segment select semicolons
sender+s sending sends sensible sentence+s sentiment seoul separate separator+s september sequence service+s session
settle+d setup seven seventeen several shanghai shape+s share+d+s sheets shenzhen shoot shopify short+ly should
shout shows signatures signed signing signs signup+s silent silicon simple simply singapore single sixteen sixty
skipped slack sleep slides small+er social somebody someone something sorry source+s south spaces spain speaking
special specific splice splits spread spreadsheet stack staff stage stand+s standard start+ed+s state statemachines
stating statistics stats status+es stays stepped steps still stockholm stopping stops store+d straight strategy
stringify stripe stripped structured student study subject+s submission+s submit+s submitted submitter+s subscribe+s
subscriber+s succeeds success successful+ly suits summaries summarise summarize summary summer sunday+s support+ed
survey+s sweden swiss switches switzerland sydney syntax syowa system tagged tagging tailored taken takes talks
tally tasks team+s telegram telling template tenant tested tests texas thailand thank+s their+s there these thing+s
third thirteen thirty those thousand+s thread three through throughout throws thursday+s tiktok timeline timeout
times timezone+s title today together tokyo tomorrow tonight topic toronto total touch+ed track+ed trailing
translate trello triage tried trigger+ed+s troll trouble tuesday+s turkey turns tweet twelve twenty twice twilio
twitter typeform ukraine unanswered unbooked unconfirmed under understand+ing+s understood unfinished unique united
universal unknown unless unmarked unpaid unreplied unshift unsubmitted unsubscribe unsupported until untracked
update+d+s upgrade upload+ed+s upper urday urgent using valid validate validator valley value+d vancouver verbs
vevay video vienna vietnam visitor visits vladivostok vostok voucher waiting waits wanted wards warsaw washington
water weather webflow webhook+s website wednesday+s weekday+s weekend+s weekly weeks welcome wellington weren
western whatever whatsapp whenever where whether which whichever white whole whose winamac within without words
workflow+s working works worth would write+s written wrong wrote yearly yerevan yesterday zealand zendesk zones
zurich
`;

/** Short stems whose inflections are five letters or more ("tagged", "paying", "sends"). */
const KNOWN_SHORT = new Set(
  'tag add pay send mail call book plan log note lead file form deal sign join ping post tell ask get set put run mark move bill text wait stop open view like love need want make take use help hire fire work list sort rate rank join send end miss fail file save sync copy edit drop pull push read'.split(
    ' ',
  ),
);

/** KNOWN_TEXT's words: `book+ed+s` is a stem and the words its endings make (book, booked, books). */
const KNOWN = new Set(
  KNOWN_TEXT.split(/\s+/)
    .filter((w) => w.length > 0)
    .flatMap((w) => {
      const [stem = '', ...endings] = w.split('+');
      return [stem, ...endings.map((ending) => stem + ending)];
    }),
);

/**
 * The words a misspelling is corrected to: the grammars' key words, none of them one edit from a common word
 * (so "large" never becomes "larger", nor "noted" "notes").
 */
const TARGETS = `
received receive receives welcome submission submissions submitted submit submits invoice invoices reminder
reminders remind reminded schedule scheduled meeting meetings booking bookings booked cancel cancels cancelled
canceled confirmation confirm confirmed confirms follow notify notifies notified notification message messages
summary summaries summarize summarise report reports weekly monthly daily customer customers client clients
payment payments overdue tomorrow monday tuesday wednesday thursday friday saturday sunday weekday weekdays
weekend morning evening afternoon calendar qualified whenever appointment appointments consultation respond
responds responded replies replied email emails slack leads create created update updated prospect prospects
subscriber subscribers contact contacts unpaid unconfirmed within minutes hours quarter quarterly approval
request requested webhook uploaded upload document attendee signed register registered someone everyone anyone
thank thanks please escalate forward forwarded digest recap pipeline newsletter onboarding feedback survey
questionnaire proposal receipt january february march april august september october november december
immediately automatically automation workflow every between through`
  .split(/\s+/)
  .filter((w) => w.length >= 5);

/** First letter → target words that start with it, for the candidates of a misspelt word. */
const BY_FIRST = new Map<string, string[]>();
for (const w of TARGETS) BY_FIRST.set(w.charAt(0), [...(BY_FIRST.get(w.charAt(0)) ?? []), w]);

/** Short key words whose two swapped letters are corrected ("wehn" → "when"). */
const SHORT_TARGETS = [
  'when',
  'send',
  'lead',
  'team',
  'each',
  'week',
  'hour',
  'days',
  'mail',
  'note',
  'book',
  'call',
  'then',
  'with',
  'from',
  'paid',
  'ping',
  'post',
  'tell',
  'slot',
  'once',
  'also',
  'them',
  'they',
  'tags',
];

/** Misspellings two edits away, or too short to correct by distance. */
const LISTED: Readonly<Record<string, string>> = {
  payed: 'paid',
  evry: 'every',
  evrey: 'every',
  eveyr: 'every',
  everey: 'every',
  wich: 'which',
  whe: 'when',
  wen: 'when',
  teh: 'the',
  adn: 'and',
  wiht: 'with',
  emial: 'email',
  emal: 'email',
  mial: 'mail',
  slak: 'slack',
  tommorow: 'tomorrow',
  tommorrow: 'tomorrow',
  tommorows: 'tomorrows',
  tomorows: 'tomorrows',
  wensday: 'wednesday',
  wendsday: 'wednesday',
  febuary: 'february',
  recieve: 'receive',
  reciept: 'receipt',
  untill: 'until',
  reminde: 'remind',
  notifiy: 'notify',
  notfy: 'notify',
  summery: 'summary',
  shedule: 'schedule',
  schedual: 'schedule',
  calender: 'calendar',
  meating: 'meeting',
  buisness: 'business',
  bussiness: 'business',
  occured: 'occurred',
  cancle: 'cancel',
  cancled: 'cancelled',
  cancelation: 'cancellation',
  manualy: 'manually',
};

/** Whether `a` becomes `b` by one edit that keeps the first letter (Damerau–Levenshtein distance 1). */
const oneEdit = (a: string, b: string): boolean => {
  if (a === b || Math.abs(a.length - b.length) > 1 || a.charAt(0) !== b.charAt(0)) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) ||
      (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
};

/** A known word or one of its inflections ("notifies", "replied", "booking", "tagged", "weekly"). */
const isKnown = (w: string): boolean => {
  if (KNOWN.has(w)) return true;
  const stems = [
    w.replace(/(?:s|es|ed|d|ing|ly|er|ers)$/, ''),
    w.replace(/ies$|ied$/, 'y'),
    w.replace(/(?:ed|ing|er)$/, 'e'),
    w.replace(/([a-z])\1(?:ed|ing|er)$/, '$1'),
    w.replace(/s$/, ''),
    w.replace(/es$/, ''),
    w.replace(/ed$/, ''),
    w.replace(/ing$/, ''),
  ];
  return stems.some((s) => s !== w && s.length >= 3 && (KNOWN.has(s) || KNOWN_SHORT.has(s)));
};

/** A word the grammars know, or one of its inflections: never a person's name written in lower case. */
export const isKnownWord = (w: string): boolean =>
  KNOWN_SHORT.has(w) || isKnown(w) || Object.hasOwn(LISTED, w);

/** The one target that is `w` with one letter doubled or undoubled before an ending ("submited" → "submitted"). */
const doubling = (w: string): string | undefined => {
  const m = /^(.*?)([bcdfglmnprstz])(\2?)(ed|ing|er)$/.exec(w);
  if (!m) return undefined;
  const other = `${m[1]}${m[2]}${m[3] ? '' : m[2]}${m[4]}`;
  return TARGETS.includes(other) || KNOWN.has(other) ? other : undefined;
};

/** The one candidate that is a known word, if exactly one is. */
const onlyOne = (candidates: readonly string[]): string | undefined => {
  const known = [...new Set(candidates)].filter((c) => KNOWN.has(c) || KNOWN_SHORT.has(c));
  return known.length === 1 ? known[0] : undefined;
};

const correctWord = (word: string): string => {
  const lower = word.toLowerCase();
  // Own entries only: 'constructor' must not find Object.prototype's function and write it into the request.
  const listed = Object.hasOwn(LISTED, lower) ? LISTED[lower] : undefined;
  if (listed !== undefined) return listed;
  // "paaid", "seend", "invoicce": a letter typed twice, when one known word is left without it
  if (lower.length >= 4 && /^[a-z]+$/.test(lower) && !isKnownWord(lower)) {
    const single = onlyOne(
      [...lower.matchAll(/([a-z])\1/g)].map((m) => lower.slice(0, m.index) + lower.slice(m.index + 1)),
    );
    if (single) return single;
  }
  // "coems", "arrvies": two letters swapped in a known word of five letters or more (never the first)
  if (lower.length >= 5 && /^[a-z]+$/.test(lower) && !isKnownWord(lower)) {
    const swaps = [...lower]
      .slice(1, -1)
      .map((_c, i) => lower.slice(0, i + 1) + lower.charAt(i + 2) + lower.charAt(i + 1) + lower.slice(i + 3));
    const swapped = onlyOne(swaps);
    if (swapped) return swapped;
  }
  // "wehn", "sned", "taem": two letters swapped in a short key word
  if (lower.length === 4 && !isKnown(lower) && !KNOWN_SHORT.has(lower)) {
    const swapped = SHORT_TARGETS.find(
      (t) => t !== lower && t.charAt(0) === lower.charAt(0) && oneEdit(lower, t),
    );
    if (swapped && [...swapped].sort().join('') === [...lower].sort().join('')) return swapped;
  }
  if (lower.length < 5 || !/^[a-z]+$/.test(lower)) return word;
  // "submited", "schedulled": an inflection with its last consonant doubled where it should not be, or not where it should
  if (isKnown(lower)) return KNOWN.has(lower) ? word : (doubling(lower) ?? word);
  const near = (BY_FIRST.get(lower.charAt(0)) ?? []).filter((w) => w.length >= 5 && oneEdit(lower, w));
  return near.length === 1 && near[0] !== undefined ? near[0] : word;
};

const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|august|september|october|november|december)s?$/;
const DATE_BEFORE =
  /\b(?:on|every|each|in|of|next|this|last|by|until|till|from|and|or|before|after|\d{1,2}(?:st|nd|rd|th)?)[\s,]+$/i;
const DATE_AFTER = /^[\s,]+(?:\d|at\b|and\b|or\b|to\b|morning|evening|afternoon|night)/i;

/**
 * The request with its misspelt words corrected (lower case where corrected; the rest as written). Names are left
 * alone (a capital inside a sentence), and so are addresses, links, channels and identifiers.
 */
export const correctSpelling = (text: string): string =>
  text.replace(/(?<![\w@./:#'-])[A-Za-z]+(?![\w@/'-]|:(?!\s)|\.[A-Za-z0-9])/g, (word, at: number) => {
    const capital = /^[A-Z][a-z]/.test(word);
    const corrected = correctWord(word);
    // "forward it to marco": a day or a month only where a date is said ("on wensday", "in febuary", "mondey 9am")
    const fixed =
      CALENDAR.test(corrected) &&
      corrected !== word.toLowerCase() &&
      !DATE_BEFORE.test(text.slice(Math.max(0, at - 12), at)) &&
      !DATE_AFTER.test(text.slice(at + word.length, at + word.length + 12))
        ? word
        : corrected;
    const named =
      /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|august|september|october|november|december)$/;
    if (capital && at > 0 && !/[.!?]\s*$/.test(text.slice(Math.max(0, at - 3), at)) && !named.test(fixed))
      return word;
    return fixed === word.toLowerCase() || fixed === word
      ? word
      : capital
        ? fixed.charAt(0).toUpperCase() + fixed.slice(1)
        : fixed;
  });

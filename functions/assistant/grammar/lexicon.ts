/**
 * The grammar's words by meaning (session 44, issues #15 and #16): each word written once, in the one class that
 * says what it is, and read by class, so that a reader names the meaning it reads ("a possessive", "a message
 * verb") instead of spelling out its own subset of the vocabulary. `alt('article', 'ours')` is a
 * non-capturing alternation of those words, longest first (so a word never loses to its own prefix), a space
 * inside a phrase read as `\s+`. A reader that accepts a word more or less than the class says so:
 * `alt('article', '+new', '-an')`. Build the alternation once, at module load, never per request.
 *
 * New words go here, in the class of their meaning, not in a new alternation: one entry is read by every reader of
 * the class (a new trade's word for a customer is read wherever customers are). A class is kept only while some
 * reader reads it: every word here is in the api-assistant bundle.
 */

const CLASSES = {
  // determiners, and the little words between a clause's parts
  article: 'a|an|the',
  ours: 'our|my',
  quantifier: 'all|any|each|every',
  relative: 'which|who',
  comparison: 'over|under|above|below|between|exceeding|worth',
  degree: 'more|less|than|least|most',
  /** What joins one step to the next ("…, and then also …"). */
  joiner: 'and|then|also',
  politeness: 'please',
  // what is done
  postVerb: 'post|drop|share|shout|announce|put|pop|stick|chuck|throw|forward|shoot',
  // who
  /** The CRM's people: its records of someone. */
  crmPerson: 'lead|contact|prospect',
  customer: 'customer|client',
  /** Whom a trade serves, in its own word. */
  served: 'member|guest|patient|student|parent|tenant',
  applicant: 'candidate|applicant',
  partner: 'supplier|vendor|contractor|partner',
  // what
  file: 'file|document|doc|attachment|pdf|contract|image|spreadsheet|photo|receipt',
  invoice: 'invoice|bill|premium',
  enquiry: 'enquiry|inquiry|question|query',
  // what it is like, and when
  newness: 'new|fresh|incoming|inbound',
  likelihood: 'potential|prospective|possible',
  custom: 'existing|returning|regular|repeat|current|former|past|loyal|vip',
  day: 'today|tomorrow|tonight|yesterday',
  partOfDay: 'morning|afternoon|evening',
  /** After a day's number: "1st", "22nd". */
  ordinalSuffix: 'st|nd|rd|th',
  weekdayStem: 'mon|tues|wednes|thurs|fri|satur|sun',
} as const;

/** A class of words by meaning. */
export type WordClass = keyof typeof CLASSES;

/** A reader's words: classes, plus (`+word`) or minus (`-word`) a word the reader reads differently. */
export type WordSpec = WordClass | `+${string}` | `-${string}`;

/** The words of one class. */
export const wordsOf = (c: WordClass): readonly string[] => CLASSES[c].split('|');

/** Every class, for the lexicon's own tests. */
export const WORD_CLASSES = /* @__PURE__ */ Object.keys(CLASSES) as WordClass[];

/** The words the specs name: classes joined, then each `+word` added and each `-word` taken away. */
export const words = (...specs: WordSpec[]): string[] => {
  const out = new Set<string>();
  for (const s of specs) {
    if (s[0] === '-') {
      if (!out.delete(s.slice(1))) throw new Error(`lexicon: no word to take away: "${s}"`);
    } else if (s[0] === '+') {
      if (out.has(s.slice(1))) throw new Error(`lexicon: a word added twice: "${s}"`);
      out.add(s.slice(1));
    } else for (const w of wordsOf(s as WordClass)) out.add(w);
  }
  return [...out];
};

/**
 * The words as a regex source `(?:…)`: longest first, special characters escaped, a space as `\s+`. Two lists of
 * the same words give the same text.
 */
export const alt = (...specs: WordSpec[]): string =>
  `(?:${words(...specs)
    .sort((p, q) => q.length - p.length || (p < q ? -1 : 1))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|')})`;

// The word sets most readers use as they are, built once and named by what they read (pure: dropped when unused).
/** Words that join one step to the next: "and", "then", "also", "please". */
export const STEP_JOINERS = /* @__PURE__ */ alt('joiner', 'politeness');
/** "mon", "tues" … before "day" (or "days"). */
export const WEEKDAY_STEM = /* @__PURE__ */ alt('weekdayStem');
/** "the", "our", "my" before something of ours. */
export const OUR_THE = /* @__PURE__ */ alt('ours', '+the');
/** "all", "any", "each", "every". */
export const EVERY = /* @__PURE__ */ alt('quantifier');
/** "all", "any", "each", "every", "our", "the" before records gone through. */
export const EVERY_OUR = /* @__PURE__ */ alt('quantifier', '+our', '+the');
/** "a", "an", "any", "each", "every", "the" before a record that happens. */
export const ANY_A = /* @__PURE__ */ alt('article', 'quantifier', '-all');
/** The CRM's people: lead, contact, prospect, customer, client. */
export const CRM_PEOPLE = /* @__PURE__ */ alt('crmPerson', 'customer');
/** "that", "which", "who" opening a relative clause. */
export const RELATIVE = /* @__PURE__ */ alt('relative', '+that');
/** "st", "nd", "rd", "th" after a day's number. */
export const ORDINAL_SUFFIX = /* @__PURE__ */ alt('ordinalSuffix');
/** "morning", "afternoon", "evening". */
export const PART_OF_DAY = /* @__PURE__ */ alt('partOfDay');
/** "new", "fresh", "incoming", "inbound": said of every record that arrives. */
export const NEWNESS = /* @__PURE__ */ alt('newness');
/** "a", "an", "the". */
export const ARTICLE = /* @__PURE__ */ alt('article');

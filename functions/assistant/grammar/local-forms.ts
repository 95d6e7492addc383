import { WEEKDAY_STEM } from './lexicon';

/**
 * Numbers, clock times, days and comparisons in the forms other languages write them, put in the forms the
 * schedule, condition and branch grammars read (run first among the learners' rewrites, learners.ts):
 *   clock times   "8h30", "19 h 30", "19.30h" → 8:30; "at 7h and 19h" → every time of the list a clock time
 *   zones         "8:30 hour of Madrid", "at 9 hours in São Paulo", "the hour of Lisbon" → "Madrid time"
 *   days          "every 15 of the month", "the day 15 of each month" → the 15th; "every day except Friday",
 *                 "daily but not on Saturday and Sunday" → the other days named
 *   comparisons   "superior to", "inferior at", "superior or equal to" → more than, less than, at least;
 *                 "14 days or more" → at least 14 days
 *   waits         "wait until 14 days" → wait 14 days; "after more 10 days" → 10 days later; "in the 7 days after
 *                 his inscription" → within 7 days; "does not make booking" → does not book
 *   records       "invoices which are in delay" → overdue invoices; "which have no answer" → who don't answer
 *   steps         "…, after send him an email" → then
 *   branches      "in other case", "in the contrary case", "other source:", "for the other sources" → otherwise
 * Each is a form that means one thing wherever it stands; anything else is left for the grammars to refuse.
 */

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const ordinal = (n: string): string => {
  const v = Number(n);
  const suffix =
    v % 10 === 1 && v !== 11
      ? 'st'
      : v % 10 === 2 && v !== 12
        ? 'nd'
        : v % 10 === 3 && v !== 13
          ? 'rd'
          : 'th';
  return `${v}${suffix}`;
};

/** "every day except friday at 9": the days that are left, said one by one. */
const EVERY_DAY_EXCEPT = new RegExp(
  `\\b(?:every\\s?day|each day|daily|all (?:the )?days)((?:,?\\s(?:at|from|around)\\s[\\d:.apm\\s]{1,12}?)?)(?:,\\s?|\\s)(?:except|but not|apart from|excluding|not on|other than|less)\\s(?:on\\s)?(?:the\\s)?(${WEEKDAY_STEM}days?(?:(?:,\\s?|\\s(?:and|or|&|nor)\\s)${WEEKDAY_STEM}days?){0,5})\\b`,
  'gi',
);

const exceptDays = (_m: string, time: string, days: string): string => {
  const left = DAYS.filter((d) => !days.toLowerCase().includes(d));
  if (left.length === 0) return _m;
  const named = left.map((d) => `${d}s`);
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  return `every ${list}${time}`;
};

/** "8:30 hour of Madrid", "at 9 hours in São Paulo": a place written with capitals, accents and joining words. */
const HOUR_OF =
  /\b(\d{1,2}(?::\d{2})?)\s?(?:h\s?)?(?:h|hrs?|hours?|o'clock)\s(?:of|in|from|at)\s(?:the\s)?(\p{Lu}[\p{L}'-]*(?:\s(?:(?:de|do|da|del|la|el)(?=\s\p{Lu})|\p{Lu}[\p{L}'-]*)){0,3})(?!\s(?:time|hour)\b)/gu;
const THE_HOUR_OF =
  /\b(?:(?:in|on|at)\s)?(?:the\s)?(?:local\s)?(?:hour|time|timezone|time zone)\s(?:of|in|from)\s(?:the\s)?(\p{Lu}[\p{L}'-]*(?:\s(?:(?:de|do|da|del|la|el)(?=\s\p{Lu})|\p{Lu}[\p{L}'-]*)){0,3})(?!\s(?:time|hour)\b)/gu;

export const localForms = (s: string): string =>
  s
    // "10.000", "1.500.000": thousands separated by dots (a decimal has no three-digit groups after a dot)
    .replace(/(?<![\d.,])\d{1,3}(?:\.\d{3})+(?!\d|[.,]\d)/g, (n) => n.replaceAll('.', ''))
    // "8h30", "19 h 30", "19.30h": a clock time (never a duration: "wait 2h30")
    .replace(
      /(?<!\b(?:wait|waits|waiting|after|in|within|for|every|each|than|least|most|over|under|delay|pause|about)\s)\b([01]?\d|2[0-3])\s?h\s?([0-5]\d)\b/gi,
      '$1:$2',
    )
    .replace(/\b([01]?\d|2[0-3])\.([0-5]\d)\s?(?:h|hrs|hours)\b/gi, '$1:$2')
    // "at 7h and 19h", "at 8h, 12h or 18h": every time of a list after the first one is a clock time too
    .replace(
      /(?<=\b(?:at|from)\s\d{1,2}(?::\d{2})?\s?h?(?:(?:,\s?|\s(?:and|or|&)\s)(?:at\s)?\d{1,2}(?::\d{2})?\s?h?){0,4}(?:,\s?|\s(?:and|or|&)\s)(?:at\s)?)(\d{1,2})\s?h(?![\w'])/gi,
      '$1:00',
    )
    .replace(HOUR_OF, '$1 $2 time')
    .replace(THE_HOUR_OF, '$1 time')
    // "every 15 of the month", "the day 15 of each month": the 15th
    .replace(
      /\b(every|each|the|on)\s(?:day\s)?(\d{1,2})\s(?=of\s(?:the\s|each\s|every\s|a\s)?month\b)/gi,
      (_m, word: string, n: string) => `${word} ${ordinal(n)} `,
    )
    .replace(
      /\bthe\sday\s(\d{1,2})\b(?!\s?(?:st|nd|rd|th|days?|weeks?|[:.]\d))/gi,
      (_m, n: string) => `the ${ordinal(n)}`,
    )
    .replace(EVERY_DAY_EXCEPT, exceptDays)
    // "superior to 10 000", "inferior at 500", "superior or equal to": the comparisons
    .replace(
      /\b(?:superior|greater|bigger|higher)\s(?:or|and)\s(?:equal|same)\s(?:to|than|at|as)\b/gi,
      'at least',
    )
    .replace(/\b(?:inferior|smaller|lower)\s(?:or|and)\s(?:equal|same)\s(?:to|than|at|as)\b/gi, 'at most')
    .replace(/\bequal\s(?:or|and)\s(?:superior|more)\s(?:to|than|at)\b/gi, 'at least')
    .replace(/\bequal\s(?:or|and)\s(?:inferior|less)\s(?:to|than|at)\b/gi, 'at most')
    .replace(/\bsuperior\s(?:to|than|at|of)\b/gi, 'more than')
    .replace(/\binferior\s(?:to|than|at|of)\b/gi, 'less than')
    // "14 days or more": at least (amounts "or more" are the condition grammar's)
    .replace(
      /\b(\d{1,4}\s(?:minutes?|hours?|days?|weeks?|months?))\s(?:or|and)\s(?:more|longer|over|above|plus)\b/gi,
      'at least $1',
    )
    // "when the status of a lead pass to qualified": the lead's status (had been read as a new lead's test)
    .replace(
      /\b(when(?:ever)?|once|as soon as|each time|every time|if)\s(?:the\s)?(status|stage)\sof\s(?:the\s|a\s|an\s|any\s|some\s|one\s)?(lead|client|customer|contact|prospect|deal)\b/gi,
      "$1 a $3's $2",
    )
    // "wait until 14 days", "wait during 3 days": the duration (not "wait until 3 days before it's due": booking-times.ts)
    .replace(
      /\bwait\s(?:until|till|during|for\sthe)\s(?=\d+\s(?:minutes?|hours?|days?|weeks?|months?)\b(?!\s(?:before|prior\sto|ahead\sof)\b))/gi,
      'wait ',
    )
    // "after more 10 days", "after 10 days more", "10 days after send …": later, counted from the step before
    .replace(
      /\bafter\s(?:more|other|again)\s(\d+\s(?:minutes?|hours?|days?|weeks?))\b|\bafter\s(\d+\s(?:minutes?|hours?|days?|weeks?))\s(?:more|again)\b/gi,
      (_m, a: string | undefined, b: string | undefined) => `${a ?? b} later`,
    )
    .replace(
      /\b(\d+\s(?:minutes?|hours?|days?|weeks?))\s(?:more\s)?after,?\s(?=(?:send|notify|tell|inform|email|remind|call|add|create|tag|mark|post|warn|alert|forward)\s)/gi,
      '$1 later ',
    )
    // "in the 7 days after his inscription", "in the next 7 days", "during the following 3 days": within
    .replace(
      /\b(?:in|during|within)\s(?:the\s)(?:next\s|following\s|first\s)?(\d+\s(?:minutes?|hours?|days?|weeks?))(?:\s(?:after|following|since|from)\s(?:his|her|their|the)\s(?:inscription|registration|subscription|sign-?up|signup|arrival|creation|booking|entry|purchase|order|first\semail|email|message|contact))?\b/gi,
      'within $1',
    )
    // "does not make booking", "doesn't take a reservation": does not book
    .replace(
      /(?<=(?:\bnot|n't|\bnever)\s)(?:make|do|take|have)\s(?:a\s|any\s|the\s|one\s)?(?:booking|reservation|appointment|rendez-?vous)s?\b(?!\s(?:with|for)\b)/gi,
      'book',
    )
    // "invoices which are in delay", "an invoice in delay": overdue
    .replace(
      /\b(invoices?|bills?|payments?)\s(?:which|that)\s(?:is|are)\s(?:in\s(?:delay|late|retard)|delayed|late)\b|\b(invoices?|bills?|payments?)\sin\s(?:delay|retard)\b/gi,
      (_m, a: string | undefined, b: string | undefined) => `overdue ${a ?? b}`,
    )
    // "leads which don't answer": the people that do not
    .replace(
      /\b(leads?|clients?|customers?|contacts?|prospects?|people|users|members|patients|subscribers|attendees|guests)\swhich\s/gi,
      '$1 that ',
    )
    // "leads which have no answer since 5 days": who do not answer
    .replace(
      /\b(who|which|that)\s(?:have|has|had)\s(?:no|not\sany|not\san?)\s(?:answer|reply|response|feedback)\b/gi,
      "$1 don't answer",
    )
    // "…, after send him an email": then (the next step, never "after 2 days" or "after a lead …")
    .replace(
      /(,\s?|\band\s|^)after\s(?=(?:send|notify|tell|inform|email|add|create|tag|mark|post|schedule|book|remind|warn|alert|forward|move|change|put|make|call|update|assign|register|write)\s)/gi,
      '$1then ',
    )
    // "in other case", "in the contrary case", "in case contrary", "other source:": the other branch
    .replace(
      /\b(?:in|on|for)\s(?:the\s)?(?:other|another|contrary|opposite)\scases?\b|\bin\scase\scontrary\b|\bin\sthe\scontrary\b/gi,
      'otherwise',
    )
    .replace(
      /(^|[.;:,]\s|\n)(?:for\s)?(?:all\s|any\s|the\s)?others?\s(?:sources?|status(?:es)?|values?|channels?|countries|country|cities|city|types?|cases?|leads?|ones?)\s?[:,-]\s?/gi,
      '$1otherwise, ',
    );

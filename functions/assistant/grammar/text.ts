import { withoutAsides } from './asides';
import { retold } from './discourse';
import { hurried } from './hurried';
import { plainEnglish } from './learners';
import { saidByMeaning } from './meanings';
import { numberOf, numberWord } from './number-words';
import { doneToThem } from './passive';
import { qualifiersSaid } from './qualifiers';
import { inPlainWords } from './registers';
import { restatedFirst, restatedLast } from './restatements';
import { correctSpelling } from './spelling';
import { OTHER_BRANCH_START, VERB_WORD } from './split';
import { answeredEmails, GIVEN_TIME, givenTime, withCommonVerbs } from './synonyms';
import { ZONE_NAME } from './timezones';
import { activeVoice } from './voice';
import { wishesAsRequests } from './wishes';

/**
 * The request as the grammars read it: lower case, straight quotes, single spaces, quoted phrases set aside (so
 * their commas and verbs do not split clauses), number words as digits. The original casing stays available for
 * the parts that are copied into the workflow (names, tags, sources, quoted text).
 */

/**
 * Lower-cases one character at a time, so offsets stay aligned with the original, and reads a letter with an accent
 * as the letter ("Bogotá", "Zürich", "São Paulo"): the grammars' words are unaccented; the cased text keeps them.
 */
const lowerAligned = (s: string): string =>
  [...s]
    .map((c) => {
      const l = c.toLowerCase();
      if (l.length !== c.length) return c;
      const plain = l.normalize('NFD').replace(/\p{M}+/gu, '');
      return plain.length === l.length ? plain : l;
    })
    .join('');

/**
 * How people type: apostrophes left out ("doesnt"), "&" and "+" for "and", "pls", "u", "msg", greetings and thanks
 * around the request. Rewritten to the forms the grammars read; nothing that carries meaning is dropped.
 */
const informal = (s: string): string =>
  s
    .replace(/\b(does|do|did|has|have|had|is|are|was|were|should|would|could)nt\b/gi, "$1n't")
    .replace(/\b(wo|ca)nt\b/gi, "$1n't")
    .replace(/\bdo(?:se|ese|es)n'?t\b|\bdoesnot\b/gi, "doesn't")
    .replace(/\bhas(?:e|en)n'?t\b|\bhasnot\b/gi, "hasn't")
    .replace(/(?<!\s)\s+(?:&|\+)\s+/g, ' and ')
    .replace(/\b(?:pls|plz|pleas)\b/gi, 'please')
    .replace(/\bu\b(?!\.)/gi, 'you')
    .replace(/\bur\b/gi, 'your')
    .replace(/\bmsgs?\b/gi, (m) => (m.length > 3 ? 'messages' : 'message'))
    .replace(/\bthru\b/gi, 'through')
    .replace(/\bfwd\b/gi, 'forward')
    .replace(
      /\b(?:(?:can|could) (?:we|i|you) (?:please )?)?(?:get|have) (slack|the team|the [a-z]+ team|me|us|[a-z]+) (?:pinged|notified|alerted|messaged|told)\b/gi,
      'notify $1',
    )
    // "a big invoice …, like over 10k": the hedge goes, the number stays
    .replace(
      /,?\s(?:like|say|i\.e\.|e\.g\.|meaning|as in|i mean)\s(?=(?:over|above|more than|under|below|less than|at least|at most|bigger than|greater than)\s)/gi,
      ' ',
    )
    .replace(
      /\b(?:(?:i|we)(?:'d| would)? (?:also |really |still )?(?:want|like|need|wish|love) (?:to )?)?(?:get|be|receive) (?:notified|alerted|pinged|informed|told)\b(?: about (?:it|this|that|them))?/gi,
      'notify me',
    )
    .replace(
      /\b(?:i|we)(?:'d| would)? (?:want|like|need|wish|love) (?:to )?(?:(?:get|receive|be sent|have) )?(an? (?:slack |email |e-mail )?(?:email|e-mail|message|alert|notification|ping|dm|heads up))\b/gi,
      (_m, noun: string) =>
        /slack/i.test(noun) ? 'notify me on slack' : /mail/i.test(noun) ? 'email me' : 'notify me',
    )
    .replace(
      /\b((?:something|automation|workflow|zap|flow|rule|scenario) (?:that|which) (?:also )?)([a-z]+?)(ies|es|s)\b/gi,
      (m, head: string, stem: string, end: string) => {
        const base = [end === 'ies' ? `${stem}y` : stem, `${stem}e`, `${stem}${end.slice(0, -1)}`].find((v) =>
          VERB_WORD.test(v.toLowerCase()),
        );
        return base ? `${head}${base}` : m;
      },
    )
    .replace(/^(?:(?:hey|hi|hello|hiya|heya|hoi|hallo|howdy|g'?day|ok|okay|so)\b[\s,!.]*)+/i, '')
    // "I would really appreciate it if you could …", "it would be great if …": said before the request, not in it
    .replace(
      /^(?:(?:i|we)(?:'d| would)? (?:really |so |very much )?(?:appreciate it|love it|like it|be (?:very |really |so )?(?:grateful|happy|glad|thankful)) if (?:you (?:could|would|can) (?:please )?)?|it(?:'d| would) be (?:really |very |so )?(?:great|nice|awesome|helpful|cool|lovely|good|amazing) if (?:you (?:could|would|can) (?:please )?)?)/i,
      '',
    )
    .replace(
      /(?:^|[.!?,]\s*)(?:(?:many\s+)?thanks|thank you|thx|ty|cheers)(?:\s+(?:so much|a lot|in advance|very much))?[\s.!]*$/i,
      '',
    );

/** "a big invoice … over 10k": a size word before a subject whose size the request states is that number. */
const sized = (s: string): string =>
  /\b(?:over|above|more than|under|below|less than|at least|at most|bigger than|greater than)\s[$€£]?\d/i.test(
    s,
  )
    ? s.replace(
        /\b(?:big|large|huge|high-value|high value|high-ticket|small|tiny|low-value|low value)\s(?=(?:invoice|deal|lead|payment|order|customer|client)s?\b)/gi,
        '',
      )
    : s;

export interface Prepared {
  /** Lower case, normalised; quoted phrases replaced by `⟦n⟧`. */
  readonly text: string;
  /** The same text in its original casing (same length, same offsets). */
  readonly cased: string;
  /** The quoted phrases, as written. */
  readonly quotes: readonly string[];
}

const QUOTED = /"([^"]{1,500})"|(?<![\p{L}\p{N}])'([^']{1,500}?)'(?![\p{L}\p{N}])/gu;

export const prepare = (prompt: string): Prepared => {
  const quotes: string[] = [];
  let cased = qualifiersSaid(restatedFirst(prompt))
    // "(over $50k)", "(e.g. LinkedIn)": what the parentheses hold is part of the sentence
    .replace(/\s?\((?:e\.g\.|i\.e\.|(?:eg|ie)\b)?\s?([^()]{1,80})\)/gi, ' $1')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[–—]|(?<=\s)--(?=\s)/g, '-') // "form filled in -- wait 10 minutes": a double hyphen is a dash
    // "notify Sam - sam@x.com", "Sam <sam@x.com>", "accounts: accounts@firm.com": the address of who was named
    .replace(/([\w)])\s?(?:[-:]\s|<)([\w.%+-]+@[\w-]+(?:\.[\w-]+)+)>?/g, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim()
    // "5 p.m. EST", "9 a.m., post …": one word; its dots are no sentence end unless a new sentence starts after it
    .replace(/\b([aApP])\.\s?[mM]\.(?=\s+([A-Z][a-z]+)(?![/\w]| time))?/g, (_m, ap: string, next?: string) =>
      next && !ZONE_NAME.test(next.toLowerCase()) ? `${ap}m.` : `${ap}m`,
    )
    // "in the event that they don't reply", "provided that", "on condition that": if
    .replace(
      /\b(?:in (?:the\s)+event that|in (?:the\s)+event|on (?:the )?condition that|in the case that)\b/gi,
      'if',
    )
    // "Only if it's from LinkedIn: when a lead comes in, …": the condition said before its trigger
    .replace(
      /^([a-z]{2,12}\s?[:-]\s)?(?:but\s)?only\s(?:if|when)\s([^:;.]{3,150}?)\s?:\s?((?:when|whenever|each time|every time|as soon as|once)\s[^,;:.]{3,150}?),\s/i,
      '$1$3, if $2, ',
    )
    // "at 0830", "at 1700 hours": a clock time written as four digits
    .replace(
      /\b(at|from|by|until|till) (0\d|1\d|2[0-3])([0-5]\d)(?: ?(?:h|hrs|hours)\b)?(?=\s*(?:h\b|hrs\b|hours\b|[,.;:)]|$|\s(?![%$€£]|k\b|dollars|euros|eur\b|usd\b)))/gi,
      (all, at: string, h: string, m: string) =>
        h.startsWith('0') || /h/i.test(all) ? `${at} ${h}:${m}` : all,
    )
    .replace(QUOTED, (_m, dq: string | undefined, sq: string | undefined) => {
      quotes.push((dq ?? sq ?? '').trim());
      return `⟦${quotes.length - 1}⟧`;
    });
  cased = hurried(
    sized(
      withCommonVerbs(
        informal(
          doneToThem(
            activeVoice(
              plainEnglish(
                retold(
                  withoutAsides(
                    wishesAsRequests(correctSpelling(inPlainWords(saidByMeaning(answeredEmails(cased))))),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  )
    .replace(/\be-mail/gi, 'email')
    .replace(/\bfollow-?ups?\b/gi, (m) => (/s$/i.test(m) ? 'follow ups' : 'follow up'))
    .replace(/\bthank-you\b/gi, 'thank you')
    // "after another week": another one
    .replace(/\b(another|a further)\s(minute|hour|day|week|fortnight|month)\b/gi, '$1 1 $2')
    // "12 midnight", "12 noon": one time, said twice
    .replace(/\b12(?::00)?\s?(?:(?:am|pm|o'clock)\s)?(midnight|noon|midday)\b/gi, '$1')
    // "a whole week", "an entire day": a week, a day
    .replace(/\b(?:a|an) (?:whole|full|entire|complete) (minute|hour|day|week|fortnight|month)\b/gi, 'a $1')
    // "a document in our files is replaced", "an email lands in our inbox": where it is, not which one
    .replace(
      /(?<=\b(?:files?|documents?|docs?|emails?|messages?|mails?|attachments?|pdfs?|lands?|landed|arrives?|arrived))\s(?:in|into)\s(?:our|the|my)\s(?:files|file storage|inbox|mailbox|drive|shared drive|folder|dropbox)\b/gi,
      '',
    )
    // "for everything else, …", "everyone else: …", "… #big-deals everyone else add a note": the other branch
    .replace(OTHER_BRANCH_START, 'otherwise,')
    // "a customer email mentions refund", "a client's message says …", "an email from a customer mentions pricing":
    // a message that arrives and what it says (never the lead's address: "a new lead's email contains gmail")
    .replace(
      /(?:\b(?:an?|any|the)\s+|(?<=^|\b(?:when|whenever|if|once|after)\s))(?:(?:customer|client|prospect|contact|sender|user|guest|diner|patient|tenant|member|student|parent|applicant|buyer|seller|vendor|supplier|donor|candidate|homeowner|landlord)(?:'s|s'|s)?\s+(?:e-?mails?|messages?|mails?|repl(?:y|ies)|enquiry|inquiry)|(?:lead|subscriber)(?:'s|s')?\s+(?:messages?|mails?|repl(?:y|ies)|enquiry|inquiry)|(?:lead|subscriber)(?:'s|s')?\s+e-?mails?(?=\s+(?:mentions|says|talks|asks|is\s+about|refers))|(?:e-?mail|message|reply)\s+from\s+(?:an?|the|any|one\s+of\s+our)\s+(?:customers?|clients?|leads?|prospects?|contacts?))\s+(?=(?:mentions|contains|says|talks\s+about|asks\s+about|is\s+about|refers\s+to|includes|has\s+the\s+word)\b)/gi,
      'an email arrives that ',
    )
    // "in all other cases, …", "for the rest, …", "; or else …", "if it isn't, …": the other branch
    .replace(
      /\b(?:in\s+(?:all|any)\s+other\s+cases?|for\s+(?:all\s+)?(?:the\s+)?(?:rest|others)|(?<=[;,]\s)or\s+else|(?<=[;,.]\s)if\s+(?:it|they|that|this)\s+(?:is|are)(?:n't|\s+not)(?:\s+the\s+case)?(?=\s*[,:]|\s+then\b)|(?<=[;,.]\s)if\s+(?:it|they)(?:'s|\s+is|\s+are|'re)\s+(?:less|lower|smaller)(?=\s*[,:]))(?:\s*[,:]\s*|\s+)/gi,
      'otherwise, ',
    )
    // "…, rest book a call", "…; the rest: email them": the other branch, typed in a hurry
    .replace(
      /(?<=[;,.]\s)(?:the\s)?rest(?:\s?[:,-])?\s(?=(?:book|send|email|mail|notify|tell|add|create|mark|tag|post|schedule|log|ping|alert|move)\b)/gi,
      'otherwise, ',
    )
    // "otherwise just add a note", "else simply …": the branch's action
    .replace(/\b(otherwise|else)(,?)\s+(?:just|simply|only)\s+/gi, '$1$2 ')
    // "if it's under $80 only log, else …", "reply mentions refund just forward it", "mentions 'sick' just add …": the action, not a test or a word
    // of the text tested (never "only notify them if …", "we only send …")
    .replace(
      /(?<=[\w$€£₹%)⟧]\s)(?<!\b(?:we|i|they|you|he|she|it|to|and|but|or|then)\s)(?:just|only|simply)\s(?=(?:log|send|email|mail|notify|tell|add|create|mark|tag|post|schedule|book|ping|alert|move|forward)\b(?![^,;.]{0,60}\b(?:if|when|unless|whenever)\b))/gi,
      ', ',
    )
    // "its value is now above 50k", "the total is still under 100": the comparison
    .replace(
      /\b(is|are|was|'s)\s+(?:now|currently|still|already|also)\s+(?=(?:over|above|under|below|more|less|greater|bigger|higher|lower|smaller|worth|at\s+(?:least|most)|beyond|in\s+excess|upwards|north|south|between|exceeding|no(?:t)?\s+(?:less|more|fewer)|up\s+to|rs|inr|usd|eur|gbp|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b|[\d₹$€£])/gi,
      '$1 ',
    )
    // terse waits: "no reply 3 days", "unpaid 14 days" → "… after 3 days"
    .replace(
      /\b(no (?:reply|response|answer|payment)|unpaid|not paid|unanswered|unconfirmed|not confirmed) (\d+ ?(?:min(?:ute)?s?|h|hrs?|hours?|d|days?|w|weeks?))\b(?! (?:later|after|afterwards|ago|from|in\b))/gi,
      '$1 after $2',
    )
    // "they dont reply 3 days", "customer not pay the invoice 5 days": the same, said with its verb
    .replace(
      /\b((?:don't|doesn't|didn't|do not|does not|not|never)\s(?:reply|respond|answer|pay|confirm|book)s?(?:\s(?:to|on))?(?:\s(?:the|their|his|her|an?|our|my))?(?:\s(?:invoice|bill|e?mail|message|quote|proposal|offer))?)\s(\d+ ?(?:min(?:ute)?s?|h|hrs?|hours?|d|days?|w|weeks?))\b(?! (?:later|after|afterwards|ago|from|in\b))/gi,
      '$1 within $2',
    )
    // "if books demo 3 days", "if customer pay 5 days": what is awaited, with the duration said bare
    .replace(
      /\b(if\s(?:(?:the|a|an|they|he|she|lead|client|customer|prospect)\s)?(?:repl(?:y|ies)|responds?|answers?|pays?|books?|confirms?)(?:\s(?:to|on))?(?:\s(?:the|their|his|her|an?|our|my))?(?:\s(?:invoice|bill|e?mail|message|quote|proposal|offer|call|demo|meeting))?)\s(\d+ ?(?:min(?:ute)?s?|h|hrs?|hours?|d|days?|w|weeks?))\b(?! (?:later|after|afterwards|ago|from|in\b))/gi,
      '$1 within $2',
    )
    // "at 17h", "at 9 hours", "on 10 o'clock": a time of day, not a duration
    .replace(
      /\b(?:at|on) (\d{1,2}) ?(?:h|hrs?|hours?|o'clock)(?![\w'])(?! (?:later|after|before|from|ago))/gi,
      'at $1:00',
    )
    // "each monday 9h", "every day 18h": the time of that day
    .replace(
      /\b((?:mon|tues|wednes|thurs|fri|satur|sun)days?|day|morning|evening|weekday)\s(\d{1,2})\s?h(?![\w'])/gi,
      '$1 at $2:00',
    )
    .replace(/\b(\d+)(h|hrs?|d|mins?)\b/gi, (_m, n: string, u: string) => {
      const unit = u.toLowerCase();
      return `${n} ${unit.startsWith('h') ? 'hours' : unit.startsWith('d') ? 'days' : 'minutes'}`;
    })
    // "a summary email to the team", "a weekly report e-mail": the summary, sent by email
    // (the article left out in a terse step: "→ summary email to me", "daily 1:30pm summary email to reception")
    .replace(
      /\b(?:(an?|the|our)\s)?((?:daily|weekly|monthly|morning|evening|nightly)\s)?(summary|report|digest|recap)\se-?mail\b(?=\s(?:to|for)\s(?:me|us|(?:(?:the|our|my)\s)?(?:[a-z]+\s)?(?:team|boss|manager|managers|directors|partners|owner|owners|reception|office|accountant)|sales|finance|management)\b)/gi,
      (_m, article: string | undefined, period: string | undefined, noun: string) =>
        `${article ? `${article} ` : ''}${period ?? ''}${noun} by email`,
    )
    // "at like half past nine", "at around 9": the time
    .replace(/\bat\s(?:like|around|about|roughly|approximately|approx\.?|ish|at)\s(?=[\da-z])/gi, 'at ')
    .replace(GIVEN_TIME, givenTime)
    // "at 1pm, post a midday summary": the name of the summary, when a clock time is given
    .replace(
      /\b(?:midday|noon|lunchtime|lunch-time)\s(?=(?:summary|report|digest|recap|update|round-?up|briefing|check-?in)\b)/gi,
      (m, _at: number, all: string) => (CLOCK_TIME.test(all) ? '' : m),
    )
    // "the final working day of the month", "the final Friday": the last
    .replace(
      /\bfinal\s(?=(?:(?:working|business|week)\s)?day\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi,
      'last ',
    )
    // "since 15 days from when we raised it": counted from then, said as the waits read it
    .replace(
      /\b(\d+ (?:minutes?|hours?|days?|weeks?|months?)) from when (?=(?:we|they|you|it|the)\b)/gi,
      '$1 after ',
    )
    // "within 24 hrs", "after 30 mins": the unit written short
    .replace(
      /\b(\d+)\s(hrs?|mins?)\b/gi,
      (_m, n: string, u: string) => `${n} ${/^h/i.test(u) ? 'hours' : 'minutes'}`,
    )
    .replace(
      /\b([a-z]+)(?:-([a-z]+))?\b/gi,
      (word, a: string, b: string | undefined, at: number, all: string) => {
        const first = numberWord(a.toLowerCase());
        if (first === undefined) return word;
        // "one" is a number before a unit or after "at" ("one day", "at one"), else a word ("the US one", "each one")
        if (
          first === 1 &&
          b === undefined &&
          !/^\s(?:minute|hour|day|week|fortnight|month|year|business|working|more|extra|additional|time|pm|am|o'clock|thousand|million|lakhs?|lacs?|crores?|k\b)/i.test(
            all.slice(at + word.length, at + word.length + 12),
          ) &&
          !/\b(?:at|by|from|to|until|till|in|within|after|every|and|or)\s$/i.test(
            all.slice(Math.max(0, at - 7), at),
          )
        )
          return word;
        return String(numberOf(a, b) ?? word);
      },
    );
  // "more than a thousand", "under a million": one thousand, one million
  cased = cased.replace(
    /\b(than|over|above|under|below|of|least|most|exceeding|exceeds)\s(?:a|one)\s(thousand|million|lakh|crore)\b/gi,
    '$1 1 $2',
  );
  // "at half eight" (British): half past eight, never half of eight
  cased = cased.replace(
    /\b(at|from|by|around|until|till)\shalf\s(\d{1,2})\b(?!\s?(?:past|to\b|an?\b|hours?|days?|minutes?|weeks?|months?|[:.]\d))/gi,
    '$1 $2:30',
  );
  // "at 8 30" (said "eight thirty"): half past eight
  cased = cased.replace(
    /\b(at|from|by)\s(\d{1,2})\s(15|30|45|[0-5]5|[1-5]0)\b(?!\s?(?:minutes?|mins?|hours?|days?|weeks?|%|k\b|dollars|euros))/gi,
    '$1 $2:$3',
  );
  cased = restatedLast(cased);
  return { text: lowerAligned(cased), cased, quotes };
};

/** "at 1pm", "at like half past nine": a clock time is given. */
const CLOCK_TIME =
  /\b(?:at|@)\s(?:(?:like|around|about|roughly|approximately)\s)?(?:\d|half\b|quarter\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/i;

/** The original casing of a fragment of `prepared.text` (its first occurrence), quotes restored. */
export const casedOf = (prepared: Prepared, fragment: string): string => {
  const at = prepared.text.indexOf(fragment);
  const raw = at < 0 ? fragment : prepared.cased.slice(at, at + fragment.length);
  return restoreQuotes(prepared, raw);
};

export const restoreQuotes = (prepared: Prepared, s: string): string =>
  s.replace(/⟦(\d+)⟧/g, (_m, n: string) => prepared.quotes[Number(n)] ?? '');

/** The quoted phrase a fragment carries (`saying ⟦0⟧`), if any. */
export const quoteIn = (prepared: Prepared, fragment: string): string | undefined => {
  const m = /⟦(\d+)⟧/.exec(fragment);
  return m ? prepared.quotes[Number(m[1])] : undefined;
};

// ------------------------------------------------------------------------------------------ small grammars

export const ARTICLE = '(?:a|an|the|any|some|our|my|your|their|this|that)';
const UNIT_RE = '(minute|min|hour|hr|day|(?:business|working|work|biz) ?day|workday|week|fortnight|month)s?';

/** `3 days`, `a week`, `48 hours`, `a fortnight`, `half an hour`, `tomorrow`: an ISO duration. */
export const DURATION = new RegExp(
  `(?:((?<![\\d.])\\d+(?:\\.\\d+)?|an?|a couple of|a few)\\s+(?:more\\s+|additional\\s+|extra\\s+|further\\s+)?${UNIT_RE}|half an hour|tomorrow|the next day|next week|the following day|overnight)`,
);

export const isoDuration = (amount: number, unit: string): string | undefined => {
  if (!(amount > 0) || !Number.isFinite(amount)) return undefined;
  if (/^(?:bu|wor|bi)/.test(unit)) return Number.isInteger(amount) ? `P${amount}BD` : undefined;
  if (unit.startsWith('min')) return Number.isInteger(amount) ? `PT${amount}M` : undefined;
  if (unit.startsWith('h'))
    return Number.isInteger(amount) ? `PT${amount}H` : `PT${Math.round(amount * 60)}M`;
  if (unit.startsWith('fortnight')) return `P${Math.round(amount * 14)}D`;
  if (unit.startsWith('week')) return `P${Math.round(amount * 7)}D`;
  if (unit.startsWith('month')) return `P${Math.round(amount * 30)}D`;
  return Number.isInteger(amount) ? `P${amount}D` : `PT${Math.round(amount * 24)}H`;
};

/** The ISO duration of a DURATION match. */
export const durationOf = (phrase: string): string | undefined => {
  const p = phrase.trim();
  if (p === 'half an hour') return 'PT30M';
  if (/^(?:tomorrow|the next day|the following day|overnight)$/.test(p)) return 'P1D';
  if (p === 'next week') return 'P7D';
  const m = new RegExp(
    `^(\\d+(?:\\.\\d+)?|an?|a couple of|a few)\\s+(?:more\\s+|additional\\s+|extra\\s+|further\\s+)?${UNIT_RE}$`,
  ).exec(p);
  if (!m?.[1] || !m[2]) return undefined;
  const amount = /^an?$/.test(m[1]) ? 1 : m[1] === 'a couple of' ? 2 : m[1] === 'a few' ? 3 : Number(m[1]);
  return isoDuration(amount, m[2]);
};

export const durationSecondsOf = (iso: string): number => {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso);
  return m ? Number(m[1] ?? 0) * 86_400 + Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 : 0;
};

/** Seconds back to the ISO form the parser writes (days when whole, else hours, else minutes). */
export const isoOfSeconds = (seconds: number): string =>
  seconds % 86_400 === 0
    ? `P${seconds / 86_400}D`
    : seconds % 3600 === 0
      ? `PT${seconds / 3600}H`
      : `PT${Math.max(1, Math.round(seconds / 60))}M`;

export const EMAIL_ADDRESS = /(?<![a-z0-9._%+-])[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/;
export const URL = /https?:\/\/[^\s,;"]+[^\s,;".]/;

/** Words that carry no meaning of their own in a clause (politeness, emphasis, glue). */
export const FILLER = new Set(
  `a an the to for of on in at by with and also too then please kindly automatically immediately instantly
   right away straight asap quickly just as well them him her it its they their this that these those our my
   your we us i me you new all every each any some about so please also again always really nice short quick whole entire sharp
   brief little small simple personal personalized personalised friendly polite nicely politely gently`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** Runs of words that are not filler, as the user wrote them. */
export const meaningful = (fragment: string): boolean =>
  fragment
    .toLowerCase()
    .split(/[^\p{L}\p{N}#@.'⟦⟧-]+/u)
    .some((w) => w.length > 0 && !FILLER.has(w) && !/^[.'-]+$/.test(w));

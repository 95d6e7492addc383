import { EVERY, NEWNESS, OUR_THE, WEEKDAY_STEM } from './lexicon';
import { PERSON, PERSON_PLURAL } from './nouns';
import { VERB_WORD } from './split';

/**
 * Every record of a kind, said as the heading of the steps with no "all" or "each" (issue #16, session 43): the
 * MEANING is "the records that pass these filters, each one": a plural record noun with its filter (tagged X, with
 * status Y, who haven't replied in a week, that are still unpaid), then what is done to each. Put as the readers take
 * it ("for all leads tagged x who …, send …").
 *
 *   for …       "every friday at 10am, for leads tagged quote-sent that havent replied in a week, send a follow up"
 *   heading     "thursdays 10am ET: leads tagged sample-sent who haven't replied in 5 days → add a note + send …"
 *   in brackets "all current members (customer status)", "every student (tag: walks)": the filter said
 *               aside, read as said in words ("with status customer", "tagged walks")
 *   invoiced    "invoice every student … the £180 term fee": the amount, then what it is for
 *   done to     "every lead with status lost gets tagged 'reactivate'", "all 4000 people tagged newsletter should get
 *               the newsletter email": each record as the subject of what is done to it
 * Never read in a request with an event ("when a client books", "once they reply"), records with no filter ("for new
 * leads, send a welcome" is an event), records said in a sentence
 * ("leads tagged vip who reply get a thank you"), a heading that ends in no steps, a new record ("every new lead
 * gets tagged web" is an event), one that becomes so ("every lead that gets tagged vip …").
 */

/** The records: up to two words before a plural noun, none saying they are new. */
const RECORDS = `(?:(?!${NEWNESS}\\s)[a-z][\\w'-]*\\s){0,2}?(?:${PERSON_PLURAL}|invoices|bills)`;
/** Their filter: a tag, a status, who have (not) done something, that are still in a state. */
const FILTER =
  "\\s(?:tagged|labell?ed|marked|with\\s(?:the\\s)?(?:status|tag)|who(?:\\s(?:have|haven't|havent|have\\snot|are|aren't|still|never|didn't))|that(?:\\s(?:have|haven't|havent|have\\snot|are|aren't|still|never|didn't))|whose|still)\\s[^,;:→.!?]{1,80}?";
const HEADED = new RegExp(
  `(^|[:.!?]\\s|,\\s)(?:for\\s(?!${EVERY}\\s)(${RECORDS}${FILTER})(?:,\\s|\\s?[:→–—-]\\s|\\s->\\s)|(${RECORDS}${FILTER})(?:\\s?[→–—]\\s|\\s->\\s|\\s-\\s))(?=[a-z])`,
  'gi',
);

/** The heading put as every record that passes its filter. */
export const recordsHeaded = (text: string): string =>
  ON_EVENT.test(text)
    ? text
    : doneToEach(text.replace(FILTER_ASIDE, filterSaid)).replace(
        HEADED,
        (_m, start: string, withFor?: string, bare?: string) => `${start}for all ${withFor ?? bare}, `,
      );

/**
 * A request started by an event: "when a client books, for clients tagged vip, send …" tests the booked client's tag
 * (the event's record), never every vip found on each booking. Left as it was.
 */
const ON_EVENT = new RegExp(
  `\\b(?:when|whenever|if|once|after|as\\ssoon\\sas|every\\stime|each\\stime|any\\stime)\\s(?:a|an|the|any|our|their|someone|somebody|anyone|they|he|she|it|we\\s(?:get|receive)|new|${PERSON})\\b`,
  'i',
);

/** Each record, by a tag or a status only: "every lead with status lost", "all 4000 people tagged newsletter". */
const EACH = `((?:every|each|all(?:\\s(?:the|of\\sthe|our))?)\\s(?:(?:\\d[\\d,]*k?|about\\s\\d[\\d,]*k?)\\s)?(?:(?!${NEWNESS}\\s)[a-z][\\w'-]*\\s)?(?:${PERSON}|people|invoices?|bills?)\\s(?:tagged\\s(?:as\\s)?|with\\s(?:the\\s)?(?:status|tag)\\s(?:of\\s)?)(?:⟦\\d+⟧|"[^"]{1,40}"|[\\w'-]+))`;
/** What is done to each, said in the passive, and the verb that does it. */
const DONE_TO = new RegExp(
  `\\b${EACH}\\s(?:gets?|should\\s(?:get|be)|will\\s(?:get|be)|(?:is|are)\\sto\\sbe|needs?\\sto\\sbe)\\s(tagged|marked\\sas|emailed|sent|reminded|invoiced)\\s`,
  'gi',
);
const ACTIVE: Readonly<Record<string, string>> = {
  tagged: 'tag',
  'marked as': 'mark',
  emailed: 'email',
  sent: 'send',
  reminded: 'remind',
  invoiced: 'invoice',
};
/** What each is sent, said as what they get: "… should get the newsletter email". */
const GETS = new RegExp(
  `\\b${EACH}\\s(?:gets?|should\\sget|will\\sget|(?:is|are)\\sto\\sget)\\s(?=(?:an?|the|our|their)\\s)`,
  'gi',
);

/** "invoice every student with status customer the £180 term fee": the amount, then what it is for. */
const INVOICE_EACH =
  /\b(invoice|bill|charge)\s((?:every|each|all)\s[^,;.:]{3,80}?)\s(?:the|a|an)\s([£$€]\s?\d[\d,]*(?:\.\d{1,2})?k?)\s(?=[a-z])/gi;

/** Each record as the subject of what is done to it, put as the step done to each. */
export const doneToEach = (text: string): string =>
  text
    .replace(INVOICE_EACH, '$1 $2 $3 for the ')
    .replace(DONE_TO, (_m, each: string, done: string) => {
      const verb = ACTIVE[done.toLowerCase().replace(/\s+/g, ' ')] ?? done;
      return verb === 'mark' ? `mark ${each} as ` : `${verb} ${each} `;
    })
    .replace(GETS, (_m, each: string) => `send ${each} `);

/**
 * "(customer status)", "(status: customer)", "(tag: walks)", "(tagged walks)" right after every or all of the records:
 * the words before the noun ("every enrolled student", "all our home insurance clients") are what the bracket says in
 * the CRM's terms, and go. Never one record ("a new commercial lead (tagged commercial)" is an event's).
 */
const FILTER_ASIDE = new RegExp(
  `\\b(${EVERY}\\s(?:(?:of\\s)?${OUR_THE}\\s)?)((?:(?!(?:new|fresh|incoming)\\s)[a-z][\\w-]*\\s){0,2})(${PERSON}|people)\\s\\((?:(?:with\\s)?status(?::\\s?|\\s)([\\w-]+)|([\\w-]+)\\sstatus|(?:with\\s(?:the\\s)?)?tag(?:ged)?(?::\\s?|\\s)([\\w'-]+)|([\\w'-]+)\\stag)\\)`,
  'gi',
);
const filterSaid = (
  m: string,
  each: string,
  words: string,
  who: string,
  s1?: string,
  s2?: string,
  t1?: string,
  t2?: string,
): string =>
  // "every Friday email leads (tag x)": a time or a step before the records, never words about them
  words.split(' ').some((w) => VERB_WORD.test(w.toLowerCase()) || DAY_WORD.test(w))
    ? m
    : s1 || s2
      ? `${each}${who} with status ${s1 ?? s2}`
      : `${each}${who} tagged ${t1 ?? t2}`;
const DAY_WORD = new RegExp(`^(?:day|week|month|year|morning|evening|night|${WEEKDAY_STEM}day)s?$`, 'i');

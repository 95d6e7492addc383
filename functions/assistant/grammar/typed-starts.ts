import { PERSON } from './nouns';

/**
 * A run started by a person, read from its parts wherever it is said (issue #16, session 42): the MEANING is "I (or we)
 * start it, or type values in, and it acts". Put in the forms manual-starts.ts and the trigger shape read ("When I run
 * it manually, …", "When I run it with inputs-name-email, it …", "When I click the button, …").
 *
 *   values typed   I/we + a typing verb (type, put in, enter, key in, fill in, give it) + values the run can be given,
 *                  then "it" acting: "I type a topic, it searches …", "for the front desk: I enter name and email and
 *                  it adds them …", "a quick form where I put in name, email and company and it saves them …"
 *   a thing mine   a thing (something, a thing, a job, a report, a button, a workflow, one) + "I can run / press /
 *   to start       kick off" + what it does: "need something I can run whenever: …", "a report I can run any time
 *                  covering the last 30 days …", "a thing I can run when a parent pays at the door - …" (the occasion
 *                  said is when I run it, no event: said back)
 *   the button     a named button, then when I press it: "a washout button - when I press it, cancel …"; "… whenever
 *                  I press it" after a button or a thing already said is that start, not a second one
 * Never read: a person typing who is not me ("a form where customers type their email"), "I run a bakery" (run with
 * no "it" or thing to start), values that are not a run's inputs ("I type up the notes and it …"), a label before
 * the start that names or limits records ("vip clients only: I type …").
 */

/** The values a run can be given, by the words people use for them (manual-starts.ts reads the same names). */
const VALUE =
  '(?:full\\sname|name|e-?mail(?:\\saddress)?|company(?:\\sname)?|phone(?:\\snumber)?|topic|search\\sterm|keyword|question|invoice\\s(?:id|number|no\\.?))';
/** Whose values they are: "the customer's", "the clients", "the student". */
const OWNER =
  "(?:(?:customer|client|member|student|parent|patient|guest|lead|person|contact|candidate)(?:'?s)?\\s)?";
const VALUES = `(?:(?:an?|the|their|his|her)\\s)?${OWNER}${VALUE}(?:(?:,\\s(?:and\\s)?|\\s(?:and|&)\\s)(?:(?:their|the|an?|his|her)\\s)?${VALUE}){0,4}`;
/** I or we typing values in. */
const TYPE_IN =
  "(?:i|we)(?:'ll|\\swill|\\scan|\\sjust)?\\s(?:type(?:\\sin)?|put\\sin|enter|key\\sin|fill\\sin|give\\sit|pop\\sin|punch\\sin)";
/** A thing of mine the values go into: "a quick form where", "a little screen that". */
const MY_FORM =
  '(?:(?:a|an|one)\\s(?:(?:quick|simple|little|small|short|basic)\\s)?(?:form|screen|page|box|thing|tool|workflow|one)\\s(?:where|in\\swhich|that)\\s)';
/**
 * A label before the start that only names the job or where it is used ("for the front counter:", "walk-in customers:"):
 * dropped. A label that limits records ("vip clients only", "leads from google", "if …", a number) is kept, and the
 * request is read as before.
 */
const LABEL = "([a-z][\\w'-]*(?:\\s[\\w'-]+){0,9})\\s?[:–—-]\\s";
const LIMITS =
  /\b(?:when|whenever|if|every|each|after|before|once|unless|until|only|from|tagged|with|without|over|under|above|below|who|whose|that|which|qualified|lost|unpaid|overdue|paid|vip|vips|new|all|any)\b|\d/i;

const VALUES_TYPED = new RegExp(
  `(^|[.!?]\\s|When\\sI\\srun\\sit\\smanually,\\s)(?:${LABEL})?${MY_FORM}?${TYPE_IN}\\s(${VALUES})(?:,\\s(?:and\\s)?(?:then\\s)?|\\s(?:and\\s)?(?:then\\s)?)(?:it|that)\\s(?=[a-z])`,
  'gi',
);

/** The input names of the values said, in order, each once (the names the trigger shape reads). */
const inputsOf = (list: string): string[] => [
  ...new Set(
    [...list.toLowerCase().matchAll(new RegExp(VALUE, 'gi'))].map(([v]) =>
      /^invoice/.test(v)
        ? 'invoiceid'
        : /name$/.test(v) && !/company/.test(v)
          ? 'name'
          : /mail/.test(v)
            ? 'email'
            : /company/.test(v)
              ? 'company'
              : /phone/.test(v)
                ? 'phone'
                : /search|keyword|topic/.test(v)
                  ? 'topic'
                  : 'question',
    ),
  ),
];

/** A thing of mine to start: "something", "a report", "a panic button", "a quick job". */
const THING =
  "(?:something|one|(?:a|an)\\s(?:(?:quick|simple|little|small|easy|manual)\\s)?(?:thing|job|report|summary|workflow|automation|flow|process|button|one|[a-z][\\w'-]*\\sbutton))";
const WANT =
  "(?:(?:i|we)(?:'d|\\swould)?\\s(?:want|need|like)\\s|(?:need|want)\\s|(?:can|could)\\s(?:i|we)\\s(?:get|have)\\s|(?:please\\s)?(?:give|make|build|set)\\s(?:me|us)(?:\\sup)?\\s|(?:please\\s)?set\\sup\\s)?";
/** "I can run", "we can kick off", "i press": the person starting it (never "I run a bakery": a thing is said first). */
const I_START =
  '(?:that\\s)?(?:i|we)\\s(?:can\\s)?(?:run|press|click|hit|tap|start|trigger|launch|kick\\soff|fire\\soff)(?:\\s(?:it|this))?(?:\\s(?:manually|by\\shand|myself|ourselves|on\\sdemand|whenever|any\\s?time|whenever\\s(?:i|we)\\s(?:want|like|need)(?:\\sto)?))?';
/** The occasion said as when I run it ("when a parent pays cash at the door"), up to a dash or colon. */
/** Someone in the occasion: an event's subject, read as no start of mine before a colon. */
const SOMEONE = new RegExp(`\\b(?:someone|somebody|anyone|anybody|${PERSON})\\b`, 'i');
const OCCASION = '\\s(?:when(?:ever)?|if)\\s[^:;.!?–—]{3,80}?(?:\\s[-–—]|\\s?:)\\s';
const THING_STARTED = new RegExp(
  `(^|[.!?]\\s)${WANT}(${THING})\\s${I_START}(${OCCASION}|\\s(?:that|which)\\s(?:covers\\s)?|\\s(?:covering|for)\\s(?=(?:the|this|last|today|yesterday|a|all)\\b)|\\s?[:,–—-]\\s)`,
  'gi',
);

/** "a washout button - when I press it, …": a named button, then its press said as when. */
const BUTTON_PRESSED = new RegExp(
  `(^|[.!?]\\s)${WANT}(?:(?:a|an|the|my|our)\\s)?(?:[a-z][\\w'-]*\\s)?button\\s?[:,–—-]\\s(?:when(?:ever)?|each\\stime|every\\stime|once)\\s(?:i|we)\\s(?:press|click|hit|tap|push|run)\\s(?:it|the\\sbutton)\\s?,?\\s`,
  'gi',
);

/** "… whenever I press it": the start already said, said again at the end. */
const PRESSED_AGAIN =
  /\s(?:whenever|when|each\stime|every\stime|any\s?time)\s(?:i|we)\s(?:press|click|hit|tap|push|run)\s(?:it|the\sbutton)(?=\s*(?:[.!?]|$))/gi;

/** The labels kept: a label that limits records leaves the request as it was. */
const labelOk = (label: string | undefined): boolean => !label || !LIMITS.test(label);

export const typedStartsSaid = (text: string): string => {
  let said = false;
  const out = text
    .replace(BUTTON_PRESSED, (_m, start: string) => {
      said = true;
      return `${start}When I click the button, `;
    })
    .replace(THING_STARTED, (m, start: string, thing: string, link: string) => {
      const report = /report|summary/i.test(thing);
      const occasion = /^\s(?:when|if)/i.test(link);
      // "a report … that covers / covering the last 30 days": the report is what it does
      if (report && /^\s(?:covering|for|that\scovers|which\scovers)\s$/i.test(link)) {
        said = true;
        return `${start}When I run it manually, summarize `;
      }
      if (report && !/^\s(?:that|which)\s$/i.test(link) && !/^\s?[:,–—-]\s$/.test(link)) return m;
      if (occasion && /\b(?:every|each|daily|weekly|monthly)\b|\d/i.test(link)) return m;
      // "… when the weather's bad: …" is mine to judge; "… when a lead signs up: …" is an event, not said by hand
      if (occasion && /:\s$/.test(link) && SOMEONE.test(link)) return m;
      said = true;
      return /^\s(?:that|which)\s$/i.test(link)
        ? `${start}When I run it manually, it `
        : `${start}When I run it manually, `;
    })
    .replace(VALUES_TYPED, (m, start: string, label: string | undefined, list: string) => {
      if (!labelOk(label)) return m;
      said = true;
      return `${start.startsWith('When') ? '' : start}When I run it with inputs-${inputsOf(list).join('-')}, it `;
    })
    // "… it saves them tagged wholesale": the person typed in, saved as a lead
    .replace(/(\bit\s(?:saves?|adds?|stores?))\s(them|him|her)\s(?=tagged\s)/gi, '$1 $2 as a lead ');
  // "a button that posts … whenever I press it": the button's start (manual-starts.ts) said again
  return said || /\bbutton\b/i.test(text) ? out.replace(PRESSED_AGAIN, '') : text;
};

import { personStartsSaid } from './person-starts';
import { VERB_WORD } from './split';
import { typedStartsSaid } from './typed-starts';

/**
 * A run started by hand, however it is said (issue #16), put in the two forms the manual trigger shape reads
 * (event-shapes.ts): "When I click the button, …" and "When I run it manually, …". What the run is given when it is
 * started ("with the candidate's email", "I put in name, email and company", "I type a topic") becomes its declared
 * inputs, written as one word the clause splitter keeps whole: "When I run it manually with inputs-name-email, …".
 * The shape reads them into the trigger's `inputs`, and "them" / "the topic" in the actions refer to them.
 *
 *   the button   "give me a button that summarizes …", "can I get a button I press that emails …", "button to search
 *                …", "I'd like a button: email …" (at the start of a sentence only: a button on a form is no trigger)
 *   by hand      "I'll kick this off myself", "big mailshot, I'll trigger it myself:", "let me run it manually",
 *                "a workflow I can run with a topic:", "manual one where I put in …"
 *   the inputs   "when I run it with the candidate's email:", "when I run it I type a topic, …", "I'll put in their
 *                name and email when I run it:", "… where I put in name, email and company and it creates them …"
 *
 * Never read: "can you send the fee schedule to every qualified lead?" (a task asked once, no start said), "run it
 * every Monday" (a schedule: nothing but the inputs or a colon may follow the start), a start said of a time or event.
 */

/** The fields a run can be given, by the words people use for them: the input's name. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  name: 'name',
  'full name': 'name',
  email: 'email',
  'e-mail': 'email',
  'email address': 'email',
  'e-mail address': 'email',
  company: 'company',
  'company name': 'company',
  phone: 'phone',
  'phone number': 'phone',
  topic: 'topic',
  'search term': 'topic',
  keyword: 'topic',
  question: 'question',
  'invoice id': 'invoiceid',
  'invoice number': 'invoiceid',
};

/** "their name and email", "name, email and company", "a topic", "the candidate's email". */
const FIELD = String.raw`(?:full\sname|name|e-?mail(?:\saddress)?|company(?:\sname)?|phone(?:\snumber)?|topic|search\sterm|keyword|question|invoice\s(?:id|number))`;
const FIELDS = new RegExp(FIELD, 'gi');

/** Up to five fields joined: "their name and email", "name, email and company". */
const fieldsJoined = (field: string): string =>
  String.raw`${field}(?:(?:,\s(?:and\s)?|\s(?:and|&)\s)(?:(?:their|the|an?|his|her)\s)?${field}){0,4}`;

/** Whose the fields are, when said: "their", "the candidate's". */
const WHOSE = String.raw`(?:(?:an?|the|their|his|her)\s|(?:(?:the|an?)\s)?(?:candidate|person|client|customer|member|lead|student|patient|guest|contact|applicant|temp|hire)'?s\s)?`;

/**
 * The start and what the run is given: "when I run it with the candidate's email:", "when I run it I type a topic,
 * …", "When I run it manually where I put in name, email and company and it creates them …".
 */
export const RUN_GIVEN = new RegExp(
  String.raw`\b((?:when(?:ever)?|each\stime|every\stime)\s(?:i|we)\s(?:(?:run|start|trigger|launch|kick\soff)\s(?:it|this)|(?:press|click|hit)\s(?:run|go|start|the\sbutton))(?:\s(?:manually|by\shand|myself|ourselves|on\sdemand))?)(?:,?\s(?:with|using|given|taking)\s|,?\s(?:(?:where|and|then|so)\s)?(?:i|we)(?:'ll|\swill)?\s(?:put|type|enter|key|fill|give|provide)(?:\sin)?(?:\sit)?\s)${WHOSE}(${fieldsJoined(FIELD)})(\s?[:,-]\s|\s(?:and\s(?:then\s)?it|that|which|it)\s)`,
  'gi',
);

/** "I'll put in their name and email when I run it:": the inputs said before the start, put after it. */
export const GIVEN_FIRST = new RegExp(
  String.raw`(^|[.!?]\s)(?:i|we)(?:'ll|\swill)?\s(?:put|type|enter|key|fill|give|provide)(?:\sin)?\s(${WHOSE}${fieldsJoined(String.raw`(?:full\sname|name|e-?mail(?:\saddress)?|company(?:\sname)?|phone(?:\snumber)?|topic)`)})\s(when(?:ever)?\s(?:i|we)\s(?:run|start|trigger|launch)\s(?:it|this))(?=\s?[:,-]\s)`,
  'gi',
);

/** "I'll kick this off myself", "let me trigger it manually", "we'll run it by hand": said as what I will do. */
const BY_HAND =
  /(^|[.!?]\s)(?:(?:i|we)(?:'ll|\swill|'d\slike\sto|\swould\slike\sto|\swant\sto|\scan)?|let\s(?:me|us))\s(?:(?:just|simply)\s)?(?:(kick|fire|set)\s(?:it|this|the\s(?:workflow|automation|flow))\soff|(run|start|trigger|launch)\s(?:it|this|the\s(?:workflow|automation|flow)))(\s(?:manually|by\shand|myself|ourselves|on\sdemand))?(?=\s?[:,-]\s|\s(?:with|using)\s)/gi;

/**
 * "run it manually to get this week's summary posted", "I'll kick it off by hand to email …": the start and its purpose,
 * what it does. Never "we run it by hand to …" (how it is done today, a habit).
 */
const BY_HAND_TO =
  /(^|[.!?]\s)(?:(?:i|we)(?:'ll|\swill)\s)?(?:(?:run|start|trigger|launch)\s(?:it|this)|(?:kick|fire)\s(?:it|this)\soff)\s(?:manually|by\shand|myself|ourselves|on\sdemand)\sto\s(?=[a-z])/gi;

/** "Whenever I want, …", "any time we like: …": the run is mine to start, said as when. */
const WHEN_I_WANT =
  /(^|[.!?]\s)(?:whenever|any\s?time)\s(?:i|we)\s(?:want|like|choose|need)(?:\sto)?\s?[:,-]\s/gi;

/**
 * "a workflow I can run with a topic:", "I want a workflow I can kick off by hand:": the workflow as mine to start.
 * "… by hand when someone joins:" says when I will start it, no event: said by hand only, never "I can run when …".
 */
const MINE_TO_START =
  /(^|[.!?]\s)(?:(?:i|we)(?:'d|\swould)?\s(?:want|need|like)\s|(?:can|could)\s(?:i|we)\s(?:get|have)\s|(?:please\s)?(?:give|make|build|create)\s(?:me|us)\s)?(?:something\s|(?:(?:an?|one)\s)?(?:thing|job)\s(?=(?:that\s)?(?:i|we)\s(?:can\s)?[a-z]+(?:\s[a-z]+){0,2}\s(?:with|using)\s)|(?:(?:an?|one)\s)?(?:workflow|automation|flow|zap)\s)(?:that\s)?(?:i|we)\s(?:can\s)?(?:run|start|trigger|launch|kick\soff|fire\soff)(?:\s(?:it|this))?(?:\s(?:manually|by\shand|myself|ourselves|on\sdemand)(?:\s(?:when(?:ever)?|each\stime|every\stime|once)\s[^:,.;!?]{1,60}?)?)?(?:\s(?:for|to\sdo)\s([a-z][\w'-]*(?:\s[\w'-]+){0,2}))?(?=\s?[:,-]\s|\s(?:with|using)\s)/gi;

/** A list of what a run is given: "their name and email", "a topic", "the email and name". */
const GIVEN_LIST = String.raw`(?:(?:an?|the|their|his|her)\s)?${fieldsJoined(FIELD)}`;
const I_WANT_TO = String.raw`(?:(?:i|we)(?:'d\slike|\swould\slike|\swant|\sneed)\sto|let\s(?:me|us))`;

/**
 * "give me something I can run whenever that summarises …", "I want a thing I can run by hand where I type …": the
 * workflow as a thing mine to start, then what it does or what it is given.
 */
const THING_TO_RUN =
  /(^|[.!?]\s)(?:(?:i|we)(?:'d|\swould)?\s(?:want|need|like)\s|(?:can|could)\s(?:i|we)\s(?:get|have)\s|(?:please\s)?(?:give|make|build|set)\s(?:me|us)(?:\sup)?\s)?(?:something|(?:an?|one)\s(?:(?:quick|simple|little)\s)?(?:thing|job))\s(?:that\s)?(?:i|we)\s(?:can\s)?(?:run|start|trigger|launch|kick\soff|fire\soff)(?:\s(?:it|this))?(?:\s(?:manually|by\shand|myself|ourselves|on\sdemand|whenever|any\s?time))?(\s(?:that|which)\s|\sto\s|\swhere\s(?=(?:i|we)\s)|\s?[:,-]\s)/gi;

/** "I want to type a topic, it looks it up …": what I give the run, said as what I want to do. */
export const TYPE_FIRST = new RegExp(
  String.raw`(^|[.!?]\s)${I_WANT_TO}\s(?:type(?:\sin)?|put\sin|enter|key\sin)\s(${GIVEN_LIST})(?:,\s(?:and\s)?|\s(?:and\s)?)(?:it|then)\s`,
  'gi',
);

/**
 * "I want to add trade show prospects by running it with their name and email - tag them …": the start after what it
 * is for. The people added are the person given ("add them as a lead").
 */
export const BY_RUNNING = new RegExp(
  String.raw`(^|[.!?]\s)${I_WANT_TO}\s([a-z][^.;:!?]{2,80}?)\sby\s(?:running|starting|triggering)\s(?:it|this)(?:\s(?:manually|by\shand))?\swith\s(${GIVEN_LIST})(\s?[:,-]\s(?:tag\s(?:them|him|her)\s(?=[\w⟦]))?|$)`,
  'gi',
);
/** "add trade show prospects", "create new leads": the person given, added. */
const ADD_PEOPLE =
  /^(?:add|create|save|enter)\s(?:(?:the|new|any)\s)?(?:[a-z][\w-]*\s){0,3}(?:prospects?|leads?|contacts?|clients?|customers?|people)$/i;

/**
 * "let me create an invoice by hand for a 10 class pass for whatever email I type in": the step done by hand, for
 * the person typed in.
 */
const FOR_WHATEVER = new RegExp(
  String.raw`(^|[.!?]\s)${I_WANT_TO}\s([a-z][^.;:!?]{2,120}?)\s(?:-\s)?(?:for|to)\s(?:whatever|whichever|the|any)\s((?:full\s)?name|e-?mail(?:\saddress)?|(?:name\sand\s)?e-?mail(?:\sand\sname)?)\s(?:i|we)\s(?:type|put|enter|key|give)(?:\s(?:in|it))?(?=$|[.!?])`,
  'gi',
);

/**
 * "Manual one: find …", "manual run - summarize …", "just a manual trigger please: …", "on-demand report - …": the
 * label said before the steps (never before a time or an event: "on demand requests: when a lead emails us, …").
 */
const MANUAL_LABEL =
  /(^|[.!?]\s)(?:just\s)?(?:(?:an?|the)\s)?(?:manual(?:\s(?:one|run|workflow|version|trigger|start|job|flow))?|on[\s-]demand(?:\s[a-z]+)?)(?:\s(?:please|pls))?\s?[:-]\s(?!(?:when|whenever|if|every|each|once|after|as\ssoon\sas)\b)/gi;

/** "start it by hand, take every customer …", "run this manually: …": the start said as an instruction. */
const RUN_BY_HAND =
  /(^|[.!?]\s)(?:(?:just|simply)\s)?(?:run|start|trigger|launch)\s(?:it|this)\s(?:manually|by\shand|myself|ourselves|on\sdemand)\s?[:,-]\s/gi;

/**
 * "press launch button (I'll run it myself): …", "onboarding a new client (I'll run it): …": the job's name, then the
 * start by hand said aside. Read before the brackets are taken out (framing.ts), which would drop it as a remark.
 */
const RUN_ASIDE =
  /(^|[.!?]\s)([a-z][\w'-]*(?:\s[\w'-]+){0,5})\s?\((?:(?:i|we)(?:'ll|\swill)\s(?:(?:run|start|trigger|launch)\s(?:it|this)|(?:kick|fire)\s(?:it|this)\soff)(?:\s(?:manually|by\shand|myself|ourselves))?|manual(?:ly)?|(?:run|started)\s(?:manually|by\shand|on\sdemand)|by\shand|on\sdemand)\)\s?:\s/gi;

/** "manual one where I put in …", "manual run with their email:": the label, said with what the run is given. */
const MANUAL_WITH =
  /(^|[.!?]\s)(?:an?\s)?manual(?:\s(?:one|run|workflow|version|trigger|start))?(?=\s(?:where|with|using)\s)/gi;

/**
 * A few words before the start that name the job ("big mailshot, …", "for onboarding a new temp - …", "On-demand
 * summary: run it manually …", "snow day! Manual run: …").
 */
const PREAMBLE =
  /(^|[.!?]\s)([a-z][\w'-]*(?:\s[\w'-]+){0,4})(\s?[,:-]\s|!+\s)(?=(?:i|we|let|manual|run|start|trigger|kick)\b)/gi;
/** "For new company sign-ups I'd like to run this by hand: …": what the job is for, said before the start. */
const FOR_THE_JOB = /(^|[.!?]\s)(for\s[a-z][\w'-]*(?:\s[\w'-]+){0,4}?)(\s)(?=(?:i|we)\b)/gi;
/** A preamble that says a time, an event or a step is no name of the job. */
const SAYS_MORE =
  /\b(?:when|whenever|if|every|each|after|before|once|daily|weekly|monthly|nightly|morning|evening|today|tomorrow|unless|until|then|and)\b|\d/i;

/** "give me a button so I can …", "can I get a button I press that …", "button to search …", "I'd like a button: …". */
const BUTTON =
  /(^|[.!?]\s|^(?:hi|hey|hello|ok|okay|so)(?:\s[A-Z][a-z]+)?[,!]?\s)(?:(?:can|could)\syou\s)?(?:(?:please\s)?(?:give|make|build|add|get)\s(?:me|us)\s|(?:please\s)?set\s(?:me|us)\sup\s|(?:please\s)?(?:add|make|build|create)\s|(?:i|we)(?:'d|\swould)?\s(?:want|need|like)\s|(?:can|could)\s(?:i|we)\s(?:get|have)\s)?(?:(?:a|an|one)\s)?(?:(?:simple|single|big|little|quick|manual|run|start)\s)?button(?:\s(?:that\s)?(?:i|we)\s(?:can\s)?(?:press|click|hit|tap|use))?(?:\s(?:whenever|any\s?time))?(\s(?:so\s(?:that\s)?(?:i|we)\s(?:can|could)\s|to\s|that\s(?:will\s)?|which\s(?:will\s)?|for\s(?:me\s)?to\s|where\s(?=(?:i|we)\s)|for\s(?:when|if)\s[^:;.!?]{1,80}?:\s)|:\s)(?:(?:just|quickly)\s)?/i;

/** "Let me trigger this manually:": the manual start said as a wish, never "let me" as a message to me. */
const LET_ME_START =
  /\blet\s(me|us)\s(?:(?:trigger|run|start|launch)\s(?:it|this|the\s(?:workflow|automation|flow))|(?:kick|fire)\s(?:it|this|the\s(?:workflow|automation|flow))\soff)\s(?:manually|by\shand|myself|ourselves|on\sdemand)\b/gi;

/** The input names of a list said in words, in the order said, each once. */
const namesOf = (list: string): string[] => [
  ...new Set(
    [...list.matchAll(FIELDS)].map((m) => FIELD_NAMES[m[0].toLowerCase().replace(/\s+/g, ' ')] ?? ''),
  ),
];

/** The preamble dropped when it only names the job; kept (and left for the readers) when it says more. */
const withoutPreamble = (said: string): string =>
  [PREAMBLE, FOR_THE_JOB].reduce(
    (text, preamble) =>
      text.replace(preamble, (m, start: string, words: string, _sep: string, at: number) => {
        const after = text.slice(at + m.length);
        const starts = [BY_HAND, GIVEN_FIRST, MINE_TO_START, MANUAL_LABEL, RUN_BY_HAND, BY_HAND_TO].some(
          (re) => {
            re.lastIndex = 0;
            const found = re.exec(after);
            return found?.index === 0;
          },
        );
        if (!starts || !namesTheJob(words)) return m;
        return start;
      }),
    said,
  );

/**
 * Who or which records the words could choose ("for leads from google, …", "vip clients only! manual run: …"): never
 * dropped as the job's name, which would run the steps for everyone.
 */
const NAMES_RECORDS =
  /\b(?:leads?|clients?|customers?|invoices?|bookings?|members?|guests?|contacts?|prospects?|people|everyone|everybody|students?|patients?|parents?|subscribers?|sign-?ups?|enquir(?:y|ies)|inquir(?:y|ies)|orders?|only|from|tagged|with|without|over|under|above|below|who|whose|that|which|qualified|lost|unpaid|overdue|paid|vip|vips)\b/i;

/** Words that only name the job: no time, event, records or step said (a button's name may start with its verb). */
const namesTheJob = (words: string): boolean =>
  !SAYS_MORE.test(words) &&
  !NAMES_RECORDS.test(words) &&
  (/\bbutton$/i.test(words) || !words.split(/\s/).some((w) => VERB_WORD.test(w.toLowerCase())));

/** "press launch button (I'll run it myself): …": the start said aside, read while its brackets are there. */
export const runAsideSaid = (text: string): string =>
  personStartsSaid(text).replace(RUN_ASIDE, (m, start: string, words: string) =>
    namesTheJob(words) ? `${start}When I run it manually, ` : m,
  );

/**
 * The start said back as the trigger, with what linked it to the steps: "a button that emails …" — the workflow does
 * it ("it emails"), read as the action; "… where I type a topic, …" — what the run is given, read by RUN_GIVEN; "a
 * button for when we have to close: …" — why, not when.
 */
const startSaid =
  (said: string) =>
  (_m: string, start: string, link: string): string =>
    /^\s(?:that|which)\s$/i.test(link)
      ? `${start}${said}, it `
      : /^\swhere\s$/i.test(link)
        ? `${start}${said} where `
        : `${start}${said}, `;

/** The manual start and its inputs, in the forms the trigger shape reads. */
export const manualStartsSaid = (text: string): string =>
  withoutPreamble(typedStartsSaid(personStartsSaid(text)))
    .replace(FOR_WHATEVER, (m, start: string, act: string, list: string) => {
      // only a step said as done by hand: "let me create an invoice by hand for …"
      const step = act.replace(/\s(?:manually|by\shand|myself)(?=\s|$)/i, '');
      return step === act ? m : `${start}When I run it with inputs-${namesOf(list).join('-')}, ${step}`;
    })
    .replace(BY_RUNNING, (_m, start: string, act: string, list: string, sep: string) => {
      const added = ADD_PEOPLE.test(act);
      // "… - tag them insurex-2026": the tag of the lead added
      const then =
        added && /tag/i.test(sep) ? ' tagged ' : sep.trim() ? ` and ${sep.replace(/^\s?[:,-]\s/, '')}` : '';
      return `${start}When I run it with inputs-${namesOf(list).join('-')}, ${added ? 'add them as a lead' : act}${then}`;
    })
    .replace(
      TYPE_FIRST,
      (_m, start: string, list: string) =>
        `${start}When I run it with inputs-${namesOf(list).join('-')}, it `,
    )
    .replace(THING_TO_RUN, startSaid('When I run it manually'))
    .replace(MANUAL_LABEL, '$1When I run it manually, ')
    .replace(RUN_BY_HAND, '$1When I run it manually, ')
    .replace(LET_ME_START, (_m, who: string) => `${who.toLowerCase() === 'us' ? 'we' : 'I'} run it manually`)
    .replace(BUTTON, startSaid('When I click the button'))
    .replace(BY_HAND_TO, '$1When I run it manually, ')
    .replace(WHEN_I_WANT, '$1When I run it manually, ')
    .replace(GIVEN_FIRST, (_m, start: string, list: string, when: string) => `${start}${when} with ${list}`)
    .replace(BY_HAND, (m, start: string, kick?: string, run?: string, hand?: string) =>
      // "I'll run it, …" is no start by hand without "myself", "manually", …; "kick it off", "trigger it" are
      kick || hand || /^trigger$/i.test(run ?? '') ? `${start}When I run it manually` : m,
    )
    // "… by hand for move-outs:": what the job is for names it; "for vip clients:" chooses records, left as said
    .replace(MINE_TO_START, (m, start: string, job?: string) =>
      job && !namesTheJob(job) ? m : `${start}When I run it manually`,
    )
    .replace(MANUAL_WITH, '$1When I run it manually')
    .replace(RUN_GIVEN, (m, run: string, list: string, link: string) => {
      const names = namesOf(list);
      if (names.length === 0) return m;
      // "… and it creates them": the workflow acts, read as the action
      return `${run} with inputs-${names.join('-')}, ${/it|that|which/i.test(link) ? 'it ' : ''}`;
    });

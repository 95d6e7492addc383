import { durationsInDigits, numberSequencesInDigits } from './number-words';
import { NAME, namedFirst, RULE_WORDS, WE_DO } from './rule-words';
import { STARTER } from './split';

/**
 * The same request in different people's words, put in the words the grammars read before anything else runs:
 *   office shorthand    "w/", "w/o", "appt", "mtg", "inv", "cust", "&", "asap"
 *   regional English    "revert" (reply), "intimate" (inform), "half nine" (9:30), "kindly do the needful"
 *   reasons around it   "…, so that nothing slips through", "because we keep losing track", "As we are a small
 *                       team, …", "…, to make sure nobody is forgotten"
 *   repeated words      "notify notify the team", "within a a day"
 * A reason is taken out only when it names nothing a workflow could do or wait for (no number, no trigger or
 * condition word, no action or message word); otherwise it stays, and the grammars read or refuse it.
 */

const SHORTHAND: readonly [RegExp, string][] = [
  // "let Mr. Sharma know": a title's full stop ends no sentence
  [/\b(Mr|Mrs|Ms|Dr|Prof)\.\s(?=[A-Z])/g, '$1 '],
  [/(?<![\w/])w\/o(?![\w/])/gi, 'without'],
  [/(?<![\w/])w\/(?=\s|[a-z])/gi, 'with '],
  // "every lead w tag demo", "leads w status new": with, before what a record is said to have
  [/(?<![\w/])w(?=\s(?:the\s|a\s)?(?:tag|tags|status|stage|value|budget|source)\b)/gi, 'with'],
  // Australian "arvo"; "the daily wrap up", "a weekly round up": the report's noun, not the verb ("round up the leads")
  [/\barvo(s?)\b/gi, 'afternoon$1'],
  [
    /(?<=\b(?:daily|weekly|monthly|nightly|morning|evening|friday|weekend|eod|the|a|an|our|my|quick|short)\s)(wrap|round)\s(up)\b(?!\s(?:the|all|our|my|your|any|every|each|them|it|this|that|those|these|everyone|everything)\b)/gi,
    '$1-$2',
  ],
  [/\bappts\b/gi, 'appointments'],
  [/\bappt\b(?:\.(?!\s+[A-Z]|\s*$))?/gi, 'appointment'],
  [/\bmtgs\b/gi, 'meetings'],
  [/\bmtg\b/gi, 'meeting'],
  [/\binvs\b/gi, 'invoices'],
  [/\binv\b(?!\s?#)(?:\.(?!\s+[A-Z]|\s*$))?/gi, 'invoice'],
  [/\bcusts\b/gi, 'customers'],
  [/\bcust\b(?:\.(?!\s+[A-Z]|\s*$))?/gi, 'customer'],
  [/\bwks?\b(?<=\d\s?wks?)/gi, 'weeks'],
  [/\bmgrs\b/gi, 'managers'],
  [/\bmgr\b(?:\.(?!\s+[A-Z]|\s*$))?/gi, 'manager'],
  [/\bmgmt\b(?:\.(?!\s+[A-Z]|\s*$))?/gi, 'management'],
  [/\b(?:pmts|pymts)\b/gi, 'payments'],
  [/\b(?:pmt|pymt)\b(?:\.(?!\s+[A-Z]|\s*$))?/gi, 'payment'],
  [/\b(?:tmrw|tmr|tmw|tmrow|tomoz|tomoro|tomorow|2moro|2morrow)\b/gi, 'tomorrow'],
  // "everyone who's got a booking": has got (never "who is got")
  [/\bwho(?:'s|s)\sgot\b/gi, 'who has got'],
  [/\bb4\b/gi, 'before'],
  // "let Mr. Sharma know": a title before a name (its dot is not the end of a sentence)
  [/\b(?:[Mm]rs?|[Mm]s|[Dd]r|[Pp]rof)\.?\s(?=[A-Z][a-z])/g, ''],
  // "Rs. 50,000": the dot of the abbreviation is not the end of a sentence
  [/\brs\.\s?(?=\d)/gi, 'Rs '],
  [/\bppl\b/gi, 'people'],
  [/\b(?:coz|cuz|b\/c)(?=\s)/gi, 'because'],
  // "I request you to send …", "you are requested to …", "kindly arrange to send …": please
  [
    /\b(?:(?:i|we)\s)?(?:would\s)?(?:kindly\s)?request\syou\s(?:to\s|kindly\s)+|\byou\sare\s(?:kindly\s)?requested\sto\s/gi,
    'please ',
  ],
  [
    /\barrange\sto\s(?=(?:send|email|notify|inform|add|create|update|mark|tag|post|remind|book|schedule)\b)/gi,
    '',
  ],
  // "theres no reply", "thats all": the apostrophe left out
  [/\b(there|that|what)s\b/gi, "$1's"],
  [/\b(they|you)(ll|re|ve)\b/gi, "$1'$2"],
  [/\b(we)(ve)\b|\b(it)(ll)\b/gi, "$1$3'$2$4"],
  // "When an invoice is paid first book a call, …": the list's first step, its comma left out
  [
    /(?<![,:;]|\b(?:the|on|its|their|his|her|our|my|your))\s(first(?:ly)?)\s(?=(?:send|email|book|add|put|move|mark|notify|tell|let|create|schedule|pencil|set|tag|ping|give|advise|alert|reply|write|log|shoot)\b)/gi,
    ', $1 ',
  ],
  // "something that will notify the team …": what it will do is the request
  [
    /\b(something|an\sautomation|a\sworkflow|a\srule|a\sflow|a\szap)\s(that|which)\s(?:will|would|can|could|should)\s/gi,
    '$1 $2 ',
  ],
  // "if its under that" typed without its apostrophe: it is, never the possessive before these words
  [
    /\bits\s(?=(?:under|over|above|below|less|more|bigger|smaller|greater|higher|lower|not|still|already|been|between)\b)/gi,
    "it's ",
  ],
  // "Request you to set this up: when …": the request comes after the colon
  [/\b(?:please\s)?(?:set|put)\s(?:this|it)\sup\s?:\s?/gi, ''],
  // "on priority", "at the earliest", "on an urgent basis": how soon, and a workflow runs at once
  [/,?\s(?:on\spriority|at\sthe\searliest|on\san?\s(?:urgent|priority)\sbasis)\b/gi, ''],
  // "meet & greet": one booking, never a meeting and a greeting
  [/\bmeet(?:\s*&\s*|\s+and\s+|\s*'?n'?\s*|-and-|-n-)greet\b/gi, 'meet-and-greet'],
  // "click & collect", "click n collect": a shop's pickup booking, one word (its "and" joins no two steps)
  [/\bclick(?:\s*&\s*|\s+and\s+|\s*'?n'?\s*|-and-|-n-)collect\b/gi, 'click-and-collect'],
  // "&" between words is "and" (as "+" is, later); "R&D" keeps its ampersand
  [/(?<=\S)\s+&\s+(?=\S)/g, ' and '],
  // "asap", "a.s.a.p.": a workflow acts as soon as it runs; never a word tested ("says urgent or asap")
  [
    /(?<!\b(?:or|says|mentions?|contains?|includes?|saying|mentioning|containing)\s?),?\s?\(?\b(?:asap|a\.s\.a\.p\.?|as soon as possible)\b\)?(?=[\s,.;:!?]|$)/gi,
    '',
  ],
];

/** "hasn't reverted", "revert back to the client": Indian English for a reply (never "revert the change"). */
const REVERT =
  /\brevert(s|ed|ing)?\b(?:\s+back\b)?(?!\s+(?:the|this|that|these|those|it|its|all|any|my|our|changes?|to\s+(?:the\s+)?(?:previous|old|original|earlier|last|default)))/gi;
const REPLY_FORMS: Readonly<Record<string, string>> = {
  '': 'reply',
  s: 'replies',
  ed: 'replied',
  ing: 'replying',
};

/** "intimate the team", "please intimate Anna": Indian English for inform (never "an intimate dinner"). */
const INTIMATE =
  /(?<!\b(?:an?|the|very|more|most|so|quite)\s)\bintimate(s|d)?\b(?=\s+(?:the|them|him|her|me|us|our|my|all|everyone|everybody|[A-Z][a-z]+)\b)/g;

/** "kindly do the needful", "please do the needful asap": politeness that asks for nothing more. */
const NEEDFUL =
  /(?:^|(?<=[.!?,;:])|\s(?:and|&)\b)\s*(?:(?:kindly|please|pls|plz|pl)\s+)?do\s+the\s+needful\b(?:\s+(?:and\s+oblige|at\s+the\s+earliest|asap))?\s*[.!]?/gi;

/** "half nine" (British): 9:30, not 9; "half an hour" and "half past" are not this. */
const HOUR_WORDS = 'one two three four five six seven eight nine ten eleven twelve'.split(' ');
const HALF_HOUR =
  /\bhalf\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])\b(?!\s*(?::|\.\d|hours?|days?|weeks?|months?|minutes?|mins?|dozen))/gi;

/** Words that make a would-be reason part of the request: then it is left for the grammars to read or refuse. */
export const CONTENT =
  /\d|\b(?:if|when|whenever|unless|once|soon|every|each|after|before|until|till|within|otherwise|else|daily|weekly|monthly|tomorrow|notif\w*|alert\w*|remind\w*|e-?mails?|mail\w*|messag\w*|slack|ping\w*|text\w*|call\w*|meet\w*|book\w*|schedul\w*|invoic\w*|bill\w*|notes?|tag\w*|mark\w*|reports?|summar\w*|approv\w*|sends?|sent|cc|dm|inform\w*|tells?|told|know|knows|escalat\w*|assign\w*|crm|creat\w*|adds?|added|posts?|posted|updat\w*|replies|reply|replied|pays?|paid|follow\w*|sign(?:s|ed|ing)?[\s-]?off|review\w*|vet(?:s|ted)?|proofread\w*|go-ahead|green\slight|ok(?:ay)?\s(?:it|them|this)|check\s(?:it|them|this|with\sme)|see\s(?:it|them)\s(?:first|before))\b/i;

/** People a reason is about: "the boss", "my manager", "the MD", "accounts", "he", "we". */
const PEOPLE =
  '(?:i|we|he|she|they|you|everyone|everybody|nobody|no\\sone|(?:the|my|our|your|his|her)\\s(?:[a-z]+\\s)?(?:boss|md|ceo|cfo|coo|director|directors|manager|managers|accountant|accountants|accounts|finance|owner|owners|founder|founders|team|staff|partner|partners|bookkeeper|assistant|secretary|head|dept|department|auditors?)|accounts|management|finance|sales)';

const REASON_WORDS = `(?:(?:that|this)\\sway|so\\sthat|so(?=\\s(?:nothing|people|our|${PEOPLE})\\s)|to\\smake\\ssure|to\\sensure|make\\ssure|in\\sorder\\sto|because|since(?=\\s(?:it|this|that|there|most|many|people|${PEOPLE})\\b)|(?<!\\b(?:soon|long|such|same|well|just)\\s)as(?=\\s(?:our|this|that|there|most|many|${PEOPLE})\\s))`;

/**
 * What would make a reason part of the request: a number, a trigger or condition word, a time, an action done
 * ("notified", "emailed"), a message received ("gets an email"), an action to do ("to notify"), or a clause after a
 * comma. A reason about people with none of these ("because the MD reports on intake by season", "since the boss
 * wants every contact on file", "so accounts can see it", "as the accountant asked") is context, whatever its words.
 */
export const RISKY_IN_REASON =
  /\d|,|\b(?:(?:sign\soff\son|approve|review|check|see|vet|ok|okay)\s(?:it|them|this|each\sone)\s(?:first|beforehand|before\s(?:sending|(?:it|they)\s(?:goes|go|gets|get|is|are)\s(?:out|sent)))|if|when|whenever|unless|once|otherwise|else|until|till|within|then|daily|weekly|monthly|tomorrow|tonight|(?:every|each)\s(?:other|day|week|month|year|hour|minute|morning|evening|night|weekday|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|time|new|lead|invoice|booking|form|email|message)|(?:after|before)\s(?![a-z]+ing\b)|notified|informed|alerted|told|reminded|emailed|messaged|added|created|tagged|marked|updated|booked|scheduled|sent|posted|pinged|paid|invoiced|(?:gets?|receives?|sees?)\s(?:an?\s|the\s)?(?:email|e-mail|mail|message|reminder|notification|alert|text|slack|ping|summary|report|copy|note|heads[\s-]up|dm|call|invite)|(?:wants?|needs?|expects?|likes?|would\slike|asks?\sfor)\s(?:an?\s|the\s|to\s(?:get|receive|see|know|be))|to\s(?:send|email|notify|inform|alert|tell|remind|add|create|update|tag|mark|book|schedule|post|ping|invoice|bill|call|message|text))\b/i;
const ABOUT_PEOPLE = new RegExp(`^${PEOPLE}\\s[a-z']+`, 'i');
const aboutPeople = (why: string): boolean => ABOUT_PEOPLE.test(why) && !RISKY_IN_REASON.test(why);
/**
 * What narrows or adds to the request, whoever it is about: "We only do this for leads from LinkedIn", "make sure
 * Anna sees it too" (a name, a limit, an addition) are never a reason to take out.
 */
export const NARROWS = /\b(?:only|except|excluding|unless|also|as well)\b|\btoo\s*[.!]?$/i;
const narrows = (why: string): boolean => NARROWS.test(why) || namedFirst(why);
/** A reason is kept for the grammars when it names something a workflow could do, unless it is only about people. */
const kept = (why: string): boolean => narrows(why) || (CONTENT.test(why) && !aboutPeople(why));

/** "- we used to copy these across by hand", "— my manager doesn't want to chase by hand": an aside after a dash. */
const DASH_TAIL = new RegExp(`\\s[-–—]\\s(${PEOPLE}\\s[^.!?;:]{2,140})(?=[.!?]*$|[.!?]\\s)`, 'gi');

/** A negation: "We don't work weekends." restricts the rule. */
const NEGATION = /\b(?:not|never|no|nobody|nothing|don't|doesn't|didn't|won't|can't|cannot|isn't|aren't)\b/i;

/**
 * "… every morning at 8? The team reads it over tea.": a last sentence about people that asks for nothing (never one
 * where they get, are, should or want something: "Our manager gets a heads-up" is a step).
 */
const LAST_SENTENCE = new RegExp(
  `(?<=[.!?]\\s)(${PEOPLE}\\s(?!(?:gets?|got|receives?|is|are|was|were|should|must|will|shall|needs?|wants?|would|can|could|has|have|may|might|expects?|likes?)\\b)[^.!?;:]{2,140})[.!]?$`,
  'i',
);

/** "…, so please set that up", "can you set it up?": asking for the request, at its end. */
const SET_IT_UP =
  /,?\s(?:so\s|and\s)?(?:(?:please|pls|kindly|can\syou|could\syou)\s)?(?:set|put)\s(?:that|this|it)\sup\b(?:\s(?:for\s(?:me|us)|please))?\s?[?.!]?\s*$/i;

/** "…, so that nothing slips through the cracks", "… because we keep losing track of these": at the end. */
const REASON_TAIL = new RegExp(
  `(?<!\\b(?:it|up|this))(?:,\\s|\\s)${REASON_WORDS}\\s([^.!?;:]{2,140})(?=[.!?]*$|[.!?]\\s)`,
  'gi',
);

/** "As we are a small team, …", "To make sure nobody is forgotten, …": before the request. */
const REASON_HEAD = new RegExp(`(^|[.!?]\\s)${REASON_WORDS}\\s([^.!?;:,]{2,140}),\\s?`, 'gi');

/**
 * "…, we want to respond faster", "- we need to get back to people quicker", "… so we reply sooner": what the rule is
 * for, said as a verb and how much better it should be done. Its verb is the writer's goal, never a step (it had
 * added an email); one that names a record, a time, a number or anyone but us is left for the grammars.
 */
const GOAL_TAIL =
  /(?:,|\s[-–—]|\sso|(?<=[.!?]))\s(?:(?:we|i|the\steam|our\steam)(?:'d|\s(?:would|will|really|just))?\s(?:want|need|like|wish|are\strying|try|aim|hope|have)\sto\s)?([a-z]+(?:\s(?:back|up|out))?(?:\s(?:to\s)?(?:them|people|everyone|enquiries|leads|clients|customers))?\s(?:a\slot\s|much\s|way\s)?(?:faster|quicker|sooner|better|more\s(?:quickly|often|consistently|reliably)))\s?[.!]?(?=\s*$|[.!?]\s)/gi;

/**
 * "email the client: thanks for booking, we'll see you soon", "email them - ⟦0⟧", "message the tenant with: please
 * pay by Friday": the words after a message and whom it goes to are what it says, as after "saying" (message-text.ts).
 * Never when they start a clause of their own (a verb, "if", "when", "every", a duration) or name where it goes.
 */
const MESSAGE_THEN_TEXT =
  /\b((?:e-?mail|message|write\sto|reply\sto|send)\s(?:them|him|her|the\s[a-z]+|our\s[a-z]+|each\sone|everyone|everybody|all\s(?:(?:the|our|my)\s)?[a-z]+|every\s[a-z]+)(?:\s(?:back|an?\se-?mail|a\smessage|a\snote))?)(?:\s?:|\s[-–—]|\swith\s?:)\s(?=\S)/gi;
/**
 * "comes in with 'Private Dining' in the title", "an inbound email has 'outage' or 'down' in the subject": a test of
 * that field (it was left over and the workflow ran on every record), put as "… and the title contains …".
 */
const QUOTED_IN = String.raw`(⟦\d+⟧(?:\s(?:or|and)\s⟦\d+⟧)*)\sin\s(?:the|its|their)\s(title|subject(?:\sline)?|name|body|text)\b`;
const ARRIVES_WITH = new RegExp(
  String.raw`\b((?:comes?\sin|arrives?|lands?|(?:is|gets?)\s(?:made|received|created|booked|scheduled|sent))\s)with\s${QUOTED_IN}`,
  'gi',
);
const HAS_IN = new RegExp(
  String.raw`\b(an?\s(?:new\s|inbound\s|incoming\s|client\s|customer\s)?(?:e-?mail|message|reply|booking|meeting|appointment)s?)\s(?:has|have|contains?|with)\s${QUOTED_IN}`,
  'gi',
);
/**
 * "books a shoot via my calendar link", "an application is submitted via our form": how the record always arrives,
 * never a source to test (it became "source = calendar link", a wrong workflow). A named service ("via Typeform",
 * "from LinkedIn") is left for the condition grammar.
 */
const HOW_IT_COMES =
  /\s(?:via|through|using|on|from)\s(?:my|our)\s(?:online\s|own\s)?(?:(?:calendar|booking|scheduling|calendly)\s(?:link|page|system|tool)|calendar|booking\s(?:form|page))\b|(?<=\b(?:submitted|filled\sin|filled\sout|completed|sent\sin)\s)(?:via|through|using|on)\s(?:my|our)\sform\b/gi;

/**
 * "Friday and Saturday at 6pm, before service, send …": a word about the time set off by commas right after it —
 * before or after something of the day that is no record or event — says why that time, never a second time.
 */
const TIME_ASIDE =
  /(?<=(?:\d|am|pm|noon|midday|midnight)),\s(?:just\s|right\s)?(?:before|after|ahead\sof)\s(?!(?:(?:the|our)\s)?(?:lead|invoice|booking|meeting|call|payment|form|email|message|reply|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midnight|\d)\w*\b)(?:the\s|our\s)?[a-z-]+(?:\s[a-z-]+)?,\s/gi;

/** "…: summary to me by email, for the client review meetings": what a report is for, said at its end. */
const REPORT_FOR =
  /(?<=\b(?:summary|summaries|report|reports|digest|recap|overview)\b[^.!?;]{0,60}),\s(?:for|ahead\sof|in\stime\sfor)\s(?:the|our|my|each|every)\s(?:[a-z-]+\s){0,3}(?:meetings?|calls?|reviews?|standups?|stand-ups?|huddles?|catch-ups?|syncs?|retros?)\s?[.!]?(?=$|[.!?]\s)/gi;

const testsOfFields = (text: string): string =>
  text
    .replace(TIME_ASIDE, ', ')
    .replace(REPORT_FOR, '')
    .replace(HOW_IT_COMES, '')
    .replace(ARRIVES_WITH, '$1and the $3 contains $2')
    .replace(HAS_IN, '$1 comes in and the $3 contains $2');

const EVENT_SAID =
  /\b(?:signs?\sup|signed\sup|books|booked|cancels|cancelled|pays|paid|comes?\sin|arrives?|fills?\sin|submits|(?:is|are|gets?)\s(?:created|submitted|made|overdue|added|updated|sent|received)|new\s(?:lead|booking|invoice|client|customer|enquiry|signup|sign-up|submission))\b/i;
const RESTRICTION_SAID =
  /^(?:(?:but\s)?(?:just|only|except|not|unless|if)\b|(?:the\sones|those|anyone|everyone|people|leads|clients|customers)\s(?:over|under|above|below|from|who|with|tagged|in|that|aged)\b)|\b(?:over|under|above|below|more\sthan|less\sthan|at\sleast|at\smost)\s[$€£]?\d/i;
const saidAfter = (text: string): string =>
  text.replace(MESSAGE_THEN_TEXT, (m, message: string, at: number) => {
    // "please reply by Friday" asks the one who reads the message: its text, whatever its verb
    const after = text.slice(at + m.length);
    if (/^(?:#|[\w.+-]+@)/.test(after) || (STARTER.test(after) && !/^(?:⟦|please\s)/i.test(after))) return m;
    // "Email the team: a new lead signs up": the event after the action (trigger-anywhere.ts), not the text
    if (EVENT_SAID.test(/^[^.!?;]*/.exec(after)?.[0] ?? '')) return m;
    // "email them - just the ones over 18": who it is for, a restriction, never the text (it was sent as the body)
    if (RESTRICTION_SAID.test(/^[^.!?;]*/.exec(after)?.[0] ?? '')) return m;
    return `${message} saying `;
  });

/** "notify notify the team", "within a a day": a word said twice ("had had", "that that" are English). */
const REPEATED = /\b([a-z]+)(?:\s+\1\b)+/gi;

/** "WHEN A LEAD COMES IN, TELL VICTOR": shouted, read as if typed with no capitals (names are then found by word). */
const unshouted = (s: string): string => {
  const upper = s.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = s.match(/\p{Ll}/gu)?.length ?? 0;
  return upper >= 12 && upper > 4 * lower ? s.toLowerCase() : s;
};

/** "Re: new leads. When …": an email's subject line before the request, when it names nothing of it. */
const SUBJECT_LINE = /^(?:re|fwd?|subject|subj)\s?:\s([^.!?]{1,60})[.!?]\s(?=\S)/i;

export const inPlainWords = (s: string): string => {
  let out = testsOfFields(saidAfter(durationsInDigits(numberSequencesInDigits(unshouted(s)))))
    // "Task: [Ops] an invoice is paid -> …": a tag after a label or a greeting is a tag as well
    .replace(/(?<=[:!,-]\s|please\s)(?:\[[^\]\n]{1,40}\]|【[^】\n]{1,40}】)\s*/gi, '');
  for (const [re, to] of SHORTHAND) out = out.replace(re, to);
  out = out.replace(SUBJECT_LINE, (m, subject: string) => (CONTENT.test(subject) ? m : ''));
  return out
    .replace(REVERT, (_m, end: string | undefined) => REPLY_FORMS[(end ?? '').toLowerCase()] ?? 'reply')
    .replace(INTIMATE, (_m, end: string | undefined) =>
      end ? (end === 'd' ? 'informed' : 'informs') : 'inform',
    )
    .replace(NEEDFUL, '')
    .replace(HALF_HOUR, (_m, h: string) => `${HOUR_WORDS.indexOf(h.toLowerCase()) + 1 || Number(h)}:30`)
    .replace(REPEATED, (m, w: string) => (/^(?:had|that|is|no|bye|very|ha)$/i.test(w) ? m : w))
    .replace(SET_IT_UP, '')
    .replace(GOAL_TAIL, (m, goal: string) => (/\d/.test(goal) ? m : ''))
    .replace(REASON_TAIL, (m, why: string) => (kept(why) ? m : ''))
    .replace(REASON_HEAD, (m, before: string, why: string) => (kept(why) ? m : before))
    .replace(DASH_TAIL, (m, why: string) => (kept(why) ? m : ''))
    .replace(LAST_SENTENCE, (m, why: string) =>
      CONTENT.test(why) ||
      // "We don't work weekends.": a time, a negation or any other rule word may restrict the rule
      RULE_WORDS.test(why.toLowerCase()) ||
      NEGATION.test(why) ||
      narrows(why) ||
      NAME.test(` ${why}`) ||
      WE_DO.test(why.toLowerCase()) ||
      !aboutPeople(why)
        ? m
        : '',
    )
    .replace(/ {2,}/g, ' ')
    .replace(/ ([,.!?])/g, '$1')
    .trim();
};

/**
 * A reason that holds a condition, a time or an action ("… because if they are worth over 10k we call them", "…
 * so that the team gets notified"): the grammars would read it as part of the clause before it (an "if" that
 * governs the email, a purpose swallowed by the email), so it is refused, quoted, and the user says it as a step.
 */
const RISKY_REASON =
  /(?:^|,?\s)((?:so\sthat|so(?=\s(?:we|i|they|nobody|no\sone|everyone|our|the\steam)\b)|to\smake\ssure|to\sensure|in\sorder\sto|because)\s[^.!?;:]{2,140})/i;
export const SWALLOWED =
  /\b(?:if|when|whenever|unless|once|(?:every|each)\s(?:other|day|week|month|year|hour|minute|morning|evening|night|weekday|weekend|mon|tue|wed|thu|fri|sat|sun|time|new|lead|invoice|booking|form|email|message)|after|before|until|within|otherwise|else)\b|\d|\b(?:notified|informed|alerted|told|reminded|emailed|added|created|tagged|marked|updated|booked|scheduled|sent|posted|pinged|paid)\b/i;

export const swallowedReason = (text: string): string | undefined => {
  const m = RISKY_REASON.exec(text);
  return m?.[1] && SWALLOWED.test(m[1]) ? m[1].trim() : undefined;
};

export const swallowedReasonProblem = (phrase: string): string =>
  `"${phrase}": a reason that names a condition, a time or an action is not read; say it as a step of its own ("…, and notify the team")`;

/**
 * Amounts whose unit the catalogue cannot take: yen ("¥50,000", "5000 yen") have no cents, and an invoice total is
 * kept in cents. Refused, quoted. Rupees, lakh and crore are read (text.ts AMOUNT).
 */
const UNREAD_AMOUNT = /¥\s?\d(?:[\d,.]*\d)?(?:\s?k\b)?|\b\d(?:[\d,.]*\d)?\s?(?:yen|jpy)\b/i;

export const unreadAmount = (text: string): string | undefined => UNREAD_AMOUNT.exec(text)?.[0];

export const unreadAmountProblem = (phrase: string): string =>
  `"${phrase}": I can read amounts in dollars, euros, pounds and rupees, written in digits ("50,000", "$2k", "€1.5M", "2 lakh"); say the amount that way`;

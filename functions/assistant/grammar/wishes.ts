import { BARE_TEAM } from './roles';

/**
 * The rule asked for as a wish or a question, put in the words the other readers take:
 *   a frame around it   "I'd love it if …", "It would be great if …", "Would it be possible to …", "Any chance …", "Could we …",
 *                       "Can you help us …", "Ideally, …"              → what follows
 *   we, acting          "… we could send them a welcome email"          → "send them a welcome email"
 *   a wish's tense      "new leads got a welcome email", "the team would get a Slack message"
 *                                                                        → "send new leads …"
 *                       "the team could be notified", "they were sent …" → "the team should be notified" (voice.ts)
 *   wanted for someone  "I want new leads to get a welcome email"        → "send new leads a welcome email"
 *   a question          "Could the team be notified when …?"            → "the team should be notified when …"
 *                       "How can I get an email when …?"                → "email me when …"
 * Only inside a frame or a question are a past tense and "could" read as the wish: elsewhere they stay as written.
 */

/** Where a sentence or a clause starts. */
const START = String.raw`(^|[.!?;:]\s+|,\s+)`;

/** Who a wish is for: a noun phrase with its determiner, a pronoun, a channel or a name (never the one asking). */
const NP = String.raw`(?!(?:we|i|you|it|this|that|there|these|those|(?:every|each|any)\s?time)\b)((?:the|our|my|all|every|each|any|new|a|an|their)\s(?:[a-z-]+\s){0,2}?[a-z-]+|they|he|she|#[\w-]+|[A-Z][a-z]+)`;

/** Who is asked to act: "for the system to …", "have the tool email …". */
const AGENT = String.raw`(?:you|us|me|it|dynaris|(?:the|this)\s(?:system|tool|app|platform|software|workflow|automation|bot|assistant|crm|thing))`;

/** Questions and requests that ask for the rule after them (session 34, class 2 of sets 31/32). */
const ASKING = [
  String.raw`(?:(?:i|we)\s(?:was|were|am|are)\s|i'm\s|we're\s)?(?:just\s)?wondering\s(?:if|whether)(?:\s(?:it(?:'s|\sis|\swould\sbe|'d\sbe)\spossible|there(?:'s|\sis)\sa\sway)(?:\sfor\s${AGENT})?\sto)?`,
  String.raw`(?:(?:i'm|i\sam|we're|we\sare)\s)?(?:looking\sfor|searching\sfor|trying\sto\sfind|(?:(?:i|we)\s)?need)\s(?:a|an|some)\s(?:easy\s|simple\s|quick\s|good\s)?way\s(?:for\s${AGENT}\s)?to`,
  String.raw`(?:(?:i'm|i\sam|we're|we\sare)\s)?trying\sto\s(?:figure|work|find)\sout\show\s(?:to|(?:i|we)\s(?:can|could))`,
  String.raw`(?:(?:i'm|i\sam|we're|we\sare)\s)?looking\sfor(?=\s(?:something|an\sautomation|a\sworkflow|a\szap|a\sflow|a\srule)\s(?:that|which)\s)`,
  String.raw`is\sthere\s(?:a|any|some)\s(?:easy\s|simple\s)?way(?:\sfor\s${AGENT}\sto|(?=\s(?:we|you)\s(?:could|can|might)\s))`,
  String.raw`(?:would|is)\sit\s(?:be\s)?possible\sfor\s${AGENT}\sto`,
  String.raw`do\syou\sth[ai]nk(?:\sthat)?(?=\s(?:we|you|i)\s(?:could|can|might)\s)`,
  String.raw`any\sway\s(?:to|for\s${AGENT}\sto)`,
  String.raw`(?:(?:i'm|i\sam|we're|we\sare|i\swas|we\swere)\s)?hoping(?:\sto(?:\sget\s${AGENT}\sto)?|(?=\s(?:we|you)\s(?:can|could)\s))`,
  String.raw`how\s(?:do|can|could|would|should)\s(?:i|we)\sget\s${AGENT}\sto`,
  String.raw`(?:is|would)\sit\s(?:be\s)?(?:doable|feasible)(?:\sfor\s${AGENT})?\sto`,
  String.raw`(?:could|can|may)\s(?:i|we)(?=\s(?:get|receive)\s)`,
  String.raw`what\s(?:i|we)(?:'d|\swould)\s(?:really\s)?(?:love|like|want)\sis(?:\sfor)?`,
  String.raw`(?:the\s)?(?:dream|ideal|goal|idea|ask|hope|wish)\s(?:would\sbe|is)(?:\sthat|\s?:)?`,
  String.raw`(?:(?:can|could|would)\syou\s(?:please\s)?)?(?:make|set\sup|build|create)\s(?:something|a\sworkflow|an\sautomation|a\srule|a\szap|a\sflow)\s(?:so|such)(?:\sthat)?`,
  String.raw`(?:it(?:'d|\swould|'s|\sis)\s|would\s)?be\s(?:really\s|very\s|so\s)?(?:great|nice|awesome|ideal|good|helpful|handy|useful)\sto(?=\s(?:have|get|see)\s)`,
].join('|');

const FRAME = new RegExp(
  `${START}(?:ideally,?\\s)?(?:${ASKING}|(?:(?:i|we)(?:'d|\\swould)\\s|would\\s)?(?:really\\s|so\\s)?(?:love|like|prefer|appreciate)\\sit\\sif|(?:it(?:'d|\\swould)\\s|would\\s)be\\s(?:really\\s|very\\s|so\\s)?(?:great|nice|awesome|ideal|good|helpful|amazing|cool|perfect|brilliant|fantastic|lovely|handy|useful)\\sif|(?:is\\sthere\\s)?any\\schance|would\\sit\\sbe\\spossible(?:\\sfor\\syou)?\\sto|is\\sit\\spossible(?:\\sfor\\syou)?\\sto|(?:would|could)\\syou\\sbe\\sable\\sto|(?:can|could)\\syou\\shelp\\s(?:us|me)(?:\\sto)?|(?:(?:can|could|would)\\syou\\s(?:please\\s)?)?(?:make|set)\\sit\\s(?:up\\s)?so(?:\\sthat)?|(?:can|could|shall|should)\\swe(?:\\splease|\\salso)?|ideally)(?:,)?\\s+([^.!?]{1,300})`,
  'gi',
);

/** The trigger said first, with its comma: "when a lead comes in, " (or nothing). */
const TRIGGER_FIRST = String.raw`((?:(?:when|whenever|if|once|as soon as|every|each)[^,]{0,120},\s+)?)`;

/** "we could send …", "we can notify …": the workflow acting, said as "we". */
const WE_COULD =
  /^((?:when|whenever|if|once|as soon as|every|each)[^,]{0,120},\s+)?(?:we|you)\s(?:could|can|would|will|might|should)\s(?:also\s|automatically\s|just\s)?(?=(?:send|email|notify|tell|add|create|mark|tag|post|remind|schedule|book|thank|ping|alert|log|forward|update|move|invoice|ask|let|give|assign|draft|summari[sz]e|share|cc|follow|chase|nudge|text|message|put|set)\b)/i;

/** "new leads got a welcome email", "the team would get a Slack message": what they should get. */
const WISHED_GET = new RegExp(
  `^${TRIGGER_FIRST}${NP}(?:\\s(?:got|get|gets|received|receive|receives)|(?:\\s(?:would|could|can|will)|'d)\\s(?:automatically\\s|also\\s)?(?:get|receive))\\s(?!(?:[a-z]+ed|sent|told)\\b)`,
  'i',
);

/** "the team could be notified", "they were sent a reminder": what should be done to them. */
const WISHED_DONE = new RegExp(
  `^${TRIGGER_FIRST}${NP}(?:(?:\\s(?:would|could|can|will)|'d)\\s(?:automatically\\s|also\\s)?(?:be|get)|\\s(?:was|were|got|get|gets|is|are))\\s(?=[a-z]+ed\\b|sent\\b|told\\b)`,
  'i',
);

/** "(could we) get a Slack ping in #sales …": a message for us, or for the channel named. */
const WE_GET = new RegExp(
  String.raw`^${TRIGGER_FIRST}(?:(?:we|i)\s(?:could|can|would|might)\s)?(?:get|receive)\s(?:an?\s)?(slack\s|email\s)?(?:message|notification|alert|ping|heads[- ]up|email)\b(?:\s(?:in|to|on)\s(#[\w-]+))?(?:\son\sslack\b)?`,
  'i',
);

const weGet = (_m: string, lead: string, via: string | undefined, channel: string | undefined): string =>
  channel
    ? `${lead}notify ${channel}`
    : /slack/i.test(via ?? '')
      ? `${lead}notify me on slack`
      : /mail/i.test(via ?? '')
        ? `${lead}email me`
        : `${lead}notify me`;

/** "(we could) have the system text Sam": the system is the workflow, acting. */
const HAVE_AGENT = new RegExp(
  String.raw`^(?:(?:we|you|i)\s(?:could|can|would|might)\s)?have\s${AGENT}\s(?=[a-z])`,
  'i',
);
/** "have new leads get a welcome email": send it to them. */
const HAVE_GET = new RegExp(
  String.raw`^(?:(?:we|you|i)\s(?:could|can|would|might)\s)?(?:have|make|let)\s${NP}\s(?:get|receive)\s`,
  'i',
);

/** "have new leads emailed a welcome note", "have a reminder sent": what should be done to them. */
const HAVE_DONE = new RegExp(
  String.raw`^(?:(?:we|you|i)\s(?:could|can|would|might)\s)?have\s${NP}\s(?=[a-z]+ed\b|sent\b|told\b)`,
  'i',
);
/** "(what I'd love is for) new leads to get a welcome email": send it to them. */
// (never "the ops manager to get asked whether …": a question put to them, gates-said.ts)
const NP_TO_GET = new RegExp(String.raw`^${NP}\sto\s(?:get|receive)\s(?!asked\s)`, 'i');

const wish = (body: string): string =>
  body
    .replace(/^(?:make|set)\sit\s(?:up\s)?so(?:\sthat)?\s/i, '')
    // "… have the system text Sam", "could we have new leads get …": who acts, or who gets it
    .replace(HAVE_AGENT, '')
    .replace(HAVE_GET, (_m, np: string) => `send ${np} `)
    .replace(HAVE_DONE, (_m, np: string) => `${np} should be `)
    // "… should be added to the CRM and emailed a welcome note": the second thing done to them, too
    .replace(/(\sshould\sbe\s[^,.;!?]{1,80}?\sand)\s(?=[a-z]+ed\b|sent\b|told\b)/i, '$1 be ')
    .replace(NP_TO_GET, (_m, np: string) => `send ${np} `)
    .replace(WE_GET, weGet)
    .replace(WE_COULD, '$1')
    .replace(WISHED_GET, (_m, lead: string, np: string) => `${lead}send ${np} `)
    .replace(WISHED_DONE, (_m, lead: string, np: string) => `${lead}${np} should be `);

/** "Could the team be notified …?", "Can Anna get a Slack message …?": a question asking for it. */
const ASKED = new RegExp(
  `${START}(?:could|can|would|will)\\s${NP}\\s(?:(?:automatically|also|please)\\s)?(be\\s(?=[a-z]+ed\\b|sent\\b|told\\b)|get\\s|receive\\s)`,
  'gi',
);

/**
 * "whenever a patient books online could reception get an email please", "if a session is cancelled can it go in
 * #desk-team": the question asked right after the trigger, with no comma, asks for the step as "could/can" does after
 * one (session 45).
 */
const AFTER_TRIGGER = String.raw`(?<=\b(?:[Ww]hen|[Ww]henever|[Ii]f|[Oo]nce|[Aa]fter)\s[^,.;:!?]{3,80}?)\s`;
const ASKED_AFTER = new RegExp(
  `${AFTER_TRIGGER}(?:could|can|would)\\s(?:(it|this|that)\\s(?:also\\s|please\\s)?(?:go|be\\sposted|get\\sposted)\\s(?=(?:in|into|to|on)\\s)|(${NP.replace('|they|he|she', `|${BARE_TEAM.source.slice(1, -1)}`)})\\s(?:also\\s|please\\s)?(?:get|receive)\\s)`,
  'g',
);

/** "I want new leads to get a welcome email": what someone is wished to get. */
const WANTED_FOR = new RegExp(
  `\\b(?:i|we)(?:'d|\\swould)?\\s(?:really\\s)?(?:want|like|love|need|prefer)\\s${NP}\\sto\\s(?:get|receive)\\s(?!asked\\s)`,
  'gi',
);

/** "How can I get an email when …": a message for the one asking. */
const HOW_GET =
  /(^|[.!?;]\s+)how\s(?:can|do|could|would|should)\s(?:i|we)\s(?:get|receive)\s(?:an?\s)?(slack\s|email\s)?(email|e-mail|message|alert|notification|ping|heads[- ]up)\b/gi;

/** "Can you have it email her …?", "have the system post to #billing": the workflow acting, asked of us. */
const HAVE_IT =
  /(^|[.!?;,]\s+|\b(?:and|then|also)\s)(?:(?:can|could|would|will)\syou\s(?:please\s|also\s)?|please\s)?have\s(?:it|the\s(?:system|tool|app|workflow|automation))\s(?:also\s)?(?=(?:email|e-mail|send|post|notify|text|message|ping|add|create|tag|mark|log|remind|slack)\b)/gi;

/**
 * "For intake forms we need to: 1. … 2. …", "For overdue invoices can we do this: …": a heading naming what the steps
 * are for, and the wish after it.
 */
const HEADED =
  /(^|[.!?;]\s+)((?:for|with)\s(?:all\s|any\s|every\s|each\s|our\s|the\s|new\s)*[a-z][\w'-]*(?:\s[a-z][\w'-]*){0,4}?),?\s(?:(?:i|we)(?:'d|\swould)?\s(?:really\s)?(?:need|want|like|have|must|should|gotta)(?:\sto)?(?:\sdo\sthe\sfollowing|\sdo\sthis)?|(?:we|i)'ll\sneed\sto|(?:the\s)?(?:steps|process|flow)\s(?:are|is|should\sbe)|(?:can|could|would)\s(?:we|you)(?:\splease)?(?:\sdo\sthe\sfollowing|\sdo\sthis|\sset\s(?:this|it)\sup)?|please(?:\sdo\sthe\sfollowing|\sdo\sthis))\s?([:,.-]|→)\s*/gi;

/** "Please set up for overdue invoices: …": the wish said before the heading. */
const SET_UP_FOR =
  /(^|[.!?;]\s+)(?:(?:please|kindly)\s)?(?:(?:can|could|would)\syou\s(?:please\s)?)?set\s(?:this\s|it\s)?up\s((?:for|with)\s(?:all\s|any\s|every\s|each\s|our\s|the\s|new\s)*[a-z][\w'-]*(?:\s[a-z][\w'-]*){0,4}?)\s?:\s*/gi;

/** The heading kept, the wish after it out: "For overdue invoices can we → send …" is "For overdue invoices: send …". */
export const headed = (text: string): string =>
  text
    .replace(
      HEADED,
      (_m, start: string, head: string, mark: string) => `${start}${head}${mark === ',' ? ',' : ':'} `,
    )
    .replace(SET_UP_FOR, (_m, start: string, head: string) => `${start}${head}: `);

export const wishesAsRequests = (text: string): string =>
  headed(text)
    .replace(FRAME, (_m, start: string, body: string) => `${start}${wish(body)}`)
    .replace(ASKED, (_m, start: string, np: string, how: string) =>
      /^be/i.test(how) ? `${start}${np} should be ` : `${start}send ${np} `,
    )
    .replace(ASKED_AFTER, (_m, it?: string, np?: string) => (it ? ' post it ' : ` send ${np} `))
    .replace(WANTED_FOR, (_m, np: string) => `send ${np} `)
    .replace(HAVE_IT, '$1')
    .replace(HOW_GET, (_m, start: string, via: string | undefined, what: string) =>
      /slack/i.test(via ?? '')
        ? `${start}notify me on slack`
        : /mail/i.test(via ?? what)
          ? `${start}email me`
          : `${start}notify me`,
    );

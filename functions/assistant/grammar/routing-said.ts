/**
 * Session 41 (issue 16): who a record goes to, said around the test that chooses them. Run on the cased request
 * before the currencies and places of meanings.ts.
 */

/** "when an invoice is paid in CAD tell Chloe": the event's currency ends before the action's verb. */
const PAID_IN =
  /\b((?:paid|raised|issued|created|sent|overdue)\sin\s(?:usd|eur|gbp|inr|cad|aud|nzd|sgd|zar|hkd|chf|aed))\s(?=(?:tell|notify|let|send|email|alert|ping|message|forward|mark|tag|post)\s)/gi;

/** "tell Chloe, she handles the canadian account": why that colleague (a reason, not a step), after the name. */
const SHE_HANDLES =
  /(\b[A-Z][\p{L}'-]{0,30}(?:\s\([^()]{1,30}\))?),\s(?:she|he|they)\s(?:handles|handle|looks\safter|look\safter|deals\swith|deal\swith|manages|manage|covers|cover|owns|own|runs|run)(?:\s(?!(?:and|or|then|if|it|them|him|her|when|but|so|otherwise)\b)[\p{L}'-]+){1,4}(?=\s?[,.;!?]|\s?$)/gu;

/** "send to Ravi who is handling all other profiles": what that colleague does, after the name (not a step). */
const WHO_HANDLES =
  /(\b[A-Z][\p{L}'-]{1,30})\s(?:\([^()]{1,30}\)\s)?who\s(?:is\s(?:handling|looking\safter|dealing\swith|managing|covering|running)|handles|looks\safter|deals\swith|manages|covers|runs)(?:\s(?!(?:and|or|then|if|it|them|him|her|when|but|so|otherwise)\b)[\p{L}'-]+){1,4}(?=\s?[,.;!?]|\s?$)/gu;

/**
 * "leads tagged commercial go to Tom, everything else to Rachel", "invoices - more than 30 days late goes to Mark,
 * otherwise …": records routed to a colleague by a test, with another branch after: the test, and Tom told.
 */
const GOES_TO =
  /(?<=(?:\b(?:leads?|invoices?|bookings?|enquir(?:y|ies)|inquir(?:y|ies)|payments?|orders?|submissions?|ones)|\s-|:)\s)((?:tagged|from|more\sthan|over|above|under|less\sthan|worth|of(?=\s[$€£\d]))\s(?:[^,;.]|[,.](?=\d)){1,40}?)\s(?:go|goes|should\sgo|get\ssent|gets\ssent)(?:\sstraight|\sdirectly)?\sto\s([A-Z][\p{L}'-]+(?:\s[\p{L}'-]+)?\s?[,;.]\s?)(?=(?:otherwise|else|everything\selse|everyone\selse|anything\selse|the\srest|(?:all\s(?:the\s)?)?others)\b)(?:(?:every(?:one|body)\selse|the\srest)\s(?:gets?|receives?)\s(?=(?:the|a|an|our)\s))?/gu;
const routed = (all: string, test: string, name: string): string =>
  `if ${test} tell ${name}${/(?:gets?|receives?)\s$/.test(all) ? 'otherwise send them ' : ''}`;
/**
 * "new leads from TikTok get the new-client offer email, everyone else gets the normal welcome email": records sent a
 * message by a test, with another branch after (session 43): the test, and the message sent.
 */
const GETS =
  /(?<=(?:\b(?:leads?|clients?|customers?|enquir(?:y|ies)|inquir(?:y|ies)|bookings?|students?|guests?|patients?)|\s-|:)\s)((?:tagged|from|more\sthan|over|above|under|less\sthan|worth)\s(?:[^,;.]|[,.](?=\d)){1,40}?)\s(?:get|gets|receive|receives|should\sget)\s(?=(?:the|a|an|our)\s(?:[\w'-]+\s){0,4}?(?:e-?mails?|messages?|texts?|offers?|coupons?|welcome)\b[^,;.]{0,40}[,;.]\s?(?:otherwise|else|every(?:one|body|thing)\selse|any(?:one|body|thing)\selse|the\srest|(?:all\s(?:the\s)?)?others)\b)/giu;
/**
 * "invoice overdue by more than 30 days goes to Rob, otherwise …": the records the trigger and its test name, handed
 * to a colleague, with another branch after (when GOES_TO did not read the test): Rob told.
 */
const GOES_TO_NAME =
  /\s(?:go|goes|should\sgo|get\ssent|gets\ssent)(?:\sstraight|\sdirectly)?\sto\s([A-Z][\p{L}'-]+)(?=\s?[,;.]\s?(?:otherwise|else|every(?:one|thing)\selse|any(?:one|thing)\selse|the\srest|(?:all\s(?:the\s)?)?others)\b)/gu;
/** "…, the rest to Rachel", "…; everything else goes to Rachel": the other branch, its verb left out. */
const REST_TO =
  /(?<=[,;.]\s?)(?:everything\selse|everyone\selse|anything\s(?:else|less|under|smaller|lower|cheaper|below)|the\srest|(?:all\s(?:the\s)?)?others)\s(?:(?:go|goes|should\sgo|get\ssent|gets\ssent)\s)?to\s(?=[A-Z])/g;

/**
 * "skip the walk-ins (source walk-in), everyone else gets the welcome email", "skip anyone tagged staff, the rest get
 * …": the records skipped by a field said, and the step for everyone else, under the opposite test. A skip with no
 * field said ("skip walk-ins") stays as written (refused).
 */
const SKIP_OTHERS =
  /(?<=(?:^|[,:;.]|\s[-–—])\s)skip\s(?:(?:the|any|all)\s)?(?:[\w-]+\s){0,2}?(?:\(?(?:source\s(?:is\s)?|from\s)([\w-]+)\)?|(?:already\s)?tagged\s([\w-]+))\s?,\s?(?:but\s)?(?:every(?:one|body)\selse|the\srest|(?:all\s)?(?:the\s)?others)(?::\s?|\s)((?:gets?|receives?)\s(?=(?:the|a|an|our)\s))?/gi;
const skipped = (_m: string, source?: string, tag?: string, gets?: string): string =>
  `${source ? `if the source isn't ${source}` : `if they're not tagged ${tag}`}, ${gets ? 'send them ' : ''}`;
/** "only send the welcome email if …": the step, then its test ("send the welcome email only if …"). */
const ONLY_STEP_IF =
  /(?<=(?:^|[,:;.]|\s[-–—])\s)only\s((?:send|email|tell|notify|text|message|add|tag|mark|book|schedule|post|ping|alert|forward)\s[^,;.:!?]{1,60}?)\s(?=(?:if|when|unless)\s)/gi;

/** "if they're tagged x send to Ellie": the record passed on to someone named, its "it" left out. */
const SEND_TO_NAME = /\b(?:send|pass|hand)\s(?:(?:over|on)\s)?to\s(?=[A-Z][\p{L}'-]*\b(?![\w.]*@))/gu;

/**
 * "give it to Hemi", "route it to Mere", "pass the job on to Fitz", "send it to Mark": a record handed to a colleague
 * named with their capital is that colleague told (issue 16, session 45), also where the name is a verb ("Mark",
 * "Bill"). Only after a test or before an other branch: "send it to Priya" on its own (a message passed on) stays.
 */
const HANDED_TO =
  /\b(?:send|give|pass|hand|route|assign)\s(?:(?:it|this|them|the\s(?:lead|enquiry|inquiry|job|booking|request|ticket))\s)?(?:(?:over|on)\s)?to\s([A-Z][\p{L}'-]{0,40})(?![\w.]{0,64}@)(?=\s?[,;.]|\s?$|\s(?:otherwise|else)\b)/gu;
/** "…, otherwise to Emma", "…, else Aroha": the other colleague told, the verb and the "to" left out. */
const ELSE_NAMED =
  /(\btell\s[A-Z][\p{L}'-]+\s?[,;.]?\s(?:and\s)?(?:otherwise|else)(?:,\s?|\s))(?:(?:just|only)\s)?(?:to\s)?(?=[A-Z][\p{L}'-]+(?:\s?[.,;!?(]|\s?$|\s(?:on|in|via)\s))/gu;
/** A handing-over said in a branch (an "if" before it in the sentence, or an other branch after it). */
const IN_A_BRANCH = /\b(?:if|unless)\s[^.;!?]*$/i;

const handedOver = (text: string): string =>
  text
    .replace(HANDED_TO, (all, name: string, at: number, whole: string) => {
      const before = whole.slice(0, at);
      const after = whole.slice(at + all.length);
      return IN_A_BRANCH.test(before) || /^\s?[,;.]?\s?(?:and\s)?(?:otherwise|else)\b/.test(after)
        ? `tell ${name}`
        : all;
    })
    .replace(ELSE_NAMED, '$1tell ');

export const routingSaid = (text: string): string =>
  handedOver(text)
    .replace(SEND_TO_NAME, 'forward it to ')
    .replace(PAID_IN, '$1, ')
    .replace(GOES_TO, routed)
    .replace(GOES_TO_NAME, ' - tell $1')
    .replace(GETS, 'if $1 send them ')
    .replace(REST_TO, 'otherwise to ')
    .replace(SHE_HANDLES, '$1')
    .replace(WHO_HANDLES, '$1')
    .replace(SKIP_OTHERS, skipped)
    .replace(ONLY_STEP_IF, '$1 only ');

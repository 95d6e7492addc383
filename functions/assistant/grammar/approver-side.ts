import { APPROVAL_NOUN, APPROVED, APPROVER, approverName, APPROVES as THEY_APPROVE } from './approval-parts';
import { otherwiseRejected, rejectedFirst } from './approvals-said';
import { OUR_THE } from './lexicon';

/**
 * Approvals said from the approver's side (session 35, issue 16's miss class 11), put in the words the readers take:
 *   "…, I approve, then it's sent"                       → "…, ask for my approval, then send it"
 *   "then it's sent", "then it goes out" (after a draft)  → "then send it"
 *   after an approval is asked for:
 *     "if I reject it", "if the manager declines", "if it's not approved", "if he doesn't approve"  → "if rejected"
 *     (the approval's other branch: items.ts reads it, assemble.ts puts what follows in its onReject)
 *     "if I approve it, …", "if he approves, …", "once approved, …"                              → "then …"
 * Someone else declining ("if they decline the quote") is no rejection of ours and is left as written.
 * Session 36, the approval as a step of its own:
 *   "→ I approve it →", ", I OK it, then …"               → "ask for my approval"
 *   "ask me before any reminder goes out"                  → "check with me before sending the reminder"
 *   "approve it before it's emailed / goes out to the customer" → "approve it, then email it to the customer"
 *   "… let me approve it, then send" (after a draft)       → "… then send it" (the draft is what is sent)
 */

/** An approval asked for before the branch ("ask me to approve it", "get my OK", "I need to approve it"). */
const ASKED =
  /\b(?:approv\w*|sign[\s-]?off|sign\soff\son|go-ahead|(?:my|to)\s(?:ok|okay)|run\s(?:it|them)\sby)\b/i;

/** Case-sensitive (a name is capitalised): "I" or "i", a role, "he"/"she", a first name. */
const ROLE = `${OUR_THE}\\s(?:manager|boss|owner|director|supervisor|partner|team\\slead)`;
const WHO_APPROVES = `(?:[Ii]|${ROLE}|he|she|[A-Z][a-z]+)`;
const I_OR_ROLE = `(?:[Ii]|${ROLE})`;
const IT = '(?:\\s(?:it|them|this|that|the\\srequest|the\\srefund))?';

/** A no said as the trade says it: "knocked back", "turned down", "refused", "vetoed". */
const REFUSED =
  "(?:rejected|declined|denied|refused|vetoed|knocked\\sback|turned\\sdown|not\\s(?:approved|OK'd|ok'd|okayed))";
const REJECTS = new RegExp(
  `\\b[Ii]f\\s(?:${WHO_APPROVES}\\s(?:rejects?|vetoe?s|(?:don't|doesn't|do\\snot|does\\snot|won't)\\sapprove|says?\\sno\\sto|(?:knocks?|turns?)\\s(?:it|them)\\s(?:back|down))${IT}|${WHO_APPROVES}\\ssays?\\sno|${I_OR_ROLE}\\s(?:declines?|says?\\sno|turns?\\s(?:it|them)\\sdown|den(?:y|ies))${IT}|(?:it's|it\\sis|it\\sgets|it\\sgot|it\\swas|they're|they\\sare|they\\sget)\\s${REFUSED}|${REFUSED}|(?:it's|it\\sis)\\sa\\sno|no(?=\\s?[,:]|\\s(?:email|send|text|notify|tell|let|cancel|mark|post|message|delete|archive|just|then)\\b))(?![\\w'-])`,
  'g',
);

const APPROVES = new RegExp(
  `\\b(?:[Ii]f\\s(?:${WHO_APPROVES}\\s(?:approves?|oks?|okays?|signs?\\soff(?:\\son)?)${IT}|${WHO_APPROVES}\\ssays?\\syes|(?:it's|it\\sis|it\\sgets|it\\sgot|they're|they\\sare|they\\sget)\\sapproved|approved|yes(?=\\s?[,:]|\\s(?:email|send|text|notify|tell|let|book|mark|post|message|add|then)\\b))|[Oo]nce\\s(?:approved|(?:[Ii]|he|she)\\s(?:approve|approves)${IT}))(?![\\w'-])\\s?[,:]?\\s?(?:then\\s)?`,
  'g',
);

const I_APPROVE_THEN_SENT =
  /\bi\s(?:approve|ok|okay|sign\soff)(?:\s(?:it|them))?,?\s(?:and\s)?then\s(?:it(?:'s|\sis|\sgets)\ssent(?:\sout)?|it\sgoes\sout|they(?:'re|\sare|\sget)\ssent(?:\sout)?|they\sgo\sout)\b/gi;

const THEN_SENT =
  /(?:\b(?:then|and)|→|->)\s(?:it(?:'s|\sis|\sgets)\s(?:sent|e-?mailed)(?:\sout)?|it\sgoes\sout|they(?:'re|\sare|\sget)\ssent(?:\sout)?|they\sgo\sout)(?:\s(?:straight\saway|right\saway|immediately|automatically))?\b/gi;

/** "→ I approve it →", ", I'll approve the list, then": the writer's approval as a step between two others. */
const I_APPROVE_STEP =
  /(?<=(?:→|->|,|;)\s?)\s?[Ii](?:'ll|\swill)?\s(?:approve|ok|okay|sign\soff\son|check|review)(?:\s(?:it|them|the\s(?:list|batch|drafts?|emails?|invoices?|reminders?|report|summary)))?(?=\s?(?:→|->|,\s?(?:and\s|then\s)|\sthen\s|\sand\sthen\s))/gi;

/** "ask me before any reminder goes out": what is sent once I have said yes. */
const ASK_BEFORE =
  /\b(?:ask|check\swith)\sme\s(?:first\s)?before\s(?:any|a|an|the|each|every)\s((?:[a-z][\w-]*\s){0,2}?(?:reminders?|e-?mails?|messages?|texts?|invoices?|quotes?|estimates?|replies|reply|follow-?ups?|follow\sups?))\s(?:goes\sout|go\sout|is\ssent|are\ssent|gets\ssent|get\ssent)\b/gi;

/** "approve it before it's emailed to the customer": approved, then sent there. */
const BEFORE_SENT_TO =
  /\b(approve|ok|okay|review|check|sign\soff\son)\s(it|them)\sbefore\s(?:(?:it's|it\sis|it\sgets|they're|they\sare|they\sget)\s(emailed|e-mailed|sent|mailed|texted)|(?:it|they)\s(goes|go))\s(?:out\s)?to\s((?:the|our|their|my)\s[a-z][\w-]*|them|him|her)\b/gi;
const SENT_VERB: Readonly<Record<string, string>> = {
  emailed: 'email',
  'e-mailed': 'email',
  sent: 'email',
  mailed: 'mail',
  texted: 'text',
};

/**
 * Session 38, approvals asked of someone else, said as the population says them (sets 23-25), put in the form
 * approvalsOf reads ("run it by WHO first"): "but ask the owner to approve first", "have Jen approve the batch first",
 * "check with the partner first", "get Dave's OK before it goes out". Case-sensitive: a name is capitalised.
 */
export const ROLES =
  '(?:manager|boss|owner|director|partner|supervisor|team\\slead|office\\smanager|attorney|lawyer|accountant|bookkeeper|treasurer|chair|coordinator|administrator|vicar|rector|trustee)';
/** A role ("the supervising attorney", "chair") or a name, its title dropped ("Fr Tom" → "Tom"): approval-parts.ts. */
const SOMEONE = APPROVER;
const nameOf = approverName;
const THEIR_OK = new RegExp(
  `\\b(?:(?:[Aa]sk|[Hh]ave|[Gg]et)\\s(${SOMEONE})\\s(?:to\\s)?(?:(?:approve|ok|OK|okay|sign\\soff\\son)(?:\\s(?:it|this|that|them|the\\s[a-z]+))?|(?:check|review|look\\sover)\\s(?:it|this|that|them))|[Cc]heck\\swith\\s(${SOMEONE})|[Gg]et\\s(${SOMEONE})'s\\s(?:ok|OK|okay|approval|sign-?off|go-ahead)|(?:it|this|that|they)\\s(?:needs?|requires?)\\s(?:(?:sign-?off|approval|(?:the|an)\\sOK)\\sfrom\\s(${SOMEONE})|(${SOMEONE})'s\\s${APPROVAL_NOUN})|[Aa]sk\\s(${SOMEONE})|(?:it|this|that|they)\\s(?:has|have|needs?|must)\\s(?:to\\s)?be\\s(?:approved|signed\\soff)(?:\\sby\\s(${SOMEONE}))?|(${SOMEONE})\\s(?:has\\sto|must|needs\\sto)\\s(?:approve|OK|okay|sign\\soff(?:\\son)?)(?:\\s(?:it|this|that|them))?)(?=\\s(?:first|beforehand|before)\\b)`,
  'g',
);
/** "… once the partner approves it", "… only after Dave signs off": the step before is done once they approve. */
export const ONCE_THEY_APPROVE = new RegExp(
  `\\s(?:only\\s)?(?:once|after|when|as\\ssoon\\sas|if)\\s(${APPROVER})\\s(?:has\\s)?(?:approve[sd]|${THEY_APPROVE}|${APPROVED}|gives\\sthe\\s(?:OK|ok|go-ahead))(?:\\son)?(?:\\s(?:it|this|that|them))?\\b`,
  'g',
);
/** "ping Ana for the nod", "message the GM for sign-off": their approval asked for. */
const ASKED_FOR = new RegExp(
  `\\b(?:ping|message|ask|check\\swith)\\s(${SOMEONE})\\sfor\\s(?:the\\s|a\\s|an\\s|their\\s|his\\s|her\\s)?${APPROVAL_NOUN}\\b`,
  'g',
);
/** ", Deirdre approves it, then …", "→ the manager OKs it →": their approval as a step between two others. */
const THEY_APPROVE_STEP = new RegExp(
  `(?<=(?:→|->|,|;)\\s?)\\s?(${SOMEONE})\\s(?:approves|OKs|oks|okays|signs\\soff(?:\\son)?|checks|reviews)(?:\\s(?:it|them))?(?=\\s?(?:→|->|,\\s?(?:and\\s|then\\s)|\\sthen\\s|\\sand\\sthen\\s|\\sand\\s(?:it|they)\\s(?:gets?|is|are|goes|go)\\s))`,
  'g',
);
/**
 * "ask me whether to book them in; if I say yes, …", "ask Fr Tom if we should offer the slot, and if he says yes …":
 * a question put to the approver, answered yes (then …) or no (its rejection).
 */
const ASK_WHETHER = new RegExp(
  `\\b([Aa])sk\\s(me|${SOMEONE})\\s(?:whether|if)\\s[^,;.!?]{3,80}?(?:[,;]\\s?|\\s)(?:and\\s)?(?=[Ii]f\\s(?:I|i|he|she|${SOMEONE})\\ssays?\\syes\\b)`,
  'g',
);
const SENT_ONCE_APPROVED =
  /\bask for my approval, then send it,? (?:and )?(?:once|when|after|if) (?:it's |it is |it has been )?approved,? (?:then )?(?=(?:send|forward|email) (?:it|them) (?:to|out)\b)/gi;
/** "draft an answer and send it to me to approve": approved, then sent where the draft goes. */
const SENT_TO_ME =
  /(?:, ?| )(?:and )?(?:then )?(?:send|forward) (?:it|them|the draft|that) to me (?:to (?:approve|check|review|ok|okay|look over|sign off on)(?: (?:it|them))?|for (?:approval|review|sign-?off|checking|a check|my (?:approval|ok|okay|review|sign-?off)))(?: first)?\b/gi;
/**
 * "Before any overdue reminder goes out, ask me first" opening the request: the overdue invoice starts it, and the
 * reminder goes out once approved. Only a reminder said overdue (or for an overdue invoice): nothing else is known.
 */
const BEFORE_REMINDER =
  /^ *before (?:any|an?|the|each|every) (?:(?:overdue|late|invoice|payment) ){0,2}reminders? (?:go(?:es)?|(?:is|are|gets) sent)(?: out)?(?: (?:for|on|about) (?:an?|the|any) (?:overdue|late) invoices?| to (?:a|the|any) (?:customer|client)s?)? ?, ?(?:ask me|check with me|(?:(?:have|let) me|i (?:want|need) to) (?:approve|check|ok|okay|see) (?:it|them)|get my (?:ok|okay|approval|sign-?off))(?: first)?(?= *(?:[.!;]|$))/i;
/** "draft a reminder but ask me before sending it": the reminder itself, sent once approved. */
const DRAFTED_REMINDER =
  /\b(?:draft|prepare|write) (?:a|the) ((?:payment |overdue )?reminder) (?:but|and) (?:ask me|check with me|let me (?:approve|check|see) it)(?: first)? before (?:sending it|it goes out|it's sent)\b/gi;
const beforeReminder = (text: string): string =>
  text
    .replace(DRAFTED_REMINDER, 'ask for my approval, then send the $1')
    .replace(BEFORE_REMINDER, (m) =>
      /\b(?:overdue|late)\b/i.test(m)
        ? 'When an invoice is overdue, ask for my approval, then send the reminder'
        : m,
    );

/**
 * "ask my manager to approve it, then email them. If she doesn't respond in 2 days, notify me": the approver's
 * silence is the approval's timeout (its other branch), never a wait for the lead's reply.
 */
const NO_ANSWER = new RegExp(
  `\\b[Ii]f\\s(?:he|she|${SOMEONE})\\s(?:does|has|did|wo)(?:n't|\\snot)\\s(?:respond(?:ed)?|answer(?:ed)?|repl(?:y|ied)|approved?|g[eo]t\\sback)(?:\\s(?:to\\s)?(?:it|this|that|me|us))?\\s(?:in|within)\\s(\\d+\\s(?:hours?|days?|weeks?))\\b`,
);
/** The approval asked, as readApproval reads it: its time to answer goes after it. */
const ASKING =
  /\b(?:ask|get)\s(?:[^,.;]{0,40}?\s)?(?:approv\w*|sign-?off|OK)(?:\s(?:it|this|that|them))?(?=[,.;]|\s(?:then|and|before)\b)/g;
const unanswered = (text: string): string => {
  const m = NO_ANSWER.exec(text);
  if (!m) return text;
  const head = text.slice(0, m.index);
  const asked = [...head.matchAll(ASKING)].at(-1);
  if (!asked) return text;
  const at = asked.index + asked[0].length;
  return `${head.slice(0, at)} within ${m[1]}${head.slice(at)}if rejected${text.slice(m.index + m[0].length)}`;
};

/**
 * Session 38 (sets 26-28), their approval said as a clause of its own:
 *   "New bookings need Raj's approval.", "any invoice over $20,000 that gets created needs Helen to approve it" (the
 *   opening words: what starts it, then the approval)   → "New bookings, ask Raj for approval"
 *   "Aroha has to approve each one", "Dave must approve it"                 → "ask Aroha for approval"
 *   "but nobody should email them X until Siobhan has approved it"          → ", then email them X once Siobhan has approved it"
 */
const NEEDS_THEIR_OK = new RegExp(
  `^\\s*(?!(?:[Ii]t|[Tt]his|[Tt]hat|[Tt]hey|[Ee]verything|[Aa]nything)\\s)([A-Za-z](?:[^.,;:!?]|(?<=\\d)[.,](?=\\d)){2,60}?)\\s(?:needs?|requires?)\\s(?:(${SOMEONE})'s\\s(?:approval|sign-?off|OK|ok|okay|go-ahead)|(${SOMEONE})\\sto\\s(?:approve|OK|ok|okay|sign\\soff\\son)(?:\\s(?:it|them|each\\sone))?)(?:\\sfirst)?(?=\\s*(?:[.!;]|$))`,
);
const HAS_TO_APPROVE = new RegExp(
  `(^|[.!?;,]\\s*|\\s(?:-|→|->)\\s)(?!(?:[Ii]t|[Tt]hey|[Ee]veryone|[Ss]omeone)\\s)(${SOMEONE})\\s(?:has\\sto|must|needs\\sto)\\s(?:approve|OK|okay|sign\\soff\\son)\\s(?:it|them|each\\sone|every\\sone)\\b(?=\\s?(?:[-,;:.]\\s?)?(?:then|and\\sthen|[Ii]f\\s(?:yes|no|approved|rejected|he|she|they|[A-Z][a-z]+)\\s?)\\b)`,
  'g',
);
const UNTIL_APPROVED = new RegExp(
  `(,?\\s(?:but\\s)?)(?:nobody|no\\sone|no-one|we\\s(?:shouldn't|should\\snot)|don't|do\\snot|never)\\s(?:should\\s)?((?:email|send|text|mail)\\s[^,.;!?]{2,80}?)\\suntil\\s(${SOMEONE})\\s(?:has\\s(?:approved|OK'd|signed\\soff\\son)|approves|OKs|signs\\soff\\son)(?:\\s(?:it|them|this))?\\b`,
  'g',
);
const theirClause = (text: string): string =>
  text
    .replace(
      NEEDS_THEIR_OK,
      (_m, what: string, a?: string, b?: string) => `${what}, ask ${nameOf(a ?? b ?? '')} for approval`,
    )
    .replace(HAS_TO_APPROVE, (_m, lead: string, who: string) => `${lead}ask ${nameOf(who)} for approval`)
    .replace(
      UNTIL_APPROVED,
      (_m, lead: string, step: string, who: string) =>
        `${/,|but/.test(lead) ? ', then' : ''} ${step} once ${nameOf(who)} has approved it`,
    );

/** A bare "send" ending a piece after a draft: send the draft. */
const BARE_SEND = /(?<=(?:→|->|,|;|\bthen|\band)\s?)\s?(?:then\s)?send(?=\s*(?:[.!]|$))/gi;
const WRITTEN = /\b(?:draft\w*|writes?|wrote|compose\w*)\b/i;

/** Replaces each match whose text before it asks for an approval. */
const afterAsked = (text: string, re: RegExp, by: string): string =>
  text.replace(re, (m: string, ...args: unknown[]) => {
    const at = args.at(-2) as number;
    return ASKED.test(text.slice(0, at)) ? by : m;
  });

/** "if not", "otherwise", "if they don't" after "if he approves, …": the approval's other branch. */
const OTHER =
  /\b(?:[Ii]f\snot|[Oo]therwise|[Ii]f\s(?:he|she|they|[Ii])\s(?:doesn't|don't|does\snot|do\snot))\b/;

/** "if he approves, X; if not, Y": X after the approval, Y its other branch. */
const approvedOrNot = (text: string): string => {
  APPROVES.lastIndex = 0;
  const m = APPROVES.exec(text);
  if (!m || !ASKED.test(text.slice(0, m.index))) return text;
  const rest = text.slice(m.index + m[0].length);
  // "if rejected, email them a decline, and if she approves, tell finance": the approved steps first (the rejected
  // branch runs to the end)
  const head = text.slice(0, m.index);
  const no = head.lastIndexOf('if rejected');
  if (no >= 0 && ASKED.test(head.slice(0, no))) {
    const end = /[.;!?](?:\s|$)/.exec(rest);
    const yes = end ? rest.slice(0, end.index) : rest;
    const rejected = head
      .slice(no + 11)
      .replace(/^,?\s?/, '')
      .replace(/[,;]?\s?(?:and\s)?$/, '');
    return `${head.slice(0, no)}then ${yes}. if rejected, ${rejected}${end ? rest.slice(end.index) : ''}`;
  }
  const other = OTHER.exec(rest);
  const after = other
    ? `${rest.slice(0, other.index)}if rejected${rest.slice(other.index + other[0].length)}`
    : rest;
  return `${text.slice(0, m.index)}then ${after}`;
};

/**
 * A draft written by the AI said with the AI as who writes it: "have AI draft a welcome", "AI writes a personal
 * reply", "I want the AI to draft a reply" → "draft a welcome" (readDraft: a draft, sent where the request says so).
 */
const AI_WRITES =
  /\b(?:(?:have|let|get|use|ask)\s(?:the\s|an\s)?(?:ai|gpt|chatgpt|claude|model|assistant)\s(?:to\s)?|(?:the\s)?(?:ai|gpt|chatgpt|claude)\s(?:to\s(?=(?:draft|write|compose|prepare)\s)|(?:will\s|should\s|can\s)?(?=(?:drafts?|writes?|composes?|prepares?)\s)))(draft|write|compose|prepare)s?\s(?=(?:an?|the|our|their|them|him|her|me|us|personal|personali[sz]ed|custom)\b)/gi;
/** "then it's sent" after a draft, "and it gets sent straight away": send it. */
const DRAFTED = /\b(?:approv\w*|sign[\s-]?off|go-ahead|my\s(?:ok|okay)|draft\w*|writes?|wrote)\b/i;

export const approverSide = (text: string): string => {
  const said = beforeReminder(theirClause(text))
    // "write a draft of the newsletter": draft it
    .replace(/\b(?:draft|write|prepare)\s(?:a|the)\sdraft\sof\b/gi, 'draft')
    // "let me look it over": the check verb before what is checked, as the readers take it
    .replace(/\b(look|read|go)\s(it|them|this)\sover\b/gi, '$1 over $2')
    .replace(
      THEIR_OK,
      (_m, ...who: (string | undefined)[]) =>
        `run it by ${nameOf(who.slice(0, 8).find((w) => typeof w === 'string') ?? 'me')}`,
    )
    .replace(ASKED_FOR, (_m, who: string) => `ask ${nameOf(who)} for approval`)
    .replace(THEY_APPROVE_STEP, (_m, who: string) => ` ask ${nameOf(who)} for approval`)
    .replace(ASK_WHETHER, (_m, a: string, who: string) =>
      who === 'me' ? `${a}sk for my approval, ` : `${a}sk ${nameOf(who)} for approval, `,
    )
    .replace(SENT_TO_ME, (m, at: number, all: string) =>
      WRITTEN.test(all.slice(0, at)) ? ', ask for my approval, then send it' : m,
    )
    // "…, once approved send it to everyone tagged regulars": sent there, not back to me
    .replace(SENT_ONCE_APPROVED, 'ask for my approval, then ')
    .replace(AI_WRITES, (m: string) =>
      /\sto\s/.test(m) && !/^(?:have|let|get|use|ask)\s/i.test(m)
        ? 'to draft '
        : /^[A-Z]/.test(m)
          ? 'Draft '
          : 'draft ',
    )
    .replace(I_APPROVE_THEN_SENT, 'ask for my approval, then send it')
    .replace(I_APPROVE_STEP, ' ask for my approval')
    .replace(ASK_BEFORE, (_m, what: string) => `check with me before sending the ${what}`)
    .replace(
      BEFORE_SENT_TO,
      (_m, verb: string, it: string, sent: string | undefined, _goes: string | undefined, to: string) =>
        `${verb} ${it}, then ${SENT_VERB[sent?.toLowerCase() ?? ''] ?? 'email'} ${it} to ${to}`,
    )
    .replace(BARE_SEND, (m, at: number, all: string) => {
      const before = all.slice(0, at);
      return WRITTEN.test(before) && ASKED.test(before) ? m.replace(/send$/i, 'send it') : m;
    })
    .replace(THEN_SENT, (m, at: number, all: string) =>
      DRAFTED.test(all.slice(0, at)) ? 'then send it' : m,
    );
  return otherwiseRejected(
    approvedOrNot(rejectedFirst(afterAsked(unanswered(said), REJECTS, 'if rejected'))),
  );
};

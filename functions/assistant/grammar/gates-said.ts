import { APPROVER, APPROVES, approverName } from './approval-parts';

/**
 * Approvals said as people say them (issue 16, session 43), put in the words the approval readers take. The MEANING
 * read: an approval sits before the step it gates, whichever step that is and wherever it is said.
 *   the writer's own gate, said after a draft: "but let me approve it before it goes out"  → ", ask for my approval,
 *     then send it" (what goes out is the draft);
 *   said after the step it gates: "send the newsletter, but I want to sign it off first", "…, but let me OK them
 *     before they go out"                                                                 → ", but only once I have
 *     approved it" (the reading of "…, but only once Jan has ok'd it");
 *   said before the step it gates: "ask me to approve before the reminders go out, then remind everyone …" → "ask me
 *     to approve, then remind everyone …" (the step named after "then" is the one that goes out);
 *   its outcomes said as labels: "Maeve approves: reply yes. she rejects: email them our standard no" → "ask Maeve for
 *     approval, then reply yes. if rejected, email them …".
 *   what is approved said as a gerund: "ask Helen to approve sending a final demand" → "ask Helen to approve it, then
 *     send a final demand" (never the approval alone, the step dropped).
 *   the question put to them in the passive: "I want the ops manager to get asked whether we charge the $50 fee - if
 *     they say yes, invoice the client for it" → "ask the ops manager whether …, invoice the client for the $50 fee".
 *   a batch approved once: "send reminders for all the unpaid invoices but only once Sarah approves the batch" → the
 *     list found, the approval, then each one.
 * An approval with no step to gate ("let me approve it first" with nothing before it) is left as written (refused).
 */

/** The writer asking for their own approval: "let me", "I want to", "I need to", "ask me to", "have me". */
const I_WANT =
  "(?:let\\sme|[Ii]\\s(?:want|need|have|'d\\slike|would\\slike)\\sto|[Ii]'ll|[Ii]\\swill|ask\\sme\\sto|get\\sme\\sto|have\\sme)";
/** The writer's verb and what it takes: "approve it", "OK them", "sign it off", "check this". */
const MY_VERB =
  '(?:approve|ok|OK|okay|check|review|see|sign\\soff\\son|sign)(?:\\s(?:it|them|this|that|each\\sone|the\\s(?:draft|email|list|batch)))?(?:\\soff)?';
/** Its passive send: "before it goes out", "before they're sent", "before it gets emailed". */
const GOES_OUT =
  "before\\s(?:it|they|this|that)(?:\\s(?:goes|go)\\sout|(?:\\s(?:is|are|gets|get)|'s|'re)\\s(?:sent|e-?mailed)(?:\\sout)?)";

// (never "… before it's emailed to the customer": approver-side.ts sends it there)
const MINE_BEFORE_OUT = new RegExp(
  `,?\\s(?:but\\s|and\\s)?${I_WANT}\\s${MY_VERB}\\s(?:first\\s)?${GOES_OUT}\\b(?!\\s(?:out\\s)?to\\s)`,
  'g',
);
const MINE_FIRST = new RegExp(`,?\\s(?:but\\s)?${I_WANT}\\s${MY_VERB}\\sfirst(?=\\s?(?:[.!;]|$))`, 'g');

/** "ask me to approve before the reminders go out, then remind …": the step said after "then" is what goes out. */
const BEFORE_NAMED_THEN =
  /\b((?:ask|get)\sme\sto\s(?:approve|ok|OK|okay|sign\soff)(?:\s(?:it|them))?|ask\sfor\smy\sapproval)\sbefore\s(?:the|any|our|each)\s(?:[a-z-]+\s)?(?:reminders?|e-?mails?|invoices?|newsletters?|messages?|texts?|chasers?|quotes?)\s(?:go|goes|are\ssent|get\ssent|is\ssent|gets\ssent)(?:\sout)?(?=,?\s(?:and\s)?then\s(?:send|email|remind|invoice|text|message|chase|bill)\b)/g;

/** "Maeve approves: …": the approved outcome said as a label, at the start of a sentence. */
const APPROVES_LABEL = new RegExp(
  `(^|[.!?;]\\s+|(?:→|->)\\s?)(${APPROVER})\\s${APPROVES}(?:\\sit)?:\\s`,
  'g',
);
/** "she rejects: …": the other outcome, after it. */
const REJECTS_LABEL = new RegExp(
  `([.!?;]\\s+|(?:→|->)\\s?)(?:(?:[Ss]he|[Hh]e|[Tt]hey|${APPROVER})\\s)?(?:[Rr]ejects|[Dd]eclines|says\\sno)(?:\\sit)?:\\s`,
  'g',
);

/** "ask Helen to approve sending a final demand": what is approved is the next step, said as a gerund. */
const APPROVE_DOING =
  /\b(approve|ok|OK|okay|sign\soff\son)\s(sending|emailing|texting|booking|issuing|raising|creating|posting|cancelling|canceling|refunding|invoicing)\s(?=\S)/g;
const DOING: Readonly<Record<string, string>> = {
  sending: 'send',
  emailing: 'email',
  texting: 'text',
  booking: 'book',
  issuing: 'issue',
  raising: 'raise',
  creating: 'create',
  posting: 'post',
  cancelling: 'cancel',
  canceling: 'cancel',
  refunding: 'refund',
  invoicing: 'invoice',
};

/** A step that goes out to someone, in the clause before "but I want to approve it first": what the approval gates. */
const SENDS =
  /(?<!\b(?:a|an|the|any|each|every|new|our|their|his|her|its|my|your)\s)\b(?:send|sends|email|e-mail|mail|remind|chase|invoice|bill|text|post|message|publish|notify|tell|book)\s(?:the|a|an|all|every|each|our|their|them|him|her|everyone|everybody|out|(?!(?:is|was|has|does|goes)\b)[a-z]+s\b)/i;
const lastClause = (before: string): string =>
  before.split(/[.,;:!?→]|->|=>|\s-\s|\s(?:and|then)\s/).at(-1) ?? '';

/** "I want the ops manager to get asked whether …": the question put to them, said in the passive. */
const GETS_ASKED = new RegExp(
  `(?:[Ii]\\s(?:want|need|'d\\slike|would\\slike)\\s)?(${APPROVER})\\s(?:to\\sget|to\\sbe|gets|is)\\sasked\\s(whether|if)\\s`,
  'g',
);
/** "whether we charge the $50 late cancellation fee - if they say yes, invoice the client for it": the fee asked about. */
const FEE_ASKED =
  /\b(?:whether|if)\s(?:we\s(?:should\s)?|to\s)(?:charge|bill|invoice)\s(?:them\s|the\s(?:client|customer)\s)?(the\s[$€£]\d[\d,.]*\s(?:[a-z-]+\s){0,3}(?:fee|charge|deposit|payment))\b/;
const FOR_IT = /\b((?:invoice|bill|charge)\s(?:the\s(?:client|customer)|them))\sfor\sit\b/g;

/**
 * "send reminders for all the unpaid invoices but only once Sarah approves the batch": the batch is the list found,
 * approved once, then each one sent ("find all the unpaid invoices, once Sarah approves, send a reminder for each one").
 */
const BATCH = new RegExp(
  `\\b(send|email|text)\\s((?:[a-z-]+\\s){0,2}?(?:reminder|chaser|email|message|text|invite|invitation|note)s)\\s(for|to)\\s(?:all|every)\\s(?:of\\s)?(?:the\\s|our\\s)?((?:[a-z-]+\\s){0,2}?(?:invoices|clients|customers|members|parents|students|leads|contacts|families|tenants|guests|patients))(?:,)?\\s(?:but\\s)?only\\s(?:once|after|when)\\s(${APPROVER})\\s(?:approves|OKs|oks|signs\\soff\\son|has\\sapproved|checks)\\s(?:the\\s(?:batch|list|lot)|them\\sall|all\\sof\\sthem)\\b`,
  'g',
);

/** "Priya OKs the reminder before it goes out": their approval, then the send of what they approve. */
const THEY_OK_BEFORE_OUT = new RegExp(
  `(${APPROVER})\\s(?:${APPROVES}|checks|reviews)\\s(the|each)\\s((?:[a-z-]+\\s)?(?:reminder|email|quote|newsletter|message|reply|invoice|text))\\s${GOES_OUT}\\b(?!\\s(?:out\\s)?to\\s)`,
  'g',
);

/** A draft said as one ("draft a reply", "AI writes a quote", "write a quote email"); "write them a reply" is left to first-person.ts. */
const DRAFTED =
  /\b(?:draft\w*|prepares?|composes?|(?:ai|gpt)\s(?:writes?|drafts?)|writes?\s(?:an?|the|our)\s)/i;
const WRITTEN = /\b(?:draft\w*|writes?|wrote|compose\w*|prepare\w*)\b/i;

export const gatesSaid = (text: string): string => {
  const labelled = text.replace(
    APPROVES_LABEL,
    (_m, lead: string, who: string) => `${lead}ask ${approverName(who)} for approval, then `,
  );
  const said = (
    labelled === text ? text : labelled.replace(REJECTS_LABEL, (_m, lead: string) => `${lead}if rejected, `)
  ).replace(GETS_ASKED, (_m, who: string, whether: string) => `ask ${approverName(who)} ${whether} `);
  const fee = FEE_ASKED.exec(said)?.[1];
  const batched = said.replace(
    BATCH,
    (_m, verb: string, what: string, to: string, records: string, who: string) =>
      `find all the ${records}, once ${approverName(who)} approves, ${verb} ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what.slice(0, -1)} ${to} each one`,
  );
  return (
    (fee ? batched.replace(FOR_IT, `$1 for ${fee}`) : batched)
      .replace(MINE_BEFORE_OUT, (m, at: number, all: string) =>
        DRAFTED.test(all.slice(0, at))
          ? ', ask for my approval, then send it'
          : SENDS.test(lastClause(all.slice(0, at))) && !WRITTEN.test(all.slice(0, at))
            ? ', but only once I have approved it'
            : m,
      )
      // "draft a confirmation email but let me OK it first": approved, sent only when the request says it goes out
      .replace(MINE_FIRST, (m, at: number, all: string) =>
        DRAFTED.test(lastClause(all.slice(0, at)))
          ? ', ask for my approval'
          : SENDS.test(lastClause(all.slice(0, at))) && !WRITTEN.test(all.slice(0, at))
            ? ', but only once I have approved it'
            : m,
      )
      .replace(BEFORE_NAMED_THEN, '$1')
      .replace(
        THEY_OK_BEFORE_OUT,
        (_m, who: string, the: string, what: string) =>
          `ask ${approverName(who)} for approval, then send ${the} ${what}`,
      )
      .replace(
        APPROVE_DOING,
        (_m, verb: string, doing: string) => `${verb} it, then ${DOING[doing] ?? doing} `,
      )
  );
};

/**
 * "Jo is our head of strings and she is very particular about tone so nothing goes out to a new family without her
 * ok": who the approver is and the gate said again, of someone the request asks to approve elsewhere ("Jo approves
 * it", "If Jo says no"). Framing, said back; never a sentence about anyone else (it may say whom "him" is).
 */
const ABOUT_THEM =
  /^([A-Z][a-z]+)\s(?:is|'s)\s(?:our|the|my)\s(?:[a-z][a-z'-]*\s){0,4}[a-z][a-z'-]*(?:,?\s(?:and\s)?(?:she|he|they)(?:\sis|'s|\sare|'re)\s(?:[a-z][a-z'-]*\s){0,5}[a-z][a-z'-]*)?(?:,?\s(?:so|and)\snothing\s(?:goes\sout|gets\ssent|is\ssent)(?:\sto\s(?:[a-z][a-z'-]*\s){0,3}[a-z][a-z'-]*)?\swithout\s(?:her|his|their)\s(?:ok|okay|OK|approval|sign-?off|say-?so|go-ahead))?[.!]?\s*$/;
const ASKED_OF = [
  ' approves',
  ' says yes',
  ' says no',
  ' has to approve',
  ' must approve',
  ' signs it off',
  ' OKs',
];

export const aboutTheApprover = (sentence: string, request: string): boolean => {
  const name = ABOUT_THEM.exec(sentence.trim())?.[1];
  if (!name) return false;
  const rest = request.replace(sentence.trim(), '');
  return ASKED_OF.some((v) => rest.includes(`${name}${v}`)) || rest.includes(`ask ${name} `);
};

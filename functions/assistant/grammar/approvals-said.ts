import {
  ADDRESS,
  APPROVAL_NOUN,
  APPROVE,
  APPROVED,
  APPROVES,
  approverOf,
  asked,
  LOWER_NAME,
  NAME,
  ROLE,
  SOMEONE,
  WHO,
} from './approval-parts';
import { consentSaid } from './consent-said';
import { VERB_START, verbOfGerund } from './split';

/**
 * Approvals in any words (session 40, issue 16's approvals class): one reader of an approver and an approval verb,
 * wherever they are in the request, put in the words the approval readers take (approver-side.ts, first-person.ts).
 *   approver   "me", "I (Pieter)", a name ("Karen"), a role ("the partner", "the branch manager", "manager" after an
 *              arrow), "compliance (Lerato)", an address ("ops@thegranary.ie": the approval's approvers)
 *   verb       "has to / must / needs to / wants to approve (OK, sign off on, check) it", "approves it", "ask / have /
 *              get X to approve", "check with X", "get X's OK", "needs approval (sign-off, the OK) from X", "needs
 *              X's approval"
 *   gates      the step it names ("before emailing the couple …", "before we send the welcome email", "before
 *              they get emailed to the client", "before any overdue reminder goes out" opening the request: the
 *              overdue invoice starts it), the step before it ("…, but Lukas approves it first", "… before it's
 *              issued"), or the step after it ("Peter needs to approve it and then it gets emailed to the client")
 *   outcomes   "approved = …, rejected = …", "approved: … rejected: …", "yes = … no = …" after the approval:
 *              its two branches (if approved → then; if rejected → its onReject)
 * Left as written: "approve" inside a message, "approved" as a state of a record ("when a quote is approved"), an
 * approval with nothing to gate ("Karen has to approve it." alone).
 * Session 42: who and the verb come from approval-parts.ts (any trade's approver, the verb in its three forms), and
 * the steps it gates are read in the order they run, whatever order the words are in: "once Jess approves, email
 * each one" (between a list and its items: approved once), "if the GM says yes, …" with none asked before, "ask Rob
 * whether to Y; if he approves, do it" ("do it" is Y), "-> Greg to approve ->", "send it to the GM for approval",
 * "tell X if he says no" and "rejected = <a message>" (its other branch), "give them 2 days" (its timeout).
 */

const VERB = `(?:${APPROVE}|check|review)`;
const THING = '(?:\\s(?:it|them|this|that|each\\sone|every\\sone))?';
const MODAL =
  "(?:has\\sto|have\\sto|must|needs\\sto|need\\sto|should|wants?\\sto|would\\slike\\sto|'d\\slike\\sto|will\\sneed\\sto|will|is\\sgoing\\sto|gets\\sto)";
const NOUN = `(?:approval|sign[\\s-]?off|the\\s(?:OK|ok|okay|go-ahead|nod|green\\slight))`;

/** Where a step of a list starts, and the approval said as a noun there. */
const LISTED = '(?<=(?:^|→|->|[-:,;])\\s?)';
const NOUN_SAID = `(?:[Aa]pproval|[Ss]ign[\\s-]?off|(?:the|an)\\s(?:OK|ok|okay|go-ahead))`;
const NEEDED = '(?:\\s(?:is\\s)?(?:needed|required))?';
const FOR_APPROVAL =
  '(?:(?:their|his|her)\\s)?(?:approval|sign[\\s-]?off|(?:the\\s|an\\s)?OK|a\\scheck|checking|review)';

/** An approval asked of someone, in any of its shapes; the approver is the first group that matched. */
const APPROVAL = [
  `(${WHO})\\s${MODAL}\\s(?:first\\s)?${VERB}${THING}`,
  `(${WHO})\\s${APPROVES}${THING}`,
  `(?:[Aa]sk|[Hh]ave|[Gg]et)\\s(${WHO}|${LOWER_NAME})\\s(?:to\\s)?${VERB}${THING}`,
  // run past them: "run the welcome pack past Dr Singh", "run the quote by the GM"
  `[Rr]un\\s(?:it|them|this|(?:the|their|our|each|every)\\s(?:[a-z-]+\\s){0,3}?[a-z-]+)\\s(?:past|by)\\s(${WHO})`,
  // wanted of them: "I want Aoife to OK it", "requests need the vet on duty to approve"
  `(?:[Ii](?:\\s|(?='d)))?(?:want|need|needs|require|requires|'d\\slike|would\\slike)\\s(${WHO})\\sto\\s${VERB}${THING}`,
  `[Cc]heck\\swith\\s(${WHO})`,
  `(?:[Gg]et|[Ww]ait\\sfor)\\s(${WHO})'s\\s${APPROVAL_NOUN}`,
  `(?:needs?|requires?|[Gg]et|[Aa]sk\\sfor)\\s${NOUN}\\s(?:from|by|of)\\s(${WHO})`,
  `(?:needs?|requires?)\\s(${WHO})'s\\s${APPROVAL_NOUN}`,
  // in a list of steps ("new lead → Greg to approve → …", "- approval from the owner needed before …")
  `${LISTED}(${WHO})\\sto\\s${VERB}${THING}`,
  `${LISTED}${NOUN_SAID}\\s(?:from|by)\\s(${WHO})${NEEDED}`,
  `${LISTED}(${WHO})(?:'s)?\\s${NOUN_SAID}\\s(?:is\\s)?(?:needed|required)`,
  // sent to them to approve: "send it to the GM for approval", "it goes to Paul for sign-off"
  `(?:[Ss]end|[Ff]orward|[Pp]ass)\\s(?:it|them|this|that|the\\s[a-z]+)\\sto\\s(${WHO})\\sfor\\s${FOR_APPROVAL}`,
  `(?:[Ii]t|[Tt]his|[Tt]hey)\\s(?:goes|go|gets\\ssent|is\\ssent|are\\ssent)\\sto\\s(${WHO})\\sfor\\s${FOR_APPROVAL}`,
  // asked, with the step it comes before: "ask Tom before the reminder gets sent", "ask Leo first"
  `[Aa]sk\\s(${SOMEONE})(?=\\s(?:first|before)\\b)`,
].join('|');
const GROUPS = 15;

const whoIn = (groups: readonly (string | undefined)[]): string | undefined => {
  const found = groups.slice(0, GROUPS).find((g) => g !== undefined);
  return found === undefined ? undefined : approverOf(found);
};

/** What the approval gates, named after "before": the step it becomes. */
const SEND_VERBS: Readonly<Record<string, string>> = {
  emailed: 'email',
  sent: 'email',
  mailed: 'email',
  texted: 'text',
  issued: 'send',
};
const gateOf = (gate: string): string | undefined => {
  // "before we send the welcome email", "before you book them"
  const ours = /^(?:we|you|I|anyone)\s(?:can\s)?([a-z]+)\b(.*)$/.exec(gate);
  if (
    ours?.[1] &&
    /^(?:send|email|book|create|raise|issue|invoice|text|post|mark|add|offer|confirm|charge|bill|refund|cancel|tag|reply|call)$/.test(
      ours[1],
    )
  )
    return `${ours[1]}${ours[2] ?? ''}`;
  // "before emailing the couple a confirmation"
  const gerund = /^([a-z]+ing)\b(.*)$/.exec(gate);
  const verb = gerund?.[1] ? verbOfGerund(gerund[1]) : undefined;
  if (verb) return `${verb}${gerund?.[2] ?? ''}`;
  // "before they get emailed to the client", "before it's sent to the family"
  const passive =
    /^(it|they|them)(?:'s|'re|\sis|\sare|\sgets?)\s(emailed|sent|mailed|texted)(?:\sout)?\s(to\s.+)$/.exec(
      gate,
    );
  if (passive?.[2] && passive[3])
    return `${SEND_VERBS[passive[2]] ?? 'email'} ${passive[1] === 'it' ? 'it' : 'them'} ${passive[3]}`;
  // "before it gets posted in #staff": posted there
  const posted = /^(?:it|they)(?:'s|'re|\sis|\sare|\sgets?)\sposted\s(?:in|to|on)\s(#[\w-]+)$/.exec(gate);
  if (posted?.[1]) return `post it in ${posted[1]}`;
  // "before the engagement letter email goes out to them", "… goes to the owner": that message, sent (to them)
  const out = new RegExp(
    `^((?:the|any|each|every|a|an)\\s(?:[a-z-]+\\s){0,3}?(?:email|letter|message|reply|quote|offer|newsletter|reminder|confirmation))\\s(?:goes|go|gets\\ssent|is\\ssent)(?:\\sout(?=\\s|$))?(?:\\s(to\\s(?:them|him|her|the\\s[a-z]+|${ADDRESS})))?$`,
  ).exec(gate);
  // "to the owner": one of ours or the record's person, which cannot be told (left as written)
  if (new RegExp(`^to\\sthe\\s${ROLE}$`).test(out?.[2] ?? '')) return undefined;
  if (out?.[1] && (out[2] || /\s(?:out|sent|goes)$/.test(gate)))
    return `send ${out[1]}${out[2] ? ` ${out[2]}` : ''}`;
  return undefined;
};

/** "within 2 days", "- give them 2 days": the time the approver has to answer (the approval's timeout). */
const WITHIN = '(\\swithin\\s\\d+\\s(?:hours?|days?|weeks?))?';
const GIVE_THEM =
  /\s?(?:[-–,;]\s?|\s)(?:(?:give|allow)\s(?:them|him|her)\s|within\s)(\d+|an?|one)\s(hours?|days?|weeks?)(?:\sto\s(?:decide|answer|respond|reply|approve|sign\soff|get\sback))?\b/g;
/** Whether the words just before end with an approval asked ("…, Greg has to sign it off"). */
export const approvalJustBefore = (head: string): boolean =>
  /\b(?:approv\w*|(?:sign|tick)\w*\s(?:(?:it|them)\s)?off|OKs?|okay|nod|go-ahead|sign-?off|says?\syes)(?:\s(?:it|them|this|that))?\s?[-–,;]?\s?$/.test(
    head.slice(-60),
  );
const withinSaid = (text: string): string =>
  text.replace(GIVE_THEM, (m, n: string, unit: string, at: number) =>
    approvalJustBefore(text.slice(0, at))
      ? ` within ${/^\d+$/.test(n) ? n : '1'} ${/^\d+$/.test(n) && n !== '1' ? unit : unit.replace(/s$/, '')}`
      : m,
  );

/** "…, Karen has to approve it before we send the welcome email": the approval, then the step. */
const BEFORE_STEP = new RegExp(
  `(${APPROVAL})(?:\\s(?:the|their|his|her|this)\\s(?:[a-z-]+\\s){0,2}?[a-z-]+)?${WITHIN}(?:\\sfirst)?,?\\sbefore\\s((?:[^.;!?]|\\.(?=\\w)){3,120}?)(?=\\s*(?:[.;!?](?!\\w)|$))`,
  'g',
);

/** "before any overdue (fee) reminder goes out (to a family), Karen has to approve it": the overdue invoice starts it. */
const OVERDUE_OPENING = new RegExp(
  `^\\s*[Bb]efore\\s(?:any|an?|the|each|every)\\s((?:[a-z]+\\s){0,3})reminders?\\s(?:go(?:es)?|(?:is|are|gets)\\ssent)(?:\\sout)?((?:\\s(?:to|for|on|about)\\s(?:an?|the|any|each|our)\\s(?:[a-z]+\\s)?[a-z]+)?)\\s?,?\\s(?:${APPROVAL})(?:\\sfirst)?(?=\\s*(?:[.!;]|$))`,
);

/** "…, but Lukas approves it first", "… but Margaret has to approve it": the approval of the step before. */
const FIRST = new RegExp(
  `(?<=\\s)(?<!\\b(?:it|this|that|they)\\s)(?:${APPROVAL})(?=\\s(?:first|beforehand)\\b|\\sbefore\\s(?:it|they)\\b)`,
  'g',
);

/** "Peter needs to approve it and then …", "→ manager approves offering a place →": a step of its own. */
const STEP = new RegExp(
  `(?<=(?:^|[.!?;,:]\\s?|\\s(?:→|->|-)\\s|\\s(?:but|and|so)\\s|(?<=[a-z]{2})\\s))(?<!\\b(?:after|once|when|until|unless|if|as\\ssoon\\sas)\\s)(?:${APPROVAL}|(?<=(?:→|->)\\s)(manager|owner|partner|boss|director|supervisor)\\s(?:approves|OKs|oks|signs\\soff(?:\\son)?))(\\s(?:[a-z]+ing\\s(?:(?:an?|the|their|them|her|him)\\s)?[a-z-]+|(?:an?|the)\\s[a-z-]+))?${WITHIN}(?=\\s?(?:→|->|[.;]\\s|[.;]?$|,?\\s(?:and\\s)?then\\b|,\\s(?=[a-z]+\\s)))`,
  'g',
);

const KNOWN = new RegExp(`^(?:(?:the|my|our)\\s(?:[a-z]+\\s)?${ROLE}|${NAME})$`);

/** What may follow an approval said as a step: a step (a verb of the catalogue), or its outcomes. */
const OUTCOME_NEXT =
  /^(?:(?:if\s)?(?:approved|rejected|declined|denied|yes|no)\b|if\s(?:it|they|he|she)\s|once\s)/i;
const gatesNext = (rest: string): boolean => {
  const next = rest.replace(/^\s*(?:[.;,:]|→|->|-)?\s*(?:(?:and\s)?then\s)?/i, '');
  return VERB_START.test(next) || OUTCOME_NEXT.test(next);
};

/** "then it gets emailed to the client": the step after the approval, said as its object's fate. */
const THEN_PASSIVE =
  /\b(then|and)\s(it|they)(?:'s|'re|\s(?:gets?|is|are|will\sbe))\s(emailed|sent|mailed|texted)(?:\sout)?\s(?=to\s)/g;

/** "then it goes to #board": posted in that channel, after an approval. */
const THEN_GOES =
  /\b(then|and)\s(it|they)\s(?:goes|go|gets\sposted|is\sposted|are\sposted)\s(?:out\s)?(?:to|in|on)\s(?=#[\w-]+)/g;

/** "approved = …", "rejected: …", "yes → …", "no = …": the approval's branches. */
const OUTCOME =
  /(^|[.;,]\s?|\s)(?:if\s)?(approved|rejected|declined|denied|yes|no)\s?(?:=|:|→|->)\s?(?=[a-z])/gi;

/**
 * "ask the manager if we should charge the fee. yes = …", "ask Rob whether to charge the fee and if he approves raise
 * the invoice", "ask the service manager if we should send them a come-back email; if yes send it": the question
 * asked, answered yes (then …) or no (its other branch, read after it). Group 2 is what is asked.
 */
const ASK_WHETHER = new RegExp(
  `\\b(?:[Aa]sk|[Cc]heck\\swith)\\s(me|${SOMEONE})\\s(?:whether|if)\\s([^,;.!?]{3,80}?)(?:\\s?[.,;]\\s?|\\s)(?:and\\s)?(?:then\\s)?(?:[Ii]f\\sso|(?:[Ii]f\\s)?(?:[Yy]es|approved)|[Ii]f\\s(?:(?:he|she|they|I|${SOMEONE})\\s(?:${APPROVES}|approve|OK|ok|okay|agrees?|says?\\s(?:yes|go(?:\\sahead)?))(?:\\s(?:it|this|that|them))?|they\\sdo|it's\\sa\\syes)|→|->)\\s?(?:=|:|→|->|,)?\\s?(?:then\\s)?(?=[a-z])`,
);
/** "if yes send it": what was asked, when the step says it again ("we should send them a come-back email"). */
const ASKED_AGAIN =
  /^(?:send|do|charge|book|raise|issue)\s(?:it|them|that|this)(?:\s(?:in|out|off))?(?=\s*(?:[.,;!?]|$|\s(?:then|and|if|otherwise)\b))/;
const askedStep = (question: string): string | undefined => {
  const step = question.replace(/^(?:we|I|you)\s(?:should|can|could|shall|ought\sto)\s|^(?:to|we)\s/, '');
  return VERB_START.test(step) ? step : undefined;
};

/** "ask Mo if we should X, and send it if he says yes": the yes said after its step, put before it. */
const YES_AFTER =
  /([,;]\s?|\s)(?:and\s)?((?:send|do|charge|book|raise|issue)\s(?:it|them|that|this)(?:\s(?:in|out|off))?)\sif\s(he|she|they|I|so)(?:\s(?:says?\syes|approves?|agrees?|OKs\sit|does|do))?(?=\s*(?:[.;!?]|$))/g;
const ASKED_IF = /\b(?:[Aa]sk|[Cc]heck\swith)\s[^,;.!?]{1,40}?\s(?:whether|if)\s/;
const askedWhether = (text: string): string => {
  let out = text.replace(YES_AFTER, (m, lead: string, step: string, who: string, at: number, all: string) =>
    ASKED_IF.test(all.slice(0, at)) ? `${lead}and if ${who === 'so' ? 'so' : `${who} says yes`} ${step}` : m,
  );
  for (let guard = 0; guard < 3; guard++) {
    const m = ASK_WHETHER.exec(out);
    // "ask the owner if they want a reminder": a question about them, not ours to approve
    if (!m || /^(?:they|he|she|you|it|there|the|their|his|her|an?)\b/i.test(m[2] ?? '')) break;
    let rest = out.slice(m.index + m[0].length);
    const again = ASKED_AGAIN.exec(rest);
    const step = again ? askedStep(m[2] ?? '') : undefined;
    if (step && again) rest = `${step}${rest.slice(again[0].length)}`;
    out = `${out.slice(0, m.index)}${asked(approverOf(m[1] ?? ''))}, then ${rest}`;
  }
  return out;
};

/** "…, once Jess approves, email each one": the approval between the step before and the step after it. */
const ONCE_THEN = new RegExp(
  `(?<=\\S)\\s?,?\\s(?:and\\s|but\\s)?,?\\s?(?:only\\s)?(once|after|as\\ssoon\\sas|if)\\s(?:(${SOMEONE}|me|I)\\s(?:has\\s|have\\s)?(?:${APPROVES}|${APPROVED}|approve)(?:\\s(?:it|this|that|them|the\\s(?:list|batch|emails?|drafts?)))?|(?:it's\\s|it\\sis\\s|it\\shas\\sbeen\\s)?(?:approved|signed\\soff|OK'd|ok'd)\\sby\\s(${SOMEONE}))\\s?,\\s?(?:then\\s)?(?=[a-z])`,
  'g',
);

/** "…, tell the salesperson if he says no": the other branch said after its step. */
const REJECTED_AFTER = /([,;:]\s?|\s[-–]\s)([^,;.!?]{3,80}?)\sif\srejected(?=\s*(?:[.;!?]|$))/g;
export const rejectedFirst = (text: string): string =>
  text.replace(REJECTED_AFTER, (m, lead: string, step: string) =>
    VERB_START.test(step) && ASKED_BEFORE.test(text) ? `${lead}if rejected, ${step}` : m,
  );

/** "ask Priya for approval, then send it, if not, tag them retail": with no test between, its other branch. */
const ASKED_STEP =
  /\bask\s(?:for\smy|me\sfor|(?:the|our|my)\s[A-Za-z]+(?:\s[a-z]+)?\sfor|[A-ZÀ-Þ][a-zß-ÿ]+\sfor)\sapproval\b/;
const OTHERWISE_AFTER = /([,;]\s?|\.\s|\s)(?:otherwise\b|if\s(?:not|no)(?=\s?[,:]))[,:]?\s?/i;
export const otherwiseRejected = (text: string): string => {
  const asked = ASKED_STEP.exec(text);
  if (!asked) return text;
  const from = asked.index + asked[0].length;
  const m = OTHERWISE_AFTER.exec(text.slice(from));
  if (!m) return text;
  // a test or a wait between them is what "otherwise" answers
  if (
    /\b(?:if|unless|when|whether|wait|within|rejected|or|else)\b|\bin\s\d/i.test(
      text.slice(from, from + m.index),
    )
  )
    return text;
  const at = from + m.index;
  return `${text.slice(0, at)}${m[1]}if rejected, ${text.slice(at + m[0].length)}`;
};

/** "rejected = …, approved = …": the approved steps first, the rejected ones last (its branch runs to the end). */
const REJECTED_FIRST =
  /\bif\srejected,\s([^.;]{3,120}?)([.;,]\s?)if\sapproved,\s([^.;]{3,120}?)(?=\s*(?:[.;!?]|$))/g;

/** "rejected = polite no thanks email": a message named alone is the one sent. */
const MESSAGE_ALONE =
  /^(?:(an?|the)\s)?(?:[a-z-]+\s){0,4}?(?:email|e-mail|message|reply|note|letter|text)(?=\s*(?:[.;,!?]|$))/;

/** "ask Sam to OK the engagement letter email, then send it to them": what is approved is what is sent. */
const THE_SENT_ONE = new RegExp(
  `\\b[Aa]sk\\s(${SOMEONE})\\sto\\s(?:approve|OK|ok|okay|check|review|sign\\soff\\son)\\s((?:the|their|our)\\s(?:[a-z-]+\\s){0,3}(?:email|letter|message|reply|quote|offer|proposal|contract|newsletter|invoice))\\s?,?\\s(?:and\\s)?then\\s(send|email|forward)\\sit\\b`,
  'g',
);

/** An approval already asked before the outcome. */
const ASKED_BEFORE =
  /\b(?:approv\w*|(?:sign|tick)\w*[\s-]?(?:(?:it|them)\s)?off|OKs?|okay|go-ahead|nod|green\slight|thumbs\sup|says?\syes|ask\s(?:me|the\s[a-z]+|[A-Z][a-z]+)\s(?:whether|if))\b/;

export const approvalsSaid = (text: string): string => {
  if (
    !/approv|\bOKs?\b|\boks?\b|okay|sign\w*[\s-]?(?:(?:it|them|this)\s)?off|tick\w*\s\w+\soff|\bnod\b|\btick\b|green\slight|thumbs\sup|says?\syes|check\swith|go-ahead|\bcheck\b|\breview\b|\b(?:ask\s[^.]{2,40}?|decides?)\s(?:whether|if)\s|\brun\s[^.]{1,40}?\s(?:past|by)\s|\bask\s[A-Za-z]+(?:\s[A-Za-z]+)?\s(?:first|before)\s/i.test(
      text,
    )
  )
    return text;
  let out = text
    // "I (Pieter) want to approve it": the writer
    .replace(
      /\b(I|me)\s\(?[A-Z][a-z]+\)?(?=\s(?:want|need|would|will|must|have|should|get|approve|first|before)\b)/g,
      '$1',
    );
  out = consentSaid(withinSaid(out));
  const overdue = OVERDUE_OPENING.exec(out);
  // a reminder said overdue (or for an overdue invoice): nothing else is known to start it
  if (overdue && /\b(?:overdue|late)\b/.test(`${overdue[1]} ${overdue[2]}`)) {
    const who = whoIn(overdue.slice(3));
    if (who)
      out = `When an invoice is overdue, ${asked(who)}, then send the reminder${out.slice(overdue.index + overdue[0].length)}`;
  }
  out = out
    .replace(BEFORE_STEP, (m, _all: string, ...rest: unknown[]) => {
      const groups = rest.slice(0, GROUPS) as (string | undefined)[];
      const who = whoIn(groups);
      const step = gateOf(String(rest[GROUPS + 1]));
      if (!who || !step) return m;
      // "new candidate tagged X needs sign-off from Y before …": the opening words, then the approval
      return `${/^(?:needs?|requires?)\s/.test(m) ? ', ' : ''}${asked(who)}${rest[GROUPS] ?? ''}, then ${step}`;
    })
    .replace(/(?<=\S)\s,\s(?=ask\s)/g, ', ')
    .replace(
      ONCE_THEN,
      (m, when: string, who: string | undefined, by: string | undefined, at: number, all: string) =>
        // "if he approves, …" after an approval asked is its outcome (approver-side.ts)
        when === 'if' && ASKED_BEFORE.test(all.slice(0, at))
          ? m
          : `, ${asked(approverOf(who ?? by ?? ''))}, then `,
    );
  out = out.replace(FIRST, (m: string, ...groups: unknown[]) => {
    const who = whoIn(groups as (string | undefined)[]);
    // the writer's own ("check with me first", "have me approve it") is first-person.ts's
    return who && who !== 'me' ? `run it by ${who}` : m;
  });
  // "… approve it and then it gets emailed to the client": the send, after an approval
  out = out.replace(THEN_PASSIVE, (m, then: string, it: string, sent: string, at: number) =>
    ASKED_BEFORE.test(out.slice(0, at))
      ? `${then} ${SEND_VERBS[sent] ?? 'email'} ${it === 'it' ? 'it' : 'them'} `
      : m,
  );
  // "Rob signs it off, then it goes to #board": posted there
  out = out.replace(THEN_GOES, (m, then: string, it: string, at: number) =>
    ASKED_BEFORE.test(out.slice(0, at)) ? `${then} post ${it === 'it' ? 'it' : 'them'} in ` : m,
  );
  out = out.replace(STEP, (m: string, ...groups: unknown[]) => {
    const all = groups as (string | undefined)[];
    // an approval gates a step after it, or has its outcomes said: with nothing after it, it is left as written
    const at = groups.at(-2) as number;
    if (!gatesNext(out.slice(at + m.length))) return m;
    const role = all[GROUPS];
    const who = role ? `the ${role}` : whoIn(all);
    const subject = all[GROUPS + 1];
    const within = all[GROUPS + 2] ?? '';
    if (!who || who === 'me') return m;
    // what is approved is named only of someone the approval reader knows ("the lead engineer": asked alone)
    if (!subject || !KNOWN.test(who)) return `${asked(who)}${within}`;
    // "Femke approves a refund", "manager approves offering a place": what is approved, as the approval asks it
    return `ask ${who} to approve${subject}${within}`;
  });
  out = askedWhether(out).replace(
    THE_SENT_ONE,
    (_m, who: string, what: string, send: string) =>
      `${asked(approverOf(who))}, then ${send === 'forward' ? 'send' : send} ${what}`,
  );
  return out
    .replace(OUTCOME, (m, lead: string, said: string, at: number) => {
      if (!ASKED_BEFORE.test(out.slice(0, at))) return m;
      const word = said.toLowerCase();
      const yes = word === 'approved' || word === 'yes';
      // "rejected = polite no thanks email": that message, sent to them
      const message = MESSAGE_ALONE.exec(out.slice(at + m.length));
      const send = message && !VERB_START.test(message[0]) ? `send them ${message[1] ? '' : 'a '}` : '';
      return `${/[.;]\s?$/.test(lead) ? lead : `${lead.replace(/\s$/, '')}${lead.trim() ? ' ' : ' '}`}if ${yes ? 'approved' : 'rejected'}, ${send}`;
    })
    .replace(REJECTED_FIRST, 'if approved, $3$2if rejected, $1')
    .replace(WE_THEN, (m, at: number, all: string) =>
      ASKED_BEFORE.test(all.slice(0, at)) && VERB_START.test(all.slice(at + m.length)) ? 'then ' : m,
    );
};
/** "Aisha needs to approve it and then we reply confirming": the step after, said by us. */
const WE_THEN = /\bthen\s(?:we|I)\s(?=[a-z])/g;

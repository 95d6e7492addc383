import { approverName } from './approval-parts';
import { approvalsSaid } from './approvals-said';
import { approverSide, ONCE_THEY_APPROVE, ROLES } from './approver-side';
import { gatesSaid } from './gates-said';
import { OUR_THE } from './lexicon';

/**
 * Approval and knowledge steps said in the writer's own voice (session 34, class 10 of fresh sets 31/32), put in the
 * words the action readers take:
 *   approvals   "let me approve it first", "run it by me", "check with me", "I want to OK it before it goes out",
 *               "send it once I've approved it", "… after my sign-off"          → "ask for my approval"
 *               placed before the step it guards: a send ("send them a welcome email, but let me OK it first") moves
 *               after the approval; a draft stays before it, and "before it goes out" after a draft sends it once
 *               approved ("draft a reply and run it by me before it goes out" → draft, approval, send)
 *   knowledge   "use our pricing doc to draft an answer", "consult the price list", "draft a reply based on our FAQ",
 *               "check it against our help docs"                                → "search the knowledge base, then …"
 * A statement of what the writer will do in a sentence of its own ("I'll approve it first.") stays as written, for
 * the story's reader to refuse: only an imperative ("Let me …", "Run it by me …") stands as a sentence of its own.
 */

const IT = String.raw`(?:it|this|that|them|these|each\sone|(?:every|each)\s(?:reply|email|message|answer|draft|one)|the\s(?:[a-z-]+\s)?(?:draft|drafts|email|e-mail|message|reply|invoice|text|post|quote|answer|response|wording|copy))`;
const CHECK_VERB = String.raw`(?:approve|ok|okay|o\.k\.|review|check|vet|proofread|read\sover|look\s(?:at|over)|go\sover|sign\soff\son|eyeball)`;
const BEFORE = String.raw`(?:\s(?:(?:first|beforehand)(?:\sbefore\s(?:(?:it's|its|it\sis)\s(?:sent|created|made|booked)|(?:it|they)\sgo(?:es)?\sout))?|before\s(?:it|they|anything)\s(?:goes|go|gets|get|is|are)\s(?:out|sent)|before\s(?:it's|its|they're)\s(?:sent|created|made|booked|posted|issued|raised)|before\s(?:it|they)\s(?:goes|go)(?=\s*(?:[.!;]|$))|before\s(?:sending|we\ssend)(?:\s(?:it|them))?|before\s(?:it|they)\s(?:goes|go)\sto\s(?:them|the\s(?:client|customer|lead))))`;

/** The writer asks to approve: [imperative or statement, the phrase]; group 1 = what it is said before, if said. */
const APPROVE_ME = new RegExp(
  String.raw`\b(?:(?:don't|do\snot|never)\s(?:send|post|email)\s(?:it|them|this|anything|the\s[a-z]+)\s(?:out\s)?(?:until|before|unless|without)\s(?:i(?:'ve|\shave)?\s(?:approved|approve|ok'd|okayed|oked|signed\soff\son|sign\soff\son|checked|check|reviewed|review|seen|see)\s(?:it|them|this)|(?:my|our)\s(?:approval|ok|okay|sign-?off|go-ahead|green\slight))|nothing\s(?:goes|gets\ssent|is\ssent|should\sgo)\s(?:out\s)?(?:without|until|before)\s(?:my|our)\s(?:approval|ok|okay|sign-?off|go-ahead|green\slight)|(?:let\sme|i\s(?:want|need)\sto|i'd\slike\sto|i\swould\slike\sto)\ssee\s${IT}(?=\s(?:first|before)\b)|for\sme\sto\s${CHECK_VERB}(?:\s${IT})?|(?:(?:but\s)?(?:only\s)?with|subject\sto|pending)\s(?:my\s|(?:the\s)?[a-z]+'s\s)?(?:approval|ok|okay|sign-?off|go-ahead)(?=\s*(?:[.!;]|$))|(?:let|have|get)\sme\s(?:first\s)?(?:to\s)?${CHECK_VERB}(?:\s${IT}|(?=\sbefore\s))|run\s${IT}\s(?:by|past)\s(me|${OUR_THE}\s(?:[a-z]+\s)?${ROLES}|[a-z][\w'À-ÿ-]*)|check\swith\sme|ask\sme(?=\s(?:first|before)\b)|i\s(?:first\s)?(?:approve|check|review|ok|okay|sign\soff\son)\s${IT}(?=\s(?:first|before)\b)|(?:i(?:'ll|\swill)|i(?:\s(?:want|need|would\slike|would\slove|have|get)|'d\s(?:like|love))\sto|i\s(?:must|should))\s(?:first\s)?${CHECK_VERB}(?:\s${IT}|(?=\s(?:first|before)\b))|(?:(?:(?:it|this|that|they)\s|(?<=[;,]\s))(?:needs?|requires?)|wait\sfor|get)\smy\s(?:ok|okay|approval|sign-?off|go-ahead|green\slight|thumbs\sup|tick|nod))(${BEFORE})?`,
  'gi',
);

/** "… once I've approved it", "… after my sign-off": the step before is done once approved. */
const ONCE_APPROVED = new RegExp(
  String.raw`\s(?:only\s)?(?:once|after|when|as\ssoon\sas)\s(?:i(?:'ve|\shave)?\s(?:approved|approve|okayed|ok'd|oked|ok|okay|signed\soff\son|sign\soff\son|reviewed|review|checked|check|said\syes|say\syes|given\sthe\s(?:nod|go-ahead|ok)|give\sthe\s(?:nod|go-ahead|ok))(?:\s${IT})?|(?:my|our)\s(?:approval|ok|okay|sign-?off|go-ahead)|approval|(?:it(?:'s|\sis|\shas\sbeen)\s)?approved(?:\sby\s(?:me|the\s[a-z]+|[a-z]+))?)\b`,
  'gi',
);

/** Where an action clause starts, and its verb. */
const ACTION_START =
  /(^|[.!?;:,]\s+|\s(?:and|then|also|but)\s+|\s?(?:→|->)\s*|(?<=\d(?:\s?[ap]m)?)\s+)(?:(?:also|then|just|only|it|we|you|the\ssystem|i\s(?:want|need)\s(?:you\s)?to)\s+)*((?:send|email|e-mail|mail|post|notify|message|text|forward|reply|respond|answer|invoice|book|schedule|ping|dm|share|publish|remind|create|make|draft|write|prepare|compose|raise|issue|add|tag|mark|set|update|move|bill|charge|cancel)(?:s|es)?)\b/gi;

const DRAFTS = /^(?:draft|write|prepare|compose)s?$/i;

/**
 * The last action clause before `at` in its sentence (or in the text, when `crossing`): [where its verb starts, the
 * verb, where the clause starts with its subject ("it drafts …")].
 */
const lastAction = (text: string, at: number, crossing: boolean): [number, string, number] | undefined => {
  const head = text.slice(0, at);
  const from = crossing
    ? 0
    : Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? ')) + 1;
  let found: [number, string, number] | undefined;
  for (const m of head.slice(from).matchAll(ACTION_START)) {
    const verb = m[2] ?? '';
    found = [from + m.index + m[0].length - verb.length, verb, from + m.index + (m[1]?.length ?? 0)];
  }
  return found;
};

/** The text before `at` without the joint that led to the approval (", but", " and", "; then"). */
const JOINT_WORDS = new Set(['but', 'and', 'then', 'so', 'though', 'just']);
const withoutJoint = (head: string): string => {
  // string methods, not a pattern anchored at the end (one would be retried at every space)
  let out = head.trimEnd();
  for (let word = out.lastIndexOf(' '); JOINT_WORDS.has(out.slice(word + 1).toLowerCase()); ) {
    out = out.slice(0, word).trimEnd();
    word = out.lastIndexOf(' ');
  }
  return out.endsWith(',') || out.endsWith(';') ? out.slice(0, -1).trimEnd() : out;
};

const approvalsOf = (text: string): string => {
  let out = text;
  for (let guard = 0; guard < 4; guard++) {
    APPROVE_ME.lastIndex = 0;
    const m = APPROVE_ME.exec(out);
    if (!m) break;
    const form = m[0].toLowerCase();
    // "don't send it until I've approved it", "nothing goes out without my OK": it goes out once approved
    const gate = /^(?:don't|do\snot|never|nothing)\b/.test(form);
    // "only with my OK", "subject to my approval": the step before waits for it
    const withMy = /^(?:but\s)?(?:only\s)?with\b|^subject|^pending/.test(form);
    // "I need to approve it before it goes out.": a requirement, in a sentence of its own too (session 35)
    const imperative =
      gate ||
      withMy ||
      /^(?:let|have|get|run|check|wait|for|ask)\b|^(?:(?:it|this|that|they)\s)?(?:needs?|requires?)\b|^i\s(?:want|need|must|have)\b|^i(?:'d|\swould)\slike\b/.test(
        form,
      );
    const before = withoutJoint(out.slice(0, m.index));
    const after = out.slice(m.index + m[0].length);
    const who = m[1];
    // "run it by Sam": a colleague named (capitalised, or a role); never "run it by email"
    if (who && !/^(?:me|the\s|my\s|our\s|\p{Lu})/u.test(who)) break;
    const asked = who && who.toLowerCase() !== 'me' ? `${who} for approval` : 'for my approval';
    const said = gate ? 'before it goes out' : withMy ? 'first' : m[2]?.trim().toLowerCase();
    // a statement in a sentence of its own ("I'll approve it first."): left for the story's reader
    if (!imperative && /(?:^|[.!?]\s*)$/.test(out.slice(0, m.index))) break;
    const previous = lastAction(before, before.length, imperative);
    const sending = !!said && said !== 'first' && said !== 'beforehand';
    if (!said || !previous) {
      if ((gate || withMy) && !previous) break;
      // with no step before it, what it is said before stays as written ("… first", "… before it goes out")
      const lead = out.slice(0, m.index);
      const glue = /(?:[,;:.!?-]|\b(?:and|but|then|so))\s*$/i.test(lead) || lead.trim() === '' ? '' : ', ';
      // "let me approve before anything goes out, then send …": what goes out is the step after it
      // (only a send: "…, then mark them contacted" is no send, and what goes out stays said, read or refused)
      const told =
        sending && /^,?\s(?:and\s)?then\s(?:send|e-?mail|post|mail|text|forward|reply|remind)\b/i.test(after)
          ? ''
          : (m[2] ?? '');
      out = `${glue ? lead.trimEnd() : lead}${glue}ask ${asked}${told}${after}`;
      continue;
    }
    const [start, verb] = previous;
    if (DRAFTS.test(verb)) {
      const glue = /[.!?]\s*$/.test(out.slice(0, m.index)) ? ' ' : ', ';
      // "write them a reply" is sent at once: approved before it goes out, it is a draft
      const drafted = sending ? `${before.slice(0, start)}draft${before.slice(start + verb.length)}` : before;
      out = `${drafted}${glue}${glue === ' ' ? 'Ask' : 'ask'} ${asked}${sending ? ', then send it' : ''}${after}`;
      continue;
    }
    const lead = before.slice(0, start);
    const capital = start === 0 || /[.!?]\s*$/.test(lead);
    out = `${lead}${capital ? 'Ask' : 'ask'} ${asked}, then ${before.slice(start)}${after}`;
  }
  return out;
};

const onceApproved = (text: string): string => {
  let out = text;
  for (let guard = 0; guard < 4; guard++) {
    ONCE_APPROVED.lastIndex = 0;
    ONCE_THEY_APPROVE.lastIndex = 0;
    const m = ONCE_APPROVED.exec(out) ?? ONCE_THEY_APPROVE.exec(out);
    if (!m) break;
    const previous = lastAction(out, m.index, false);
    if (!previous) break;
    const [start] = previous;
    // "send the newsletter, but only after I approve it": the joint goes with the approval
    const action = withoutJoint(out.slice(start, m.index).replace(/^(?:only|just)\s+/i, ''));
    const lead = out.slice(0, start).replace(/\b(?:only|just)\s+$/i, '');
    const capital = start === 0 || /[.!?]\s*$/.test(lead);
    const asked = m[1] ? `${approverName(m[1])} for approval` : 'for my approval';
    out = `${lead}${capital ? 'Ask' : 'ask'} ${asked}, then ${action}${out.slice(m.index + m[0].length)}`;
  }
  return out;
};

/** The business's own documents a step reads: searched as its knowledge base. */
const DOCS = String.raw`${OUR_THE}\s(?:own\s|internal\s|company\s|online\s|staff\s|employee\s|team\s)?(?:faqs?|knowledge\s?base|kb|help\s(?:docs|cent(?:er|re)|articles|pages)|docs|documentation|(?:pricing|price|rate|fee|services?|product|policy|returns?|refund)\s(?:docs?|document|sheet|page|guide|list|card|info)|price\s?list|rate\scard|policies|handbook|playbook|wiki|house\srules)`;

/** "use our pricing doc to draft …", "consult the price list", "check it against our FAQ". */
const CONSULT = new RegExp(
  String.raw`\b(?:(?:pull|get|grab|take|find)\s(?:the\s)?(?:answers?|info|information|details|prices?|pricing)\sfrom|use|consult|check|refer\sto|go\sthrough|looks?\s(?:it\s|the\sanswer\s|them\s)?up\sin|look\sin|check\s(?:it|them|the\s(?:question|email|message|request))\sagainst|search(?:es)?)\s${DOCS}\b(?!\s(?:in|on)\s(?:the|our)\s(?:knowledge|kb|faq|help|docs))(?:\s(?:to|and)\s(?=(?:draft|write|prepare|compose|reply|respond|answer|send|email)\b))?`,
  'gi',
);

/** "draft a reply based on our FAQ", "answer using the knowledge base": searched first, then that step. */
const FROM_DOCS = new RegExp(
  String.raw`\s(?:based\son|using|from|according\sto|with\sthe\shelp\sof|in\sline\swith|drawing\son|with\s(?:info|information|answers|details)\sfrom)\s${DOCS}\b`,
  'gi',
);

/** "have AI answer it using the knowledge base": the answer is the step, searched first (never a bare AI task). */
const AI_ANSWERS =
  /\b(?:have|let|get|ask|use)\s(?:the\s|an\s)?(?:ai|gpt|chatgpt|claude|assistant|bot)\s(?:to\s)?(?=(?:answer|reply|respond)\b)/gi;

const ANSWERS = /^(?:reply|respond|answer)(?:s|es)?$/i;
const SENT_AFTER =
  /\b(?:and|then)\s(?:then\s)?send\s(?:(?:them|him|her|back)\s)*(?:the\s(?:reply|answer|response)|it)\b/i;

const knowledgeOf = (text: string): string => {
  FROM_DOCS.lastIndex = 0;
  const docs = FROM_DOCS.exec(text);
  const head = docs ? text.slice(0, docs.index) : '';
  // only in the sentence that names the documents
  const answered = docs
    ? head.replace(AI_ANSWERS, (m, at: number) => (/[.!?]\s/.test(head.slice(at)) ? m : '')) +
      text.slice(docs.index)
    : text;
  let out = answered.replace(CONSULT, (m) => {
    // "it searches the staff handbook", "it looks it up in our house rules": the workflow does it
    const search = /^(?:search|look)s\b/i.test(m)
      ? 'searches the knowledge base'
      : 'search the knowledge base';
    return /\s(?:to|and)\s$/.test(m) ? `${search}, then ` : search;
  });
  FROM_DOCS.lastIndex = 0;
  const m = FROM_DOCS.exec(out);
  if (m) {
    const previous = lastAction(out, m.index, false);
    if (
      previous &&
      /^(?:draft|write|prepare|compose|reply|respond|answer|send|email)(?:s|es)?$/i.test(previous[1])
    ) {
      const [at, verb, start] = previous;
      const lead = out.slice(0, start);
      const capital = start === 0 || /[.!?]\s*$/.test(lead);
      const rest = out.slice(m.index + m[0].length);
      // "answer it from our FAQ … and send them the reply": the answer is drafted, then sent once
      const step =
        ANSWERS.test(verb) && SENT_AFTER.test(rest.split(/[.!?]\s/)[0] ?? '')
          ? `${out.slice(start, at)}draft a reply`
          : out.slice(start, m.index);
      out = `${lead}${capital ? 'Search' : 'search'} the knowledge base, then ${step}${rest}`;
    }
  }
  return out;
};

export const firstPerson = (text: string): string =>
  knowledgeOf(onceApproved(approvalsOf(approverSide(approvalsSaid(gatesSaid(text))))));

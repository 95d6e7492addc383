import { firstPerson } from './first-person';
import { VERB_WORD, VERBS } from './split';

/**
 * How a request is laid out around its clauses, put in the shapes the grammars read:
 *   lists          "When a lead comes in:\n- send a welcome email\n- add a note", "1. … 2. … 3. …", "Step 1: …"
 *   anaphora       "Bookings get cancelled a lot, so whenever that happens, …" → "Whenever bookings get cancelled, …"
 *   a fronted subject with a pronoun trigger
 *                  "For invoices above $5,000, when they are created, …" → "When invoices above $5,000 are created, …"
 *   a pronoun trigger after its noun
 *                  "Email invoices to customers when they are created" → "… when invoices are created"
 *   questions      "Could the attendee get a reminder …?" → "Send the attendee a reminder …",
 *                  "How do I get notified when …" → "notify me when …"
 *   wishes         "I want my approval first" → "ask for my approval"
 * Only shapes that cannot mean anything else are rewritten.
 */

/** A list marker at the start of a line: "- ", "* ", "• ", "1. ", "2) ", "(3) ", "Step 4: ". */
const LINE_MARKER = /^[ \t]*(?:[-*•▪◦·–—]|\(?\d{1,2}[.)]|step \d{1,2}\s?[:.)-]?)[ \t]+/i;

/** Numbered steps written on one line: "1. send … 2. tag … 3. notify …", "step 1: … step 2: …". */
const INLINE_NUMBER = /(?<![^\s:;,(])(?:step\s)?(\d{1,2})(?:[.):]|\s-)(?=\s+\p{L})/giu;

/** Lettered steps on one line: "(a) … (b) …", "a) … b) …", "(i) … (ii) …". */
const INLINE_LETTER = /(?<![^\s:;,])(\(?)([a-h]|i{1,3}|iv|vi{0,3})\)(?=\s+\p{L})/gu;
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'];

/** The markers that follow each other from "a" or "i", all with the same opening bracket or none. */
const inOrder = (marks: readonly RegExpExecArray[]): RegExpExecArray[] => {
  const first = marks[0];
  if (!first) return [];
  const roman = first[2] === 'i';
  const order = roman ? ROMAN : [...'abcdefgh'];
  const out: RegExpExecArray[] = [];
  for (const m of marks) if (m[2] === order[out.length] && m[1] === first[1]) out.push(m);
  return out;
};

const joinLines = (lines: readonly string[]): string =>
  lines
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .reduce(
      (all, line) => (all === '' ? line : /[.:;!?,]$/.test(all) ? `${all} ${line}` : `${all}. ${line}`),
      '',
    );

/** Dictated punctuation: "create a lead period then email them", "summary comma by email", "new line". */
const DICTATED =
  /(?<!\b(?:the|this|that|a|trial|billing|grace|time|reporting|same|each|every|per|notice|waiting|cooling-off))\s(?:period|full stop|new line|next line|new paragraph)(?=\s|$)|(?<!\b(?:a|the|oxford))\s(comma)(?=\s)/gi;

/** Bullets and numbered steps become sentences, so each step is a clause of its own. */
export const unlisted = (prompt: string): string => {
  const said = prompt.replace(DICTATED, (_m, comma?: string) => (comma ? ',' : '.'));
  const lines = said.split(/\r?\n/);
  const text = lines.length > 1 ? joinLines(lines.map((l) => l.replace(LINE_MARKER, ''))) : said;
  // numbers count as steps only in order from 1: "at 9. Then" or "over 5000. Notify" are not list markers
  const marks = [...text.matchAll(INLINE_NUMBER)];
  let expected = 1;
  const steps: RegExpExecArray[] = [];
  for (const m of marks)
    if (Number(m[1]) === expected) {
      steps.push(m);
      expected += 1;
    }
  // "(a) … (b) … and (c) …", "i) … ii) …": letters and roman numerals in order from the first (session 31)
  const lettered = steps.length >= 2 ? [] : inOrder([...text.matchAll(INLINE_LETTER)]);
  let out = text;
  for (const m of (steps.length >= 2 ? steps : lettered.length >= 2 ? lettered : []).reverse()) {
    // "…, (b) notify sales and (c) send …": the joint before a marker goes with it
    const before = out
      .slice(0, m.index)
      .trimEnd()
      .replace(/\b(?:and then|and|or|then)$/i, '')
      .trimEnd()
      .replace(/[,;]$/, '');
    const glue = before === '' || /[.:;!?]$/.test(before) ? ' ' : '. ';
    out = `${before}${glue}${out.slice(m.index + m[0].length).trimStart()}`;
  }
  // "When a lead comes in: - send a welcome email - add a note"
  const colon = /:\s+[-*•]\s/.exec(out);
  if (colon)
    out = `${out.slice(0, colon.index)}:${out.slice(colon.index + 1).replace(/\s[-*•]\s+(?=\p{L})/gu, '. ')}`;
  return out.replace(/^[.:\s]+/, '');
};

// ------------------------------------------------------------------------------------------------ anaphora

/** "whenever that happens", "if this happens", "every time it occurs", "in that case": the event said before. */
const ANAPHOR =
  /(?:[,;]?\s(?:so|and|then|and so)\s|[,.!?;:]\s|\s-\s)(?:(?:can you|could you|please|i want you to)\s)?(?:(when(?:ever)?|every time|each time|any ?time|if|once|as soon as)\s(?:that|this|it|this one|one)\s(?:happens|occurs|is the case|comes in)|(?:in (?:that|this|such a) case|if so|when so|if that's the case|if that is the case))\b,?\s*/i;

const OFTEN =
  /(?:\s(?:a lot|often|sometimes|frequently|regularly|all the time|constantly|lately|recently|occasionally|quite often|too often|every now and then|from time to time|more and more|these days|a few times a (?:day|week|month)|now and then|every so often|again))+$/i;

const LEAD_IN =
  /^(?:(?:sometimes|often|occasionally|usually|every so often|from time to time|it happens that|it sometimes happens that|there are times when|(?:we|i) (?:often |sometimes |regularly )?(?:notice|see|find|get it) that|(?:so|ok|okay|well),?)\s+)+/i;

const resolveAnaphor = (s: string): string => {
  const m = ANAPHOR.exec(s);
  if (!m) return s;
  const before = s.slice(0, m.index);
  const cut = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('! '),
    before.lastIndexOf('? '),
    before.lastIndexOf('; '),
  );
  const head = cut >= 0 ? before.slice(0, cut + 2) : '';
  const said = before
    .slice(cut >= 0 ? cut + 2 : 0)
    .replace(OFTEN, '')
    .replace(LEAD_IN, '')
    .trim();
  if (said.split(/\s+/).length < 2) return s;
  const lead = (m[1] ?? 'if').toLowerCase();
  const rest = s.slice(m.index + m[0].length);
  return `${head}${lead.charAt(0).toUpperCase()}${lead.slice(1)} ${said.charAt(0).toLowerCase()}${said.slice(1)}, ${rest}`;
};

/** "For invoices above $5,000, when they are created, …": the subject is the trigger's, its qualifier too. */
const FRONTED =
  /(^|[.!?;]\s)(?:for|with|on|regarding|about|concerning)\s((?:all\s|any\s|our\s|the\s|new\s)*[^,.;!?\s][^,.;!?]{1,80}),\s?(when(?:ever)?|once|as soon as|after|if|each time|every time|any ?time)\s(?:they|it|one|these|those|one of them)\s/gi;

/** A noun a pronoun trigger can stand for, after any quantifiers: "all new invoices". */
const antecedent = (nouns: string): RegExp =>
  new RegExp(String.raw`(?:\b(?:all|any|every|each|the|our|new|incoming|those|these)\s)*\b(${nouns})\b`, 'i');

/** The nouns a pronoun trigger can stand for, and the participles that fit each. */
const ANTECEDENTS: readonly [RegExp, RegExp][] = [
  [
    antecedent('invoices?|bills?'),
    /^(?:paid|overdue|settled|issued|sent|created|raised|generated|made|drafted)$/,
  ],
  [
    antecedent('bookings?|meetings?|appointments?|calls?|demos?|consultations?|reservations?'),
    /^(?:booked|cancell?ed|scheduled|made|created|confirmed|reserved|set up|arranged)$/,
  ],
  [
    antecedent('forms?|submissions?|surveys?|questionnaires?|applications?'),
    /^(?:submitted|filled in|filled out|completed|received|sent)$/,
  ],
  [
    antecedent('files?|documents?|docs|contracts?|attachments?|pdfs?'),
    /^(?:uploaded|added|updated|changed|created|shared|saved)$/,
  ],
  [
    antecedent('leads?|prospects?|contacts?|customers?|clients?|subscribers?|sign-?ups?'),
    /^(?:created|added|captured|imported|registered|updated|qualified|won|lost|sign(?:s|ed)? up|come in|comes in|came in|subscribe[sd]?|join(?:s|ed)?)$/,
  ],
];

const PRONOUN_TRIGGER =
  /\b(when(?:ever)?|once|as soon as|after|each time|every time|any ?time)\s(they|it)\s((?:are|is|get|gets|got|become|becomes|have been|has been|were|was)\s)?(paid|overdue|settled|issued|sent|created|raised|generated|made|drafted|booked|cancell?ed|scheduled|confirmed|reserved|set up|arranged|submitted|filled in|filled out|completed|received|uploaded|added|updated|changed|shared|saved|captured|imported|registered|qualified|won|lost|sign(?:s|ed)? up|comes? in|came in|subscribe[sd]?|join(?:s|ed)?)\b/i;

/** "Email invoices to customers when they are created" → "When invoices are created, email them to customers". */
const resolvePronounTrigger = (s: string): string => {
  const m = PRONOUN_TRIGGER.exec(s);
  if (!m?.[1] || !m[4]) return s;
  const after = s.slice(m.index + m[0].length);
  const end = /[.!?;]\s|$/.exec(after);
  // only a trigger that ends its sentence is moved to its front
  if (!end || /[\p{L}\p{N}]/u.test(after.slice(0, end.index))) return s;
  const whole = s.slice(0, m.index);
  const cut = Math.max(
    whole.lastIndexOf('. '),
    whole.lastIndexOf('! '),
    whole.lastIndexOf('? '),
    whole.lastIndexOf('; '),
  );
  const head = cut >= 0 ? whole.slice(0, cut + 2) : '';
  const before = whole.slice(cut >= 0 ? cut + 2 : 0).replace(/(?<![\s,])[\s,]+$/, '');
  const done = m[4].toLowerCase();
  let best: { at: number; span: string; noun: string } | undefined;
  for (const [noun, fits] of ANTECEDENTS) {
    if (!fits.test(done)) continue;
    const found = noun.exec(before);
    if (found?.[1] && (!best || found.index < best.at))
      best = { at: found.index, span: found[0], noun: found[1] };
  }
  if (!best || best.at === 0) return s;
  const plural = /s$/i.test(best.noun);
  const be = m[3] ?? (done === 'overdue' ? (plural ? 'are ' : 'is ') : '');
  const rest = `${before.slice(0, best.at)}${plural ? 'them' : 'it'}${before.slice(best.at + best.span.length)}`;
  const when = m[1].charAt(0).toUpperCase() + m[1].slice(1);
  return `${head}${when} ${best.span} ${be}${m[4]}, ${rest.charAt(0).toLowerCase()}${rest.slice(1)}${after.slice(end.index)}`;
};

// ------------------------------------------------------------------------------------------ questions, wishes

/** "Could the attendee get a reminder …", "Can new leads receive a welcome email": send it to them. */
const ASKED_FOR =
  /(^|[.!?;]\s)(?:(?:could|can|would|will|should|might|may)\s|(?:is|would|will) it (?:be )?possible for\s)((?:the|our|my|all|every|each|any|new|a|an)\s(?:[a-z-]+\s){0,2}?[a-z-]+)\s(?:(?:also|please)\s)?(?:to\s)?(?:get|receive|be sent)\s(?=(?:an?|the|our|their|his|her|some|one)\s)/gi;

/** "first send …, second add …, and finally …": the order is the order written. */
const ORDINAL =
  /(^|[,;.:]\s|\sand\s)(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|next|lastly|finally|last of all)\b,?\s(?!(?:mon|tue|wed|thu|fri|sat|sun|day|week|month|business|working|of|time|thing|one|two|\d))/gi;

/** "How do I …", "What's the best way to …": a question around the request. */
const HOW =
  /(^|[.!?;]\s)(?:how (?:do|can|could|would|should|might) (?:i|we)(?: go about)?|what(?:'s| is) the (?:best |easiest |simplest |right )?way to|is there (?:a|any) way to|how to)\s/gi;

/** "I want my approval first", "we need the manager's approval": an approval step. */
const APPROVAL_WISH =
  /\b(?:i|we)(?:'d| would)?\s(?:really\s)?(?:want|need|like|require|must have|have to give)\s(my|our|an?|the|(?:the\s)?[a-z]+'s)\s(?:explicit\s|manual\s|personal\s)?(approval|sign-?off|ok|go-ahead)\b(?:\s(?:first|beforehand|before anything else(?:\shappens)?|before anything (?:is done|goes out|is sent)))*/gi;

/** "send the team an alert", "give me a heads-up on Slack": a notification for them. */
const ALERT_FOR =
  /\b(?:send|give|shoot|drop)\s((?:the|our|my)\s(?:[a-z]+\s)?(?:team|channel|manager|boss|owner|department)|me|us|finance|sales|support|ops)\s(?:an?\s)?(?:quick\s|short\s)?(slack\s|email\s)?(?:alert|notification|ping|heads[- ]up)\b/gi;

/** "if there's still nothing a week after that": nothing of what the wait before was waiting for. */
const NOTHING =
  /(?:\b(if|when|once)\s(?:there(?:'s|\sis|\shas been|\swas)\s)?(still\s)?|(?<=[,;.]\s|[→>]\s)(still\s))(?:nothing|no news|no word)\b(?!\s(?:happens|happened|changes|is done|to do))/gi;

/** "and if they still haven't after 7 days": the thing waited for before, still not done. */
const STILL_NOT =
  /\b(if|when|once)\s(?:they|he|she|it)\s(still\s)?(?:haven't|hasn't|have not|has not|don't|doesn't|didn't|did not)(?=\s(?:after|within|in|by|\d|an?\s|one\s|two\s|three\s))/gi;

/** "if nothing has been paid", "if we hear nothing back": none of what is awaited, said by its verb (session 31). */
const NOTHING_DONE =
  /\b(if|when|once)\s(?:(?:we|i)\s(?:hear|get|receive|have)\s(?:nothing|no\s(?:news|word))(\sback)?|nothing\s(?:has\sbeen|have\sbeen|is|was|gets|got)\s(paid|settled|booked|submitted|received))\b/gi;

/** What the last wait before waited for, by the last of its words ("haven't booked … still nothing": a booking). */
const AWAITED_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:paid|pay|pays|payment|unpaid|settled)\b/gi, 'payment'],
  [/\bconfirm/gi, 'confirmation'],
  [/\b(?:fill|form|survey|questionnaire|submit)/gi, 'form'],
  [/\b(?:book|rebook)/gi, 'booking'],
  [/\b(?:repl|respon|answer|hear)/gi, 'reply'],
];
const lastAwaited = (before: string): string => {
  const waited = /\b(?:haven't|hasn't|have not|has not|don't|doesn't|didn't|did not|no|not|un[a-z]+)\b/i.exec(
    before,
  );
  const from = waited ? waited.index : 0;
  let best = { at: -1, noun: 'reply' };
  for (const [re, noun] of AWAITED_WORDS)
    for (const m of before.slice(from).matchAll(re)) if (m.index > best.at) best = { at: m.index, noun };
  // the payment and the confirmation were read anywhere before, as they always were
  if (best.noun === 'reply' && /\b(?:paid|pay|pays|payment|unpaid|settled)\b/i.test(before)) return 'payment';
  if (best.noun === 'reply' && /\bconfirm/i.test(before)) return 'confirmation';
  return best.noun;
};

const nothingOf = (s: string): string =>
  s
    .replace(NOTHING_DONE, (_m, kw: string, _back: string | undefined, verb: string | undefined) => {
      const noun = !verb
        ? 'reply'
        : /paid|settled/i.test(verb)
          ? 'payment'
          : /booked/i.test(verb)
            ? 'booking'
            : /submitted/i.test(verb)
              ? 'form'
              : 'payment';
      return noun === 'form' ? `${kw} they haven't submitted the form` : `${kw} there is no ${noun}`;
    })
    .replace(STILL_NOT, (_m, kw: string, still: string | undefined, at: number) => {
      const before = s.slice(0, at);
      if (/\b(?:paid|pay|pays|payment|unpaid|settled)\b/i.test(before))
        return `${kw} there is ${still ?? ''}no payment`;
      if (/\bconfirm/i.test(before)) return `${kw} it is ${still ?? ''}not confirmed`;
      if (/\b(?:fill|form|survey|questionnaire|submit)/i.test(before))
        return `${kw} they ${still ?? ''}haven't submitted the form`;
      if (/\bbook/i.test(before)) return `${kw} they ${still ?? ''}haven't booked a call`;
      return `${kw} there is ${still ?? ''}no reply`;
    })
    // "…, still nothing 4 days later": the same, typed in a hurry with no "if"
    .replace(
      NOTHING,
      (_m, said: string | undefined, once: string | undefined, bare: string | undefined, at: number) => {
        const kw = said ?? 'if';
        const still = once ?? bare;
        const noun = lastAwaited(s.slice(0, at));
        if (noun === 'form') return `${kw} they ${still ?? ''}haven't submitted the form`;
        if (noun === 'booking') return `${kw} they ${still ?? ''}haven't booked a call`;
        return noun === 'confirmation'
          ? `${kw} it is ${still ?? ''}not confirmed`
          : `${kw} there is ${still ?? ''}no ${noun}`;
      },
    );

/** "Can the system chase …", "I want the tool to send …": the workflow is the one to act. */
const SYSTEM_ACTS =
  /(^|[.!?;]\s)(?:(?:can|could|should|would|will)\s(?:(?:the|this)\s(?:system|tool|app|platform|software|workflow|automation|bot|assistant|thing)|it|dynaris|we)(?:\s(?:please|also|then))?|(?:i|we)(?:'d| would)?\s(?:want|need|like)\sthe\s(?:system|tool|app|platform|software|workflow|automation|bot)\sto)\s/gi;

/**
 * "give them until the next day to confirm", "give the client 5 days to pay", "give them 2 business days to book an
 * appointment" (session 42: in working days, and with what is booked, paid or replied to): a wait for it, that long.
 */
const GIVE_TIME =
  /\bgive\s(?:them|him|her|the\s[a-z]+|people|customers|clients)\s(?:(?:until|till)\s(?:the next day|tomorrow|the following day)|((?:\d+|an?|one|two|three)\s(?:(?:business|working|work)\s)?(?:hours?|days?|weeks?)))\sto\s(?:re-?)?(confirm|reply|respond|answer|pay|book)\b(?:\s(?:(?:in|an?|the|their|one\sof\sour)\s(?:(?:call|meeting|test\sdrive|site|home|service|free|intro)\s)?(?:appointment|call|meeting|slot|session|visit|viewing|consultation|test\sdrive|invoice|bill|balance)|to\s(?:us|me|the\semail|our\semail|it))\b)?/gi;

/** A sentence that is so far only its trigger ("after someone submits the form "), with no comma yet. */
const ONE_CLAUSE_TRIGGER = /(?:^|[.!?]\s)(?:when|whenever|after|once|as soon as)\s[^,;:.!?]+\s$/i;

const AWAITED: Readonly<Record<string, string>> = {
  confirm: 'confirmation',
  reply: 'reply',
  respond: 'reply',
  answer: 'reply',
  pay: 'payment',
  book: 'booking',
};

/** "we need three things: a welcome email, …": the list that follows is the request. */
const THINGS =
  /\b(?:we|i)(?:'d| would)?\s(?:need|want|like)\s(?:(?:\d+|two|three|four|five|a few|some|these|the following)\s)?things(?:\s(?:to happen|done))?\s?(?::|-)\s?/gi;

/** "a call booked in the next free slot", "a lead created in the CRM": the action, said as its result. */
const DONE_THING =
  /(^|[,:;]\s|\sand\s)(an?|the)\s(call|meeting|demo|appointment|lead|contact|note|invoice|reminder|follow-up|follow up)\s(booked|scheduled|created|added|made|sent|logged)\b/gi;

const VERB_OF_DONE: Readonly<Record<string, string>> = {
  booked: 'book',
  scheduled: 'schedule',
  created: 'create',
  added: 'add',
  made: 'create',
  sent: 'send',
  logged: 'log',
};

/** "when … is overdue nothing happens", "because otherwise it's too much noise": complaints and reasons. */
const COMPLAINT =
  /\s(?:nothing happens|nothing is done|nobody does anything|nobody notices|it just sits there|it gets forgotten)\b|,?(?<!\b(?:soon|long|far|much|well))\s(?:because|since|as)\s(?:otherwise\s)?(?:it's|it is|that's|that would be|there's|there is|we get|we'd get|it gets|it would be)\s[^,.;!?]{1,60}/gi;

/**
 * "- we lose too many leads otherwise", ", or we forget them otherwise": what happens without the rule, a reason. A
 * clause that ENDS with "otherwise" is never the other branch (that one starts with it); one with an action verb of
 * the catalogue stays, for the grammars to read or refuse (session 31).
 */
const WHAT_HAPPENS_OTHERWISE =
  /(?:\s[-–—]|,(?:\s(?:or|as))?)\s((?:we|i|they|it|people|leads|clients|customers|things|tenants)\s[^,.;:!?]{1,60}?)\sotherwise(?=\s*(?:[.!?]|$))/gi;
const VERB_INSIDE = new RegExp(`\\b(?:${VERBS})\\b`, 'i');

/** "something that runs every Monday, finds every unpaid invoice and sends …": each verb of that something. */
const THIRD_PERSON = /(,\s(?:and\s)?|\sand\s|\sthen\s)([a-z]+?)(ies|es|s)\b/g;

const thirdPerson = (s: string): string =>
  s.replace(
    /\b(?:something|an automation|a workflow|a flow|a zap|a rule)\s(?:that|which)\s[^.!?]{1,300}/gi,
    (sentence) =>
      sentence.replace(THIRD_PERSON, (m, glue: string, stem: string, end: string) => {
        const base = [end === 'ies' ? `${stem}y` : stem, `${stem}e`, `${stem}${end.slice(0, -1)}`].find((v) =>
          VERB_WORD.test(v.toLowerCase()),
        );
        return base ? `${glue}${base}` : m;
      }),
  );

/** "someone from sales gets pinged on Slack", "somebody in finance should be told": notify that team. */
const SOMEONE_FROM =
  /\b(?:someone|somebody|anyone)\s(?:from|in|on)\s(?:the\s)?([a-z]+)(?:\s(?:team|department|dept))?\s(?:(?:should|must|will|needs? to)\s)?(?:gets?|be|is)\s(?:pinged|notified|told|alerted|informed|messaged)\b/gi;

export const retold = (s: string): string =>
  resolvePronounTrigger(
    resolveAnaphor(nothingOf(thirdPerson(firstPerson(s))))
      .replace(FRONTED, (_m, head: string, subject: string, when: string) => `${head}${when} ${subject} `)
      .replace(ASKED_FOR, (_m, head: string, np: string) => `${head}send ${np} `)
      .replace(HOW, '$1')
      .replace(SOMEONE_FROM, (_m, team: string) => `notify the ${team} team`)
      .replace(SYSTEM_ACTS, '$1')
      // "Can we send …" once "we" is read as the workflow acting: "Can send …"
      .replace(
        /(^|[.!?;]\s)(?:can|could|should|would)\s(?=(?:send|email|notify|tell|add|create|mark|tag|post|remind|schedule|book|thank|ping|alert|log|forward)\b)/gi,
        '$1',
      )
      .replace(GIVE_TIME, (_m, span: string | undefined, verb: string, at: number, all: string) => {
        const noun = AWAITED[verb.toLowerCase()] ?? 'reply';
        // "after someone submits the form give them 2 days to book": the trigger's clause ends before it
        const after = /\w\s$/.test(all.slice(0, at)) && ONE_CLAUSE_TRIGGER.test(all.slice(0, at)) ? ', ' : '';
        return `${after}wait for a ${noun} within ${span ? span.replace(/^(?:an?|one)\s/i, '1 ') : '1 day'}`;
      })
      .replace(THINGS, '')
      .replace(DONE_THING, (m, head: string, article: string, noun: string, done: string) => {
        const verb = VERB_OF_DONE[done.toLowerCase()];
        return verb ? `${head}${verb} ${article} ${noun}` : m;
      })
      .replace(COMPLAINT, '')
      .replace(WHAT_HAPPENS_OTHERWISE, (m, said: string) => (VERB_INSIDE.test(said) ? m : ''))
      .replace(ORDINAL, '$1')
      .replace(ALERT_FOR, (_m, who: string, via?: string) => `notify ${who}${via ? ` by ${via.trim()}` : ''}`)
      .replace(
        APPROVAL_WISH,
        (_m, whose: string) => `ask for ${/^an?$/i.test(whose) ? 'an' : whose} approval`,
      ),
  );

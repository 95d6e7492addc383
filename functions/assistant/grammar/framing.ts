import { arrivalEvent } from './arrival-labels';
import { withoutAsides } from './asides';
import { framingByShape } from './framing-shapes';
import { aboutTheApprover } from './gates-said';
import { countsAside } from './list-size';
import { runAsideSaid } from './manual-starts';
import { mapped } from './mappings';
import { saysAStepOfSomeone } from './paragraph';
import { practiceOf, practiceProblem } from './practice';
import { recordsHeaded } from './records-headed';
import { inPlainWords } from './registers';
import { remembered } from './remembered';
import { remarkChoosesRecords, saysWhatTheRecordsAre } from './restrictions';
import { DONE_TO_SOMEONE, NAME, RECORD_WORDS, RULE_WORDS, WE_DO } from './rule-words';
import { correctSpelling } from './spelling';
import { openerOf, storyOf } from './story';
import { WEAK_NAMES, ZONE_NAME } from './timezones';

/**
 * The message around a rule: greetings, thanks and sign-offs ("Hi team,", "Thanks so much!", "Cheers, Ana"),
 * closers ("Let me know if this works", "Happy to jump on a call if that helps"), statements of context ("We're a
 * small agency.", "Right now we do this by hand and it's slow.", "I'll write the copy later.") and labelled notes
 * ("Context: …", "Rationale: …", "Goal: …"). A sentence (or a parenthesis) is taken out as framing only when it
 * carries no rule content: no word of the grammars' vocabularies — trigger, time, condition, wait, action,
 * recipient, amount, channel or record — and it is not a request in words nobody reads (an imperative, a wish, a
 * "you should …"): those stay, for the grammars to read or refuse, quoted. What is taken out is said back
 * ("ignored as context: …"), never dropped in silence.
 */

/** Words said around any message, taken out before the rule words are looked for (lower case). */
const FORMULAS: readonly RegExp[] = [
  // greetings and well-wishing
  /^(?:hi|hello|hey|hiya|heya|hoi|hallo|howdy|g'?day|dear|good (?:morning|afternoon|evening)|greetings|morning)\b(?:\s(?:there|team|all|everyone|everybody|folks|guys|y'all|again))*[\s,!.:-]*/giu,
  /^(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening))(?:\s[\p{L}'-]+){1,2}\s?[,!:]/giu,
  /\b(?:i |we )?hope (?:you(?:'re| are)(?: all)?|you all are|all is|everything(?:'s| is)|this (?:message |email |note )?finds you|you(?:'ve| have)? (?:been|had))(?: doing)? (?:well|good|great|fine|ok|okay|a (?:good|great|nice|lovely) (?:week|weekend|day|break|holiday))\b[^.!?]*/giu,
  /\b(?:have|enjoy) a (?:good|great|nice|lovely|wonderful) (?:week|weekend|day|evening|one)\b/giu,
  // thanks
  /\b(?:(?:many|big|huge)\s)?(?:thanks|thank you|thx|ty|cheers|ta|danke|merci|gracias|grazie)\b(?:\s(?:so much|a lot|a ton|very much|heaps|again|in advance|a million))*(?:\s(?:for|in)\s(?:this|that|it|all (?:this|that|of this|your help)|your (?:help|time|patience|support|work)|the (?:help|quick turnaround|support)|(?:looking|taking a look|checking|sorting|setting|helping|reading)(?:\s(?:into\s)?(?:this|it|that|me|us))?(?:\s(?:out|up))?|everything|doing this))?/giu,
  /\b(?:much|really|greatly) appreciated\b|\b(?:i|we) (?:really |would |'d )?appreciate (?:it|this|that|your help|the help|you)\b|\bappreciate (?:it|this|the help|your help)\b/giu,
  // sign-offs
  /^(?:best|regards|kind regards|best regards|warm regards|warmly|cheers|thanks (?:and|&) regards|sincerely|yours|all the best|talk soon|speak soon|take care|br)\b/giu,
  // a kiss after the thanks ("Thx!! x")
  /^(?:x{1,3}|xo|xoxo)$/giu,
  // closers about the message itself
  /\blmk\s(?:if|whether|what|how)\b[^.!?]*/giu,
  /\blet (?:me|us) know (?:if|whether|what|how|when) (?:this|that|it|you|anything|everything|there(?:'s| is| are)|the above|any of this|my (?:request|message|note))\b[^.!?]*/giu,
  /\b(?:please )?(?:feel free|don't hesitate|do not hesitate) to (?:reach out|ask|get in touch|ping me|message me|contact (?:me|us))\b[^.!?]*/giu,
  /\b(?:any|if you have any|let me know if you have any) (?:questions|comments|thoughts|feedback|concerns)\b[^.!?]*/giu,
  /^(?:does|do|would|will|could|can|is|was) (?:this|that|it|the above|all (?:this|that)) (?:make sense|work|sound (?:good|ok|okay|right|reasonable)|be (?:possible|doable|feasible|ok|okay|clear)|possible|doable|feasible|clear|ok|okay|realistic)\b(?: for you)?[\s?.!]*/giu,
  /\b(?:i'm |i am |we're |we are |i'd be |we'd be )?(?:happy|glad|more than happy|available) to (?:jump|hop|get) on a (?:quick )?(?:call|chat)\b/giu,
  /\b(?:i'm |i am |we're |we are |i'd be |we'd be )?(?:happy|glad|more than happy) to (?:help|explain|clarify|chat|discuss|answer any questions|walk you through)(?: (?:it|this|more|further))?\b/giu,
  /\bif (?:that|this|it)(?:'s| is| would)? (?:helps?|works?|makes sense|easier|clearer|useful|needed|necessary|unclear|confusing|possible)\b/giu,
  /\bif (?:you|anyone) (?:have|has|need|needs|want|get|run into|see|think|prefer|'d like|would like|can|could|are|get stuck)\b[^.!?]*/giu,
  /\b(?:looking forward to|can't wait to see|excited to see) (?:it|this|seeing|hearing|your)\b[^.!?]*/giu,
  /\b(?:no rush|no worries|no pressure|not urgent|whenever you (?:can|get a chance|have time))\b/giu,
  /^(?:a\s|just\sa\s)?(?:quick|small|tiny|little)\s(?:one|question|ask|request|favou?r|thing)\b/giu,
  /\b(?:it|this|that)\s(?:doesn't|does not|don't)\sneed\sto\sbe\s(?:fancy|perfect|pretty|complicated|elaborate)\b/giu,
  /\b(?:that's|that is) (?:it|all)(?: for now)?\b/giu,
  // "lmk if that makes sense", "ping me if questions", "you're a lifesaver", "Sent from my iPhone" (session 34)
  /\b(?:ping|message|dm|text|call|shout at|holler at|reach out to|email) (?:me|us)\s(?:if|with)\s(?:you have\s|there are\s|there's\s|any\s)*(?:questions?|qs|issues?|problems?|concerns?|anything (?:is )?unclear)\b[^.!?]*/giu,
  /\b(?:you(?:'re| are) (?:a |an |the )?(?:lifesaver|life saver|legend|star|rockstar|hero|best|amazing|awesome)|you rock)\b/giu,
  /^sent from my [\p{L}\d ]{1,20}$/giu,
  // "Is this something you can do:", "Is that something the system could handle?": the question around the rule
  /^(?:is|would|could) (?:this|that|it) (?:be )?(?:something|anything) (?:you|we|the system|the tool|dynaris|it) (?:can|could|would be able to|are able to|is able to)(?: (?:do|set up|build|handle|automate))?\b[\s?:.!-]*/giu,
  /\b(?:i |we )?hope (?:this|that) (?:makes sense|helps|is clear)\b/giu,
  /\b(?:it'd|it would|would) be (?:great|nice|awesome|ideal|amazing) to (?:have|get|see) (?:this|it) (?:live|running|set up|working|done|going|in place)\b/giu,
];

/** A sentence that asks for something: it stays for the grammars, whose refusal quotes it. */
const REQUEST =
  /\b(?:want|wants|wanted|need|needs|needed|would like|'d like|'d love|would love|wish|require\w*|expect\w*|prefer|should|must|have to|has to|got to|gotta|please|pls|kindly|make sure|ensure|remember|don't forget|do not forget|let's|can you|could you|would you|will you|can we|could we|can it|could it|is it possible|is there a way|would it be possible|i'd appreciate|we'd appreciate|be great if|be nice if|be awesome if|be ideal if|love it if|like it if)\b|\?$/;

/** What a statement about how things are starts with: a subject, or how the writer sets the scene. */
const STATEMENT_START =
  /^(?:(?:so|well|ok|okay|honestly|basically|unfortunately|currently|right now|at the moment|for now|these days|today|btw|fyi|quick context|for context|just so you know|as you know|also)[\s,:-]+)*(?:i|i'm|i've|i'll|i'd|we|we're|we've|we'll|we'd|our|my|it|it's|this|that|that's|these|those|there|there's|they|they're|everyone|everybody|nobody|people|the|a|an|most|some|many|lots|half|following|as|per|further|(?:leads|customers|clients|invoices|bookings|deals|payments|prospects|people|users|patients|guests)\b)\b/;

/** Labels whose text is context, never the request: "Context:", "Rationale:", "Goal:", "Background:", "Why:". */
const CONTEXT_LABEL =
  /^(?:(?:quick|some|a bit of|short|brief|more|the)\s)?(?:context|background|rationale|reason|reasons|goal|goals|why|purpose|problem|motivation|current (?:process|situation|state|setup)|today|situation|the why)$/;

/** Abbreviations whose full stop ends no sentence. */
const NOT_AN_END = /\b(?:e\.g|i\.e|mr|mrs|ms|dr|prof|vs|etc|approx|no|a\.m|p\.m|st|inc|ltd|co)\.$/i;

export interface Unframed {
  readonly text: string;
  /** The sentences and parentheses taken out, as written. */
  readonly ignored: readonly string[];
  /** Context notes that carry rule content: refused, quoted (a note is never read as a step). */
  readonly refused: readonly string[];
  /** Sentences after the rule that may tell what is done today, or be a step said as "we …": refused, quoted. */
  readonly described: readonly string[];
  /** Places named by the story ("an office in Toronto"): a schedule with no zone of its own is refused. */
  readonly zones: readonly string[];
  /** How many sentences only the story reader took out. */
  readonly told: number;
}

/** The sentence as the grammars would see it, for the look-up (never returned); each judge asks it 3-5 times. */
const normalised = remembered((s: string): string =>
  withoutAsides(correctSpelling(inPlainWords(s)).toLowerCase())
    .toLowerCase()
    .replace(/[‘’`´]/g, "'"),
);

/** What a sentence carries once the message's formulas are out: rule words, only records named, or nothing. */
type Carried = 'rule' | 'records' | 'nothing';

// each formula taken out before the next is looked for at the start ("Morning all, quick request:")
const withoutFormulas = (s: string): string =>
  FORMULAS.reduce((out, f) => out.replace(f, ' ').trimStart(), s);

const carried = (sentence: string): Carried => {
  // "our groomer thanks them by hand": a step said, before "thanks" is taken out as a formula
  if (DONE_TO_SOMEONE.test(normalised(sentence))) return 'rule';
  const s = withoutFormulas(normalised(sentence));
  const zone = ZONE_NAME.exec(s);
  if (zone && !WEAK_NAMES.has(zone[0])) return 'rule';
  if (RULE_WORDS.test(s)) return 'rule';
  if (NAME.test(` ${withoutFormulas(sentence).trim()}`)) return 'rule';
  return RECORD_WORDS.test(s) ? 'records' : 'nothing';
};

/** Whether the words left once the formulas are out say nothing at all. */
const onlyFormulas = (sentence: string): boolean => {
  const s = withoutFormulas(normalised(sentence));
  return !/[\p{L}\d]/u.test(
    s.replace(/\b(?:and|but|so|also|just|again|really|very|too|all|a|lot|ok|okay|oh|and again)\b/g, ''),
  );
};

type Verdict = 'framing' | 'rule' | 'refused';

/**
 * A sentence is framing when it carries no rule word and is only formulas, or a statement of how things are (which
 * may name the records it is about: "we lose leads"); a context note likewise, and one with rule words is refused.
 */
/** The last sentence, a sign-off and the writer's name: "Best, Priya", "Thanks again! Tom Baker", "Cheers, Ana". */
const SIGNED =
  /^(?:best|regards|kind regards|best regards|warm regards|warmly|cheers|thanks (?:and|&) regards|sincerely|yours|all the best|talk soon|speak soon|take care|br|thanks|thank you|many thanks|thanks again|thanks in advance|thx|ty|ta)[,!.]?\s([^,.!?()]{1,42}?)(?:\s?\([^()]{1,40}\)|,\s[^,.!?()]{1,40})?[.!]?$/i;
const WRITER = /^[A-Z][\p{L}'-]{0,20}(?:\s[A-Z][\p{L}'-]{0,20})?$/u;
const signed = (sentence: string): boolean => {
  const name = SIGNED.exec(sentence.trim())?.[1];
  // "Cheers, Mark (office manager)": a capitalised name after a sign-off is the writer's, even one that is a verb
  return name !== undefined && WRITER.test(name);
};

const byWords = (sentence: string, closing: boolean, inContextNote: boolean): Verdict => {
  if (closing && signed(sentence)) return 'framing';
  const what = carried(sentence);
  if (what === 'rule') return inContextNote ? 'refused' : 'rule';
  if (what === 'nothing' && onlyFormulas(sentence)) return 'framing';
  const lower = normalised(sentence).trim();
  if (inContextNote) return 'framing';
  if (REQUEST.test(lower) || !STATEMENT_START.test(lower) || WE_DO.test(lower)) return 'rule';
  return 'framing';
};

/** By its words first; a sentence they keep is story still when its structure only tells how things are or were. */
const judge = (
  sentence: string,
  closing: boolean,
  inContextNote: boolean,
  first = false,
  zones: string[] = [],
  told: string[] | undefined = undefined,
): Verdict => {
  // "They are already customers.": what the records are may be who the rule is for, read or refused, never dropped
  if (saysWhatTheRecordsAre(sentence)) return 'rule';
  // "This is just for the premium plan.": read (and refused, quoted) as a rule; in a context note, refused
  if (remarkChoosesRecords(sentence)) return inContextNote ? 'refused' : 'rule';
  // "My assistant gets a copy.": a step said as a statement is never framing
  if (saysAStepOfSomeone(normalised(sentence))) return inContextNote ? 'refused' : 'rule';
  // "Separate from the existing daily Slack summary.": the workflow that already exists is not asked for again
  if (EXISTING.test(sentence)) return 'framing';
  // "We only invoice annual memberships.", "Members usually book online.": how things are, by shape
  if (framingByShape(sentence)) return 'framing';
  const verdict = byWords(sentence, closing, inContextNote);
  if (verdict === 'framing' || !told) return verdict;
  // as written, lower case: the asides' reader would take out the very words the story is told in
  const lower = withoutFormulas(
    correctSpelling(inPlainWords(sentence))
      .toLowerCase()
      .replace(/[‘’`´]/g, "'"),
  )
    .replace(/\s+/g, ' ')
    .trim();
  const story = storyOf(sentence.trim(), lower, first, inContextNote, REQUEST.test(lower));
  if (!story) return verdict;
  zones.push(...story.zones);
  told.push(sentence);
  return 'framing';
};

/**
 * "send them a confirmation email, we do this by hand now and it takes forever": a sentence's last clause after a
 * comma that would be framing as a sentence of its own is framing there too. Never after a clause that tells what we
 * do ("we send a newsletter to our customers, I've been doing it by hand": the remark is about it, not about a step).
 */
const TAIL = /,\s+([^,]{8,160}?)([.!?]?)$/;
const WE_SEND = /\b(?:we|i)\s(?:\w+ly\s)?(?:send|e?mail|post|text|call|book|remind|chase|add|tag|mark)s?\b/i;
const contextTail = (sentence: string): { body: string; tail: string } | undefined => {
  const m = TAIL.exec(sentence);
  if (!m?.[1] || m[1].trim().split(/\s+/).length < 3) return undefined;
  const body = sentence.slice(0, m.index);
  if (WE_SEND.test(body) || judge(m[1], false, false) !== 'framing') return undefined;
  return { body: `${body}${m[2] ?? ''}`, tail: m[1].trim() };
};

const EXISTING =
  /^\s*(?:(?:this|it)\s+is\s+|keep\s+(?:this|it)\s+)?(?:(?:separate|different|distinct|apart)\s+from|independent\s+of|not\s+to\s+be\s+confused\s+with|not\s+the\s+same\s+as|in\s+addition\s+to)\s+(?:the|our|my)\s+(?:existing|current|other|old|usual|regular)\b[^.!?;:,]{0,60}[.!]?\s*$/i;

/** Splits at sentence ends (". ", "! ", "? "), keeping each sentence's own punctuation. */
const sentencesOf = (text: string): string[] => {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?…](?=\s)/g)) {
    const end = (m.index ?? 0) + m[0].length;
    const piece = text.slice(start, end);
    // "notify the team... and add a note": a trail-off before lower case goes on with the sentence
    if (NOT_AN_END.test(piece) || (/(?:\.{3}|…)$/.test(piece) && /^\s+\p{Ll}/u.test(text.slice(end))))
      continue;
    out.push(piece);
    start = end;
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
};

/** What stands before a dash or a colon at the start of a sentence ("Quick one - ", "Hi team, quick one: "). */
const AROUND = /^([^:;.!?]{1,40}?)\s?(?::|\s[-–—])\s+(?=\S)/u;

/** "Context: …", "Requirement: …": a label of one to three words that names nothing of a rule. */
const LABEL = /^([\p{L}'. ]{2,30}?)\s?:\s+(?=\S)/u;

/** Takes the framing out of a request; what it takes out is returned to be said back. */
export const withoutFraming = (said: string, story = true): Unframed => {
  const { text: request, mappings } = withMappings(said);
  // the sentences only the story reader took out: a request that finds no trigger without them is read again
  const told: string[] | undefined = story ? [] : undefined;
  const ignored: string[] = [...mappings];
  const refused: string[] = [];
  const described: string[] = [];
  const zones: string[] = [];
  // "(thanks for this!)": a parenthesis that is framing
  let text = runAsideSaid(countsAside(recordsHeaded(request))).replace(
    /\s?\(([^()]{2,120})\)/g,
    (all, inner: string) => {
      if (judge(inner, false, false, false, [], told) !== 'framing') return all;
      ignored.push(inner.trim());
      return '';
    },
  );
  const sentences = sentencesOf(text);
  const kept: string[] = [];
  let relabelled = false;
  sentences.forEach((sentence, i) => {
    let body = sentence;
    let contextNote = false;
    const label = LABEL.exec(body);
    if (
      label?.[1] &&
      label[1].split(/\s+/).length <= 3 &&
      // "Other sources: notify the team": the other branch, never a label to drop
      !/^(?:for\s)?(?:the\s|all\s|any\s)?(?:other|others|rest|remaining|else)\b/i.test(label[1]) &&
      // "rejected: email them our policy", "she rejects: …": an approval's branch, never a label to drop
      !/^(?:if\s)?(?:approved|rejected|declined|denied)$|(?:^|\s)(?:approves|rejects|declines|denies|says\s(?:yes|no))$/i.test(
        label[1],
      ) &&
      // "snow day! Manual run: cancel …": a start by hand said as a label, read by manual-starts.ts
      !/^(?:an?\s)?manual\b/i.test(label[1]) &&
      // "website quote request:", "scholarship application form:": the trade's thing and its channel, the trigger
      !arrivalEvent(label[1].toLowerCase()) &&
      (carried(label[1]) === 'nothing' || /^(?:notes?|nb|n\.b\.|ps|p\.s\.)$/i.test(label[1]))
    ) {
      contextNote = CONTEXT_LABEL.test(label[1].trim().toLowerCase());
      body = body.slice(label[0].length);
      relabelled = true;
    }
    // "Hi team, quick one: when …", "Quick one - when …": words said around any message, before a dash or colon
    const around = AROUND.exec(body);
    if (around?.[1] && onlyFormulas(around[1]) && !arrivalEvent(around[1].toLowerCase())) {
      ignored.push(around[1].trim());
      body = body.slice(around[0].length);
    }
    // "As discussed with Anna last week: when …": the opener said back, the rule after it read
    const opener = story ? openerOf(body) : undefined;
    if (opener && !arrivalEvent(opener[0].toLowerCase())) {
      ignored.push(opener[0]);
      body = opener[1];
    }
    // "Thanks!\nTom": the writer's name after a sign-off taken out
    const lone =
      i === sentences.length - 1 &&
      i > 0 &&
      WRITER.test(body.replace(/[.!]$/, '')) &&
      ignored.at(-1) === sentences[i - 1];
    const opening = kept.length === 0 && refused.length === 0;
    // "Jo is our head of strings …": who the approver is, said of someone asked to approve elsewhere
    const judged =
      lone || aboutTheApprover(body, request)
        ? 'framing'
        : judge(body, i === sentences.length - 1, contextNote, opening, zones, told);
    // "We send the engagement letter out by email after the consultation.": after the rule, how things are done today
    const practice = judged === 'rule' && kept.length > 0 ? practiceOf(body) : undefined;
    const verdict = practice === 'habit' ? 'framing' : judged;
    const tail = verdict === 'rule' && !practice ? contextTail(body) : undefined;
    if (tail) {
      ignored.push(tail.tail);
      body = tail.body;
    }
    if (practice === 'unclear') described.push(body.replace(/[.!]$/, '').trim());
    else if (verdict === 'framing') ignored.push(sentence.replace(/\s+/g, ' ').trim());
    else if (verdict === 'refused') refused.push(body.replace(/[.!]$/, '').trim());
    // "Re: automation request.": a subject line, left whole for the reader of subject lines
    else kept.push(/^(?:re|fwd?|subj(?:ect)?)\s?:/i.test(sentence) ? sentence : body);
  });
  if (
    kept.length === 0 ||
    (ignored.length === 0 && refused.length === 0 && described.length === 0 && !relabelled)
  )
    return { text, ignored, refused: [], described: [], zones, told: told?.length ?? 0 };
  text = kept.join(' ');
  return { text, ignored, refused, described, zones, told: told?.length ?? 0 };
};

/** "Retainer paid = client signed.": a mapping of words, read into the rest and said back, or left as written. */
const withMappings = (request: string): { text: string; mappings: string[] } => {
  const sentences = sentencesOf(request);
  const mappings: string[] = [];
  let text = request;
  for (const sentence of sentences) {
    if (!/=|\bmeans\b/.test(sentence)) continue;
    const rest = sentencesOf(text)
      .filter((s) => s !== sentence)
      .join(' ');
    const read = mapped(sentence, rest);
    if (!read?.settled) continue;
    mappings.push(sentence);
    text = read.text;
  }
  return { text, mappings };
};

/** The note that says the framing back: `ignored as context: "Thanks so much!", "We're a small agency."`. */
export const framingNote = (ignored: readonly string[]): string =>
  `ignored as context: ${ignored.map((s) => `"${s}"`).join(', ')}`;

/** What the framing refuses, and the words each refusal quotes. */
export const framingRefusal = (u: Unframed): { problems: string[]; quoted: string[] } => ({
  problems: [...u.refused.map(contextNoteProblem), ...u.described.map(practiceProblem)],
  quoted: [...u.refused, ...u.described],
});

/** A context note ("Context: …", "Goal: …") that names part of a rule: never read as a step, never dropped. */
export const contextNoteProblem = (note: string): string =>
  `"${note}" is a note of context, yet it names a trigger, a time, a condition, an action or a record: say it as part of the request ("…, only for German customers") or leave it out`;

/** "Can the system email people?", "What happens when a lead comes in?": a question about the system, not a request. */
const ABOUT_THE_SYSTEM =
  /^(?:(?:can|could|does|do|will|is)\s(?:the\s(?:system|tool|app|platform|assistant)|dynaris)\s(?!be\s)[a-z]+|what\s(?:happens|does|do|will|would|is)|how\s(?:does|do)\s(?:the\s(?:system|tool|app|platform)|dynaris|it|this))\b[^?]{0,300}\?\s*$/i;

/** Why a question that was not read as a workflow is refused, said first (undefined for anything else). */
export const questionProblem = (request: string): string | undefined =>
  ABOUT_THE_SYSTEM.test(request.trim())
    ? `"${request.trim()}" reads as a question about what the system does, not as a workflow to build: say what should happen and when ("When a new lead comes in, email them …")`
    : undefined;

/** A refusal of a request that reads as a question about the system says so first. */
export const askedBack = <F extends { readonly problems: readonly string[] }>(
  request: string,
  failure: F,
): F => {
  const question = questionProblem(request);
  return question ? { ...failure, problems: [question, ...failure.problems] } : failure;
};

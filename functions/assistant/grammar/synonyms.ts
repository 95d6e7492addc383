import { CRM_PEOPLE } from './lexicon';
import { TRADE_ROLE } from './roles';
import { VERB_WORD } from './split';

/**
 * Verbs people use for an action the grammars know under another name, as a table: each rewritten to the verb the
 * action readers read ("advise the team" is "inform the team", "pencil in a call" is "schedule a call"), so a new
 * synonym is one row, not a new pattern in every reader. Then the modal before an imperative goes: "you must send",
 * "you should add" are "send", "add".
 */
/** What is asked of one who approves ("ask my manager to approve it", "for sign-off"): an approval, read as one. */
const ASSENT =
  '(?:approv|sign|ok\\b|okay|confirm|review|check|authori[sz]|permission|the\\s+(?:ok|go-?ahead|green\\s+light)|an?\\s+(?:ok|yes|decision))';

const SYNONYMS: readonly [RegExp, string][] = [
  // "if the reason mentions weather rebook it": our step, booking them again (never "if they rebook", their event)
  [
    /(?<!\b(?:they|he|she|who|client|customer|guest|patient)\s)\brebook\s+(?:it|them|him|her|the\s+(?:booking|appointment|visit|session|job|class))\b/gi,
    'book a new appointment',
  ],
  [
    /\badvi[sc]e(?=\s+(?:the|our|my|him|her|them|us|me|sales|finance|support|[a-z]+\s+(?:on|via|by)\b))/gi,
    'inform',
  ],
  [/\bbrief(?=\s+(?:the|our|my|him|her|them|sales|finance|support)\b)/gi, 'inform'],
  [
    /\bgive\s+((?:[a-z][\w'-]*\s+){0,4}?[a-z][\w'-]*)\s+a\s+(?:shout|shout-out|buzz|call-out)\b/gi,
    'notify $1',
  ],
  [
    /\bsay\s+(?:hello|hi)\s+to\s+(them|him|her|the lead|the customer|the client)(?:\s+(?:with|by|via|in)\s+(?:an?\s+)?(?:e-?mail|mail|message))?/gi,
    'send $1 a welcome email',
  ],
  // "→ contact in CRM + …": the record to create, named alone
  [
    /(^|[:>→+,;]\s*|\b(?:and|then)\s+)(?:an?\s+)?(?:new\s+)?(contact|lead)\s+in\s+(?:the\s+)?crm\b/gi,
    '$1create a $2 in the crm',
  ],
  [
    /\b(?:log|record|enter)\s+(them|him|her|the person|the customer|the client)\s+(?:in|into|on)\s+(?:the\s+)?crm\s+as\s+(?:an?\s+)?(?:new\s+)?(?:lead|contact)\b/gi,
    'add $1 to the crm',
  ],
  // "confirm it", "confirm the booking": the confirmation is an email to them
  [
    /(?<!(?:\bnot|n't|\bnever|\bto|\bwill|\bwould|\bshould|\bmust|\bcan|\bcould|\bdoes|\bdo|\bdid|\bthey|\bhe|\bshe|\bwe|\bi|\byou|\bwho|\bthat|\bclient|\bcustomer|\blead|\battendee|\bsomeone|\bnobody|\bstill)\s)\bconfirm\s+(?:it|the\s+(?:booking|appointment|appt|meeting|demo|call|reservation)|their\s+(?:booking|appointment|meeting)|with\s+them)\b(?!\s+(?:is|was|has|gets)\b)/gi,
    'send them a confirmation email',
  ],
  // "chase every customer … with a payment reminder": one reminder, said twice
  [
    /\b(chase|nudge|remind)\b([^,.;]{1,60}?)\s+with\s+(?:an?\s+)?(?:payment\s+|polite\s+|friendly\s+|gentle\s+|quick\s+)?(?:reminder|nudge)(?:\s+e-?mail)?\b/gi,
    '$1$2',
  ],
  // "ask Dave to give them a ring", "have Dave call them", "get the sales manager to phone them": a task for a
  // colleague, which is telling them (there is no phone-call action; the person asked is who is notified)
  [
    new RegExp(
      `\\b(?:ask|have|get|tell)\\s+(?!(?:them|him|her|us|me|it|the\\s+(?:lead|customer|client|prospect|contact|attendee|person|sender))\\b)((?:the\\s+|our\\s+)?[a-z][\\w'-]*(?:\\s+(?!to\\b)[a-z][\\w'-]*)?)\\s+(?:to\\s+)?(?:give\\s+(them|him|her|the\\s+${CRM_PEOPLE})\\s+a\\s+(?:quick\\s+)?(?:ring|call|bell|buzz|tinkle)|(?:call|phone|ring|dial)(?:\\s+up)?\\s+(them|him|her|the\\s+${CRM_PEOPLE})|(?:call|phone|ring)(?=\\s*(?:[,.;!?→)]|$)))(?:\\s+(?:up|back))?\\b`,
      'gi',
    ),
    // ("get Priya to call": whom she calls is the workflow's person, never a meeting booked)
    'tell $1 to call $2$3',
  ],
  // "give them a ring": a phone call (refused, with what to say instead), never a booked meeting
  [
    new RegExp(
      `\\bgive\\s+(them|him|her|the\\s+${CRM_PEOPLE})\\s+a\\s+(?:quick\\s+)?(?:ring|call|bell|buzz|tinkle)\\b`,
      'gi',
    ),
    'call $1',
  ],
  // "ask the consultant for feedback", "ask the trainer how it went": telling one of ours, asking (a consultant or a
  // recruiter asked is ours, though "email the consultant" may be the client's); never an approval or a yes/no
  [
    new RegExp(
      `\\bask\\s+(${TRADE_ROLE}|(?:the|our)\\s(?:consultant|recruiter))\\s+(for(?!\\s+${ASSENT})|how)\\b`,
      'gi',
    ),
    'tell $1 asking $2',
  ],
  [
    new RegExp(
      `\\bask\\s+(${TRADE_ROLE}|(?:the|our)\\s(?:consultant|recruiter))\\s+to\\b(?!\\s+${ASSENT})`,
      'gi',
    ),
    'tell $1 to',
  ],
  // "hasn't got back to me", "when a client gets back to us": a reply (never "get back to them": that is an email)
  [/\b(?:got|gotten)\s+back\s+to\s+(?:me|us)\b/gi, 'replied'],
  [/\bgets\s+back\s+to\s+(?:me|us)\b/gi, 'replies'],
  [/\bgetting\s+back\s+to\s+(?:me|us)\b/gi, 'replying'],
  [/\bget\s+back\s+to\s+(?:me|us)\b/gi, 'reply'],
  // "send it to me", "send this over to us": the thing passed on to the one asking
  [/\bsend\s+(it|this|that)\s+(?:over\s+|on\s+)?to\s+(me|us)\b/gi, 'forward $1 to $2'],
  // "send a welcome email and a note": the note is a second step (a note on the record), not part of the email;
  // "… and a text" is a second message (refused: there is no SMS action), never dropped
  [
    /\b(e-?mails?|messages?|reminders?)\s+and\s+(?:also\s+)?(an?\s+(?:short\s+|quick\s+|crm\s+)?note)\b/gi,
    '$1 and add $2',
  ],
  [
    /\b(e-?mails?|messages?|reminders?)\s+and\s+(?:also\s+)?an?\s+(?:sms|text(?:\s+message)?)\b/gi,
    '$1 and text them',
  ],
  [/\b(e-?mails?|messages?|reminders?)\s+and\s+(?:also\s+)?(an?\s+invoice)\b/gi, '$1 and send $2'],
  [/\bpencil\s+in\b/gi, 'schedule'],
  [/\bpencil\b(?=\s+(?:a|an)\s+(?:call|meeting|demo|appointment|slot)\b)/gi, 'schedule'],
  [/\b(?:pop|chuck|stick|bung|plonk)(?!\s+up\b)(?=\s)/gi, 'put'],
  [/\b(?:fire|shoot|send)\s+off\b/gi, 'send'],
  [/\bdrop\s+(them|him|her|the lead|the customer|the client)\s+a\s+(?:line|quick line|mail)\b/gi, 'email $1'],
  // "post the daily specials from our knowledge base to #sales", "email them the price list from the kb": what is
  // sent is found there first (session 42; the words had been dropped and the post said nothing)
  [
    /\b(post|send|email|e-mail|share|forward)\s+((?:(?:them|him|her|me|us)\s+)?(?:(?!from\b|out\b|to\b|in\b)[^\s,.;:#]+\s+){1,8}?)(?:from|out\s+of)\s+((?:our|the|my)\s+(?:own\s+)?(?:knowledge\s?base|kb|faqs?|help\s+(?:docs|cent(?:er|re))))\b/gi,
    'search $3 for $2and $1 it',
  ],
  // "pull our returns policy from the knowledge base", "grab the X article out of the kb": a search for it (session 41)
  [
    /\b(?:pull|grab|get|fetch|retrieve|take|bring\s+up|dig\s+out|copy)\s+((?:(?!from\b|out\b)[^\s,.;:]+\s+){1,8}?)(?:up\s+|out\s+)?(?:from|out\s+of|in)\s+((?:our|the|my)\s+(?:own\s+)?(?:knowledge\s?base|kb|faqs?|help\s+(?:docs|cent(?:er|re))))\b/gi,
    'search $2 for $1',
  ],
  // "the form called 'Keg Return'": the form's name, as "the 'Keg Return' form" (never a field named "called")
  [/\b(the|a|our)\s+(form|survey|questionnaire)\s+(?:called|named|titled|labell?ed)\s+(⟦\d+⟧)/gi, '$1 $3 $2'],
  // "hit https://… so the booking site doesn't go to sleep": a keep-alive's purpose, said without its negation
  [
    /\bso\s+(?:that\s+)?((?:the|our|my)\s+(?:[\w-]+\s+){0,2}(?:site|website|server|app|api|service|page))\s+(?:doesn't|does\s+not|won't|will\s+not)\s+(?:go\s+to\s+sleep|fall\s+asleep|sleep|idle|time\s+out|spin\s+down)\b/gi,
    'so $1 stays awake',
  ],
  // "send it to whoever is attending": the booking's own attendee (never "whoever is booked tomorrow", a day's list)
  [
    /\b(?:whoever|whomever|the\s+(?:person|people)\s+(?:who|that))(?:'s|\s+(?:is|are))\s+(?:attending|coming|booked(?:\s+in)?)\b(?!\s+(?:in\s+|for\s+|on\s+)?(?:today|tomorrow|tonight|this|next|on|at|for)\b)/gi,
    'them',
  ],
  // "acknowledge by email", "acknowledge it via email": a first email back, never left out (session 41)
  [
    /\backnowledge\s+(?:(?:it|them|the\s+[a-z]+|their\s+[a-z]+|receipt)\s+)?(?:by|via|over|with\s+an?)\s+e-?mail\b/gi,
    'send them an acknowledgement email',
  ],
];

/**
 * The writer told once (session 41, issue #16 class 2), read before any other pass rewrites "I want to know" or the
 * address after "me": an aside that says how or where the writer is reached is that message, never a second one.
 */
const WRITER_ONCE: readonly [RegExp, string][] = [
  // "I want to know about it. email me (Dan)": the second sentence says how the writer is told, one message
  [
    /\bI(?:\s+(?:want|need|would\s+like)|\s?'d\s+like)\s+to\s+(?:know|hear)(?:\s+about\s+(?:it|this|that))?\s*[.!,;:-]+\s*(?:(?:just|so|please)\s+)?(?=(?:e-?mail|mail|message|ping|slack|text|notify|tell)\s+me\b)/gi,
    '',
  ],
  // "email it to me, owner@x.com", "send it to Sam, sam@x.com", "send me a summary -> jana@x.com": the address is
  // of the one just named, one email there
  [
    /(?<=\b(?:to|e-?mail|send|forward)\s)(?:me|[A-Z][a-z]+)\s*,\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?=\s*(?:[.!;]|$))/g,
    '$1',
  ],
  [
    /\b(send|e-?mail|forward) me((?: [^\s@.;!→>-]+)*) ?(?:->|→|=>) ?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/gi,
    '$1 $3 $2',
  ], // "message me (Tom) on slack", "let me (Carla) know", "give me (Rachel) a shout": the writer by name, one of ours (session 42)
  [
    /(?<=\b(?:message|let|tell|ping|slack|dm|notify|alert|inform|email|e-mail|give|send|drop|shoot|flick|buzz)\s)me\s\((\p{Lu}\p{Ll}+)\)(?=[\s,.;:!?]|$)/gu,
    '$1',
  ],
];

/**
 * "answer customer emails using our knowledge base", "respond to all incoming client emails …": what starts it is
 * their email coming in (session 42; it had been read as a new lead), read before anything rewrites the tail.
 */
const ANSWERED_EMAILS =
  /(^|[.!?:]\s+)(?:please\s+)?(answer|reply\s+to|respond\s+to)\s+(?:(?:all|any|every|incoming|inbound|new|our|the)\s+)*(customer|client|guest|patient|member|parent|buyer|tenant|student|supporter|donor)\s+(?:e-?mails|email\s+(?:enquiries|inquiries|questions))\b/gi;
export const answeredEmails = (s: string): string =>
  s.replace(
    ANSWERED_EMAILS,
    (_m, before: string, verb: string, who: string) =>
      `${before}When a ${who.toLowerCase()} emails us, ${verb.toLowerCase()} it`,
  );

export const writerOnce = (s: string): string =>
  WRITER_ONCE.reduce((text, [re, to]) => text.replace(re, to), s);

const MODAL =
  /(^|[^a-z'])(?:you|u)\s+(?:must|should|have to|need to|gotta|got to|can|could|will|would|shall)(?:\s+(?:also|then|please))?\s+([a-z]+)/gi;

/**
 * "notify Jenna, the paralegal on the file", "email it to Tom, our accountant": who the person named is, said after
 * their name; it goes (the name is who is written to) when it says nothing a rule is made of: no verb, number, time
 * or branch word.
 */
const APPOSITION =
  /\b((?:notify|tell|alert|ping|inform|email|message|cc|ask|remind|to|for|with)\s[A-Z][\p{L}'-]{0,30}(?:\s[A-Z][\p{L}'-]{0,30})?)\s?,\s?((?:the|our|my|who's|who\sis|she's|he's|they're)\s[^,.;:!?()]{2,60}?)(?=\s?(?:[,.;:!?]|$))/gu;
const RULE_IN_APPOSITION =
  /\d|[#@$€£⟦]|\b(?:if|unless|when|whenever|once|after|before|until|till|every|each|only|otherwise|else|rest|others|and|or|then|but|so|daily|weekly|monthly|today|tomorrow)\b/i;
const withoutAppositions = (s: string): string =>
  s.replace(APPOSITION, (m, named: string, about: string) =>
    RULE_IN_APPOSITION.test(about) ||
    about.split(/\s+/).length > 10 ||
    about
      .toLowerCase()
      .split(/\s+/)
      .slice(1)
      .some(
        (w) =>
          VERB_WORD.test(w) ||
          VERB_WORD.test(w.replace(/e?s$/, '')) ||
          /^(?:will|should|must|can|gets?)$/.test(w),
      )
      ? m
      : named,
  );

export const withCommonVerbs = (s: string): string =>
  withoutAppositions(SYNONYMS.reduce((text, [re, verb]) => text.replace(re, verb), s)).replace(
    MODAL,
    (m, before: string, verb: string) => (VERB_WORD.test(verb.toLowerCase()) ? `${before}${verb}` : m),
  );

/**
 * "give the customer 5 more days", "give it another week", "give it 5 business days", "allow 14 days;": a wait, counted
 * from the wait before when said as more ("give it another 3 days" after "wait 48h" is 3 days more).
 */
export const GIVEN_TIME =
  /\b(?:give\s+(?:them|it|him|her|the\s+(?:customer|client|lead|prospect|payer))|allow(?=\s[^;,.]+[;,.]))\s+(another\s+|an?\s+extra\s+)?(\d+|an?|a few|a couple of|[a-z]+(?:-[a-z]+)?)\s+(more\s+|extra\s+|further\s+)?((?:business\s+|working\s+)?days?|weeks?|fortnights?|hours?|hrs?)\b/gi;
export const givenTime = (
  _m: string,
  another: string | undefined,
  n: string,
  more: string | undefined,
  unit: string,
): string => `wait ${n} ${more || another ? 'more ' : ''}${unit}`;

import { WEBHOOK_PAYLOAD } from './event-shapes';
import { BOOKING_NOUN, PERSON, ROLE } from './nouns';

/**
 * Trigger qualifiers and webhooks as writers say them (session 36), put in the forms the readers take, so that a
 * qualifier is read and never left out (an unread one is refused: trigger-tail.ts):
 *   words in an email     "an email comes in with "refund" in it"     → "an email comes in that mentions "refund""
 *                         "we get an email with the word "urgent""    → "… an email that mentions "urgent""
 *   what was booked       "an appointment booked for a "state inspection"", "someone books a "Full Groom""
 *                         → "… and the booking title contains "state inspection""
 *   a webhook's sender    "Tekmetric sends us a webhook when an RO is closed", "our supplier (Worldpac) hits a
 *   said first            webhook when …", "the PetDesk app hits our webhook with …"
 *                         → "When a webhook from Tekmetric arrives"
 *   a sender of words     "we get a webhook from Time To Pet every time …" → "When a webhook from TimeToPet arrives"
 * What the webhook is said to be about is what it carries (no payload is tested); one that says a test (a number, an
 * amount, "only", "over", "not", "tagged", …) is kept as written after it, for the readers to refuse quoted.
 */

const QUOTED = `(?:"[^"]{1,60}"|“[^”]{1,60}”|'[^']{1,60}')`;
const QUOTES = `${QUOTED}(?:(?:\\s?,\\s?(?:or\\s)?|\\sor\\s)${QUOTED})*`;

/** "an email comes in with "refund" in it", "a message with the words "cancel" or "stop"". */
const WORDS_IN_EMAIL = new RegExp(
  String.raw`\b((?:an?|the|any|each|every)\s(?:new\s|inbound\s|incoming\s)?(?:e-?mail|message)(?:\s(?:comes?\sin|came\sin|arrives?|lands?|is\sreceived|gets\sreceived))?)\s(?:with|that\shas|having)\s(?:(?:the\s(?:words?|phrase)\s(${QUOTES}))|(${QUOTES})\sin\s(?:it|there|the\s(?:e-?mail|message|body|text)))(?![\w'-])`,
  'gi',
);

/** "an appointment booked for a "state inspection"", "New booking for 'Full Groom'": what was booked, quoted. */
const BOOKED_QUOTED = new RegExp(
  String.raw`\b((?:(?:a|an|the|any|each|every)\s)?(?:new\s)?${BOOKING_NOUN}(?:(?:\s(?:is|gets|was|has\sbeen))?\s(?:booked|made|scheduled|created|confirmed|placed|reserved))?)\s(?:for|of)\s(?:an?\s|the\s)(${QUOTED})`,
  'gi',
);
/** "someone books a "Full Groom"", "a client books the 'Deluxe Wash'". */
const BOOKS_QUOTED = new RegExp(
  String.raw`\b((?:someone|somebody|anyone|(?:a|an|any)\s(?:new\s)?${PERSON})\s(?:books|reserves|schedules))\s(?:an?\s|the\s)(${QUOTED})`,
  'gi',
);
/**
 * Words said to be in an email's subject (session 42): an email arriving, whoever it is from ("a customer email",
 * "customer emails", "emails coming in", "a supplier emails us", "anyone emails the office", "we get mail"), then the words, quoted or not, "in the subject (line)" after "with", "that
 * has", "having" or "containing" ("with recall in the subject", "that has 'artwork' in the subject line"), or a
 * subject that says them ("with a subject line that says "recall"", "whose subject mentions refund"). Unquoted, at most three words and never a
 * determiner first ("with nothing in the subject", "with a question in the subject" stay as written).
 */
const EMAIL_ARRIVING = String.raw`(?:(?:an?|the|any|each|every)\s(?:new\s|inbound\s|incoming\s)?(?:(?:${PERSON}|${ROLE})\s)?(?:e-?mail|message)|(?<![\w'-]\s)(?:(?:all|any)\s)?(?:new\s|inbound\s|incoming\s)?(?:(?:${PERSON}|${ROLE})\s)?(?:e-?mail|message)s)(?:\s(?:comes?\sin|came\sin|coming\sin|arriving|arrives?|lands?|is\sreceived|gets\sreceived))?|(?<!\b(?:send|sends|sent|sending|write|writes|wrote|draft|drafts|drafted)\s)(?:(?:(?:an?|any|each|every)\s)?(?:${PERSON}|${ROLE})|someone|somebody|anyone|anybody)\s(?:e-?mails|messages|writes)(?:\s(?:us|me|in|(?:the|our)\s(?:office|team|club|shop|practice|inbox)))?|(?:we|i)\s(?:get|receive)\s(?:an?\s|some\s)?(?:e-?mail|mail|message)s?`;
const NOT_A_WORD = String.raw`(?!(?:a|an|the|their|his|her|its|our|my|some|any|no|nothing|something|anything|this|that|it)\b)`;
const BARE_WORDS = String.raw`${NOT_A_WORD}[a-z0-9][\w-]*(?:\s${NOT_A_WORD}[a-z0-9][\w-]*){0,2}?`;
const WORDS_IN_SUBJECT = new RegExp(
  String.raw`\b(${EMAIL_ARRIVING})\s(?:(?:with|that\s(?:has|have)|which\s(?:has|have)|having|containing)\s(?:the\s(?:words?|phrase)\s)?(?:(${QUOTES})|(${BARE_WORDS}))\sin\s(?:the|its|their)\ssubject(?:\s?line)?|(?:with\s(?:a|the)\ssubject(?:\s?line)?\s(?:that\s)?|whose\ssubject(?:\s?line)?\s)(?:contains|includes|mentions|says|has)\s(${QUOTES}|${BARE_WORDS}))(?![\w'-])(?:\s(comes?\sin|arrives?|lands?|is\sreceived))?`,
  'gi',
);
/** The email before its subject's words: its arrival said after them goes before ("an email with X in the subject comes in"). */
const subjectSaid = (email: string, words: string, arrives?: string): string => {
  // "emails that have 'invoice' in the subject:" said first, with no verb: those coming in
  const bare = !arrives && /^(?:(?:all|any)\s)?(?:new\s|inbound\s|incoming\s)?e-?mails$/i.test(email);
  // "someone emails with …": to us; "we get mail with …": an email
  const said = email
    .replace(
      /^((?:(?:an?|any|each|every)\s\S+|someone|somebody|anyone|anybody)\s(?:e-?mails|messages))$/i,
      '$1 us',
    )
    .replace(/^((?:(?:an?|any|each|every)\s\S+|someone|somebody|anyone|anybody)\swrites)$/i, '$1 in')
    .replace(/\b(get|receive)\s(?:some\s)?mail$/i, '$1 an email');
  return `${said}${arrives ? ` ${arrives}` : bare ? ' coming in' : ''} and the subject contains ${words}`;
};
/** "Stripe webhook for a payment", "a Square webhook for an order": what the webhook carries, said after it. */
const WEBHOOK_FOR = new RegExp(
  String.raw`\b([A-Za-z][\w-]*)\swebhook\sfor\s(?:a|an|the|each|every)\s(${WEBHOOK_PAYLOAD})(?![\w'-])`,
  'g',
);
const titled = (event: string, quote: string): string =>
  `${event} and the booking title contains "${quote.slice(1, -1)}"`;

/** A name of a sender: capitalised words ("Time To Pet", "PetDesk"), or one word of any case after its verb. */
const SENDER = String.raw`(?!(?:When|Whenever|If|Once|Each|Every|Our|The|My|We|I)\b)([A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})(?!\.[a-z])`;
/** What the webhook is said to be about, after it: "when an RO is closed", "with a new appointment request". */
const ABOUT = String.raw`(?:\s(?:that|saying|when(?:ever)?|every\stime|each\stime|about|with|for|on)\s[^,;.()"→—]{1,80}?)?`;
const UNTIL_END = String.raw`(?=\s?[,;.:!]|\s?$|\s(?:->|→|-|—)\s?)`;

/**
 * "Tekmetric sends us a webhook when …", "our parts supplier (Worldpac) hits a webhook when …", "when the PetDesk app
 * hits our webhook with …": the named sender said first, its verb, then the webhook.
 */
const SENDER_FIRST = new RegExp(
  String.raw`(^|[.!?]\s|\b(?:[Ww]hen(?:ever)?|[Ii]f|[Oo]nce|[Ee]ach\stime|[Ee]very\stime)\s)(?:(?:[Oo]ur|[Tt]he|[Mm]y)\s(?:[a-z][\w-]*\s){0,3}?)?\(?${SENDER}\)?(?:\s(?:app|system|platform|software|portal|tool|integration))?\s(?:sends|hits|fires|posts|triggers|pings|calls)\s(?:us\s|our\s)?(?:a\s|an\s|the\s)?(?:${WEBHOOK_PAYLOAD}\s)?webhook(${ABOUT})${UNTIL_END}`,
  'g',
);
/** "we get a webhook from Time To Pet every time a new client signs up". */
const GET_WEBHOOK_FROM = new RegExp(
  String.raw`(^|[.!?]\s)(?:we|i|We|I)\s(?:get|receive|got)\s(?:a\s)?(?:${WEBHOOK_PAYLOAD}\s)?webhook\sfrom\s${SENDER}((?:\s(?:every\stime|each\stime|whenever|when)\s[^,;.()"→—]{1,80}?)?)${UNTIL_END}`,
  'g',
);

/** A description that says a test: left as written (refused), never set aside as what the webhook carries. */
export const SAYS_A_TEST =
  /\d|[$€£%]|\b(?:over|under|above|below|more|less|only|just|if|unless|except|not|never|no|tagged|vip|from)\b|n't\b/i;

/** The webhook arriving; a description that says a test stays as written, for the readers to refuse. */
const fromSender = (start: string, sender: string, about: string): string => {
  const when = /\S/.test(start) && !/[.!?]\s$/.test(start) ? start : `${start}When `;
  const test = SAYS_A_TEST.test(about) ? ` ${about.trim()}` : '';
  return `${when}a webhook from ${sender.replace(/\s/g, '')} arrives${test}`;
};

/**
 * "someone got tagged "bite risk"", "a customer gets tagged 'comeback'", "cand gets tagged 'placed' ->" (the noun bare
 * where the request or its trigger starts): the tag put on one of our people.
 */
const GETS_TAGGED = new RegExp(
  String.raw`\b(?:(?:someone|somebody|anyone|(?:a|an|any|one\sof\s(?:our|my|the))\s(?:${PERSON}|${ROLE}))\s(?:gets|got|has\sbeen|is\sgetting)|(?<=(?:^|[.!?]\s|\b(?:[Ww]hen(?:ever)?|[Oo]nce|[Ii]f)\s))(?:${PERSON}|${ROLE})(?:\s(?:gets|got|has\sbeen|is\sgetting|is))?)\stagged\s(?:as\s|with\s)?(${QUOTED})`,
  'gi',
);
/** "if a new client has the tag "multi-dog"": a new one arriving with that tag. */
const NEW_HAS_TAG = new RegExp(
  String.raw`\b((?:a|an|any)\snew\s(?:${PERSON}|${ROLE}))\s(?:has|comes\sin\swith|is\sadded\swith)\sthe\stag\s(${QUOTED}|[a-z0-9][\w-]*)(?![\w'-])`,
  'gi',
);
/**
 * "client email comes in →" said first with no article: an email arrives; so do "customer emails with … →" and
 * "customer emails → …", the plural as a noun where the request starts (never "customer emails us": the verb).
 */
const BARE_PERSON_EMAIL = new RegExp(
  String.raw`(^|[.!?]\s)(?:new\s)?(?:${PERSON}|${ROLE})\s(?:e-?mails?|messages?)\s(?=(?:comes?\sin|arrives?|lands?)\b)`,
  'gi',
);
const BARE_PERSON_EMAILS = new RegExp(
  String.raw`(^|[.!?]\s)(?:new\s|incoming\s|inbound\s)?(?:${PERSON}|${ROLE})\s(?:e-?mails|messages)(?=\s(?:with|that|which|containing|having)\s|\s?(?:->|→|:|—)|\s-\s)`,
  'gi',
);
/**
 * "answer customer emails with …", "reply to every client message …", "forward customer emails to …": emails answered
 * or forwarded are emails that arrive, whoever writes them (the person word never makes them new leads: "every
 * customer" had read as lead.created).
 */
const ANSWER_PERSON_EMAILS = new RegExp(
  String.raw`\b((?:answer|reply\sto|respond\sto|forward|pass\son)\s(?:(?:all|any|every|each|our|the|incoming|inbound|new)\s)*)(?:${PERSON}|${ROLE})\s(?=(?:e-?mails?|messages?)(?![\w'-]))`,
  'gi',
);
/**
 * A sender said as anyone at a domain: "from anyone @tesco.com", "from someone at tesco.com", "from a tesco.com
 * address", "from anybody with an @tesco.com email", "from an address ending in @tesco.com", "from the supplier
 * (anything @tesco.com)" → "from @tesco.com" (the sender reader tests trigger.from).
 */
const DOMAIN_NAME = String.raw`[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}`;
const ANYONE_AT_DOMAIN = new RegExp(
  String.raw`\bfrom\s(?:the\s(?:[a-z]+\s){1,3}\(?(?=any(?:one|body|thing)\s))?(?:(?:anyone|anybody|anything|someone|somebody|people|any(?:one|body)\selse|a\sperson|whoever|(?:an?|any)\s(?:e-?mail\s)?address|addresses)\s(?:(?:at|@)\s?|(?:ending|that\sends?)\s(?:in|with)\s|with\s(?:an?\s)?@?(?=${DOMAIN_NAME}\s(?:e-?mail|address))|(?:on|from|using)\s(?=@))|(?:an?|any)\s(?=@?${DOMAIN_NAME}\s(?:e-?mail\s)?(?:address|e-?mail|account)\b))@?(${DOMAIN_NAME})(?:\s(?:e-?mail\s)?(?:address(?:es)?|e-?mails?|accounts?)\b)?(?![\w@.-])\)?`,
  'gi',
);
/** "their lead is still "new"", "the status is 'qualified'": a lead's status word quoted is that status. */
const QUOTED_STATUS =
  /\b((?:lead|status|stage|they|he|she)\s(?:is|are)\s(?:still\s|currently\s)?)["'“](new|contacted|qualified|customer|lost|won)["'”](?![\w'-])/gi;
/**
 * "an email comes in from @hmrc.gov.uk give Sandra a heads up": the sender's address, then the first step with no
 * comma between them; the comma is put back, so that the step is read as one ("let Gemma know" was, "give …" not).
 */
const SENDER_THEN_STEP = new RegExp(
  String.raw`(\bfrom\s(?:[\w.+-]+@|@)?${DOMAIN_NAME})\s(?=[a-z])(?!(?:and|or|but|with|without|to|in|into|on|at|about|that|who|whose|which|where|is|are|was|were|has|have|arrives?|comes?|came|lands?|gets?|hits?|tagged|saying|mentioning|containing|regarding|please|pls)\b)`,
  'g',
);
/** "New client in the system ->": a new one, where every one of them is. */
const NEW_IN_SYSTEM = new RegExp(
  String.raw`(^|[.!?]\s)([Nn]ew\s(?:${PERSON}|${ROLE}))\s(?:in|into|added\sto|on)\s(?:the|our)\s(?:system|crm|database|books)(?=\s?(?:->|→|:|\?|!|-\s|—))`,
  'g',
);
/** "a vaccination record uploaded", "the signed waiver is uploaded": what is uploaded is a file, whatever its name. */
const UPLOADED_KIND =
  /\b((?:(?:a|an|the|any|each|every)\s)?(?:new\s)?(?:[a-z][\w-]*\s){0,2}?)(?:records?|certificates?|waivers?|forms?|scans?|reports?|paperwork|proofs?)\s((?:is\s|gets\s|was\s|has\sbeen\s)?uploaded)\b/gi;
/** "a quote request comes in from the website", "new estimate request from our web form": a form submitted. */
const REQUEST_FROM_SITE =
  /\b(?:(?:a|an|any|each|every)\s)?(?:new\s)?(?:quote|estimate|pricing|price|info(?:rmation)?|service|callback|call-?back|contact|tow|repair|enquiry|inquiry)\srequests?\s(?:comes?\sin\s|arrives?\s|is\ssubmitted\s)?(?:from|via|through|on)\s(?:the|our)\s(?:(?:website|site|web|online)\sform|website|web\s?site|site|form)(?![\w'-])/gi;
/** "If one of these automations breaks": an automation of ours failing. */
const ONE_OF_THESE =
  /\bone\sof\s(?:these|those|our|my|the)\s(automation|workflow|zap|flow)s\s(?=(?:breaks|fails|errors|crashes|stops)\b)/gi;
/** "2 hrs after a new client is added send the welcome email": the delay's event, ended where its step starts. */
const DELAYED_RUN_ON =
  /^((?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty)\s(?:hours?|hrs?|minutes?|mins?|days?|weeks?)\safter\s(?:a|an|the|each|every|any)\s(?:new\s)?[a-z][\w-]*\s(?:is|gets)\s(?:added|created|booked|made|paid|submitted|received|cancell?ed|scheduled))\s(?=(?:send|email|text|notify|add|tag|create|post|tell|remind|ping|book|schedule|call)\b)/i;

/**
 * "New candidates with source LinkedIn should go to Karthik", "new enquiries must be passed to the sales team": the
 * new records said first, then who they go to: the event, and the colleague told. "…, just message him with …" after
 * it says how: that message, to the colleague ("him" is Karthik, never the candidate).
 */
const SHOULD_GO_TO =
  /(^|[.!?]\s)((?:(?:[Aa]ll|[Aa]ny)\s)?(?:[Nn]ew|[Ii]ncoming|[Ff]resh)\s[^,.;:!?→()]{2,60}?)\s(?:should|must|needs?\sto|ha(?:s|ve)\sto)\s(?:go|be\s(?:sent|passed|routed|forwarded|handed)(?:\sover)?|get\s(?:sent|passed))\s(?:straight\s|directly\s|over\s)?to\s((?:[A-Z][a-z'-]+(?:\s[A-Z][a-z'-]+)?)|the\s(?:[a-z]+\s)?team)(?:[,.;]?\s(?:just\s|simply\s)?(message|e-?mail|ping|slack|dm|tell|notify)\s(?:him|her)\b)?/g;

/** "tagged VIP (they get the vip tag added)": the same tag said again in brackets, never a step of its own. */
const TAG_RESTATED =
  /\b(tagged\s(?:as\s)?(["'“]?)([\w-]+)["'”]?)\s?\(\s?(?:i\.?e\.?,?\s|so\s)?(?:they|he|she)\s(?:get|gets|got|have|has|are|is|'re)\s(?:been\s)?(?:given\s)?(?:the\s|a\s)?(?:tag\s)?["'“]?([\w-]+)["'”]?(?:\stag)?(?:\s(?:added|applied|put\son))?\s?\)/gi;

export const triggersSaid = (text: string): string =>
  text
    .replace(TAG_RESTATED, (all, tagged: string, _q: string, tag: string, again: string) =>
      tag.toLowerCase() === again.toLowerCase() ? tagged : all,
    )
    .replace(SHOULD_GO_TO, (_m, start: string, records: string, who: string, verb?: string) =>
      verb ? `${start}${records} → ${verb} ${who}` : `${start}${records} → pass it to ${who}`,
    )
    .replace(GETS_TAGGED, (_m, tag: string, at: number, all: string) => {
      // said first, with no "when": the event starts the request
      const first = /(?:^|[.!?]\s)$/.test(all.slice(0, at));
      return `${first ? 'When ' : ''}a lead is updated and is tagged ${tag}`;
    })
    .replace(ONE_OF_THESE, 'an $1 ')
    .replace(NEW_HAS_TAG, '$1 tagged $2 is added')
    .replace(ANSWER_PERSON_EMAILS, (_m, verb: string) =>
      /\b(?:incoming|inbound)\s$/i.test(verb) ? verb : `${verb}incoming `,
    )
    .replace(QUOTED_STATUS, '$1$2')
    .replace(ANYONE_AT_DOMAIN, 'from @$1')
    .replace(SENDER_THEN_STEP, '$1, ')
    .replace(BARE_PERSON_EMAIL, '$1An email ')
    .replace(BARE_PERSON_EMAILS, '$1An email comes in')
    .replace(NEW_IN_SYSTEM, '$1$2')
    .replace(UPLOADED_KIND, '$1document $2')
    .replace(REQUEST_FROM_SITE, 'a form is submitted')
    .replace(DELAYED_RUN_ON, '$1, ')
    .replace(WEBHOOK_FOR, '$1 $2 webhook')
    .replace(
      WORDS_IN_SUBJECT,
      (_m, email: string, inIt?: string, bare?: string, that?: string, arrives?: string) =>
        subjectSaid(email, inIt ?? (that && /^["'“]/.test(that) ? that : `"${bare ?? that}"`), arrives),
    )
    .replace(
      WORDS_IN_EMAIL,
      (_m, email: string, words?: string, inIt?: string) => `${email} that mentions ${words ?? inIt}`,
    )
    .replace(BOOKED_QUOTED, (_m, event: string, quote: string) => titled(event, quote))
    .replace(BOOKS_QUOTED, (_m, event: string, quote: string) => titled(event, quote))
    .replace(SENDER_FIRST, (_m, start: string, sender: string, about: string) =>
      fromSender(start, sender, about),
    )
    .replace(GET_WEBHOOK_FROM, (_m, start: string, sender: string, about: string) =>
      fromSender(start, sender, about),
    );

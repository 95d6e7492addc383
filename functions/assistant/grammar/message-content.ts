import { PERSON as PEOPLE, ROLE } from './nouns';
import { BARE_TEAM, TRADE_ROLE } from './roles';

/**
 * What a message contains, said after the message and whom it goes to (session 42): "message Tom on Slack with the
 * amount", "post in slack that registrations are open", "a slack msg reminding them about the fixtures meeting",
 * "email them asking for one", "a thank you + the link to our reviews page". The meaning: once a message action has
 * its recipient or channel, words that describe the message are its text, never a condition. Read from the parts:
 * where the message ends (a channel, a message noun, a person), what opens its content ("with" + a thing a message
 * carries, "that" + a clause with its own subject, "reminding/asking/telling them", "+"), and the content itself,
 * taken only when nothing in it could change who, when or which records ("with the amount over $500", "that are
 * unpaid", "tomorrow", "only if …" stay for the readers, who refuse them, quoted). Rewritten as "saying …", the
 * message text the readers already take (message-text.ts).
 */

/**
 * A message action, up to where the message ends: a channel, the message's noun or whom it goes to. Never a noun ("an
 * email comes in with …") nor inside the trigger ("when they email us with …").
 */
export const SENT = String.raw`(?<!\b(?:a|an|the|any|new|each|every|our|their|your|(?:when|whenever|if|once|after|until|before|soon\sas)\s(?:[\w'-]+\s){0,3}))\b(?:post|posts|message|msg|slack|e-?mail|mail|send|reply|respond|tell|notify|ping|text|dm|let\s(?:[\w'-]+\s){1,4}know)\b[^,.;:!?→⟦]{0,70}?`;
export const CHANNEL = String.raw`(?:(?:on|in|to|into|via|over)\s(?:the\s|our\s)?slack(?:\schannel)?|#[\w-]+|(?:the\s)?[\w-]+\schannel)`;
export const MESSAGE_NOUN = String.raw`(?:e-?mails?|messages?|msgs?|notes?|dms?|slacks?|posts?|reminders?|heads[\s-]up|thank\syous?|thanks|nudges?|updates?|texts?|announcements?|follow\sups?|confirmations?|welcome|invites?|invitations?|surveys?|goodbye|apology|congratulations|newsletters?|check-?ins?|intros?)`;
export const PERSON = String.raw`(?:them|him|her|me|us|everyone|everybody)`;
/** Words that open a message's text spoken to its reader ("sorry we missed you", "here's the link", "see you soon"). */
export const TO_READER = String.raw`(?:sorry|thanks|thank\syou|cheers|welcome|congrats|congratulations|great\snews|good\snews|here'?s|here\sis|hi|hey|dear|we're|we've|you're|your|hope|see\syou|don't\sforget)\b`;

/** "drop it in slack #approvals", "go into slack #studio", "#wins on slack": the channel, with Slack said once. */
const SLACK_THEN_HASH = /\b(in|into|on|to)\s+(?:the\s+|our\s+)?slack\s+(?:channel\s+)?(?=#[a-z0-9])/gi;
const HASH_ON_SLACK = /(#[a-z0-9][a-z0-9_-]{0,40})\s+(?:on|in|via)\s+slack\b/gi;

/** Things a message carries ("with the amount", "with code X", "with this month's specials"): a small table. */
export const CARRIED =
  /\b(?:amounts?|totals?|numbers?|details|link|links|url|code|codes|voucher|discount|offer|specials|deals?|times|timetable|info|information|name|names|dates?|prices?|price\slist|quote|photos?|pictures?|summary|address|directions|map|agenda|menu|receipt|form|reference|ref|rego|fixtures?|results?|notes|instructions|checklist|reason|value|contact\snumber)\b/i;

/** What only goes inside a message, never a message of its own ("+ the link to …", "+ what to bring"). */
const INSIDE_A_MESSAGE =
  /^(?:the|a|an|our|your|their)\s(?:[\w-]+\s){0,3}?(?:link|links|url|code|voucher|directions|details)\b|^(?:what|how|where)\sto\s|^(?:link|next\ssteps)\b/i;

/** Words in the content that could change who, when or which records: the content is then left to the readers. */
export const CHANGES_WHO_WHEN_WHICH =
  /\b(?:if|unless|only|when|whenever|once|every|each|all|daily|weekly|monthly|nightly|hourly|tomorrow|tonight|today|yesterday|before|after|until|till|otherwise|else|then|over|under|above|below|more|less|least|most|greater|fewer|exceeds?|between|unpaid|overdue|who|which|whose|where|not|never|no|except|excluding|tagged|status|source|whether|within|later|next\s(?:week|month|year|day|morning|time|business)|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b|(?<!\d)\d+\s?(?:min|minutes?|hrs?|hours?|days?|weeks?|months?)\b|\b(?:attached|attach|attachments?|pdfs?|files?|documents?|spreadsheets?)\b|\bat\s\d|\d\s?(?:am|pm)\b|[<>=]|\b(?:and|&|then|also)\s(?:send|email|mail|post|tell|notify|add|create|mark|tag|book|schedule|invoice|remind|ping|slack|update|move|set|cancel|forward|call|text|draft|log|save|upload|share|assign)\b/i;

/** "that registrations are open", "that our fitters arrive": a subject before a verb, never "that are unpaid". */
const CLAUSE_THAT =
  /^(?!(?:is|are|was|were|has|have|had|will|would|can|did|does|do|came|come|comes|joined|paid|booked)\b)(?:[\w'-]+\s){1,6}?(?:is|are|was|were|will|won't|has|have|can|goes|go|open|opens|close|closes|start|starts|arrive|arrives|need|needs|must|should)\b/i;

/**
 * The record's person or people, said by their noun ("the guest", "every guest tagged loyalty", "each client"): whom a
 * message goes to, after which "with the …" is what it carries (issue #16, session 44).
 */
const TO_PEOPLE = String.raw`(?:the|each|every|all|all\sthe|our)\s(?:[\w-]+\s)?(?:${PEOPLE}|${ROLE})(?:\s(?:tagged|marked)\s[\w⟦⟧-]+)?`;

/** A thing said as one already known ("the …", "this month's …", "their …"): what a message carries, never a test. */
const DEFINITE = /^(?:the|this|that|these|our|your|their|its|his|her|[\w-]+'s)\s/i;

/**
 * What a definite thing still picks records by ("with the vip tag", "with the highest balance"), a record or report
 * another reader sends ("with the invoice", "with the weekly report"), or how the message looks ("with our logo in
 * purple": a detail said back as left out, never its text): left to the readers.
 */
const LEFT_TO_READERS =
  /\b(?:tags?|labels?|status|source|value|balance|budget|highest|lowest|biggest|largest|smallest|same|most|least|oldest|newest|invoices?|bills?|contracts?|reports?|recaps?|digests?|logos?|brand(?:ing)?|colou?rs?|fonts?|signatures?|letterhead|style|tone|design|layout|header|footer|theme)\b/i;

const OPENERS: readonly { readonly after: string; readonly opener: RegExp }[] = [
  // "with this month's member rate", "with the christmas opening hours": after the people it goes to, a definite thing
  // ("email every guest tagged loyalty with …"; "everyone with a balance" stays who it is for)
  {
    after: String.raw`(?:${TO_PEOPLE}|[\w.%+-]+@[\w-]+(?:\.[\w-]+)+)`,
    opener: /^\swith\s(?=(?:the|this|that|these|our|your|their|[\w-]+'s)\s)/i,
  },
  // "reply to the guest thanking them", "email the guest confirming the cancellation": what the message does, said of it
  {
    after: `(?:${CHANNEL}|${MESSAGE_NOUN}|${PERSON}|${TO_PEOPLE})`,
    opener: /^\s(?:thanking|confirming|congratulating|welcoming)\s/i,
  },
  // "post in #office reminding whoever is last out to lock up": whom the text speaks to, inside it
  {
    after: `(?:${CHANNEL}|${MESSAGE_NOUN}|${PERSON})`,
    opener:
      /^\s(?:reminding|asking|telling)\swhoever(?:'s|\s(?:is|was|has|does))\s(?=(?:[\w'-]+\s){1,4}?(?:to|that)\s)/i,
  },
  // "email the guest confirming … + remind them the deposit is non-refundable" (said as one below): more of its text
  { after: String.raw`\S`, opener: /^\sand\s(?=(?:reminding|telling|asking)\s(?:them|him|her)\s)/i },

  // "with the amount", "with code COMEBACK10 for 10% off the next order"
  {
    after: `(?:${CHANNEL}|${MESSAGE_NOUN}|${PERSON})`,
    opener: /^\swith\s/i,
  },
  // "post in slack that …", "email them that …"
  { after: `(?:${CHANNEL}|${PERSON})`, opener: /^\sthat\s/i },
  // "a slack msg reminding them about …", "email them asking for one" ("reminding them to …" is read before)
  {
    after: `(?:${CHANNEL}|${MESSAGE_NOUN}|${PERSON})`,
    opener: /^\s(?:reminding|telling)\s(?:them|him|her|everyone)?\s?(?:about|of)\s/i,
  },
  // "a thank you + the link to …" ("+" is read as ", then" before): more of what the message carries
  {
    after: MESSAGE_NOUN,
    opener: /^(?:\s\+|,\sthen)\s(?=(?:the|a|an|our|your|their|what|how|where|link)\s|next\ssteps\b)/i,
  },
  // "email the customer, sorry to see you cancel, here's the link to rebook: …": words to the reader, after a comma
  {
    after: `(?:${PERSON}|${MESSAGE_NOUN}|the\\s(?:customer|client|guest|patient|member|parent|player|owner|buyer|tenant|student)s?)`,
    opener: new RegExp(`^,\\s(?=${TO_READER})`, 'i'),
  },
];

/** Each opener, once after a message that has ended, with its content up to the end of the sentence. */
const SPANS = OPENERS.map(({ after, opener }) => ({
  opener,
  // up to the sentence's end (words to the reader) or the clause's (", we do this by hand now" is no text of it); a
  // dot inside a web address ("bookings.example.co.uk") ends nothing
  span: new RegExp(
    `(?<=${SENT}${after === '\\S' ? '' : "(?<![\\w'-])"}${after})${opener.source.slice(1)}(?:[^${opener.source.startsWith('^,') ? '' : ','}.;!?→⟦]|[.](?=[\\w/]))*?(?=\\s*(?:[${opener.source.startsWith('^,') ? '' : ','}.;!?](?:\\s|$)|→|$))`,
    'gi',
  ),
}));

/** What is handed out in print or as a file, carried too ("with the brochure", "with the welcome pack"). */
const PRINTED = /\b(?:brochures?|leaflets?|flyers?|guides?|packs?|catalog(?:ue)?s?)\b/i;

/**
 * Words that could change who, when or which records, in a message's content: a range of hours ("check in times
 * 3-9pm") or "over the phone" said in the text is no time of the workflow and no comparison.
 */
const changesWhoWhenWhich = (content: string): boolean =>
  CHANGES_WHO_WHEN_WHICH.test(
    content
      .replace(/\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?\s?[-–]\s?\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b/gi, ' ')
      .replace(/\bover\s(?:the\s)?(?:phone|telephone|e-?mail|whatsapp)\b/gi, ' '),
  );

/**
 * "email the guest confirming the cancellation + remind them the deposit is non-refundable", "send the owner a
 * confirmation email with the date and time, and remind them to bring their card", "email the client a copy and tell
 * them they can pay online": telling the same person more, in the same sentence as a message to them, is more of that
 * message (one email), never a second one. Not when what follows could change who, when or which ("remind them 3 days
 * later", "… if they haven't paid"), nor after anything but a message ("send the invoice and remind them to pay").
 */
const AND_TELL =
  /(?:\s\+|,?\s(?:and|&))\s(?:also\s)?(remind|tell|ask)\s(them|him|her|(?=if\s|whether\s))\s?(?=(?:to|that|about|they|they're|they'll|we|we're|we'll|you|your|the|their|it|it's|our|if|whether)\s)([^,.;:!?→⟦]*)/gi;
const MESSAGE_BEFORE =
  /\b(?:e-?mail|mail|reply|respond|write\sto)\b|\bsend\s(?:[\w'-]+\s){0,3}?(?:an?\s|the\s)(?:[\w'-]+\s){0,3}?(?:e-?mail|message|note|confirmation|copy|letter|thank\syou|welcome)\b/i;
/** The sentence `text` ends in (after its last stop, arrow or quote). */
const lastSentence = (text: string): string =>
  text.slice(Math.max(...[...'.;:!?→⟦'].map((c) => text.lastIndexOf(c))) + 1);
const andTold = (text: string): string =>
  text.replace(AND_TELL, (all, verb: string, who: string, rest: string, at: number) => {
    const before = lastSentence(text.slice(0, at));
    const sent = before.search(/\b(?:e-?mail|mail|reply|respond|write|send)\b/i);
    if (
      !MESSAGE_BEFORE.test(before) ||
      /\b(?:invoices?|bills?|then)\b/i.test(before.slice(Math.max(sent, 0))) ||
      // "and ask if we can use photos of the job": what is asked, never a condition
      changesWhoWhenWhich(verb.toLowerCase() === 'ask' ? rest.replace(/^(?:if|whether)\s/i, '') : rest)
    )
      return all;
    const ing = { remind: 'reminding', tell: 'telling', ask: 'asking' }[verb.toLowerCase()] ?? verb;
    return ` and ${ing} ${who || 'them'} ${rest}`;
  });

/**
 * "ask them to leave us a review", "tell the guest they can pay online", "ask Lucia to double check the exchange rate":
 * asking or telling someone something is a message to them whose content is what they are asked or told. The record's
 * person (a pronoun, "the guest", "each tenant") is emailed; anyone else asked (a name, a role: "ask Lucia", "ask
 * reception") is told, as "tell Lucia to …" reads. An approval asked ("ask the manager to approve …") is the approval
 * readers'; "ask them for a review" is reviews-asked.ts'; after a colleague named in the sentence, "them" is not the
 * record's person ("notify the team and ask them to call the lead"), so it is left as said.
 */
const ASKED = new RegExp(
  String.raw`\b([Aa]sk|[Tt]ell)\s(them|him|her|(?:the|each|every|our)\s(?:[\w-]+\s)?${PEOPLE}(?![\w'-])|(?:the|each|every|our)\s(?:(?!(?:to|that)\s)[\w-]+\s)?(?!(?:to|that)\s)[\w-]+|[\w'-]+(?:\s(?=[A-Z])[\w'-]+)?)\s(?:(to|that)\s)?([^,.;:!?→⟦]*)`,
  'g',
);
const RECORD_PERSON = new RegExp(
  String.raw`^(?:them|him|her|(?:the|each|every|our)\s(?:[\w-]+\s)?${PEOPLE})$`,
  'i',
);
const APPROVED =
  /^(?:approve|ok|okay|authori[sz]e|sign|sign-off|signoff|green-?light|confirm\sit|give\s(?:the\s)?(?:go|ok|approval))\b/i;
/** A clause with its own subject, said to someone ("they can pay online", "we'll ring to confirm"). */
const TOLD_CLAUSE =
  /^(?:they|they're|they'll|we|we're|we'll|we've|you|you're|you'll|your|their|it|it's|its|our|the\s[\w-]+\s(?:is|are|was|will|has))\b/i;
/** A person named, not where a sentence starts ( "get Marcus to …"). */
const NAMED = /(?<![.!?→:]\s|^)\b\p{Lu}\p{Ll}{1,20}\b/u;
const TRADE_ROLE_RE = new RegExp(TRADE_ROLE);
const COLLEAGUE_BEFORE =
  /\b(?:notify|alert|ping|slack|team|staff|managers?|let\s[\w-]+\sknow)\b[^.;:!?→⟦]*$/i;
const askedAndTold = (text: string): string =>
  text.replace(
    ASKED,
    (all, verb: string, who: string, link: string | undefined, rest: string, at: number) => {
      const asking = verb.toLowerCase() === 'ask';
      if (APPROVED.test(rest) || changesWhoWhenWhich(rest)) return all;
      if (RECORD_PERSON.test(who)) {
        // "get Marcus to approve … if he says no tell him …": a pronoun after a colleague named is the colleague
        if (
          /^(?:them|him|her)$/i.test(who) &&
          [COLLEAGUE_BEFORE, NAMED, TRADE_ROLE_RE].some((re) => re.test(text.slice(0, at)))
        )
          return all;
        if (link?.toLowerCase() === 'to')
          return `email ${who} ${asking ? 'asking' : 'telling'} them to ${rest}`;
        if (!asking && (link || TOLD_CLAUSE.test(rest))) return `email ${who} saying ${rest}`;
        // "ask them for a photo of the old tattoo": what the message asks for (never their consent: gates-said.ts)
        if (
          asking &&
          !link &&
          /^for\s(?!(?:\w+\s)?(?:approval|sign-?off|ok|okay|go-ahead|permission|consent|money|payment|balance|deposit)\b)/.test(
            rest,
          )
        )
          return `email ${who} asking ${rest}`;
        return all;
      }
      // a colleague: a name ("Lucia", "Dr Patel") or a role of ours ("reception", "the office manager")
      const colleague =
        /^\p{Lu}[\p{Ll}'-]+(?:\s\p{Lu}[\p{Ll}'-]+)?$/u.test(who) ||
        BARE_TEAM.test(who.toLowerCase()) ||
        new RegExp(`^(?:${TRADE_ROLE})$`).test(who.toLowerCase());
      return asking && link === 'to' && colleague ? `tell ${who} to ${rest}` : all;
    },
  );

const carries = (open: string, content: string): boolean => {
  if (/^\swith\s/i.test(open))
    return (
      CARRIED.test(content) ||
      PRINTED.test(content) ||
      (DEFINITE.test(content) && !LEFT_TO_READERS.test(content))
    );
  if (/^\sthat\s/i.test(open)) return CLAUSE_THAT.test(content.trimStart());
  // "+ the link …", never a second message ("…, then a reminder")
  if (/^(?:\s\+|,\sthen)\s/i.test(open))
    return INSIDE_A_MESSAGE.test(content) && !new RegExp(`\\b${MESSAGE_NOUN}\\b`, 'i').test(content);
  return true;
};

/**
 * "flick me an email", "fire them an email", "pop Jo a message", "bung the team a quick slack": a casual verb of giving,
 * then whom and a message noun, is sending it (a small table of verbs; "shoot", "drop" are read by the message readers).
 */
const GIVEN_A_MESSAGE =
  /\b(?:flick|fire|pop|bung|whack|chuck|sling)\s+((?:me|us|them|him|her|everyone|the\s[\w-]+|[A-Z][a-z]+)\s+an?\s+(?:quick\s+|short\s+|brief\s+)?(?:e-?mail|message|msg|note|dm|slack|line))\b/g;

/**
 * "welcome email, then 2 days later send the 2nd one with this month's specials": after an email, the second one said
 * with what it carries is a second email with those words (without them it is the same one again: again.ts).
 */
const NTH_ONE_WITH = /\b(send|email)\s(?:them\s)?the\s(?:second|2nd|third|3rd)\sone(?=\swith\s)/gi;
const nthEmail = (text: string): string =>
  text.replace(NTH_ONE_WITH, (m, verb: string, at: number) =>
    /\be-?mail/i.test(text.slice(0, at)) ? `${verb} them a second email` : m,
  );

/** "let Ana know the client is locked in", "tell Fitz the slot is free": what they are told, as "that" says it. */
const TOLD_WITHOUT_THAT =
  /\b(let\s[\w'-]+(?:\s[\w'-]+)?\sknow|tell\s(?:[A-Z][a-z]+|the\s[\w-]+|him|her|me|us))\s(?=(?:the|their|our|his|her|its|it|they|she|he|we)\s(?:[\w'-]+\s){0,3}?(?:is|are|was|were|has|have)\s)/g;

export const messageContent = (text: string): string =>
  SPANS.reduce(
    (out, { opener, span }) =>
      out.replace(span, (said: string, at: number, all: string) => {
        // "…, we do this by hand now" after it: the message's text would run on into it (split.ts), so left as said
        if (
          /^,\s(?:we|we're|we'll|we've|i|i'm|i'll|you|you're|your|our|it's|here's)\b/i.test(
            all.slice(at + said.length),
          )
        )
          return said;
        const open = opener.exec(said)?.[0] ?? '';
        const content = said.slice(open.length);
        // "asking them if we can use photos": a question asked, never a condition
        const asked = content.replace(/^asking\s(?:them|him|her)\s(?:if|whether)\s/i, '');
        if (changesWhoWhenWhich(asked) || !carries(open, content)) return said;
        // a colon inside the text ("here's the link to rebook: …") is no clause of its own
        const words = /^\s(?:reminding|asking|telling|thanking|confirming|congratulating|welcoming)\s/i.test(
          open,
        )
          ? said.trimStart()
          : content;
        return ` saying ${words.replace(/:\s/g, ' ')}`;
      }),
    askedAndTold(andTold(nthEmail(text)))
      .replace(TOLD_WITHOUT_THAT, (all, told: string, at: number, whole: string) =>
        changesWhoWhenWhich(/^[^,.;:!?→⟦]*/.exec(whole.slice(at + all.length))?.[0] ?? '')
          ? all
          : `${told} that `,
      )
      .replace(GIVEN_A_MESSAGE, 'send $1')
      .replace(SLACK_THEN_HASH, '$1 ')
      .replace(HASH_ON_SLACK, '$1'),
  );

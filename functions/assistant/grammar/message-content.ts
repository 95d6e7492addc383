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
export const SENT = String.raw`(?<!\b(?:a|an|the|any|new|each|every|our|their|your|(?:when|whenever|if|once|after|until|before|soon\sas)\s(?:[\w'-]+\s){0,3}))\b(?:post|posts|message|msg|slack|e-?mail|mail|send|tell|notify|ping|text|dm|let\s(?:[\w'-]+\s){1,4}know)\b[^,.;:!?→⟦]{0,70}?`;
export const CHANNEL = String.raw`(?:(?:on|in|to|into|via|over)\s(?:the\s|our\s)?slack(?:\schannel)?|#[\w-]+|(?:the\s)?[\w-]+\schannel)`;
export const MESSAGE_NOUN = String.raw`(?:e-?mails?|messages?|msgs?|notes?|dms?|slacks?|posts?|reminders?|heads[\s-]up|thank\syous?|thanks|nudges?|updates?|texts?|announcements?|follow\sups?|confirmations?|welcome|invites?|invitations?|surveys?|goodbye|apology|congratulations|newsletters?|check-?ins?|intros?)`;
export const PERSON = String.raw`(?:them|him|her|me|us|everyone|everybody)`;

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

const OPENERS: readonly { readonly after: string; readonly opener: RegExp }[] = [
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
    after: `(?:${PERSON}|the\\s(?:customer|client|guest|patient|member|parent|player|owner|buyer|tenant|student)s?)`,
    opener:
      /^,\s(?=(?:sorry|thanks|thank\syou|welcome|congrats|congratulations|great\snews|good\snews|here's|here\sis|we're|we've|you're|your|hope)\b)/i,
  },
];

/** Each opener, once after a message that has ended, with its content up to the end of the sentence. */
const SPANS = OPENERS.map(({ after, opener }) => ({
  opener,
  // up to the sentence's end (words to the reader) or the clause's (", we do this by hand now" is no text of it); a
  // dot inside a web address ("bookings.example.co.uk") ends nothing
  span: new RegExp(
    `(?<=${SENT}${after})${opener.source.slice(1)}(?:[^${opener.source.startsWith('^,') ? '' : ','}.;!?→⟦]|[.](?=[\\w/]))*?(?=\\s*(?:[${opener.source.startsWith('^,') ? '' : ','}.;!?](?:\\s|$)|→|$))`,
    'gi',
  ),
}));

/** What is handed out in print or as a file, carried too ("with the brochure", "with the welcome pack"). */
const PRINTED = /\b(?:brochures?|leaflets?|flyers?|guides?|packs?|catalog(?:ue)?s?)\b/i;

const carries = (open: string, content: string): boolean => {
  if (/^\swith\s/i.test(open)) return CARRIED.test(content) || PRINTED.test(content);
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
        if (CHANGES_WHO_WHEN_WHICH.test(content) || !carries(open, content)) return said;
        // a colon inside the text ("here's the link to rebook: …") is no clause of its own
        const words = /^\s(?:reminding|asking|telling)\s/i.test(open) ? said.trimStart() : content;
        return ` saying ${words.replace(/:\s/g, ' ')}`;
      }),
    nthEmail(text)
      .replace(GIVEN_A_MESSAGE, 'send $1')
      .replace(SLACK_THEN_HASH, '$1 ')
      .replace(HASH_ON_SLACK, '$1'),
  );

import { calques } from './calques';
import { localForms } from './local-forms';
import { SILENT_LEADS, scheduledOnly } from './silent';
import { ROLE_OBJECTS } from './split';

/**
 * Requests typed in a hurry or in a second language, put in the forms the grammars read:
 *   terse notes    "lead value > 10k: tell boss", "mon+thu 10am", "weekly digest, email, fridays 4pm",
 *                  "new booking: confirm by email"
 *   learner forms  "when new lead is coming", "when meeting is cancel", "please to send", "send to him",
 *                  "make new lead", "do thank you email", "write to the team in slack", "Paris hour",
 *                  "after booking of a call", "when arrives email with word 'urgent'"
 * Only shapes that cannot mean anything else are rewritten.
 */

const PRESENT: Readonly<Record<string, readonly [string, string]>> = {
  coming: ['comes', 'come'],
  arriving: ['arrives', 'arrive'],
  booking: ['books', 'book'],
  becoming: ['becomes', 'become'],
  paying: ['pays', 'pay'],
  replying: ['replies', 'reply'],
  responding: ['responds', 'respond'],
  answering: ['answers', 'answer'],
  submitting: ['submits', 'submit'],
  cancelling: ['cancels', 'cancel'],
  canceling: ['cancels', 'cancel'],
  filling: ['fills', 'fill'],
  joining: ['joins', 'join'],
  registering: ['registers', 'register'],
  uploading: ['uploads', 'upload'],
  signing: ['signs', 'sign'],
};

const PARTICIPLE: Readonly<Record<string, string>> = {
  cancel: 'cancelled',
  book: 'booked',
  confirm: 'confirmed',
  submit: 'submitted',
  upload: 'uploaded',
  complete: 'completed',
  create: 'created',
  pay: 'paid',
  qualify: 'qualified',
};

const PROGRESSIVE =
  /\b(is|are)\s(coming|arriving|booking|becoming|paying|replying|responding|answering|submitting|cancelling|canceling|filling|joining|registering|uploading|signing)\b/gi;
const BARE_PASSIVE =
  /\b(is|are|was|were|gets?|got)\s(cancel|book|confirm|submit|upload|complete|create|pay|qualify)(?![\w-])(?!\s(?:a|an|the|for|to|them|him|her)\b)/gi;

/** "after booking of a call", "upon receiving a payment", "on signing up": the event, said with its subject. */
const GERUND_TRIGGERS: readonly [RegExp, string][] = [
  [
    /\b(after|upon|on|when)\s(?:the\s)?booking\s(?:of\s)?(a|an|the)\s(call|meeting|demo|appointment|consultation)\b/gi,
    '$1 $2 $3 is booked',
  ],
  [
    /\b(after|upon|on|when)\sreceiving\s(a|an|the)\s(payment|reply|email|message|response)\b/gi,
    '$1 we receive $2 $3',
  ],
  [
    /\b(after|upon|on|when)\s(?:submitting|(?:the\s)?submission\sof)\s(a|an|the)\s(form|survey)\b/gi,
    '$1 $2 $3 is submitted',
  ],
  [/\b(after|upon|on|when)\ssigning\sup\b/gi, '$1 someone signs up'],
];

/** "when arrives email", "if comes a new lead": the verb before its subject. */
const INVERTED =
  /\b(when(?:ever)?|if|once)\s(?:arrives?|comes?(?:\sin)?)\s((?:an?|the)\s)?((?:new\s)?(?:email|message|reply|lead|invoice|booking|payment))\b/gi;

/** "lead value > 10k: tell boss": a terse condition before the action. */
const TERSE_CONDITION =
  /^((?:new\s)?(?:lead|deal|invoice|payment)(?:'s)?\s(?:value|budget|total|amount|deal size|size)\s?(?:>=?|<=?|over|above|under|below|more than|less than|at least)\s?[$€£]?\d[\d,.]*\s?(?:k|m|eur|usd|gbp|€|\$)?)\s*(?::|->|→|=>)\s*/i;

export const plainEnglish = (s: string): string => {
  let out = calques(localForms(s))
    .replace(PROGRESSIVE, (_m, be: string, ing: string) => {
      const forms = PRESENT[ing.toLowerCase()];
      return forms ? (be.toLowerCase() === 'is' ? forms[0] : forms[1]) : _m;
    })
    .replace(BARE_PASSIVE, (m, be: string, verb: string) => {
      const done = PARTICIPLE[verb.toLowerCase()];
      return done ? `${be} ${done}` : m;
    })
    .replace(
      INVERTED,
      (_m, when: string, article: string | undefined, noun: string) =>
        `${when} ${article ?? ''}${noun} arrives`,
    )
    .replace(/\bplease to\s/gi, 'please ')
    .replace(/\bplease you\s/gi, 'please ')
    .replace(/(?<!\bor\s)\b(more|less|greater|bigger|higher|lower|larger|smaller)\sthen\b/gi, '$1 than')
    .replace(/\beverytime\b/gi, 'every time')
    // "send to sales team message": a message to that team
    .replace(
      /\bsend\sto\s(?:the\s)?([a-z]+\s)?team\s(?:a\s)?(?:message|msg|notification)\b/gi,
      'notify the $1team',
    )
    // "when a lead's marked lost": "is" before what is done to them, never "has" (its budget, its value)
    .replace(
      /\b((?:when(?:ever)?|once|as\ssoon\sas|every\stime|each\stime|if)\s(?:a|an|the|any)\s(?:new\s)?[a-z]+)'s\s(?=(?:marked|moved|set|changed|switched|flagged|converted|updated|tagged|turned)\s)/gi,
      '$1 is ',
    )
    // "a customer's invoice goes overdue": the invoice
    .replace(
      /\b(?:a|the|their|any|our)\s(?:customer|client|lead|contact)'s\s(invoice|bill|booking|meeting|payment)\b/gi,
      (_m, noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`,
    )
    .replace(
      /\b(someone|somebody|a person|a visitor|a user|a lead|a customer)\sfills\s(?=(?:the|a|an|our)\s)/gi,
      '$1 fills in ',
    )
    .replace(/\bsay\s(?:thanks|thank you)\sto\s/gi, 'thank ')
    // "tell to Olga", "inform to the manager": the person told, without "to" (never "an alert to …")
    .replace(
      /(?<!\b(?:an?|the)\s)\b([Tt]ell|[Ii]nform|[Nn]otify|[Ww]arn|[Aa]lert|[Aa]dvise|[Rr]emind)\sto\s(?=[A-Z]|(?:the|our|my|his|her|their|him|them|me|us|everyone|everybody)\s)/g,
      '$1 ',
    )
    // "mentions pricing or discount": each word tested on its own
    .replace(
      // (never "… or the message contains B", "… OR text contains B": a test of its own follows)
      /\b(mentions?|contains?|includes?|says|mentioning|containing|including)\s([\w-]+|⟦\d+⟧)\s(or|and)\s(?!(?:mentions?|contains?|includes?|says|if|when|then|send|notify|tell|add|create|mark|tag|forward|the|a|an|its|it|their|his|her)\b|[\w-]+\s(?:mentions?|contains?|includes?|says)\b)([\w-]+|⟦\d+⟧)(?![\w-])/gi,
      '$1 $2 $3 $1 $4',
    )
    // "arrives whose value exceeds 5000": the lead's value
    .replace(
      /\b(arrives?|comes? in|signs? up)\swhose\s(value|budget|deal size)\s(?:exceeds|is over|is above|is more than)\s/gi,
      '$1 with a $2 over ',
    )
    // "every month on the last Friday": the last Friday of the month
    .replace(
      /\b(?:every|each)\smonth,?\s(?:on\s)?the\s(first|second|third|fourth|last)\s((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi,
      'on the $1 $2 of every month',
    )
    .replace(
      /\bmonthly,?\s(?:on\s)?the\s(first|second|third|fourth|last)\s((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi,
      'on the $1 $2 of every month',
    )
    // "replies "stop"": a reply with that word
    .replace(/\b(repl(?:y|ies)|responds?|answers?|writes back)\s(⟦\d+⟧)/gi, '$1 with the word $2')
    // "send a second one", "send another one": the message before again (again.ts), else a follow-up email
    // "ignores our invoice", "ignores the email": does not pay it, does not answer it
    .replace(/\bignores?\s(?:our|the|their|my|an?)\s(invoice|bill|payment request)\b/gi, "doesn't pay the $1")
    .replace(
      /\bignores?\s(?:our|the|their|my|an?)\s(e-?mail|message|proposal|quote|offer|follow-up)\b/gi,
      "doesn't reply to the $1",
    )
    // "is more than 30 days overdue", "more than a week overdue": overdue by more than 30 days
    .replace(
      /\b(is|are|gets|becomes)\s((?:more than|over|at least|longer than)\s(?:\d+|an?)\s(?:days?|weeks?))\s(overdue|late|past due)\b/gi,
      '$1 $3 by $2',
    )
    // "an overdue invoice is late by …": the invoice is overdue by … (its event, the days it is late)
    .replace(
      /\b(an?|any)\soverdue\s(invoice|bill)\s(is|gets)\s(?:overdue|late|past due)\sby\b/gi,
      '$1 $2 $3 overdue by',
    )
    .replace(
      /\b(overdue|late|past due)\sfor\s((?:more than|over|at least|longer than)\s\d+\s(?:days?|weeks?))\b/gi,
      '$1 by $2',
    )
    // "overdue by more than 2 weeks": days are what an invoice counts
    .replace(
      /\b(overdue|late|past due)\sby\s(more than|over|at least|longer than)\s(\d+|an?)\sweeks?\b/gi,
      (_m, word: string, than: string, n: string) => `${word} by ${than} ${(Number(n) || 1) * 7} days`,
    )
    .replace(
      /(?<!\b(?:changes?|changed|moves?|moved|set|sets|goes|go|went|turns?|turned|converts?|converted|switch(?:es)?|switched|status|stage|is|are|was|as|into|back)\s)\b(to|for)\s(customer|client|lead|attendee|guest|patient|user|person|sender|submitter)\b(?!')/gi,
      '$1 the $2',
    )
    .replace(
      /\b(repl(?:y|ies)|respond|responds|answer|answers)\sto\s(e-?mail|message|mail)\b/gi,
      '$1 to the $2',
    )
    .replace(/\b(is|are)\s(come|arrive)\b(?!\s(?:in|from|to)\b)/gi, (_m, be: string, v: string) =>
      be.toLowerCase() === 'is' ? `${v}s` : v,
    )
    // "if new lead have value more than 20000": the lead's value is more than 20000
    .replace(
      /\b(leads?|invoices?|deals?|bookings?|customers?|clients?|orders?)\s(?:have|has|with)\s(?:a\s|an\s|the\s)?(value|budget|score|total|amount|deal size)\s(?:of\s)?(?=(?:more|less|greater|bigger|higher|lower|over|above|under|below|at least|at most)\b)/gi,
      "$1's $2 is ",
    )
    .replace(/\bevery days\b/gi, 'every day')
    .replace(
      /\b(?:a\s|the\s)?(?:resume|résumé|resumé)\s(?=of\s(?:the\s|this\s|last\s)?(?:day|week|month|activity|leads|sales|yesterday|today))/gi,
      'a summary ',
    )
    .replace(/\bon\s(?:e-?mail|mail)\b/gi, 'by email')
    // "every lead we haven't heard back from in 30 days": the leads that have not replied
    .replace(
      /\b(leads?|prospects?|contacts?|customers?|clients?|enquir(?:y|ies)|inquir(?:y|ies)|people|everyone|anyone)\s(?:(?:who|that|whom)\s)?(?:we|i)\s(?:still\s)?(?:haven't|have\snot|hasn't|didn't|did\snot)\sheard\s(?:back\s)?from(?=\s(?:in|for|within|since)\s)/gi,
      "$1 who haven't replied",
    )
    // "follow up with leads who do not reply within 3 days": the wait, said of them
    .replace(
      /\b(?:(?:all|any|every|our|the|new)\s)*(?:leads?|prospects?|contacts?|customers?|clients?|attendees?|guests?|patients?|invitees?|subscribers?|sign-?ups?|users?|members?|people|anyone|those)\s(?:who|that)\s(do not|don't|does not|doesn't|haven't|have not|hasn't|has not|never|fail to)\b(?!\s(?:yet\s)?(?:paid|pay)\b(?![^,.;:]*\b(?:within|in|after|for|by)\s))/gi,
      // on a schedule, "every lead that hasn't replied in 3 days" is the leads found so (silent.ts), not a wait
      (m: string, not: string, at: number, all: string) =>
        scheduledOnly(all) && SILENT_LEADS.exec(all.slice(at))?.index === 0 ? m : `them if they ${not}`,
    )
    // ("if there's an email ->", "there's a phone number on file": a field present, kept for the presence test)
    .replace(
      /\bthere(?:\sis|'s)\s(an?\s)(new\s)?(?=[a-z])(?!(?:e-?mail|phone|mobile)(?:\s(?:address|number))?(?![\w-])(?!\s(?:from|arrives?|comes?|lands?|about|with|that|which|saying|asking)\b))/gi,
      '$1$2',
    )
    .replace(/\b(send|write|email|forward|give)\sto\s(him|her|them)\s(?!and\b)/gi, '$1 $2 ')
    .replace(/\b(?:make|create|turn)\s(?:a\s|an\s)?(new\s)?(lead|contact)\sout\sof\b/gi, 'create a $1$2 from')
    .replace(/\bmake\s(?:a\s|an\s)?(new\s)?(lead|contact|note|invoice|file)\b/gi, 'create a $1$2')
    .replace(/\bdo\s(?:a\s|an\s)?(thank you|welcome|follow up|reminder|confirmation)\b/gi, 'send a $1')
    // "send chasers for the unpaid invoices", "a final demand": the trade's words for a payment reminder
    .replace(
      /\b(?:payment\s)?chasers?\b|\bfinal\s(?:demand|notice)s?\b/gi,
      (m: string, _at: number, all: string) =>
        /\b(?:invoices?|unpaid|overdue|payments?|owed|owing|outstanding)\b/i.test(all)
          ? `${/^final/i.test(m) ? 'final ' : ''}reminder${/s$/i.test(m) ? 's' : ''}`
          : m,
    )
    .replace(/\bwrite to\s((?:the\s)?[a-z]+)\s(?:in|on|via)\sslack\b/gi, 'notify $1 on slack')
    .replace(
      new RegExp(
        `\\bthe sales\\b(?!\\s(?:team|channel|people|department|reps?|guys|manager|rep|${ROLE_OBJECTS})\\b)`,
        'gi',
      ),
      'the sales team',
    )
    .replace(/(\d(?::\d{2})?\s?(?:am|pm)?\s)([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\shour\b/g, '$1$2 time')
    .replace(
      /\bsend\s(?:him|her|them|the client|the customer)\s(?:the|an?)\sinvoice\s(?:of|for|over)\s(?=[$€£]?\d)/gi,
      'create an invoice for ',
    )
    .replace(/\bwith (?:the )?words? (?=⟦|[a-z])/gi, 'containing the word ')
    .replace(/\bsend again\s(an?\s)?e?mail\b/gi, 'send another email')
    // terse notes
    .replace(/\b([a-z]{3,})\+([a-z]{3,})\b/gi, '$1 and $2')
    .replace(
      /(?<!(?:\bnot|n't|\bnever)\s)\bconfirm\s(?:it\s|them\s|the booking\s)?(?:by|via|per)\se?mail\b/gi,
      'send a confirmation email',
    )
    .replace(
      /(\b(?:digest|report|summary|recap|overview)\b[^,.;]{0,30}),\s*(?:by\s|via\s|on\s)?(e?mail|slack)\s*(?=,|$)/gi,
      (_m, head: string, channel: string) => `${head} ${/slack/i.test(channel) ? 'on slack' : 'by email'}`,
    )
    .replace(TERSE_CONDITION, 'if $1, ');
  for (const [re, to] of GERUND_TRIGGERS) out = out.replace(re, to);
  return out;
};

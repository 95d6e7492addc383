import type { Clause } from './clause';
import { nameThoughWord } from './names-as-words';
import { PERSON, ROLE } from './nouns';
import { ON_ROTA, ROLE_HEAD, TRADE_ROLE } from './roles';
import { isKnownWord } from './spelling';
import { ROLE_OBJECTS } from './split';
import type { Subject } from './subjects';
import { EMAIL_ADDRESS } from './text';

/**
 * Who an action is for: the person the workflow is about ("them", "the lead", "the customer"), an address
 * written out, a team member by name ("Anna"), the team or a role ("sales", "the manager", "me"), or a Slack
 * channel ("#sales").
 */
export type Recipient =
  | { readonly kind: 'subject' }
  | { readonly kind: 'address'; readonly address: string }
  | { readonly kind: 'member'; readonly member: string }
  | { readonly kind: 'team'; readonly role?: string }
  | { readonly kind: 'channel'; readonly channel: string };

/**
 * People of the office named as a role (session 25): "the directors", "the board", "the accountant", "the MD"; never
 * the board's papers ("email everyone tagged trustee the board pack").
 */
const OFFICE_ROLES =
  '(?:the\\s+|our\\s+|my\\s+)?(?:(?:(?:credit control|collections|front office|back office|it|tech)\\s+(?:team|department|dept|manager|managers|head|lead|staff))|directors|partners|board(?![\\s-]+(?:packs?|papers|minutes|meeting|deck|report))|committee|trustees|governors|execs|executives|supervisors?|accountants?|bookkeepers?|cfo|coo|cto|md|(?:vps?|vice\\s+presidents?)(?:\\s+of\\s+(?:sales|marketing|finance|operations|ops|customer\\s+success|cs|engineering|product|people|hr|support|revenue|growth))?|owners|bosses|heads(?![\\s-]+up\\b)|(?:account|sales|solutions?)\\s+(?:executives?|engineers?)|customer\\s+success\\s+managers?|revops)|(?:the|our|my|their|assigned|your)\\s+(?:assigned\\s+)?(?:ae|am|se|csm|sdr|bdr|rep|owner)s?';

const TRADE_ROLE_AT = new RegExp(`^${TRADE_ROLE}\\s*`);

/** The role of ours named at the start of `text` ("the on call guy …"), as a message names it, and its length. */
export const tradeRoleAt = (text: string): { role: string; length: number } | undefined => {
  const m = TRADE_ROLE_AT.exec(text);
  return m ? { role: roleWord(m[0].trim()), length: m[0].length } : undefined;
};

/** "the site manager" → "site manager", "whoever's on call" → "person on call": the role as "For the …" names it. */
const roleWord = (said: string): string =>
  said
    .replace(/^(?:to|for)\s+/, '')
    .replace(/^(?:the|our|my|your|their)\s+/, '')
    .replace(/^whoever(?:'s|\s+is)\s+on\s+/, 'person on ')
    .replace(
      /^.*?\b(?:owns|manages|handles|looks\s+after|runs|is\s+assigned\s+to|is\s+on)\s+\w+\s+(\w+)$/,
      '$1 owner',
    );

const SUBJECT_WORDS =
  "(?:them|him|her|they|whoever\\s+(?:it's|it\\s+is|it\\s+was|the\\s+(?:invoice|bill|booking)\\s+(?:is|was))\\s+(?:(?:made\\s+out|addressed|issued|billed)\\s+to|for)|(?:the\\s+(?:person|one|people|customer|client)\\s+(?:who|that)|whoever)\\s+(?:booked|made\\s+(?:it|the\\s+booking))(?:\\s+(?:it|them|the\\s+booking))?|the\\s+(?:new\\s+)?(?:lead|prospect|contact|customer|client|attendee|guest|person|submitter|sender|subscriber|user|member|visitor|buyer|payer|invitee|participant)|(?:each|every)\\s+(?:one|lead|customer|client|contact|person)|the\\s+(?:lead|customer|client)\\s+again|back)";
/** "the customer care manager", "the customer success team": a team of ours, not the customer. */
export const SUBJECT_RE = new RegExp(
  `\\b${SUBJECT_WORDS}\\b(?!'s\\b|\\s+(?:care|success|service|services|support|experience|relations|on\\s+${ON_ROTA})\\b|\\s+${ROLE_HEAD}(?![\\w'-]))`,
);

const ROLES =
  '(?:the\\s+|our\\s+|my\\s+)?(?:(?:sales|support|success|finance|accounting|accounts|billing|marketing|ops|operations|management|leadership|account|customer success|customer care|customer service|customer support|customer experience|client services|client relations|service|care|dev|engineering|hr)\\s+)?(?:team|department|dept|channel|manager|managers|owner|boss|lead|head|rep|reps|people|folks|crew|staff|admin|admins|director|ceo|founder|founders|everyone|everybody|colleagues|coworkers|office)';
export const ROLE_RE = new RegExp(
  `\\b(?:to\\s+|for\\s+)?(?:${TRADE_ROLE}|${ROLES}|${OFFICE_ROLES})\\b|\\b(?:sales|support|finance|accounting|accounts|billing|marketing|management|ops|legal|compliance|hr|devops|engineering|procurement|operations|reception|the front desk|dispatch|scheduling|estimating|logistics|purchasing|payroll)\\b(?![\\s-]+(?:${ROLE_OBJECTS})\\b)`,
);
const TO_ROLE =
  /\bto\s+(?:the\s+|our\s+)?(sales|support|finance|accounting|accounts|billing|marketing|ops|legal|compliance|hr|devops)(?:\s+(?:team|department|dept|inbox))?\b(?![\s-]+(?:deck|page|portal|guide|site|form)\b)/;
/** "me", "us" — never the object of what the message asks of them ("remind them to leave us a review"). */
const ME_RE =
  /(?<!\bto\s(?:leave|give|call|ring|phone|pay|book|contact|visit|join|follow|rate|review|recommend|refer|tag|mention|choose|trust|find|meet)\s(?:with\s|back\s)?)\b(?:me|myself|us)\b/;
const CHANNEL_RE =
  /#([a-z0-9][a-z0-9_-]{0,79})\b(?:\s+channel\b)?|\bthe\s+([a-z0-9][a-z0-9_-]{0,40})\s+channel\b/;

/** "… send each customer a reminder", "email each guest": every record a loop found, in any trade's noun for them. */
export const EACH_ITEM = new RegExp(
  String.raw`(?<!\b(?:about|for|on|of|to)\s{1,40})\b(?:each|every)\s+(?:single\s+)?(?:(?:one|1(?!\s+(?:minute|hour|day|week|fortnight|month|year)s?\b))(?:\s+of\s+them)?|of\s+them|${PERSON}|person|attendee|participant|invitee|invoice|bill|record|item)\b(?!\s+(?:with|who|whose|that|which|tagged|from)\b|\s+(?:in|on)\b(?!\s+(?:#|slack\b)))`,
);

/**
 * "put a note on each client that they're coming in today" in a loop over found bookings: the booking's attendee, not
 * a new search (a clause after "that" with its own subject is what the note says, never which clients).
 */
const EACH_ON = new RegExp(
  String.raw`(?<=\b(?:on|to)\s)(?:each|every)\s+(?:single\s+)?(?:${PERSON}|person|${ROLE})\b(?!\s+(?:with|who|whose|which|tagged|from)\b|\s+that\s+(?!(?:they|they're|theyre|he|he's|she|she's|we|it)\b))`,
);
export const eachAttendee = (clause: Clause, subject: Subject | undefined): RegExpExecArray | null =>
  subject?.bookingRoot === 'item' ? EACH_ON.exec(clause.view) : null;

/** Capitalised words in the original that are not ordinary words: a team member's name ("Anna", "Tom Baker"). */
const NOT_NAMES = new Set(
  'I Slack Email CRM When Whenever If Then And Also Every Each Send Notify Tell Let Ping Alert Post Add Create Mark Tag Schedule Book Remind Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December AI LinkedIn Google Stripe Calendly Typeform Shopify HubSpot Zoom Teams Gmail Outlook PDF USD EUR GBP CET UTC GMT EST PST CST IST Berlin London Paris Pacific Eastern Central OK Please Hi Hello Dear The A An Our My Their Sales Support Finance Marketing Accounting Billing Ops Team Manager Boss Owner Everyone Inbound New Welcome Thanks Thank Re Fwd Asap'.split(
    ' ',
  ),
);

/**
 * "Anil in accounts", "Lerato in compliance", "Sam from payroll": the team a member works in, said after their name,
 * says who they are, never which records (issue #16). Not a folder, inbox or channel of that name ("in the accounts
 * folder"), nor a team's thing ("in the sales pipeline").
 */
const MEMBER_DEPT = new RegExp(
  `^\\s+(?:in|from|at|on|of)\\s+(?:the\\s+|our\\s+)?(?:accounts|accounting|finance|billing|payroll|compliance|sales|support|marketing|ops|operations|hr|legal|admin|reception|recruitment|recruiting|bd|business development|credit control|collections|bookkeeping|tax|audit|customer service|client services|management|engineering|dev|dispatch|scheduling|purchasing|procurement|logistics|facilities|onboarding|the front desk|front desk|front of house|the office)(?:\\s+(?:team|department|dept|desk))?(?![\\w'-])(?![\\s-]+(?:folder|drive|inbox|channel|sheet|spreadsheet|list|board|${ROLE_OBJECTS})\\b)`,
);

/** A post said before a member's name, in lower case ("chef Marco", "coach Rob"). */
const TITLE = /^(?:chef|coach|nurse|doctor|dr|teacher|tutor|instructor|manager|supervisor)\s+(?=\p{Lu})/u;

/** A team member named after a notify verb or "to"/"with" ("notify Anna", "tell Tom Baker", "email it to Sam"). */
export const memberIn = (clause: Clause): { name: string; index: number; length: number } | undefined => {
  const re =
    /\b(?:notify|alert|tell|inform|ping|let|warn|message|text|remind|to|for|with|cc|email|e-mail|mail|send|give|drop|shoot|loop in|escalate to|assign(?:ed)?(?: it| them| the lead)? to|ask)\s+(\p{Ll}[\p{Ll}'-]+(?:\s+\p{Ll}[\p{Ll}'-]+)?)/gu;
  const view = clause.view;
  for (let m = re.exec(view); m; m = re.exec(view)) {
    const start = m.index + m[0].length - (m[1]?.length ?? 0);
    // the clause as written, its quotes left as placeholders: offsets stay the view's ("the 'service' field is …")
    const at = clause.prepared.text.indexOf(clause.text);
    const written =
      at < 0 ? clause.cased(clause.text) : clause.prepared.cased.slice(at, at + clause.text.length);
    const said = written.slice(start, start + (m[1]?.length ?? 0));
    // "give chef Marco a heads up", "tell coach Rob": the name after the post they hold, said with it
    const title = TITLE.exec(said)?.[0] ?? '';
    const original = said.slice(title.length);
    const words = original.split(/\s+/);
    const name: string[] = [];
    for (const [i, w] of words.entries()) {
      // "notify Mark", "let May know": a verb or month that is also a name (names-as-words.ts)
      const named = i === 0 && nameThoughWord(w, m[0], written.slice(start + title.length + w.length));
      // "Ciarán", "Zoë": a name's letters are any alphabet's
      // "the invite for Sam's drinks": a possessive names a thing of theirs, never who is told
      if (!/^\p{Lu}[\p{Ll}'-]+$/u.test(w) || /'s$/.test(w) || (NOT_NAMES.has(w) && !named)) break;
      name.push(w);
    }
    if (name.length > 0) {
      const text = name.join(' ');
      return { name: text, index: start, length: title.length + text.length };
    }
    // "send a mail to Tom": "mail to tom" held no name, but "to Tom" inside it does
    re.lastIndex = start;
  }
  return uncased(clause) ? lowerCaseMember(clause) : undefined;
};

/** A request typed with no capitals at all ("tell victor on slack"): names cannot be told by their capital. */
const uncased = (clause: Clause): boolean => !/\p{Lu}/u.test(clause.prepared.cased);

/** Words after a person verb that are never a name, though the grammars may not list them. */
const NOT_LOWER_NAMES = new Set(
  'them him her me us you everyone everybody anyone someone nobody all the our my their your his its this that a an team sales support finance ops hr admin admins boss manager owner people staff crew folks'.split(
    ' ',
  ),
);

/** "tell victor", "ping anna on slack", "let rui know": an unknown word right after a verb that addresses a person. */
const lowerCaseMember = (clause: Clause): { name: string; index: number; length: number } | undefined => {
  // "send the draft to ahmed": the colleague it is passed to (the verb and the draft may be read already)
  const passed =
    /\b(?:send|forward|pass)\s+(?:it|this|the draft|the email)\s+to\s+([a-z][a-z'-]{2,19})\b/.exec(
      clause.text,
    );
  const m =
    /\b(?:notify|alert|tell|inform|ping|let|warn|message|remind|ask|cc|dm|loop in|give(?=\s+[a-z'-]+\s+an?\s+(?:heads|shout|ping|nudge)))\s+([a-z][a-z'-]{2,19})\b/.exec(
      clause.view,
    ) ?? (passed && !clause.isMarked(passed.index + passed[0].length - 1) ? passed : null);
  const word = m?.[1];
  if (!m || !word || NOT_LOWER_NAMES.has(word) || isKnownWord(word) || ROLE_RE.test(word)) return undefined;
  return {
    name: word.charAt(0).toUpperCase() + word.slice(1),
    index: m.index + m[0].length - word.length,
    length: word.length,
  };
};

/**
 * Finds who the clause addresses and marks it. `prefer` decides when several are named: the first of the kinds
 * given is taken.
 */
export const recipientOf = (clause: Clause, subject: Subject | undefined): Recipient | undefined => {
  const address = clause.find(EMAIL_ADDRESS);
  if (address) {
    clause.mark(address.index, address[0].length);
    clause.take(/\b(?:(?:over\s+)?to|for|at|cc)\s+$/);
    return { kind: 'address', address: clause.cased(address[0]) };
  }
  const channel = clause.find(CHANNEL_RE);
  if (channel) {
    clause.mark(channel.index, channel[0].length);
    return { kind: 'channel', channel: `#${channel[1] ?? channel[2]}` };
  }
  const member = memberIn(clause);
  if (member) {
    const end = member.index + member.length;
    const dept = MEMBER_DEPT.exec(clause.view.slice(end));
    clause.mark(member.index, member.length + (dept?.[0].length ?? 0));
    return { kind: 'member', member: member.name };
  }
  // "email them to me", "send it to us": what is sent comes first; who gets it is after "to"
  const toMe = clause.find(/\b(?:them|it|this|these|those|that)\s+(?:over\s+)?to\s+(?:me|us|myself)\b/);
  if (toMe) {
    clause.mark(toMe.index, toMe[0].length);
    return { kind: 'team' };
  }
  // "forward them to support": the team named after "to" is who gets it, not "them"
  const toRole = clause.find(TO_ROLE);
  if (toRole) {
    clause.mark(toRole.index, toRole[0].length);
    return { kind: 'team', role: toRole[1] ?? 'team' };
  }
  if (subject?.email) {
    const s = clause.find(SUBJECT_RE);
    // "tell the sales manager to call them": the role told comes first; "them" is who the message is about
    const told = s ? clause.find(ROLE_RE) : undefined;
    const roleTold =
      told !== undefined &&
      s !== undefined &&
      told.index < s.index &&
      /^\s*to\s/.test(clause.view.slice(told.index + told[0].length));
    if (s && !roleTold) {
      clause.mark(s.index, s[0].length);
      return { kind: 'subject' };
    }
  }
  const role = clause.find(ROLE_RE);
  // "send a thank you from the owner": who signs it, never who gets it
  if (role && !/\bfrom\s+$/.test(clause.view.slice(0, role.index))) {
    clause.mark(role.index, role[0].length);
    const word = roleWord(role[0]);
    return /^(?:team|everyone|everybody|staff|people|folks|crew|office|colleagues|coworkers)$/.test(word)
      ? { kind: 'team' }
      : { kind: 'team', role: word };
  }
  const me = clause.find(ME_RE);
  if (me) {
    clause.mark(me.index, me[0].length);
    return { kind: 'team' };
  }
  return undefined;
};

// ------------------------------------------------------------------------------------------------ emails

export interface EmailTemplate {
  readonly subject: (name: string | undefined) => string;
  readonly body: string;
  readonly id: string;
}

const T = (id: string, subject: (name: string | undefined) => string, body: string): EmailTemplate => ({
  id,
  subject,
  body,
});

/** Kinds of email people ask for, in the order they are recognised. */
export const EMAIL_KINDS: readonly [RegExp, EmailTemplate][] = [
  [
    /\bfollow(?:ing)?[ -]?up\b|\bcheck(?:ing)?[ -]?in\b|\bnudge\b/,
    T(
      'follow-up',
      (n) => (n ? `Following up, ${n}` : 'Following up'),
      'Thanks for your interest. I wanted to follow up and see how we can help. Would a short call this week work for you?',
    ),
  ],
  [
    /\bwelcome\b|\bonboarding\b|\bintro(?:duction|ductory)?\b|\bgreet/,
    T(
      'welcome',
      (n) => (n ? `Welcome, ${n}!` : 'Welcome!'),
      'Thanks for getting in touch. We are glad to have you and will be in contact shortly.',
    ),
  ],
  [
    /\bthank(?:s| you)?\b|\bappreciat/,
    T(
      'thank-you',
      () => 'Thank you!',
      'Thank you for your time. Let us know if there is anything else we can do for you.',
    ),
  ],
  [
    /\bremind(?:er)?\b/,
    T(
      'reminder',
      () => 'A quick reminder',
      'Just a friendly reminder about my last message. Let me know if you have any questions.',
    ),
  ],
  [
    /\bconfirm(?:ation)?\b/,
    T(
      'confirmation',
      () => 'Your meeting is confirmed',
      'This confirms our meeting. We look forward to speaking with you.',
    ),
  ],
  [
    /\b(?:goodbye|farewell|sorry to see|we miss you|win[ -]?back|re-?engage)/,
    T(
      'goodbye',
      () => 'Sorry to see you go',
      'We are sorry to see you go. If anything changes, we would be glad to hear from you.',
    ),
  ],
  [
    /\b(?:apolog|sorry)/,
    T(
      'apology',
      () => 'Our apologies',
      'We are sorry for the trouble. We are on it and will get back to you shortly.',
    ),
  ],
  [
    /\bnewsletter|\bupdate\b|\bnews\b/,
    T(
      'newsletter',
      () => 'News from our team',
      'Here is what is new with us this week. Reply to this email if you have any questions.',
    ),
  ],
  [
    /\b(?:discount|offer|coupon|promo(?:tion)?|deal)\b/,
    T(
      'offer',
      () => 'A special offer for you',
      'As a thank-you, here is a special offer for you. Reply to this email to claim it.',
    ),
  ],
  [
    /\b(?:feedback|review|survey|rating)\b/,
    T(
      'feedback',
      () => 'How did we do?',
      'We would love to hear your feedback. Could you take a minute to tell us how it went?',
    ),
  ],
  [
    /\b(?:booking link|calendar link|scheduling link|invite|invitation)\b/,
    T(
      'invitation',
      () => 'Let us find a time',
      'Would you like to meet? Reply with a time that suits you and we will send an invitation.',
    ),
  ],
  [
    /\b(?:pricing|price list|brochure|information|info|details|proposal|quote|catalog(?:ue)?)\b/,
    T(
      'information',
      () => 'The information you asked for',
      'Thanks for your interest. Here is the information you asked for; reply with any questions.',
    ),
  ],
  [
    /\b(?:cancell?ation|cancell?ed|reschedul)/,
    T(
      'cancelled',
      () => 'Your meeting was cancelled',
      'Your meeting was cancelled. Reply to this email if you would like to find a new time.',
    ),
  ],
  [
    /\breceipt\b/,
    T('receipt', () => 'Your receipt', 'Thank you for your payment. This email confirms we received it.'),
  ],
  [
    /\bcongratulat/,
    T('congratulations', () => 'Congratulations!', 'Congratulations, and thank you for choosing us.'),
  ],
];

export const GENERIC_EMAIL = T(
  'email',
  () => 'Hello from our team',
  'We wanted to reach out. Reply to this email if you have any questions.',
);

export const emailTemplateOf = (text: string): EmailTemplate =>
  EMAIL_KINDS.find(([re]) => re.test(text))?.[1] ?? GENERIC_EMAIL;

/** "the big ones", "our premium clients": people (who it goes to), never what the email is about. */
const PEOPLE_HEAD =
  /\b(?:ones|clients?|customers?|leads?|contacts?|prospects?|tenants?|landlords?|members?|patients?|students?|guests?|accounts?|buyers?|people|folks)$/;
const PEOPLE_NEXT = new RegExp(`^${PERSON}(?![\\w'-])`);
const TOPIC =
  /(?<!\b(?:with|in|on|for|about|using|from|at|by|of|to)\s{1,40})\b(?:an?|the|our|my|their|his|her)\s+(?!(?:next|following|couple|few|minute|hour|day|week|fortnight|month)s?\b)([a-z][\w' -]{1,40}?)\s*$/;

/**
 * What an email is about, said last ("email them the brochure"), taken as understood. Who it goes to is never the
 * topic: after a "to" already read ("… to the big ones") or people by their head noun ("email our premium clients");
 * left, the restriction reader judges it (session 31).
 */
export const takeTopic = (clause: Clause): RegExpExecArray | undefined => {
  const found = clause.find(TOPIC);
  if (!found || /\bto\s+$/.test(clause.text.slice(0, found.index)) || PEOPLE_HEAD.test(found[1] ?? ''))
    return undefined;
  // "email all the lawn care ⟨customers tagged x⟩ …": words before people a list reader took are who, not what
  if (PEOPLE_NEXT.test(clause.text.slice(found.index + found[0].trimEnd().length).trimStart()))
    return undefined;
  clause.mark(found.index, found[0].length);
  return found;
};

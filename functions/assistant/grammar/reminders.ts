import type { Clause } from './clause';
import { type ActionResult, action, type Ctx, outcome } from './context';
import { PERSON, THEIR_PERSON } from './nouns';
import { ownerIsTheirs, THE_OWNER } from './owners';
import { tradeRoleAt } from './recipients';
import { forRole } from './roles';
import { isKnownWord } from './spelling';
import { quoteIn } from './text';

/**
 * A reminder to one of ours (session 29): "every Friday remind Sam to send the newsletter", "each morning post a
 * reminder in #volunteers", "on the 1st, remind me to run payroll", "send the coaches a reminder to confirm the
 * lineup". Whom it is for is read by its shape, not from a list: "me"/"us", a #channel or "the X channel", a name
 * (a capitalised word, "Sam and Priya"), or a group named with an article that is not one of the business's
 * records or customers ("the coaches", "our treasurer", "all the volunteers"). Such a reminder needs no record, so a
 * schedule alone is enough: it is a team notification (`notify.team`) or a Slack post (`notify.slack`), and what
 * follows ("to send the newsletter", "about the rota", "that …") is its text. A reminder to the workflow's subject
 * or to customers ("remind them", "remind the donors") is left to the email and invoice readers.
 */

const LEAD = '^[\\s,]*(?:(?:then|also|and|please|just|kindly)\\s+)*';
/** "remind Sam …", "nudge the coaches …": the verb names the reminder and the person comes next. */
const REMIND_VERB = new RegExp(`${LEAD}(?:remind|nudge)(?![\\w-])\\s*`);
/** "send Sam a reminder", "post a reminder in #volunteers": a verb that passes a message, then the message. */
const PASS_VERB = new RegExp(
  `${LEAD}(?:send|sends|post|give|email|e-mail|mail|drop|put|leave|share|slack|message|ping|shoot|fire off|pop|put up|push)(?![\\w-])(?:\\s+(?:out|up))?\\s*`,
);
const REMINDER_NOUN =
  /^(?:(?:a|an|the|our|my|one|another)\s+)?((?:(?!(?:to|for|in|on|about|that|of|with|and|or|them|him|her|it|us|me|a|an|the|our|my|your|their)\s)[a-z][\w'-]*\s+){0,3}?)(?:reminders?|nudges?|heads[- ]up)(?![\w-])\s*(?:(?:message|note|email|e-mail|ping|post)s?(?![\w-])\s*)?/;
/** Words before "reminder" that say how it is sent, not what about ("a quick weekly slack reminder"). */
const STYLE =
  /\b(?:quick|short|friendly|gentle|little|brief|small|weekly|daily|monthly|nightly|morning|evening|slack|e-?mail|polite|final|last|usual|regular|standard|reminder)\b/g;
/** "the open roles reminder": what it is about, said before the noun (its style words aside). */
const topicOf = (clause: Clause, words: string): string =>
  words.replace(STYLE, ' ').trim()
    ? clause.cased(words.trim()).replace(STYLE, ' ').replace(/\s+/g, ' ').trim()
    : '';

/** Those who are never one of ours: the workflow's subject, pronouns for it, the business's customers and records. */
const NOT_OURS = new RegExp(
  `^(?:them|him|her|they|it|this|that|those|these|you|${PERSON}|donors?|famil(?:y|ies)|attendees?|invitees?|couples?|newlyweds?|participants?|payers?|debtors?|people|folks|everyone|everybody|anyone|all|each|every|invoices?|bills?|bookings?|leads?|deals?|records?|reminders?|nudges?|messages?|notes?|e-?mails?|updates?|alerts?|posts?)$`,
);
/** Words a name is never (typed in lower case, they would pass for one). */
const FUNCTION_WORD =
  /^(?:the|our|my|your|their|his|her|its|a|an|all|and|or|to|in|on|at|of|for|about|by|with|every|each|some|any|this|that|these|those|one|no)$/;
const ME = /^(?:me|myself|us|ourselves)(?![\w-])\s*/;
/** "remind staff …", "remind closing staff …": our staff named without an article. */
const BARE_STAFF =
  /^(?:(closing|opening|kitchen|office|floor|evening|morning|weekend|duty)\s+)?(?:staff|crew)(?![\w'-])\s*/;
const CHANNEL =
  /^(?:(?:in|to|on|into)\s+)?(?:#([a-z0-9][a-z0-9_-]{0,79})(?:\s+channel)?|the\s+([a-z0-9][a-z0-9_-]{0,40})\s+channel)(?![\w-])\s*/;
/** "the coaches", "our new treasurer", "all the volunteers": one or two words after an article. */
const GROUP = /^(?:(?:all\s+)?(?:the|our|my)\s+|all\s+)((?:[a-z][\w'-]*\s+)?)([a-z][\w'-]*)(?![\w-])\s*/;
/** "whoever's on call", "the person on duty", "whoever is in charge": one of ours by the post they hold. */
const ON_DUTY =
  /^(?:whoever|whomever|(?:the|our)\s+(?:person|people|one|member\s+of\s+staff|team\s+member|colleague)s?)(?:'s|\s+(?:who(?:'s|\s+is|\s+are)|is|are))?\s+((?:on|in)\s+(?:call|duty|shift|charge|rota|the\s+rota|the\s+office)|working(?:\s+(?:today|tonight|this\s+week))?)(?![\w-])\s*/;
const GROUP_ONE = /^(?:(?:all\s+)?(?:the|our|my)\s+|all\s+)()([a-z][\w'-]*)(?![\w-])\s*/;
/** Words that end the group's name: "the treasurer to …", "the volunteers in #volunteers". */
const AFTER_GROUP =
  /^(?:to|in|on|at|about|that|of|for|by|via|with|who|whose|which|and|or|if|when|every|each)$/;

/** The record's people in a trade's word: not ours where the workflow has a person ("remind the player"). */
const THEIRS = new RegExp(`^${THEIR_PERSON}$`);
const PERSON_NEXT = new RegExp(`^${PERSON}(?![\\w-])`);

type Whom =
  | { readonly kind: 'team'; readonly role?: string }
  | { readonly kind: 'undecided'; readonly said: string }
  | { readonly kind: 'members'; readonly names: readonly string[] }
  | { readonly kind: 'channel'; readonly channel: string };

/**
 * Words for a group of ours that no role list holds ("the boss", "the committee"). Any other word after an article,
 * where the workflow has a person of its own, may be that person in the trade's word ("the wibbler"): undecided.
 */
export const OURS_GROUP =
  /^(?:team|teams|staff|office|crew|boss|bosses|directors?|ceo|founders?|owners?|management|committee|board|trustees|everyone|everybody|colleagues|coworkers|partners)$/;

/**
 * Whom the reminder is for, read at the start of `rest` (the clause's view from `at`); undefined if not ours.
 * `person`: the workflow has a person of its own (a lead's, a booking's), whom a word no list holds may name.
 */
const whomAt = (clause: Clause, at: number, person = false): { whom: Whom; length: number } | undefined => {
  const rest = clause.view.slice(at);
  const me = ME.exec(rest);
  if (me) return { whom: { kind: 'team' }, length: me[0].length };
  const staff = BARE_STAFF.exec(rest);
  if (staff)
    return {
      whom: { kind: 'team', ...(staff[1] ? { role: `${staff[1]} staff` } : {}) },
      length: staff[0].length,
    };
  const channel = CHANNEL.exec(rest);
  if (channel)
    return { whom: { kind: 'channel', channel: `#${channel[1] ?? channel[2]}` }, length: channel[0].length };
  const names = namesAt(clause, at);
  if (names) return names;
  // "the on call guy", "the lead tech", "the field techs": one of ours by the role they hold, in any trade
  const trade = tradeRoleAt(rest);
  if (trade && !/^(?:who|whose|that|which|with|without|from)\b/.test(rest.slice(trade.length)))
    return {
      whom: /^(?:team|staff|office|crew)$/.test(trade.role)
        ? { kind: 'team' }
        : { kind: 'team', role: trade.role },
      length: trade.length,
    };
  const duty = ON_DUTY.exec(rest);
  if (duty) return { whom: { kind: 'team', role: `person ${duty[1]}` }, length: duty[0].length };
  const two = GROUP.exec(rest);
  const second = two?.[2] ?? '';
  const group = two && !AFTER_GROUP.test(second) && !FUNCTION_WORD.test(second) ? two : GROUP_ONE.exec(rest);
  const noun = group?.[2] ?? '';
  if (
    !group ||
    NOT_OURS.test(noun) ||
    (person && THEIRS.test(noun)) ||
    NOT_OURS.test((group[1] ?? '').trim().replace(/'s$/, '')) ||
    /^(?:who|with|that|whose|which)$/.test(noun)
  )
    return undefined;
  // "all the members who …", "the coaches with …": a group picked out by what they did is records, not ours
  const after = rest.slice(group[0].length);
  // "all the lawn care customers", "the dog walking clients": the words describe the people after them, not ours
  // (read in the text: a list reader may have taken the noun already)
  if (PERSON_NEXT.test(clause.text.slice(at + group[0].trimEnd().length).trimStart())) return undefined;
  if (
    /^(?:who|whose|that|which|with|without|from|in|on|at)\b/.test(after) &&
    !CHANNEL.test(after) &&
    !VIA.test(after) &&
    noun !== 'team'
  )
    return undefined;
  const role = `${group[1] ?? ''}${noun}`.trim();
  // ("our guide Jack": a name says one of ours)
  if (person && !OURS_GROUP.test(noun) && !/\p{Lu}/u.test(clause.cased(group[0])))
    return { whom: { kind: 'undecided', said: group[0].trim() }, length: group[0].length };
  return {
    whom: /^(?:team|staff|office|crew)$/.test(role) ? { kind: 'team' } : { kind: 'team', role },
    length: group[0].length,
  };
};

/** "Sam", "Sam and Priya", "sam" (typed without capitals: a word no dictionary knows). */
const namesAt = (clause: Clause, at: number): { whom: Whom; length: number } | undefined => {
  const cased = clause.cased(clause.text.slice(at));
  const lower = !/\p{Lu}/u.test(clause.prepared.cased);
  const name = lower ? /^([a-z][a-z'-]{1,19})(?![\w-])/ : /^(\p{Lu}[\p{Ll}'-]+)(?![\w-])/u;
  const names: string[] = [];
  let length = 0;
  for (;;) {
    const m = name.exec(cased.slice(length));
    const word = m?.[1] ?? '';
    if (
      !m ||
      FUNCTION_WORD.test(word.toLowerCase()) ||
      isKnownWord(word.toLowerCase()) ||
      NOT_OURS.test(word.toLowerCase())
    )
      break;
    names.push(lower ? word.charAt(0).toUpperCase() + word.slice(1) : word);
    length += m[0].length;
    const joint = /^(?:,\s*|\s+(?:and|&)\s+|,\s*and\s+)(?=\S)/.exec(cased.slice(length));
    const after = joint ? name.exec(cased.slice(length + joint[0].length)) : undefined;
    if (!joint || !after || isKnownWord((after[1] ?? '').toLowerCase())) break;
    length += joint[0].length;
  }
  if (names.length === 0) return undefined;
  // typed without capitals, a word is a name only where a name can stand: before what the reminder says
  if (lower && !/^\s*(?:(?:to|about|that|on|by|via|in|a|an|the)\b|[,:]|$)/.test(cased.slice(length)))
    return undefined;
  const space = /^\s*/.exec(cased.slice(length))?.[0].length ?? 0;
  return { whom: { kind: 'members', names }, length: length + space };
};

/** What the reminder says: "to send the newsletter", "about the rota", "that …", "of …", a quote. */
const CONTENT =
  /^(?:(?:to|about|that|of|re|regarding|for)\s+|:\s*|(?=⟦\d+⟧))((?:(?!\b(?:if|unless|only|but|except|otherwise|provided|whenever|as long as)\b)[^,;])+)/;
const VIA = /^(?:(?:on|by|via|over|through)\s+(?:slack|e-?mail)|in\s+slack)(?![\w-])\s*/;

const LATER_CHANNEL =
  /\s(?:in|to|on|into)\s+(?:#([a-z0-9][a-z0-9_-]{0,79})(?:\s+channel)?|the\s+([a-z0-9][a-z0-9_-]{0,40})\s+channel)(?![\w-])\s*$/;
/** Read on the text with its spaces made single (linear): " on slack" at its end ("… (post in slack pls)"). */
const TRAILING_VIA = / (?:post(?:ed)? )?(?:on|by|via|over|through|in) (?:slack|e-?mail)(?: please| pls)?$/;

/** "Reminder: send the newsletter", the words as written (a quote as quoted). */
const reminderText = (clause: Clause, says: string, topic = ''): string => {
  const quoted = /⟦\d+⟧/.exec(says);
  const said = quoted
    ? quoteIn(clause.prepared, quoted[0])
    : says.trim() && clause.cased(says.trim()).replace(/\s+/g, ' ');
  return said || topic ? `Reminder: ${said || topic}` : 'Reminder';
};

export const readTeamReminder = (clause: Clause, ctx: Ctx): ActionResult | undefined => {
  const view = clause.view;
  // "email the owner a reminder" on a booking: the owner who booked is emailed (recipients.ts)
  if (
    THE_OWNER.test(view) &&
    /\b(?:e-?mail|mail|send)\b/.test(view) &&
    ownerIsTheirs(ctx.subject, ctx.previous?.action, view)
  )
    return undefined;
  const person = Boolean(ctx.subject?.email);
  let at: number;
  let whom: { whom: Whom; length: number } | undefined;
  let topic = '';
  const remind = REMIND_VERB.exec(view);
  const pass = remind ? undefined : PASS_VERB.exec(view);
  if (remind) {
    at = remind[0].length;
    whom = whomAt(clause, at, person);
    if (!whom) return undefined;
    at += whom.length;
  } else if (pass) {
    at = pass[0].length;
    // "post the open roles reminder …": the reminder itself first, its topic before the noun
    whom = REMINDER_NOUN.test(view.slice(at)) ? undefined : whomAt(clause, at, person);
    if (whom) at += whom.length;
    const noun = REMINDER_NOUN.exec(view.slice(at));
    // "send Sam a reminder": after whom, the reminder has its article
    if (!noun || (whom && !/^(?:a|an|the|our|my|one|another)\s/.test(noun[0]))) return undefined;
    at += noun[0].length;
    topic = topicOf(clause, noun[1] ?? '');
    if (!whom) {
      const to = /^(?:to|for)\s+/.exec(view.slice(at));
      const told = to ? whomAt(clause, at + to[0].length, person) : undefined;
      whom = told ?? whomAt(clause, at, person);
      if (whom) at += whom.length + (told ? (to?.[0].length ?? 0) : 0);
      else {
        // "post the open roles reminder in Slack": no one named, posted in Slack
        const slack = /^(?:in|on|to|into|via|over)\s+slack(?![\w-])\s*/.exec(view.slice(at));
        const about = slack ? CONTENT.exec(view.slice(at + slack[0].length)) : undefined;
        if (slack && (topic || about)) {
          clause.mark(0, at + slack[0].length + (about?.[0].length ?? 0));
          const text = reminderText(clause, about?.[1] ?? '', topic);
          return outcome([action(ctx, 'post-reminder', 'notify.slack', { text })], false);
        }
        // "slack reminder to lock in the headcounts": slacked, to no one named
        const slacked = /\bslack\s*$/.test(pass[0]) ? CONTENT.exec(view.slice(at)) : null;
        if (slacked) {
          clause.mark(0, at + slacked[0].length);
          const text = reminderText(clause, slacked[1] ?? '', topic);
          return outcome([action(ctx, 'post-reminder', 'notify.slack', { text })], false);
        }
        // "post a reminder about the newsletter in #volunteers": what it says, then where
        const later = LATER_CHANNEL.exec(view.slice(at));
        const said = later ? CONTENT.exec(view.slice(at, at + later.index)) : undefined;
        if (!later || !said || said[0].trim().length !== view.slice(at, at + later.index).trim().length)
          return undefined;
        clause.mark(0, at + later.index + later[0].length);
        const channel = `#${later[1] ?? later[2]}`;
        return outcome(
          [
            action(ctx, 'post-reminder', 'notify.slack', {
              text: reminderText(clause, said[1] ?? '', topic),
              channel,
            }),
          ],
          false,
        );
      }
    }
  } else return undefined;
  // "remind the wibbler": one of ours, or the person the workflow is for in the trade's word? Never guessed
  if (whom.whom.kind === 'undecided')
    return {
      problem: `I did not understand whom "${clause.cased(whom.whom.said)}" means: one of your team (say their name or role, "the manager") or the ${ctx.subject?.noun ?? 'record'}'s own person ("the customer")`,
    };
  let via = VIA.exec(view.slice(at));
  if (via) at += via[0].length;
  // "remind the volunteers in #volunteers": the channel it is posted in
  const inChannel = whom.whom.kind !== 'channel' ? CHANNEL.exec(view.slice(at)) : null;
  if (inChannel && /^(?:in|on|to|into)\b/.test(inChannel[0])) at += inChannel[0].length;
  else if (inChannel) return undefined;
  const content = CONTENT.exec(view.slice(at));
  // "… about the newsletter on Slack": how it goes, not what it says
  const single = content?.[1]?.replace(/\s+/g, ' ').trimEnd();
  const how = single ? TRAILING_VIA.exec(single) : null;
  const says = how && single ? single.slice(0, how.index) : content?.[1];
  clause.mark(0, at + (content?.[0].length ?? 0));
  via ??= how;
  const text = reminderText(clause, says ?? '', topic);
  const channel = inChannel
    ? `#${inChannel[1] ?? inChannel[2]}`
    : whom.whom.kind === 'channel'
      ? whom.whom.channel
      : undefined;
  const role = whom.whom.kind === 'team' ? forRole(whom.whom.role) : '';
  if (channel)
    return outcome(
      [action(ctx, 'post-reminder', 'notify.slack', { text: `${role}${text}`, channel })],
      false,
    );
  const by = via?.[0].includes('slack')
    ? 'slack'
    : via || /^[\s,]*(?:(?:then|also|and|please|just|kindly)\s+)*(?:e-?mail|mail)\b/.test(view)
      ? 'email'
      : undefined;
  // "remind the team on slack", "remind the opener in slack": posted in Slack, as readSlack posts for a role; a
  // named person keeps their own message
  if (by === 'slack' && whom.whom.kind === 'team')
    return outcome([action(ctx, 'post-reminder', 'notify.slack', { text: `${role}${text}` })], false);
  const names = whom.whom.kind === 'members' ? whom.whom.names : [undefined];
  return outcome(
    names.map((member) =>
      action(ctx, 'remind-team', 'notify.team', {
        text: `${role}${text}`,
        ...(member ? { member } : {}),
        ...(by ? { via: by } : {}),
      }),
    ),
    false,
  );
};

/** "I get", "we'd really appreciate", "receive", "could I have": the writer asking to be sent it. */
const ASKED =
  /^[\s,]*(?:(?:then|also|and|please|just|really)\s+)*(?:(?:i|we)(?:'d|'ll|\s+would|\s+will|\s+can|\s+could|\s+should)?\s+(?:really\s+|also\s+)?|(?:can|could|may)\s+(?:i|we)\s+)?(?:get|receive|have|see|appreciate|like|love|want|need)(?![\w'-])/;

/** A report the writer asks to get, with no one else named: it goes to the team, the writer among them. */
export const askedBy = (clause: Clause, said: string): { readonly kind: 'team' } | undefined =>
  clause.take(ASKED) || (NAMED_ONLY.test(said) && !DELIVERED.test(clause.prepared.text))
    ? { kind: 'team' }
    : undefined;

/** "(I'd love) a weekly summary of donations …": the report named alone, what was read around it blanked. */
const NAMED_ONLY = /^[\s,]*(?:an?|the|my|our)\s/;
/** A word of the request that sends or posts something: then the report goes where that says, not to the team. */
const DELIVERED =
  /\b(?:send|sent|post|posted|e-?mail|e-?mailed|mail|mailed|share|shared|slack|forward|deliver|delivered|drop|notify|tell|ping|alert|message|webhook|save|upload|log)\b|#|@/;

/** "send the intake form": a thing sent, to no one else named, is an email to whom the workflow is about. */
export const SENT_THING =
  /^[\s,]*(?:(?:then|also|and|please)\s+)*send\s+(?:over\s+)?(?:the|our|a|an|my)\s+(?!(?:file|document|data|lead|contact|record|details|info|payload|report|summary|invoice|bill)s?\b)[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}\s*$/;

import type { EventName } from '../../../statemachines/events';
import { AWAITED_VERBS, type Awaited } from './awaited-verbs';
import { FORM_NOUN } from './nouns';
import type { Subject } from './subjects';
import { DURATION, durationOf } from './text';

/**
 * Waits for something to happen: "if the lead doesn't reply within 2 days", "an invoice that isn't paid after a
 * week", "a booking not confirmed by tomorrow", "if the form is still incomplete after 5 days", "if they reply
 * within 3 days" — whatever the verb and subject. Each becomes a waitFor on the event that would mean it happened,
 * with a timeout; the negative ones act on the timeout, the positive ones on the event.
 */

export type { Awaited };

export interface WaitRead {
  readonly polarity: 'negative' | 'positive';
  readonly awaited: Awaited;
  readonly event: EventName;
  /** Undefined: "wait for a reply" with no duration; a later clause may give it. */
  readonly timeout: string | undefined;
  /** "5 more days": counted from the wait before it, not from the start. */
  readonly relative: boolean;
  /** What the subject of the clause was ("invoice", "lead", "booking"), for the trigger when none is given. */
  readonly noun: string | undefined;
  readonly length: number;
  readonly problem?: string;
}

const EVENTS: Record<Awaited, EventName> = {
  reply: 'email.received',
  payment: 'invoice.paid',
  booking: 'booking.created',
  form: 'form.submitted',
  confirmation: 'email.received',
};

const NEG =
  "(?:doesn't|does not|don't|do not|hasn't|has not|haven't|have not|didn't|did not|never|fails? to|failed to|won't|will not|isn't|is not|aren't|are not|wasn't|weren't|has yet to|have yet to|hasn't yet|haven't yet|has still not|have still not|not yet|still not|still hasn't|still haven't|still doesn't|still don't|still isn't|still is not|still aren't|not)";

const STATES: readonly [RegExp, Awaited][] = [
  [/\b(?:(?:still|remains?|stays?|is|are)\s+)*(?:unpaid|outstanding|not (?:yet )?paid|open)\b/, 'payment'],
  [
    /\b(?:(?:still|remains?|stays?|is|are|goes|go|went|keeps?)\s+)*(?:unanswered|unreplied|ignored|silent|quiet)\b|\bignores?\s+(?:our|the|my|an?)\s+(?:email|message|follow up)\b/,
    'reply',
  ],
  [/\b(?:(?:still|remains?|stays?|is|are)\s+)*unconfirmed\b/, 'confirmation'],
  // "payment is still pending after 15 days", "the invoice stays pending for a month"
  [
    /\b(?:payments?|invoices?|bills?|amounts?|balance|dues)\s+(?:(?:is|are|remains?|stays?|still)\s+)*pending\b/,
    'payment',
  ],
  [/\b(?:(?:still|remains?|stays?|is|are)\s+)*(?:incomplete|unfinished|unsubmitted)\b/, 'form'],
  [/\b(?:(?:still|remains?|stays?|is|are)\s+)*unbooked\b/, 'booking'],
  [
    /\b(?:there\s+is\s+|there's\s+|we\s+(?:get|have|see)\s+|with\s+|without\s+(?:an?\s+)?|gets?\s+)?no\s+(?:reply|response|answer|word)\b|\bwithout\s+(?:an?\s+)?(?:reply|response|answer)\b/,
    'reply',
  ],
  [
    /\b(?:there\s+is\s+|there's\s+|with\s+|without\s+(?:an?\s+)?)?no\s+payment\b|\bwithout\s+(?:a\s+)?payment\b/,
    'payment',
  ],
  [/\b(?:there\s+is\s+|there's\s+)?no\s+booking\b|\bwithout\s+(?:a\s+)?booking\b/, 'booking'],
  // "no meeting is booked", "no call gets scheduled", "no form has been submitted": nothing of that kind happens
  [
    /\bno\s+(?:new\s+|other\s+|further\s+)?(?:meeting|call|demo|appointment|session|booking|reservation)s?\s+(?:is\s+|are\s+|gets?\s+|has\s+been\s+|have\s+been\s+)?(?:booked|scheduled|made|set up|created)\b/,
    'booking',
  ],
  [
    /\bno\s+(?:forms?|surveys?|questionnaires?)\s+(?:is\s+|are\s+|gets?\s+|has\s+been\s+|have\s+been\s+)?(?:submitted|completed|filled (?:in|out)|returned)\b/,
    'form',
  ],
];

const WHO =
  '(?:they|he|she|someone|somebody|anyone|(?:a|an|the|any)\\s+(?:new\\s+)?(?:lead|prospect|contact|customer|client|attendee|subscriber|person|recipient))';

/**
 * Who does what is awaited, also typed in a hurry: with no article ("if customer pay within 5 days") or not said at
 * all before a verb that agrees with a third person ("if books demo in 3 days").
 */
const SUBJECT = `(?:${WHO}\\s+|(?:new\\s+)?(?:lead|prospect|contact|customer|client|attendee|subscriber)\\s+|(?=(?:replies|responds|answers|pays|books|completes|submits|confirms)\\b))`;
const SUBJECTLESS = /^(?:replies|responds|answers|pays|books|completes|submits|confirms)\b/;

const POSITIVE: readonly [RegExp, Awaited][] = [
  [
    new RegExp(
      `^${SUBJECT}(?:repl(?:y|ies)|respond(?:s)?|answer(?:s)?|write(?:s)? back|get(?:s)? back(?: to us)?)\\b`,
    ),
    'reply',
  ],
  [
    new RegExp(`^${SUBJECT}pa(?:y|ys)\\b|^(?:the\\s+|it\\s+|an?\\s+)?(?:invoice\\s+)?(?:is|gets)\\s+paid\\b`),
    'payment',
  ],
  [new RegExp(`^${SUBJECT}(?:re)?book(?:s)?\\b`), 'booking'],
  [new RegExp(`^${SUBJECT}(?:complete(?:s)?|fill(?:s)? (?:in|out)|submit(?:s)?)\\b`), 'form'],
  [new RegExp(`^${SUBJECT}confirm(?:s)?\\b`), 'confirmation'],
];

const WITHIN = new RegExp(
  `\\b(?:within|in|after|by|for|since|before|during|over|inside(?: of)?|at least)\\s+(?:(?:like|about|around|roughly|approximately|only|just|max(?:imum)?|at most|up to|more than|over|longer than)\\s+)?(?:(?:the\\s+)?(?:next|first|following)\\s+|another\\s+|a further\\s+)?(${DURATION.source})(?:\\s+more)?|\\b(${DURATION.source})\\s+(?:in(?![\\w-])(?!\\s+(?:a|an|the|total|advance|row|\\d))|later|after(?:wards)?(?:\\s+(?:our|the|their|my|that)\\s+(?:first\\s+|last\\s+|initial\\s+|original\\s+)?(?:e?mail|message|follow up|invoice|reminder|proposal|quote|offer|outreach)s?\\b|\\s+(?:it|they|the|our|their|its|we|that|this|sending|issuing|being|signing|the)\\b(?:\\s+(?!(?:send|email|notify|tell|remind|mark|add|create|schedule|book|post|alert|escalate|ping|then|and|otherwise)\\b)[\\w'-]+){0,3})?|on|have passed|has passed|pass(?:es)?|go by|goes by)\\b|\\bby\\s+(tomorrow|the next day|next week)\\b`,
);

/** A thing awaited as the subject of a verb of coming ("the waiver is back", "their payment comes in"). */
const POSITIVE_ARRIVAL =
  /^((?:(?:the|their|his|her|its|a|an|any)\s+)?(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*)\s+(?:is|are|comes?|gets?|has\s+come|have\s+come)\s+/;

/** Particles that say a thing came back to us ("is back", "comes in", "is returned"), never "is made". */
const BACK =
  /^(?:back(?:\s+(?:to\s+us|with\s+us|in))?(?=\s|$)|in(?=\s)|returned|(?:sent|handed|signed)\s+(?:back|in))/;

/** Verbs that only say something comes: what comes is the subject ("payment doesn't arrive"). */
const ARRIVES =
  /^(?:back(?:\s+(?:to\s+us|with\s+us|in))?(?=\s|$)|in(?=\s+(?:within|in|after|by|for|over|inside|during)\b|\s*$)|returned|(?:sent|handed|signed)\s+(?:back|in)|receiv(?:e[ds]?|ing)|made|done|filled(?:\s+(?:in|out))?|submitted|completed|cleared|credited|arrive[sd]?|arriving|come(?:s)?\s+(?:in|through)|came\s+(?:in|through)|coming\s+(?:in|through)|come|land(?:s|ed)?|go(?:es)?\s+through|went\s+through|turn(?:s|ed)?\s+up|get(?:s)?\s+here)\b/;
const ARRIVING: readonly [RegExp, Awaited][] = [
  [/\b(?:payments?|money|transfer|funds)\s*$/, 'payment'],
  [/\b(?:repl(?:y|ies)|responses?|answers?)\s*$/, 'reply'],
  [/\b(?:confirmations?)\s*$/, 'confirmation'],
  [new RegExp(`\\b(?:${FORM_NOUN}|paperwork|agreements?|consents?)\\s*$`), 'form'],
  [/\b(?:bookings?)\s*$/, 'booking'],
];

const untrackedProblem = (verb: string) =>
  `there is no event for "${verb.trim()}" (opens, clicks, signatures and visits are not tracked); replies, payments, bookings and form submissions are`;

const ourReplyProblem = (said: string) =>
  `"${said.trim()}": a wait is for what they do (a reply, a payment, a booking, a form); whether we answer is not waited for`;

/** "no reply by Friday", "until the end of the month": a deadline, which a waitFor (a duration) cannot express. */
const DEADLINE =
  /\b(?:by|before|until|till)\s+(?:(?:next|this|the)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|end of (?:the )?(?:day|week|month)|eod|eow|noon|midnight|\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}(?:st|nd|rd|th)?(?:\s+of\s+(?:the\s+|each\s+|every\s+)?[a-z]+)?)\b/;

/** "30 days of the due date", "24 hours before the meeting": counted from another moment, which a waitFor is not. */
const ANCHORED = new RegExp(
  `(?:${DURATION.source})\\s+(?:of|after|before|from|past|prior to)\\s+(?:the|their|its|our|his|her)\\s+(?:due date|deadline|meeting|appointment|call|demo|event|booking|session|start|due)\\b`,
);

/** "replied or booked a call": two things awaited, and a waitFor waits for one event. */
const EITHER =
  /^[a-z' -]{0,30}?\b(?:or|and|nor)\s+(?:(?:has|have|hasn't|haven't|didn't|don't|doesn't|not)\s+)?/;

/** Reads a wait at the start of a clause (after "if", "when", "in case"). */
export const readWait = (text: string): WaitRead | undefined => {
  const read = readWaitPhrase(text);
  const anchored = read ? ANCHORED.exec(text.slice(0, read.length + 60)) : null;
  if (read && anchored)
    return {
      ...read,
      length: Math.max(read.length, anchored.index + anchored[0].length),
      problem: `"${anchored[0]}": a wait counts from when the workflow gets to it, not from another date; say how long to wait from there`,
    };
  if (!read || read.timeout || read.problem) return read;
  const deadline = DEADLINE.exec(text.slice(0, read.length + 40));
  return deadline
    ? {
        ...read,
        length: Math.max(read.length, deadline.index + deadline[0].length),
        problem: `I can wait for a duration ("within 3 days"), not until a day or a time ("${deadline[0]}")`,
      }
    : read;
};

const readWaitPhrase = (text: string): WaitRead | undefined => {
  const lead = /^\s*(?:(?:and|but|then|so)\s+)?(?:if|when|in case|should|once|unless|and if|but if)?\s*/.exec(
    text,
  );
  const start = lead ? lead[0].length : 0;
  const rest = text.slice(start);
  const duration = WITHIN.exec(rest);
  // "another week", "a week later", "10 days after that": counted from the wait before, not from the start
  const relative = /\b(?:more|another|further|additional|extra|later|afterwards|after (?:that|this))\b/.test(
    duration?.[0] ?? '',
  );
  const timeoutOf = (): string | undefined => {
    // DURATION has groups of its own: the later alternatives' phrase is found again in the match
    const phrase =
      duration?.[1] ?? (duration ? new RegExp(DURATION.source).exec(duration[0])?.[0] : undefined);
    return phrase
      ? durationOf(phrase.replace(/^(?:another|a further)\s+/, '1 ').replace(/^1 (\d)/, '$1'))
      : undefined;
  };

  const neg =
    new RegExp(`^(.*?)\\b${NEG}\\s+(?:(?:yet|ever|even|been|got|gotten|actually|really)\\s+){0,2}`).exec(
      rest,
    ) ?? /^(.*?)\b(?:nobody|no one|no-one|none of them)\s+/.exec(rest);
  if (neg) {
    const after = rest.slice(neg[0].length);
    // "payment doesn't arrive", "no reply comes in": the awaited thing is the subject, the verb only says it comes
    const arrival = ARRIVES.exec(after);
    const thing = arrival ? ARRIVING.find(([re]) => re.test(neg[1] ?? ''))?.[1] : undefined;
    const verbs: readonly (readonly [RegExp, Awaited | 'untracked'])[] = thing
      ? [[ARRIVES, thing]]
      : AWAITED_VERBS;
    for (const [re, awaited] of verbs) {
      const v = re.exec(after);
      if (!v) continue;
      if (awaited === 'untracked')
        return { ...empty, length: start + neg[0].length + v[0].length, problem: untrackedProblem(v[0]) };
      // "we don't reply within 4 hours": our own reply is no event of theirs to wait for (session 35)
      if (awaited === 'reply' && /^(?:we|i)\s*$/.test(neg[1] ?? '') && !/^(?:hear|get\s+a|come)/.test(v[0]))
        return {
          ...empty,
          length: start + neg[0].length + v[0].length,
          problem: ourReplyProblem(rest.slice(0, neg[0].length + v[0].length)),
        };
      const either = EITHER.exec(after.slice(v[0].length));
      const other =
        either && AWAITED_VERBS.find(([o]) => o.test(after.slice(v[0].length + either[0].length)));
      if (either && other)
        return {
          ...empty,
          length: start + neg[0].length + v[0].length + either[0].length,
          problem: `"${v[0]}${either[0].trimEnd()} …" waits for two things; a wait is for one event (a reply, a payment, a booking or a form): make it two steps`,
        };
      return finish(
        'negative',
        awaited,
        neg[1] ?? '',
        start,
        neg[0].length + v[0].length,
        rest,
        duration,
        timeoutOf(),
        relative,
      );
    }
  }
  for (const [re, awaited] of STATES) {
    const s = re.exec(rest);
    if (!s || (s.index > 60 && !duration)) continue;
    if (awaited === 'payment' && /^\s*open\b/.test(s[0]) && !/\b(?:still|remains?|stays?)\b/.test(s[0]))
      continue;
    return finish(
      'negative',
      awaited,
      rest.slice(0, s.index),
      start,
      s.index + s[0].length,
      rest,
      duration,
      timeoutOf(),
      relative,
    );
  }
  // "if books demo in 3 days": no subject only after "if", "when" (else "answers as a file" is a noun)
  const subjectless = !/\S/.test(lead?.[0] ?? '') && SUBJECTLESS.test(rest);
  for (const [re, awaited] of POSITIVE) {
    const p = re.exec(rest);
    if (!p || subjectless) continue;
    return finish('positive', awaited, p[0], start, p[0].length, rest, duration, timeoutOf(), relative);
  }
  // "the waiver is back within 2 days", "their payment comes in": the awaited thing arriving
  const comes = duration ? POSITIVE_ARRIVAL.exec(rest) : null;
  const arrived = comes ? BACK.exec(rest.slice(comes[0].length)) : null;
  const what = comes && arrived ? ARRIVING.find(([re]) => re.test(comes[1] ?? ''))?.[1] : undefined;
  if (comes && arrived && what)
    return finish(
      'positive',
      what,
      comes[1] ?? '',
      start,
      comes[0].length + arrived[0].length,
      rest,
      duration,
      timeoutOf(),
      relative,
    );
  const waitFor = WAIT_FOR.exec(rest);
  if (waitFor?.groups) {
    const word = waitFor.groups.what ?? waitFor.groups.what2 ?? waitFor.groups.verb ?? '';
    // "wait up to 5 days for the welcome form": the duration said before what is awaited
    const said = waitFor.groups.d ? durationOf(waitFor.groups.d) : undefined;
    const awaited: Awaited = /repl|respon|answer/.test(word)
      ? 'reply'
      : /pa(?:y|ment)/.test(word)
        ? 'payment'
        : /book/.test(word)
          ? 'booking'
          : /form|questionnaire|survey|complete|fill|submit|return/.test(word)
            ? 'form'
            : 'confirmation';
    return said
      ? finish('positive', awaited, '', start, waitFor[0].length, rest, null, said, relative)
      : finish('positive', awaited, '', start, waitFor[0].length, rest, duration, timeoutOf(), relative);
  }
  return undefined;
};

/**
 * "wait for a reply", "wait up to 5 days for the welcome form", "wait for them to complete the questionnaire": a
 * positive wait on what is named (its duration, when said before it, is the timeout).
 */
const WAIT_FOR = new RegExp(
  `^(?:wait|keep waiting|hold on)\\s+(?:(?:for\\s+)?(?:up to|at most|max(?:imum)?)\\s+(?<d>${DURATION.source})\\s+)?for\\s+(?:(?:a|an|the|their|his|her)\\s+(?:[a-z-]+\\s+){0,2}?(?<what>reply|response|answer|payment|booking|confirmation|form|questionnaire|survey)s?\\b|(?<what2>reply|response|answer|payment|booking|confirmation|form)s?\\b|(?:them|him|her|the\\s+(?:lead|customer|client|prospect|contact|attendee))\\s+to\\s+(?<verb>complete|fill\\s+(?:in|out)|submit|return|reply|respond|answer|pay|book|confirm)\\b(?:\\s+(?:the|their|a|an|our)\\s+(?:[a-z-]+\\s+){0,2}?(?:form|questionnaire|survey|invoice|call|meeting|demo|email|message)s?\\b)?)`,
);

const empty: WaitRead = {
  polarity: 'negative',
  awaited: 'reply',
  event: 'email.received',
  timeout: undefined,
  relative: false,
  noun: undefined,
  length: 0,
};

const NOUN =
  /\b(lead|prospect|contact|customer|client|invoice|bill|payment|booking|meeting|call|demo|appointment|attendee|form|survey|submission|they|someone|anyone|nobody|we|subscriber|user)s?\b/;

const finish = (
  polarity: WaitRead['polarity'],
  awaited: Awaited,
  subjectText: string,
  start: number,
  verbEnd: number,
  rest: string,
  duration: RegExpExecArray | null,
  timeout: string | undefined,
  relative: boolean,
): WaitRead => {
  const objectEnd = (() => {
    // the object of the verb ("their invoice", "a call", "the onboarding form") runs to the duration or the clause end
    if (duration && duration.index >= verbEnd) return duration.index + duration[0].length;
    const object =
      /^(?:\s+(?!(?:send|email|notify|tell|let|inform|warn|remind|chase|mark|add|create|schedule|book|post|alert|escalate|ping|forward|assign|cancel|then|and|otherwise)\b)[\w'-]+){0,4}/.exec(
        rest.slice(verbEnd),
      );
    const end = verbEnd + (object?.[0].length ?? 0);
    return duration ? Math.max(end, duration.index + duration[0].length) : end;
  })();
  const noun = NOUN.exec(subjectText)?.[1] ?? NOUN.exec(rest.slice(0, objectEnd))?.[1];
  return {
    polarity,
    awaited,
    event: EVENTS[awaited],
    timeout,
    relative,
    noun: noun === 'we' ? 'lead' : noun,
    length: start + objectEnd,
  };
};

/** The waitFor match for an awaited event, from who the workflow is about; undefined when nothing correlates. */
export const matchFor = (
  awaited: Awaited,
  subject: Subject | undefined,
): Record<string, string> | undefined => {
  if (!subject) return undefined;
  switch (awaited) {
    case 'reply':
    case 'confirmation':
      if (subject.leadId && !subject.bookingId && !subject.invoiceId) return { leadId: subject.leadId };
      return subject.email ? { from: subject.email } : undefined;
    case 'payment':
      return subject.invoiceId ? { 'invoice.id': subject.invoiceId } : undefined;
    case 'booking':
      if (subject.leadId && !subject.leadId.includes('booking')) return { 'booking.leadId': subject.leadId };
      return subject.email ? { 'booking.attendeeEmail': subject.email } : undefined;
    case 'form':
      return subject.email ? { 'lead.email': subject.email } : undefined;
  }
};

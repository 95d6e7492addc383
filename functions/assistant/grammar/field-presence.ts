import { type Atom, type ConditionContext, cmp, type Kind, rootOf } from './condition-words';
import { PERSON } from './nouns';

/** Which form was submitted, read where presence is (condition-atom.ts). */
export { whichForm } from './which-form';

/**
 * A field tested for being there, not for a value: "has a phone number", "has no company" (a lead's), and a field
 * said filled in or empty ("the company field is filled in", "the phone is left blank": session 38, read as
 * eq "filled" before). Said after the field and its "is"/"not" (the atom's negation wraps it).
 */
const HAS =
  /^(?:has|have)\s+(no\s+|a\s+|an\s+)?(phone(?:\s+number)?|company|name|email(?:\s+address)?)\b|^(?:does not|doesn't)\s+have\s+(?:a\s+|an\s+)?(phone(?:\s+number)?|company|name)\b/;
const FILLED =
  /^\s*(?:(?:is|are|was|has\s+been|have\s+been|gets|got)\s+)?(not\s+|n't\s+)?(filled(?:\s+(?:in|out))?|completed|entered|provided|given|set|present|blank|empty|missing|left\s+(?:blank|empty))(?=\s*(?:[,.;:!?]|$|\s(?:and|or|then|tag|send|notify|add|create|mark|email|tell|post)\b))/;

export const presenceAt = (
  rest: string,
  kind: Kind,
  field: string | undefined,
): { field: string; present: boolean; length: number } | undefined => {
  const has = kind === 'lead' ? HAS.exec(rest) : null;
  if (has) {
    const f = (has[2] ?? has[3] ?? '').split(/\s/)[0] ?? '';
    return { field: f, present: !(has[1]?.trim() === 'no' || Boolean(has[3])), length: has[0].length };
  }
  const filled = field ? FILLED.exec(rest) : null;
  if (!field || !filled) return undefined;
  const present = /^(?:fill|comp|ent|pro|giv|set|pres)/.test(filled[2] ?? '') !== Boolean(filled[1]);
  return { field, present, length: filled[0].length };
};

/** "a customer emails about a warranty", "… emails hello@shop.com": "emails" the verb, not the lead's address. */
export const EMAILS_VERB =
  /^s\s+(?:\S*@|(?!(?:is|are|contains?|includes?|ends?|starts?|equals?|matches?|has|have)\b)[a-z])/;

/** "the amount field is over 250": a form's field named with the word "field" is the field of that name. */
export const namedFormField = (kind: Kind, after: string): boolean =>
  kind === 'form' && /^\s+field\b/.test(after);
/**
 * A word of a webhook's open body that is not named as a field ("the amount is over 500", "with a budget over 5k"):
 * the body's fields are the sender's (docs/workflow-language.md), so "amount" may be "amount_total" or in cents; only
 * "the amount field" names one. Read as a form's budget it was a guess (issue #16); refused, the words quoted.
 */
export const payloadGuess = (kind: Kind, ctx: ConditionContext, after: string): boolean =>
  kind === 'form' && ctx.subject?.fieldsRoot === 'trigger.payload' && !namedFormField(kind, after);

const GAVE =
  '(?:has|have|having|had|left|leaves?|gave|gives?|provided|provides?|included|includes?|entered|enters?|supplied|supplies|put\\s+in|puts\\s+in|filled\\s+in|added|adds?)';
const NOT_GAVE =
  "(?:doesn't|does\\s+not|didn't|did\\s+not|don't|do\\s+not|haven't|have\\s+not|hasn't|has\\s+not)\\s+(?:have|leave|give|provide|include|enter|supply|put\\s+in|fill\\s+in|add)";
const WHOSE = '(?:a|an|any|their|his|her|its|the)';
const WHAT =
  "(?<what>(?<attendee>attendee(?:'s)?\\s+)?e-?mail(?:\\s+address)?|(?:phone|mobile|cell)(?:\\s+number)?|number|company(?:\\s+name)?)";
/** "has a company name filled in": said filled in after what they gave. */
const FILLED_IN = '(?:\\s+(?:filled\\s+(?:in|out)|entered|completed))?';
const ON_IT =
  '(?:\\s+(?:on\\s+(?:it|file|there|the\\s+(?:booking|form|record|lead))|in\\s+(?:it|the\\s+form)))?';
/**
 * A field said there or not by what they gave or left ("they left a phone number", "if they gave an email", "they
 * didn't provide a phone", "there is no attendee email on it", "without an email address"), and after a "with" the
 * words before read ("with no attendee email", "with an email address"). Whose field it is: the record's the event
 * carries it on (attendee email: the booking's; an email on a form: its submitter, there when a field holds one).
 */
const GIVEN = new RegExp(
  `^(?:(?<gave>${GAVE})\\s+(?:(?:us|me)\\s+)?(?:(?<no>no)\\s+|${WHOSE}\\s+)?|(?<not>${NOT_GAVE})\\s+(?:${WHOSE}\\s+)?|(?<without>without|with\\s+no|there(?:'s|\\s+is)\\s+no)\\s+(?:${WHOSE}\\s+)?|there(?:'s|\\s+is)\\s+${WHOSE}\\s+|(?<bare>no|an?)\\s+)${WHAT}${FILLED_IN}${ON_IT}(?![\\w'-])`,
);

/** One of our people on file: "an existing client", "a customer we already have", "someone already in the crm". */
const ON_FILE = String.raw`(?:(?:an?|one\s+of\s+our|any)\s+)?(?:(?:existing|known|current)\s+${PERSON}|(?:${PERSON}|someone|somebody)\s+(?:(?:that|who|whom)\s+)?(?:we\s+(?:already\s+)?(?:have|know)(?:\s+on\s+file)?|(?:is\s+|'s\s+)?already\s+(?:in|on)\s+(?:the|our)\s+(?:crm|system|database|books)))(?![\w'-])`;
/**
 * "we know who it is", "we don't know which candidate sent it", "(it's) from a customer we already have", "not from an
 * existing client": the sender matched to a lead, or not.
 */
const KNOWN = new RegExp(
  String.raw`^(?:(?:we|i)\s+(?<not>(?:don't|do\s+not|can't|cannot)\s+)?(?:know|recogni[sz]e|can\s+tell)\s+(?:who|which\s+[a-z]+)\s+(?:it\s+is|it's|they\s+are|sent\s+it|it\s+is\s+from|it's\s+from|it\s+came\s+from)(?![\w'-])|(?:(?:is|comes|came|was)\s+)?(?<notFrom>not\s+|isn't\s+)?from\s+${ON_FILE})`,
);
/**
 * "(the invoice) is linked to a student in the crm", "it isn't tied to a client record": the record's lead is there,
 * or not (an invoice's, a booking's, an email's).
 */
const LINKED = new RegExp(
  String.raw`^(?:(?:is|was|'s|are)\s+)?(?<not>(?:not|isn't|wasn't|aren't)\s+)?(?:linked|attached|tied|connected|matched|assigned)\s+(?:up\s+)?(?:to|with)\s+(?:(?:an?|any|the|one\s+of\s+our|an\s+existing)\s+)?(?:[a-z]+\s+)?(?:${PERSON}|someone|contact|record)(?:\s+record)?(?:\s+(?:in|on)\s+(?:the|our)\s+(?:crm|system|database|books))?(?![\w'-])`,
);

/**
 * "it has attachments", "the email has an attachment", "(comes) with no attachments", "has something attached": an
 * inbound email's first attachment there or not (session 45). The list itself is always there, empty or not.
 */
const ATTACHED =
  /^(?:(?:has|have|had|comes?\s+with|came\s+with|includes?|contains?)\s+)?(?<no>no\s+)?(?:(?:an?|any|some)\s+)?(?:attachments?|files?\s+attached|(?:something|anything)\s+attached)(?![\w'-])/;

/** LINKED at the start of `rest`, as a test of the lead of the trigger's invoice, booking or email. */
const linkedIn = (rest: string, ctx: ConditionContext, at: number, kind: Kind): Atom | undefined => {
  const m = LINKED.exec(rest);
  const root = rootOf('invoice', ctx.subject, ctx.event) ?? rootOf('booking', ctx.subject, ctx.event);
  const path = root ? `${root}.leadId` : ctx.event === 'email.received' ? 'trigger.leadId' : undefined;
  return m && path
    ? { comparison: cmp(path, 'exists', !m.groups?.not), length: at + m[0].length, kind }
    : undefined;
};

export interface PresenceRoots {
  readonly lead: string | undefined;
  readonly leadFields: readonly string[] | undefined;
  readonly booking: string | undefined;
  /** A form's submitter (form.submitted's `lead`, null unless a field holds an email address). */
  readonly submitter: string | undefined;
  /** The lead an inbound email was matched to (email.received's `leadId`, null when none was). */
  readonly sender: string | undefined;
  /** A form's own answers (form.submitted's `fields`): a phone or a company given is one of them. */
  readonly fields?: string | undefined;
}

/** The presence test said at the start of `rest` (`withBefore`: a "with" was read just before it). */
export const givenAt = (
  rest: string,
  withBefore: boolean,
  roots: PresenceRoots,
): { path: string; present: boolean; length: number } | undefined => {
  const known = roots.sender ? KNOWN.exec(rest) : null;
  if (known && roots.sender)
    return {
      path: roots.sender,
      present: !known.groups?.not && !known.groups?.notFrom,
      length: known[0].length,
    };
  const m = GIVEN.exec(rest);
  const g = m?.groups;
  if (!m || !g?.what || (g.bare && !withBefore)) return undefined;
  const present = !(g.no || g.not || g.without || g.bare === 'no');
  const what = g.what;
  const leadField = (f: string) =>
    roots.lead && (roots.leadFields?.includes(f) ?? true)
      ? `${roots.lead}.${f}`
      : roots.fields && `${roots.fields}.${f}`;
  const path = /mail/.test(what)
    ? roots.booking
      ? `${roots.booking}.attendeeEmail`
      : g.attendee
        ? undefined
        : (roots.submitter ?? leadField('email'))
    : /^company/.test(what)
      ? leadField('company')
      : what === 'number' && !g.gave && !g.not
        ? undefined
        : leadField('phone');
  return path ? { path, present, length: m[0].length } : undefined;
};

/**
 * givenAt with the roots of the trigger's records ("with" read before `rest` or not), as a comparison after `at`;
 * else the record's lead linked or not.
 */
export const givenIn = (
  rest: string,
  withBefore: boolean,
  ctx: ConditionContext,
  at: number,
  kind: Kind,
): Atom | undefined => {
  const given = givenAt(rest, withBefore, {
    lead: rootOf('lead', ctx.subject, ctx.event),
    leadFields: ctx.subject?.leadFields,
    booking: rootOf('booking', ctx.subject, ctx.event),
    submitter: ctx.event === 'form.submitted' ? ctx.subject?.leadRoot : undefined,
    sender: ctx.event === 'email.received' ? 'trigger.leadId' : undefined,
    fields: ctx.event === 'form.submitted' ? ctx.subject?.fieldsRoot : undefined,
  });
  if (given) return { comparison: cmp(given.path, 'exists', given.present), length: at + given.length, kind };
  const attached = ctx.event === 'email.received' ? ATTACHED.exec(rest) : null;
  if (attached)
    return {
      comparison: cmp('trigger.attachments.0', 'exists', !attached.groups?.no),
      length: at + attached[0].length,
      kind,
    };
  return linkedIn(rest, ctx, at, kind);
};

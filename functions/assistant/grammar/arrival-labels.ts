import type { EventName } from '../../../statemachines/events';
import type { Clause } from './clause';
import { WHERE_FROM } from './event-nouns';
import type { EventPhrase } from './events';

/**
 * The trigger said as a noun of the trade, with no "when" (issue 16, session 43): "scholarship application form →",
 * "discount requests come in by email.", "website quote request:", "new carpet cleaning enquiry =>". The meaning is
 * "a kind of thing arrives by a channel", and the channel is the event: a form, or the website it is filled in on,
 * is its submission; email or the inbox is an email received. With no channel an enquiry, a lead or a referral is a
 * new lead (what the CRM keeps of one). The thing is called whatever the trade calls what people send (an
 * application, a request, a claim, a complaint …) and its kind is words before it ("scholarship", "carpet
 * cleaning"), every one of them; a word that picks some out ("urgent", "big", "returning") is no kind, and a thing
 * with no channel and no lead in it ("quote request:") names no event: both stay refused. Read only as the whole of
 * the request's first clause (its colon, arrow or dash ends it), as a heading is.
 */

/** What people send a business, as the trade names it. */
const THING =
  /^(?:requests?|applications?|enquir(?:y|ies)|inquir(?:y|ies)|claims?|referrals?|complaints?|questions?|quer(?:y|ies)|registrations?|orders?|submissions?|nominations?|messages?|forms?|leads?|e-?mails?|entr(?:y|ies)|sign-?ups?)$/;
/** A thing that is a new lead by itself, with no channel said. */
const LEAD_THING = /^(?:enquir|inquir|lead|referral|sign-?up)/;
/** The channels: the event each one means. */
const BY_EMAIL = /^(?:e-?mails?|mail|inbox|mailbox)$/;
const BY_FORM = /^(?:forms?|website|site|web|online|portal|webform)$/;
/** Words before the thing that open it: no kind of it. */
const OPENER = /^(?:new|incoming|fresh|any|each|every|all|a|an|the|our)$/;
/** A word that picks some out, a state or a history (nouns.ts PICKING_WORD, event-nouns.ts HISTORY): never a kind. */
const PICKS =
  /^(?:final|initial|first|second|last|next|previous|big|large|small|urgent|important|special|certain|some|old|recent|latest|existing|returning|regular|repeat|current|former|vip|paid|unpaid|overdue|late|cancell?ed|approved|rejected|open|pending|no|not|other|only|this|that|these|those)$/;
/** A word that cannot be a kind: a verb, a joint, a pronoun, a preposition. */
const NOT_KIND =
  /^(?:is|are|was|were|be|get|gets|got|has|have|had|do|does|and|or|then|but|if|when|so|to|for|from|by|via|through|over|on|in|into|at|of|with|about|we|i|you|they|it|he|she|them|us|me|my|your|their|his|her|its|someone|somebody|comes?|came|coming|arrives?|lands?|sent|send|tagged|without|worth|under|marked|named|called)$/;
/** The arrival, before or after the channel: "come in", "arrive", "in", "get sent in" ("comes through the form": the channel's). */
const ARRIVES =
  /^(?:(?:comes?|coming|came)(?=\s+through\s+\S)|(?:comes?|coming|came)\s+(?:in|through)|arrives?|arriving|lands?|landing|in|(?:is|are|gets?)\s+(?:sent|submitted|emailed)(?:\s+in)?|emailed\s+in)(?=\s|$)/;
/** The channel after the thing: "by email", "via the website", "from the listing page form", "on the portal" (the last word: "the website form" is a form). */
const CHANNEL =
  /^(?:by|via|through|over|from|on|in|into|to)\s+(?:(?:the|our|my|an?)\s+)?(?:[a-z][\w-]*\s+){0,2}(e-?mail|mail|inbox|mailbox|website|site|web\s?site|form|web\s?form|portal)(?=\s|$)/;

/** Where a lead comes from that is no channel of ours ("a zillow lead"): nothing records it, never a kind. */
const ELSEWHERE = (word: string): boolean =>
  WHERE_FROM.test(word) && !BY_FORM.test(word) && !BY_EMAIL.test(word);

const eventOf = (said: Said): EventName | undefined => {
  const channel = said.channel.replace(/\s/g, '');
  if (said.kinds.some(ELSEWHERE)) return undefined;
  if (LEAD_THING.test(said.thing)) {
    // "a new website lead": where it came from, which nothing on the lead says (conditions-s41): refused
    if (said.kinds.some((k) => WHERE_FROM.test(k))) return undefined;
    // "enquiries by email", "new enquiry via the form"; a lead "from the website" or "online" is every lead
    if (BY_EMAIL.test(channel)) return 'email.received';
    if (/^(?:web)?forms?$/.test(channel)) return 'form.submitted';
    if (channel || said.kinds.some((k) => BY_EMAIL.test(k))) return undefined;
    return said.fresh || said.arrives ? 'lead.created' : undefined;
  }
  // "customer emails in", "messages come in by email": an email said as the thing only with its arrival
  if (BY_EMAIL.test(channel) || (/^e-?mails?$/.test(said.thing) && said.arrives)) return 'email.received';
  if (/^(?:e-?mails?|messages?)$/.test(said.thing) && !channel) return undefined;
  // "new junior registration": what is filled in on a form, said new
  if (
    /^(?:registrations?|submissions?|entr(?:y|ies))$/.test(said.thing) &&
    !channel &&
    (said.fresh || said.arrives)
  )
    return 'form.submitted';
  return BY_FORM.test(channel) || /^forms?$/.test(said.thing) || said.kinds.some((k) => BY_FORM.test(k))
    ? 'form.submitted'
    : undefined;
};

interface Said {
  readonly kinds: readonly string[];
  readonly thing: string;
  readonly channel: string;
  readonly arrives: boolean;
  readonly fresh: boolean;
}

/** The event a heading of the trade's thing names, read whole, or undefined. */
export const arrivalEvent = (
  said: string,
): { readonly event: EventName; readonly qualifier: string | undefined } | undefined => {
  const words = said.trim().split(/\s+/);
  let at = 0;
  while (at < words.length && OPENER.test(words[at] ?? '')) at++;
  const kinds: string[] = [];
  // the thing is the last of at most five words that make its name ("carpet cleaning quote request")
  let thing = -1;
  for (let i = at; i < Math.min(words.length, at + 5); i++) {
    const w = words[i] ?? '';
    if (!/^[a-z][\w-]*$/.test(w) || NOT_KIND.test(w) || PICKS.test(w)) break;
    if (THING.test(w)) thing = i;
  }
  if (thing < 0) return undefined;
  kinds.push(...words.slice(at, thing));
  let rest = words.slice(thing + 1).join(' ');
  const first = ARRIVES.exec(rest);
  if (first) rest = rest.slice(first[0].length).trim();
  const channel = CHANNEL.exec(rest);
  if (channel) rest = rest.slice(channel[0].length).trim();
  const last = ARRIVES.exec(rest);
  if (last) rest = rest.slice(last[0].length).trim();
  // "(they get tagged carpet)": which of them, for the condition grammar (a test said after it is refused: conditions-s41)
  const tagged = /^(?:(?:they|these|those|which|that|who)\s+(?:get|are|'re|is|gets)\s+)?(tagged\s.+)$/.exec(
    rest,
  );
  if (rest !== '' && !tagged) return undefined;
  const noun = words[thing] ?? '';
  // an order said without a form or an inbox is a shop's, not this reading's
  if (/^orders?$/.test(noun) && !channel) return undefined;
  const event = eventOf({
    kinds,
    thing: noun,
    // "refund requests emailed in": the arrival says the channel
    channel: channel?.[1] ?? (/e-?mailed/.test(`${first?.[0]} ${last?.[0]}`) ? 'email' : ''),
    arrives: Boolean(first ?? last),
    fresh: words.slice(0, at).some((w) => /^(?:new|incoming|fresh)$/.test(w)),
  });
  return event ? { event, qualifier: tagged?.[1] } : undefined;
};

/** The request's first clause when it is only such a heading ("website quote request:"), read as its event. */
export const readArrivalLabel = (
  clause: Clause,
): { readonly phrase: EventPhrase; readonly spans: readonly [number, number][] } | undefined => {
  const view = clause.view;
  let end = view.length;
  while (end > 0 && /[\s:?!.,;\-–—→>=]/.test(view[end - 1] as string)) end--;
  const label = view.slice(0, end).trim();
  if (label.length === 0 || label.length > 80) return undefined;
  const read = arrivalEvent(label);
  if (!read) return undefined;
  return {
    phrase: {
      trigger: { type: 'event', event: read.event },
      qualifier: read.qualifier,
      length: label.length,
    },
    spans: [[view.indexOf(label), label.length]],
  };
};

import { VERB_START } from './split';
import { SAYS_A_TEST } from './trigger-said';

/**
 * A webhook introduced in one sentence with the source name it arrives under, and referred to in the next (session
 * 38): "we get a webhook from our answering service (source "ruby") whenever they take a message. Turn each one into a
 * new lead", "Angi can send our new leads to a webhook, I set the source name as angi. When one comes in, …", "our
 * portal can post a webhook (source name "genmon") when a unit throws a fault. when that happens …", "our vendor can
 * send a webhook called "webform" when … . When that comes in, …". The introduction is read as a webhook from that
 * source, said back; what it says the webhook is about is what it carries, never tested. An introduction naming two
 * sources, saying a test ("only", "over $500", "not"), or naming a step of its own is left as written (refused).
 */

/** The source's name: what POST /webhooks/{tenantId}/{source} takes, in any case (lower-cased when read). */
const NAME = String.raw`['"‘“]?([A-Za-z0-9][\w-]{0,63})['"’”]?`;
/** "(source "ruby")", "(source: homeadvisor)", "(source name genmon)", "(src=angi)". */
const BRACKET = new RegExp(
  String.raw`\((?:its |the )?(?:source|src)(?: name| id| key)?(?: ?[:=])? ?${NAME} ?\)`,
  'gi',
);
/**
 * "a webhook called "webform"", "webhook named 'intake'": quoted; bare only after we set it up ("I've set up a webhook
 * called carrier-portal."), else a bare word is the webhook's description.
 */
const CALLED =
  /\bwebhooks? (?:called|named) ['"‘“]([A-Za-z0-9][\w-]{0,63})['"’”]|\b(?:set up|created|made|added|configured|registered) an? webhook (?:called|named) ([A-Za-z0-9][\w-]{0,63})(?=[.,;:]|\s(?:for|when|that|which)\b|$)/gi;
/** "I set the source name as angi", "the source is angi", "with source name "angi"". */
const SOURCE_IS = new RegExp(
  String.raw`\bsource(?: name)? (?:is|as|to|=|of|:|called|named) ?${NAME}(?![\w-])|\bwith (?:the )?source(?: name)? ${NAME}(?![\w-])`,
  'gi',
);
/** "a webhook from donorbox when …" (a bracket's source after a name was read as the name before: labels.ts). */
const FROM = new RegExp(
  String.raw`\bwebhooks? from (?!(?:our|the|an?|my|their|your|its|his|her|them|us|one|each|every|any)\b)${NAME}(?=\s(?:when|whenever|every|each|as|once|if|for|with|that|about)\b|\s?[,.;!?]|$)`,
  'gi',
);

/** The next sentence's start referring to the webhook arriving: "When that comes in", "when one arrives". */
const REFERRAL =
  /^((?:when(?:ever)?|each time|every time|once|as soon as|if) )(?:one of (?:those|these|them)|one|it|that|this|this webhook|the webhook|such a webhook|one of those webhooks) (?:comes? in|arrives?|fires?|hits?|lands?|happens|is received|gets received|is sent|is called)\b/i;
/** "Turn each one into a lead", "Post every one in #intake": each webhook as the object of the first step. */
const EACH_ONE = /\b(?:each one|every one|each of them|every one of them)\b/i;

/** What the webhook is said to be about: after "when", "whenever", "every time". */
const ABOUT = /\b(?:when(?:ever)?|every time|each time|as soon as|once)\b/i;
/** Anywhere in the introduction: a limit, or a step of its own (a channel, an address, an action's word). */
const MORE_THAN_AN_INTRO =
  /[#@]|\b(?:only|unless|except|not|never|email|e-mail|slack|text|notify|tell|remind|invoice|tag|note|log|big|large|small|huge|high-value|urgent|important)\b|n't\b/i;

/** "a webhook from CARFAX (service due reminder)": what it carries in brackets, right after its sender. */
const CARRIES =
  /\b(webhooks? from [\w-]+|[\w-]+ webhooks?) \(((?!(?:source|src|from|sender|id|name|key|called|named)\b)[a-z][\w'-]*(?: [\w'-]+){0,5})\)/gi;
/** A bracket that could be a step or a test: left as written. */
const NOT_CARRIED =
  /\b(?:send|email|e-mail|text|notify|tell|post|create|add|tag|mark|book|schedule|update|log|ping|call|remind|invoice|and|then|or|also)\b/i;

/**
 * A sender said as the subject of a webhook (issue #16): "Karbon fires a webhook when a job's marked complete. when
 * that happens …", "gusto posts to our webhook after each payroll run — …", "our multiposter Broadbean posts new
 * applicants to a webhook - …", "jotform webhook for the payroll change form -> …". The sender is the name just before the verb: capitalised, the request's first word, a
 * form tool in the subject, or a stated source name (which wins). What follows the webhook up to a dash, arrow, comma
 * or sentence end describes it (never tested); a description that says a test or a step of its own is left as written.
 */
const SENDER =
  /^((?:(?:our|my|the) )?(?:[A-Za-z][\w-]* ){0,4}?)([A-Za-z][\w-]*)(?: \((?:(?:our|the|my|an?) [a-z][\w -]{0,40}|([A-Za-z][\w-]{0,63}))\))? (?:webhooks? (?=for (?:(?:the|our|each|every|an?) |[a-z][\w-]* [a-z][\w-]*s\b))|(?:can |will |is going to |is set up to |'ll )?(?:sends?|posts?|push(?:es)?|fires?|hits?|calls?|pings?)(?: us)?(?: (?:(?:an?|the|their|its|all|all their|every|each) )?(?:new )?(?:[a-z]+ )?[a-z]+s?)?(?: to)? (?:a|an|our|the|my) webhook)\b/;
const NOT_A_NAME =
  /^(?:it|that|this|you|we|i|they|he|she|someone|anyone|one|system|app|tool|software|portal|platform|intake|form|service|site|website|vendor|provider|customer|client|guest|tenant|patient|member|user|lead)s?$/i;
/**
 * Before a sender's name in lower case: only the word that says when ("when expedia sends a reservation to our
 * webhook") or what kind of tool it is ("our maintenance portal fixflo is going to post to a webhook").
 */
/** What a webhook is about, said after it as a time ("when a job is done") or nothing: no stray word ("a webhook zzz"). */
const DESCRIBED =
  /^\s*(?:$|(?:when(?:ever)?|each time|every time|once|as soon as|after|for (?:each|every))\s)/i;
const LOWER_NAME_AFTER =
  /^(?:(?:when(?:ever)?|once|each time|every time|as soon as) |(?:our|my|the) (?:[a-z][\w-]* ){0,2}(?:system|app|tool|software|portal|platform|service|pms|crm|engine|provider|vendor|partner) )$/i;
const FORM_TOOL = /\b(typeform|tally|jotform|webflow)\b/i;
/** The provider's own event type in brackets ("(invoice.payment_failed)"): tested as webhook.type (named-tools.ts). */
const TYPE_BRACKET = /\s?\(['"‘“]?([a-z][a-z0-9_]*(?:[./][a-z][a-z0-9_]*)+)['"’”]?\)/;
/** The one sentence after an introduction, an order with no start of its own: the webhook's steps. */
const OWN_START =
  /\b(?:when(?:ever)?|if|unless|once|every|each|after|before|until|daily|weekly|monthly|tomorrow)\b|\d/i;
/** Where the description ends and the steps begin. */
const STEPS_START = /[.;,]\s|\s[-–—]+>?\s|\s?(?:->|→)\s?/;
/** "When it does, …", "when that happens …", and a step's own "… when it fires" at the end. */
const REFERS_BACK =
  /^(?:(?:when(?:ever)?|each time|every time|once) (?:it|that|one|this) (?:does|happens|arrives|comes in|fires|hits|lands)\b[,:]?\s*)/i;
const REFERS_BACK_END =
  /\s(?:when(?:ever)?|each time|every time|once) (?:it|that|one) (?:does|happens|arrives|comes in|fires|hits|lands)(?=\s*[.!]?$)/i;

/** "Time To Pet", "Housecall Pro": the capitalised words before a capitalised sender are its name too, joined. */
const namedBefore = (subject: string): string => {
  const words = subject.split(' ').filter(Boolean);
  let start = words.length;
  while (start > 0 && /^[A-Z]/.test(words[start - 1] ?? '')) start -= 1;
  while (start < words.length && LEADING_WORD.test(words[start] ?? '')) start += 1;
  return words.slice(start).join('');
};
const LEADING_WORD =
  /^(?:when|whenever|if|once|each|every|our|my|the|so|and|then|also|pls|please|hi|hey|ok)$/i;

/** "we pointed shopify's abandoned checkout webhook at you": the sender's webhook, aimed at us. */
const POINTED =
  /^(?:we|i)(?:'ve| have)? (?:pointed|connected|hooked up|aimed) (?:the |our )?([A-Za-z][\w-]*)(?:'s)? ((?:[a-z][\w-]* ){0,3}?)webhooks? (?:at|to) (?:you|this|here|dynaris)\b/i;
/** "the untappd webhook fires when someone checks in …": the sender's webhook firing. */
const FIRES =
  /^the ([A-Za-z][\w-]*) webhook (?:fires|hits|comes in|arrives|goes off)(?= (?:when|whenever|every time|each time)\b)/i;

const senderSaid = (said: string): WebhookIntros | undefined => {
  if (/\?\s*$|^(?:can|could|does|do|how|is|will|would)\b/i.test(said)) return undefined;
  // put as "<sender> sends a webhook", what it is about kept for the checks below
  const request = said
    .replace(
      POINTED,
      (_m, name: string, what: string) =>
        `${name} sends a webhook${what.trim() ? ` about ${what.trim()}` : ''}`,
    )
    .replace(FIRES, (_m, name: string) => `${name} sends a webhook`);
  const m = SENDER.exec(request);
  if (!m) return undefined;
  const after = request.slice(m[0].length);
  const cut = STEPS_START.exec(after);
  if (!cut) return undefined;
  const typed = TYPE_BRACKET.exec(after.slice(0, cut.index));
  const type = typed?.[1];
  const about = typed ? after.slice(0, cut.index).replace(typed[0], '') : after.slice(0, cut.index);
  const stated = sourceOf(about);
  const described = about.replace(BRACKET, '').replace(SOURCE_IS, '');
  if (MORE_THAN_AN_INTRO.test(described) || SAYS_A_TEST.test(described) || /\bwebhook/i.test(described))
    return undefined;
  const name = m[2] ?? '';
  const subject = m[1] ?? '';
  const source =
    stated ??
    m[3]?.toLowerCase() ??
    FORM_TOOL.exec(subject)?.[1]?.toLowerCase() ??
    (!NOT_A_NAME.test(name) &&
    (/^[A-Z]/.test(name) || subject === '' || (LOWER_NAME_AFTER.test(subject) && DESCRIBED.test(described)))
      ? `${/^[A-Z]/.test(name) ? namedBefore(subject) : ''}${name}`.toLowerCase()
      : undefined);
  if (!source) return undefined;
  const next = after.slice(cut.index + cut[0].length).trimStart();
  // across a sentence's end only a sentence referring back ("When that happens, …", "post every one in #x") is the
  // webhook's steps
  const each = /^[.;]/.test(cut[0]) && !REFERS_BACK.test(next) ? EACH_ONE.exec(next) : undefined;
  // or the last sentence, an order with no start of its own ("… hits a webhook when a keg is tapped. post … in #x")
  const ordered =
    /^[.;]/.test(cut[0]) && !/[.!?;]\s/.test(next) && VERB_START.test(next) && !OWN_START.test(next);
  if (/^[.;]/.test(cut[0]) && !REFERS_BACK.test(next) && !each && !ordered) return undefined;
  const rest = (each ? eachOne(next, each) : next).replace(REFERS_BACK, '').replace(REFERS_BACK_END, '');
  if (!rest.trim()) return undefined;
  return {
    text: `When a webhook from ${source}${type ? ` of type ${type}` : ''} arrives, ${rest}`,
    notes: [
      `"${said.slice(0, said.length - request.length + m[0].length + cut.index)}" is read as a webhook from ${source}${stated || m[3] ? ', the source you named' : ''}; ${type ? `its event type ${type} is tested (webhook.type); the rest of ` : ''}what it says the webhook is about is not tested`,
    ],
  };
};

export interface WebhookIntros {
  readonly text: string;
  readonly notes: readonly string[];
}

/** "post every one in #x" → "post it in #x"; "each one: create a lead …" (a heading) → "create a lead …". */
const eachOne = (next: string, each: RegExpExecArray | null | undefined): string => {
  const at = each?.index ?? 0;
  const after = next.slice(at + (each?.[0].length ?? 0));
  const heading = at === 0 ? /^\s?[:–—-]\s?/.exec(after) : null;
  return heading ? after.slice(heading[0].length) : `${next.slice(0, at)}it${after}`;
};

/** The one source an introduction names, or undefined (none, or two different ones). */
const sourceOf = (sentence: string): string | undefined => {
  const names = new Set<string>();
  for (const re of [BRACKET, CALLED, SOURCE_IS, FROM])
    for (const m of sentence.matchAll(re)) {
      const name = (m[1] ?? m[2] ?? '').toLowerCase();
      if (name) names.add(name);
    }
  return names.size === 1 ? [...names][0] : undefined;
};

/** The request with a webhook introduced by its source name, then referred to, said as "When a webhook from X arrives". */
export const webhookIntros = (request: string): WebhookIntros => {
  if (!/webhook/i.test(request)) return { text: request, notes: [] };
  const sender = senderSaid(request);
  if (sender) return sender;
  const notes: string[] = [];
  const text = request.replace(CARRIES, (all, hook: string, what: string) => {
    if (NOT_CARRIED.test(what) || SAYS_A_TEST.test(what)) return all;
    notes.push(`"(${what})" is what the ${hook} carries; it is not tested`);
    return hook;
  });
  // sentences with what ends each ("." "!" "?" ";" and the space after)
  const parts = text.split(/(?<=[.!?;])\s+/);
  let joined = false;
  for (let i = 0; i + 1 < parts.length; i++) {
    const intro = parts[i] ?? '';
    if (!/\bwebhooks?\b/i.test(intro)) continue;
    const source = sourceOf(intro);
    if (!source) continue;
    const unsaid = intro.replace(BRACKET, '').replace(CALLED, 'webhook').replace(SOURCE_IS, '');
    const about = ABOUT.exec(unsaid);
    if (MORE_THAN_AN_INTRO.test(unsaid) || (about && SAYS_A_TEST.test(unsaid.slice(about.index)))) continue;
    const next = parts[i + 1] ?? '';
    const referral = REFERRAL.exec(next);
    const each = referral ? undefined : EACH_ONE.exec(next);
    if (!referral && !each) continue;
    const when = `When a webhook from ${source} arrives`;
    parts[i + 1] = referral
      ? `${when}${/^\s?[,;:.!?-]/.test(next.slice(referral[0].length)) ? '' : ','}${next.slice(referral[0].length)}`
      : `${when}, ${eachOne(next, each)}`;
    parts[i] = '';
    joined = true;
    notes.push(
      `"${intro.replace(/[.!?;]$/, '')}" is read as a webhook from ${source}, the source you named${about ? '; what it says the webhook is about is not tested' : ''}`,
    );
  }
  if (notes.length === 0) return { text: request, notes };
  return { text: joined ? parts.filter((p) => p !== '').join(' ') : text, notes };
};

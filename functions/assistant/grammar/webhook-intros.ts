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
/** "a webhook called "webform"", "webhook named 'intake'": only quoted, a bare word is the webhook's description. */
const CALLED = /\bwebhooks? (?:called|named) ['"‘“]([A-Za-z0-9][\w-]{0,63})['"’”]/gi;
/** "I set the source name as angi", "the source is angi", "with source name "angi"". */
const SOURCE_IS = new RegExp(
  String.raw`\bsource(?: name)? (?:is|as|to|=|of|:) ?${NAME}(?![\w-])|\bwith (?:the )?source(?: name)? ${NAME}(?![\w-])`,
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
  /[#@]|\b(?:only|unless|except|not|never|email|e-mail|slack|text|notify|tell|remind|invoice|tag|note|log)\b|n't\b/i;

/** "a webhook from CARFAX (service due reminder)": what it carries in brackets, right after its sender. */
const CARRIES =
  /\b(webhooks? from [\w-]+|[\w-]+ webhooks?) \(((?!(?:source|src|from|sender|id|name|key|called|named)\b)[a-z][\w'-]*(?: [\w'-]+){0,5})\)/gi;
/** A bracket that could be a step or a test: left as written. */
const NOT_CARRIED =
  /\b(?:send|email|e-mail|text|notify|tell|post|create|add|tag|mark|book|schedule|update|log|ping|call|remind|invoice|and|then|or|also)\b/i;

export interface WebhookIntros {
  readonly text: string;
  readonly notes: readonly string[];
}

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
      : `${when}, ${next.slice(0, each?.index)}it${next.slice((each?.index ?? 0) + (each?.[0].length ?? 0))}`;
    parts[i] = '';
    joined = true;
    notes.push(
      `"${intro.replace(/[.!?;]$/, '')}" is read as a webhook from ${source}, the source you named${about ? '; what it says the webhook is about is not tested' : ''}`,
    );
  }
  if (notes.length === 0) return { text: request, notes };
  return { text: joined ? parts.filter((p) => p !== '').join(' ') : text, notes };
};

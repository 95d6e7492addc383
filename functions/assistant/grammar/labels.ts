import { RECORD_WORDS, RULE_WORDS } from './rule-words';
import { isKnownWord } from './spelling';
import { inTheirWords } from './surroundings';
import { ZONE_NAME } from './timezones';

/**
 * What surrounds a request without being part of it: a client or context label ("For Bloom Bakery: …", "Bloom
 * Bakery account — …", "… (client: Bloom Bakery)", "… Client: Bloom Bakery."), a header or an addressee ("Ticket: …",
 * "Note to self: …", "Hi, can you set up: …"), and the one who wants it ("Bloom Bakery wants …", "the client would
 * like us to …"). A label is found by its shape — where it stands (the start or the end of the request, a
 * parenthesis, a header before a colon or a dash) and what it is made of (a name, a team, the words that say what a
 * label is) — never by the names seen. It is taken out only when it carries nothing that could restrict who, when
 * or which, or add an action (no word of a rule: a time, a number, a record, a catalogue verb, a comparison, a
 * negation), and only when what remains is read; then it is said back as a note. Otherwise the request is answered
 * as written, so a label that says something is read or refused by the grammars, quoted.
 */

/** Words that say what a label is: "client", "account", "re", "ticket", "note to self", "for". */
const LABEL_WORD =
  /\b(?:for|re|fwd?|client|customer|account|acct|brand|project|job|ticket|task|todo|to-do|request|req|note to self|memo|attn|attention|cc|setup|set-up|automation|workflow|zap|flow|rule|the|our|my|their|a|an|new|on behalf of|ref|subject|subj|company|org|organisation|organization|school|club|charity|dept|department|office|site|location|branch|store|shop|studio|clinic|campaign|name|hi|hello|hey|dear|can|could|would|you|please|set|up|build|make|create|this|one|is|it|s)\b/gi;

/** The people words a rule reads (teams, roles): a label may name a team it is for, and then only as a weak label. */
const TEAM = /\b(?:team|teams|sales|support|finance|accounting|accounts|marketing|ops|operations|staff)\b/gi;

/** Negations, exceptions and the kinds of note framing.ts reads (a "Background:" note is refused when it restricts). */
const NOT_A_LABEL =
  /\b(?:no|not|never|none|nothing|without|don't|doesn't|except|only|but|unless)\b|^(?:context|background|rationale|reasons?|goals?|why|purpose|problem|motivation|situation|notes?|nb|ps|fyi|important|warning|caveat|constraints?|requirements?|rules?|triggers?|actions?|conditions?|filters?|steps?|then|else|otherwise)$/i;

const TEAM_WORD = new RegExp(`^(?:${TEAM.source})$`, 'i');

/**
 * Whether a fragment can be a label: it carries no rule word once the label words, the names (capitalised words,
 * "&", "'s") and the teams are out. `strong` says whether it named no team either.
 */
const labelKind = (fragment: string): 'strong' | 'weak' | undefined => {
  const bare = fragment
    .replace(/["“”«»]/g, '')
    .replace(/^\s*(client|customer|account|brand|project)\s*=\s*/i, '$1: ')
    .trim();
  if (bare.length === 0 || bare.length > 60) return undefined;
  // a number, an address, a channel, a quote, a comparison or a list of steps is never a label
  if (/[\d@#$€£%<>=→;/]|->/.test(bare)) return undefined;
  // a negation or an exception restricts ("No Slack.", "not for VIPs"); a note's kind is read by framing.ts
  if (NOT_A_LABEL.test(bare)) return undefined;
  // "(WITA)", "Europe/Paris", "CET": a zone or a code in capitals is what the schedule or a filter may need
  if (ZONE_NAME.test(bare.toLowerCase()) || /\b\p{Lu}{2,5}\b/u.test(bare)) return undefined;
  const words = bare
    .replace(/[’‘`´]/g, "'")
    .replace(LABEL_WORD, ' ')
    .replace(/[(),.:&/|+\-—–!?']+/g, ' ')
    .trim();
  // every word left is a name (capitalised) or a team word: "Bloom Bakery", "Acme Co", "the sales team"
  const left = words.split(/\s+/).filter((w) => w.length > 0);
  const names = left.filter((w) => /^\p{Lu}[\p{L}'-]*$/u.test(w) && !/^(?:I|When|If|Every|Each)$/.test(w));
  const others = left.filter((w) => !names.includes(w));
  const team = others.some((w) => new RegExp(TEAM.source, 'i').test(w));
  const rest = others.filter((w) => !TEAM_WORD.test(w));
  if (rest.length > 0) return undefined;
  if (names.some((n) => RECORD_WORDS.test(n))) return undefined;
  // "Trigger:", "Action:", "Mon": capitalised words the grammars know are a layout's keys or a day, not a name
  const known = (n: string): boolean =>
    isKnownWord(n.toLowerCase().replace(/'s?$/, '')) || RULE_WORDS.test(n.toLowerCase());
  if (names.length > 0 && names.every(known) && !names.every((n) => TEAM_WORD.test(n))) return undefined;
  // "Sales:", "Finance team": a team said with a capital
  if (names.length > 0 && names.every((n) => TEAM_WORD.test(n))) return 'weak';
  return team ? 'weak' : 'strong';
};

export interface LabelCut {
  /** The request without the label. */
  readonly rest: string;
  /** The label as written. */
  readonly label: string;
  readonly kind: 'strong' | 'weak';
  /** Whether it stood before the request ("For the sales team: …"), not after it ("… for the team"). */
  readonly leading: boolean;
}

/** A header before a colon, a dash or a bar at the start: "For Bloom Bakery:", "Bloom Bakery account —". */
const HEADER = /^([^\s:—–|>][^:—–|>\n]{0,59}?)(?: ?[:—–|>]| --?(?= ))/u;
/** "Client: Bloom Bakery. …", "Bloom Bakery (Toronto). …": a first sentence that is only a label. */
const LEAD_SENTENCE = /^([^\s.!][^!\n]{0,59}?)(?<!\b(?:Co|Inc|Ltd|St|Mr|Mrs|Ms|Dr|Jr))[.!] (?=\p{Lu})/u;
/** "For Bloom Bakery, …", "Re Bloom Bakery, …": a leading "for"/"re" phrase closed by a comma. */
const FOR_COMMA = /^((?:for|re|client|on behalf of) [^,\n]{1,50}?), (?=\S)/iu;
/** "Bloom Bakery wants …", "the client would like us to …": who wants it, before what is wanted. */
const WANTS =
  /^([^,:\s][^,:\n]{0,49}?) (?:wants?|would like|'d like|needs?|is asking for|asked for|asks for|asked|requested|requests|has asked for|would love)(?: (?:us|you|me))?(?: to)? (?=\S)/iu;
/** A parenthesis or brackets anywhere: "(client: Bloom Bakery)", "[Bloom Bakery]". */
const PAREN = / ?[([]([^()[\]]{1,60})[)\]]/gu;
/** At the end, after a dash, a full stop or a comma: "— for Bloom Bakery", ". Client: Bloom Bakery." */
const TRAILER = /(?:[.;!] | --? | ?[—–] ?|, )([^.;!—–\n]{1,60}?)[.!]?$/u;
const MIDDLE = / (?:[—–]|--) ([^—–\n-]{1,60}?) (?:[—–]|--) /u;
/** "… send me a summary for Bloom Bakery": a closing "for" phrase. */
const FOR_END = / (for [^,.;!\n]{1,50}?)[.!]?$/iu;

/** The labels a request may carry, each with the request left once it is out, most likely first. */
export const labelCuts = (request: string): LabelCut[] => {
  const text = request.replace(/[^\S\n]+/g, ' ').trim();
  const cuts: LabelCut[] = [];
  const add = (label: string | undefined, rest: string, leading = false): void => {
    if (!label || !/\S/.test(rest)) return;
    const kind = labelKind(label.trim());
    if (kind) cuts.push({ rest: rest.trim(), label: label.trim(), kind, leading });
  };
  const header = HEADER.exec(text);
  if (header) add(header[1], text.slice(header[0].length), true);
  const sentence = LEAD_SENTENCE.exec(text);
  if (sentence) add(sentence[1], text.slice(sentence[0].length), true);
  const forComma = FOR_COMMA.exec(text);
  if (forComma) add(forComma[1], text.slice(forComma[0].length), true);
  const wants = WANTS.exec(text);
  if (wants && !/^(?:i|we|you|they|he|she|it)$/i.test(wants[1] ?? '')) {
    const rest = text.slice(wants[0].length);
    // "… wants a welcome email sent …" is a wish, "… would like us to send …" an order; who wants it may be
    // whom to tell ("Anna wants a Slack message …"), so it is only tried when the request is not read with it
    const wish = /^(?:a|an|the|every|each|all|some) /i.test(rest) ? `I want ${rest}` : rest;
    const kind = labelKind(wants[1] ?? '');
    if (kind) cuts.push({ rest: wish, label: (wants[1] ?? '').trim(), kind: 'weak', leading: false });
  }
  for (const m of text.matchAll(PAREN)) {
    const rest = `${text.slice(0, m.index)}${text.slice((m.index ?? 0) + m[0].length)}`;
    add(m[1], rest);
  }
  // "When a new lead comes in — Bloom Bakery — send them …": a label between two dashes
  const middle = MIDDLE.exec(text);
  if (middle)
    add(middle[1], `${text.slice(0, middle.index)}, ${text.slice(middle.index + middle[0].length)}`);
  const trailer = TRAILER.exec(text);
  if (trailer) add(trailer[1], text.slice(0, trailer.index));
  const forEnd = FOR_END.exec(text);
  if (forEnd) add(forEnd[1], text.slice(0, forEnd.index));
  return cuts;
};

export interface Labelled {
  readonly ok: boolean;
  readonly notes?: readonly string[];
  readonly notUnderstood?: readonly string[];
  readonly definition?: { readonly trigger: unknown; readonly steps: unknown };
}

const sameWorkflow = (a: Labelled, b: Labelled): boolean =>
  JSON.stringify([a.definition?.trigger, a.definition?.steps]) ===
  JSON.stringify([b.definition?.trigger, b.definition?.steps]);

/**
 * The request read with its label out when that is what makes it read, or when a label that names nothing of a
 * rule (a client's name) was read as part of it; the label is said back as a note. Otherwise the answer as written.
 */
export const readPastLabels = <R extends Labelled>(
  request: string,
  parse: (text: string) => R,
  depth = 0,
): R => {
  if (depth === 0) {
    // "give them 10 days to pay", "saying: see you at 9", "our groundsman, Pete,": said in the grammars' words
    const reworded = inTheirWords(request);
    // a rewriting is refused as the grammars refuse it ("give them 10 days to sign": no event for signing)
    if (reworded !== request) return readPastLabels(reworded, parse, 1);
  }
  const first = parse(request);
  const cuts = request.length > 400 ? [] : labelCuts(request);
  for (const cut of cuts) {
    // a request read as written keeps its reading, unless a label was read as part of it ("Note to self: …" as a
    // note, "For the sales team: …" or "… (Bloom Bakery)" as a message to them); one that may name whom to tell
    // ("Sales: …", "Anna wants …") is tried only when the request is not read with it
    if (first.ok && cut.kind === 'weak' && !(cut.leading && /^for /i.test(cut.label))) continue;
    // "Re: Bloom Bakery — …": a label inside a label, looked for once, after one that stood first
    const again = cut.leading && depth === 0 ? readPastLabels(cut.rest, parse, 1) : parse(cut.rest);
    if (!again.ok) continue;
    if (first.ok && sameWorkflow(first, again)) return first;
    // "our booking system (Vagaro) fires a webhook …": a reading that leaves more words unread is no better one
    if (first.ok && (again.notUnderstood?.length ?? 0) > (first.notUnderstood?.length ?? 0)) continue;
    const note = `read "${cut.label}" as a label (who or what the request is about), not as part of the rule`;
    return { ...again, notes: [...(again.notes ?? []), note] };
  }
  return first;
};

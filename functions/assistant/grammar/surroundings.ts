import { approvalJustBefore } from './approvals-said';
import { RULE_WORDS } from './rule-words';
import { isKnownWord } from './spelling';
import { resolveZone, ZONE_NAME } from './timezones';

/**
 * Ways of saying what the grammars already read, rewritten into their words before the request is read (session
 * 29, h6). Each is a dimension of how people write, not a phrase seen:
 * - a person named in apposition ("our groundsman, Pete,", "Maria, our treasurer,") is the person named;
 * - a message's text said after a colon ("saying: see you at 9 on Monday", "email them: …") is quoted to the
 *   clause's end, so its times, days and verbs are never read as the rule's;
 * - "school day" is a weekday;
 * - "their (local) time" is the zone of the one place the request names ("For Bloom Bakery (Toronto): …");
 * - a negative wait said as time given or going by ("give them 10 days to pay, then …", "if 14 days go by with
 *   nothing", "allow a week for payment", "we haven't heard back in 5 days") is "if they don't <verb> within N":
 *   the verb is the one said ("to pay", "for a reply"), else the one the record it is about awaits (an invoice is
 *   paid, a booking made, a form submitted, a message answered).
 * A rewriting that leaves nothing the grammars read changes nothing: the request is refused as before, quoted.
 */

/** Role words that are the record's person, never a teammate ("the parent, Maria," is the record's contact). */
const RECORD_PERSON =
  /\b(?:lead|leads|client|clients|customer|customers|contact|prospect|parent|parents|donor|donors|family|families|member|members|student|students|guest|guests|patient|patients|buyer|attendee|subscriber|applicant|guardian)\b/i;

/** A person's name: no word the grammars know ("Fridays", "Slack", "Monday" are none). */
const aName = (name: string): boolean =>
  name.split(' ').every((w) => !isKnownWord(w.toLowerCase()) && !RULE_WORDS.test(w.toLowerCase()));

const appositions = (text: string): string =>
  text
    // "send our groundsman, Pete, a reminder": the name said after the role
    .replace(
      /\b(?:our|my|the) ([a-z]+(?: [a-z]+){0,2}), ([A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?), (?=\S)/gu,
      (all, role: string, name: string) => (RECORD_PERSON.test(role) || !aName(name) ? all : `${name} `),
    )
    // "tell Maria, our treasurer, that …": the role said after the name
    .replace(
      /\b([A-Z][\p{L}'-]+), (?:our|my|the) ([a-z]+(?: [a-z]+){0,2}), (?=\S)/gu,
      (all, name: string, role: string) => (RECORD_PERSON.test(role) || !aName(name) ? all : `${name} `),
    );

/** "saying: see you at 9", "with the message see you Monday", "email them: …": the words to the clause's end. */
const unquoted = (text: string): string =>
  text.replace(
    /\b(saying|that says|which says|that reads|with the (?:text|message|words|note|line)|(?:e-?mail|text|message|sms|dm|ping|tell|notify) (?:them|him|her)): (?![“”"'‘«⟦])([^.!?;\n"“”]{2,160}?)(?=[.!?;](?: |$)|,? (?:and )?then |$)/giu,
    // with no colon the text's end is a guess ("a note that says new inbound send them …"): left as written
    (_all, lead: string, body: string) =>
      `${/^(?:saying|that|which|with)/i.test(lead) ? lead : `${lead} saying`} "${body.trim()}"`,
  );

/** "every school day", "on school days": weekdays. */
const schoolDays = (text: string): string =>
  text.replace(/\bschool ?(day|night)(s?)\b/gi, 'week$1$2').replace(/\bweeknight/gi, 'weekday');

/** "their time", "the client's local time": the one place the request names, when it names exactly one. */
const THEIR_TIME =
  /\b(?:in )?(?:their|the client's|the customer's|client|customer)(?: own)?(?: local)? time(?: ?zone)?\b/i;

/** Where a place is said only to say where they are: "(Toronto)", "(based in Toronto)", ", based in Toronto". */
const PLACE_BEFORE = /(?: ?\((?:based |located )?(?:in )?|,? (?:based |located )?in )$/i;
/** "The client is in Toronto.", "Bloom Bakery is based in Dubai.": a sentence that only says where they are. */
const PLACE_SENTENCE = /(?:^|[.!?] )[^.!?]{1,60}? (?:is|are) (?:based |located )?in $/i;

/** The text without the place said at `at` (its length `n`), when it was said only to say where they are. */
const withoutPlace = (text: string, at: number, n: number): string => {
  const before = text.slice(0, at);
  const after = text.slice(at + n);
  const paren = PLACE_BEFORE.exec(before);
  if (paren?.[0].includes('(') && after.startsWith(')'))
    return `${before.slice(0, paren.index)}${after.slice(1)}`;
  if (paren && /^[,:]/.test(after)) return `${before.slice(0, paren.index)}${after}`;
  const sentence = PLACE_SENTENCE.exec(before);
  if (sentence && /^[.!]/.test(after)) {
    const start = sentence.index + (/^[.!?]/.test(sentence[0]) ? 2 : 0);
    return `${before.slice(0, start)}${after.slice(1).trimStart()}`;
  }
  return text;
};

const theirTime = (text: string): string => {
  const their = THEIR_TIME.exec(text);
  if (!their) return text;
  const lower = text.toLowerCase();
  const found = new Map<string, { name: string; at: number }>();
  for (let from = 0; from < lower.length; ) {
    const m = ZONE_NAME.exec(lower.slice(from));
    if (!m) break;
    const at = from + m.index;
    from = at + m[0].length;
    if (at >= their.index && at < their.index + their[0].length) continue;
    const zone = resolveZone(m[0]);
    if (zone?.ok && !found.has(zone.zone)) found.set(zone.zone, { name: m[0], at });
  }
  const [place] = [...found.values()];
  // no place, or several: "their local time", refused as the zone it is not ("the tenant's zone or the recipient's")
  if (found.size !== 1 || !place) return text.replace(THEIR_TIME, 'their local time');
  return withoutPlace(text, place.at, place.name.length).replace(THEIR_TIME, `${place.name} time`);
};

/** The verb the record awaits, when the request does not say it. */
const awaitedVerb = (text: string, said?: string): string | undefined => {
  const s = `${said ?? ''} ${said ? '' : text}`.toLowerCase();
  if (/\b(?:pay|paid|payment|invoices?|bills?|dues|fees?)\b/.test(s)) return 'pay';
  if (
    /\b(?:(?:re-?)?book|(?:re-?)?booking|bookings|re-?schedul\w*|appointments?|call|calls|consult\w*|sessions?|interviews?|viewings?)\b/.test(
      s,
    )
  )
    return 'book';
  if (/\b(?:forms?|applications?|submit\w*|fill\w*)\b/.test(s)) return 'submit the form';
  if (
    /\b(?:repl\w+|respon\w+|answer\w*|hear\w*|emails?|messages?|quotes?|proposals?|enquir\w+|inquir\w+)\b/.test(
      s,
    )
  )
    return 'reply';
  if (/\b(?:sign\w*|contracts?|agreements?)\b/.test(s)) return 'sign';
  return undefined;
};

const spanOf = (span: string): string =>
  span.replace(/^an? fortnight$/i, '2 weeks').replace(/fortnight/i, '2 weeks');

/** A number of days, weeks…: "10", "a", "fourteen". */
const COUNT = String.raw`(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty)`;
/** A span of time said: "10 days", "a fortnight", "3 months". */
const SPAN = `${COUNT} (?:minutes?|hours?|days?|weeks?|fortnight|months?)`;

/** "give them 10 days to pay, then …", "allow a week for payment; after that …". */
const GIVE_TIME = new RegExp(
  String.raw`\b(?:give|allow|leave) (?:(?:them|him|her|people|the [a-z]+|(?<fresh>new (?:[a-z]+ies|[a-z]+s))|(?:our |all )?(?:[a-z]+ies|[a-z]+s)) )?(${COUNT} (?:(?:business |working )?days?|minutes?|hours?|weeks?|fortnight|months?))(?: (?:to|for) ([a-z]+(?: [a-z]+)?))?(?:,? (?:and )?then|[,;.]? after that|,? otherwise|,? else|[.;,] if (?:not|nothing|none|they haven't|they have not|they don't|they do not|they didn't|they did not|they still haven't|still not)|, if still not)[,:]? `,
  'gi',
);
/** "if 14 days go by with nothing", "and a week passes with no word", "once 10 days have passed and nothing came in". */
const TIME_GOES_BY = new RegExp(
  String.raw`\b(?:if|when|once|and) (${SPAN}) (?:go(?:es)? by|pass(?:es)?|elapses?|(?:has|have) (?:passed|gone by|elapsed)) (?:with nothing|with no (?:word|news|sign of (?:it|them)|payment|reply|answer|response|booking)|without (?:a |any )?(?:new )?(?:word|news|payment|reply|answer|response|booking)|and nothing(?: (?:happens|comes in|came in|has come in|arrives))?|and (?:it's|it is|they're|they are|it's|it remains) still (?:unpaid|outstanding|open|not paid|unanswered))(?: from them)?`,
  'gi',
);
/** "(in case) we haven't heard anything in 5 days", "and nothing has come in after 10 days". */
const NOTHING_HEARD = new RegExp(
  String.raw`\b(?:(?:and )?(?:in case|if|when|once) )?(?:(?:and )?(?:we|i) (?:haven't|have not|hasn't|still haven't) heard (?:anything|back|a word|a thing)(?: from them)?|(?:and )?nothing (?:has )?(?:come|comes|came) in) (?:in|within|after|for) (${SPAN})`,
  'gi',
);

/** "wait 10 days for payment and if none, …", "wait 3 days for a reply. If nothing comes, …". */
const WAIT_IF_NONE = new RegExp(
  String.raw`\bwait (${SPAN}) for (payment|(?:a |an )?(?:reply|answer|response|booking)|them to (?:pay|reply|answer|respond|book))(?: and|[,;.])? if (?:nothing|none|not)(?: comes?(?: in)?| arrives)?[,:]?`,
  'gi',
);

/**
 * "give them 7 days → not paid by then? send a reminder", "wait 5 days, still unpaid? tell Karen": time given, then
 * what did not come said as a state asked or pointed at; the state says what is awaited.
 */
const TIME_THEN_STATE = new RegExp(
  String.raw`\b(?:wait|give(?: (?:them|him|her|it|people|the [a-z]+))?|allow) (${COUNT} (?:(?:business |working )?days?|minutes?|hours?|hrs|weeks?|fortnight|months?))(?: (?:to|for) [a-z]+)?\s?(?:[,;.]|->|→|=>)\s?(?:and )?(?:if )?(?:(?:it's|it is|they're|they are|they|it) )?(?:still )?(not (?:yet )?paid|unpaid|not (?:yet )?(?:replied|answered|booked)|unanswered|(?:hasn't|haven't|has not|have not|didn't|did not) (?:paid|replied|answered|booked))(?:(?<=booked) (?:a|an|any|their) (?:[a-z-]+ )?(?:call|meeting|class|session|appointment|viewing|lesson|demo|consultation|tour|visit))?(?: (?:by then|yet))?\s?(?:\?|->|→|=>|:)\s?`,
  'gi',
);

/** "give them up to a week to book a meeting. if they book …": the time given, as the wait for what they do. */
const GIVEN_TO_DO =
  /\b(?:give|allow) (?:them|him|her|the [a-z]+) (?:up to |at most )?((?:\d{1,3}|an?|one|two|three|four|five|six|seven|ten|fourteen) (?:(?:business |working )?days?|hours?|weeks?))(?: (?:or so|max|tops))? to (book|pay|reply|respond|answer)\b(?=(?: (?:a|an|the|their) (?:[a-z-]+ )?(?:call|meeting|consult(?:ation)?|appointment|session|demo|class|chat|invoice|email))?\s?[.;,]\s(?:and )?if (?:they|he|she) (?:book|pay|reply|respond|answer|do)\b)/gi;

/** "Nothing by then? tell Marius", "still nothing by then ->": the other outcome of the wait before, "if not". */
const NOTHING_BY_THEN = /(?<=[.;!?]\s|,\s|^)(?:still\s)?nothing\sby\sthen\s?(?:\?|,|:|->|→|=>)\s?/gi;

const waitsInOtherWords = (text: string): string =>
  text
    .replace(TIME_THEN_STATE, (_m, span: string, state: string) => {
      const verb = /pa/i.test(state) ? 'pay' : /book/i.test(state) ? 'book' : 'reply';
      return `if they don't ${verb} within ${spanOf(span.replace(/hrs$/i, 'hours'))}, `;
    })
    .replace(GIVEN_TO_DO, 'wait up to $1 for them to $2')
    .replace(NOTHING_BY_THEN, 'if not, ')
    .replace(WAIT_IF_NONE, (all, span: string, said: string) => {
      const verb = awaitedVerb(text, said);
      return verb ? `if they don't ${verb} within ${spanOf(span)},` : all;
    })
    .replace(GIVE_TIME, (all, _fresh, span: string, said: string | undefined, at: number, _t, g) => {
      // "Greg has to sign it off, give him a day, then …": the approver's time to answer (approvals-said.ts)
      if (approvalJustBefore(text.slice(0, at))) return `within ${spanOf(span)}, then `;
      const verb = awaitedVerb(text, said);
      // "give new leads 3 days to reply": counted from when they arrive (implied.ts)
      const who = verb === 'reply' && (g as { fresh?: string }).fresh ? g.fresh : 'they';
      return verb ? `if ${who} don't ${verb} within ${spanOf(span)}, ` : all;
    })
    .replace(TIME_GOES_BY, (all, span: string) => {
      const verb = awaitedVerb(text);
      return verb ? `if they don't ${verb} within ${spanOf(span)}` : all;
    })
    .replace(NOTHING_HEARD, (all, span: string) => {
      const verb = awaitedVerb(text) ?? (/heard/i.test(all) ? 'reply' : undefined);
      return verb ? `if they don't ${verb} within ${spanOf(span)}` : all;
    });

/** The request in the words the grammars read. */
export const inTheirWords = (request: string): string =>
  waitsInOtherWords(theirTime(schoolDays(unquoted(appositions(request)))));

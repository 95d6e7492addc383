import { readEventPhrase } from './event-nouns';
import { VERB_START } from './split';

/**
 * "If someone fills in the private events form and hasn't booked anything after 3 days, …": an event and a negative
 * wait on its subject joined by "and" in one clause. The wait reader took the whole clause and the event was lost
 * (the run then started on every new lead, implied by the booking awaited). Said as the two parts it joins: "When
 * <event>, if they haven't booked anything after 3 days, …". Only when the words before "and" are read whole as an
 * event of the catalogue; anything else is left as written.
 */
/** "and hasn't", "and they still don't": the negative wait joined to the event (whitespace already single). */
const AND_NOT =
  / (?:and|but) (?:then )?(?:(?:they|he|she|it) )?(still )?(has ?n[o']?t|have ?n[o']?t|has not|have not|does ?n[o']?t|do ?n[o']?t|does not|do not|did ?n[o']?t|did not|never|fails? to) /i;
/** "If", "When", "Once" opening a sentence or a clause, before the event. */
const OPENER = /(?:^|[.!?,;:] )(?:if|when|once) /gi;

/** The negation said of "they": "hasn't" → "haven't", "doesnt" → "don't", "fails to" → "fail to". */
const ofThey = (negation: string): string =>
  negation
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^has/, 'have')
    .replace(/^does/, 'do')
    .replace(/^fails/, 'fail')
    .replace(/nt$/, "n't");

export const eventThenWait = (text: string): string => {
  const m = AND_NOT.exec(text);
  if (!m) return text;
  const [joint, still = '', negation = ''] = m;
  let from = -1;
  for (const o of text.slice(0, m.index).matchAll(OPENER)) from = o.index + o[0].length;
  const event = from < 0 ? '' : text.slice(from, m.index);
  if (event.length < 5 || event.length > 120 || /[,;:.!?]/.test(event)) return text;
  const phrase = readEventPhrase(event.toLowerCase());
  if (!phrase || phrase.problem || phrase.qualifier || phrase.length !== event.length) return text;
  const opener = text.slice(0, from).replace(/(?:if|when|once) $/i, '');
  return `${opener}When ${event}, if they ${still}${ofThey(negation)} ${text.slice(m.index + joint.length)}`;
};

/** "10 days after", "2 hrs after", "ten days following" opening the request. */
const SPAN_FIRST =
  /^(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty)\s(?:(?:business|working|work)\s)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s(?:after|following)\s/i;

/**
 * "ten days after a new donor is added send them an impact email", "2 hrs after a class booking comes in send them
 * the tips email": the event said first with no comma before the action (session 39). The comma goes where the
 * event phrase, read whole by the catalogue (no qualifier, nothing left unread), meets an action's verb.
 */
export const spanFirstJoined = (text: string): string => {
  const span = SPAN_FIRST.exec(text);
  if (!span) return text;
  const rest = text.slice(span[0].length);
  const phrase = readEventPhrase(rest.toLowerCase());
  if (!phrase || phrase.problem || phrase.qualifier || /[,;:.!?]/.test(rest.slice(0, phrase.length)))
    return text;
  const after = rest.slice(phrase.length);
  if (!/^\s/.test(after) || !VERB_START.test(after)) return text;
  return `${span[0]}${rest.slice(0, phrase.length)},${after}`;
};

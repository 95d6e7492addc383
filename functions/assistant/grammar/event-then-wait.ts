import { readEventPhrase } from './event-nouns';

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

import type { Subject } from './subjects';

/**
 * "the owner" emailed on a booking, a form or a webhook (session 44, issue #16): the owner of the pet, the home or the
 * car, who booked or wrote in (set 42: "send the owner a confirmation email", "email the owner saying we got it"
 * expect the email to them). Told ("notify / tell / alert the owner", "let the owner know on slack"), sent a summary,
 * or on a lead, a reply or an invoice (overdue ones are escalated to "the owner": sets 10–15), the owner stays one of
 * ours, as every development row expects; "the dog's owner" and a trade about animals are meanings.ts' (session 33).
 * "email the owner" with nothing written to them stays a notification to ours (session 38's twin, said-first.ts).
 */
export const THE_OWNER = /\bthe\s+owner\b(?!'s|\s+(?:of|at|in)\b)/;
/** The verb that sends it, with the words that only start a step ("then", "please"). */
const SENT_VERB =
  /^[\s,]*(?:(?:then|also|and|please|just|immediately|automatically)\s+)*(?:e-?mail|mail|send|message|write\s+to|reply\s+to|drop|shoot)\b/;
/** Words that write nothing to them ("too", "by email", "straight away"). */
const NOTHING_WRITTEN =
  /\b(?:too|as\s+well|also|by\s+e-?mail|right\s+away|straight\s+away|immediately|asap|now)\b/g;
export const ownerIsTheirs = (
  subject: Subject | undefined,
  previous: string | undefined,
  view: string,
): boolean =>
  /\w/.test(view.replace(THE_OWNER, ' ').replace(SENT_VERB, ' ').replace(NOTHING_WRITTEN, ' ')) &&
  Boolean(subject?.email) &&
  previous !== 'report.summarize' &&
  (['attendee', 'submitter'].includes(subject?.noun ?? '') ||
    (subject?.noun === 'sender' && !subject.messageRoot));

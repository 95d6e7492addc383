/**
 * The other branch said with its verb left out (session 34, issue 16 miss class 6): "if it's over $5k notify Sam,
 * otherwise Priya", "email them the LinkedIn offer, otherwise the standard one". The verb (and the pronoun it was
 * said to, or the thing sent before "to": "send a copy to X, otherwise to Y") of the step before is said again, so the branch is read — or refused — as its own step, never dropped.
 */

const ACTION_VERB =
  /\b(e-?mail|send|notify|tell|post|ping|message|slack|alert|tag|label|assign|forward|invite|remind|cc)(?:\s+(them|him|her)|\s+(it|this|a\s+copy|the\s+details)(?=\s+to\s))?\b/gi;
const OTHER = /\b(otherwise|else|if not|or else)\b(,?\s+(?:(?:just|only|simply)\s+)?)/gi;
/** What the branch starts with when its verb was left out: a noun phrase, a place or a name. */
const ELIDED =
  /^(?:(?:the|our|my|their|his|her|a|an)\s+(?!(?:value|budget|amount|total|status|source|lead|invoice|deal)\b)|(?:in|to|on|via)\s+|#|[A-Z][a-z]+\b(?!\s+(?:is|are|was|will|should|gets?|can)\b))/;
const NOT_A_STEP = /^(?:nothing|no one|nobody|none|do nothing|skip|ignore|leave)\b/i;
/** A branch that names its own step ("otherwise a polite reminder to the customer"): read by its own reader. */
const OWN_STEP =
  /^(?:[\w'-]+\s+){0,3}?(?:reminders?|e-?mails?|messages?|notes?|follow-?ups?|thank-?yous?|welcomes?|invoices?|summar(?:y|ies)|reports?|calls?|meetings?|alerts?|notifications?|pings?|texts?|dms?|tags?|drafts?)\b/i;

export const branchesSaidAgain = (text: string): string =>
  text.replace(OTHER, (whole, word: string, gap: string, at: number, all: string) => {
    const rest = all.slice(at + whole.length);
    if (!ELIDED.test(rest) || NOT_A_STEP.test(rest) || OWN_STEP.test(rest)) return whole;
    const sentences = all.slice(0, at).split(/[.!?](?=\s|$)|\n/);
    // "… send the first timer guide. if not just the normal confirmation": a branch opening its own sentence
    // takes the verb of the sentence before
    const sentence = /\S/.test(sentences.at(-1) ?? '') ? sentences.at(-1) : sentences.at(-2);
    const verb = [...(sentence ?? '').matchAll(ACTION_VERB)].at(-1);
    if (!verb?.[1]) return whole;
    const thing = /^(?:the|our|my|a|an)\s/i.test(rest);
    // "send a copy to finance@…, otherwise to uk@…": what is sent, said again before its other recipient
    const sent = verb[3] && /^to\s/i.test(rest) ? `${verb[1]} ${verb[3]}` : undefined;
    const said = sent ?? (verb[2] && thing ? `${verb[1]} ${verb[2]}` : verb[1]);
    return `${word}${gap.replace(/(?:just|only|simply)\s+$/i, '')}${said.toLowerCase()} `; // "if not just the …"
  });

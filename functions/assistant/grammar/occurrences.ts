/**
 * Which occurrence of a person's events starts the workflow (session 34): "when a client books their second
 * session", "pays for the first time", "attends a 3rd class", "makes another purchase". A trigger runs on every
 * event of its kind and no record counts a person's bookings or payments, so reading the event alone would run the
 * workflow for every one of them; the request is refused, quoting the words.
 */

const ORDINAL =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,3}(?:st|nd|rd|th)|another|repeat)';
/** Verbs of an event said as it happens (third person or past): never an action's bare imperative ("book a first call"). */
const EVENT_VERB =
  '(?:books|booked|pays|paid|buys|bought|orders|ordered|makes|made|attends|attended|completes|completed|visits|visited|has|had|comes\\s+(?:in|back)|came\\s+(?:in|back)|signs\\s+up|signed\\s+up|schedules|scheduled|submits|submitted|places|placed|purchases|purchased|renews|renewed|replies|replied|responds|responded)';
const OCCURRENCE = new RegExp(
  `(?<!\\b(?:not|never|yet\\s+to|hasn't|haven't|hadn't|didn't|doesn't|don't|isn't|wasn't)\\s+)\\b${EVENT_VERB}\\s+(?:(?:for|to|in)\\s+)?(?:(?:a|an|the|their|his|her|its|our)\\s+)?${ORDINAL}\\s+(?:[a-z][\\w'-]*\\s+)?(?:time|session|visit|booking|appointment|order|purchase|payment|invoice|call|lesson|class|meeting|consultation|treatment|reply|response|one)s?\\b|\\b(?:for|the)\\s+(?:the\\s+)?(?:first|second|third|fourth|fifth|\\d{1,3}(?:st|nd|rd|th)|nth|umpteenth|last)\\s+time\\b`,
  'i',
);

export const occurrence = (text: string): string | undefined => OCCURRENCE.exec(text)?.[0];

export const occurrenceProblem = (phrase: string): string =>
  `"${phrase}": a trigger runs on every event of its kind, and no record counts which one of theirs it is; take the words out to run on every one, or say it as a tag or a status ("when a client tagged returning books …")`;

/**
 * A step asked to be done a number of times ("email them 3 times", "send them two emails", "remind them twice"):
 * the catalogue sends one message per step, and how the repeats are spaced is not said, so the request is refused,
 * quoting it, rather than read as one message (session 33, h5: the quantity was dropped silently). A schedule's count
 * ("twice a day", "three times a week") is the schedule's (schedule.ts) and is never this.
 */
const NUMBER =
  '(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|multiple|a\\sfew|a\\scouple\\sof|a\\scouple)';
const REPEATED_STEP = new RegExp(
  `\\b(?:(?:${NUMBER})\\s+times|twice|thrice)\\b(?!\\s+(?:a|an|per|each|every|daily|weekly|monthly|yearly|on|in|at|during|over\\s+the\\s+(?:day|week|month)|before|after|if|when)\\b)|\\b(?:send|email|e-mail|text|message|give|drop|fire\\soff|shoot)\\s+(?:them|him|her|the\\s[a-z]+|each\\sone)\\s+(?:${NUMBER})\\s+(?:e-?mails|messages|reminders|texts|follow-?ups|nudges|notes)\\b`,
  'i',
);

/** The words that ask for a step to be repeated, or undefined. */
export const repeatedStep = (request: string): string | undefined => REPEATED_STEP.exec(request)?.[0];

export const repeatedStepProblem = (said: string): string =>
  `"${said}": a workflow runs each step once and keeps no count of times; say each message as its own step with the wait between them ("email them, wait 2 days, then email them again")`;

/**
 * Waits for something said as a wait, then what happens (session 35, issue 16's miss class 10), restated as the one
 * wait the grammars read, so the outcome is the awaited event's, never a test of the trigger's old data:
 *   "wait 7 days for payment; if paid thank them, if not send a reminder"  → "if they pay within 7 days thank them, …"
 *   "wait 3 days for a reply. If they reply, …"                             → "if they reply within 3 days, …"
 *   "if nobody's replied in 1 day", "no one has answered within 2 days"     → "if they haven't replied in 1 day"
 *   "… follow up once", "… nudge them once." (session 36)                  → "… follow up" (the wait's one step)
 *   "then another 5 days after that the X email" (session 43)              → "then 5 days later the X email"
 */

const SPAN = '(?:\\d+|an?)\\s(?:minutes?|hours?|days?|weeks?)';

const WAIT_THEN_IF = new RegExp(
  `\\bwait\\s(?:for\\s)?(${SPAN})\\sfor\\s(?:the\\s|their\\s|a\\s|an\\s)?(payment|them\\sto\\spay|it\\sto\\sbe\\spaid|reply|them\\sto\\s(?:reply|respond|answer)|response|answer)\\s?[;,.:]?\\s(?:and\\s)?(?:then\\s)?[Ii]f\\s(?:it's\\s|it\\sis\\s|it\\sgets\\s|it\\sgot\\s|they\\s|they've\\s|they\\shave\\s|she\\s|he\\s)?(?:paid|pays?|repl(?:ied|y|ies)|answer(?:ed|s)?|respond(?:ed|s)?)\\b`,
  'gi',
);

const NOBODY =
  /\b(?:nobody|no\sone|no-one)(?:'s|\shas|\shave)?\s(?:replied|answered|responded|got\sback|gotten\sback|written\sback)\b/gi;

/** "follow up once" at the end of its clause: one follow-up, what a wait's timeout sends (never "once a week"). */
const FOLLOW_ONCE =
  /\b(follow\sup|nudge\sthem|remind\sthem|chase\sthem|email\sthem\sagain|send\sa\sfollow-?up)\sonce\b(?=\s*(?:[.!;,]|$))/gi;

/** "another 5 days after that", "a further 3 days on": counted from the step before, as "5 days later" is. */
const ANOTHER_SPAN = new RegExp(
  `\\b(?:another|a\\sfurther|one\\smore)\\s(${SPAN})\\s(?:after\\sthat|later|on)\\b`,
  'gi',
);

export const waitsSaid = (text: string): string =>
  text
    .replace(ANOTHER_SPAN, '$1 later')
    .replace(WAIT_THEN_IF, (_m, span: string, what: string) =>
      /pa(?:y|id)/i.test(what) ? `if they pay within ${span}` : `if they reply within ${span}`,
    )
    .replace(NOBODY, "they haven't replied")
    .replace(FOLLOW_ONCE, '$1');

import { EVERY, RELATIVE, WEEKDAY_STEM } from './lexicon';
import { PERSON, PERSON_PLURAL } from './nouns';
import { scheduledOnly } from './silent';

/**
 * Many records said as the subject of what they receive (session 42): "everyone we emailed over a week ago who never
 * replied gets a friendly nudge email", "every lead still on status new from the last 7 days gets our welcome email",
 * "all 400 people tagged newsletter should get the newsletter email". In a request run on a schedule or by hand, a
 * group (a quantifier and the words that pick them out) that gets, receives or is sent a message is sent it: "send
 * <group> <message>", which the find and loop readers take as any "send everyone … a nudge". On an event the subject
 * is the event's record (trigger-forms.ts reads "every new lead gets a welcome email"). A quantifier alone
 * ("everyone gets …") picks no one out and is left as said.
 */
const GROUP_GETS =
  /(^|[.!?:;,]\s|\s[-–—]\s|\b(?:at\s)?\d{1,2}(?::\d\d)?\s?(?:am|pm)?\s)((?:every|each|all|any|everyone|everybody|anyone|anybody)\s(?:(?!(?:every|each|all|any|everyone|everybody|anyone|anybody)\s)[^\s.!?;:,]+\s){1,14}?)(?:(?:should|will|must|shall|can)\s(?:also\s)?(?:get|receive|be\ssent)|gets?|receives?|(?:is|are)\ssent)\s((?:a|an|the|our|one|their|another)\s(?:[^\s.!?;:,]+\s){0,5}?(?:e-?mails?|nudges?|reminders?|messages?|newsletters?|notes?|follow[\s-]?ups?|check[\s-]?ins?|offers?|invites?|invitations?|updates?|letters?|texts?))(?![\w'-])/gi;

/** "every monday everyone gets …", "each time …": a time, never the group. */
const WHEN = new RegExp(
  `^${EVERY}\\s(?:other\\s|single\\s)?(?:time|day|week|month|morning|evening|afternoon|night|hour|weekday|weekend|year|${WEEKDAY_STEM}day)s?\\b`,
  'i',
);

/**
 * "everyone who still has an unpaid invoice", "every lead still on status new", "all the leads still marked new": the
 * state they are in when the find runs; "still" adds nothing a find could test.
 */
const STILL = new RegExp(
  `\\b(${RELATIVE}(?:\\s(?:are|is))?|${PERSON})\\sstill\\s(?=(?:has|have|owes?|on|in|at|with|marked|tagged|set\\sto|sitting|stuck|unpaid|overdue|new|contacted|qualified)\\b)`,
  'gi',
);

/**
 * "find yesterday's new leads", "grab this week's sign-ups": the people found by when they came in, as "the new leads
 * from yesterday" reads (a day's possessive before them was read as a report's period).
 */
const DAYS_PEOPLE = new RegExp(
  `\\b(find|get|grab|pull|fetch|take|collect|go\\sthrough|look\\sup)\\s(yesterday|today|this\\sweek|last\\sweek)'s\\s((?:new\\s)?(?:${PERSON_PLURAL}|sign-?ups|enquiries|inquiries))(?![\\w'-])`,
  'gi',
);

/** "every lead tagged x gets a nudge email" → "send every lead tagged x a nudge email", on a schedule or by hand. */
export const groupGets = (text: string): string =>
  scheduledOnly(text)
    ? text
        .replace(STILL, '$1 ')
        .replace(DAYS_PEOPLE, '$1 the $3 from $2')
        .replace(GROUP_GETS, (all, before: string, group: string, message: string) =>
          WHEN.test(group) ? all : `${/[-–—]/.test(before) ? ', ' : before}send ${group}${message}`,
        )
    : text;

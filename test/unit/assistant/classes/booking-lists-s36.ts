import type { Case } from '../table/case';

/**
 * Session 36 (h5), issue 16's miss class 7 for bookings: a day's bookings sent as a list on a schedule ("email me the
 * list of todays appointments", "send the techs a rundown of today's appointments", "a summary of today's walks"), in
 * many trades' words. Refused in session 36 (a message could not carry a list); since session 38 a find and one
 * message carrying the find's text (functions/assistant/grammar/found-lists.ts). Twins: a step for each booking
 * stays a find and a loop; a summary of the day's or the week's activity stays the report.
 */

const SCHEDULES = [
  ['every morning at 7am', 'cron(0 7 * * ? *)'],
  ['Mon-Sat at 6:45am', 'cron(45 6 ? * MON-SAT *)'],
  ['Every weekday at 8,', 'cron(0 8 ? * MON-FRI *)'],
  ['each evening at 6', 'cron(0 18 * * ? *)'],
  ['Sunday at 8pm', 'cron(0 20 ? * SUN *)'],
] as const;

/** How the list is asked for, with `{}` for the day's bookings, and the message it becomes. */
const ASKED = [
  ['email me the list of {}', 'notify.team'],
  ['send the techs a rundown of {}', 'notify.team'],
  ['send Rosa {}', 'notify.team'],
  ['post {} in #frontdesk', 'notify.slack'],
  ['send me a quick list of {}', 'notify.team'],
] as const;

/** A day's bookings in a trade's words, and the day calendar.find is given. */
const DAY_BOOKINGS = [
  ['todays appointments', 'today'],
  ["tomorrow's walks", 'tomorrow'],
  ["today's check-ins", 'today'],
  ["tomorrow's turnovers", 'tomorrow'],
  ["next week's showings", 'next-7-days'],
  ["this week's lessons", 'this-week'],
  ["tomorrow's grooms", 'tomorrow'],
  ["today's site visits", 'today'],
  ["tomorrow's consultations", 'tomorrow'],
  ['the jobs for tomorrow', 'tomorrow'],
] as const;

/** [case, the day the find is given]. */
export const BOOKING_LISTS: readonly (readonly [Case, string])[] = SCHEDULES.flatMap(([when, cron], i) =>
  DAY_BOOKINGS.map(([said, day], j) => {
    const [ask, message] = ASKED[(i + j) % ASKED.length] ?? ASKED[0];
    return [[`${when} ${ask.replace('{}', said)}`, cron, `calendar.find; ${message}`], day] as const;
  }),
);

/** Summaries of a day to come, or of today in a trade's word: the bookings, found and sent too. */
export const BOOKING_SUMMARIES: readonly (readonly [Case, string])[] = [
  [
    [
      "the walkers need a summary of today's walks, weekdays 7am",
      'cron(0 7 ? * MON-FRI *)',
      'calendar.find; notify.team',
    ],
    'today',
  ],
  [
    [
      'Sunday evenings 8pm pacific, send me a summary of next weeks showings by email',
      'cron(0 20 ? * SUN *) America/Los_Angeles',
      'calendar.find; notify.team',
    ],
    'next-7-days',
  ],
  [
    [
      "every day at 4pm send the kitchen a summary of tomorrow's bookings",
      'cron(0 16 * * ? *)',
      'calendar.find; notify.team',
    ],
    'tomorrow',
  ],
  [
    [
      "every evening at 6 email me an overview of tomorrow's appointments",
      'cron(0 18 * * ? *)',
      'calendar.find; notify.team',
    ],
    'tomorrow',
  ],
];

/** Must differ: a step for each booking, and a report of activity said as one. */
export const BOOKING_LIST_TWINS: readonly Case[] = [
  [
    "Each evening at 6, email everyone on tomorrow's schedule",
    'cron(0 18 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    "Every day at 6pm, remind all attendees of tomorrow's meetings by email",
    'cron(0 18 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'every morning at 8 send a reminder to everyone with an appointment today',
    'cron(0 8 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    "Every Friday at 5pm, post a summary of the week's bookings in #team",
    'cron(0 17 ? * FRI *)',
    'report.summarize; notify.slack',
  ],
  [
    "every evening at 6 email me a summary of today's bookings",
    'cron(0 18 * * ? *)',
    'report.summarize; notify.team',
  ],
  [
    "Every day at 7pm, summarize the day's bookings and send it to me by email",
    'cron(0 19 * * ? *)',
    'report.summarize; notify.team',
  ],
];

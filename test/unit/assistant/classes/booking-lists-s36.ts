import type { Case } from '../table/case';

/**
 * Session 36 (h5), issue 16's miss class 7 for bookings: a day's bookings sent as a list on a schedule ("email me the
 * list of todays appointments", "send the techs a rundown of today's appointments", "a summary of today's walks").
 * calendar.find finds them, but a message cannot carry the list it returns, and an activity report counts what
 * happened, never what is booked: refused, quoting the day's bookings, in many trades' words. Twins: a step for each
 * booking stays a find and a loop; a summary of the day's or the week's activity stays the report.
 */

const SCHEDULES = [
  'every morning at 7am',
  'Mon-Sat at 6:45am',
  'Every weekday at 8,',
  'each evening at 6',
  'Sunday at 8pm',
] as const;

/** How the list is asked for, with `{}` for the day's bookings. */
const ASKED = [
  'email me the list of {}',
  'send the techs a rundown of {}',
  'send Rosa {}',
  'post {} in #frontdesk',
  'send me a quick list of {}',
] as const;

/** A day's bookings in a trade's words: [said, what the refusal quotes]. */
const DAY_BOOKINGS = [
  ['todays appointments', 'todays appointments'],
  ["tomorrow's walks", "tomorrow's walks"],
  ["today's check-ins", "today's check-ins"],
  ["tomorrow's turnovers", "tomorrow's turnovers"],
  ["next week's showings", "next week's showings"],
  ["this week's lessons", "this week's lessons"],
  ["tomorrow's grooms", "tomorrow's grooms"],
  ["today's site visits", "today's site visits"],
  ["tomorrow's consultations", "tomorrow's consultations"],
  ['the jobs for tomorrow', 'jobs for tomorrow'],
] as const;

export const BOOKING_LIST_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] =
  SCHEDULES.flatMap((when, i) =>
    DAY_BOOKINGS.map(([said, quoted], j) => {
      const ask = ASKED[(i + j) % ASKED.length] ?? '';
      return [`${when} ${ask.replace('{}', said)}`, quoted] as const;
    }),
  );

/** Summaries of a day to come, or of today in a trade's word: the bookings, refused too. */
export const BOOKING_SUMMARY_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  ["the walkers need a summary of today's walks, weekdays 7am", "today's walks"],
  ['Sunday evenings 8pm pacific, send me a summary of next weeks showings by email', 'next weeks showings'],
  ["every day at 4pm send the kitchen a summary of tomorrow's bookings", "tomorrow's bookings"],
  ["every evening at 6 email me an overview of tomorrow's appointments", "tomorrow's appointments"],
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

import type { Case } from '../table/case';
import type { Refusal } from './comparisons-s32';

/**
 * Session 36 (h4): a sentence about the business's week before a schedule on other weekdays (issue 16, class 15 of
 * sets 21/22, across trades): "Puppy class runs Saturdays. Every Friday at noon …" is one schedule, the first
 * sentence context said back (it was refused: "two different days"). Twins: a sentence that adds a day ("also",
 * "too", "as well"), or comes after the schedule, is still refused; never merged, never dropped.
 */

const WEEK = [
  'Puppy class runs Saturdays.',
  'Our service drive gets slammed on Saturdays.',
  "We're closed on Sundays.",
  'Deliveries go out Tuesdays and Thursdays.',
  'The farmers market is on Saturdays.',
  'Our busiest day is Monday.',
] as const;
const SCHEDULES: readonly (readonly [said: string, cron: string])[] = [
  ['Every Friday at noon', 'cron(0 12 ? * FRI *)'],
  ['Every Wednesday at 4pm', 'cron(0 16 ? * WED *)'],
  ['Each Friday at 2pm', 'cron(0 14 ? * FRI *)'],
];
const ACTIONS: readonly (readonly [said: string, steps: string])[] = [
  [
    'find everyone booked for tomorrow and email each of them a reminder',
    'calendar.find; forEach[email.send]',
  ],
  ['email me a summary of the week', 'report.summarize; notify.team'],
  ['post a recap of the week in #ops', 'report.summarize; notify.slack'],
];

export const WEEK_CONTEXT_CLASS: readonly Case[] = WEEK.flatMap((week, i) =>
  SCHEDULES.flatMap(([schedule, cron], j) => {
    const [said, steps] = ACTIONS[(i + j) % ACTIONS.length] ?? ['', ''];
    return [[`${week} ${schedule} ${said}.`, cron, steps] as Case];
  }),
);

export const WEEK_CONTEXT_REFUSED: readonly Refusal[] = [
  ['Saturdays too. Every Friday at noon email me a summary of the week.', 'two different days'],
  ["We're also open Saturdays. Every Friday at noon email me a summary of the week.", 'two different days'],
  ['Every Friday at noon email me a summary of the week. Puppy class runs Saturdays.', 'two different days'],
  [
    'Puppy class runs Saturdays as well. Every Friday at noon email me a summary of the week.',
    'two different days',
  ],
];

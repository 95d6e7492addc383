import type { Case } from '../table/case';

/**
 * The generated classes of session 37's engineer a2, spread into PRODUCTS by index.ts.
 * One file per engineer so that parallel work never conflicts on the shared list.
 *
 * Silent mistakes of the development sets (issue 16), each as the class it belongs to:
 *   - a clock written with a leading zero ("06:00", "05.15") is the 24-hour clock: the hour as written, never the
 *     afternoon a bare 1–6 is taken as ("Daily at 06:00 UTC" ran at 18:00);
 *   - where a word is said to be in a message ("says urgent somewhere in it", "mentions invoice anywhere") is no part
 *     of the word tested (the test was `contains "urgent somewhere"`, never true);
 *   - a correction joined by a dash to what it corrects ("text me—well, slack me", "post in #sales—sorry, #ops") replaces
 *     it; unread, it became a comparison with "me-well", or both posts;
 *   - an invoice unpaid some time "after it goes overdue" is waited on from invoice.overdue (it was from its creation).
 */

/** [said, hour, minute] of a 24-hour clock time with a leading zero. */
const ZERO_CLOCKS = [
  ['06:00', 6, 0],
  ['07:30', 7, 30],
  ['05:15', 5, 15],
  ['04.30', 4, 30],
  ['06:45', 6, 45],
  ['03:00', 3, 0],
] as const;

/** [how the days are said with `{}` for the time, cron day-of-month and day-of-week fields]. */
const ZERO_DAYS = [
  ['Daily at {}', '*', '?'],
  ['Every weekday at {}', '?', 'MON-FRI'],
  ['Every Monday at {}', '?', 'MON'],
  ['Each day at {} UTC', '*', '?'],
] as const;

const ZERO_ACTIONS = [
  ['post a summary to #ops', 'report.summarize; notify.slack'],
  ['email me a report', 'report.summarize; notify.team'],
] as const;

export const ZERO_CLOCK_CLASS: readonly Case[] = ZERO_DAYS.flatMap(([days, dom, dow], i) =>
  ZERO_CLOCKS.map(([said, hour, minute], j): Case => {
    const [act, steps] = ZERO_ACTIONS[(i + j) % ZERO_ACTIONS.length] ?? ZERO_ACTIONS[0];
    const utc = days.endsWith('UTC');
    return [
      `${days.replace('{}', said)} ${act}`,
      `cron(${minute} ${hour} ${dom} * ${dow} *)${utc ? ' UTC' : ''}`,
      steps,
    ];
  }),
);

/** Where the word is said to be, after the word. */
const ANYWHERE = ['somewhere in it', 'anywhere in it', 'somewhere', 'anywhere'] as const;

const EMAIL_TESTS = [
  ['when an email comes in and it says {w} {where}, post it in #support', 'notify.slack'],
  ['when an email comes in that mentions {w} {where}, tell the team', 'notify.team'],
  ['When an email arrives and it mentions {w} {where}, post it in #billing', 'notify.slack'],
] as const;

const WORDS = ['urgent', 'refund', 'invoice', 'complaint'] as const;

export const ANYWHERE_CLASS: readonly Case[] = EMAIL_TESTS.flatMap(([said, step], i) =>
  WORDS.map(
    (w, j): Case => [
      said.replace('{w}', w).replace('{where}', ANYWHERE[(i + j) % ANYWHERE.length] ?? 'somewhere'),
      'email.received',
      `if(trigger.text contains "${w}")[${step}]`,
    ],
  ),
);

/** [trigger said, its outline]. */
const CORRECTED_TRIGGERS = [
  ['When a new lead comes in', 'lead.created'],
  ['When a booking is cancelled', 'booking.cancelled'],
  ['When a form is submitted', 'form.submitted'],
] as const;

/** [the step taken back, the correction, the step it becomes, its outline]. */
const DASH_CORRECTIONS = [
  ['text them', '—well, ', 'email them', 'email.send'],
  ['call them', '—I mean ', 'email them', 'email.send'],
  ['text me', '—well, ', 'slack me', 'notify.slack'],
  ['post in #sales', '—sorry, ', '#ops', 'notify.slack'],
  ['text them', '—no wait, ', 'email them', 'email.send'],
  ['phone me', '–or rather, ', 'notify the team', 'notify.team'],
] as const;

export const DASH_CORRECTION_CLASS: readonly Case[] = CORRECTED_TRIGGERS.flatMap(([when, event]) =>
  DASH_CORRECTIONS.map(
    ([before, marker, after, step]): Case => [`${when}, ${before}${marker}${after}`, event, step],
  ),
);

/** An invoice still unpaid some time after it fell overdue: counted from invoice.overdue, not from its creation. */
const OVERDUE_WAITS = [
  [
    'If an invoice remains unpaid {n} after it goes overdue',
    'If a bill stays unpaid {n} after it goes overdue',
  ],
  [
    "If an invoice isn't paid {n} after it becomes overdue",
    "If an invoice still isn't paid {n} after it falls overdue",
  ],
  [
    'If an invoice is still unpaid {n} after it turns overdue',
    'If invoices remain unpaid {n} after they go overdue',
  ],
] as const;

const OVERDUE_PERIODS = [
  ['three days', 'P3D'],
  ['a week', 'P7D'],
  ['10 days', 'P10D'],
  ['2 weeks', 'P14D'],
] as const;

const OVERDUE_ACTIONS = [
  ['send a second reminder', 'invoice.sendReminder'],
  ['notify the team', 'notify.team'],
  ['email the client', 'email.send'],
] as const;

export const OVERDUE_SINCE_CLASS: readonly Case[] = OVERDUE_WAITS.flat().flatMap((said, i) =>
  OVERDUE_PERIODS.map(([n, period], j): Case => {
    const [act, step] = OVERDUE_ACTIONS[(i + j) % OVERDUE_ACTIONS.length] ?? OVERDUE_ACTIONS[0];
    return [
      `${said.replace('{n}', n)}, ${act}`,
      'invoice.overdue',
      `waitFor(invoice.paid,${period},timeout:[${step}])`,
    ];
  }),
);

export const PRODUCTS_S37_A2: Readonly<Record<string, readonly Case[]>> = {
  'zero clock (s37 a2)': ZERO_CLOCK_CLASS,
  'said anywhere in a message (s37 a2)': ANYWHERE_CLASS,
  'dash-joined correction (s37 a2)': DASH_CORRECTION_CLASS,
  'unpaid after it went overdue (s37 a2)': OVERDUE_SINCE_CLASS,
};

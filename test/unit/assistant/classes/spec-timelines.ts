import type { Case } from '../table/case';

/**
 * Steps and schedules of spec lines placed in time (grammar/timeline.ts), as slots:
 * - steps on a timeline of offsets from the start ("Day 0: … Day 3: …", "T+3d: …", "D+3 …", "+2d: …", "… at
 *   T+10d") × triggers × separators: the waits between them are the differences of the offsets;
 * - deadlines counted from the start ("if no reply by day 3, X; by day 7, Y") and obligations ("must book within
 *   24h, else X") × trigger × duration: the negative waits, nested;
 * - outcomes as labels after a wait ("wait 14d. Paid: X. Not paid: Y.", "if paid within 14d: X; not paid: Y")
 *   in either order: the positive wait with both branches;
 * - a schedule's days with some taken out ("every weekday except Friday", "Mon-Fri (skip Fri)", "daily except
 *   weekends", "no Mondays"), and records in bulk in sales-ops words ("with no reply for 7d", "today's attendees").
 */

const TRIGGERS: readonly [said: string, trigger: string][] = [
  ['lead.created ->', 'lead.created'],
  ['On form fill:', 'form.submitted'],
  ['New lead →', 'lead.created'],
];

/** Timelines: each step with its offset, and the outline (the waits are the differences). */
const TIMELINES: readonly [said: string, steps: string][] = [
  [
    'Day 0: welcome email. Day 3: follow-up email. Day 7: notify the AM.',
    'email.send; wait(P3D); email.send; wait(P4D); notify.team',
  ],
  [
    'T+0: welcome email; T+3d: follow-up email; T+7d: notify the AM',
    'email.send; wait(P3D); email.send; wait(P4D); notify.team',
  ],
  [
    'welcome email -> T+2d follow-up email -> T+10d notify the AE',
    'email.send; wait(P2D); email.send; wait(P8D); notify.team',
  ],
  ['welcome email; D+5: follow-up email', 'email.send; wait(P5D); email.send'],
  [
    'welcome email; +2d: follow-up email; +1w: notify the AM',
    'email.send; wait(P2D); email.send; wait(P5D); notify.team',
  ],
  [
    'welcome email. Day 1: post in #sales. Day 14: follow-up email.',
    'email.send; wait(P1D); notify.slack; wait(P13D); email.send',
  ],
  ['welcome email; T+24h: Slack #sales', 'email.send; wait(P1D); notify.slack'],
  ['welcome email -> follow-up email at T+5d', 'email.send; wait(P5D); email.send'],
];

const DEADLINES: readonly [said: string, steps: string][] = [
  [
    'send welcome email; if no reply by day 3, follow-up email; by day 7, notify the AM',
    'email.send; waitFor(email.received,P3D,timeout:[email.send; waitFor(email.received,P4D,timeout:[notify.team])])',
  ],
  [
    'send welcome email; if no reply by day 5, notify the AE',
    'email.send; waitFor(email.received,P5D,timeout:[notify.team])',
  ],
  ['must book within 24h, else notify the AM', 'waitFor(booking.created,P1D,timeout:[notify.team])'],
  [
    'they must book a call within 3d, otherwise Slack #sales',
    'waitFor(booking.created,P3D,timeout:[notify.slack])',
  ],
  [
    'send welcome email. Must reply within 2 days, else notify the AE',
    'email.send; waitFor(email.received,P2D,timeout:[notify.team])',
  ],
];

export const SPEC_TIMELINE_CLASS: ReadonlyMap<string, readonly Case[]> = new Map<string, readonly Case[]>([
  ...[...TIMELINES, ...DEADLINES].map(([said, steps]): [string, Case[]] => [
    said,
    TRIGGERS.map(([t, trigger]): Case => [`${t} ${said}`, trigger, steps]),
  ]),
  [
    'a sequence that stops on a reply',
    [
      [
        'T+1d: intro email; T+4d: follow-up; T+10d: breakup email.',
        'wait(P1D); email.send; waitFor(email.received,P3D,timeout:[email.send; waitFor(email.received,P6D,timeout:[email.send])])',
      ],
      [
        'Day 0: intro email. Day 3: follow-up. Day 7: notify the AE.',
        'email.send; waitFor(email.received,P3D,timeout:[email.send; waitFor(email.received,P4D,timeout:[notify.team])])',
      ],
      [
        'welcome email -> T+2d follow-up email -> T+10d notify the AE.',
        'email.send; waitFor(email.received,P2D,timeout:[email.send; waitFor(email.received,P8D,timeout:[notify.team])])',
      ],
    ].flatMap(([steps, outline]) =>
      [
        'Stop if they reply.',
        '(stop on reply)',
        'Stop the sequence when they respond.',
        'Halt if the lead replies.',
      ].flatMap((stop) =>
        TRIGGERS.map(([t, trigger]): Case => [`${t} ${steps} ${stop}`, trigger, outline ?? '']),
      ),
    ),
  ],
  [
    'outcomes after a wait',
    [
      ['invoice.created ->', 'invoice.created'],
      ['On invoice.created:', 'invoice.created'],
      ['invoice.overdue ->', 'invoice.overdue'],
    ].flatMap(([t, trigger]) =>
      [
        'wait 14d. Paid: thank them. Not paid: send a reminder.',
        'wait 14 days; paid: thank them; not paid: send a reminder',
        'wait 14d. Not paid: send a reminder. Paid: thank them.',
        'if paid within 14d: thank them; not paid: send a reminder',
        'if paid within 2 weeks: thank them. Not paid: send a reminder.',
      ].map(
        (said): Case => [
          `${t} ${said}`,
          trigger ?? '',
          'waitFor(invoice.paid,P14D,event:[email.send],timeout:[invoice.sendReminder])',
        ],
      ),
    ),
  ],
  [
    'days taken out of a schedule',
    [
      ['Every weekday except Friday at 9am', 'cron(0 9 ? * MON,TUE,WED,THU *)'],
      ['Every Mon-Thu at 9am (skip Fri)', 'cron(0 9 ? * MON-THU *)'],
      ['Mon-Fri 9am, skip Fri', 'cron(0 9 ? * MON,TUE,WED,THU *)'],
      ['Every day at 9am except weekends', 'cron(0 9 ? * MON,TUE,WED,THU,FRI *)'],
      ['Daily except weekends at 9am', 'cron(0 9 ? * MON,TUE,WED,THU,FRI *)'],
      ['Every day except Wednesday at 5pm', 'cron(0 17 ? * MON,TUE,THU,FRI,SAT,SUN *)'],
      ['Weekdays at 8am (no Mondays)', 'cron(0 8 ? * TUE,WED,THU,FRI *)'],
      ['Every business day except Mondays and Fridays at 10am', 'cron(0 10 ? * TUE,WED,THU *)'],
    ].flatMap(([when, trigger]) =>
      [
        [': post the pipeline summary in #revops', 'report.summarize; notify.slack'],
        [' -> email the team a summary of new leads', 'report.summarize; notify.team'],
      ].map(([what, steps]): Case => [`${when}${what}`, trigger ?? '', steps ?? '']),
    ),
  ],
  [
    'records in bulk in sales-ops words',
    ['Every Monday', 'Every day at 8am', 'Every Friday at 4pm'].flatMap((when) => {
      const trigger =
        when === 'Every Monday'
          ? 'cron(0 9 ? * MON *)'
          : when === 'Every Friday at 4pm'
            ? 'cron(0 16 ? * FRI *)'
            : 'cron(0 8 * * ? *)';
      return [
        [
          `${when}: email all leads with no reply for 7d a follow-up`,
          trigger,
          'crm.findLeads; forEach[email.send]',
        ],
        [
          `${when} -> email leads with no reply for 2 weeks a check-in`,
          trigger,
          'crm.findLeads; forEach[email.send]',
        ],
        [
          `${when}: email all leads with status = contacted a follow-up`,
          trigger,
          'crm.findLeads; forEach[email.send]',
        ],
      ] as Case[];
    }),
  ],
  [
    "today's attendees",
    ['Every morning at 8', 'Every weekday at 7am'].flatMap((when) =>
      ["email today's attendees a reminder", "send tomorrow's attendees the agenda"].map(
        (what): Case => [
          `${when}: ${what}`,
          when.startsWith('Every morning') ? 'cron(0 8 * * ? *)' : 'cron(0 7 ? * MON-FRI *)',
          'calendar.find; forEach[email.send]',
        ],
      ),
    ),
  ],
]);

export const SPEC_TIMELINE_PRODUCT: readonly Case[] = [...SPEC_TIMELINE_CLASS.values()].flat();

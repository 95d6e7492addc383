import type { Case } from '../table/case';

/**
 * Second-language English (session 28, h6; classes/learners.ts has the verbs): numbers, times, days, comparisons
 * and branches in the forms other languages write them. Told by the lead as classes described from misses of
 * sealed set 19, without its requests.
 */
/**
 * Local forms of numbers, times and days: clock times written "7h", "8h30", "19 h 30", "19.30h" (lists too), a zone
 * said "hour of Madrid", days "every 15 of the month", "the day 1", "every day except Friday", "Sunday to Thursday".
 */
const SCHEDULE_DAYS: readonly [said: string, dom: string, dow: string][] = [
  ['Every day', '*', '?'],
  ['Every day except Friday', '?', 'MON,TUE,WED,THU,SAT,SUN'],
  ['Daily except Saturday and Sunday', '?', 'MON,TUE,WED,THU,FRI'],
  ['Every day but not on sunday', '?', 'MON,TUE,WED,THU,FRI,SAT'],
  ['From Sunday to Thursday', '?', 'SUN-THU'],
  ['Every 15 of the month', '15', '?'],
  ['The day 1 of each month', '1', '?'],
  ['Every day 20 of the month', '20', '?'],
];
const SCHEDULE_TIMES: readonly [said: string, minute: string, hour: string][] = [
  ['at 7h', '0', '7'],
  ['at 8h30', '30', '8'],
  ['at 19 h 30', '30', '19'],
  ['at 19.30h', '30', '19'],
  ['at 7h and 19h', '0', '7,19'],
  ['at 8h, 12h and 18h', '0', '8,12,18'],
  ['at 17:45', '45', '17'],
];
const SCHEDULE_ZONES: readonly [said: string, zone: string][] = [
  ['', ''],
  [' hour of Madrid', ' Europe/Madrid'],
  [' hour of Brasília', ' America/Sao_Paulo'],
  [' in the hour of Lisbon', ' Europe/Lisbon'],
  [' hours of São Paulo', ' America/Sao_Paulo'],
  [' Bogotá time', ' America/Bogota'],
];
const SCHEDULE_ACTIONS: readonly [said: string, steps: string][] = [
  ['send a summary of new leads to the team', 'report.summarize; notify.team'],
  ['send the report of invoices to finance@acme.com', 'report.summarize; email.send'],
];

const scheduleCases = (): Map<string, Case[]> => {
  const groups = new Map<string, Case[]>();
  let n = 0;
  for (const [days, dom, dow] of SCHEDULE_DAYS) {
    const cases: Case[] = [];
    for (const [time, minute, hour] of SCHEDULE_TIMES)
      for (const [zoneSaid, zone] of SCHEDULE_ZONES) {
        const [action, steps] = SCHEDULE_ACTIONS[n % SCHEDULE_ACTIONS.length] ?? ['', ''];
        const when = n % 3 === 2 ? `${time}${zoneSaid} ${days.toLowerCase()}` : `${days} ${time}${zoneSaid}`;
        const prompt =
          n % 3 === 2 ? `${when.charAt(0).toUpperCase()}${when.slice(1)}, ${action}` : `${when}, ${action}`;
        cases.push([prompt, `cron(${minute} ${hour} ${dom} * ${dow} *)${zone}`, steps]);
        n++;
      }
    groups.set(days, cases);
  }
  return groups;
};

export const LEARNER_SCHEDULE_CLASS: ReadonlyMap<string, readonly Case[]> = scheduleCases();

/** Comparisons said as in Romance languages, numbers with local thousands separators, "or more". */
const COMPARISONS: readonly [said: string, op: string][] = [
  ['superior to', 'gt'],
  ['superior at', 'gt'],
  ['inferior to', 'lt'],
  ['inferior than', 'lt'],
  ['superior or equal to', 'gte'],
  ['inferior or equal to', 'lte'],
  ['equal or superior to', 'gte'],
];
const NUMBERS: readonly [said: string, value: number][] = [
  ['10 000', 10000],
  ['10.000', 10000],
  ['1.500.000', 1500000],
  ['25000', 25000],
  ['2 500', 2500],
];
const COMPARISON_FRAMES: readonly ((cmp: string, num: string) => string)[] = [
  (c, v) => `When a new lead arrives, if the value is ${c} ${v}, notify the team`,
  (c, v) => `When a lead value is ${c} ${v}, notify the team`,
  (c, v) => `When new lead arrive and his value is ${c} ${v} notify the team`,
];

export const LEARNER_COMPARISON_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  COMPARISONS.map(([said, op]) => [
    said,
    NUMBERS.flatMap(([num, value], i) =>
      COMPARISON_FRAMES.map(
        (frame): Case => [
          frame(said, num),
          'lead.created',
          `if(trigger.lead.value ${op} ${value})[notify.team]`,
        ],
      ).filter((_c, k) => (i + k) % 2 === 0 || k === 0),
    ),
  ]),
);

/** "in other case" and the like: the other branch, after a test on the source, status or value. */
const OTHERWISES = [
  'in other case',
  'in the other case',
  'in another case',
  'in contrary case',
  'in case contrary',
  'on the other case',
];
const OTHER_LABELS = ['Other source:', 'Other sources:', 'For the other sources,', 'Others sources -'];

export const LEARNER_OTHERWISE_CLASS: ReadonlyMap<string, readonly Case[]> = new Map([
  [
    'in other case',
    OTHERWISES.flatMap((other): Case[] => [
      [
        `When a new lead arrives, if the source is instagram, tag him instagram, ${other} notify the team`,
        'lead.created',
        'if(trigger.lead.source eq "instagram")[crm.updateLead]else[notify.team]',
      ],
      [
        `When a new lead arrives, if the value is superior to 5000 notify the team, ${other} send him a welcome email`,
        'lead.created',
        'if(trigger.lead.value gt 5000)[notify.team]else[email.send]',
      ],
    ]),
  ],
  [
    'other source',
    OTHER_LABELS.map(
      (label): Case => [
        `When a new lead arrives, if source is Facebook tag him facebook. ${label} notify the team`,
        'lead.created',
        'if(trigger.lead.source eq "Facebook")[crm.updateLead]else[notify.team]',
      ],
    ),
  ],
]);

/** "14 days or more": at least. */
export const LEARNER_AT_LEAST_CLASS: ReadonlyMap<string, readonly Case[]> = new Map([
  [
    'or more',
    [7, 14, 30].flatMap((n): Case[] => [
      [
        `When an invoice is overdue ${n} days or more, notify the financial team`,
        'invoice.overdue',
        `if(trigger.daysOverdue gte ${n})[notify.team]`,
      ],
      [
        `When a new lead arrives with a value of ${n} 000 or more, notify the team`,
        'lead.created',
        `if(trigger.lead.value gte ${n * 1000})[notify.team]`,
      ],
    ]),
  ],
]);

/** Waits said "wait until N days", "after more N days", "N days after", "in the N days after his inscription". */
const DURATIONS = [3, 7, 14];
const WAIT_TRIGGERS: readonly [said: string, trigger: string][] = [
  ['When a new lead arrives', 'lead.created'],
  ['When a lead pass to the status qualified', 'lead.updated {"changes.status.to":["qualified"]}'],
];
const POSITIVE_WAITS: readonly ((n: number) => [said: string, steps: string])[] = [
  (n) => [`wait until ${n} days, then send a follow up`, `wait(P${n}D); email.send`],
  (n) => [`wait during ${n} days and send him a follow up`, `wait(P${n}D); email.send`],
  (n) => [
    `send him a welcome email and after more ${n} days send a follow up`,
    `email.send; wait(P${n}D); email.send`,
  ],
  (n) => [
    `send him a welcome email and ${n} days after send a follow up`,
    `email.send; wait(P${n}D); email.send`,
  ],
  (n) => [
    `send him a welcome email, after ${n} days more notify the team`,
    `email.send; wait(P${n}D); notify.team`,
  ],
];
const NEGATIVE_WAITS: readonly ((n: number) => [said: string, steps: string])[] = [
  (n) => [
    `if he does not make booking in the ${n} days after his inscription, send him a reminder`,
    `waitFor(booking.created,P${n}D,timeout:[email.send])`,
  ],
  (n) => [
    `if he don't make a booking in the next ${n} days, notify the team`,
    `waitFor(booking.created,P${n}D,timeout:[notify.team])`,
  ],
  (n) => [
    `if he doesn't take a reservation during the following ${n} days, send him a reminder`,
    `waitFor(booking.created,P${n}D,timeout:[email.send])`,
  ],
  (n) => [
    `if he does not answer in the ${n} days after his registration, notify the team`,
    `waitFor(email.received,P${n}D,timeout:[notify.team])`,
  ],
  (n) => [
    `if he don't confirm by email in the ${n} days, notify the team`,
    `waitFor(email.received,P${n}D,timeout:[notify.team])`,
  ],
];

export const LEARNER_WAIT_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  [
    ['positive', POSITIVE_WAITS],
    ['negative', NEGATIVE_WAITS],
  ].map(([name, waits]) => [
    name as string,
    (waits as typeof POSITIVE_WAITS).flatMap((wait) =>
      DURATIONS.flatMap((n) =>
        WAIT_TRIGGERS.map(([said, trigger]): Case => {
          const [phrase, steps] = wait(n);
          return [`${said}, ${phrase}`, trigger, steps];
        }),
      ),
    ),
  ]),
);

/** Records in relative clauses: "which have no answer since N days", "which have an invoice in delay". */
export const LEARNER_RECORD_CASES: readonly Case[] = DURATIONS.flatMap((n): Case[] => [
  [
    `Every day at 9h, send reminder to leads which have no answer since ${n} days`,
    'cron(0 9 * * ? *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    `Every day at 9h, send a reminder to the clients which don't answer since ${n} days`,
    'cron(0 9 * * ? *)',
    'crm.findLeads; forEach[email.send]',
  ],
]).concat([
  [
    'Every day at 9, email the clients which have an invoice in delay',
    'cron(0 9 * * ? *)',
    'invoice.find; forEach[email.send]',
  ],
  [
    'Every day at 9, email the customers which have invoices in delay',
    'cron(0 9 * * ? *)',
    'invoice.find; forEach[email.send]',
  ],
  [
    'Every monday at 8h, send to the team the list of invoices which is in delay',
    'cron(0 8 ? * MON *)',
    'report.summarize; notify.team',
  ],
]);

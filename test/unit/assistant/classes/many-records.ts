import type { Case } from '../table/case';

/**
 * Schedules over many records, as a grammar of slots: the schedule × the records (customers with unpaid invoices,
 * leads by status, tag, source or value or silent since our last email, people with a booking on a day, each in the wordings people use: "clients who haven't paid", "everyone with
 * an outstanding bill", "the leads that are qualified", "leads tagged hot") × what is done to each (remind, chase,
 * email, note, tag, mark) × where the schedule and the records go in the sentence. Each is a find step and a forEach.
 */

const SCHEDULES: readonly [string, string][] = [
  ['Every hour', 'rate(1 hour)'],
  ['Each Monday', 'cron(0 9 ? * MON *)'],
  ['Every day at 10', 'cron(0 10 * * ? *)'],
  ['Every morning', 'cron(0 9 * * ? *)'],
  ['Every Friday at 4pm', 'cron(0 16 ? * FRI *)'],
];

type Act = readonly [step: string, say: (records: string) => string, again: string];

const KINDS: readonly [find: string, records: readonly string[], acts: readonly Act[]][] = [
  [
    'invoice.find',
    [
      'the customers with overdue invoices',
      'every customer with an unpaid invoice',
      'all clients whose invoices are overdue',
      "customers who haven't paid",
      'clients who still owe us money',
      'everyone with an outstanding bill',
      'all customers with late payments',
    ],
    [
      ['invoice.sendReminder', (r) => `remind ${r}`, 'remind them'],
      ['invoice.sendReminder', (r) => `send ${r} a payment reminder`, 'send them a payment reminder'],
      ['invoice.sendReminder', (r) => `send a reminder to ${r}`, 'send each one a reminder'],
      ['invoice.sendReminder', (r) => `chase ${r}`, 'chase them'],
      ['invoice.sendReminder', (r) => `email ${r} a reminder to pay`, 'email them a reminder to pay'],
    ],
  ],
  [
    'crm.findLeads',
    [
      'all qualified leads',
      'every lead tagged cold',
      'the leads that are qualified',
      'each new lead',
      'all leads from LinkedIn',
      'every contact tagged "webinar"',
      'leads tagged hot',
      'our contacted leads',
      'all leads worth over 5000',
      "every lead that hasn't replied in 3 days",
      'all prospects who have not responded within a week',
      "the leads that haven't got back to us in 48 hours",
      'the prospects who have not answered in three days',
    ],
    [
      ['email.send', (r) => `email ${r} a check-in`, 'email them a check-in'],
      ['email.send', (r) => `send ${r} a follow-up email`, 'send them a follow-up email'],
      ['email.send', (r) => `send a follow-up to ${r}`, 'send each one a follow-up'],
      ['crm.addNote', (r) => `add a note to ${r}`, 'add a note to each one'],
      ['crm.updateLead', (r) => `tag ${r} as stale`, 'tag them as stale'],
      ['crm.updateLead', (r) => `mark ${r} as contacted`, 'mark them as contacted'],
    ],
  ],
  [
    'calendar.find',
    [
      'everyone with a booking today',
      'all clients with appointments tomorrow',
      'the people booked in for tomorrow',
      "every attendee of today's meetings",
      'each patient with an appointment today',
      'everyone who has a meeting tomorrow',
      'all guests booked for this week',
    ],
    [
      ['email.send', (r) => `send ${r} a reminder`, 'send them a reminder'],
      ['email.send', (r) => `email ${r} a reminder`, 'email them a reminder'],
      ['email.send', (r) => `send a confirmation email to ${r}`, 'send each one a confirmation email'],
      ['email.send', (r) => `remind ${r} by email`, 'remind them by email'],
    ],
  ],
];

const ORDERS: readonly ((schedule: string, records: string, act: Act) => string)[] = [
  (s, r, [, say]) => `${s}, ${say(r)}`,
  (s, r, [, say]) => `${s}: ${say(r)}`,
  (s, r, [, say]) =>
    `${say(r).replace(/^./, (c) => c.toUpperCase())} ${s.replace(/^./, (c) => c.toLowerCase())}`,
  (s, r, [, , again]) => `${s}, find ${r} and ${again}`,
  (s, r, [, , again]) => `${s}, go through ${r} and ${again}`,
];

const cases = (kind: number, schedule: number): Case[] => {
  const [find, records, acts] = KINDS[kind] ?? ['', [], []];
  const [when, trigger] = SCHEDULES[schedule] ?? ['', ''];
  return records.flatMap((r) =>
    acts.flatMap((act) =>
      ORDERS.map((order): Case => [order(when, r, act), trigger, `${find}; forEach[${act[0]}]`]),
    ),
  );
};

/** Each schedule with every kind of record, wording, action and order. */
export const MANY_RECORDS_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  SCHEDULES.flatMap(([when], s) =>
    KINDS.map(([find], k): [string, Case[]] => [`${when} × ${find}`, cases(k, s)]),
  ),
);

/** The full cross product, for the bench. */
export const MANY_RECORDS_PRODUCT: readonly Case[] = [...MANY_RECORDS_CLASS.values()].flat();

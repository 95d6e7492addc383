import { tripleGroups, tripleProduct } from './triples';

/**
 * Actions said around who receives or undergoes them, as a grammar of slots: the trigger × three different actions,
 * each in the subject-first and passive wordings people use ("they get a confirmation email", "they're added to the
 * CRM", "the team is notified", "a note gets logged on the lead", "have Slack ping #sales", "the lead should be
 * marked as contacted") × how they are joined. Each row's expected outline is the three actions in order.
 */

const TRIGGERS: readonly [string, string][] = [
  ['When a new lead comes in', 'lead.created'],
  ['When a lead replies', 'email.received'],
  ['Once someone books a demo', 'booking.created'],
];

const ACTIONS: readonly [step: string, wordings: readonly string[]][] = [
  [
    'email.send',
    [
      'they get a welcome email',
      'they receive a confirmation email',
      'the lead should receive a thank you email',
      'a welcome email is sent to them',
      'they are sent a follow-up email',
      "they'll get an intro email",
      'a personal email goes out to them',
    ],
  ],
  [
    'notify.team',
    [
      'the team is notified',
      'sales gets notified',
      'the sales team should be alerted',
      'Anna is told',
      'our manager gets a heads-up',
      'Anna gets a Slack message',
      'the sales team gets an email',
    ],
  ],
  [
    'notify.slack',
    [
      '#sales gets a Slack message',
      'a message is posted to #sales',
      'have Slack ping #sales',
      'a Slack alert goes to #sales',
      '#sales is pinged on Slack',
    ],
  ],
  [
    'crm.addNote',
    [
      'a note is added to their record',
      'a note gets logged on the lead',
      'a comment should be left on their profile',
      'a short note is written on the lead',
    ],
  ],
  [
    'crm.updateLead',
    [
      "they're tagged as hot",
      'they get tagged hot',
      'the lead is labelled "hot"',
      'the lead is marked as contacted',
      'their status is set to qualified',
      'they get moved to qualified',
      "the lead's status should be changed to contacted",
    ],
  ],
  [
    'calendar.schedule',
    ['a call is booked with them', 'a meeting gets scheduled with them', 'a call should be set up with them'],
  ],
];

const JOINS: readonly ((a: readonly string[]) => string)[] = [
  (a) => `${a[0]}, ${a[1]} and ${a[2]}`,
  (a) => `${a[0]}, ${a[1]}, and ${a[2]}`,
  (a) => `${a[0]}, then ${a[1]}, then ${a[2]}`,
  (a) => `${a[0]}; ${a[1]}; ${a[2]}`,
  (a) => `${a[0]}. Then ${a[1]} and ${a[2]}`,
  (a) => `${a[0]} and ${a[1]}, and also ${a[2]}`,
];

const PUT: readonly ((trigger: string, body: string) => string)[] = [
  (t, b) => `${t}, ${b}`,
  (t, b) => `${t}: ${b}`,
  (t, b) => `${t} → ${b}`,
];

const GRAMMAR = { triggers: TRIGGERS, actions: ACTIONS, joins: JOINS, put: PUT, books: 5, stride: 3 };

/** Every trigger × triple with each join and each way of putting it (rotated), grouped by trigger. */
export const SUBJECT_FIRST_CLASS = tripleGroups(GRAMMAR);

/** The full cross product, for the bench. */
export const SUBJECT_FIRST_PRODUCT = tripleProduct(GRAMMAR);

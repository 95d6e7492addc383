import type { Case } from '../table/case';
import { cross, type Refusal } from './comparisons-s32';

/**
 * Session 33 (h5): precision — the wrong workflows of sealed set 30 as CLASSES (told to h5 as classes, never read as
 * rows), each crossing independent dimensions, each with a must-refuse twin (the same crossings with one part the
 * catalogue cannot express, or a restriction the reader would drop). Rows are [request, trigger outline, steps
 * outline]; must-refuse rows are [request, words the refusal quotes].
 */

/** The surfaces a request is written in: as typed, all lower case, with no final stop. */
const SURFACES = [(s: string) => s, (s: string) => s.toLowerCase(), (s: string) => s.replace(/[.]$/, '')];

const surfaced = (rows: readonly Case[]): Case[] =>
  rows.flatMap(([p, t, s]) => SURFACES.map((f): Case => [f(p), t, s]));

/** [trigger said, trigger outline, field path, cents per unit]. */
const ARROW_RECORDS = [
  ['Overdue invoice:', 'invoice.overdue', 'trigger.invoice.totalCents', 100],
  ['When an invoice is overdue:', 'invoice.overdue', 'trigger.invoice.totalCents', 100],
  ['New lead:', 'lead.created', 'trigger.lead.value', 1],
] as const;

/** [first side ({a} = amount), operator; second side, operator]: two arrow lines on the same field. */
const ARROW_SIDES = [
  ['less than {a}', 'lt', '{a}+', 'gte'],
  ['under {a}', 'lt', '{a} or more', 'gte'],
  ['below {a}', 'lt', 'over {a}', 'gt'],
] as const;

/** [first action, outline for an invoice, outline for a lead]; the second is always "me" said bare or with a verb. */
const ARROW_FIRST = [
  ['send the reminder', 'invoice.sendReminder', 'email.send'],
  ['post in #billing', 'notify.slack', 'notify.slack'],
] as const;
const ARROW_SECOND = ['me', 'notify me', 'ping me'] as const;
const ARROW_JOINTS = ['. ', '; ', '\n'] as const;
const ARROWS = ['→', '->'] as const;

/**
 * Two arrow lines on one field ("less than £200 → the reminder. £200+ → me."): two tests side by side, never the
 * second around the first (sealed set 30: a test ≥ 200 with a test < 200 nested inside it). record × sides × amount ×
 * first action × second action × joint × arrow.
 */
export const ARROW_BRANCH_CLASS: readonly Case[] = ARROW_RECORDS.flatMap(([said, event, path, cents]) =>
  ARROW_SIDES.flatMap(([first, op1, second, op2]) =>
    (
      [
        ['£200', 200],
        ['$1,500', 1500],
      ] as const
    ).flatMap(([amount, value]) =>
      ARROW_FIRST.flatMap(([action, invoiceStep, leadStep]) =>
        ARROW_SECOND.flatMap((me) =>
          ARROW_JOINTS.flatMap((joint) =>
            ARROWS.map((arrow): Case => {
              const step = event === 'lead.created' ? leadStep : invoiceStep;
              const a = first.replace('{a}', amount);
              const b = second.replace('{a}', amount);
              return [
                `${said} ${a} ${arrow} ${action}${joint}${b} ${arrow} ${me}.`,
                event,
                `if(${path} ${op1} ${value * cents})[${step}]; if(${path} ${op2} ${value * cents})[notify.team]`,
              ];
            }),
          ),
        ),
      ),
    ),
  ),
);

/** The twin: the second line's action is nothing the catalogue does, or is missing — refused, never nested. */
export const ARROW_BRANCH_REFUSED: readonly Refusal[] = cross(
  ['Overdue invoice: ', 'When a new lead comes in: '],
  ['less than £200 → send the reminder. '],
  ['£200+ → the usual.', '£200+ → Sam’s thing.', '£200+ →', '£200 or more → blorp.'],
).map((r): Refusal => [r, '']);

/** [how the writer says where they came from, trigger frame]; {v} = the writer's value, {b} = the bracket. */
/** On the trigger's noun ("a new lead comes in from X (source x)") the source is the trigger's filter (session 41). */
const SOURCE_FRAMES = [
  ['When a new lead comes in, if they came from {v} {b}, {act}', 'lead.created', false],
  ['When a new lead comes in from {v} {b}, {act}', 'lead.created', true],
  ['New lead from {v} {b} → {act}', 'lead.created', true],
  ['When someone signs up via {v} {b}, {act}', 'lead.created', false],
] as const;
const SOURCE_VALUES = ['TikTok', 'the Insta ad', 'Google'] as const;
const SOURCE_BRACKETS = [
  ['(source tiktok)', 'tiktok'],
  ['(source: tiktok-ads)', 'tiktok-ads'],
  ['(source = ig_ad)', 'ig_ad'],
  ['(utm_source tt)', 'tt'],
] as const;
const SOURCE_ACTIONS = [
  ['tag them social', 'crm.updateLead'],
  ['notify Sam', 'notify.team'],
] as const;

/**
 * A value in the writer's words with the CRM's value in brackets ("if they came from TikTok (source tiktok)"): the
 * bracket's value is tested, never the two joined (sealed set 30: source = "TikTok source tiktok"). frame × the
 * writer's value × bracket form × action.
 */
export const SOURCE_GLOSS_CLASS: readonly Case[] = SOURCE_FRAMES.flatMap(([frame, event, filtered]) =>
  SOURCE_VALUES.flatMap((v) =>
    SOURCE_BRACKETS.flatMap(([b, value]) =>
      SOURCE_ACTIONS.map(
        ([act, step]): Case => [
          frame.replace('{v}', v).replace('{b}', b).replace('{act}', act),
          filtered ? `${event} {"lead.source":["${value}"]}` : event,
          filtered ? step : `if(trigger.lead.source eq "${value}")[${step}]`,
        ],
      ),
    ),
  ),
);

/** The twin: a bracket naming the field with more than one value, or a restriction — refused quoting the bracket. */
export const SOURCE_GLOSS_REFUSED: readonly Refusal[] = SOURCE_FRAMES.flatMap(([frame]) =>
  [
    '(source tiktok or instagram)',
    '(source tiktok only)',
    '(source: tiktok, ig)',
    '(source tiktok and paid)',
  ].map((b): Refusal => [frame.replace('{v}', 'TikTok').replace('{b}', b).replace('{act}', 'notify Sam'), b]),
);

/** [who leaves, verb with its object]. */
const LEAVERS = ['someone', 'a subscriber', 'a member', 'a customer', 'one of our clients'] as const;
const LEAVING_VERBS = [
  'cancels',
  'cancels their sub',
  'cancels their membership',
  'cancels their subscription',
  'churns',
  'lapses',
] as const;
const LEAVING_BRACKETS = [
  '(status lost)',
  '(we set them to lost in the CRM)',
  '(lost)',
  '(marked as lost)',
] as const;
const LEAVING_ACTIONS = [
  ['email them', 'email.send'],
  ['post in #churn', 'notify.slack'],
] as const;

/**
 * A person leaving with the CRM status in brackets ("When someone cancels their sub (we set them to lost in the
 * CRM)"): the status change the bracket names (sealed set 30: started on booking.cancelled). who × verb and object ×
 * bracket × action × surface.
 */
export const LEAVING_CLASS: readonly Case[] = surfaced(
  LEAVERS.flatMap((who) =>
    LEAVING_VERBS.flatMap((verb) =>
      LEAVING_BRACKETS.flatMap((b) =>
        LEAVING_ACTIONS.map(
          ([act, step]): Case => [
            `When ${who} ${verb} ${b}, ${act}.`,
            'lead.updated {"changes.status.to":["lost"]}',
            step,
          ],
        ),
      ),
    ),
  ),
);

/** The twin: cancelling what no event of the catalogue says, with no bracket — refused, never a booking cancelled. */
export const LEAVING_REFUSED: readonly Refusal[] = cross(
  ['When someone ', 'When a member ', 'When a customer '],
  [
    'cancels their sub',
    'cancels their subscription',
    'cancels their membership',
    'cancels their plan',
    'cancels their direct debit',
    'cancels their class pass',
  ],
  [', email them.', ', notify me.'],
).map((r): Refusal => [r, '']);

/** [a city's code in capitals, its zone]: the closed list of city codes (timezones.ts). */
const CITY_CODES = [
  ['LA', 'America/Los_Angeles'],
  ['NYC', 'America/New_York'],
  ['SF', 'America/Los_Angeles'],
  ['HK', 'Asia/Hong_Kong'],
  ['SG', 'Asia/Singapore'],
] as const;
const ZONE_SCHEDULES = [
  ['Daily 5pm {z} time, ', 'cron(0 17 * * ? *)'],
  ['Every Monday at 9am {z} time, ', 'cron(0 9 ? * MON *)'],
  ['On weekdays at 8:30 {z} time ', 'cron(30 8 ? * MON-FRI *)'],
] as const;

/**
 * A zone said by a city's code ("Daily 5pm LA time"): that city's zone (sealed set 30: Laos). code × schedule ×
 * action.
 */
export const CITY_CODE_CLASS: readonly Case[] = CITY_CODES.flatMap(([code, zone]) =>
  ZONE_SCHEDULES.flatMap(([when, cron]) =>
    (
      [
        ['notify the team', 'notify.team'],
        ['post the pipeline summary in #sales', 'report.summarize; notify.slack'],
      ] as const
    ).map((step): Case => [`${when.replace('{z}', code)}${step[0]}`, `${cron} ${zone}`, step[1]]),
  ),
);

/** The twin: a country's two-letter code is no zone — refused quoting it. */
export const CITY_CODE_REFUSED: readonly Refusal[] = ['JP', 'IE', 'PH', 'DE', 'MX', 'KE'].flatMap((code) =>
  ZONE_SCHEDULES.map(([when]): Refusal => [`${when.replace('{z}', code)}notify the team`, code]),
);

/**
 * A note said where a channel is ("quick note in #new-customers"): a message there, never a note on the record too.
 * trigger × note words × where × surface. The contrast (a note in the CRM, on the lead) stays a CRM note.
 */
export const NOTE_IN_CHANNEL_CLASS: readonly Case[] = surfaced([
  ...cross(
    ['Any new customer added to the CRM, ', 'When a new lead is added, ', 'New booking → '],
    ['quick note in ', 'a short note in ', 'note in ', 'drop a note in '],
    ['#new-customers.', 'the sales channel.', 'Slack.'],
  ).map((p): Case => [p, p.startsWith('New booking') ? 'booking.created' : 'lead.created', 'notify.slack']),
  ...cross(
    ['When a new lead is added, ', 'Any new customer added to the CRM, '],
    ['add a quick note to their record.', 'a quick note in the CRM.', 'leave a note on the lead.'],
  ).map((p): Case => [p, 'lead.created', 'crm.addNote']),
]);

/**
 * Records a step is about with their status in brackets ("email all the lapsed subscribers (status lost)"): found in
 * that status, never each found and tested (sealed set 30). schedule × verb × who × bracket.
 */
export const MANY_STATUS_CLASS: readonly Case[] = cross(
  ['Every Wednesday at 9am ', 'Every Monday at 10am, '],
  ['email all the ', 'send a check-in email to all the ', 'send a win-back email to all the '],
  ['lapsed subscribers', 'members', 'old clients'],
  [' (status lost)', ' (status: lost)', ' (lead status lost)'],
).map((p): Case => {
  const day = p.startsWith('Every Wednesday') ? '0 9 ? * WED *' : '0 10 ? * MON *';
  return [p, `cron(${day})`, 'crm.findLeads; forEach[email.send]'];
});

/**
 * A lead's status said as the trigger ("quick one - When lead status = customer, send …"): the status changing to it,
 * never a new lead tested for it (a new lead never arrives as a customer). framing × subject × copula × status ×
 * action.
 */
export const STATUS_WHEN_CLASS: readonly Case[] = (
  [
    ['customer', 'customer'],
    ['qualified', 'qualified'],
    ['closed-won', 'customer'],
  ] as const
).flatMap(([said, status]) =>
  cross(
    ['', 'quick one - ', 'Hi team - ', 'Quick one: '],
    ['When lead status', "When a lead's status", 'When the lead status', 'Whenever a lead’s status'],
    [` = ${said}`, ` is ${said}`, ` becomes ${said}`],
    [', send them a welcome email', ' → notify #sales'],
  ).map(
    (p): Case => [
      p,
      `lead.updated {"changes.status.to":["${status}"]}`,
      p.endsWith('#sales') ? 'notify.slack' : 'email.send',
    ],
  ),
);

/** The twin: a status the CRM has not ("gold") — refused, never a new lead tested for it. */
export const STATUS_WHEN_REFUSED: readonly Refusal[] = cross(
  ['quick one - ', ''],
  ['When lead status = gold', "When a lead's status is platinum"],
  [', send them a welcome email'],
).map((r): Refusal => [r, '']);

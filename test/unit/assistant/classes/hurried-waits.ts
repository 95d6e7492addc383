import type { Case } from '../table/case';

/**
 * Waits typed on a phone or in a hurry (held-out set 16's voice): the subject with no article or none at all, the
 * verb not agreeing ("customer pay"), "not"/"dont"/"no" for the negation, the duration with no "within", no "when"
 * and no comma ("lead not reply to my email 3 days send folow up"), "we send quote and no answer 4 days → …", a positive
 * wait after a hurried event ("new lead if books demo in 3 days …, otherwise …") and a second wait said as "still
 * nothing N days later". Each is a waitFor on the awaited event with its timeout, its actions on the right branch.
 */

const REPLY = 'email.sent[message]';
const PAYMENT = 'invoice.created';

/** Who does not do it, and what they do not do: the trigger and the awaited event it implies. */
const NEGATED: readonly [text: string, trigger: string, awaited: string][] = [
  ['lead not reply', REPLY, 'email.received'],
  ['lead not reply to my email', REPLY, 'email.received'],
  ['client dont answer our email', REPLY, 'email.received'],
  ['customer doesnt respond', REPLY, 'email.received'],
  ['he not reply my mail', REPLY, 'email.received'],
  ['lead no reply', REPLY, 'email.received'],
  ['client not pay invoice', PAYMENT, 'invoice.paid'],
  ['customer dont pay the invoice', PAYMENT, 'invoice.paid'],
];

const DURATIONS: readonly [text: string, iso: string][] = [
  ['3 days', 'P3D'],
  ['in 2 days', 'P2D'],
  ['within 5 days', 'P5D'],
  ['48h', 'P2D'],
  ['after 1 week', 'P7D'],
];

const JOINTS: readonly string[] = [' ', ' → ', ', ', ' - ', ' -> '];

const ACTIONS: readonly [text: string, step: string][] = [
  ['tell me', 'notify.team'],
  ['send folow up', 'email.send'],
  ['notify sales on slack', 'notify.slack'],
  ['send followup mail', 'email.send'],
];

/** "lead not reply to my email 3 days send folow up": every who × duration × joint × action. */
const runOn = (): Case[] =>
  NEGATED.flatMap(([who, trigger, awaited]) =>
    DURATIONS.flatMap(([d, iso]) =>
      JOINTS.flatMap((j) =>
        ACTIONS.map(
          ([a, step]): Case => [
            `${who} ${d}${j}${a}`,
            trigger,
            `waitFor(${awaited},${iso},timeout:[${step}])`,
          ],
        ),
      ),
    ),
  );

/** "we send quote and no answer 4 days → tell me": the message we send is the trigger. */
const SENT: readonly string[] = [
  'we send quote and no answer',
  'we send proposal and they dont reply',
  'we email the offer and no reply',
  'we send a quote and there is no answer',
];

const sentFirst = (): Case[] =>
  SENT.flatMap((s) =>
    DURATIONS.slice(0, 3).flatMap(([d, iso]) =>
      JOINTS.slice(1).flatMap((j) =>
        ACTIONS.map(
          ([a, step]): Case => [
            `${s} ${d}${j}${a}`,
            REPLY,
            `waitFor(email.received,${iso},timeout:[${step}])`,
          ],
        ),
      ),
    ),
  );

/** A positive wait after a hurried event: "new lead if books demo in 3 days move to qualified otherwise …". */
const POSITIVE: readonly [trigger: string, expected: string, wait: string, awaited: string][] = [
  ['new lead', 'lead.created', 'if books demo', 'booking.created'],
  ['new lead', 'lead.created', 'if lead book a call', 'booking.created'],
  ['after invoice created', 'invoice.created', 'if customer pay', 'invoice.paid'],
  ['after invoice created', 'invoice.created', 'if pays', 'invoice.paid'],
  ['after we send quote', REPLY, 'if client reply', 'email.received'],
  ['after we send quote', REPLY, 'if replies', 'email.received'],
];

const OTHERWISE: readonly [text: string, step: string][] = [
  ['', ''],
  [' otherwise tell me', 'notify.team'],
  [', else ping sales on slack', 'notify.slack'],
];

const positive = (): Case[] =>
  POSITIVE.flatMap(([t, trigger, w, awaited]) =>
    DURATIONS.slice(0, 3).flatMap(([d, iso]) =>
      OTHERWISE.map(
        ([o, other]): Case => [
          `${t} ${w} ${d} send thank you email${o}`,
          trigger,
          `waitFor(${awaited},${iso},event:[email.send]${other ? `,timeout:[${other}]` : ''})`,
        ],
      ),
    ),
  );

/** "lead no reply 2 days send followup, still nothing 4 days later mark lost": the second wait inside the first. */
const STILL: readonly string[] = [
  ', still nothing 4 days later',
  ', still no reply 4 days later',
  '. still nothing after 4 more days',
  ' → still nothing 4 days later →',
];

const still = (): Case[] =>
  NEGATED.filter(([, trigger]) => trigger === REPLY).flatMap(([who]) =>
    STILL.map(
      (s): Case => [
        `${who} 2 days send followup${s} mark him lost`,
        REPLY,
        'waitFor(email.received,P2D,timeout:[email.send; waitFor(email.received,P4D,timeout:[crm.updateLead])])',
      ],
    ),
  );

/** The groups of the class, each tested whole by the unit suite. */
export const HURRIED_WAIT_CLASS: ReadonlyMap<string, readonly Case[]> = new Map([
  ['who not do it × duration × joint × action, no "when"', runOn()],
  ['we send it and no answer × duration × joint × action', sentFirst()],
  ['hurried event, then if they do it × duration × otherwise', positive()],
  ['no reply, then still nothing N days later', still()],
]);

/** The full class, for the bench. */
export const HURRIED_WAIT_PRODUCT: readonly Case[] = [...HURRIED_WAIT_CLASS.values()].flat();

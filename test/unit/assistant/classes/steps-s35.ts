import type { Case } from '../table/case';

/**
 * What the steps do, from the misses of disclosed sets 19/20 (session 35, classes 7, 8, 16, 17), said in many trades:
 * - a channel typed with its "#" and called a Slack channel ("the #billing slack channel"): one post, never two;
 * - the manual start said as a wish ("Let me trigger this manually: …"): no message to me;
 * - a test of the state the starting event guarantees ("Late payments: when an invoice is overdue …"): no test;
 * - "remind all past clients to leave us a review": the clients get it, "us" is what they are asked to do;
 * - people who arrive on a day ("each guest arriving tomorrow"): the bookings starting then, each attendee written to.
 * Twins: physical cards and printed mail refused; people arriving at a time no finder reads refused, never all leads.
 */

/** A refused request and the words its refusal must quote. */
export type Refusal = readonly [prompt: string, quoted: string];

const EVENTS: readonly [said: string, event: string][] = [
  ['When a payment comes in', 'invoice.paid'],
  ['When a new lead is added', 'lead.created'],
  ['When a booking is cancelled', 'booking.cancelled'],
  ['When someone books an appointment', 'booking.created'],
  ['When a form is submitted', 'form.submitted'],
];
const HASHED = [
  (c: string) => `post it in the #${c} slack channel`,
  (c: string) => `post it in the #${c} Slack channel`,
  (c: string) => `drop a message in our #${c} channel`,
  (c: string) => `share it in my #${c} slack channel`,
  (c: string) => `post an update to the #${c} channel`,
];
const CHANNELS = ['accounting', 'front-desk', 'dispatch', 'ops_alerts'];

export const HASHED_CHANNEL_CLASS: readonly Case[] = EVENTS.flatMap(([when, trigger]) =>
  HASHED.flatMap((say) => CHANNELS.map((c): Case => [`${when}, ${say(c)}`, trigger, 'notify.slack'])),
);

/** The twin: a second channel said after the first is a second post. */
export const HASHED_CHANNEL_TWINS: readonly Case[] = CHANNELS.map((c) => [
  `When a new lead is added, post it in the #${c} slack channel and email me`,
  'lead.created',
  'notify.slack; notify.team',
]);

const STARTS = [
  'Let me trigger this manually',
  'Let me run it manually',
  'let me start this by hand',
  'Let us trigger it on demand',
  'Let me kick this off manually',
];
const MANUAL_STEPS: readonly [said: string, steps: string][] = [
  ['post "staff meeting in 10 min" in slack', 'notify.slack'],
  ['post "van 2 is back" in #dispatch', 'notify.slack'],
  ['email the team that the shop is closing early', 'notify.team'],
  ['email all clients tagged vip the new price list', 'crm.findLeads; forEach[email.send]'],
  ['send every overdue invoice a reminder', 'invoice.find; forEach[invoice.sendReminder]'],
];

export const MANUAL_WISH_CLASS: readonly Case[] = STARTS.flatMap((start) =>
  MANUAL_STEPS.map(([step, steps]): Case => [`${start}: ${step}`, 'manual', steps]),
);

/** The twin: "let me know" is still a message to me. */
export const MANUAL_WISH_TWINS: readonly Case[] = [
  ['When a new lead is added, let me know', 'lead.created', 'notify.team'],
  ['When a booking is cancelled, let me know in #front-desk', 'booking.cancelled', 'notify.slack'],
];

const HEADINGS: readonly [said: string, event: string][] = [
  ['Late payments: when an invoice is overdue', 'invoice.overdue'],
  ['Overdue invoices: when an invoice is overdue', 'invoice.overdue'],
  ['Chasing: when a bill goes overdue', 'invoice.overdue'],
  ['when an invoice is overdue and it is overdue', 'invoice.overdue'],
  ['Paid invoices: when an invoice is paid', 'invoice.paid'],
];
const GUARANTEED_STEPS: readonly [said: string, steps: string][] = [
  ['notify me', 'notify.team'],
  ['add a note to the lead', 'crm.addNote'],
  ['post it in #billing. Wait 3 days. Then notify me', 'notify.slack; wait(P3D); notify.team'],
];

export const GUARANTEED_CLASS: readonly Case[] = HEADINGS.flatMap(([said, event]) =>
  GUARANTEED_STEPS.map(([step, steps]): Case => [`${said}, ${step}`, event, steps]),
);

/** The twins: a test the event does not guarantee stays a test; a payment awaited after another event stays awaited. */
export const GUARANTEED_TWINS: readonly Case[] = [
  [
    'When an invoice is overdue, if it is over $500 notify me',
    'invoice.overdue',
    'if(trigger.invoice.totalCents gt 50000)[notify.team]',
  ],
  [
    'When an invoice is overdue, if it gets paid within 3 days notify me',
    'invoice.overdue',
    'waitFor(invoice.paid,P3D,event:[notify.team])',
  ],
];

const PAST: readonly [said: string, trigger: string][] = [
  ['On the 15th of every month at 11am', 'cron(0 11 15 * ? *)'],
  ['Every Monday', 'cron(0 9 ? * MON *)'],
];
const WHOM = ['all past clients', 'every past customer', 'all our past patients', 'each past guest'];
const ASKED = [
  'to leave us a google review',
  'to give us a call',
  'to book with us again',
  'to leave us some feedback',
  'to rate us',
];

export const ASKED_OF_THEM_CLASS: readonly Case[] = PAST.flatMap(([when, trigger]) =>
  WHOM.flatMap((whom) =>
    ASKED.map(
      (asked): Case => [`${when}, remind ${whom} ${asked}`, trigger, 'crm.findLeads; forEach[email.send]'],
    ),
  ),
);

const WHEN_DAILY: readonly [said: string, trigger: string][] = [
  ['Every day at 3pm', 'cron(0 15 * * ? *)'],
  ['Each weekday at 7:30', 'cron(30 7 ? * MON-FRI *)'],
];
const ARRIVERS = ['guest', 'patient', 'client', 'student', 'customer', 'member', 'diner', 'tenant'];
const ARRIVES = [
  (who: string, day: string) => `each ${who} arriving ${day}`,
  (who: string, day: string) => `every ${who} who's coming in ${day}`,
  (who: string, day: string) => `all ${who}s checking in ${day}`,
  (who: string, day: string) => `every ${who} that is visiting ${day}`,
  (who: string, day: string) => `each ${who} expected ${day}`,
];
const DAYS = ['today', 'tomorrow', 'this week'];

export const ARRIVING_ON_CLASS: readonly Case[] = WHEN_DAILY.flatMap(([when, trigger]) =>
  ARRIVERS.flatMap((who) =>
    ARRIVES.flatMap((arrives) =>
      DAYS.map(
        (day): Case => [
          `${when}, email ${arrives(who, day)} a reminder with the directions`,
          trigger,
          'calendar.find; forEach[email.send]',
        ],
      ),
    ),
  ),
);

/** Twins: arriving at a time no finder names, and things only the post carries: refused, quoted. */
export const STEP_REFUSALS: readonly Refusal[] = [
  ...['soon', 'next month', 'in the spring'].map(
    (time): Refusal => [`Every day at 3pm, email each guest arriving ${time} a reminder`, 'arriving'],
  ),
  ...[
    ['mail them a handwritten card', 'handwritten card'],
    ['send them a birthday card', 'birthday card'],
    ['mail a thank-you card to them', 'thank you card'],
    ['send them a handwritten thank you note', 'handwritten thank you note'],
    ['send them a printed brochure', 'printed brochure'],
    ['post them a christmas card', 'christmas card'],
  ].flatMap(([step = '', quoted = '']) =>
    ['When a new lead is added', 'When a deal is won', 'When someone books an appointment'].map(
      (when): Refusal => [`${when}, ${step}`, quoted],
    ),
  ),
];

/** Twins of the cards: what goes by email stays an email. */
export const CARD_TWINS: readonly Case[] = [
  ['When a new lead is added, send them a gift card code', 'lead.created', 'email.send'],
  ['When a new lead is added, email them the brochure', 'lead.created', 'email.send'],
];

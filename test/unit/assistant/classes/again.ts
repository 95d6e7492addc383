import type { Case } from '../table/case';

/**
 * The same message again (class 7, session 34): a message, a wait for the answer, then "send it again", "resend it",
 * "send another one", "one more time": the message before the wait, repeated on timeout. Crossed: the first message
 * (to the person, a reminder for an invoice, to one of ours) × how the wait is said × how the repetition is said ×
 * what follows it. The twins: a repetition of something that is not a message, of a message of another kind ("post it
 * again" after an email), or of nothing, is refused and quoted; one that adds a time or a person is refused too.
 */

type First = readonly [request: string, trigger: string, first: string, waits: readonly string[]];

const FIRSTS: readonly First[] = [
  [
    'When a new lead comes in, email them our brochure',
    'lead.created',
    'email.send; waitFor(email.received,P3D,timeout:[email.send#])',
    [
      "If they don't reply within 3 days",
      "If there's no reply in 3 days",
      "If they haven't replied after 3 days",
      'No answer after 3 days?',
      'If we hear nothing back in 3 days',
    ],
  ],
  [
    'When a client books a consultation, send them the intake checklist',
    'booking.created',
    'email.send; waitFor(email.received,P2D,timeout:[email.send#])',
    ["If they don't reply within 2 days", "If they haven't answered in 2 days", 'No reply after 2 days?'],
  ],
  [
    'When an invoice is created, if it is not paid within 7 days send the customer a reminder',
    'invoice.created',
    'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder; waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder#])])',
    ["If it's still unpaid 7 days after that", 'If it is still not paid a week later'],
  ],
];

const AGAIN: readonly string[] = [
  'send it again',
  'resend it',
  're-send it',
  'send another one',
  'send a second one',
  'send one more',
  'send it one more time',
  'send it once more',
  'send the same email again',
  'send it to them again',
  'just send it again',
];

/** What follows the repetition, and the step it adds after it. */
const AFTER: readonly [said: string, step: string][] = [
  ['', ''],
  [' and notify me', '; notify.team'],
  [', then tag them as cold', '; crm.updateLead'],
];

export const AGAIN_PRODUCT: readonly Case[] = FIRSTS.flatMap(([request, trigger, steps, waits]) =>
  waits.flatMap((wait) =>
    AGAIN.flatMap((again) =>
      AFTER.filter(([said]) => !(said.includes('tag') && trigger === 'invoice.created')).map(
        ([said, step]): Case => [
          `${request}. ${wait}${wait.endsWith('?') ? ` ${again.replace(/^./, (c) => c.toUpperCase())}` : `, ${again}`}${said}`,
          trigger,
          steps.replace('#', step),
        ],
      ),
    ),
  ),
);

/** One word away: not a message to repeat, a message of another kind, nothing before it, a time or a person added. */
export const AGAIN_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  [
    "When a new lead comes in, email them our brochure. If there's no reply in 3 days, post it again",
    'post it again',
  ],
  ["When a new lead comes in, add a note. If they don't reply in 3 days, send it again", 'send it again'],
  ["When a new lead comes in, tag them as new. If they don't reply in 3 days, do it again", 'do it again'],
  ["When we email a lead and they don't reply in 3 days, send it again", 'send it again'],
  [
    'When an invoice is created, if it is not paid within 7 days send the customer a reminder. If it is still not paid a week later, post it again',
    'post it again',
  ],
  [
    "When a client books a consultation, send them the intake checklist. If they don't reply within 2 days, send it again tomorrow",
    'send it again tomorrow',
  ],
  [
    "When a client books a consultation, send them the intake checklist. If they don't reply within 2 days, send it again to Sam",
    'send it again to Sam',
  ],
];

/** "another one" with nothing of ours before it: the email the trigger says we sent, followed up. */
export const ANOTHER_AFTER_OURS: readonly Case[] = [
  [
    "When we email a lead and they don't reply in 3 days, send another one",
    'email.sent[message]',
    'waitFor(email.received,P3D,timeout:[email.send])',
  ],
  [
    "When we send a proposal and there's no reply in 5 days, send a second one",
    'email.sent[message]',
    'waitFor(email.received,P5D,timeout:[email.send])',
  ],
];

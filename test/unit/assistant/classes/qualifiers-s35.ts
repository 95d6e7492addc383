import type { Case } from '../table/case';
import type { Refusal } from './steps-s35';

/**
 * Conditions said as a description of the record (class 9 of sets 19/20, session 35), in many trades: the words a
 * reply is made of, a text with a word "in it", what was booked named in capitals or quotes, a cancellation's reason,
 * a state said as settled ("already qualified"). Each is a test, never left out (a looser workflow is a wrong one).
 * Twins: a reply said by its kind, and a booking "for" someone not named, refused or read without a test.
 */

const REPLIERS = ['a lead', 'a client', 'a patient', 'someone', 'a tenant', 'a customer'];
const REPLIES = ['replies', 'responds', 'writes back', 'answers'];
const WORDS: readonly [said: string, test: string][] = [
  ['STOP', 'trigger.text contains "STOP"'],
  ['STOP or unsubscribe', '(trigger.text contains "STOP" or trigger.text contains "unsubscribe")'],
  ['"cancel"', 'trigger.text contains "cancel"'],
  ['YES or "Y"', '(trigger.text contains "YES" or trigger.text contains "Y")'],
  ['the word "remove me"', 'trigger.text contains "remove me"'],
];
const REPLY_STEPS: readonly [said: string, step: string][] = [
  ['mark them as lost', 'crm.updateLead'],
  ['notify me', 'notify.team'],
];

export const REPLY_WITH_WORDS_CLASS: readonly Case[] = REPLIERS.flatMap((who) =>
  REPLIES.flatMap((verb) =>
    WORDS.flatMap(([words, test]) =>
      REPLY_STEPS.map(
        ([step, action]): Case => [
          `When ${who} ${verb} with ${words}, ${step}`,
          'email.received',
          `if(${test})[${action}]`,
        ],
      ),
    ),
  ),
);

const BOOKED: readonly string[] = [
  'a booking is made for',
  'a reservation is made for',
  'an appointment is booked for',
  'a session gets booked for',
  'someone books',
  'a guest books',
  'a client books',
];
const NAMES: readonly [said: string, title: string][] = [
  ['the Lighthouse Suite', 'Lighthouse Suite'],
  ['the Blue Room', 'Blue Room'],
  ['the Deluxe Detail Package', 'Deluxe Detail Package'],
  ['the Harbour View Cabin', 'Harbour View Cabin'],
  ["'The Loft'", 'The Loft'],
  ['"Full Groom"', 'Full Groom'],
];
const BOOKED_STEPS: readonly [said: string, step: string][] = [
  ['notify me', 'notify.team'],
  ['email the owner at owner@example.com', 'email.send'],
];

export const BOOKED_NAME_CLASS: readonly Case[] = BOOKED.flatMap((event) =>
  NAMES.flatMap(([name, title]) =>
    BOOKED_STEPS.map(
      ([step, action]): Case => [
        `When ${event} ${name}, ${step}`,
        'booking.created',
        `if(trigger.booking.title contains "${title}")[${action}]`,
      ],
    ),
  ),
);

const IN_IT: readonly [said: string, event: string, test: string][] = [
  [
    'a booking is made and the booking title has "Honeymoon" in it',
    'booking.created',
    'trigger.booking.title contains "Honeymoon"',
  ],
  [
    'a booking is made (the title has "VIP" in it)',
    'booking.created',
    'trigger.booking.title contains "VIP"',
  ],
  [
    'a booking is cancelled and the reason mentions "weather"',
    'booking.cancelled',
    'trigger.reason contains "weather"',
  ],
  [
    'an appointment is cancelled and the cancellation reason contains "sick"',
    'booking.cancelled',
    'trigger.reason contains "sick"',
  ],
  [
    'a lesson is cancelled and the reason has "snow" in it',
    'booking.cancelled',
    'trigger.reason contains "snow"',
  ],
  [
    'an email comes in and the subject has "urgent" in it',
    'email.received',
    'trigger.subject contains "urgent"',
  ],
];
const IN_IT_STEPS: readonly [said: string, step: string][] = [
  ['notify me', 'notify.team'],
  ['post it in #front-desk', 'notify.slack'],
  ['add a note to the lead', 'crm.addNote'],
];

export const TEXT_IN_IT_CLASS: readonly Case[] = IN_IT.flatMap(([when, event, test]) =>
  IN_IT_STEPS.map(([step, action]): Case => [`When ${when}, ${step}`, event, `if(${test})[${action}]`]),
);

const SETTLED_WHO = ['buyer', 'guest', 'patient', 'student', 'member', 'tenant', 'lead', 'client'];
const SETTLED: readonly [said: string, status: string][] = [
  ['already qualified', 'qualified'],
  ['already a customer', 'customer'],
  ['already contacted', 'contacted'],
];

export const SETTLED_STATE_CLASS: readonly Case[] = SETTLED_WHO.flatMap((who) =>
  SETTLED.map(
    ([said, status]): Case => [
      `When a booking is made and the ${who} is ${said}, send the pre-visit checklist`,
      'booking.created',
      `if(trigger.lead.status eq "${status}")[email.send]`,
    ],
  ),
);

/** Twins: a reply by its kind cannot be tested; what was booked, not named, is no test. */
export const QUALIFIER_REFUSALS: readonly Refusal[] = [
  ['When a client replies with a question, notify me', 'replies with a question'],
  ['When a patient responds with a complaint, notify me', 'responds with a complaint'],
];
export const QUALIFIER_TWINS: readonly Case[] = [
  ['When someone books a call, notify me', 'booking.created', 'notify.team'],
  ['When a client replies, mark them as lost', 'email.received', 'crm.updateLead'],
  [
    'When a booking is made and the guest is a customer, notify me',
    'booking.created',
    'if(trigger.lead.status eq "customer")[notify.team]',
  ],
];

import type { Case } from '../table/case';
import {
  LEARNER_AT_LEAST_CLASS,
  LEARNER_COMPARISON_CLASS,
  LEARNER_OTHERWISE_CLASS,
  LEARNER_RECORD_CASES,
  LEARNER_SCHEDULE_CLASS,
  LEARNER_WAIT_CLASS,
} from './learner-forms';

/**
 * Requests written in English as a second language (session 28, h6): told by the lead as classes described from
 * misses of sealed set 19, without its requests. Each class is generated from its grammar's dimensions, so a form
 * nobody wrote yet is tested with the ones that were described.
 *
 * Trigger verbs: an event's verb in every inflection, tense, aspect and voice a learner writes it (bare, -s, past,
 * progressive, be/get + participle, "has been", "did"), after a subject with the article missing or odd ("some",
 * "any", none); a move to a status said with any verb of motion and preposition; a message to us said with any verb
 * of writing.
 */

/** A verb's forms, from its base, -s form, past and participle. */
const active = (base: string, s: string, past: string, ing: string): string[] => [
  base,
  s,
  past,
  `is ${ing}`,
  `was ${ing}`,
  `has ${past}`,
  `did ${base}`,
];
const passive = (base: string, done: string): string[] => [
  `is ${base}`,
  `is ${done}`,
  `gets ${done}`,
  `was ${done}`,
  `has been ${done}`,
  `is getting ${done}`,
  `is being ${done}`,
  `got ${done}`,
];

/** [trigger outline, subjects, verb phrases after the subject]. */
const EVENTS: readonly [trigger: string, subjects: readonly string[], verbs: readonly string[]][] = [
  [
    'workflow.failed',
    ['some workflow', 'a workflow', 'any automation', 'workflow', 'the run'],
    [...active('fail', 'fails', 'failed', 'failing'), 'is failed', 'was failed', 'has been failed'],
  ],
  [
    'file.updated',
    ['any file', 'a file', 'some document', 'file', 'the contract'],
    [...passive('update', 'updated'), ...passive('upload', 'uploaded').slice(1, 4)],
  ],
  ['invoice.paid', ['the invoice', 'some invoice', 'invoice', 'any bill'], passive('pay', 'paid')],
  [
    'invoice.paid',
    ['a client', 'client', 'some customer'],
    active('pay', 'pays', 'paid', 'paying').map((v) => `${v} the invoice`),
  ],
  [
    'booking.cancelled',
    ['a meeting', 'some appointment', 'the booking', 'meeting'],
    passive('cancel', 'cancelled'),
  ],
  [
    'booking.created',
    ['a meeting', 'an appointment', 'some call', 'appointment'],
    passive('book', 'booked').filter((v) => v !== 'is getting booked'),
  ],
  [
    'booking.created',
    ['a client', 'client', 'some lead', 'a customer'],
    active('book', 'books', 'booked', 'booking').map((v) => `${v} a call`),
  ],
  ['form.submitted', ['a form', 'the contact form', 'some survey', 'form'], passive('submit', 'submitted')],
  [
    'email.received',
    ['a client', 'client', 'some customer', 'a lead'],
    [
      'writes us email',
      'write us an email',
      'wrote us a mail',
      'is writing us',
      'writes to us',
      'send email to us',
      'sends us a message',
      'sent an email to us',
      'has sent us an email',
      'is sending us a mail',
      'did send us a message',
      'send to us',
      ...active('reply', 'replies', 'replied', 'replying'),
    ],
  ],
  [
    'lead.updated {"changes.status.to":["customer"]}',
    ['a lead', 'lead', 'some lead', 'the prospect'],
    [
      'pass to the status customer',
      'passes to status customer',
      'passed in customer',
      'is passing to the stage customer',
      'is passed to customer',
      'goes to the status client',
      'went in the stage won',
      'is put on won',
      'gets moved to customer',
      'has been changed to the status customer',
      'is switched in customer',
      'enter in the status customer',
      'turns in customer',
    ],
  ],
  [
    'lead.updated {"changes.status.to":["lost"]}',
    ['a lead', 'lead', 'any client'],
    [
      'is put on lost',
      'pass to the status lost',
      'goes in lost',
      'was moved to the stage lost',
      'is changed in the status lost',
    ],
  ],
  // false friends of the events' verbs, by meaning
  [
    'booking.cancelled',
    ['a meeting', 'the appointment', 'some booking'],
    passive('annul', 'annulled').slice(1, 6),
  ],
  [
    'booking.created',
    ['a booking', 'a reservation', 'some appointment'],
    passive('realize', 'realized').slice(1, 6),
  ],
  ['invoice.created', ['an invoice', 'the invoice', 'some invoice'], passive('emit', 'emitted').slice(1, 6)],
  [
    'invoice.overdue',
    ['the invoice', 'an invoice', 'some invoice', 'invoice'],
    ['is expired', 'expires', 'has expired', 'was expired', 'expired', 'is expiring'],
  ],
  [
    'workflow.failed',
    ['a workflow', 'some automation', 'the run'],
    [
      'give an error',
      'gives an error',
      'gave an error',
      'is giving an error',
      'returns an error',
      'throws an error',
    ],
  ],
  [
    'lead.updated {"changes.status.to":["qualified"]}',
    ['the status of a lead', 'the status of the client', 'the stage of some lead', "a lead's status"],
    [
      'pass to qualified',
      'passes to qualified',
      'changes to qualified',
      'goes to qualified',
      'is passing to qualified',
      'becomes qualified',
      'moved to qualified',
    ],
  ],
  [
    'email.received',
    ['one lead', 'one client'],
    ['answer to our email', 'writes to support', 'is writing to the support'],
  ],
  [
    'webhook:stripe',
    ['Stripe'],
    [
      'is sending the webhook',
      'send the webhook',
      'sent a webhook',
      'has sent us a webhook',
      'sends webhook',
    ],
  ],
];

const LEADS = ['When', 'Whenever', 'If', 'Each time', 'As soon as', 'Every time'];
const ACTIONS: readonly [said: string, step: string][] = [
  ['notify the team', 'notify.team'],
  ['post it in #ops', 'notify.slack'],
  ['tell to Olga', 'notify.team'],
];

/** Every subject × verb form of each event, with a rotating introducing word and action, and the action first. */
const triggerCases = (): Map<string, Case[]> => {
  const groups = new Map<string, Case[]>();
  let n = 0;
  for (const [trigger, subjects, verbs] of EVENTS) {
    const cases = groups.get(trigger) ?? [];
    for (const subject of subjects)
      for (const verb of verbs) {
        const lead = LEADS[n % LEADS.length] ?? 'When';
        const [said, step] = ACTIONS[n % ACTIONS.length] ?? ACTIONS[0] ?? ['notify the team', 'notify.team'];
        const event = `${subject} ${verb}`;
        const prompt =
          n % 4 === 3
            ? `${said.charAt(0).toUpperCase()}${said.slice(1)} ${lead.toLowerCase()} ${event}`
            : `${lead} ${event}, ${said}`;
        cases.push([prompt, trigger, step]);
        n++;
      }
    groups.set(trigger, cases);
  }
  return groups;
};

export const LEARNER_TRIGGER_CLASS: ReadonlyMap<string, readonly Case[]> = triggerCases();

/** Learner forms of verbs no event says, or of statuses no lead has: refused, never read as another event. */
export const LEARNER_TRIGGER_REFUSALS: readonly string[] = [
  'a lead is eaten',
  'some workflow is sleeping',
  'a client is writing a review',
  'a lead pass to the status vip',
  'a lead pass the exam',
  'a lead go to the meeting',
  'a lead is put in the list',
  'a client write a note',
  'some client is paid',
  'a client is emailed',
].flatMap((event, i) => [
  `When ${event}, notify the team`,
  `${i % 2 ? 'Post in #ops' : 'Notify the team'} if ${event}`,
]);

/**
 * Actions said with false friends and calques, mapped by meaning to the catalogue's actions: a meeting taken or
 * made, a note registered, a state changed "in" a status, a tag put "on" someone, a person told "to", reminders
 * "remembered" or "relaunched", a message "made"; after an event whose record is a lead, with a second action.
 */
const CALQUES: readonly [step: string, phrases: readonly string[]][] = [
  [
    'calendar.schedule',
    [
      'make an appointment with him',
      'take a rendez-vous with him',
      'takes a rendez-vous with the client',
      'fix a meeting with him',
      'make a reunion with the client',
      'take an appointment with the lead',
    ],
  ],
  [
    'crm.addNote',
    [
      'register a note "warm contact"',
      'write a comment "hot lead"',
      'leave an observation "from the fair"',
      'make a note "to follow"',
      'insert a note "priority"',
    ],
  ],
  [
    'crm.updateLead',
    [
      'change the state of the client in customer',
      'pass him in qualified',
      'put the lead on lost',
      'change the stage of him to qualified',
      'modify the status of the lead in contacted',
      'put the tag instagram on him',
      'put him the tag vip',
      'give him the label hot',
      'apply the tag promo to the client',
      'put a tag partner to him',
      'attach the label fair on the lead',
    ],
  ],
  [
    'notify.team',
    [
      'tell to Olga',
      'inform to the manager',
      'warn the financial',
      'intimate Olga',
      'advise the team',
      'alert to Marco',
    ],
  ],
  [
    'email.send',
    [
      'warn the client',
      'inform him',
      'advise the customer',
      'prevent the client',
      'notify the client',
      'alert him by email',
      'make him a welcome email',
      'do him a thank you email',
      'send to the client a reminder',
      'send to him a welcome email',
      'send to the lead a short message',
    ],
  ],
];

const CALQUE_TRIGGERS: readonly [said: string, trigger: string][] = [
  ['When a new lead arrives', 'lead.created'],
  ['When a lead pass to the status qualified', 'lead.updated {"changes.status.to":["qualified"]}'],
  ['If some lead is put on won', 'lead.updated {"changes.status.to":["customer"]}'],
  ['Each time a client send us a message', 'email.received'],
];

const SECOND: readonly ((first: string) => string)[] = [
  (a) => `${a} and notify the team`,
  (a) => `${a}, then notify the team`,
  (a) => `notify the team and ${a}`,
];

const calqueCases = (): Map<string, Case[]> => {
  const groups = new Map<string, Case[]>();
  let n = 0;
  for (const [step, phrases] of CALQUES) {
    const cases: Case[] = [];
    for (const phrase of phrases)
      for (const [said, trigger] of CALQUE_TRIGGERS) {
        const k = n % (SECOND.length + 1);
        const second = SECOND[k - 1];
        const steps = !second ? step : k === 3 ? `notify.team; ${step}` : `${step}; notify.team`;
        // a second notify.team beside a notify.team is one action said twice: only the first frame for those
        if (step === 'notify.team' && second) {
          n++;
          continue;
        }
        cases.push([`${said}, ${second ? second(phrase) : phrase}`, trigger, steps]);
        n++;
      }
    groups.set(step, cases);
  }
  return groups;
};

export const LEARNER_ACTION_CLASS: ReadonlyMap<string, readonly Case[]> = calqueCases();

/** Reminders "remembered" or "relaunched" when an invoice is late, and over many clients on a schedule. */
export const LEARNER_REMINDER_CASES: readonly Case[] = [
  'remember the client',
  'relaunch the client',
  'remember him to pay',
  'relaunch him',
  'remind to the client',
].flatMap((said): Case[] => [
  [`When an invoice is overdue, ${said}`, 'invoice.overdue', 'invoice.sendReminder'],
  [
    `If some invoice is overdue 14 days or more, ${said}`,
    'invoice.overdue',
    'if(trigger.daysOverdue gte 14)[invoice.sendReminder]',
  ],
]);

/** Verbs of the calques with an object no action takes: refused, never mapped to the nearest action. */
export const LEARNER_ACTION_REFUSALS: readonly string[] = [
  'take a photo of him',
  'remember to smile',
  'put the tag on him',
  'pass him in the hall',
  'make a reunion of the team',
  'relaunch the campaign',
  'do him a coffee',
  'put the client in the list',
].map((said) => `When a new lead arrives, ${said}`);

/** Every wording of every class, for the bench. */
export const LEARNER_PRODUCT: readonly Case[] = [
  LEARNER_TRIGGER_CLASS,
  LEARNER_SCHEDULE_CLASS,
  LEARNER_COMPARISON_CLASS,
  LEARNER_OTHERWISE_CLASS,
  LEARNER_AT_LEAST_CLASS,
  LEARNER_ACTION_CLASS,
  new Map([['reminders', LEARNER_REMINDER_CASES]]),
  LEARNER_WAIT_CLASS,
  new Map([['records', LEARNER_RECORD_CASES]]),
].flatMap((groups) => [...groups.values()].flat());

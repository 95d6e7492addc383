import type { Case } from '../table/case';

/**
 * Record actions as office staff write them (session 25): a lead's value reset ("reset the lead's value to zero",
 * "zero out the deal value"), a lead put on file ("put them in the CRM as a new lead", "set them up as a lead in the
 * CRM", "log them in the CRM as a lead"), a tag, a payment reminder said around the customer, a draft sent to a
 * colleague for review ("send the draft to Meera for checking" had emailed the draft to the customer), an email said as
what we want sent ("I want an email sent to them"). Each action
 * with the triggers whose record it acts on × where the action stands × what follows it.
 */

const GROUPS: readonly [
  group: string,
  step: string,
  triggers: readonly (readonly [phrase: string, outline: string])[],
  wordings: readonly string[],
][] = [
  [
    'a value reset',
    'crm.updateLead',
    [
      ['a deal is lost', 'lead.updated {"changes.status.to":["lost"]}'],
      ['a new lead comes in', 'lead.created'],
    ],
    [
      "reset the lead's value to zero",
      'reset the deal value to 0',
      "zero out the lead's value",
      'set their deal value to 0',
      "change the lead's value to 5,000",
      'reset their value to nothing',
    ],
  ],
  [
    'a lead put on file',
    'crm.createLead',
    [
      ['someone books an appointment through the website', 'booking.created'],
      ['an enquiry form is submitted', 'form.submitted'],
    ],
    [
      'add them to the CRM as a lead',
      'put them in the CRM as a new lead',
      'save them as a lead in the CRM',
      'log them in the CRM as a lead',
      'set them up as a lead in the CRM',
      'enter them in the CRM',
      'record them as a new lead',
      'create a new lead for them',
    ],
  ],
  [
    'a tag',
    'crm.updateLead',
    [
      ['a new lead is created', 'lead.created'],
      ['a lead replies', 'email.received'],
    ],
    ['tag it as spring-intake', 'add the spring-intake tag to the lead', 'label them spring-intake'],
  ],
  [
    'a draft sent to a colleague for review',
    'email.draft; notify.team',
    [
      ['a customer emails in with a question', 'email.received'],
      ['a reply comes in', 'email.received'],
    ],
    [
      'draft a reply and send the draft to Meera for checking',
      'draft an answer and send it to Anna for review',
      'write a draft response, then forward it to my manager to check',
      'draft a reply and pass it on to the team for approval',
    ],
  ],
  [
    'an email said as what we want sent',
    'email.send',
    [
      ['a new lead comes in', 'lead.created'],
      ['someone books a call', 'booking.created'],
    ],
    [
      'I want an email sent to them',
      'we need a welcome email to go out to them',
      "I'd like a follow-up email sent to them",
      'I want a confirmation email to them',
    ],
  ],
  [
    'a payment reminder',
    'invoice.sendReminder',
    [
      ['an invoice goes past its due date', 'invoice.overdue'],
      ['an invoice becomes overdue', 'invoice.overdue'],
    ],
    [
      'the customer should get a reminder',
      'send the customer a reminder',
      'chase the client for payment',
      'a reminder should go out to the customer',
    ],
  ],
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const ORDERS: readonly ((trigger: string, action: string) => [prompt: string, then: string])[] = [
  (t, a) => [`When ${t}, ${a}`, ''],
  (t, a) => [`Whenever ${t}, pls ${a}`, ''],
  (t, a) => [`${cap(t)} → ${a}`, ''],
  (t, a) => [`When ${t}, ${a} and notify the team`, '; notify.team'],
  (t, a) => [`Hi, every time ${t}, ${a}. Thanks`, ''],
];

const wording = (step: string, trigger: readonly [string, string], action: string, o: number): Case => {
  const [prompt, then] = (ORDERS[o % ORDERS.length] ?? ORDERS[0])?.(trigger[0], action) ?? ['', ''];
  return [prompt, trigger[1], `${step}${then}`];
};

/** Each wording with every trigger of its group and every order (rotated), grouped by record action. */
export const RECORD_WORDING_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  GROUPS.map(([group, step, triggers, wordings]): [string, Case[]] => [
    group,
    wordings.flatMap((action, w) => [
      ...triggers.map((trigger, t) => wording(step, trigger, action, w + t)),
      ...ORDERS.map((_, o) => wording(step, triggers[(w + o) % triggers.length] ?? triggers[0]!, action, o)),
    ]),
  ]),
);

/** The full cross product, for the bench. */
export const RECORD_WORDING_PRODUCT: readonly Case[] = GROUPS.flatMap(([, step, triggers, wordings]) =>
  wordings.flatMap((action) =>
    triggers.flatMap((trigger) => ORDERS.map((_, o) => wording(step, trigger, action, o))),
  ),
);

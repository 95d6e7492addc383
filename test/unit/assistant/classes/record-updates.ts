import type { Case } from '../table/case';

/**
 * Records as actions, in everyday wordings, as a grammar of slots: the trigger × the record action (a note, a tag or
 * a list, a status, a deal value, an invoice, a meeting; each in the wordings people use: "log a note", "jot down a
 * note", "put them on the newsletter list", "mark them contacted", "move the deal to won", "bill them 300 EUR",
 * "issue a 250 EUR invoice", "book them in for a call") × what follows × the joint.
 */

const TRIGGERS: readonly [string, string][] = [
  ['When a new lead comes in', 'lead.created'],
  ['When a lead replies', 'email.received'],
  ['After someone books a call', 'booking.created'],
];

const RECORDS: readonly [step: string, wordings: readonly string[]][] = [
  [
    'crm.addNote',
    [
      'log a note',
      'add a note',
      'jot down a note on the lead',
      'leave a comment on their record',
      'write a note saying "called"',
      'record a note on their profile',
      'make a note on the lead',
      'put a note in the CRM',
      'add an internal note to their timeline',
      'log a quick note in the CRM',
      'note down that they replied',
      'add a note to the contact saying they replied',
      'drop a note in the CRM',
      'write a note on their record',
    ],
  ],
  [
    'crm.updateLead',
    [
      'tag them as hot',
      'tag the lead "vip"',
      'add the tag hot',
      'label them as warm',
      'add a "webinar" tag',
      'give them the vip tag',
      'put them on the newsletter list',
      'add them to the newsletter list',
      'add them to the VIP segment',
      'apply the tag "hot"',
      'tag them with inbound',
      'tag as hot',
      'add hot as a tag',
      'mark them with the vip tag',
      'subscribe them to the newsletter',
      'put them in the VIP group',
      'add the hot label',
    ],
  ],
  [
    'crm.updateLead',
    [
      'mark the lead as contacted',
      'mark them contacted',
      'set the status to qualified',
      'move them to qualified',
      'change their stage to contacted',
      'update the lead status to won',
      'flag them as lost',
      'qualify them',
      'move the deal to won',
      'update their status to "contacted"',
      'switch them to customer',
      'set their status as qualified',
      'mark as contacted',
      'set them to qualified',
      'change status to won',
      'mark the lead contacted',
      'move them to the qualified stage',
      'move the lead to the "qualified" stage',
      'mark the deal as won',
      'mark them as a customer',
      'convert them to a customer',
    ],
  ],
  [
    'crm.updateLead',
    ['set the deal value to 5000', 'update their value to $2,000', 'change the lead value to 750'],
  ],
  [
    'invoice.create',
    [
      'create an invoice for 200 EUR',
      'send them an invoice for $150',
      'bill them 300 EUR',
      'invoice them for 99 USD',
      'raise an invoice of 500 EUR',
      'issue a 250 EUR invoice',
      'generate an invoice for €120',
      'send an invoice of 200 EUR',
      'prepare an invoice for 300 EUR',
      'charge them 50 EUR',
      'create a 300 EUR invoice',
      'send them a bill for 75 EUR',
    ],
  ],
  [
    'calendar.schedule',
    [
      'book a call with them',
      'schedule a 30 minute meeting',
      'set up a demo',
      'arrange a call',
      'put a meeting in the calendar',
      'add a call to the calendar',
      'book them in for a call',
      'book a meeting',
      'schedule a call with them for next week',
      'set a meeting with them',
      'book them a demo',
      'get a call in the calendar',
    ],
  ],
];

const THEN: readonly [string, string][] = [
  ['', ''],
  [' and notify the team', '; notify.team'],
  [', then send them a thank you email', '; email.send'],
];

const JOINS: readonly ((t: string, r: string) => string)[] = [
  (t, r) => `${t}, ${r}`,
  (t, r) => `${t}: ${r}`,
  (t, r) => `${t} → ${r}`,
];

const cases = (record: number): Case[] => {
  const [step, wordings] = RECORDS[record] ?? ['', []];
  return TRIGGERS.flatMap(([text, trigger]) =>
    trigger === 'booking.created' && step === 'calendar.schedule'
      ? []
      : wordings.flatMap((w) =>
          THEN.flatMap(([then, more]) =>
            JOINS.map((join): Case => [`${join(text, w)}${then}`, trigger, `${step}${more}`]),
          ),
        ),
  );
};

/** Each kind of record action, with every trigger, wording, follow-up and joint. */
export const RECORD_UPDATE_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  RECORDS.map(([, wordings], r): [string, Case[]] => [`${wordings[0]}`, cases(r)]),
);

/** The full cross product, for the bench. */
export const RECORD_UPDATE_PRODUCT: readonly Case[] = RECORDS.flatMap((_r, r) => cases(r));

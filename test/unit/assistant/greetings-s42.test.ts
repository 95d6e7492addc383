import { describe, expect, it } from 'vitest';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Words that open a message or ask for the request, not part of the rule (issue #16, sets 35–37): greetings of any
 * trade or country ("Hoi!", "Hiya,", "Kia ora,", "G'day team!"), who writes ("Hi, treasurer here."), and the workflow
 * asked to act ("… can it send them …", "pls"). None of them may be read as a step, a person or a filter.
 */

const GREETED: readonly Case[] = [
  ['Hoi! when a customer emails us back, set that lead to contacted pls', 'email.received', 'crm.updateLead'],
  ["G'day team! when a job is booked, email the customer a confirmation", 'booking.created', 'email.send'],
  [
    'Howdy, every monday at 8 send me a summary of last week on slack',
    'cron(0 8 ? * MON *)',
    'report.summarize; notify.slack',
  ],
  ['Kia ora, when a whanau pays their invoice email them a receipt', 'invoice.paid', 'email.send'],
  ['Hallo! when a patient books, tell Anja', 'booking.created', 'notify.team'],
  ['Hiya, when a new lead comes in email them', 'lead.created', 'email.send'],
  [
    'Yo, when a lead comes in with a budget over 5k, can it tell Ben',
    'lead.created',
    'if(trigger.lead.value gt 5000)[notify.team]',
  ],
];

const WRITER_SAID: readonly Case[] = [
  [
    'Hi! Sam from the front desk here. When a booking is cancelled, tell Mia',
    'booking.cancelled',
    'notify.team',
  ],
  ['Hi! Manager here. When a new lead comes in email them', 'lead.created', 'email.send'],
  ['Hi, treasurer here. When an invoice is paid, email them a receipt', 'invoice.paid', 'email.send'],
];

const CAN_IT: readonly Case[] = [
  [
    'when a new member gets added can it send them our welcome email with training times',
    'lead.created',
    'email.send',
  ],
  ['when a new patient signs up could it email them the intake form', 'lead.created', 'email.send'],
  ['when a booking is made, can it please post in slack', 'booking.created', 'notify.slack'],
  [
    'every friday at 4, could it send the team a summary of the week',
    'cron(0 16 ? * FRI *)',
    'report.summarize; notify.team',
  ],
  ['when a booking is cancelled pls tell Jo', 'booking.cancelled', 'notify.team'],
];

describe('a greeting before the rule', () => {
  it('GIVEN a greeting of any trade or country WHEN parsed THEN the rule after it is read', () => {
    expect(misread(GREETED)).toStrictEqual([]);
  });

  it('GIVEN a greeting word that starts the rule\'s own words ("Morning report: …") WHEN parsed THEN it is kept', () => {
    expect(
      misread([
        [
          'Morning report: every day at 8 summarise yesterday and post it in slack',
          'cron(0 8 * * ? *)',
          'report.summarize; notify.slack',
        ],
      ]),
    ).toStrictEqual([]);
  });
});

describe('who writes, said as its own sentence', () => {
  it('GIVEN "<who> here." before the rule WHEN parsed THEN it is not a person of the steps', () => {
    expect(misread(WRITER_SAID)).toStrictEqual([]);
  });

  it('GIVEN "put it here." (a step, not who writes) WHEN parsed THEN it is refused, quoted', () => {
    expect(notRefused([['Put it here. When a new lead comes in email them', 'put it here']])).toStrictEqual(
      [],
    );
  });
});

describe('the workflow asked to act', () => {
  it('GIVEN "can it / could it / pls" before a step WHEN parsed THEN the step is read', () => {
    expect(misread(CAN_IT)).toStrictEqual([]);
  });

  it('GIVEN "can it be …" with no step verb WHEN parsed THEN it is refused, quoted', () => {
    expect(
      notRefused([['when an invoice is paid can it be marked in the crm', 'be marked in the crm']]),
    ).toStrictEqual([]);
  });
});

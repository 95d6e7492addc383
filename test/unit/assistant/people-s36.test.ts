import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  AS_PERSON_CLASS,
  AS_PERSON_REFUSALS,
  DESCRIBED_GROUP_CLASS,
  DESCRIBED_GROUP_TWINS,
  ONE_EMAIL_CLASS,
  ONE_EMAIL_TWINS,
  PERSONS_STATUS_CLASS,
  PERSONS_STATUS_REFUSALS,
  UNPAID_CLASS,
} from './classes/people-s36';
import { misread, notRefused } from './misread';

describe('a group described before the tag in brackets', () => {
  it('GIVEN "email all the dog walking clients (tag: walks) a reminder" in many trades WHEN parsed THEN each one found by the tag is emailed, never the team, while a role of ours described so ("all the lawn care techs") is still the team', () => {
    expect([...misread(DESCRIBED_GROUP_CLASS), ...misread(DESCRIBED_GROUP_TWINS)]).toStrictEqual([]);
  });
});

describe('one email said by two purposes', () => {
  it('GIVEN "send the thank you + review request email" WHEN parsed THEN it is one email, and a purpose beside a step of its own stays two steps', () => {
    expect([...misread(ONE_EMAIL_CLASS), ...misread(ONE_EMAIL_TWINS)]).toStrictEqual([]);
  });
});

describe("someone new put on file in the trade's noun", () => {
  it('GIVEN "add them as a customer", "create them as a client" after a form WHEN parsed THEN a lead is created, while for a lead already on file it is refused, quoted, never a second lead', () => {
    expect([...misread(AS_PERSON_CLASS), ...notRefused(AS_PERSON_REFUSALS)]).toStrictEqual([]);
  });

  it('GIVEN "create them as a client" after a form WHEN parsed THEN the lead is created with the customer status', () => {
    const result = parsePrompt('When the waitlist form is filled out create them as a client');
    expect(result.ok && result.definition.steps[0]).toMatchObject({
      action: 'crm.createLead',
      input: { status: 'customer' },
    });
  });
});

describe('the status of the person an invoice is for', () => {
  it(`GIVEN "update the customer's status to customer" after an invoice event WHEN parsed THEN the lead's status is set, on a booking's or an email's lead too, and where the trigger has no one it stays refused`, () => {
    expect([...misread(PERSONS_STATUS_CLASS), ...notRefused(PERSONS_STATUS_REFUSALS)]).toStrictEqual([]);
  });
});

describe('people who have not paid their invoice', () => {
  it(`GIVEN "remind everyone who hasn't paid their invoice yet" on a schedule WHEN parsed THEN the unpaid invoices are found and each reminded`, () => {
    expect(misread(UNPAID_CLASS)).toStrictEqual([]);
    const result = parsePrompt("Every Monday at 8 remind everyone who hasn't paid their invoice yet");
    expect(result.ok && result.definition.steps[0]).toMatchObject({ input: { status: 'unpaid' } });
  });
});

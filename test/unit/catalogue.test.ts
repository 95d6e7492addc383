import { describe, expect, it } from 'vitest';
import { ACTION_NAMES, CATALOGUE, getAction } from '../../statemachines/catalogue';

const CONTRACT_ACTIONS = [
  'email.send',
  'email.draft',
  'crm.createLead',
  'crm.updateLead',
  'crm.addNote',
  'crm.findLeads',
  'calendar.schedule',
  'calendar.cancel',
  'invoice.create',
  'invoice.sendReminder',
  'invoice.markPaid',
  'notify.slack',
  'notify.team',
  'report.summarize',
  'http.request',
  'ai.task',
  'files.create',
  'knowledge.search',
  'log',
];

describe('the action catalogue', () => {
  it('GIVEN the public action names WHEN looked up THEN every one is registered under its own name', () => {
    for (const name of CONTRACT_ACTIONS) expect(getAction(name)?.name).toBe(name);
    for (const name of ACTION_NAMES) expect(CATALOGUE[name].name).toBe(name);
  });

  it('GIVEN an email.send input without a valid address WHEN parsed THEN the field "to" is named', () => {
    const result = CATALOGUE['email.send'].input.safeParse({ to: 'nope', subject: 'Hi', body: 'Hello' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['to']);
  });

  it('GIVEN a freshly loaded catalogue WHEN one action is read THEN only its schemas are built, once, and they validate', () => {
    // Building every action's schemas at import cost each Lambda's cold init; a function reads a few actions.
    const built = (name: (typeof ACTION_NAMES)[number]) =>
      ['input', 'output'].map((key) => typeof Object.getOwnPropertyDescriptor(CATALOGUE[name], key)?.get);
    for (const name of ACTION_NAMES) expect(built(name), name).toStrictEqual(['function', 'function']);

    const createLead = CATALOGUE['crm.createLead'];
    expect(createLead.input).toBe(createLead.input);
    expect(createLead.output).toBe(createLead.output);
    expect(createLead.input.safeParse({ email: 'ada@example.com', name: 'Ada' }).success).toBe(true);
    const refused = createLead.input.safeParse({ email: 'not an email' });
    expect(refused.success ? [] : refused.error.issues.map((i) => i.path.join('.'))).toStrictEqual(['email']);
  });
});

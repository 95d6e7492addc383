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
    const result = CATALOGUE['email.send'].input.safeParse({ to: 'nope', subject: 'Hi' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['to']);
  });
});

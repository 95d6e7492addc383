import { describe, expect, it } from 'vitest';
import { find, log, only, workflow } from '../support/validate-fixtures';

const onEvent = (event: string, condition: unknown) =>
  workflow([{ id: 'c', if: condition, then: [log('a', 'x')] }], { trigger: { type: 'event', event } });

describe("comparisons typed against the trigger event's schema", () => {
  it.each([
    ['lead.created', { path: 'trigger.lead.value', gt: '10000 notify the team' }, 'gt'],
    ['invoice.paid', { path: 'trigger.invoice.totalCents', gte: 'lots' }, 'gte'],
    ['invoice.overdue', { path: 'trigger.daysOverdue', gt: '30' }, 'gt'],
    ['lead.created', { path: 'trigger.lead.name', gt: 'abc' }, 'gt'],
    ['lead.created', { path: 'trigger.lead.email', lt: 5 }, 'lt'],
    ['booking.created', { path: 'trigger.booking.attendeeEmail', gt: 'x' }, 'gt'],
  ])(
    'GIVEN a %s trigger and %j WHEN validated THEN the comparison is a type mismatch at its operator',
    (event, condition, op) => {
      expect(only(onEvent(event, condition))).toStrictEqual([
        { path: `$.steps[0].if.${op}`, code: 'type-mismatch' },
      ]);
    },
  );

  it.each([
    ['lead.created', { path: 'trigger.lead.value', gt: 10000 }],
    ['lead.created', { path: 'trigger.lead.createdAt', gt: '2026-01-01T00:00:00Z' }],
    ['lead.created', { path: 'trigger.lead.name', startsWith: 'Dr' }],
    ['lead.created', { path: 'trigger.lead.customScore', gt: 5 }],
    ['form.submitted', { path: 'trigger.fields.budget', gt: 5000 }],
    ['lead.updated', { path: 'trigger.changes.status.to', eq: 'customer' }],
  ])(
    'GIVEN a %s trigger and %j WHEN validated THEN it is accepted (typed right, or a field the schema leaves open)',
    (event, condition) => {
      expect(only(onEvent(event, condition))).toStrictEqual([]);
    },
  );

  it('GIVEN a text field ordered against text WHEN validated THEN the message says what "gt" compares', () => {
    const issue = find(
      onEvent('lead.created', { path: 'trigger.lead.company', gt: 'Acme' }),
      'type-mismatch',
    );
    expect(issue.message).toBe(
      'trigger.lead.company is text; "gt" compares numbers or timestamps, and "Acme" is neither (use eq, contains or startsWith for text)',
    );
  });
});

describe('comparisons on a list or an object: membership and presence only', () => {
  it.each([
    ['lead.created', { path: 'trigger.lead.tags', eq: 'vip' }, 'eq'],
    ['lead.updated', { path: 'trigger.lead.tags', in: ['vip', 'gold'] }, 'in'],
    ['lead.created', { path: 'trigger.lead.tags', startsWith: 'v' }, 'startsWith'],
    ['lead.created', { path: 'trigger.lead.tags', contains: 5 }, 'contains'],
    ['invoice.created', { path: 'trigger.invoice.lines', contains: 'Setup' }, 'contains'],
    ['lead.created', { path: 'trigger.lead', eq: 'Ann' }, 'eq'],
    ['lead.created', { path: 'trigger.lead', contains: 'Ann' }, 'contains'],
    ['lead.created', { path: 'trigger.lead.name', contains: 5 }, 'contains'],
  ])(
    'GIVEN a %s trigger and %j WHEN validated THEN the comparison is a type mismatch at its operator',
    (event, condition, op) => {
      expect(only(onEvent(event, condition))).toStrictEqual([
        { path: `$.steps[0].if.${op}`, code: 'type-mismatch' },
      ]);
    },
  );

  it.each([
    ['lead.created', { path: 'trigger.lead.tags', exists: true }],
    ['lead.created', { path: 'trigger.lead.tags', contains: 'vip' }],
    ['lead.updated', { not: { path: 'trigger.lead.tags', contains: 'truck accident' } }],
    ['lead.created', { path: 'trigger.lead.name', contains: 'Ltd' }],
  ])('GIVEN a %s trigger and %j WHEN validated THEN it is accepted', (event, condition) => {
    expect(only(onEvent(event, condition))).toStrictEqual([]);
  });

  it('GIVEN "eq" on a list WHEN validated THEN the message says it can never be true and names "contains" with the path', () => {
    const issue = find(onEvent('lead.created', { path: 'trigger.lead.tags', eq: 'vip' }), 'type-mismatch');
    expect(issue.message).toBe(
      'trigger.lead.tags is a list; "eq" compares one value (text, a number or a timestamp), so it can never be true (to test whether the list holds a value, use "contains": { "path": "trigger.lead.tags", "contains": "vip" })',
    );
  });

  it('GIVEN "contains" with a number on a list of text WHEN validated THEN the message says the list holds text', () => {
    const issue = find(onEvent('lead.created', { path: 'trigger.lead.tags', contains: 5 }), 'type-mismatch');
    expect(issue.message).toBe('trigger.lead.tags is a list of text; it can never hold 5 (use a text value)');
  });

  it('GIVEN "contains" on a list of records WHEN validated THEN the message says membership is for text or numbers', () => {
    const issue = find(
      onEvent('invoice.created', { path: 'trigger.invoice.lines', contains: 'Setup' }),
      'type-mismatch',
    );
    expect(issue.message).toBe(
      'trigger.invoice.lines is a list of records; "contains" tests whether a list of text or numbers holds a value, so it can never be true here',
    );
  });
});

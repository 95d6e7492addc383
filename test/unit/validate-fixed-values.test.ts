import { describe, expect, it } from 'vitest';
import { find, log, only, workflow } from '../support/validate-fixtures';

const onEvent = (event: string, filter: unknown, steps: unknown[] = [log('a', 'x')]) =>
  workflow(steps, { trigger: { type: 'event', event, ...(filter ? { filter } : {}) } });
const condition = (event: string, cond: unknown) =>
  onEvent(event, undefined, [{ id: 'c', if: cond, then: [log('a', 'x')] }]);
const waitFor = (event: string, match: unknown) =>
  workflow([{ id: 'w', waitFor: { event, match, timeout: 'P1D' } }], {
    trigger: { type: 'event', event: 'lead.created' },
  });

describe('fields that hold one of a fixed set of values (a lead, invoice or booking status)', () => {
  it.each([
    ['lead.created', { 'lead.status': ['custmer'] }, '$.trigger.filter["lead.status"][0]'],
    ['lead.updated', { 'changes.status.to': ['won'] }, '$.trigger.filter["changes.status.to"][0]'],
    ['lead.updated', { changes: { status: { to: ['Customer'] } } }, '$.trigger.filter.changes.status.to[0]'],
    ['invoice.paid', { 'invoice.status': ['payed'] }, '$.trigger.filter["invoice.status"][0]'],
    ['booking.created', { 'lead.status': ['new', 'hot'] }, '$.trigger.filter["lead.status"][1]'],
  ])(
    'GIVEN a %s trigger filtered on %j WHEN validated THEN the value outside the set is an unknown-value at %s',
    (event, filter, path) => {
      expect(only(onEvent(event, filter))).toStrictEqual([{ path, code: 'unknown-value' }]);
    },
  );

  it.each([
    ['lead.created', { 'lead.status': ['customer', 'qualified'] }],
    ['lead.updated', { 'changes.status.to': ['customer'] }],
    ['lead.updated', { 'lead.status': [{ 'anything-but': ['lost'] }] }],
    ['lead.created', { 'lead.status': [{ prefix: 'cust' }] }],
    ['lead.created', { 'lead.source': ['website'] }],
    ['form.submitted', { 'fields.status': ['whatever'] }],
    ['webhook.received', { 'payload.status': ['paid'] }],
  ])(
    'GIVEN a %s trigger filtered on %j WHEN validated THEN it is accepted (in the set, not an exact value, or a free field)',
    (event, filter) => {
      expect(only(onEvent(event, filter))).toStrictEqual([]);
    },
  );

  it('GIVEN a misspelt status in a filter WHEN validated THEN the message lists the set and suggests the closest value', () => {
    expect(find(onEvent('lead.created', { 'lead.status': ['qualifed'] }), 'unknown-value').message).toBe(
      'lead.status is one of new, contacted, qualified, customer, lost; "qualifed" never matches; did you mean "qualified"?',
    );
  });

  it.each([
    [{ path: 'trigger.lead.status', eq: 'won' }, 'eq'],
    [{ path: 'trigger.lead.status', ne: 'Lost' }, 'ne'],
    [{ path: 'trigger.lead.status', in: ['new', 'hot'] }, 'in'],
    [{ path: 'trigger.changes.status.to', eq: 'custmer' }, 'eq'],
  ])(
    'GIVEN a lead.updated condition %j WHEN validated THEN the value outside the set is an unknown-value at its operator',
    (cond, op) => {
      expect(only(condition('lead.updated', cond))).toStrictEqual([
        { path: `$.steps[0].if.${op}`, code: 'unknown-value' },
      ]);
    },
  );

  it.each([
    { path: 'trigger.lead.status', eq: 'customer' },
    { path: 'trigger.lead.status', in: ['new', 'contacted'] },
    { path: 'trigger.lead.status', startsWith: 'c' },
    { path: 'trigger.lead.status', exists: true },
    { path: 'trigger.changes.status.from', ne: 'lost' },
  ])('GIVEN a lead.updated condition %j WHEN validated THEN it is accepted', (cond) => {
    expect(only(condition('lead.updated', cond))).toStrictEqual([]);
  });

  it('GIVEN a waitFor matching a literal status outside the set WHEN validated THEN it is an unknown-value; a reference is not checked', () => {
    expect(only(waitFor('invoice.paid', { 'invoice.status': 'payed' }))).toStrictEqual([
      { path: '$.steps[0].waitFor.match["invoice.status"]', code: 'unknown-value' },
    ]);
    expect(only(waitFor('invoice.paid', { 'invoice.status': 'paid' }))).toStrictEqual([]);
    expect(only(waitFor('lead.updated', { 'lead.status': '{{trigger.lead.status}}' }))).toStrictEqual([]);
  });
});

describe("lead.updated's changes: the fields an update can change", () => {
  it.each(['email', 'name', 'company', 'phone', 'source', 'status', 'value', 'tags', 'fields'])(
    'GIVEN a filter on changes.%s.to WHEN validated THEN it is accepted',
    (field) => {
      expect(only(onEvent('lead.updated', { [`changes.${field}.to`]: [{ exists: true }] }))).toStrictEqual(
        [],
      );
    },
  );

  it('GIVEN a filter on a misspelt change WHEN validated THEN it is an unknown-field naming the whole path it meant', () => {
    const issue = find(onEvent('lead.updated', { 'changes.stauts.to': ['customer'] }), 'unknown-field');
    expect(issue.path).toBe('$.trigger.filter["changes.stauts.to"]');
    expect(issue.message).toContain('did you mean "changes.status.to"?');
    expect(issue.message).toContain(
      '"changes" has: email, name, company, phone, source, status, value, tags, fields',
    );
  });

  it('GIVEN a field no update changes (createdAt) or a key under a change other than from/to WHEN validated THEN each is an unknown-field', () => {
    expect(only(onEvent('lead.updated', { 'changes.createdAt.to': [{ exists: true }] }))).toStrictEqual([
      { path: '$.trigger.filter["changes.createdAt.to"]', code: 'unknown-field' },
    ]);
    expect(only(onEvent('lead.updated', { 'changes.status.new': ['customer'] }))).toStrictEqual([
      { path: '$.trigger.filter["changes.status.new"]', code: 'unknown-field' },
    ]);
  });

  it('GIVEN a custom field that changed WHEN filtered on changes.fields.to.<key> THEN it is accepted (custom fields are free)', () => {
    expect(only(onEvent('lead.updated', { 'changes.fields.to.plan': ['gold'] }))).toStrictEqual([]);
  });
});

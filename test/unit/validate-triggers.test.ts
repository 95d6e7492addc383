import { describe, expect, it } from 'vitest';
import { find, issues, type Json, log, only, workflow } from '../support/validate-fixtures';

describe('trigger filter fields', () => {
  const filtered = (event: string, filter: Json) =>
    workflow([log('a', 'x')], { trigger: { type: 'event', event, filter } });

  it('GIVEN a filter on a field the event does not carry WHEN validated THEN unknown-field at that key with a did-you-mean', () => {
    const def = filtered('email.received', { leadid: [{ exists: true }] });
    expect(only(def)).toStrictEqual([{ path: '$.trigger.filter.leadid', code: 'unknown-field' }]);
    expect(find(def, 'unknown-field').message).toMatch(/did you mean "leadId"\?/);
  });

  it('GIVEN unknown fields in dotted keys, nested objects and $or branches WHEN validated THEN each is reported where it is written', () => {
    const def = filtered('lead.created', {
      'lead.stauts': ['new'],
      lead: { vaule: [{ numeric: ['>', 5] }] },
      $or: [{ 'lead.source': ['web'] }, { 'lead.compnay': ['Acme'] }],
    });
    expect(only(def)).toStrictEqual([
      { path: '$.trigger.filter["lead.stauts"]', code: 'unknown-field' },
      { path: '$.trigger.filter.lead.vaule', code: 'unknown-field' },
      { path: '$.trigger.filter.$or[1]["lead.compnay"]', code: 'unknown-field' },
    ]);
    const messages = issues(def).map((i) => i.message);
    expect(messages[0]).toMatch(/did you mean "lead.status"\?/);
    expect(messages[1]).toMatch(/did you mean "lead.value"\?/);
    expect(messages[2]).toMatch(/did you mean "lead.company"\?/);
  });

  it('GIVEN filters on declared fields, list elements, free-form content and tenantId WHEN validated THEN they are accepted', () => {
    expect(
      issues(filtered('invoice.overdue', { 'invoice.lines.description': [{ prefix: 'Audit' }] })),
    ).toStrictEqual([]);
    expect(
      issues(filtered('form.submitted', { fields: { company: ['Acme'] }, source: ['typeform'] })),
    ).toStrictEqual([]);
    expect(
      issues(filtered('lead.updated', { 'changes.status.to': ['qualified'], tenantId: ['t'] })),
    ).toStrictEqual([]);
    expect(issues(filtered('email.sent', { kind: ['message'], 'lead.status': ['new'] }))).toStrictEqual([]);
  });

  it('GIVEN a webhook trigger filter WHEN validated THEN its payload fields are not checked', () => {
    const def = workflow([log('a', 'x')], {
      trigger: { type: 'webhook', source: 'stripe', filter: { 'payload.anything': ['x'] } },
    });
    expect(issues(def)).toStrictEqual([]);
  });
});

describe('triggers', () => {
  it('GIVEN an unknown trigger event and a bad filter WHEN validated THEN both are reported with paths into the filter', () => {
    const def = workflow([log('a', 'x')], {
      trigger: {
        type: 'event',
        event: 'lead.create',
        filter: { 'lead.status': 'new', lead: { value: [{ numeric: ['>>', 5] }] } },
      },
    });
    const all = only(def);
    expect(all[0]).toStrictEqual({ path: '$.trigger.event', code: 'unknown-event' });
    expect(all.filter((i) => i.code === 'bad-filter').length).toBeGreaterThanOrEqual(2);
    expect(all.every((i) => i.path.startsWith('$.trigger'))).toBe(true);
  });

  it.each([
    [{ cron: '0 17 * * *' }, '$.trigger.cron', 'bad-cron'],
    [{ rate: '30 seconds' }, '$.trigger.rate', 'bad-rate'],
    [{ at: 'tomorrow' }, '$.trigger.at', 'bad-at'],
    [{ rate: '1 day', timezone: 'Europe/Berlinn' }, '$.trigger.timezone', 'bad-timezone'],
    [{ rate: '1 day', cron: '0 17 * * ? *' }, '$.trigger', 'bad-schedule'],
    [{}, '$.trigger', 'bad-schedule'],
  ])('GIVEN schedule %j WHEN validated THEN %s is reported as %s', (schedule, path, code) => {
    expect(only(workflow([log('a', 'x')], { trigger: { type: 'schedule', ...schedule } }))).toStrictEqual([
      { path, code },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { find, issues, type Json, only, send, workflow } from '../support/validate-fixtures';

describe('actions and their inputs', () => {
  it('GIVEN a misspelt action WHEN validated THEN the closest catalogue name is suggested', () => {
    const i = find(workflow([{ id: 'a', action: 'email.sned', input: {} }]), 'unknown-action');
    expect(i.path).toBe('$.steps[0].action');
    expect(i.message).toContain('did you mean "email.send"');
  });

  it('GIVEN an input that breaks the action schema WHEN validated THEN each bad field has its own path', () => {
    expect(only(workflow([send('a', { to: 'nobody', subject: '' })]))).toStrictEqual([
      { path: '$.steps[0].input.to', code: 'bad-input' },
      { path: '$.steps[0].input.subject', code: 'bad-input' },
    ]);
  });

  it('GIVEN a missing required input WHEN validated THEN it is reported at the input key', () => {
    expect(only(workflow([{ id: 'a', action: 'crm.addNote', input: { text: 'x' } }]))).toStrictEqual([
      { path: '$.steps[0].input.leadId', code: 'bad-input' },
    ]);
  });

  it('GIVEN an unknown input WHEN validated THEN the action inputs are listed', () => {
    const i = find(workflow([send('a', { bcc: 'x@example.com' })]), 'unknown-input');
    expect(i.path).toBe('$.steps[0].input.bcc');
    expect(i.message).toContain('did you mean "cc"');
  });

  it('GIVEN whole references where numbers, lists and emails are expected WHEN validated THEN they are accepted', () => {
    const def = workflow([
      { id: 'find', action: 'crm.findLeads', input: {} },
      {
        id: 'inv',
        action: 'invoice.create',
        input: {
          customerEmail: '{{trigger.lead.email}}',
          currency: 'EUR',
          lines: '{{trigger.lead.lines}}',
          dueInDays: '{{steps.find.count}}',
        },
      },
    ]);
    expect(issues(def)).toStrictEqual([]);
  });

  it('GIVEN whole references of a known but wrong type WHEN validated THEN each mismatch is reported at its input', () => {
    const def = workflow([
      { id: 'find', action: 'crm.findLeads', input: {} },
      send('mail', {
        to: '{{steps.find.count}}',
        subject: '{{steps.find.leads}}',
        cc: ['{{steps.find.leads.0.email}}'],
      }),
      {
        id: 'page',
        action: 'crm.findLeads',
        input: { limit: '{{steps.find.count}}', tag: '{{steps.find.leads.0.name}}' },
      },
    ]);
    expect(only(def)).toStrictEqual([
      { path: '$.steps[1].input.to', code: 'type-mismatch' },
      { path: '$.steps[1].input.subject', code: 'type-mismatch' },
    ]);
    expect(find(def, 'type-mismatch').message).toBe(
      '{{steps.find.count}} is a number, but this input needs text (a string); put text around it to make a string',
    );
    // a list or an object does not become text with text around it (States.Format takes single values): the hint
    // says what does, as the same reference inside text does
    expect(issues(def).find((i) => i.path === '$.steps[1].input.subject')?.message).toBe(
      '{{steps.find.leads}} is a list, but this input needs text (a string); text holds one value: use {{steps.find.text}} (the list as text), or use forEach and {{item.<field>}}, or {{steps.find.leads.0.<field>}}',
    );
  });

  it("GIVEN a form's fields (an object) as a whole text input WHEN validated THEN the hint names a field, as it does inside text", () => {
    const def = workflow(
      [
        {
          id: 'save',
          action: 'files.create',
          input: { name: 'a.txt', folder: '/f', content: '{{trigger.fields}}' },
        },
      ],
      { trigger: { type: 'event', event: 'form.submitted' } },
    );
    expect(find(def, 'type-mismatch').message).toBe(
      '{{trigger.fields}} is an object, but this input needs text (a string); text holds one value: name a field, as in {{trigger.fields.<field>}}',
    );
  });

  it('GIVEN a text template where a number is expected WHEN validated THEN it is refused (templates are text)', () => {
    const def = workflow([{ id: 'a', action: 'crm.findLeads', input: { limit: '{{steps.x.count}} leads' } }]);
    expect(only(def)).toContainEqual({ path: '$.steps[0].input.limit', code: 'bad-input' });
  });

  it('GIVEN an action that publishes the trigger event with no filter WHEN validated THEN the endless loop is reported', () => {
    const def = workflow([{ id: 'a', action: 'crm.updateLead', input: { leadId: '{{trigger.lead.id}}' } }], {
      trigger: { type: 'event', event: 'lead.updated' },
    });
    expect(only(def)).toStrictEqual([{ path: '$.steps[0].action', code: 'self-trigger-loop' }]);
    const filtered = {
      ...def,
      trigger: { type: 'event', event: 'lead.updated', filter: { 'lead.status': ['new'] } },
    };
    expect(issues(filtered)).toStrictEqual([]);
  });
});

describe('events.emit of a platform event', () => {
  const emit = (event: string, detail?: Json, id = 'tell'): Json => ({
    id,
    action: 'events.emit',
    input: { event, ...(detail ? { detail } : {}) },
  });

  it('GIVEN an emitted lead.updated without changes WHEN validated THEN the missing field is named at the detail', () => {
    const def = workflow([emit('lead.updated', { lead: '{{trigger.lead}}' })]);
    expect(only(def)).toStrictEqual([{ path: '$.steps[0].input.detail', code: 'missing-detail-field' }]);
    expect(find(def, 'missing-detail-field').message).toMatch(/"changes"/);
    expect(find(def, 'missing-detail-field').message).not.toMatch(/"lead"/);
  });

  it('GIVEN an emitted event with no detail WHEN validated THEN every required field is reported, tenantId never', () => {
    const report = issues(workflow([emit('invoice.overdue')]));
    expect(report.map((i) => i.code)).toStrictEqual(['missing-detail-field', 'missing-detail-field']);
    expect(report.map((i) => i.path)).toStrictEqual(['$.steps[0].input', '$.steps[0].input']);
    expect(report.map((i) => i.message).join(' ')).toMatch(/"invoice".*"daysOverdue"/);
    expect(report.map((i) => i.message).join(' ')).not.toMatch(/tenantId/);
  });

  it('GIVEN an emitted event with every required field (optional ones left out, extra ones added) WHEN validated THEN it is valid', () => {
    const def = workflow([
      emit('lead.updated', { lead: '{{trigger.lead}}', changes: {}, note: 'extra', tenantId: 'ignored' }),
      emit('booking.created', { booking: { id: 'b' }, leadId: null }, 'book'),
      emit('webhook.received', { webhook: { source: 's', deliveryId: 'd' } }, 'hook'),
    ]);
    expect(issues(def)).toStrictEqual([]);
  });

  it('GIVEN a detail that is one whole reference WHEN validated THEN its fields are not guessed', () => {
    expect(issues(workflow([emit('lead.updated', '{{trigger}}' as unknown as Json)]))).toStrictEqual([]);
  });
});

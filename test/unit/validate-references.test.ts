import { describe, expect, it } from 'vitest';
import { find, issues, log, only, send, workflow } from '../support/validate-fixtures';

describe('references', () => {
  it('GIVEN a reference to a later step WHEN validated THEN it says the step runs after this point', () => {
    const i = find(workflow([log('a', '{{steps.b.messageId}}'), send('b')]), 'step-not-run');
    expect(i.path).toBe('$.steps[0].input.message');
    expect(i.message).toContain('runs after this point');
  });

  it('GIVEN a reference to a step inside an if branch WHEN used after the if THEN it has not run on every path', () => {
    const def = workflow([
      { id: 'check', if: { path: 'trigger.lead.value', gt: 5 }, then: [send('inside')] },
      log('after', '{{steps.inside.messageId}}'),
    ]);
    expect(find(def, 'step-not-run').message).toContain('only in the "then" branch of if "check"');
  });

  it('GIVEN a reference to the other if branch WHEN validated THEN it is refused', () => {
    const def = workflow([
      {
        id: 'check',
        if: { path: 'trigger.lead.value', gt: 5 },
        then: [send('yes')],
        else: [log('no', '{{steps.yes.to}}')],
      },
    ]);
    expect(only(def)).toStrictEqual([{ path: '$.steps[0].else[0].input.message', code: 'step-not-run' }]);
  });

  it('GIVEN a reference to a parallel sibling branch WHEN validated THEN it is refused, and after the parallel it is fine', () => {
    const def = workflow([
      { id: 'both', parallel: [[send('left')], [log('right', '{{steps.left.messageId}}')]] },
      log('after', '{{steps.left.messageId}}'),
    ]);
    expect(only(def)).toStrictEqual([
      { path: '$.steps[0].parallel[1][0].input.message', code: 'step-not-run' },
    ]);
    expect(find(def, 'step-not-run').message).toContain('another branch of parallel "both"');
  });

  it('GIVEN a reference into a forEach body from outside WHEN validated THEN it points to the results instead', () => {
    const def = workflow([
      { id: 'find', action: 'crm.findLeads', input: {} },
      {
        id: 'loop',
        forEach: { items: '{{steps.find.leads}}', steps: [send('mail', { to: '{{item.email}}' })] },
      },
      log('after', '{{steps.mail.messageId}} {{steps.loop.count}} {{steps.loop.results.0.mail.messageId}}'),
    ]);
    const i = find(def, 'step-not-run');
    expect(only(def)).toHaveLength(1);
    expect(i.message).toContain('{{steps.loop.results}}');
  });

  it('GIVEN a step using its own result WHEN validated THEN it is refused', () => {
    expect(
      find(workflow([send('a', { subject: '{{steps.a.messageId}}' })]), 'step-not-run').message,
    ).toContain('its own result');
  });

  it('GIVEN a field the step does not output WHEN validated THEN the available fields are listed', () => {
    const i = find(workflow([send('a'), log('b', '{{steps.a.messageID}}')]), 'unknown-field');
    expect(i.message).toContain('did you mean "messageId"');
    expect(i.message).toContain('messageId, trackingId, to');
  });

  it('GIVEN nested output fields WHEN referenced THEN objects and list indexes are followed', () => {
    const def = workflow([
      { id: 'find', action: 'crm.findLeads', input: {} },
      log('ok', '{{steps.find.leads.0.email}}'),
      log('bad', '{{steps.find.leads.email}} {{steps.find.count.value}}'),
    ]);
    expect(only(def)).toStrictEqual([
      { path: '$.steps[2].input.message', code: 'unknown-field' },
      { path: '$.steps[2].input.message', code: 'unknown-field' },
    ]);
  });

  it('GIVEN trigger fields WHEN referenced THEN they are checked against the event detail (lead.* is open)', () => {
    const def = workflow([log('a', '{{trigger.lead.anything.deep}} {{trigger.tenantId}} {{trigger.leed}}')]);
    expect(only(def)).toStrictEqual([{ path: '$.steps[0].input.message', code: 'unknown-field' }]);
  });

  it('GIVEN a manual trigger with inputs WHEN an undeclared input is referenced THEN it is refused', () => {
    const def = workflow([log('a', '{{trigger.tag}} {{trigger.tga}}')], {
      trigger: { type: 'manual', inputs: ['tag'] },
    });
    expect(find(def, 'unknown-field').message).toContain('did you mean "tag"');
    const open = workflow([log('a', '{{trigger.whatever}}')], { trigger: { type: 'manual' } });
    expect(issues(open)).toStrictEqual([]);
  });

  it('GIVEN a schedule trigger WHEN fields are referenced THEN only scheduledTime exists', () => {
    const def = workflow([log('a', '{{trigger.scheduledTime}} {{trigger.lead}}')], {
      trigger: { type: 'schedule', rate: '1 hour' },
    });
    expect(only(def)).toStrictEqual([{ path: '$.steps[0].input.message', code: 'unknown-field' }]);
  });

  it('GIVEN context fields WHEN referenced THEN they are checked against the execution context', () => {
    const def = workflow([log('a', '{{context.tenantId}} {{context.runId}} {{context.tenant}}')]);
    expect(find(def, 'unknown-field').message).toContain('did you mean "tenantId"');
  });

  it('GIVEN an unknown root or a malformed reference WHEN validated THEN both are reported', () => {
    expect(only(workflow([log('a', '{{trigers.lead}} {{ steps..x }} {{steps}} {{ oops')]))).toStrictEqual([
      { path: '$.steps[0].input.message', code: 'bad-reference' },
      { path: '$.steps[0].input.message', code: 'unknown-reference-root' },
      { path: '$.steps[0].input.message', code: 'bad-reference' },
      { path: '$.steps[0].input.message', code: 'bad-reference' },
    ]);
  });

  it('GIVEN item and index outside a forEach WHEN validated THEN they are refused', () => {
    expect(only(workflow([log('a', '{{item.email}} {{index}}')]))).toStrictEqual([
      { path: '$.steps[0].input.message', code: 'item-outside-foreach' },
      { path: '$.steps[0].input.message', code: 'item-outside-foreach' },
    ]);
  });

  it('GIVEN item fields in a forEach over leads WHEN validated THEN they are checked against the lead shape', () => {
    const def = workflow([
      { id: 'find', action: 'crm.findLeads', input: {} },
      {
        id: 'loop',
        forEach: {
          items: '{{steps.find.leads}}',
          steps: [log('x', '{{index}}: {{item.email}} {{item.mail}}')],
        },
      },
    ]);
    expect(find(def, 'unknown-field').message).toContain('did you mean "email"');
  });

  it('GIVEN waitFor results WHEN referenced THEN event fields exist only inside onEvent and received everywhere after', () => {
    const def = workflow([
      {
        id: 'reply',
        waitFor: { event: 'email.received', match: { leadId: '{{trigger.lead.id}}' }, timeout: 'P2D' },
        onEvent: [log('got', '{{steps.reply.event.subject}}')],
        onTimeout: [log('none', '{{steps.reply.received}} {{steps.reply.event.subject}}')],
      },
      log('after', 'received: {{steps.reply.received}}'),
    ]);
    expect(only(def)).toStrictEqual([
      { path: '$.steps[0].onTimeout[0].input.message', code: 'event-outside-onEvent' },
    ]);
  });

  it('GIVEN an onError continue action WHEN its error is referenced THEN error.Error and error.Cause exist', () => {
    const def = workflow([{ ...send('a'), onError: 'continue' }, log('b', '{{steps.a.error.Cause}}')]);
    expect(issues(def)).toStrictEqual([]);
    expect(only(workflow([send('a'), log('b', '{{steps.a.error.Cause}}')]))).toHaveLength(1);
  });

  it('GIVEN approval results WHEN referenced after the approval and in onReject THEN they resolve', () => {
    const def = workflow([
      {
        id: 'ok',
        approval: { message: 'Send to {{trigger.lead.email}}?' },
        onReject: [log('why', '{{steps.ok.comment}}')],
      },
      log('by', 'approved by {{steps.ok.by}}'),
      log('bad', '{{steps.why.x}}'),
    ]);
    expect(find(def, 'step-not-run').message).toContain('rejected');
    expect(only(def)).toHaveLength(1);
  });

  it('GIVEN a reference to a step that has no result WHEN validated THEN it says so', () => {
    expect(
      find(workflow([{ id: 'pause', wait: 'PT1M' }, log('b', '{{steps.pause.x}}')]), 'no-result').message,
    ).toContain('a wait');
  });
});

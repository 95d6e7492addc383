import { describe, expect, it } from 'vitest';
import { formatIssues, type ValidationIssue, validateWorkflow } from '../../statemachines/validate';

type Json = Record<string, unknown>;

const workflow = (steps: unknown[], extra: Json = {}): Json => ({
  name: 'Test workflow',
  trigger: { type: 'event', event: 'lead.created' },
  steps,
  ...extra,
});

const send = (id: string, input: Json = {}): Json => ({
  id,
  action: 'email.send',
  input: { to: '{{trigger.lead.email}}', subject: 'Hello', ...input },
});
const log = (id: string, message: string): Json => ({ id, action: 'log', input: { message } });

const issues = (def: unknown): ValidationIssue[] => validateWorkflow(def).issues;
const only = (def: unknown): Pick<ValidationIssue, 'path' | 'code'>[] =>
  issues(def).map(({ path, code }) => ({ path, code }));
const find = (def: unknown, code: string): ValidationIssue => {
  const all = issues(def);
  const hit = all.find((i) => i.code === code);
  if (!hit) throw new Error(`no ${code} issue; got ${formatIssues(all)}`);
  return hit;
};

describe('a valid definition', () => {
  it('GIVEN a definition with references to earlier steps WHEN validated THEN it is valid and the parsed definition is returned', () => {
    const report = validateWorkflow(
      workflow([send('welcome'), log('after', 'sent {{steps.welcome.messageId}} to {{steps.welcome.to}}')]),
    );
    expect(report.issues).toStrictEqual([]);
    expect(report.valid).toBe(true);
    expect(report.definition?.steps).toHaveLength(2);
  });
});

describe('structure', () => {
  it('GIVEN a step with no kind WHEN validated THEN the message lists the allowed step keys', () => {
    const i = find(workflow([{ id: 'a', input: {} }]), 'step-kind');
    expect(i.path).toBe('$.steps[0]');
    expect(i.message).toContain('"action", "wait", "waitFor", "if", "parallel", "forEach", "approval"');
  });

  it('GIVEN a step with two kinds WHEN validated THEN the message names both', () => {
    const i = find(workflow([{ id: 'a', action: 'log', wait: 'P1D' }]), 'step-kind');
    expect(i.message).toContain('"action" and "wait"');
  });

  it('GIVEN a step without an id WHEN validated THEN a missing-id issue points at it', () => {
    expect(only(workflow([{ action: 'log', input: { message: 'x' } }]))).toStrictEqual([
      { path: '$.steps[0].id', code: 'missing-id' },
    ]);
  });

  it('GIVEN an unknown key in a step WHEN validated THEN the key is named with a suggestion and the allowed keys', () => {
    const i = find(workflow([{ ...log('a', 'x'), onErorr: 'continue' }]), 'unknown-key');
    expect(i.path).toBe('$.steps[0].onErorr');
    expect(i.message).toContain('did you mean "onError"');
  });

  it('GIVEN unknown keys with no close match WHEN validated THEN the allowed keys of that place are listed', () => {
    const def = {
      ...workflow([{ id: 'c', if: { path: 'trigger.lead.value', gt: 1, foo: 2 }, then: [log('a', 'x')] }]),
      extra: 1,
    };
    expect(issues(def)).toStrictEqual([
      {
        path: '$.extra',
        code: 'unknown-key',
        message: 'unknown key "extra". Allowed here: name, description, trigger, autoMode, settings, steps',
      },
      {
        path: '$.steps[0].if.foo',
        code: 'unknown-key',
        message:
          'unknown key "foo". Allowed here: path, eq, ne, gt, gte, lt, lte, contains, startsWith, in, exists',
      },
    ]);
  });

  it('GIVEN wrong types and missing keys WHEN validated THEN each is reported with a readable message', () => {
    const all = issues({ name: 42, trigger: { type: 'manual' }, steps: 'none' });
    expect(all).toContainEqual({
      path: '$.name',
      code: 'wrong-type',
      message: 'must be text (a string), not number 42',
    });
    expect(all.map((i) => i.path)).toContain('$.steps');
  });

  it('GIVEN an unknown trigger type WHEN validated THEN the allowed types are listed', () => {
    const i = find(workflow([log('a', 'x')], { trigger: { type: 'cron' } }), 'unknown-trigger-type');
    expect(i.path).toBe('$.trigger.type');
    expect(i.message).toContain('"event", "schedule", "manual", "webhook"');
  });

  it.each([null, 42, 'text', [], [1, 2]])(
    'GIVEN the non-object %j WHEN validated THEN it is refused without throwing',
    (input) => {
      const report = validateWorkflow(input);
      expect(report.valid).toBe(false);
      expect(report.issues[0]?.path).toBe('$');
    },
  );

  it('GIVEN a cyclic object WHEN validated THEN it is refused as not JSON', () => {
    const a: Json = { name: 'x' };
    a.self = a;
    expect(only(a)).toStrictEqual([{ path: '$', code: 'not-json' }]);
  });

  it('GIVEN 100,000 levels of nesting WHEN validated THEN it is refused without exhausting the stack', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(only(workflow([{ id: 'a', action: 'log', input: { message: 'x', deep } }]))).toStrictEqual([
      { path: '$', code: 'too-deep' },
    ]);
  });
});

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

describe('step ids', () => {
  it('GIVEN the same id in a nested branch WHEN validated THEN the duplicate points at the first use', () => {
    const def = workflow([
      log('a', 'x'),
      { id: 'check', if: { path: 'trigger.lead.value', gt: 5 }, then: [log('a', 'y')] },
    ]);
    const i = find(def, 'duplicate-id');
    expect(i.path).toBe('$.steps[1].then[0].id');
    expect(i.message).toContain('$.steps[0]');
  });
});

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

describe('conditions', () => {
  it('GIVEN a comparison with no operator or two WHEN validated THEN each is reported', () => {
    const def = workflow([
      {
        id: 'c',
        if: { all: [{ path: 'trigger.lead.value' }, { path: 'trigger.lead.value', gt: 1, lt: 5 }] },
        then: [log('a', 'x')],
      },
    ]);
    expect(only(def)).toStrictEqual([
      { path: '$.steps[0].if.all[0]', code: 'missing-operator' },
      { path: '$.steps[0].if.all[1]', code: 'multiple-operators' },
    ]);
  });

  it('GIVEN a condition path with braces or to a step not yet run WHEN validated THEN it is checked like a reference', () => {
    const def = workflow([
      {
        id: 'c',
        if: {
          any: [{ path: '{{trigger.lead.value}}', gt: 1 }, { not: { path: 'steps.later.count', gt: 1 } }],
        },
        then: [log('a', 'x')],
      },
      { id: 'later', action: 'crm.findLeads', input: {} },
    ]);
    expect(only(def)).toStrictEqual([
      { path: '$.steps[0].if.any[0].path', code: 'bad-reference' },
      { path: '$.steps[0].if.any[1].not.path', code: 'step-not-run' },
    ]);
  });

  it('GIVEN a number compared with text WHEN validated THEN the comparison is reported as never true', () => {
    const def = workflow([
      { id: 'find', action: 'crm.findLeads', input: {} },
      { id: 'c', if: { path: 'steps.find.count', gt: 'many' }, then: [log('a', 'x')] },
    ]);
    expect(only(def)).toStrictEqual([{ path: '$.steps[1].if.gt', code: 'type-mismatch' }]);
  });
});

describe('durations and waits', () => {
  it.each([
    ['2 days', 'bad-duration'],
    ['P1M', 'bad-duration'],
    ['P400D', 'duration-too-long'],
  ])('GIVEN the wait %s WHEN validated THEN it is refused as %s', (wait, code) => {
    expect(only(workflow([{ id: 'w', wait }]))).toStrictEqual([{ path: '$.steps[0].wait', code }]);
  });

  it('GIVEN wait until a timestamp without offset, text, or a reference WHEN validated THEN only the reference and the offset timestamp pass', () => {
    const def = workflow([
      { id: 'a', wait: { until: '2026-12-01T09:00:00' } },
      { id: 'b', wait: { until: 'on {{trigger.lead.date}}' } },
      { id: 'c', wait: { until: '{{trigger.lead.followUpAt}}' } },
      { id: 'd', wait: { until: '2026-12-01T09:00:00+01:00' } },
    ]);
    expect(only(def)).toStrictEqual([
      { path: '$.steps[0].wait.until', code: 'bad-until' },
      { path: '$.steps[1].wait.until', code: 'bad-until' },
    ]);
  });

  it('GIVEN a bad action timeout, approval timeout and settings timeout WHEN validated THEN all three are reported', () => {
    const def = workflow(
      [
        { ...log('a', 'x'), timeout: 'soon' },
        { id: 'ok', approval: { message: 'ok?', timeout: 'P2Y' } },
      ],
      { settings: { timeout: 'forever' } },
    );
    expect(only(def).map((i) => i.path)).toStrictEqual([
      '$.settings.timeout',
      '$.steps[0].timeout',
      '$.steps[1].approval.timeout',
    ]);
  });
});

describe('waitFor', () => {
  it('GIVEN an unknown event, an empty match and a match field the event lacks WHEN validated THEN each is reported', () => {
    expect(
      only(workflow([{ id: 'w', waitFor: { event: 'email.recieved', match: {}, timeout: 'P1D' } }])),
    ).toStrictEqual([
      { path: '$.steps[0].waitFor.event', code: 'unknown-event' },
      { path: '$.steps[0].waitFor.match', code: 'empty-match' },
    ]);
    const i = find(
      workflow([
        {
          id: 'w',
          waitFor: { event: 'email.received', match: { lead_id: '{{trigger.lead.id}}' }, timeout: 'P1D' },
        },
      ]),
      'unknown-field',
    );
    expect(i.path).toBe('$.steps[0].waitFor.match.lead_id');
  });
});

describe('branches', () => {
  it('GIVEN empty then, forEach body, parallel branch and onReject WHEN validated THEN each empty body is an error', () => {
    const def = workflow([
      { id: 'find', action: 'crm.findLeads', input: {} },
      { id: 'c', if: { path: 'trigger.lead.value', gt: 1 }, then: [] },
      { id: 'l', forEach: { items: '{{steps.find.leads}}', steps: [] } },
      { id: 'p', parallel: [[log('x', 'x')], []] },
      { id: 'a', approval: { message: 'ok?' }, onReject: [] },
    ]);
    expect(only(def).filter((i) => i.code === 'empty-branch')).toStrictEqual([
      { path: '$.steps[1].then', code: 'empty-branch' },
      { path: '$.steps[2].forEach.steps', code: 'empty-branch' },
      { path: '$.steps[3].parallel[1]', code: 'empty-branch' },
      { path: '$.steps[4].onReject', code: 'empty-branch' },
    ]);
  });

  it('GIVEN a parallel with one branch WHEN validated THEN it needs at least two', () => {
    expect(only(workflow([{ id: 'p', parallel: [[log('x', 'x')]] }]))).toStrictEqual([
      { path: '$.steps[0].parallel', code: 'parallel-branches' },
    ]);
  });

  it('GIVEN forEach items that are text or not a list WHEN validated THEN both are refused', () => {
    const def = workflow([
      send('m'),
      { id: 'a', forEach: { items: 'steps.find.leads', steps: [log('x', 'x')] } },
      { id: 'b', forEach: { items: '{{steps.m.messageId}}', steps: [log('y', 'y')] } },
      { id: 'c', forEach: { items: '{{trigger.lead.tags}}', concurrency: 0, steps: [log('z', '{{item}}')] } },
    ]);
    expect(only(def)).toStrictEqual([
      { path: '$.steps[1].forEach.items', code: 'items-not-reference' },
      { path: '$.steps[2].forEach.items', code: 'items-not-array' },
    ]);
  });

  it('GIVEN steps nested deeper than the limit WHEN validated THEN the nesting is reported once', () => {
    let steps: unknown[] = [log('leaf', 'x')];
    for (let i = 0; i < 12; i++)
      steps = [{ id: `level-${i}`, if: { path: 'trigger.lead.value', gt: i }, then: steps }];
    expect(only(workflow(steps))).toStrictEqual([
      { path: `$.steps[0]${'.then[0]'.repeat(8)}`, code: 'too-deep' },
    ]);
  });
});

describe('unreachable constructs and workflow type', () => {
  it('GIVEN waits longer than the execution timeout WHEN validated THEN the first step that can never run is reported', () => {
    const def = workflow([{ id: 'w', wait: 'P2D' }, log('a', 'x'), log('b', 'y')], {
      settings: { timeout: 'P1D' },
    });
    expect(only(def)).toStrictEqual([{ path: '$.steps[1]', code: 'unreachable' }]);
  });

  it('GIVEN a waitFor timeout beyond the execution timeout WHEN validated THEN its onTimeout branch is unreachable', () => {
    const def = workflow(
      [
        {
          id: 'w',
          waitFor: { event: 'email.received', match: { leadId: '{{trigger.lead.id}}' }, timeout: 'P3D' },
          onTimeout: [log('late', 'x')],
        },
      ],
      { settings: { timeout: 'P2D' } },
    );
    expect(only(def)).toStrictEqual([{ path: '$.steps[0].onTimeout', code: 'unreachable' }]);
  });

  it('GIVEN an EXPRESS workflow that waits or runs longer than 5 minutes WHEN validated THEN both are refused', () => {
    const def = workflow([{ id: 'w', wait: 'PT1M' }], {
      autoMode: true,
      settings: { type: 'EXPRESS', timeout: 'PT10M' },
    });
    expect(only(def)).toStrictEqual([
      { path: '$.settings.timeout', code: 'express-timeout' },
      { path: '$.steps[0].wait', code: 'express-cannot-wait' },
    ]);
  });

  it('GIVEN an EXPRESS workflow started by events without Auto Mode forced on WHEN validated THEN the approval gate is refused', () => {
    const def = workflow([log('a', 'x')], { settings: { type: 'EXPRESS' } });
    expect(only(def)).toStrictEqual([{ path: '$.settings.type', code: 'express-cannot-wait' }]);
    expect(issues({ ...def, autoMode: true })).toStrictEqual([]);
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

describe('compiled limits', () => {
  it('GIVEN a workflow whose compiled state machine exceeds 1 MB WHEN validated THEN the size limit is reported', () => {
    const steps = Array.from({ length: 120 }, (_, i) =>
      log(`log-${i}`, `${'x'.repeat(9_900)} {{trigger.lead.id}}`),
    );
    const i = find(workflow(steps), 'definition-too-large');
    expect(i.message).toContain('1048576');
  });
});

import { describe, expect, it } from 'vitest';
import { validateWorkflow } from '../../statemachines/validate';
import { find, issues, type Json, log, only, send, workflow } from '../support/validate-fixtures';

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
        message:
          'unknown key "extra". Allowed here: name, description, trigger, autoMode, settings, steps, $schema',
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

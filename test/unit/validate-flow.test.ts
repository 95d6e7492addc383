import { describe, expect, it } from 'vitest';
import { find, issues, log, only, workflow } from '../support/validate-fixtures';

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

describe('compiled limits', () => {
  it('GIVEN a workflow whose compiled state machine exceeds 1 MB WHEN validated THEN the size limit is reported', () => {
    const steps = Array.from({ length: 120 }, (_, i) =>
      log(`log-${i}`, `${'x'.repeat(9_900)} {{trigger.lead.id}}`),
    );
    const i = find(workflow(steps), 'definition-too-large');
    expect(i.message).toContain('1048576');
  });
});
